import { Readable } from "node:stream";
import { buffer } from "node:stream/consumers";
import { describe, expect, it } from "vitest";
import { sha256Digest } from "./digest";
import { dockerArchive, readDockerArchive } from "./docker-archive";
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
    expect(contents.layers.map((tar) => sha256Digest(tar))).toEqual(image.layers.map(({ diffId }) => diffId));
    expect(contents.repoTags).toEqual(["quai-test/app:1"]);
  });

  /** Docker 20.10's layout: v1 layer ids, json and VERSION beside layer.tar, repositories, a symlinked repeat. */
  async function docker2010Archive(manifest?: unknown): Promise<Buffer> {
    const layer = await layerWith("base.txt", "base");
    const config = buildImageConfig({
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
    expect(contents.layers[1]?.equals(contents.layers[0] as Buffer)).toBe(true);
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
});
