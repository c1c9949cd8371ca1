// push-versioned against faults of real components on the test bed: two pushes of one version at
// once, and a registry proxy on 127.0.0.1 that lies about the digest it stored or tampers with the
// blobs it serves. In every case no tag may name bytes that nobody pushed.

import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { createServer, type IncomingMessage, request, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readOciLayout } from "@quai/oci";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ActionResult, runAction } from "../harness/action-harness";
import { randomLayout } from "../support/random-layout";
import { testbed } from "../support/testbed";

const REGISTRY = testbed.registry.address;
const [REGISTRY_HOST, REGISTRY_PORT] = REGISTRY.split(":") as [string, string];
const ZERO_DIGEST = `sha256:${"0".repeat(64)}`;

type Lie = "digest" | "tamper";

/** Forwards to the test bed's registry, lying the way `lie` says. */
function lyingProxy(lie: Lie): Promise<{ server: Server; address: string }> {
  const server = createServer((incoming: IncomingMessage, outgoing: ServerResponse) => {
    const forwarded = request(
      {
        host: REGISTRY_HOST,
        port: Number(REGISTRY_PORT),
        method: incoming.method,
        path: incoming.url,
        headers: incoming.headers,
      },
      (answer) => {
        const headers = { ...answer.headers };
        const isManifestPut = incoming.method === "PUT" && /\/manifests\//.test(incoming.url ?? "");
        if (lie === "digest" && isManifestPut) headers["docker-content-digest"] = ZERO_DIGEST;
        const isBlobGet = incoming.method === "GET" && /\/blobs\/sha256:/.test(incoming.url ?? "");
        if (lie === "tamper" && isBlobGet && answer.statusCode === 200) {
          const chunks: Buffer[] = [];
          answer.on("data", (chunk: Buffer) => chunks.push(chunk));
          answer.on("end", () => {
            const body = Buffer.concat(chunks);
            if (body.length > 0) body.writeUInt8(body.readUInt8(body.length - 1) ^ 0xff, body.length - 1);
            outgoing.writeHead(200, headers);
            outgoing.end(body);
          });
          return;
        }
        outgoing.writeHead(answer.statusCode ?? 502, headers);
        answer.pipe(outgoing);
      },
    );
    incoming.pipe(forwarded);
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({ server, address: `127.0.0.1:${(server.address() as AddressInfo).port}` }),
    ),
  );
}

async function tagDigest(repository: string, tag: string): Promise<string | undefined> {
  const [registry, ...name] = repository.split("/");
  const response = await fetch(`http://${registry}/v2/${name.join("/")}/manifests/${tag}`, {
    method: "HEAD",
    headers: { accept: "application/vnd.oci.image.manifest.v1+json" },
  });
  return response.ok ? (response.headers.get("docker-content-digest") ?? undefined) : undefined;
}

const unique = (name: string) => `${REGISTRY}/e2e/${name}-${randomBytes(4).toString("hex")}`;

function errorsOf(result: ActionResult): string[] {
  return result.main.annotations
    .filter((annotation) => annotation.level === "error")
    .map(({ message }) => message);
}

let workspace: string;
const proxies: Server[] = [];

beforeAll(() => {
  workspace = mkdtempSync(join(tmpdir(), "quai-push-faults-"));
});

afterAll(() => {
  for (const proxy of proxies) proxy.close();
});

function push(inputs: Record<string, string>): Promise<ActionResult> {
  return runAction("push-versioned", { workspace, inputs: { tags: "{{version}}", ...inputs } });
}

describe("push-versioned: two pushes of one version at once", () => {
  it("lets one win: the other fails naming the winner's digest, and the tag names the winner", async () => {
    const repository = unique("race");
    const [first, second] = [await randomLayout(workspace, 4096), await randomLayout(workspace, 4096)];
    const results = await Promise.all(
      [first, second].map((layout) => push({ "oci-layout": layout, repository, version: "3.0.1" })),
    );
    const winners = results.filter((result) => result.main.exitCode === 0);
    expect(winners, results.map((result) => result.main.log).join("\n")).toHaveLength(1);
    const winner = winners[0]?.main.outputs.digest;
    expect(await tagDigest(repository, "3.0.1")).toBe(winner);
    const loser = results.find((result) => result.main.exitCode !== 0);
    expect(errorsOf(loser as ActionResult).join("\n")).toContain(winner ?? "no winner");
  });
});

describe("push-versioned: a registry that lies", () => {
  it("fails when the registry says it stored the manifest under another digest, naming both", async () => {
    const proxy = await lyingProxy("digest");
    proxies.push(proxy.server);
    const repository = `${proxy.address}/e2e/lying-${randomBytes(4).toString("hex")}`;
    const layout = await randomLayout(workspace, 4096);
    const digest = (await readOciLayout(layout)).manifestDescriptor.digest;
    const result = await push({ "oci-layout": layout, repository, version: "1.0.0" });
    expect(result.main.exitCode).toBe(1);
    expect(errorsOf(result)).toEqual([expect.stringContaining(ZERO_DIGEST)]);
    expect(errorsOf(result)[0]).toContain(digest);
    // The manifest goes up under the version's tag: the registry behind the lie holds our bytes.
    expect([undefined, digest]).toContain(
      await tagDigest(repository.replace(proxy.address, REGISTRY), "1.0.0"),
    );
  });

  it("refuses to promote from a registry that tampers with a blob, writing no tag", async () => {
    const source = unique("tamper-source");
    const pushed = await push({
      "oci-layout": await randomLayout(workspace, 64 * 1024),
      repository: source,
      version: "1.0.0",
    });
    expect(pushed.main.exitCode, pushed.main.log).toBe(0);
    const proxy = await lyingProxy("tamper");
    proxies.push(proxy.server);
    const target = unique("tamper-target");
    const promoted = await push({
      source: `${source.replace(REGISTRY, proxy.address)}@${pushed.main.outputs.digest}`,
      repository: target,
      version: "1.0.0",
    });
    expect(promoted.main.exitCode, promoted.main.log).toBe(1);
    expect(errorsOf(promoted)).toHaveLength(1);
    expect(promoted.main.log).not.toMatch(/\n\s+at /);
    expect(await tagDigest(target, "1.0.0")).toBeUndefined();
  });
});
