import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { digestHex, type Layer, MEDIA_TYPES, sha256Digest } from "@quai/oci";

/**
 * Layers kept in the cache directory by diff id, as their tar and its gzip: a warm build neither
 * reads them from the engine nor compresses them again. A diff id names immutable content, so a
 * stored layer is never stale.
 */
export function storeLayer(cacheDir: string, layer: Layer): void {
  const dir = join(cacheDir, "layers");
  mkdirSync(dir, { recursive: true });
  writeAtomically(join(dir, `${digestHex(layer.diffId)}.tar`), layer.tar);
  writeAtomically(join(dir, `${digestHex(layer.diffId)}.tar.gz`), layer.gzip);
}

/** The stored layer with this diff id, or undefined when the cache lacks it. */
export function storedLayer(cacheDir: string, diffId: string): Layer | undefined {
  const path = join(cacheDir, "layers", digestHex(diffId));
  if (!existsSync(`${path}.tar`) || !existsSync(`${path}.tar.gz`)) return undefined;
  const tar = readFileSync(`${path}.tar`);
  const gzip = readFileSync(`${path}.tar.gz`);
  return {
    tar,
    gzip,
    diffId,
    digest: sha256Digest(gzip),
    size: gzip.length,
    uncompressedSize: tar.length,
    mediaType: MEDIA_TYPES.layer,
  };
}

/** Written aside then renamed: a build killed halfway never leaves a truncated file to reuse. */
export function writeAtomically(path: string, content: Buffer | string): void {
  writeFileSync(`${path}.partial-${process.pid}`, content);
  renameSync(`${path}.partial-${process.pid}`, path);
}
