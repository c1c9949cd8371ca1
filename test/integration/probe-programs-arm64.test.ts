// The arm64 probe programs, run under the test bed's qemu-aarch64 (scripts/testbed installs it):
// the same cases as the native ones in packages/deploy/src/probe/probe-programs.test.ts.
import { execFile } from "node:child_process";
import { chmod, mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer as createHttpServer, type Server } from "node:http";
import { createServer as createTcpServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { httpGetRequest, httpProbeProgram, idleProgram } from "@quai/deploy";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

let folder: string;
let http: Server;
let port: number;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "quai-probe-arm64-"));
  http = createHttpServer((request, response) => {
    response.writeHead(request.url === "/health" ? 200 : 404);
    response.end("ok");
  });
  port = await new Promise<number>((resolve) =>
    http.listen(0, "127.0.0.1", () => resolve((http.address() as { port: number }).port)),
  );
});

afterAll(async () => {
  await new Promise<void>((resolve) => http.close(() => resolve()));
  await rm(folder, { recursive: true, force: true });
});

async function underQemu(
  program: Buffer,
  timeoutMs = 10_000,
): Promise<{ exitCode: number | null; output: string }> {
  const path = join(folder, `program-${Math.random().toString(36).slice(2)}`);
  await writeFile(path, program);
  await chmod(path, 0o755);
  return new Promise((resolve) => {
    execFile("qemu-aarch64", [path], { timeout: timeoutMs, encoding: "latin1" }, (error, stdout) => {
      const code = error ? ((error as { code?: unknown }).code ?? null) : 0;
      resolve({ exitCode: typeof code === "number" ? code : null, output: stdout });
    });
  });
}

const probe = (targetPort: number, path: string, expectedStatus?: number) =>
  httpProbeProgram("aarch64", {
    address: "127.0.0.1",
    port: targetPort,
    request: httpGetRequest("127.0.0.1", targetPort, path),
    timeoutMs: 2000,
    expectedStatus,
  });

describe("the arm64 probe programs", () => {
  it("fetch the path and print the status line", async () => {
    expect(await underQemu(probe(port, "/health"))).toMatchObject({
      exitCode: 0,
      output: expect.stringMatching(/^HTTP\/1\.1 200 OK\r\n/),
    });
    expect((await underQemu(probe(port, "/missing"))).output).toMatch(/^HTTP\/1\.1 404 /);
  });

  it("made with an expected status, exit 1 on another one", async () => {
    expect((await underQemu(probe(port, "/health", 200))).exitCode).toBe(0);
    expect((await underQemu(probe(port, "/missing", 404))).exitCode).toBe(0);
    expect((await underQemu(probe(port, "/missing", 200))).exitCode).toBe(1);
  });

  it("exit with ECONNREFUSED (111) when nothing listens", async () => {
    const closed = createTcpServer();
    const unused = await new Promise<number>((resolve) =>
      closed.listen(0, "127.0.0.1", () => resolve((closed.address() as { port: number }).port)),
    );
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    expect(await underQemu(probe(unused, "/health"))).toEqual({ exitCode: 111, output: "" });
  });

  it("idle runs until it is killed", async () => {
    expect((await underQemu(idleProgram("aarch64"), 1000)).exitCode).toBeNull();
  });
});
