// An engine in memory behind the BuildEngine seam, for the unit tests of the build: images (with
// the archive `docker save` would give), a registry to pull from, and scripted container runs.
import { buffer } from "node:stream/consumers";
import { formatPlatform, type Platform, samePlatform, UserError } from "@quai/core";
import type { EngineInfo } from "@quai/docker";
import {
  buildImageConfig,
  configPlatform,
  createLayer,
  type DockerArchiveContents,
  readTarFile,
  sha256Digest,
} from "@quai/oci";
import type { BuildEngine, EngineImage, ScriptOutcome } from "../build-engine";
import { logLine, ScriptFailedError, type ScriptRun } from "../container-script";

/** What a scripted container run does: its log, its exit code, the tars of its output directories. */
export interface FakeScriptResult {
  log?: string[];
  /** 0 unless given. */
  exitCode?: number;
  /** A tar of each output directory's contents, by the directory's path. */
  outputs?: Record<string, Buffer>;
  /** The layer a commit of the container adds: a tar of the files the script wrote. */
  addedFiles?: Buffer;
}

export type FakeScript = (run: ScriptRun) => FakeScriptResult | Promise<FakeScriptResult>;

/** An engine error as docker-modem makes it: the HTTP status on the error. */
function engineError(statusCode: number, message: string): Error {
  return Object.assign(new Error(message), { statusCode });
}

/** The platform of the fake's images unless told otherwise. */
export const FAKE_PLATFORM: Platform = { os: "linux", architecture: "amd64" };

/** An image of these layer tars (base first), as `docker save` would give it. */
export async function fakeArchive(
  layerTars: Buffer[],
  options: { env?: string[]; labels?: Record<string, string>; repoTags?: string[]; platform?: Platform } = {},
): Promise<DockerArchiveContents> {
  const platform = options.platform ?? FAKE_PLATFORM;
  const layers = await Promise.all(layerTars.map((tar) => createLayer(tar)));
  const config = buildImageConfig({
    epoch: 0,
    platform,
    config: { Env: options.env ?? [], Labels: options.labels },
    layers: layers.map(({ diffId }) => ({ diffId, createdBy: "fake" })),
  });
  return {
    config: config.bytes,
    configJson: JSON.parse(config.bytes.toString("utf8")),
    layers: layerTars.map((tar) => ({ tar })),
    repoTags: options.repoTags ?? [],
    platform,
  };
}

interface HeldImage {
  details: EngineImage;
  archive: DockerArchiveContents;
}

export class FakeBuildEngine implements BuildEngine {
  /** What `docker info` says: Docker's classic image store on linux/amd64 unless changed. */
  engineInfo: EngineInfo = {
    ServerVersion: "27.0.0-fake",
    Driver: "overlay2",
    DriverStatus: [],
    OSType: "linux",
    Architecture: "x86_64",
  };
  /** By every reference the engine knows each image as: its refs and its id. */
  readonly images = new Map<string, HeldImage>();
  /** What pullImage finds, by reference. */
  readonly registry = new Map<string, DockerArchiveContents>();
  /** Every container run, in order. */
  readonly runs: ScriptRun[] = [];
  /** What happened, in order: "pull <ref>", "run <what>", "commit <id>", "save <ref>", "load <tags>", "remove <ref>". */
  readonly events: string[] = [];
  /** Answers each container run; by default none is scripted and each fails the test. */
  script: FakeScript = (run) => {
    throw new Error(`FakeBuildEngine: no script for ${run.what}`);
  };
  private commits = 0;

  /** Puts an image in the engine under `ref`, as if pulled or built earlier. */
  hold(ref: string, archive: DockerArchiveContents, repoDigests: string[] = []): EngineImage {
    const details: EngineImage = {
      id: sha256Digest(archive.config),
      size: archive.layers.reduce((sum, layer) => sum + layer.tar.byteLength, 0),
      repoDigests,
      layers: (archive.configJson.rootfs?.diff_ids as string[] | undefined) ?? [],
    };
    const held = { details, archive };
    this.images.set(ref, held);
    this.images.set(details.id, held);
    return details;
  }

  async info(): Promise<EngineInfo> {
    return this.engineInfo;
  }

  async inspectImage(ref: string): Promise<EngineImage | undefined> {
    const held = this.images.get(ref);
    return held && { ...held.details };
  }

