// push-versioned through the action harness, against the test bed's real registries: anonymous
// (5000), htpasswd (5001) and token auth (5002, with the token service of test/support). The
// image under test is the node example app, built once by build-minimal-image.
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { cpSync, mkdtempSync, writeFileSync } from "node:fs";
import { type AddressInfo, connect, createServer, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { poll } from "@quai/core";
import { MEDIA_TYPES, readOciLayout } from "@quai/oci";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ActionResult, runAction, startAction } from "../harness/action-harness";
import { randomLayout } from "../support/random-layout";
import { baseImage, testbed, workspaceWith } from "../support/testbed";
import { startTokenService, type TokenService, tokenRegistry } from "../support/token-service";

const ANONYMOUS = testbed.registry.address;
const BASIC = testbed.authRegistry;
const SOURCE_DATE_EPOCH = "1763800000";
const ENGINE_IMAGE = "quai-e2e/push-node-app:test";
const DIGEST = /^sha256:[0-9a-f]{64}$/;

let workspace: string;
let built: ActionResult["main"]["outputs"];

const uniqueRepository = (registry: string, name: string) =>
  `${registry}/e2e/${name}-${randomBytes(4).toString("hex")}`;

function push(inputs: Record<string, string>, env: Record<string, string> = {}): Promise<ActionResult> {
  return runAction("push-versioned", { workspace, env, inputs });
}

function errorOf(result: ActionResult): string {
  const errors = result.main.annotations.filter((annotation) => annotation.level === "error");
  expect(errors, result.main.log).toHaveLength(1);
  expect(result.main.log).not.toMatch(/\n\s+at /);
  return errors[0]?.message ?? "";
}

/** Reads the registry directly (anonymous, or basic with the test bed's user). */
async function registryGet(registry: string, path: string, accept?: string): Promise<Response> {
  const headers: Record<string, string> = accept ? { accept } : {};
  if (registry === BASIC.address) {
    headers.authorization = `Basic ${Buffer.from(`${BASIC.username}:${BASIC.password}`).toString("base64")}`;
  }
  return fetch(`http://${registry}/v2/${path}`, { headers });
}

async function tagDigest(repository: string, tag: string): Promise<string | undefined> {
  const [registry, ...name] = repository.split("/");
  const response = await registryGet(
    registry ?? "",
    `${name.join("/")}/manifests/${tag}`,
    `${MEDIA_TYPES.manifest}, ${MEDIA_TYPES.index}`,
  );
  await response.arrayBuffer();
  return response.ok ? (response.headers.get("docker-content-digest") ?? undefined) : undefined;
}

async function tagsOf(repository: string): Promise<string[]> {
  const [registry, ...name] = repository.split("/");
  const response = await registryGet(registry ?? "", `${name.join("/")}/tags/list`);
  if (response.status === 404) return [];
  return ((await response.json()) as { tags: string[] | null }).tags ?? [];
}

beforeAll(async () => {
  workspace = workspaceWith("node-app");
  const build = await runAction("build-minimal-image", {
    workspace,
    env: { SOURCE_DATE_EPOCH },
    inputs: {
      context: "app",
      "base-image": baseImage("base/node:18"),
      "builder-image": baseImage("base/node:18-build"),
      image: ENGINE_IMAGE,
      output: "build/oci",
      // Empty, so the base's layers come from its registry as stored (the mounts below need that).
      "cache-dir": join(workspace, "build-cache"),
    },
  });
  expect(build.main.exitCode, build.main.log).toBe(0);
  built = build.main.outputs;
}, 600_000);

