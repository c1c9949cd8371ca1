// How quai reads images from, and loads them into, each of the test bed's engines: Docker's
// classic image store (uncompressed layers, config-digest ids) and containerd's (gzip layers as
// pulled, manifest or index digest ids, several platforms per image).
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { newRunId, RUN_ID_LABEL } from "@quai/core";
import { connectEngine, type Engine, type EngineInfo, imageStoreOf, readEngineImage } from "@quai/docker";
import {
  buildImageConfig,
  createLayer,
  dockerArchive,
  loadImage,
  sha256Digest,
  tarFromEntries,
} from "@quai/oci";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseImage, type TestbedEngine, testbed } from "../support/testbed";

const execFileAsync = promisify(execFile);
const LINUX_ARM64 = { os: "linux", architecture: "arm64", variant: "v8" };

/** The docker CLI on one engine. */
async function dockerOn(engine: TestbedEngine, ...args: string[]): Promise<string> {
  const { stdout } = await execFileAsync("docker", args, {
    env: { ...process.env, DOCKER_HOST: engine.host },
  });
  return stdout.trim();
}

/** The registry's own manifest of a pinned base: its layer blob digests and its config's diff ids. */
async function registryImage(digestRef: string): Promise<{ layerDigests: string[]; diffIds: string[] }> {
  const [name, digest] = digestRef.replace(`${testbed.registry.address}/`, "").split("@");
  const base = `http://${testbed.registry.address}/v2/${name}`;
  const manifest = (await (
    await fetch(`${base}/manifests/${digest}`, {
      headers: { accept: "application/vnd.docker.distribution.manifest.v2+json" },
    })
  ).json()) as { config: { digest: string }; layers: { digest: string }[] };
  const config = (await (await fetch(`${base}/blobs/${manifest.config.digest}`)).json()) as {
    rootfs: { diff_ids: string[] };
  };
  return { layerDigests: manifest.layers.map((layer) => layer.digest), diffIds: config.rootfs.diff_ids };
}

describe.each(testbed.engines)("the $name engine ($version)", (testbedEngine) => {
  let engine: Engine;
  const runId = newRunId({});
  const tags: string[] = [];

  beforeAll(async () => {
    engine = await connectEngine({ ...process.env, DOCKER_HOST: testbedEngine.host });
    await dockerOn(testbedEngine, "pull", "-q", testbed.platformIndex.digestRef);
  });

  afterAll(async () => {
    for (const tag of tags) await dockerOn(testbedEngine, "rmi", "-f", tag).catch(() => undefined);
  });

  it("is told apart by its image store, and runs linux/amd64", async () => {
    const store = imageStoreOf((await engine.api.info()) as EngineInfo);
    expect(store.kind).toBe(testbedEngine.imageStore);
    expect(store.description).toContain(
      testbedEngine.imageStore === "containerd" ? "containerd image store" : "classic image store",
    );
    expect(store.platform).toMatchObject({ os: "linux", architecture: "amd64" });
  });

  it("gives back a base image's layers, which hash to its registry config's diff ids", async () => {
    const pinned = baseImage("base/node:18");
    const image = await readEngineImage(engine.api, pinned);
    const registry = await registryImage(pinned);
    expect(image.layers.map(({ tar }) => sha256Digest(tar))).toEqual(registry.diffIds);
    if (testbedEngine.imageStore === "containerd") {
      // As pulled: the registry's own blobs, so a push or a build reuses their digests.
      expect(image.layers.map(({ gzip }) => gzip && sha256Digest(gzip))).toEqual(registry.layerDigests);
    } else {
      expect(image.layers.every(({ gzip }) => gzip === undefined)).toBe(true);
    }
  });

  it("reads its own platform's image out of a two-platform index", async () => {
    const image = await readEngineImage(engine.api, testbed.platformIndex.digestRef, {
      platform: { os: "linux", architecture: "amd64" },
    });
    expect(image.configJson.architecture).toBe("amd64");
  });

  it("reads the arm64 image once it holds it, or says in one line that it holds only amd64", async () => {
    if (testbedEngine.imageStore === "containerd") {
      await dockerOn(
        testbedEngine,
        "pull",
        "-q",
        "--platform",
        "linux/arm64",
        testbed.platformIndex.digestRef,
      );
      const image = await readEngineImage(engine.api, testbed.platformIndex.digestRef, {
        platform: LINUX_ARM64,
      });
      expect(image.configJson).toMatchObject({ architecture: "arm64", variant: "v8" });
    } else {
      // The classic store holds one platform under a name: the one it pulled.
      await expect(
        readEngineImage(engine.api, testbed.platformIndex.digestRef, { platform: LINUX_ARM64 }),
      ).rejects.toThrowError(
        /^quai cannot read 127\.0\.0\.1:5000\/base\/debian@sha256:\w+ from the engine \(Docker 20\.10\.\S+, classic image store \(overlay2\)\): The image is linux\/amd64, not linux\/arm64\/v8$/,
      );
    }
  });

  it("keeps an image loaded without its base's layers whole only where its store looks layers up by chain", async () => {
    const base = await readEngineImage(engine.api, baseImage("base/debian:bookworm-slim"));
    const baseLayers = await Promise.all(base.layers.map(({ tar }) => createLayer(tar)));
    const app = await createLayer(
      await tarFromEntries(
        [{ path: "hello.txt", type: "file", mode: 0o644, content: `hello ${runId}\n` }],
        1,
      ),
    );
    const layers = [...baseLayers, app];
    const config = buildImageConfig({
      platform: base.platform,
      epoch: 1,
      config: {
        Env: base.configJson.config?.Env,
        Cmd: ["cat", "/hello.txt"],
        Labels: { [RUN_ID_LABEL]: runId },
      },
      layers: layers.map(({ diffId }) => ({ diffId, createdBy: "test" })),
    });
    const tag = `quai-test/short-archive:${runId.toLowerCase()}`;
    tags.push(tag);
    const short = dockerArchive({
      config: config.bytes,
      layers,
      repoTags: [tag],
      layersInEngine: baseLayers.length,
    });
    const whole = dockerArchive({ config: config.bytes, layers, repoTags: [tag] });
    await loadImage(engine.api, short);
    if (testbedEngine.imageStore === "containerd") {
      // containerd's store takes the short archive and runs it (its snapshots are found by chain),
      // but keeps the empty files as the base's layer blobs: a later save or push of the image
      // would be broken. That is why quai sends it the whole image.
      await expect(readEngineImage(engine.api, tag)).rejects.toThrowError(
        /containerd image store.*hashes to sha256:e3b0c442/,
      );
      await loadImage(engine.api, whole);
    }
    const loaded = await readEngineImage(engine.api, tag);
    expect(loaded.layers.map(({ tar }) => sha256Digest(tar))).toEqual(layers.map(({ diffId }) => diffId));
    expect(await dockerOn(testbedEngine, "run", "--rm", tag)).toBe(`hello ${runId}`);
  });
});
