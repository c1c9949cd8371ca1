import { createHash, randomBytes } from "node:crypto";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { sha256Digest } from "./digest";
import { createLayer } from "./layer";
import { tarFromEntries } from "./tar-normalize";

async function sampleTar(): Promise<Buffer> {
  return tarFromEntries(
    [
      { path: "app/data.bin", type: "file", mode: 0o644, content: randomBytes(200_000) },
      { path: "app/readme", type: "file", mode: 0o644, content: "hello ".repeat(10_000) },
    ],
    1_700_000_000,
  );
}

describe("createLayer", () => {
  it("gives identical gzip bytes, hence digests, for the same tar", async () => {
    const tar = await sampleTar();
    const [first, second] = await Promise.all([createLayer(tar), createLayer(Buffer.from(tar))]);
    expect(second.gzip.equals(first.gzip)).toBe(true);
    expect(second.digest).toBe(first.digest);
  });

  it("describes the tar and its gzip", async () => {
    const tar = await sampleTar();
    const layer = await createLayer(tar);
    expect(gunzipSync(layer.gzip).equals(tar)).toBe(true);
    expect(layer.tar).toBe(tar);
    expect(layer).toMatchObject({
      diffId: `sha256:${createHash("sha256").update(tar).digest("hex")}`,
      digest: sha256Digest(layer.gzip),
      size: layer.gzip.byteLength,
      uncompressedSize: tar.byteLength,
      mediaType: "application/vnd.oci.image.layer.v1.tar+gzip",
    });
  });

  it("writes a gzip header with mtime 0, no file name and an unknown OS", async () => {
    const { gzip } = await createLayer(await sampleTar());
    // FLG: no FNAME, FCOMMENT or FEXTRA.
    expect(gzip[3]).toBe(0);
    expect(gzip.readUInt32LE(4)).toBe(0);
    expect(gzip[9]).toBe(0xff);
  });
});