describe("push-versioned: a build to the anonymous registry", () => {
  const repository = uniqueRepository(ANONYMOUS, "app");
  let first: ActionResult;

  beforeAll(async () => {
    first = await push({ "oci-layout": "build/oci", repository, version: "1.0.0" });
  });

  it("pushes the built digest under the version and its floating tags", async () => {
    expect(first.main.exitCode, first.main.log).toBe(0);
    expect(first.main.outputs.digest).toBe(built.digest);
    expect(first.main.outputs).toMatchObject({
      version: "1.0.0",
      tags: "1.0.0\n1.0\n1\nlatest",
      "image-ref": `${repository}@${built.digest}`,
    });
    expect(Number(first.main.outputs["pushed-bytes"])).toBeGreaterThan(0);
    for (const tag of ["1.0.0", "1.0", "1", "latest"])
      expect(await tagDigest(repository, tag)).toBe(built.digest);
    expect(first.main.summary).toContain("Released 1.0.0");
  });

  it("mounts the base's layers from the base's repository in the same registry instead of uploading them", async () => {
    const [, ...base] = (baseImage("base/node:18").split("@")[0] ?? "").split("/");
    const response = await registryGet(
      ANONYMOUS,
      `${base.join("/")}/manifests/${baseImage("base/node:18").split("@")[1]}`,
      "application/vnd.docker.distribution.manifest.v2+json, application/vnd.oci.image.manifest.v1+json",
    );
    const baseLayers = ((await response.json()) as { layers: { size: number }[] }).layers;
    expect(first.main.outputs["mounted-blobs"]).toBe(String(baseLayers.length));
    const layout = await readOciLayout(join(workspace, "build/oci"));
    const layoutBytes = [layout.manifest.config, ...layout.manifest.layers].reduce(
      (sum, blob) => sum + blob.size,
      0,
    );
    const baseBytes = baseLayers.reduce((sum, layer) => sum + layer.size, 0);
    expect(Number(first.main.outputs["pushed-bytes"])).toBe(layoutBytes - baseBytes);
  });

  it("attaches the build's SBOM under the referrers fallback tag (registry 2.8 has no referrers API)", async () => {
    const [, ...name] = repository.split("/");
    const response = await registryGet(
      ANONYMOUS,
      `${name.join("/")}/manifests/${(built.digest ?? "").replace(":", "-")}`,
      MEDIA_TYPES.index,
    );
    expect(response.status).toBe(200);
    const index = (await response.json()) as { manifests: { artifactType: string }[] };
    expect(index.manifests).toEqual([
      expect.objectContaining({ artifactType: "application/vnd.cyclonedx+json" }),
    ]);
  });

  it("re-runs as a no-op success: nothing uploaded, tags unchanged", async () => {
    const again = await push({ "oci-layout": "build/oci", repository, version: "1.0.0" });
    expect(again.main.exitCode, again.main.log).toBe(0);
    expect(again.main.outputs.digest).toBe(built.digest);
    expect(again.main.outputs["pushed-bytes"]).toBe("0");
    expect(again.main.summary).toContain("already there (same digest)");
  });

  it("refuses to move an existing version to other bytes, naming both digests", async () => {
    const other = await randomLayout(workspace, 1024);
    const refused = await push({ "oci-layout": other, repository, version: "1.0.0" });
    expect(refused.main.exitCode).toBe(1);
    const otherDigest = (await readOciLayout(other)).manifestDescriptor.digest;
    expect(errorOf(refused)).toBe(
      `${repository}:1.0.0 already exists as ${built.digest}; refusing to move it to ${otherDigest}. A released version is immutable: release a new version instead`,
    );
    expect(await tagDigest(repository, "1.0.0")).toBe(built.digest);
    expect(await tagDigest(repository, "latest")).toBe(built.digest);
  });

  it("promotes the release to another repository by mounting, with zero blob bytes uploaded", async () => {
    const target = uniqueRepository(ANONYMOUS, "promoted");
    const promoted = await push({
      source: `${repository}@${built.digest}`,
      repository: target,
      version: "1.0.0",
    });
    expect(promoted.main.exitCode, promoted.main.log).toBe(0);
    expect(promoted.main.outputs.digest).toBe(built.digest);
    expect(promoted.main.outputs["pushed-bytes"]).toBe("0");
    expect(Number(promoted.main.outputs["mounted-blobs"])).toBeGreaterThan(0);
    expect(await tagDigest(target, "1.0.0")).toBe(built.digest);
  });

  it("promotes to another registry, streaming the blobs, with the same digest", async () => {
    const target = uniqueRepository(BASIC.address, "promoted");
    const promoted = await push({
      source: `${repository}@${built.digest}`,
      repository: target,
      username: BASIC.username,
      password: BASIC.password,
      tags: "{{version}}",
      version: "1.0.0",
    });
    expect(promoted.main.exitCode, promoted.main.log).toBe(0);
    expect(promoted.main.outputs.digest).toBe(built.digest);
    expect(await tagDigest(target, "1.0.0")).toBe(built.digest);
  });
});

describe("push-versioned: latest follows semver, not push order", () => {
  it("leaves latest and 1 on 1.10.0 when 1.2.0 is pushed after it", async () => {
    const repository = uniqueRepository(ANONYMOUS, "order");
    const older = await randomLayout(workspace, 1024);
    const newer = await push({ "oci-layout": "build/oci", repository }, { GITHUB_REF: "refs/tags/v1.10.0" });
    expect(newer.main.outputs.version, newer.main.log).toBe("1.10.0");
    const late = await push({ "oci-layout": older, repository, version: "1.2.0" });
    expect(late.main.exitCode, late.main.log).toBe(0);
    expect(late.main.outputs.tags).toBe("1.2.0\n1.2");
    expect(late.main.summary).toContain("kept on a higher version");
    expect(await tagDigest(repository, "latest")).toBe(built.digest);
    expect(await tagDigest(repository, "1")).toBe(built.digest);
    expect(await tagDigest(repository, "1.2")).toBe(late.main.outputs.digest);
  });
});

