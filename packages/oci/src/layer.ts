import { promisify } from "node:util";
import { gzip } from "node:zlib";
import { sha256Digest } from "./digest";
import { MEDIA_TYPES } from "./media-types";

export interface Layer {
  /** The uncompressed tar: what `docker save` archives, what diffId hashes. */
  tar: Buffer;
  /** The blob a registry and an OCI layout store. */
  gzip: Buffer;
  /** sha256 of the tar, listed in the image config's rootfs. */
  diffId: string;
  /** sha256 of the gzip, listed in the manifest. */
  digest: string;
  /** Bytes of the gzip. */
  size: number;
  uncompressedSize: number;
  mediaType: typeof MEDIA_TYPES.layer;
}

const gzipAsync = promisify(gzip);

/**
 * Fixed, so the same tar always gives the same gzip: the level decides the deflate output and the
 * header's XFL byte; Node writes mtime 0 and no file name itself.
 */
const GZIP_LEVEL = 6;
/** The gzip header's OS byte, which zlib sets to the platform it was built for. */
const GZIP_OS_OFFSET = 9;
/** "unknown", as Go's compress/gzip writes it, so a layer built on macOS equals one built on Linux. */
const GZIP_OS_UNKNOWN = 0xff;

export async function createLayer(tar: Buffer): Promise<Layer> {
  const compressed = await deterministicGzip(tar);
  return {
    tar,
    gzip: compressed,
    diffId: sha256Digest(tar),
    digest: sha256Digest(compressed),
    size: compressed.byteLength,
    uncompressedSize: tar.byteLength,
    mediaType: MEDIA_TYPES.layer,
  };
}

async function deterministicGzip(content: Buffer): Promise<Buffer> {
  const compressed = await gzipAsync(content, { level: GZIP_LEVEL });
  compressed[GZIP_OS_OFFSET] = GZIP_OS_UNKNOWN;
  return compressed;
}
