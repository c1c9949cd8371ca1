// connectTarget through tcp:// with TLS, given the PEM text of deploy-env's tls-ca, tls-cert and
// tls-key inputs: a TLS front of this test's own, which verifies client certificates as dockerd
// --tlsverify does, relays to this machine's engine. The certificates are made here by openssl.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import {
  connect as connectSocket,
  createServer as createNetServer,
  type Server as NetServer,
  type Socket,
} from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createServer, type Server } from "node:tls";
import { UserError } from "@quai/core";
import { connectTarget } from "@quai/deploy";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const scratch = mkdtempSync(join(tmpdir(), "quai-tls-engine-"));
let front: Server;
let address: string;
/** The engine's API in plain HTTP on a TCP port, as `dockerd -H tcp://…` without TLS serves it. */
let plain: NetServer;

/** Relays a connection to this machine's engine. */
function relayToEngine(socket: Socket): void {
  const engine = connectSocket("/var/run/docker.sock");
  socket.pipe(engine).pipe(socket);
  socket.on("error", () => engine.destroy());
  engine.on("error", () => socket.destroy());
}

function openssl(...args: string[]): void {
  execFileSync("openssl", args, { cwd: scratch, stdio: "ignore" });
}

/** A key and a certificate: self-signed (a CA), or signed by `issuer` with these extensions. */
function certificate(name: string, issuer?: string, extensions = ""): { cert: string; key: string } {
  const newKey = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"];
  if (issuer) {
    openssl("req", ...newKey, "-subj", `/CN=${name}`, "-keyout", `${name}.key`, "-out", `${name}.csr`);
    writeFileSync(join(scratch, `${name}.ext`), extensions);
    openssl(
      ...["x509", "-req", "-in", `${name}.csr`, "-CA", `${issuer}.crt`, "-CAkey", `${issuer}.key`],
      ...["-CAcreateserial", "-days", "2", "-extfile", `${name}.ext`, "-out", `${name}.crt`],
    );
  } else {
    openssl(
      ...["req", "-x509", ...newKey, "-days", "2", "-subj", `/CN=${name}`],
      ...["-keyout", `${name}.key`, "-out", `${name}.crt`],
    );
  }
  return {
    cert: readFileSync(join(scratch, `${name}.crt`), "utf8"),
    key: readFileSync(join(scratch, `${name}.key`), "utf8"),
  };
}

const material: Record<string, { cert: string; key: string }> = {};

beforeAll(async () => {
  material.ca = certificate("ca");
  material.stranger = certificate("stranger");
  material.server = certificate("server", "ca", "subjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth\n");
  material.client = certificate("client", "ca", "extendedKeyUsage=clientAuth\n");
  material.intruder = certificate("intruder", "stranger", "extendedKeyUsage=clientAuth\n");
  front = createServer(
    { ...material.server, ca: material.ca?.cert, requestCert: true, rejectUnauthorized: true },
    relayToEngine,
  );
  await new Promise<void>((resolve) => front.listen(0, "127.0.0.1", resolve));
  plain = createNetServer(relayToEngine);
  await new Promise<void>((resolve) => plain.listen(0, "127.0.0.1", resolve));
  const { port } = front.address() as { port: number };
  address = `tcp://127.0.0.1:${port}`;
});

afterAll(async () => {
  await new Promise((resolve) => front?.close(resolve));
  await new Promise((resolve) => plain?.close(resolve));
  rmSync(scratch, { recursive: true, force: true });
});

/** The step's environment: a RUNNER_TEMP of its own, to see what the connection leaves there. */
function stepEnv(): NodeJS.ProcessEnv {
  const runnerTemp = join(mkdtempSync(join(scratch, "step-")), "runner-temp");
  mkdirSync(runnerTemp);
  return { RUNNER_TEMP: runnerTemp };
}

async function rejection(connecting: Promise<unknown>): Promise<UserError> {
  const error = await connecting.then(
    () => undefined,
    (rejected: unknown) => rejected,
  );
  expect(error).toBeInstanceOf(UserError);
  return error as UserError;
}

function tls(ca: string, client: string) {
  return {
    ca: material[ca]?.cert ?? "",
    cert: material[client]?.cert ?? "",
    key: material[client]?.key ?? "",
  };
}

describe("connectTarget over tcp:// with TLS", () => {
  it("reaches the engine with the CA, certificate and key given as text, and leaves no file of them", async () => {
    const env = stepEnv();
    const { engine, target } = await connectTarget(address, { tls: tls("ca", "client") }, env);

    expect(engine.endpoint).toMatchObject({ kind: "tcp", address, tls: true });
    expect(engine.serverVersion).toMatch(/^\d+\.\d+/);
    expect(await target.serving("tls-engine-test", "nowhere")).toBeUndefined();
    expect(readdirSync(env.RUNNER_TEMP ?? "")).toEqual([]);
  });

  it("refuses an engine whose certificate the given CA did not sign, and says so", async () => {
    const env = stepEnv();
    const error = await rejection(connectTarget(address, { tls: tls("stranger", "client") }, env));

    expect(error.message).toBe(
      `The Docker engine at ${address} failed TLS verification (self-signed certificate in certificate chain, SELF_SIGNED_CERT_IN_CHAIN)`,
    );
    expect(error.hint).toMatch(/^tls-ca \(ca\.pem\) must be the CA that signed the engine's certificate/);
    expect(readdirSync(env.RUNNER_TEMP ?? "")).toEqual([]);
  });

  it("says the engine closed the connection when it refuses a client certificate its CA did not sign", async () => {
    const error = await rejection(connectTarget(address, { tls: tls("ca", "intruder") }, stepEnv()));

    expect(error.message).toMatch(
      new RegExp(`^The Docker engine at ${address} closed the TLS connection \\(`),
    );
    expect(error.hint).toMatch(/check tls-cert and tls-key/);
  });

  it("says the port does not speak TLS when it answers in plain HTTP", async () => {
    const plainPort = (plain.address() as { port: number }).port;
    const error = await rejection(
      connectTarget(`tcp://127.0.0.1:${plainPort}`, { tls: tls("ca", "client") }, stepEnv()),
    );

    expect(error.message).toBe(
      `The Docker engine at tcp://127.0.0.1:${plainPort} does not speak TLS (its answer is not a TLS record)`,
    );
    expect(error.hint).toMatch(/--tlsverify \(2376 by convention\)/);
  });
});