describe("push-versioned: a local engine image", () => {
  it("exports the image and pushes it without a layout", async () => {
    const repository = uniqueRepository(ANONYMOUS, "engine");
    const result = await push({ image: ENGINE_IMAGE, repository, version: "0.1.0-rc.1" });
    expect(result.main.exitCode, result.main.log).toBe(0);
    expect(result.main.outputs.digest).toMatch(DIGEST);
    // A pre-release gets no floating tag.
    expect(result.main.outputs.tags).toBe("0.1.0-rc.1");
  });
});

describe("push-versioned: authentication", () => {
  let tokens: TokenService;
  beforeAll(async () => {
    tokens = await startTokenService();
  });
  afterAll(() => tokens.close());

  it("pushes with basic auth", async () => {
    const repository = uniqueRepository(BASIC.address, "basic");
    const result = await push({
      "oci-layout": "build/oci",
      repository,
      version: "1.0.0",
      username: BASIC.username,
      password: BASIC.password,
    });
    expect(result.main.exitCode, result.main.log).toBe(0);
    expect(await tagDigest(repository, "latest")).toBe(built.digest);
    expect(result.main.masks).toContain(BASIC.password);
  });

  it("shows a wrong password as 401 with the registry's message, never the password", async () => {
    const repository = uniqueRepository(BASIC.address, "basic");
    const result = await push({
      "oci-layout": "build/oci",
      repository,
      version: "1.0.0",
      username: BASIC.username,
      password: "wrong-secret",
    });
    expect(result.main.exitCode).toBe(1);
    const message = errorOf(result);
    expect(message).toMatch(
      /^127\.0\.0\.1:5001 refused to .+ \(401 Unauthorized: UNAUTHORIZED: authentication required\)/,
    );
    expect(message).not.toContain("wrong-secret");
  });

  it("pushes through the bearer token flow", async () => {
    const repository = uniqueRepository(tokenRegistry.address, "bearer");
    const result = await push({
      "oci-layout": "build/oci",
      repository,
      version: "1.0.0",
      username: BASIC.username,
      password: BASIC.password,
    });
    expect(result.main.exitCode, result.main.log).toBe(0);
    expect(result.main.outputs.digest).toBe(built.digest);
    const name = repository.split("/").slice(1).join("/");
    expect(tokens.issued.flat()).toContain(`repository:${name}:pull,push`);
  });

  it("refuses the token service's 401 for a wrong password, with its message", async () => {
    const repository = uniqueRepository(tokenRegistry.address, "bearer");
    const result = await push({
      "oci-layout": "build/oci",
      repository,
      version: "1.0.0",
      username: BASIC.username,
      password: "wrong-secret",
    });
    expect(result.main.exitCode).toBe(1);
    expect(errorOf(result)).toMatch(/\(401 Unauthorized: UNAUTHORIZED: invalid username or password\)/);
  });
});

