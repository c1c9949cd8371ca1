import { mkdtemp, readdir, readFile, rm, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buffer } from "node:stream/consumers";
import { UserError } from "@quai/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { digestHex } from "./digest";
import { buildImageConfig } from "./image-config";
import { createLayer, type Layer } from "./layer";
import { buildManifest } from "./manifest";
import { type OciImage, readOciLayout, verifyLayoutBlobs, writeOciLayout } from "./oci-layout";
import { tarFromEntries } from "./tar-normalize";

const EPOCH = 1_700_000_000;

async function smallImage(): Promise<OciImage & { configDigest: string; manifestDigest: string }> {
  const layers = [
    await createLayer(
      await tarFromEntries([{ path: "etc/motd", type: "file", mode: 0o644, content: "hi" }], EPOCH),
    ),
    await createLayer(await tarFromEntries([{ path: "app", type: "directory", mode: 0o755 }], EPOCH)),
  ];
  const config = buildImageConfig({
    platform: { os: "linux", architecture: "amd64" },
    epoch: EPOCH,
    config: { Cmd: ["/bin/true"] },
    layers: layers.map(({ diffId }) => ({ diffId, createdBy: "test" })),
  });
  const manifest = buildManifest({ config: config.descriptor, layers });
  return {
    config: config.bytes,
    layers,
    manifest: manifest.bytes,
    refName: "1.2.3",
    configDigest: config.descriptor.digest,
    manifestDigest: manifest.descriptor.digest,
  };
}

function blob(dir: string, digest: string): string {
  return join(dir, "blobs", "sha256", digestHex(digest));
}

describe("OCI layouts", () => {
  let parent: string;
  let dir: string;

  beforeEach(async () => {
    parent = await mkdtemp(join(tmpdir(), "quai-oci-layout-"));
    dir = join(parent, "image");
  });

  afterEach(async () => {
    await rm(parent, { recursive: true, force: true });
  });

  it("writes oci-layout, an index naming the manifest, and every blob", async () => {
    const image = await smallImage();
    const written = await writeOciLayout(dir, image);
    expect(written).toEqual({ manifestDigest: image.manifestDigest, indexPath: join(dir, "index.json") });
    expect(await readFile(join(dir, "oci-layout"), "utf8")).toBe('{"imageLayoutVersion":"1.0.0"}');
    expect(JSON.parse(await readFile(join(dir, "index.json"), "utf8"))).toEqual({
      schemaVersion: 2,
      mediaType: "application/vnd.oci.image.index.v1+json",
      manifests: [
        {
          mediaType: "application/vnd.oci.image.manifest.v1+json",
          digest: image.manifestDigest,
          size: image.manifest.byteLength,
          annotations: { "org.opencontainers.image.ref.name": "1.2.3" },
        },
      ],
    });
    expect((await readFile(blob(dir, image.configDigest))).equals(image.config)).toBe(true);
    expect((await readFile(blob(dir, image.manifestDigest))).equals(image.manifest)).toBe(true);
    for (const layer of image.layers)
      expect((await readFile(blob(dir, layer.digest))).equals(layer.gzip)).toBe(true);
    expect(await readdir(parent)).toEqual(["image"]);
  });

  it("leaves the annotation out when the image has no ref name", async () => {
    await writeOciLayout(dir, { ...(await smallImage()), refName: undefined });
    expect(await readFile(join(dir, "index.json"), "utf8")).not.toContain("annotations");
  });

  it("writes into an empty directory, and refuses one that holds files", async () => {
    const image = await smallImage();
    await writeOciLayout(parent, image);
    const refusal = writeOciLayout(parent, image);
    await expect(refusal).rejects.toThrowError(UserError);
    await expect(refusal).rejects.toThrowError(
      `Cannot write the OCI layout to ${parent}: it already exists and is not an empty directory`,
    );
    expect((await readdir(parent)).filter((name) => name.includes("partial"))).toEqual([]);
  });

  it("leaves nothing behind when writing fails halfway", async () => {
    const image = await smallImage();
    const failing = Object.defineProperty({ ...image.layers[1] }, "gzip", {
      get: () => {
        throw new Error("disk full");
      },
    }) as Layer;
    await expect(
      writeOciLayout(dir, { ...image, layers: [image.layers[0] as Layer, failing] }),
    ).rejects.toThrowError("disk full");
    expect(await readdir(parent)).toEqual([]);
  });

  it("reads back the index, manifest and config, and opens blobs", async () => {
    const image = await smallImage();
    await writeOciLayout(dir, image);
    const layout = await readOciLayout(dir);
    expect(layout.manifestDescriptor.digest).toBe(image.manifestDigest);
    expect(layout.manifest.layers.map(({ digest }) => digest)).toEqual(
      image.layers.map(({ digest }) => digest),
    );
    expect(layout.config.config).toEqual({ Cmd: ["/bin/true"] });
    const firstLayer = image.layers[0] as Layer;
    expect((await buffer(layout.openBlob(firstLayer.digest))).equals(firstLayer.gzip)).toBe(true);
  });

  it("refuses a directory that is not a layout", async () => {
    await expect(readOciLayout(parent)).rejects.toThrowError(
      `No OCI layout at ${parent} (it has no oci-layout)`,
    );
  });
});

/** Reads the layout and checks all its layers, as a first push of it does. */
async function verifyOciLayout(dir: string) {
  const layout = await readOciLayout(dir);
  await verifyLayoutBlobs(layout, layout.manifest.layers);
  return layout;
}

describe("verifyLayoutBlobs", () => {
  let dir: string;
  let image: Awaited<ReturnType<typeof smallImage>>;

  beforeEach(async () => {
    dir = join(await mkdtemp(join(tmpdir(), "quai-oci-verify-")), "image");
    image = await smallImage();
    await writeOciLayout(dir, image);
  });

  afterEach(async () => {
    await rm(join(dir, ".."), { recursive: true, force: true });
  });

  function layer(position: number): Layer {
    return image.layers[position] as Layer;
  }

  it("passes a layout as it was written", async () => {
    expect((await verifyOciLayout(dir)).manifestDescriptor.digest).toBe(image.manifestDigest);
  });

  it("names a layer whose bytes changed", async () => {
    const corrupted = Buffer.from(layer(1).gzip);
    corrupted[20] = (corrupted[20] ?? 0) ^ 0xff;
    await writeFile(blob(dir, layer(1).digest), corrupted);
    await expect(verifyOciLayout(dir)).rejects.toThrowError(
      new RegExp(
        `^Blob ${layer(1).digest} \\(layer 2 of 2\\) of the OCI layout at ${dir} does not match its digest`,
      ),
    );
  });

  it("names a truncated layer by its size", async () => {
    await truncate(blob(dir, layer(0).digest), 10);
    await expect(verifyOciLayout(dir)).rejects.toThrowError(
      `Blob ${layer(0).digest} (layer 1 of 2) of the OCI layout at ${dir} is 10 bytes, not the ${layer(0).size} its descriptor says`,
    );
  });

  it("names a missing blob", async () => {
    await rm(blob(dir, image.configDigest));
    await expect(verifyOciLayout(dir)).rejects.toThrowError(
      `The OCI layout at ${dir} lacks blob ${image.configDigest} (config)`,
    );
  });

  it("refuses a changed manifest before trusting what it says", async () => {
    const tampered = image.manifest.toString().replace('"size":', '"size": ');
    await writeFile(blob(dir, image.manifestDigest), tampered.slice(0, image.manifest.byteLength));
    await expect(verifyOciLayout(dir)).rejects.toThrowError(
      /\(manifest\) of the OCI layout .* does not match its digest/,
    );
  });
});
