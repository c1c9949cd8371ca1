import { Readable } from "node:stream";
import { gzipSync } from "node:zlib";
import { createLayer, type Layer, sha256Digest, tarFromEntries } from "@quai/oci";
import { type HttpRequest, type HttpTransport, pullClients, RegistryClient } from "@quai/registry";
import { beforeAll, describe, expect, it } from "vitest";
import { registryBase } from "./registry-base-layers";

const OCI_MANIFEST = "application/vnd.oci.image.manifest.v1+json";
const OCI_INDEX = "application/vnd.oci.image.index.v1+json";

const LINUX_AMD64 = { os: "linux", architecture: "amd64" };
const LINUX_ARM64 = { os: "linux", architecture: "arm64", variant: "v8" };

interface StoredBase {
  indexDigest: string;
  /** The amd64 image's config and manifest digests: the classic and containerd stores' ids of it. */
  imageId: string;
  manifestDigest: string;
  layers: Layer[];
  transport: HttpTransport;
}

/**
 * A registry holding a two-layer base under an index of linux/arm64/v8 (listed first) and
 * linux/amd64, the same layers under two configs. Its layer blobs are gzipped at level 1, so they
 * differ from what quai's own compression would make of the tars.
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
  const configOf = (platform: object) =>
    Buffer.from(
      JSON.stringify({
        ...platform,
        config: { Env: ["PATH=/usr/bin", "NODE_VERSION=18"] },
        rootfs: { type: "layers", diff_ids: change.diffIds?.(diffIds) ?? diffIds },
      }),
    );
  const manifestOf = (config: Buffer) =>
    Buffer.from(
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
  const [config, armConfig] = [configOf(LINUX_AMD64), configOf(LINUX_ARM64)];
  const [manifest, armManifest] = [manifestOf(config), manifestOf(armConfig)];
  const entry = (bytes: Buffer, platform: object) => ({
    mediaType: OCI_MANIFEST,
    digest: sha256Digest(bytes),
    size: bytes.length,
    platform,
  });
  const index = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: OCI_INDEX,
      manifests: [
        entry(armManifest, LINUX_ARM64),
        entry(manifest, LINUX_AMD64),
        // An attestation, as buildx lists them: no image to build on.
        entry(manifest, { os: "unknown", architecture: "unknown" }),
      ],
    }),
  );
  const content = new Map<string, { bytes: Buffer; type?: string }>([
    [`/v2/base/node/manifests/${sha256Digest(index)}`, { bytes: index, type: OCI_INDEX }],
    [`/v2/base/node/manifests/${sha256Digest(manifest)}`, { bytes: manifest, type: OCI_MANIFEST }],
    [`/v2/base/node/manifests/${sha256Digest(armManifest)}`, { bytes: armManifest, type: OCI_MANIFEST }],
    [`/v2/base/node/blobs/${sha256Digest(config)}`, { bytes: config }],
    [`/v2/base/node/blobs/${sha256Digest(armConfig)}`, { bytes: armConfig }],
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
    manifestDigest: sha256Digest(manifest),
    layers: registryLayers,
    transport,
  };
}

const clientOf = (base: StoredBase) => [
  new RegistryClient({ registry: "127.0.0.1:5000", transport: base.transport, attempts: 1 }),
];

/** The request for the amd64 image the engine holds, by its config digest (the classic store's id). */
const amd64Of = (base: StoredBase, engineImageId: string | undefined = base.imageId) => ({
  repository: "base/node",
  digest: base.indexDigest,
  platform: LINUX_AMD64,
  engineImageId,
});