describe("push-versioned: bad input and failures", () => {
  it.each([
    [{ repository: "127.0.0.1:5000/Bad Name" }, /^Invalid repository: "127\.0\.0\.1:5000\/Bad Name"/],
    [{ version: "1.2" }, /^Invalid version: "1\.2" \(not a semantic version\)/],
    [
      { tags: "{{version}}\n{{bogus}}" },
      /^Invalid tags: "\{\{bogus\}\}" \(unknown placeholder \{\{bogus\}\}\)/,
    ],
    [
      { tags: "-{{version}}" },
      /^Invalid tags: "-\{\{version\}\}" \(it expands to "-1\.0\.0", which is not a valid tag\)/,
    ],
  ])("refuses %j with one line", async (override, message) => {
    const result = await push({
      "oci-layout": "build/oci",
      repository: `${ANONYMOUS}/e2e/bad`,
      version: "1.0.0",
      ...override,
    });
    expect(result.main.exitCode).toBe(1);
    expect(errorOf(result)).toMatch(message);
  });

  it("fails clearly on an unreachable registry, after retries", async () => {
    const result = await push({
      "oci-layout": "build/oci",
      repository: "127.0.0.1:5999/e2e/app",
      version: "1.0.0",
    });
    expect(result.main.exitCode).toBe(1);
    expect(errorOf(result)).toMatch(
      /^Could not reach 127\.0\.0\.1:5999 to .+ \(ECONNREFUSED\) \(after 5 tries/,
    );
  });

  it("refuses a layout whose blob does not match its digest, before any upload", async () => {
    const repository = uniqueRepository(ANONYMOUS, "damaged");
    const damaged = join(mkdtempSync(join(workspace, "damaged-")), "oci");
    cpSync(join(workspace, "build/oci"), damaged, { recursive: true });
    const layout = await readOciLayout(damaged);
    const layer = layout.manifest.layers.at(-1)?.digest ?? "";
    writeFileSync(layout.blobPath(layer), randomBytes(layout.manifest.layers.at(-1)?.size ?? 0));
    const result = await push({ "oci-layout": damaged, repository, version: "1.0.0" });
    expect(result.main.exitCode).toBe(1);
    expect(errorOf(result)).toMatch(
      new RegExp(`^Blob ${layer} \\(layer \\d+ of \\d+\\) of the OCI layout at .+ does not match its digest`),
    );
    expect(await tagsOf(repository)).toEqual([]);
  });
});

describe("push-versioned: a registry killed mid-upload", () => {
  const registryPort = 5009;
  const storage = mkdtempSync(join(tmpdir(), "quai-killed-registry-"));
  let registry: ChildProcess | undefined;
  let proxy: PausingProxy | undefined;

  const startRegistry = async () => {
    const address = `127.0.0.1:${registryPort}`;
    const config = join(storage, "config.yml");
    writeFileSync(
      config,
      `version: 0.1\nlog:\n  level: error\nstorage:\n  filesystem:\n    rootdirectory: ${storage}/data\nhttp:\n  addr: ${address}\n  secret: quai-e2e\n`,
    );
    registry = spawn("/usr/bin/docker-registry", ["serve", config], { stdio: "ignore" });
    await poll(
      async () => {
        const answer = await fetch(`http://${address}/v2/`).catch(() => undefined);
        return answer?.ok ? { done: true, value: undefined } : { done: false, reason: "not answering yet" };
      },
      { what: `the registry on ${address}`, timeoutMs: 20_000, intervalMs: 100 },
    );
  };

  afterAll(() => {
    registry?.kill("SIGKILL");
    proxy?.close();
  });

  it("ends with the whole release after a retry, or fails with no tag written", async () => {
    await startRegistry();
    // The push goes through a proxy that holds the upload still once 16 MiB have passed, so the
    // registry is always killed mid-upload, however fast this machine moves the rest.
    proxy = await startPausingProxy(registryPort, 16 * 1024 * 1024);
    const repository = `127.0.0.1:${proxy.port}/e2e/killed`;
    const layout = await randomLayout(workspace, 192 * 1024 * 1024);
    const run = startAction("push-versioned", {
      workspace,
      inputs: { "oci-layout": layout, repository, version: "1.0.0" },
    });
    await proxy.paused;
    registry?.kill("SIGKILL");
    await new Promise((resolve) => setTimeout(resolve, 500));
    await startRegistry();
    const result = await run.result;
    const layoutDigest = (await readOciLayout(layout)).manifestDescriptor.digest;
    if (result.main.exitCode === 0) {
      expect(await tagDigest(repository, "1.0.0")).toBe(layoutDigest);
      expect(result.main.log, result.main.log).toMatch(/: upload try 2/);
    } else {
      expect(await tagsOf(repository)).toEqual([]);
    }
  });
});

interface PausingProxy {
  port: number;
  /** Settles when the first connection has sent `pauseAfterBytes` and is held. */
  paused: Promise<void>;
  close(): void;
}

/**
 * A TCP proxy on 127.0.0.1 to `targetPort`. Once one connection has sent more than
 * `pauseAfterBytes`, it stops reading from it (the sender blocks) until its upstream goes away,
 * then drops it. Later connections pass straight through.
 */
async function startPausingProxy(targetPort: number, pauseAfterBytes: number): Promise<PausingProxy> {
  let held = false;
  let onPaused: () => void = () => {};
  const paused = new Promise<void>((resolve) => {
    onPaused = resolve;
  });
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = connect(targetPort, "127.0.0.1");
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on("close", () => sockets.delete(socket));
      socket.on("error", () => {});
    }
    let sent = 0;
    client.on("data", (chunk: Buffer) => {
      sent += chunk.length;
      upstream.write(chunk);
      if (!held && sent > pauseAfterBytes) {
        held = true;
        client.pause();
        onPaused();
      }
    });
    upstream.on("data", (chunk: Buffer) => client.write(chunk));
    client.on("close", () => upstream.destroy());
    upstream.on("close", () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as AddressInfo).port,
    paused,
    close: () => {
      for (const socket of sockets) socket.destroy();
      server.close();
    },
  };
}
