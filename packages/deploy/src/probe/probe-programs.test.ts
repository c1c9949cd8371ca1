// The probe programs run for real: the one of this machine's architecture as a process here,
// against servers on 127.0.0.1. (test/integration/probe-programs-arm64.test.ts runs the other
// one under qemu; test/integration/deploy-docker-host.test.ts runs them in a probe container.)
import { execFile } from "node:child_process";
import { chmod, mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer as createHttpServer, type Server } from "node:http";
import { createServer as createTcpServer, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { httpGetRequest, httpProbeProgram, idleProgram, type ProbeArchitecture } from "./probe-programs";
import { httpProbeVerdict } from "./probe-verdict";

const NATIVE: ProbeArchitecture = process.arch === "arm64" ? "aarch64" : "x86_64";

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), "quai-probe-"));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** Writes the program, runs it (bounded), and gives its exit code and stdout. */
async function run(program: Buffer, timeoutMs = 5000): Promise<{ exitCode: number | null; output: string }> {
  const path = join(folder, `program-${Math.random().toString(36).slice(2)}`);
  await writeFile(path, program);
  await chmod(path, 0o755);
  return new Promise((resolve) => {
    execFile(path, { timeout: timeoutMs, encoding: "latin1" }, (error, stdout) => {
      const code = error ? ((error as { code?: unknown }).code ?? null) : 0;
      resolve({ exitCode: typeof code === "number" ? code : null, output: stdout });
    });
  });
}

function listening(server: Server | ReturnType<typeof createTcpServer>): Promise<number> {
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      resolve(typeof address === "object" && address ? address.port : 0);
    }),
  );
}

function probeOf(port: number, path: string, timeoutMs = 2000, expectedStatus?: number): Buffer {
  return httpProbeProgram(NATIVE, {
    address: "127.0.0.1",
    port,
    request: httpGetRequest("127.0.0.1", port, path),
    timeoutMs,
    expectedStatus,
  });
}

describe(`the HTTP probe program (${NATIVE}, run here)`, () => {
  const requests: Array<{ url?: string; host?: string; agent?: string }> = [];
  let http: Server;
  let port: number;
  beforeAll(async () => {
    http = createHttpServer((request, response) => {
      requests.push({ url: request.url, host: request.headers.host, agent: request.headers["user-agent"] });
      response.writeHead(request.url === "/health" ? 204 : 503);
      response.end();
    });
    port = await listening(http);
  });
  afterAll(() => new Promise<void>((resolve) => http.close(() => resolve())));

  it("sends the GET request it was made for and prints the answer's status line", async () => {
    const result = await run(probeOf(port, "/health"));
    expect(result.exitCode).toBe(0);
    expect(result.output).toMatch(/^HTTP\/1\.1 204 No Content\r\n/);
    expect(requests.at(-1)).toEqual({ url: "/health", host: `127.0.0.1:${port}`, agent: "quai-probe" });
    const request = { path: "/health", timeoutMs: 2000 };
    expect(httpProbeVerdict({ ...request, expectedStatus: 204 }, result.exitCode, result.output)).toEqual({
      healthy: true,
    });
    expect(httpProbeVerdict({ ...request, expectedStatus: 200 }, result.exitCode, result.output)).toEqual({
      healthy: false,
      reason: "GET /health answered 204, not 200",
    });
  });

  it("reports another status as it is", async () => {
    const result = await run(probeOf(port, "/other?x=1"));
    expect(result.output).toMatch(/^HTTP\/1\.1 503 /);
    expect(requests.at(-1)?.url).toBe("/other?x=1");
  });

  it("made with an expected status, exits 1 on another one, as a HEALTHCHECK needs", async () => {
    expect(await run(probeOf(port, "/health", 2000, 204))).toMatchObject({ exitCode: 0 });
    expect(await run(probeOf(port, "/other", 2000, 503))).toMatchObject({ exitCode: 0 });
    const other = await run(probeOf(port, "/health", 2000, 200));
    expect(other).toMatchObject({ exitCode: 1, output: expect.stringMatching(/^HTTP\/1\.1 204 /) });
    // The verdict still reads the status, not the exit code.
    expect(
      httpProbeVerdict({ path: "/health", expectedStatus: 200, timeoutMs: 2000 }, 1, other.output),
    ).toEqual({
      healthy: false,
      reason: "GET /health answered 204, not 200",
    });
    expect(() => probeOf(port, "/", 2000, 42)).toThrow("Not an HTTP status: 42");
  });

  it("exits with ECONNREFUSED (111) when nothing listens", async () => {
    const closed = createTcpServer();
    const unusedPort = await listening(closed);
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const result = await run(probeOf(unusedPort, "/health"));
    expect(result).toEqual({ exitCode: 111, output: "" });
    expect(httpProbeVerdict({ path: "/health", expectedStatus: 200, timeoutMs: 2000 }, 111, "")).toEqual({
      healthy: false,
      reason: "GET /health failed: connection refused",
    });
  });

  it("gives up on a server that never answers, after its own timeout (EAGAIN, 11)", async () => {
    const sockets: Socket[] = [];
    const silent = createTcpServer((socket) => sockets.push(socket));
    const silentPort = await listening(silent);
    const result = await run(probeOf(silentPort, "/health", 300));
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => silent.close(() => resolve()));
    expect(result).toEqual({ exitCode: 11, output: "" });
  });

  it("exits 0 with nothing printed when the server closes without answering", async () => {
    const sockets: Socket[] = [];
    const rude = createTcpServer((socket) => {
      sockets.push(socket);
      socket.end();
    });
    const rudePort = await listening(rude);
    const result = await run(probeOf(rudePort, "/health"));
    for (const socket of sockets) socket.destroy();
    await new Promise<void>((resolve) => rude.close(() => resolve()));
    expect(result).toEqual({ exitCode: 0, output: "" });
    expect(httpProbeVerdict({ path: "/health", expectedStatus: 200, timeoutMs: 2000 }, 0, "")).toEqual({
      healthy: false,
      reason: "GET /health got no HTTP answer",
    });
  });

  it("refuses an address that is not IPv4", () => {
    expect(() =>
      httpProbeProgram(NATIVE, { address: "fd00::1", port: 80, request: "", timeoutMs: 1000 }),
    ).toThrow("Not an IPv4 address: fd00::1");
  });
});

describe("the idle program", () => {
  it("runs until it is killed", async () => {
    const result = await run(idleProgram(NATIVE), 300);
    // Killed by execFile's timeout, never exited on its own.
    expect(result.exitCode).toBeNull();
  });
});
