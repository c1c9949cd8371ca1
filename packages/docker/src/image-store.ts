import { enginePlatform, type Platform, UserError } from "@quai/core";
import type { DockerArchiveContents } from "@quai/oci";
import { isMissing } from "./node-errors";

/** What an engine's `docker info` says of its image store, as far as quai reads it. */
export interface EngineInfo {
  ServerVersion?: string;
  Driver?: string;
  DriverStatus?: [string, string][] | null;
  OSType?: string;
  Architecture?: string;
  /** Where the engine pulls Docker Hub images from before Docker Hub itself (its registry-mirrors). */
  RegistryConfig?: { Mirrors?: string[] | null };
}

/**
 * Where an engine keeps its images. Docker's classic store (overlay2 and friends) saves layers
 * uncompressed and names an image by its config digest; containerd's image store (the default of
 * Docker 29 and of hosted runners) saves layers as pulled (gzip) and names an image by its
 * manifest or index digest, which may list several platforms.
 */
export interface ImageStore {
  kind: "classic" | "containerd";
  /** For messages: "Docker 26.1.5, containerd image store (overlayfs)". */
  description: string;
  /** The platform the engine runs containers on. */
  platform: Platform;
}

export function imageStoreOf(info: EngineInfo): ImageStore {
  const containerd = (info.DriverStatus ?? []).some(
    ([key, value]) => key === "driver-type" && value.startsWith("io.containerd.snapshotter"),
  );
  const store = containerd ? "containerd image store" : "classic image store";
  return {
    kind: containerd ? "containerd" : "classic",
    description: `Docker ${info.ServerVersion ?? "(version unknown)"}, ${store} (${info.Driver ?? "unknown driver"})`,
    platform: enginePlatform(info),
  };
}

/** The part of a Docker engine client (dockerode) that tells its store and exports an image. */
export interface ImageExporter {
  info(): Promise<unknown>;
  getImage(name: string): { get(): Promise<NodeJS.ReadableStream> };
}

/**
 * An engine image as `docker save` gives it, from either store: uncompressed or gzip layers, an
 * image id that is a config, manifest or index digest, and, with a platform, that platform's
 * image out of a multi-platform index (without one, the image the engine saves, which is of its
 * own platform where it holds several). An archive quai cannot read is one error naming the
 * engine and its store, never a digest mismatch about blobs.
 */
export async function readEngineImage(
  engine: ImageExporter,
  image: string,
  options: { platform?: Platform } = {},
): Promise<DockerArchiveContents> {
  const store = imageStoreOf((await engine.info()) as EngineInfo);
  // Loaded here only: the engine client's other users (compose's teardown) read no archive.
  const { readDockerArchive, UnreadableArchiveError } = await import("@quai/oci");
  try {
    return await readDockerArchive(await engine.getImage(image).get(), options);
  } catch (error) {
    if (isMissing(error)) {
      throw new UserError(`No image ${image} in the engine (${store.description})`, {
        hint: "Build or pull it on this engine first (build-minimal-image loads what it builds), or push the oci-layout build-minimal-image wrote",
        cause: error,
      });
    }
    if (!(error instanceof UnreadableArchiveError)) throw error;
    throw new UserError(
      `quai cannot read ${image} from the engine (${store.description}): ${error.message}`,
      {
        hint: error.hint,
        cause: error,
      },
    );
  }
}