  async pullImage(ref: string): Promise<void> {
    this.events.push(`pull ${ref}`);
    const archive = this.registry.get(ref);
    if (!archive) throw engineError(404, `pull access denied for ${ref}, repository does not exist`);
    this.hold(ref, archive);
  }

  async runScript(run: ScriptRun): Promise<ScriptOutcome> {
    this.runs.push(run);
    this.events.push(`run ${run.what}`);
    const image = this.images.get(run.image);
    if (!image) throw engineError(404, `No such image: ${run.image}`);
    const result = await this.script(run);
    const tail: string[] = [];
    for (const line of result.log ?? []) logLine(tail, line, run.onLog);
    const exitCode = result.exitCode ?? 0;
    if (exitCode !== 0) throw new ScriptFailedError(run.what, exitCode, tail);
    let committedImage: string | undefined;
    if (run.commit) {
      const layers = [...image.archive.layers.map(({ tar }) => tar), result.addedFiles ?? Buffer.alloc(0)];
      const archive = await fakeArchive(layers, { env: image.archive.configJson.config?.Env });
      committedImage = this.hold(`fake-commit-${++this.commits}`, archive).id;
      this.events.push(`commit ${committedImage}`);
    }
    const outputs = (run.outputs ?? []).map((path) => {
      const tar = result.outputs?.[path];
      if (!tar) throw engineError(404, `Could not find the file ${path} in container`);
      return tar;
    });
    return { outputs, committedImage };
  }

  async saveImage(ref: string, options: { platform?: Platform } = {}): Promise<DockerArchiveContents> {
    this.events.push(`save ${ref}`);
    const held = this.images.get(ref);
    if (!held) throw new UserError(`No image ${ref} in the engine (fake)`);
    const { platform } = options;
    if (platform && !samePlatform(platform, held.archive.platform)) {
      throw new UserError(`${ref} has no ${formatPlatform(platform)} image in the engine (fake)`);
    }
    return held.archive;
  }

  /**
   * As `docker load`: a layer archived empty (see DockerArchiveImage.layersInEngine) is taken
   * from an image the engine holds with the same layer, and refused when there is none.
   */
  async loadArchive(archive: NodeJS.ReadableStream): Promise<void> {
    const bytes = await buffer(archive);
    const [manifest] = JSON.parse((await readTarFile(bytes, "manifest.json"))?.toString("utf8") ?? "[]") as {
      Config: string;
      RepoTags: string[];
      Layers: string[];
    }[];
    if (!manifest) throw new Error("FakeBuildEngine: the archive has no manifest.json");
    const config = (await readTarFile(bytes, manifest.Config)) ?? Buffer.alloc(0);
    const configJson = JSON.parse(config.toString("utf8"));
    const diffIds = configJson.rootfs.diff_ids as string[];
    const layers = [];
    for (const [index, path] of manifest.Layers.entries()) {
      const tar = (await readTarFile(bytes, path)) ?? Buffer.alloc(0);
      const diffId = diffIds[index] ?? "";
      const held = tar.byteLength > 0 ? tar : this.heldLayer(diffId);
      if (!held) throw engineError(500, `layer does not exist: ${diffId}`);
      layers.push({ tar: held });
    }
    this.events.push(`load ${manifest.RepoTags.join(" ")}`);
    const contents = {
      config,
      configJson,
      layers,
      repoTags: manifest.RepoTags,
      platform: configPlatform(configJson),
    };
    for (const tag of manifest.RepoTags) this.hold(tag, contents);
  }

  private heldLayer(diffId: string): Buffer | undefined {
    for (const { archive } of this.images.values()) {
      const index = ((archive.configJson.rootfs?.diff_ids as string[] | undefined) ?? []).indexOf(diffId);
      if (index >= 0) return archive.layers[index]?.tar;
    }
    return undefined;
  }

  async removeImage(ref: string): Promise<void> {
    const held = this.images.get(ref);
    if (!held) return;
    this.events.push(`remove ${ref}`);
    for (const [key, value] of this.images) if (value === held) this.images.delete(key);
  }

  /** The archives loaded, by tag. */
  loaded(tag: string): DockerArchiveContents | undefined {
    return this.images.get(tag)?.archive;
  }
}
