import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createLayer, digestHex, type Layer, readDockerArchive, readTarFile } from "@quai/oci";
import { type ImageApi, type ResolvedImage, saveImage } from "./engine-images";
import { storedLayer, storeLayer, writeAtomically } from "./layer-store";

/** What the runtime image takes from its base: the layers, the environment, the user database. */
export interface BaseImageParts {
  layers: Layer[];
  env: string[];
  passwd?: Buffer;
  group?: Buffer;
}

interface CachedBase {
  diffIds: string[];
  env: string[];
}

/**
 * The base image's parts, from `docker save` the first time, then from `cacheDir`: an image id
 * names immutable content, so a cached base is never stale, and warm builds skip saving,
 * hashing and compressing the base again (seconds for a 170 MiB base).
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
      };
    }
  }
  const archive = await readDockerArchive(await saveImage(api, base.pinned));
  // Compressed at once: zlib works on its own threads, one layer per core.
  const layers = await Promise.all(archive.layers.map((tar) => createLayer(tar)));
  for (const layer of layers) storeLayer(cacheDir, layer);
  const parts: BaseImageParts = {
    layers,
    env: archive.configJson.config?.Env ?? [],
    passwd: await lastVersionOf(archive.layers, "etc/passwd"),
    group: await lastVersionOf(archive.layers, "etc/group"),
  };
  mkdirSync(dir, { recursive: true });
  if (parts.passwd) writeAtomically(join(dir, "passwd"), parts.passwd);
  if (parts.group) writeAtomically(join(dir, "group"), parts.group);
  // Written last: its presence means every other file of this base is complete.
  const meta: CachedBase = { diffIds: layers.map((layer) => layer.diffId), env: parts.env };
  writeAtomically(metaPath, JSON.stringify(meta));
  return parts;
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
