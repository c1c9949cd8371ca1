import { Readable } from "node:stream";
import { gzipSync } from "node:zlib";
import { createLayer, type Layer, sha256Digest, tarFromEntries } from "@quai/oci";
import { type HttpTransport, RegistryClient } from "@quai/registry";
import { beforeAll, describe, expect, it } from "vitest";
import { registryBase } from "./registry-base-layers";

const OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json";
const OCI_INDEX = "application/vnd.oci.image.index.v1+json";

interface StoredBase {
  indexDigest: string;
  imageId: string;
  layers: Layer[];
  transport: HttpTransport;
}

/**
 * A registry holding a two-layer base under an index (linux/arm64 listed first). Its layer blobs
 * are gzipped at level 1, so they differ from what quai's own compression would make of the tars.
 */
async function storedBase(
  change: { layerMediaType?: string; diffIds?: (ids: string[]) => string[] } = {},
): Promise<StoredBase> {
  const tars = [
    await tarFromEntries(
      [{ path: "etc/passwd", type: "file", mode: 0o644, content: "root:x:0:0::/root:/bin/sh\n" }],
      1,
    ),
    await tarFromEntries([{ path: "usr/bin/node", type: "file", mode: 0o755, content: "node" }], 1),
  ];
  const layers = await Promise.all(tars.map((tar) => createLayer(tar)));
  const registryLayers = layers.map((layer) => {
    const gzip = gzipSync(layer.tar, { level: 1 });
    return { ...layer, gzip, digest: sha256Digest(gzip), size: gzip.length };
  });
  const diffIds = registryLayers.map((layer) => layer.diffId);
  const config = Buffer.from(
    JSON.stringify({
      architecture: "amd64",
      os: "linux",
      config: { Env: ["PATH=/usr/bin", "NODE_VERSION=18"] },
      rootfs: { type: "layers", diff_ids: change.diffIds?.(diffIds) ?? diffIds },
    }),
  );
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_MANIFEST,
      config: {
        mediaType: "application/vnd.oci.image.config.v1+json",
        digest: sha256Digest(config),
        size: config.length,
      },
      layers: registryLayers.map((layer) => ({
        mediaType: change.layerMediaType ?? layer.mediaType,
        digest: layer.digest,
        size: layer.size,
      })),
    }),
  );
  const entry = (digest: string) => ({ mediaType: OCI_MANIFEST, digest, size: 1 });
  const index = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_INDEX,
      manifests: [
        { ...entry(`sha256:${"a".repeat(64)}`), platform: { os: "linux", architecture: "arm64" } },
        { ...entry(sha256Digest(manifest)), platform: { os: "linux", architecture: "amd64" } },
      ],
    }),
  );
  const content = new Map<string, { bytes: Buffer; type?: string }>([
    [`/v2/base/node/manifests/${sha256Digest(index)}`, { bytes: index, type: OCI_INDEX }],
    [`/v2/base/node/manifests/${sha256Digest(manifest)}`, { bytes: manifest, type: OCI_MANIFEST }],
    [`/v2/base/node/blobs/${sha256Digest(config)}`, { bytes: config }],
    ...registryLayers.map((layer) => [`/v2/base/node/blobs/${layer.digest}`, { bytes: layer.gzip }] as const),
  ]);
  const transport: HttpTransport = async (request) => {
    const found = content.get(new URL(request.url).pathname);
    return {
      status: found ? 200 : 404,
      headers: found?.type ? { "content-type": found.type } : ({} as Record<string, string>),
      body: Readable.from(found ? [found.bytes] : []),
    };
  };
  return {
    indexDigest: sha256Digest(index),
    imageId: sha256Digest(config),
    layers: registryLayers,
    transport,
  };
}

const clientOf = (base: StoredBase) =>
  new RegistryClient({ registry: "127.0.0.1:5000", transport: base.transport, attempts: 1 });

describe("registryBase", () => {
  let base: StoredBase;
  beforeAll(async () => {
    base = await storedBase();
  });

  it("takes the linux/amd64 image's layers as the registry stores them, digests and all", async () => {
    const result = await registryBase(clientOf(base), "base/node", base.indexDigest, base.imageId);
    if (!("layers" in result)) throw new Error(result.unusable);
    expect(result.layers.map((layer) => layer.digest)).toEqual(base.layers.map((layer) => layer.digest));
    expect(result.layers.map((layer) => layer.diffId)).toEqual(base.layers.map((layer) => layer.diffId));
    expect(
      result.layers.every((layer, index) => layer.tar.equals(base.layers[index]?.tar ?? Buffer.alloc(0))),
    ).toBe(true);
    expect(result.config.config?.Env).toEqual(["PATH=/usr/bin", "NODE_VERSION=18"]);
  });

  it("declines an image that is not the engine's", async () => {
    const result = await registryBase(
      clientOf(base),
      "base/node",
      base.indexDigest,
      `sha256:${"e".repeat(64)}`,
    );
    expect(result).toEqual({ unusable: expect.stringContaining("is not the engine's") });
  });

  it("declines layers that are not gzip tars", async () => {
    const zstd = await storedBase({ layerMediaType: "application/vnd.oci.image.layer.v1.tar+zstd" });
    const result = await registryBase(clientOf(zstd), "base/node", zstd.indexDigest, zstd.imageId);
    expect(result).toEqual({
      unusable: "a layer is application/vnd.oci.image.layer.v1.tar+zstd, not a gzip tar",
    });
  });

  it("declines a layer that does not unpack to the diff id its config lists", async () => {
    const swapped = await storedBase({ diffIds: (ids) => [...ids].reverse() });
    const result = await registryBase(clientOf(swapped), "base/node", swapped.indexDigest, swapped.imageId);
    expect(result).toEqual({
      unusable: expect.stringMatching(/^layer sha256:\w+ unpacks to sha256:\w+, not sha256:/),
    });
  });
});
