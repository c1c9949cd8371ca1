// @quai/oci against the test bed's engine: an image assembled from a real base image is the same
// bytes build after build, its layout is verified, and Docker 20.10 loads and runs it.
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { text } from "node:stream/consumers";
import { finished } from "node:stream/promises";
import { newRunId, RUN_ID_LABEL, runLabels, UserError } from "@quai/core";
import { connectEngine, type Engine, listRunResources, removeRunResources } from "@quai/docker";
import {
  buildImageConfig,
  buildManifest,
  createLayer,
  digestHex,
  dockerArchive,
  type JsonBlob,
  type Layer,
  type LayerEntry,
  listTar,
  loadImage,
  normalizeTar,
  readDockerArchive,
  readOciLayout,
  tarFromEntries,
  verifyLayoutBlobs,
  writeOciLayout,
} from "@quai/oci";
import type Dockerode from "dockerode";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const BASE_IMAGE = "base/debian:bookworm-slim";
const EPOCH = 1_700_000_000;
const GREETING = "hello from a quai-built image\n";

const HELLO_FILES: LayerEntry[] = [
  { path: "/hello.txt", type: "file", mode: 0o644, content: GREETING },
  { path: "/hello.sh", type: "file", mode: 0o755, content: "#!/bin/sh\nexec cat /hello.txt\n" },
];

interface BuiltImage {
  config: JsonBlob;
  manifest: JsonBlob;
  layers: Layer[];
}

/** The whole build from its inputs: the base image as the engine saves it, and the hello layer. */
async function buildHelloImage(api: Dockerode, runId: string): Promise<BuiltImage> {
  const base = await readDockerArchive(await api.getImage(BASE_IMAGE).get());
  const baseLayers = await Promise.all(base.layers.map(({ tar }) => createLayer(tar)));
  const helloLayer = await createLayer(await tarFromEntries(HELLO_FILES, EPOCH));
  const layers = [...baseLayers, helloLayer];
  const config = buildImageConfig({
    platform: base.platform,
    epoch: EPOCH,
    config: {
      Env: base.configJson.config?.Env,
      User: "10001:10001",
      Entrypoint: ["/hello.sh"],
      Labels: { [RUN_ID_LABEL]: runId },
    },
    layers: [
      ...baseLayers.map(({ diffId }) => ({ diffId, createdBy: BASE_IMAGE })),
      { diffId: helloLayer.diffId, createdBy: "quai integration test", comment: "hello.txt and hello.sh" },
    ],
  });
  const manifest = buildManifest({
    config: config.descriptor,
    layers,
    annotations: { "org.opencontainers.image.base.name": BASE_IMAGE },
  });
  return { config, manifest, layers };
}

async function writeLayout(image: BuiltImage): Promise<{ dir: string; manifestDigest: string }> {
  const dir = await mkdtemp(join(tmpdir(), "quai-oci-image-"));
  const { manifestDigest } = await writeOciLayout(dir, {
    config: image.config.bytes,
    layers: image.layers,
    manifest: image.manifest.bytes,
    refName: "test",
  });
  return { dir, manifestDigest };
}

/** Every file of a layout, by its path inside it. */
async function layoutFiles(dir: string): Promise<Map<string, Buffer>> {
  const paths = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = paths.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
  return new Map(
    await Promise.all(files.map(async (path) => [path.slice(dir.length), await readFile(path)] as const)),
  );
}

/** Runs a container to its end (--rm, as the engine removes it) and returns what it printed. */
async function runToEnd(api: Dockerode, options: Dockerode.ContainerCreateOptions): Promise<string> {
  const container = await api.createContainer({ ...options, HostConfig: { AutoRemove: true } });
  const attached = await container.attach({ stream: true, stdout: true, stderr: true });
  const stdout = new PassThrough();
  const output = text(stdout);
  api.modem.demuxStream(attached, stdout, process.stderr);
  // Waiting for "removed" from before the start, as `docker run --rm` does: an auto-removed
  // container may be gone before a later wait call could find it.
  const removed = container.wait({ condition: "removed" });
  await container.start();
  const [exit] = await Promise.all([removed, finished(attached)]);
  stdout.end();
  expect(exit).toMatchObject({ StatusCode: 0 });
  return output;
}

