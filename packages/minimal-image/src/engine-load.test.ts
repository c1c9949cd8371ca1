import { Readable } from "node:stream";
import { buffer } from "node:stream/consumers";
import { type ImageStore, imageStoreOf } from "@quai/docker";
import {
  buildImageConfig,
  createLayer,
  digestHex,
  type ImageLoader,
  type Layer,
  loadImage,
  readTarFile,
  tarFromEntries,
} from "@quai/oci";
import { describe, expect, it } from "vitest";
import type { ResolvedImage } from "./engine-images";
import { loadIntoEngine } from "./engine-load";

const EPOCH = 1_700_000_000;

async function layerWith(path: string): Promise<Layer> {
  return createLayer(await tarFromEntries([{ path, type: "file", mode: 0o644, content: path }], EPOCH));
}

async function image(): Promise<{ config: Buffer; layers: Layer[]; repoTags: string[] }> {
  const layers = [await layerWith("base-1"), await layerWith("base-2"), await layerWith("app")];
  const config = buildImageConfig({
    platform: { os: "linux", architecture: "amd64" },
    epoch: EPOCH,
    config: {},
    layers: layers.map(({ diffId }) => ({ diffId, createdBy: "test" })),
  });
  return { config: config.bytes, layers, repoTags: ["quai-test/app:1"] };
}

function base(layers: string[]): ResolvedImage {
  return { ref: "base", id: "sha256:base", pinned: "sha256:base", size: 0, layers };
}

const OWN_STORE = [["Backing Filesystem", "extfs"]];
const CONTAINERD_STORE = [["driver-type", "io.containerd.snapshotter.v1"]];

/**
 * An engine that records each archive it is sent, and refuses the first `refusals` of them, as
 * the engine does: in the body of its answer, which the real adapter reads with loadImage.
 */
function engine(driverStatus: string[][], refusals = 0) {
  const archives: Buffer[] = [];
  const client: ImageLoader = {
    loadImage: async (archive: NodeJS.ReadableStream) => {
      archives.push(await buffer(archive));
      const answer =
        archives.length <= refusals ? '{"error":"layer does not exist"}' : '{"stream":"Loaded image"}';
      return Readable.from([answer]);
    },
  };
  return {
    archives,
    store: imageStoreOf({ DriverStatus: driverStatus as [string, string][] }) as ImageStore,
    loadArchive: (archive: NodeJS.ReadableStream) => loadImage(client, archive),
  };
}

async function layerFile(archive: Buffer | undefined, layer: Layer): Promise<Buffer | undefined> {
  return readTarFile(archive ?? Buffer.alloc(0), `${digestHex(layer.diffId)}/layer.tar`);
}

describe("loadIntoEngine", () => {
  it("leaves out the base's layers when the engine keeps its own store and holds them", async () => {
    const built = await image();
    const [first, second, app] = built.layers as [Layer, Layer, Layer];
    const api = engine(OWN_STORE);
    const loaded = await loadIntoEngine(api, api.store, built, base([first.diffId, second.diffId]), () => {});
    expect(loaded).toBe("without-base-layers");
    expect(api.archives).toHaveLength(1);
    expect((await layerFile(api.archives[0], first))?.length).toBe(0);
    expect((await layerFile(api.archives[0], second))?.length).toBe(0);
    expect((await layerFile(api.archives[0], app))?.equals(app.tar)).toBe(true);
  });

  it("sends the image whole to containerd's image store", async () => {
    const built = await image();
    const [first, second] = built.layers as [Layer, Layer];
    const api = engine(CONTAINERD_STORE);
    expect(await loadIntoEngine(api, api.store, built, base([first.diffId, second.diffId]), () => {})).toBe(
      "whole",
    );
    expect((await layerFile(api.archives[0], first))?.equals(first.tar)).toBe(true);
  });

  it("sends the image whole when the base's chain is not the image's first layers", async () => {
    const built = await image();
    const [first, second] = built.layers as [Layer, Layer];
    const api = engine(OWN_STORE);
    expect(await loadIntoEngine(api, api.store, built, base([second.diffId, first.diffId]), () => {})).toBe(
      "whole",
    );
    expect(await loadIntoEngine(api, api.store, built, undefined, () => {})).toBe("whole");
    for (const archive of api.archives) {
      expect((await layerFile(archive, first))?.equals(first.tar)).toBe(true);
    }
  });

  it("loads the image whole, saying why, when the engine refuses it without the base", async () => {
    const built = await image();
    const [first, second] = built.layers as [Layer, Layer];
    const api = engine(OWN_STORE, 1);
    const said: string[] = [];
    const loaded = await loadIntoEngine(api, api.store, built, base([first.diffId, second.diffId]), (why) =>
      said.push(why),
    );
    expect(loaded).toBe("whole");
    expect(api.archives).toHaveLength(2);
    expect((await layerFile(api.archives[1], first))?.equals(first.tar)).toBe(true);
    expect(said).toEqual([
      "the engine refused the image without the base's layers (The Docker engine could not load the image (layer does not exist))",
    ]);
  });

  it("fails with the engine's message when the whole image is refused too", async () => {
    const built = await image();
    const [first, second] = built.layers as [Layer, Layer];
    const refusing = engine(OWN_STORE, 2);
    const loading = loadIntoEngine(
      refusing,
      refusing.store,
      built,
      base([first.diffId, second.diffId]),
      () => {},
    );
    await expect(loading).rejects.toThrowError("could not load the image (layer does not exist)");
  });
});
