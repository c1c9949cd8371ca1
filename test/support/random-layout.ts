// An OCI layout of one random layer, for push tests that need an image of their own.
import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { join } from "node:path";
import { buildImageConfig, buildManifest, MEDIA_TYPES, sha256Digest, writeOciLayout } from "@quai/oci";

/** Its own digest, as big as a test needs, in a folder under `within` (push-versioned takes layouts from the workspace). */
export async function randomLayout(within: string, bytes: number): Promise<string> {
  const gzip = randomBytes(bytes);
  const digest = sha256Digest(gzip);
  const layer = {
    tar: Buffer.alloc(0),
    gzip,
    diffId: digest,
    digest,
    size: bytes,
    uncompressedSize: bytes,
    mediaType: MEDIA_TYPES.layer,
  };
  const config = buildImageConfig({
    platform: { os: "linux", architecture: "amd64" },
    epoch: 0,
    config: {},
    layers: [{ diffId: digest, createdBy: "random" }],
  });
  const manifest = buildManifest({ config: config.descriptor, layers: [layer] });
  const dir = join(mkdtempSync(join(within, "random-layout-")), "oci");
  await writeOciLayout(dir, { config: config.bytes, layers: [layer], manifest: manifest.bytes });
  return dir;
}
