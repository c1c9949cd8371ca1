import { Readable } from "node:stream";
import { buffer } from "node:stream/consumers";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { sha256Digest } from "./digest";
import { dockerArchive, layerOfArchive, readDockerArchive, UnreadableArchiveError } from "./docker-archive";
import { buildImageConfig } from "./image-config";
import { createLayer, type Layer } from "./layer";
import { tarFromEntries } from "./tar-normalize";
import { listTar, readTarFile } from "./tar-read";
import { messyTar } from "./test-tar";

const EPOCH = 1_700_000_000;

async function layerWith(path: string, content: string): Promise<Layer> {
  return createLayer(await tarFromEntries([{ path, type: "file", mode: 0o644, content }], EPOCH));
}

async function sampleImage(): Promise<{ config: Buffer; layers: Layer[]; repoTags: string[] }> {
  const layers = [await layerWith("base.txt", "base"), await layerWith("app.txt", "app")];
  const config = buildImageConfig({
    platform: { os: "linux", architecture: "amd64" },
    epoch: EPOCH,
    config: {},
    layers: layers.map(({ diffId }) => ({ diffId, createdBy: "test" })),
  });
  return { config: config.bytes, layers, repoTags: ["quai-test/app:1"] };
}

function hex(digest: string): string {
  return digest.slice("sha256:".length);
}

describe("dockerArchive", () => {
  it("writes manifest.json, the config and the uncompressed layers as docker save does", async () => {
    const image = await sampleImage();
    const archive = await buffer(dockerArchive(image));
    const [base, app] = image.layers as [Layer, Layer];
    const configFile = `${hex(sha256Digest(image.config))}.json`;
    expect((await listTar(archive)).map(({ path }) => path).sort()).toEqual(
      [configFile, `${hex(base.diffId)}/layer.tar`, `${hex(app.diffId)}/layer.tar`, "manifest.json"].sort(),
    );
    expect(JSON.parse((await readTarFile(archive, "manifest.json"))?.toString() ?? "")).toEqual([
      {
        Config: configFile,
        RepoTags: ["quai-test/app:1"],
        Layers: [`${hex(base.diffId)}/layer.tar`, `${hex(app.diffId)}/layer.tar`],
      },
    ]);
    expect((await readTarFile(archive, `${hex(app.diffId)}/layer.tar`))?.equals(app.tar)).toBe(true);
  });

  it("gives the same bytes for the same image", async () => {
    const image = await sampleImage();
    const [first, second] = await Promise.all([buffer(dockerArchive(image)), buffer(dockerArchive(image))]);
    expect(second.equals(first)).toBe(true);
  });

  it("archives a layer that comes twice once", async () => {
    const image = await sampleImage();
    const base = image.layers[0] as Layer;
    const archive = await buffer(dockerArchive({ ...image, layers: [base, base] }));
    expect((await listTar(archive)).filter(({ path }) => path.endsWith("layer.tar"))).toHaveLength(1);
  });

  it("archives the layers the engine holds empty, and the others whole", async () => {
    const image = await sampleImage();
    const [base, app] = image.layers as [Layer, Layer];
    const archive = await buffer(dockerArchive({ ...image, layersInEngine: 1 }));
    expect((await readTarFile(archive, `${hex(base.diffId)}/layer.tar`))?.length).toBe(0);
    expect((await readTarFile(archive, `${hex(app.diffId)}/layer.tar`))?.equals(app.tar)).toBe(true);
    const manifest = JSON.parse((await readTarFile(archive, "manifest.json"))?.toString() ?? "");
    expect(manifest[0].Layers).toEqual([`${hex(base.diffId)}/layer.tar`, `${hex(app.diffId)}/layer.tar`]);
  });

  it("keeps whole a held layer that comes again above the held ones", async () => {
    const image = await sampleImage();
    const base = image.layers[0] as Layer;
    const archive = await buffer(dockerArchive({ ...image, layers: [base, base], layersInEngine: 1 }));
    expect((await readTarFile(archive, `${hex(base.diffId)}/layer.tar`))?.equals(base.tar)).toBe(true);
  });
});