describe("an OCI image built from base/debian:bookworm-slim", () => {
  const runId = newRunId({});
  const tag = `quai-test/oci:${runId}`;
  const dirs: string[] = [];
  let engine: Engine;
  let first: BuiltImage;
  let second: BuiltImage;

  beforeAll(async () => {
    engine = await connectEngine();
    // Two whole builds, one after the other, sharing nothing but their inputs.
    first = await buildHelloImage(engine.api, runId);
    second = await buildHelloImage(engine.api, runId);
  });

  afterAll(async () => {
    // Whatever a failed assertion left behind.
    await engine.api
      .getImage(tag)
      .remove({ force: true })
      .catch(() => undefined);
    await removeRunResources(engine.api, runId);
    await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it("is the same bytes, blob for blob, build after build", async () => {
    const [a, b] = [await writeLayout(first), await writeLayout(second)];
    dirs.push(a.dir, b.dir);
    expect(b.manifestDigest).toBe(a.manifestDigest);
    const [filesA, filesB] = [await layoutFiles(a.dir), await layoutFiles(b.dir)];
    expect([...filesB.keys()].sort()).toEqual([...filesA.keys()].sort());
    for (const [path, content] of filesA) expect(filesB.get(path)?.equals(content), path).toBe(true);
    // oci-layout, index.json, and the manifest, the config and two layers as blobs.
    expect(filesA.size).toBe(2 + 2 + first.layers.length);
  });

  it("passes verification, and fails it naming the blob once one is damaged", async () => {
    const { dir } = await writeLayout(first);
    dirs.push(dir);
    const layout = await readOciLayout(dir);
    expect(layout.manifestDescriptor.digest).toBe(first.manifest.descriptor.digest);
    await verifyLayoutBlobs(layout, layout.manifest.layers);

    const damaged = `${dir}-damaged`;
    dirs.push(damaged);
    await cp(dir, damaged, { recursive: true });
    const helloLayer = first.layers.at(-1) as Layer;
    const blob = join(damaged, "blobs", "sha256", digestHex(helloLayer.digest));
    const bytes = await readFile(blob);
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 0xff;
    await writeFile(blob, bytes);
    const damagedLayout = await readOciLayout(damaged);
    const verifying = verifyLayoutBlobs(damagedLayout, damagedLayout.manifest.layers);
    await expect(verifying).rejects.toThrowError(UserError);
    await expect(verifying).rejects.toThrowError(
      `Blob ${helloLayer.digest} (layer ${first.layers.length} of ${first.layers.length}) of the OCI layout at ${damaged} does not match its digest`,
    );
  });

  it("loads into the engine with the config digest as its ID, runs as 10001, and leaves nothing", async () => {
    await loadImage(
      engine.api,
      dockerArchive({ config: first.config.bytes, layers: first.layers, repoTags: [tag] }),
    );
    const inspected = await engine.api.getImage(tag).inspect();
    expect(inspected.Id).toBe(first.config.descriptor.digest);

    const labels = runLabels(runId, "test");
    expect(await runToEnd(engine.api, { Image: tag, Labels: labels })).toBe(GREETING);
    expect(
      await runToEnd(engine.api, { Image: tag, Labels: labels, Entrypoint: ["/usr/bin/id", "-u"] }),
    ).toBe("10001\n");

    await engine.api.getImage(tag).remove();
    expect((await listRunResources(engine.api, runId)).containers).toEqual([]);
  });

  it("loads without the base's layers, which the engine holds, as the same image that runs", async () => {
    const baseLayers = first.layers.length - 1;
    const archive = dockerArchive({
      config: first.config.bytes,
      layers: first.layers,
      repoTags: [tag],
      layersInEngine: baseLayers,
    });
    await loadImage(engine.api, archive);
    const inspected = await engine.api.getImage(tag).inspect();
    expect(inspected.Id).toBe(first.config.descriptor.digest);
    expect(inspected.RootFS.Layers).toEqual(first.layers.map(({ diffId }) => diffId));
    expect(await runToEnd(engine.api, { Image: tag, Labels: runLabels(runId, "test") })).toBe(GREETING);
    await engine.api.getImage(tag).remove();
  });

  it("refuses an archive without layers it does not hold (the build then loads the image whole)", async () => {
    const unheld = await layerOfOneFile("unheld", runId);
    const app = await layerOfOneFile("app", runId);
    const config = buildImageConfig({
      platform: { os: "linux", architecture: "amd64" },
      epoch: EPOCH,
      config: {},
      layers: [unheld, app].map(({ diffId }) => ({ diffId, createdBy: "test" })),
    });
    const loading = loadImage(
      engine.api,
      dockerArchive({ config: config.bytes, layers: [unheld, app], repoTags: [tag], layersInEngine: 1 }),
    );
    await expect(loading).rejects.toThrowError(`invalid diffID for layer 0: expected "${unheld.diffId}"`);
  });

  it("surfaces the engine's refusal of an archive whose layer does not match its config", async () => {
    // Layers new to the engine: it does not read a layer whose chain it already holds.
    const declared = await layerOfOneFile("declared", runId);
    const shipped = await layerOfOneFile("shipped", runId);
    const config = buildImageConfig({
      platform: { os: "linux", architecture: "amd64" },
      epoch: EPOCH,
      config: {},
      layers: [{ diffId: declared.diffId, createdBy: "test" }],
    });
    const loading = loadImage(
      engine.api,
      dockerArchive({ config: config.bytes, layers: [shipped], repoTags: [tag] }),
    );
    await expect(loading).rejects.toThrowError(UserError);
    await expect(loading).rejects.toThrowError(
      `The Docker engine could not load the image (invalid diffID for layer 0: expected "${declared.diffId}", got "${shipped.diffId}")`,
    );
  });

  it("normalises what the engine archives from a container into the same bytes, whatever the files' times", async () => {
    const [early, late] = [
      await archiveAppFiles(engine.api, runId, 1_000),
      await archiveAppFiles(engine.api, runId, 2_000),
    ];
    expect(late.equals(early)).toBe(true);
    expect(await listTar(early)).toEqual([
      { path: "app", type: "directory", size: 0, mode: 0o755, uid: 0, gid: 0 },
      { path: "app/bin", type: "directory", size: 0, mode: 0o755, uid: 0, gid: 0 },
      { path: "app/bin/tool", type: "file", size: 3, mode: 0o4755, uid: 0, gid: 0 },
      { path: "app/current", type: "symlink", size: 0, mode: 0o777, uid: 0, gid: 0, linkname: "bin/tool" },
      { path: "app/tool", type: "link", size: 0, mode: 0o4755, uid: 0, gid: 0, linkname: "app/bin/tool" },
    ]);
    expect((await listRunResources(engine.api, runId)).containers).toEqual([]);
  });
});

async function layerOfOneFile(path: string, content: string): Promise<Layer> {
  return createLayer(await tarFromEntries([{ path, type: "file", mode: 0o644, content }], EPOCH));
}

/**
 * Makes app files in a container, dated `touchedAt`, and normalises the engine's archive of them
 * (`docker cp`'s tar: real mtimes, user names, PAX records) under app/.
 */
async function archiveAppFiles(api: Dockerode, runId: string, touchedAt: number): Promise<Buffer> {
  const script = [
    "mkdir -p /out/bin && printf hi\\n > /out/bin/tool && chmod 4755 /out/bin/tool",
    "ln /out/bin/tool /out/tool && ln -s bin/tool /out/current",
    `find /out -exec touch -h -d @${touchedAt} {} +`,
  ].join(" && ");
  const container = await api.createContainer({
    Image: BASE_IMAGE,
    Cmd: ["sh", "-c", script],
    Labels: runLabels(runId, "test"),
  });
  try {
    await container.start();
    expect(await container.wait()).toMatchObject({ StatusCode: 0 });
    return await normalizeTar(await container.getArchive({ path: "/out/." }), {
      mtime: EPOCH,
      prefix: "app",
    });
  } finally {
    await container.remove({ force: true });
  }
}
