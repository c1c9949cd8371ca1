import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseImageRef } from "@quai/core";
import { createLayer, digestHex, type Layer, readDockerArchive, readTarFile } from "@quai/oci";
import { dockerConfigCredentials, httpTransport, RegistryClient } from "@quai/registry";
import { type ImageApi, type ResolvedImage, saveImage } from "./engine-images";
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
}

interface CachedBase {
  diffIds: string[];
  env: string[];
}

/**
 * The base image's parts. The first time, the layers come from the base's registry as it stores
 * them (see registryBase), else from `docker save`, compressed by quai; then from `cacheDir`: an
 * image id names immutable content, so a cached base is never stale, and warm builds skip reading
 * and compressing the base again (seconds for a 170 MiB base).
 */
export async function baseImageParts(
  api: ImageApi,
  base: ResolvedImage,
  cacheDir: string,
): Promise<BaseImageParts> {
  const dir = join(cacheDir, "bases", digestHex(base.id));
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
      };
    }
  }
  const read = await readBase(api, base);
  for (const layer of read.layers) storeLayer(cacheDir, layer);
  const tars = read.layers.map((layer) => layer.tar);
  const parts: BaseImageParts = {
    layers: read.layers,
    env: read.env,
    passwd: await lastVersionOf(tars, "etc/passwd"),
    group: await lastVersionOf(tars, "etc/group"),
    origin: read.origin,
  };
  mkdirSync(dir, { recursive: true });
  if (parts.passwd) writeAtomically(join(dir, "passwd"), parts.passwd);
  if (parts.group) writeAtomically(join(dir, "group"), parts.group);
  // Written last: its presence means every other file of this base is complete.
  const meta: CachedBase = { diffIds: read.layers.map((layer) => layer.diffId), env: parts.env };
  writeAtomically(metaPath, JSON.stringify(meta));
  return parts;
}

/** The base's layers and environment from its registry when it can serve them, else from the engine. */
async function readBase(
  api: ImageApi,
  base: ResolvedImage,
): Promise<{ layers: Layer[]; env: string[]; origin: string }> {
  let unusable = "it never came from a registry";
  if (base.digest) {
    const { registry, repository } = parseImageRef(base.pinned);
    // One try, and a short wait for a silent registry: this is a shortcut, and the engine has the
    // base anyway.
    const client = new RegistryClient({
      registry,
      credentials: dockerConfigCredentials()(registry),
      attempts: 1,
      transport: httpTransport({ socketTimeoutMs: BASE_REGISTRY_SILENCE_MS }),
    });
    const stored = await registryBase(client, repository, base.digest, base.id).catch((error: unknown) => ({
      unusable: (error as Error).message,
    }));
    if ("layers" in stored) {
      return {
        layers: stored.layers,
        env: stored.config.config?.Env ?? [],
        origin: `${registry}/${repository}`,
      };
    }
    unusable = stored.unusable;
  }
  const archive = await readDockerArchive(await saveImage(api, base.pinned));
  // Compressed at once: zlib works on its own threads, one layer per core.
  const layers = await Promise.all(archive.layers.map((tar) => createLayer(tar)));
  return {
    layers,
    env: archive.configJson.config?.Env ?? [],
    origin: `docker save, compressed by quai (not from its registry: ${unusable})`,
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