describe("readDockerArchive", () => {
  it("reads back what dockerArchive writes", async () => {
    const image = await sampleImage();
    const contents = await readDockerArchive(dockerArchive(image));
    expect(contents.config.equals(image.config)).toBe(true);
    expect(contents.configJson.rootfs.diff_ids).toEqual(image.layers.map(({ diffId }) => diffId));
    expect(contents.layers.map(({ tar }) => sha256Digest(tar))).toEqual(
      image.layers.map(({ diffId }) => diffId),
    );
    expect(contents.repoTags).toEqual(["quai-test/app:1"]);
  });

  /** Docker 20.10's layout: v1 layer ids, json and VERSION beside layer.tar, repositories, a symlinked repeat. */
  async function docker2010Archive(manifest?: unknown): Promise<Buffer> {
    const layer = await layerWith("base.txt", "base");
    const config = buildImageConfig({
      platform: { os: "linux", architecture: "amd64" },
      epoch: EPOCH,
      config: {},
      layers: [layer, layer].map(({ diffId }) => ({ diffId, createdBy: "test" })),
    }).bytes;
    const [first, second] = ["a".repeat(64), "b".repeat(64)];
    return messyTar([
      { header: { name: `${hex(sha256Digest(config))}.json` }, content: config.toString() },
      { header: { name: `${first}/`, type: "directory" } },
      { header: { name: `${first}/VERSION` }, content: "1.0" },
      { header: { name: `${first}/json` }, content: "{}" },
      { header: { name: `${first}/layer.tar` }, content: layer.tar },
      { header: { name: `${second}/`, type: "directory" } },
      { header: { name: `${second}/layer.tar`, type: "symlink", linkname: `../${first}/layer.tar` } },
      {
        header: { name: "manifest.json" },
        content: JSON.stringify(
          manifest ?? [
            {
              Config: `${hex(sha256Digest(config))}.json`,
              RepoTags: ["base/debian:bookworm-slim"],
              Layers: [`${first}/layer.tar`, `${second}/layer.tar`],
            },
          ],
        ),
      },
      {
        header: { name: "repositories" },
        content: JSON.stringify({ "base/debian": { "bookworm-slim": second } }),
      },
    ]);
  }

  it("reads Docker 20.10's archive, following the symlink of a repeated layer", async () => {
    const contents = await readDockerArchive(Readable.from([await docker2010Archive()]));
    expect(contents.layers).toHaveLength(2);
    expect(contents.layers[1]?.tar.equals(contents.layers[0]?.tar ?? Buffer.alloc(1))).toBe(true);
    expect(contents.repoTags).toEqual(["base/debian:bookworm-slim"]);
  });

  it("refuses an archive of several images, and a layer that is not there", async () => {
    const several = await docker2010Archive([
      { Config: "a.json", Layers: [] },
      { Config: "b.json", Layers: [] },
    ]);
    await expect(readDockerArchive(Readable.from([several]))).rejects.toThrowError(
      "The docker archive holds 2 images; expected one",
    );
    const missing = await docker2010Archive([{ Config: "none.json", RepoTags: null, Layers: [] }]);
    await expect(readDockerArchive(Readable.from([missing]))).rejects.toThrowError(
      "The docker archive has no file none.json",
    );
  });

  it("refuses layers that do not match the config's diff_ids", async () => {
    const image = await sampleImage();
    const swapped = { ...image, layers: [...image.layers].reverse() };
    await expect(readDockerArchive(dockerArchive(swapped))).rejects.toThrowError(
      /hashes to sha256:\w+, not the config's/,
    );
  });

  /**
   * Docker 25+'s archive of containerd's image store: an OCI layout whose index.json points at an
   * index of the platforms the store holds (amd64 and arm64/v8 here, the same gzip layer under two
   * configs), manifest.json listing the engine's own platform, every layer a gzip blob.
   */
  async function containerdArchive(options: { withArm?: boolean; layerBlob?: Buffer } = {}): Promise<Buffer> {
    const layer = await layerWith("base.txt", "base");
    const gzip = options.layerBlob ?? gzipSync(layer.tar, { level: 1 });
    const blob = (digest: string) => `blobs/sha256/${hex(digest)}`;
    const configOf = (platform: { architecture: string; variant?: string }) =>
      buildImageConfig({
        platform: { os: "linux", ...platform },
        epoch: EPOCH,
        config: {},
        layers: [{ diffId: layer.diffId, createdBy: "test" }],
      }).bytes;
    const manifestOf = (config: Buffer) =>
      Buffer.from(
        JSON.stringify({
          mediaType: "application/vnd.docker.distribution.manifest.v2+json",
          config: { digest: sha256Digest(config), size: config.length },
          layers: [{ digest: sha256Digest(gzip), size: gzip.length }],
        }),
      );
    const [amd, arm] = [
      configOf({ architecture: "amd64" }),
      configOf({ architecture: "arm64", variant: "v8" }),
    ];
    const [amdManifest, armManifest] = [manifestOf(amd), manifestOf(arm)];
    const entry = (bytes: Buffer, platform: object) => ({
      mediaType: "application/vnd.docker.distribution.manifest.v2+json",
      digest: sha256Digest(bytes),
      size: bytes.length,
      platform,
    });
    const platforms = Buffer.from(
      JSON.stringify({
        mediaType: "application/vnd.oci.image.index.v1+json",
        manifests: [
          entry(amdManifest, { os: "linux", architecture: "amd64" }),
          entry(armManifest, { os: "linux", architecture: "arm64", variant: "v8" }),
          entry(armManifest, { os: "unknown", architecture: "unknown" }),
          // Listed in the index, not pulled: its blobs are not in the archive.
          entry(Buffer.from("absent"), { os: "linux", architecture: "s390x" }),
        ],
      }),
    );
    const files: { header: { name: string }; content: Buffer | string }[] = [
      { header: { name: "oci-layout" }, content: '{"imageLayoutVersion":"1.0.0"}' },
      {
        header: { name: "index.json" },
        content: JSON.stringify({
          manifests: [
            { mediaType: "application/vnd.oci.image.index.v1+json", digest: sha256Digest(platforms) },
          ],
        }),
      },
      { header: { name: blob(sha256Digest(platforms)) }, content: platforms },
      { header: { name: blob(sha256Digest(amdManifest)) }, content: amdManifest },
      { header: { name: blob(sha256Digest(amd)) }, content: amd },
      { header: { name: blob(sha256Digest(gzip)) }, content: gzip },
      {
        header: { name: "manifest.json" },
        content: JSON.stringify([
          { Config: blob(sha256Digest(amd)), RepoTags: null, Layers: [blob(sha256Digest(gzip))] },
        ]),
      },
    ];
    if (options.withArm !== false) {
      files.push(
        { header: { name: blob(sha256Digest(armManifest)) }, content: armManifest },
        { header: { name: blob(sha256Digest(arm)) }, content: arm },
      );
    }
    return messyTar(files);
  }

  it("reads containerd's gzip layers, keeping the stored blob, which then is the layer as is", async () => {
    const contents = await readDockerArchive(Readable.from([await containerdArchive()]));
    const [layer] = contents.layers;
    expect(layer?.gzip?.subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]));
    expect(sha256Digest(layer?.tar ?? Buffer.alloc(0))).toBe(contents.configJson.rootfs.diff_ids[0]);
    expect(contents.platform).toEqual({ os: "linux", architecture: "amd64", variant: undefined });
    const asLayer = await layerOfArchive(layer ?? { tar: Buffer.alloc(0) });
    expect(asLayer.digest).toBe(sha256Digest(layer?.gzip ?? Buffer.alloc(0)));
    expect(asLayer.gzip).toBe(layer?.gzip);
  });

  it("takes the platform asked for out of the OCI index, through a nested index", async () => {
    const archive = await containerdArchive();
    const arm = await readDockerArchive(Readable.from([archive]), {
      platform: { os: "linux", architecture: "arm64" },
    });
    expect(arm.configJson).toMatchObject({ architecture: "arm64", variant: "v8" });
    expect(arm.platform).toEqual({ os: "linux", architecture: "arm64", variant: "v8" });
    const amd = await readDockerArchive(Readable.from([archive]), {
      platform: { os: "linux", architecture: "amd64" },
    });
    expect(amd.configJson.architecture).toBe("amd64");
  });

  it("names the platforms the engine holds when it has not the one asked for", async () => {
    const reading = readDockerArchive(Readable.from([await containerdArchive({ withArm: false })]), {
      platform: { os: "linux", architecture: "arm64", variant: "v8" },
    });
    await expect(reading).rejects.toThrowError(UnreadableArchiveError);
    await expect(
      readDockerArchive(Readable.from([await containerdArchive({ withArm: false })]), {
        platform: { os: "linux", architecture: "s390x" },
      }),
    ).rejects.toThrowError("The image has no linux/s390x image in this engine: it holds linux/amd64");
  });

  it("refuses a one-platform archive of another platform than the one asked for", async () => {
    const image = await sampleImage();
    await expect(
      readDockerArchive(dockerArchive(image), { platform: { os: "linux", architecture: "arm64" } }),
    ).rejects.toThrowError("The image is linux/amd64, not linux/arm64");
  });

  it("says a zstd layer is one it cannot read, rather than that its digest is wrong", async () => {
    const zstd = Buffer.concat([Buffer.from([0x28, 0xb5, 0x2f, 0xfd]), Buffer.alloc(16)]);
    await expect(
      readDockerArchive(Readable.from([await containerdArchive({ layerBlob: zstd })])),
    ).rejects.toThrowError(/is zstd-compressed, which quai cannot read yet/);
  });
});
