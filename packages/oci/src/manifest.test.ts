import { describe, expect, it } from "vitest";
import { sha256Digest } from "./digest";
import { buildManifest } from "./manifest";

const config = {
  mediaType: "application/vnd.oci.image.config.v1+json",
  digest: `sha256:${"c".repeat(64)}`,
  size: 900,
};
const layer = {
  mediaType: "application/vnd.oci.image.layer.v1.tar+gzip" as const,
  digest: `sha256:${"1".repeat(64)}`,
  size: 1234,
};

describe("buildManifest", () => {
  it("writes an OCI image manifest as canonical JSON, layers as descriptors only", () => {
    const { bytes } = buildManifest({
      config,
      layers: [{ ...layer, tar: Buffer.from("not in the manifest") } as typeof layer],
      annotations: { "org.opencontainers.image.created": "2023-11-14T22:13:20Z" },
    });
    expect(JSON.parse(bytes.toString())).toEqual({
      schemaVersion: 2,
      mediaType: "application/vnd.oci.image.manifest.v1+json",
      config,
      layers: [layer],
      annotations: { "org.opencontainers.image.created": "2023-11-14T22:13:20Z" },
    });
    expect(bytes.toString()).toMatch(
      /^\{"annotations":\{.*\},"config":\{.*\},"layers":\[.*\],"mediaType":.*,"schemaVersion":2\}$/,
    );
  });

  it("returns the digest of exactly those bytes", () => {
    const { bytes, descriptor } = buildManifest({ config, layers: [layer] });
    expect(descriptor).toEqual({
      mediaType: "application/vnd.oci.image.manifest.v1+json",
      digest: sha256Digest(bytes),
      size: bytes.byteLength,
    });
    expect(bytes.toString()).not.toContain("annotations");
  });
});
