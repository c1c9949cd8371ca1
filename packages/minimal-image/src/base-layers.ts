import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { formatPlatform, type Platform, parseImageRef, samePlatform, UserError } from "@quai/core";
import type { ImageStore } from "@quai/docker";
import { configPlatform, digestHex, type Layer, layerOfArchive, readTarFile } from "@quai/oci";
import { dockerConfigCredentials, httpTransport, pullClients } from "@quai/registry";
import type { BuildEngine } from "./build-engine";
import type { ResolvedImage } from "./engine-images";
import { storedLayer, storeLayer, writeAtomically } from "./layer-store";
import { registryBase } from "./registry-base-layers";

/** How long the base's registry may stay silent before the build takes the base from the engine. */
const BASE_REGISTRY_SILENCE_MS = 10_000;

/** What the runtime image takes from its base: the layers, the environment, the user database. */
export interface BaseImageParts {
  layers: Layer[];
  env: string[];
  passwd?: Buffer;
  group?: Buffer;
  /** Where the layers came from, for the log. */
  origin: string;
  /** The platform its config says: the image built on it is of that platform. */
  platform: Platform;
}

interface CachedBase {
  diffIds: string[];
  env: string[];
  platform: Platform;
}

/** The engine the build runs on, for reading a base from it. */
export interface BaseSource {
  engine: Pick<BuildEngine, "saveImage">;
  store: ImageStore;
  /** Its Docker Hub mirrors (registry-mirrors): a Docker Hub base is read through them first, as it pulls. */
  registryMirrors: readonly string[];
  /** Told what is wrong with the Docker config, whose credentials the registry is read with. */
  warn: (message: string) => void;
}

/**
 * The base image's parts for a platform. The first time, the layers come from the base's registry
 * as it stores them (see registryBase), else from the engine (`docker save`, compressed by quai
 * where the store keeps layers uncompressed); then from `cacheDir`: an image id and a platform
 * name immutable content, so a cached base is never stale, and warm builds skip reading and
 * compressing the base again (seconds for a 170 MiB base).
 */
export async function baseImageParts(
  source: BaseSource,
  base: ResolvedImage,
  platform: Platform,
  cacheDir: string,
): Promise<BaseImageParts> {
  const dir = join(
    cacheDir,
    "bases",
    `${digestHex(base.id)}-${formatPlatform(platform).replaceAll("/", "-")}`,
  );
  const metaPath = join(dir, "base.json");
  if (existsSync(metaPath)) {
    const meta = JSON.parse(readFileSync(metaPath, "utf8")) as CachedBase;
    const layers = meta.diffIds.map((diffId) => storedLayer(cacheDir, diffId));
    if (layers.every((layer) => layer !== undefined)) {
      return {
        layers: layers as Layer[],
        env: meta.env,
        passwd: readIfPresent(join(dir, "passwd")),
        group: readIfPresent(join(dir, "group")),
        origin: "the cache",
        platform: meta.platform,
      };
    }
  }
  const read = await readBase(source, base, platform);
  for (const layer of read.layers) storeLayer(cacheDir, layer);
  const tars = read.layers.map((layer) => layer.tar);
  const parts: BaseImageParts = {
    layers: read.layers,
    env: read.env,
    passwd: await lastVersionOf(tars, "etc/passwd"),
    group: await lastVersionOf(tars, "etc/group"),
    origin: read.origin,
    platform: read.platform,
  };
  mkdirSync(dir, { recursive: true });
  if (parts.passwd) writeAtomically(join(dir, "passwd"), parts.passwd);
  if (parts.group) writeAtomically(join(dir, "group"), parts.group);
  // Written last: its presence means every other file of this base is complete.
  const meta: CachedBase = {
    diffIds: read.layers.map((layer) => layer.diffId),
    env: parts.env,
    platform: parts.platform,
  };
  writeAtomically(metaPath, JSON.stringify(meta));
  return parts;
}

/** The base's layers and environment from its registry when it can serve them, else from the engine. */
async function readBase(
  source: BaseSource,
  base: ResolvedImage,
  platform: Platform,
): Promise<{ layers: Layer[]; env: string[]; origin: string; platform: Platform }> {
  let unusable = "it never came from a registry";
  if (base.digest) {
    const { registry, repository } = parseImageRef(base.pinned);
    // One try, and a short wait for a silent registry: this is a shortcut, and the engine has the
    // base anyway.
    const clients = pullClients(registry, source.registryMirrors, {
      credentials: dockerConfigCredentials(process.env, source.warn),
      attempts: 1,
      transport: httpTransport({ socketTimeoutMs: BASE_REGISTRY_SILENCE_MS }),
    });
    const stored = await registryBase(clients, {
      repository,
      digest: base.digest,
      platform,
      engineImageId: samePlatform(platform, source.store.platform) ? base.id : undefined,
    });
    if ("platformsOffered" in stored) {
      const offered = stored.platformsOffered.map(formatPlatform).join(", ") || "no platform";
      throw new UserError(
        `The base-image ${base.ref} has no ${formatPlatform(platform)} image: it offers ${offered}`,
        {
          hint: `Set platforms to one of these, or choose a base image built for ${formatPlatform(platform)}`,
        },
      );
    }
    if ("layers" in stored) {
      const { config } = stored;
      return {
        layers: stored.layers,
        env: config.config?.Env ?? [],
        origin: `${stored.registry}/${repository}`,
        platform: configPlatform(config),
      };
    }
    unusable = stored.unusable;
  }
  const archive = await source.engine.saveImage(base.pinned, { platform });
  // Compressed at once where the store kept them uncompressed: zlib works on its own threads.
  const layers = await Promise.all(archive.layers.map(layerOfArchive));
  const how = source.store.kind === "classic" ? "compressed by quai" : "as the engine stored them";
  return {
    layers,
    env: archive.configJson.config?.Env ?? [],
    origin: `docker save, ${how} (not from its registry: ${unusable})`,
    platform: archive.platform,
  };
}

/** A file as the base image's layers leave it: the top-most layer that has it wins. */
async function lastVersionOf(layers: Buffer[], path: string): Promise<Buffer | undefined> {
  for (const layer of [...layers].reverse()) {
    const content = await readTarFile(layer, path);
    if (content) return content;
  }
  return undefined;
}

function readIfPresent(path: string): Buffer | undefined {
  return existsSync(path) ? readFileSync(path) : undefined;
}