describe("registryBase", () => {
  let base: StoredBase;
  beforeAll(async () => {
    base = await storedBase();
  });

  it("takes the linux/amd64 image's layers as the registry stores them, digests and all", async () => {
    const result = await registryBase(clientOf(base), amd64Of(base));
    if (!("layers" in result)) throw new Error(JSON.stringify(result));
    expect(result.layers.map((layer) => layer.digest)).toEqual(base.layers.map((layer) => layer.digest));
    expect(result.layers.map((layer) => layer.diffId)).toEqual(base.layers.map((layer) => layer.diffId));
    expect(
      result.layers.every((layer, index) => layer.tar.equals(base.layers[index]?.tar ?? Buffer.alloc(0))),
    ).toBe(true);
    expect(result.config.config?.Env).toEqual(["PATH=/usr/bin", "NODE_VERSION=18"]);
    expect(result.config.architecture).toBe("amd64");
  });

  it("knows the engine's image by its manifest or index digest too, as containerd's store names it", async () => {
    for (const id of [base.manifestDigest, base.indexDigest]) {
      expect(await registryBase(clientOf(base), amd64Of(base, id))).toHaveProperty("layers");
    }
  });

  it("takes the platform asked for out of the index: arm64 without a variant is arm64/v8", async () => {
    const result = await registryBase(clientOf(base), {
      repository: "base/node",
      digest: base.indexDigest,
      platform: { os: "linux", architecture: "arm64" },
    });
    if (!("layers" in result)) throw new Error(JSON.stringify(result));
    expect(result.config).toMatchObject({ os: "linux", architecture: "arm64", variant: "v8" });
  });

  it("says which platforms the base offers when it has none of the one asked for", async () => {
    const result = await registryBase(clientOf(base), {
      ...amd64Of(base),
      platform: { os: "linux", architecture: "s390x" },
    });
    expect(result).toEqual({ platformsOffered: [LINUX_ARM64, LINUX_AMD64] });
  });

  it("says the platform of a single-image base that is not of the one asked for", async () => {
    const result = await registryBase(clientOf(base), {
      repository: "base/node",
      digest: base.manifestDigest,
      platform: LINUX_ARM64,
    });
    expect(result).toEqual({ platformsOffered: [LINUX_AMD64] });
  });

  it("declines an image that is not the engine's", async () => {
    const result = await registryBase(clientOf(base), amd64Of(base, `sha256:${"e".repeat(64)}`));
    expect(result).toEqual({ unusable: expect.stringContaining("is not the engine's") });
  });

  it("declines layers that are not gzip tars", async () => {
    const zstd = await storedBase({ layerMediaType: "application/vnd.oci.image.layer.v1.tar+zstd" });
    const result = await registryBase(clientOf(zstd), amd64Of(zstd));
    expect(result).toEqual({
      unusable: "a layer is application/vnd.oci.image.layer.v1.tar+zstd, not a gzip tar",
    });
  });

  it("declines a layer that does not unpack to the diff id its config lists", async () => {
    const swapped = await storedBase({ diffIds: (ids) => [...ids].reverse() });
    const result = await registryBase(clientOf(swapped), amd64Of(swapped));
    expect(result).toEqual({
      unusable: expect.stringMatching(/^layer sha256:\w+ unpacks to sha256:\w+, not sha256:/),
    });
  });
});

describe("registryBase through the engine's Docker Hub mirrors", () => {
  const MIRROR = "http://127.0.0.1:5004/";
  let base: StoredBase;
  beforeAll(async () => {
    base = await storedBase();
  });

  /** Docker Hub and a mirror, each answering as `answer` says for its host; every request recorded. */
  function hubAndMirror(answer: Record<"mirror" | "hub", "serves" | "lacks" | "unreachable">) {
    const hosts: string[] = [];
    const transport: HttpTransport = async (request: HttpRequest) => {
      const { host } = new URL(request.url);
      hosts.push(host);
      const how = answer[host === "127.0.0.1:5004" ? "mirror" : "hub"];
      if (how === "unreachable")
        throw Object.assign(new Error(`connect ECONNREFUSED ${host}`), { code: "ECONNREFUSED" });
      if (how === "lacks") return { status: 404, headers: {}, body: Readable.from([]) };
      return base.transport(request);
    };
    const clients = pullClients("docker.io", [MIRROR], {
      credentials: () => undefined,
      transport,
      attempts: 1,
    });
    return { clients, hosts };
  }

  it("takes the base from the mirror that has it, without asking Docker Hub", async () => {
    const { clients, hosts } = hubAndMirror({ mirror: "serves", hub: "unreachable" });
    const result = await registryBase(clients, amd64Of(base));
    if (!("layers" in result)) throw new Error(JSON.stringify(result));
    expect(result.registry).toBe("127.0.0.1:5004");
    expect(result.layers.map((layer) => layer.digest)).toEqual(base.layers.map((layer) => layer.digest));
    expect(new Set(hosts)).toEqual(new Set(["127.0.0.1:5004"]));
  });

  it("falls back to Docker Hub when the mirror lacks the base or cannot be reached, as dockerd does", async () => {
    for (const mirror of ["lacks", "unreachable"] as const) {
      const { clients, hosts } = hubAndMirror({ mirror, hub: "serves" });
      const result = await registryBase(clients, amd64Of(base));
      expect(result, mirror).toMatchObject({ registry: "docker.io" });
      expect(hosts[0], mirror).toBe("127.0.0.1:5004");
      expect(hosts, mirror).toContain("registry-1.docker.io");
    }
  });

  it("says why each one could not serve when none can", async () => {
    const { clients } = hubAndMirror({ mirror: "lacks", hub: "unreachable" });
    const result = await registryBase(clients, amd64Of(base));
    expect(result).toEqual({
      unusable: expect.stringMatching(
        /^127\.0\.0\.1:5004: the registry does not have sha256:\w+; docker\.io: .*ECONNREFUSED/,
      ),
    });
  });
});
