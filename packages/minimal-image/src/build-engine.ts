// The one seam between the build and a Docker engine: the few things the build asks of it, in the
// shapes it needs. Unit tests run the orchestration on FakeBuildEngine (testing/); the dockerode
// adapter below runs the same contract (build-engine-contract.ts) against the test bed's engines.
import type { Platform } from "@quai/core";
import { type EngineInfo, followProgress, orUndefinedWhenMissing, readEngineImage } from "@quai/docker";
import { type DockerArchiveContents, loadImage } from "@quai/oci";
import type Dockerode from "dockerode";
import { runScript, type ScriptRun } from "./container-script";

/** An image as the engine holds it. */
export interface EngineImage {
  /** The engine's image id: the config digest (classic store) or the manifest or index digest (containerd's). */
  id: string;
  size: number;
  /** `name@digest` for each registry manifest the engine pulled it as; none for an image built or loaded here. */
  repoDigests: string[];
  /** Its layers' diff ids, base first. */
  layers: string[];
}

/** What a script left when it succeeded. */
export interface ScriptOutcome {
  /** A tar of each of the run's outputs, in their order. */
  outputs: Buffer[];
  /** The stopped container committed as an image, when the run asked for it: its id. */
  committedImage?: string;
}

export interface BuildEngine {
  /** What `docker info` says: the image store, the platform, the registry mirrors. */
  info(): Promise<EngineInfo>;
  /** By reference or id; undefined when the engine has no such image. */
  inspectImage(ref: string): Promise<EngineImage | undefined>;
  /** Fails with the engine's (or the registry's) reason when the image cannot be pulled. */
  pullImage(ref: string): Promise<void>;
  /**
   * Runs `run.script` with `sh -c` in a new container, streaming its log to `run.onLog`. A
   * non-zero exit fails with a ScriptFailedError carrying the end of the log. The container is
   * always removed.
   */
  runScript(run: ScriptRun): Promise<ScriptOutcome>;
  /** The image as `docker save` gives it (with a platform: that platform's image of an index). */
  saveImage(ref: string, options?: { platform?: Platform }): Promise<DockerArchiveContents>;
  /** `docker load` of a docker archive (see dockerArchive in @quai/oci). */
  loadArchive(archive: NodeJS.ReadableStream): Promise<void>;
  /** Deletes it, even when tagged or used by a stopped container; a missing one is not an error. */
  removeImage(ref: string): Promise<void>;
}

/** The BuildEngine of a dockerode client. */
export function dockerodeBuildEngine(api: Dockerode): BuildEngine {
  return {
    async info() {
      return (await api.info()) as EngineInfo;
    },

    async inspectImage(ref) {
      const inspected = await orUndefinedWhenMissing(api.getImage(ref).inspect());
      return (
        inspected && {
          id: inspected.Id,
          size: inspected.Size,
          repoDigests: inspected.RepoDigests ?? [],
          layers: inspected.RootFS?.Layers ?? [],
        }
      );
    },

    async pullImage(ref) {
      await followProgress(api.modem, await api.pull(ref));
    },

    runScript: (run) => runScript(api, run),

    saveImage: (ref, options) => readEngineImage(api, ref, options),

    loadArchive: (archive) => loadImage(api, archive),

    async removeImage(ref) {
      await orUndefinedWhenMissing(api.getImage(ref).remove({ force: true }));
    },
  };
}
