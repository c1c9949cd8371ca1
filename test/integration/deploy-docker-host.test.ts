// The Docker-host deploy target and the engine lease against the test bed's real engine: releases
// of a tiny node app behind a real nginx proxy, reached only through ports published on 127.0.0.1.
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { get } from "node:http";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { poll, type Reporter, systemClock, UserError } from "@quai/core";
import {
  type DeployPlan,
  dockerHostTarget,
  engineLeaseStore,
  type HealthProbe,
  LABEL_PREFIX,
  type LeaseHolder,
  ReleaseFailedError,
  type Variable,
} from "@quai/deploy";
import { connectEngine, type Engine, listRunResources } from "@quai/docker";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeTestCertificates } from "../../packages/deploy/src/testing/test-certificates";
import { freePort } from "../support/free-port";
import { baseImage, docker, pushDeployFixture, testbed } from "../support/testbed";

const execFileAsync = promisify(execFile);
const REPOSITORY = `${testbed.registry.address}/quai-it/deploy-app`;
const ENVIRONMENT = "it";
const HTTP_PROBE: HealthProbe = { kind: "http", path: "/health", expectedStatus: 200 };

const apps: string[] = [];
const images: Record<string, string> = {};
let engine: Engine;

function listeningServer(port: number): Promise<Server> {
  const server = createServer();
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(server)));
}

/** The body of GET / on a published port, on a connection of its own (a reload closes idle ones). */
function fetchVersion(port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const request = get({ host: "127.0.0.1", port, path: "/", agent: false, timeout: 5000 }, (response) => {
      let body = "";
      response.on("data", (chunk: Buffer) => {
        body += chunk.toString("utf8");
      });
      response.on("end", () => resolve(`${response.statusCode} ${body}`));
    });
    request.on("timeout", () => request.destroy(new Error("no answer within 5 s")));
    request.on("error", reject);
  });
}

const silentReporter: Reporter = {
  info: () => undefined,
  warning: () => undefined,
  group: (_name, work) => work(),
};

function newApp(): string {
  const app = `dh-${randomBytes(3).toString("hex")}`;
  apps.push(app);
  return app;
}

interface ReleaseOptions {
  tls?: DeployPlan["tls"];
  proxyImage?: string;
  strategy?: DeployPlan["strategy"];
  probe?: HealthProbe;
  timeoutMs?: number;
  variables?: Variable[];
}

function plan(app: string, port: number, version: string, options: ReleaseOptions = {}): DeployPlan {
  const image = images[version];
  if (!image) throw new Error(`no test image of ${version}`);
  const digest = image.slice(image.indexOf("@") + 1);
  const deployId = randomBytes(4).toString("hex");
  return {
    release: { app, version, image, digest, commit: "0000000" },
    environment: ENVIRONMENT,
    strategy: options.strategy ?? "blue-green",
    health: {
      probe: options.probe ?? HTTP_PROBE,
      successes: 2,
      intervalMs: 250,
      timeoutMs: options.timeoutMs ?? 30_000,
    },
    containerPort: 3000,
    publish: `127.0.0.1:${port}`,
    variables: options.variables ?? [],
    labels: {
      app,
      environment: ENVIRONMENT,
      version,
      digest,
      commit: "0000000",
      "deploy-id": deployId,
      "deployed-at": new Date().toISOString(),
      actor: "integration-test",
    },
    confinement: { capAdd: [], readOnly: false, pids: 4096 },
    retain: 2,
    drainMs: 300,
    proxyImage: options.proxyImage ?? baseImage("base/nginx:1.22"),
    tls: options.tls,
    runId: `it-run-${deployId}`,
  };
}

async function containerState(name: string): Promise<string> {
  return docker("inspect", "--format", "{{.State.Status}}", name);
}

async function containersOf(app: string): Promise<string[]> {
  const names = await docker(
    "ps",
    "-a",
    "--filter",
    `label=${LABEL_PREFIX}.app=${app}`,
    "--format",
    "{{.Names}}",
  );
  return names ? names.split("\n").sort() : [];
}

beforeAll(async () => {
  engine = await connectEngine();
  for (const version of ["1.0.0", "2.0.0"]) images[version] = await pushDeployFixture(REPOSITORY, version);
  for (const version of ["1.0.0-plain", "2.0.0-plain"])
    images[version] = await pushDeployFixture(REPOSITORY, version, "Dockerfile.plain");
});

afterAll(async () => {
  for (const app of apps) {
    const ids = await docker("ps", "-aq", "--filter", `label=${LABEL_PREFIX}.app=${app}`);
    const leases = await docker("ps", "-aq", "--filter", `label=io.github.quai.lease.app=${app}`);
    const all = [...ids.split("\n"), ...leases.split("\n")].filter(Boolean);
    if (all.length > 0) await docker("rm", "-f", ...all);
    await docker("network", "rm", `quai-${app}-${ENVIRONMENT}`).catch(() => undefined);
  }
  await docker("rmi", ...Object.keys(images).map((version) => `${REPOSITORY}:${version}`)).catch(
    () => undefined,
  );
  for (const app of apps) {
    expect(await containersOf(app)).toEqual([]);
    expect(await docker("network", "ls", "-q", "--filter", `name=quai-${app}-`)).toBe("");
  }
});

describe("dockerHostTarget on the test bed's engine", () => {
  it("blue-green: v1, then v2 takes over with no failed request; v1 is kept stopped", async () => {
    const target = dockerHostTarget(engine);
    const [app, port] = [newApp(), await freePort()];

    const first = await target.deploy(plan(app, port, "1.0.0"), silentReporter);
    expect(first).toMatchObject({ serving: { version: "1.0.0" }, reused: false });
    expect(await fetchVersion(port)).toBe("200 1.0.0");
    const proxy = `quai-${app}-${ENVIRONMENT}-proxy`;
    expect(await docker("inspect", "--format", "{{.Config.User}}", proxy)).toBe("65534:65534");
    const processUsers = (await docker("top", proxy, "-o", "pid,user")).split("\n").slice(1);
    expect(processUsers.map((line) => line.trim().split(/\s+/)[1])).not.toContain("root");

    // Requests while v2 goes live: every one is answered, by v1 or by v2.
    const answers: string[] = [];
    let deploying = true;
    const traffic = (async () => {
      for (let sent = 0; deploying && sent < 2000; sent++) answers.push(await fetchVersion(port));
    })();
    const second = await target.deploy(plan(app, port, "2.0.0"), silentReporter).finally(() => {
      deploying = false;
    });
    await traffic;

    expect(second).toMatchObject({ serving: { version: "2.0.0" }, previous: { version: "1.0.0" } });
    expect(new Set(answers.filter((answer) => answer !== "200 1.0.0" && answer !== "200 2.0.0"))).toEqual(
      new Set(),
    );
    expect(await fetchVersion(port)).toBe("200 2.0.0");
    expect(await containerState(first.serving.id)).toBe("exited");
    expect(await target.serving(app, ENVIRONMENT)).toMatchObject({ version: "2.0.0", id: second.serving.id });
  });

  it("probes an image with no shell and no HTTP client from outside it, and leaves no probe container", async () => {
    const target = dockerHostTarget(engine);
    const [app, port] = [newApp(), await freePort()];
    const image = images["1.0.0-plain"] ?? "";
    await expect(docker("run", "--rm", "--entrypoint", "/bin/sh", image, "-c", "true")).rejects.toThrow();

    const lines: string[] = [];
    const reporter: Reporter = { ...silentReporter, info: (line) => lines.push(line) };
    await target.deploy(plan(app, port, "1.0.0-plain"), reporter);
    expect(await fetchVersion(port)).toBe("200 1.0.0-plain");
    await target.deploy(plan(app, port, "2.0.0-plain"), reporter);
    expect(await fetchVersion(port)).toBe("200 2.0.0-plain");
    expect(lines).toContain("Check 2: passed (2 of 2 in a row)");
    expect(
      await docker(
        "ps",
        "-aq",
        "--filter",
        `label=${LABEL_PREFIX}.role=probe`,
        "--filter",
        `label=${LABEL_PREFIX}.app=${app}`,
      ),
    ).toBe("");

    // The probe sees the app's own answer, not only that a port is open.
    const unhealthy = plan(app, port, "1.0.0-plain", {
      variables: [{ name: "MODE", value: "unhealthy", secret: false }],
      timeoutMs: 3000,
    });
    await expect(target.deploy(unhealthy, silentReporter)).rejects.toThrow(
      /GET \/health answered 500, not 200/,
    );
    expect(await fetchVersion(port)).toBe("200 2.0.0-plain");
  });

  it("TLS: serves HTTPS with the environment's certificate and redirects plain HTTP to it", async () => {
    const target = dockerHostTarget(engine);
    const [app, port, httpPort] = [newApp(), await freePort(), await freePort()];
    const certificates = makeTestCertificates();
    const tls = {
      certificate: certificates.certificatePem,
      key: certificates.keyPem,
      redirectHttp: `127.0.0.1:${httpPort}`,
    };
    await target.deploy(plan(app, port, "1.0.0-plain", { tls }), silentReporter);

    const folder = mkdtempSync(join(tmpdir(), "quai-tls-it-"));
    try {
      writeFileSync(join(folder, "ca.pem"), certificates.caPem);
      const curl = (...args: string[]) =>
        execFileAsync("curl", ["-sS", "--max-time", "5", ...args]).then((result) => result.stdout);
      // Verified against the CA made in this test, on 127.0.0.1 only.
      expect(await curl("--cacert", join(folder, "ca.pem"), `https://127.0.0.1:${port}/`)).toBe(
        "1.0.0-plain",
      );
      const redirect = await curl("-i", `http://127.0.0.1:${httpPort}/some/path?q=1`);
      expect(redirect).toMatch(/^HTTP\/1\.1 308 /);
      expect(redirect).toContain(`Location: https://127.0.0.1:${port}/some/path?q=1`);
      // A client that does not trust the CA is refused.
      await expect(curl(`https://127.0.0.1:${port}/`)).rejects.toThrow(/certificate/);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }

    // Turning TLS off later cannot silently keep the old ports: refused with the command to run.
    await expect(target.deploy(plan(app, port, "2.0.0-plain"), silentReporter)).rejects.toThrow(
      /serves with TLS https, http on 127\.0\.0\.1:\d+, but quai\.yml now says off/,
    );
  });

  it("refuses a proxy image without nginx, and leaves nothing", async () => {
    const target = dockerHostTarget(engine);
    const [app, port] = [newApp(), await freePort()];
    const notNginx = plan(app, port, "1.0.0-plain", { proxyImage: baseImage("base/debian:bookworm-slim") });
    await expect(target.deploy(notNginx, silentReporter)).rejects.toThrow(
      /^The proxy image .* has no nginx to run$/,
    );
    expect(await containersOf(app)).toEqual([]);
  });

  it("a release that crashes at start never takes traffic: removed, v1 still serves, its log in the error", async () => {
    const target = dockerHostTarget(engine);
    const [app, port] = [newApp(), await freePort()];
    await target.deploy(plan(app, port, "1.0.0"), silentReporter);
    const before = await containersOf(app);

    const crashing = plan(app, port, "2.0.0", {
      variables: [
        { name: "MODE", value: "crash", secret: false },
        { name: "API_TOKEN", value: "it-secret-value", secret: true },
      ],
    });
    const error = (await target
      .deploy(crashing, silentReporter)
      .catch((rejection: unknown) => rejection)) as ReleaseFailedError;

    expect(error).toBeInstanceOf(ReleaseFailedError);
    expect(error.message).toMatch(/stopped during its health check \(exit code 3\)$/);
    expect(error.hint).toMatch(/^It never took traffic and was removed; 1\.0\.0 still serves it\./);
    expect(error.logTail.lines).toContain("release 2.0.0 crashes at start, as MODE=crash asks");
    expect(await fetchVersion(port)).toBe("200 1.0.0");
    expect(await containersOf(app)).toEqual(before);
  });

  it("a release that never gets healthy times out and is removed; v1 still serves", async () => {
    const target = dockerHostTarget(engine);
    const [app, port] = [newApp(), await freePort()];
    await target.deploy(plan(app, port, "1.0.0"), silentReporter);

    const unhealthy = plan(app, port, "2.0.0", {
      timeoutMs: 3000,
      variables: [{ name: "MODE", value: "unhealthy", secret: false }],
    });
    await expect(target.deploy(unhealthy, silentReporter)).rejects.toThrow(
      /Timed out after 3\.0 s waiting for .* \(\d+ tries; last: GET \/health answered 500, not 200\)/,
    );
    expect(await fetchVersion(port)).toBe("200 1.0.0");
    expect((await containersOf(app)).filter((name) => name.includes("2.0.0"))).toEqual([]);
  });

  it("rollback restarts the retained v1 container and switches back to it", async () => {
    const target = dockerHostTarget(engine);
    const [app, port] = [newApp(), await freePort()];
    const probe: HealthProbe = {
      kind: "command",
      command: ["/quai/busybox", "wget", "-q", "-O", "/dev/null", "http://127.0.0.1:3000/health"],
    };
    const variables: Variable[] = [{ name: "API_TOKEN", value: "it-retained-secret", secret: true }];
    // The file as a tar on stdout: the engine reads it from the container's layer, running or not.
    const secretFileOf = (id: string) => docker("cp", `${id}:/run/secrets/API_TOKEN`, "-");
    const first = await target.deploy(plan(app, port, "1.0.0", { probe, variables }), silentReporter);
    const second = await target.deploy(plan(app, port, "2.0.0", { probe, variables }), silentReporter);
    // Retained, stopped: its writable layer keeps no secret.
    expect(await secretFileOf(first.serving.id)).not.toContain("it-retained-secret");

    const rolledBack = await target.rollback(plan(app, port, "1.0.0", { probe, variables }), silentReporter);

    expect(rolledBack).toMatchObject({ reused: true, serving: { id: first.serving.id, version: "1.0.0" } });
    expect(await fetchVersion(port)).toBe("200 1.0.0");
    expect(await containerState(first.serving.id)).toBe("running");
    expect(await secretFileOf(first.serving.id)).toContain("it-retained-secret");
    expect(await containerState(second.serving.id)).toBe("exited");
    expect(await secretFileOf(second.serving.id)).not.toContain("it-retained-secret");
  });

  it("standby: v1 keeps running after v2 takes over, and a rollback within its window switches back to it", async () => {
    const target = dockerHostTarget(engine);
    const [app, port] = [newApp(), await freePort()];
    const withStandby = (version: string) => ({ ...plan(app, port, version), standbyMs: 10 * 60_000 });
    const startedAt = (id: string) => docker("inspect", "--format", "{{.State.StartedAt}}", id);
    const first = await target.deploy(withStandby("1.0.0"), silentReporter);
    const second = await target.deploy(withStandby("2.0.0"), silentReporter);

    expect(second.standby).toMatchObject({ version: "1.0.0" });
    expect(second.standby?.rssBytes).toBeGreaterThan(0);
    expect(await fetchVersion(port)).toBe("200 2.0.0");
    expect(await containerState(first.serving.id)).toBe("running");
    const firstStarted = await startedAt(first.serving.id);

    const rolledBack = await target.rollback(withStandby("1.0.0"), silentReporter);

    expect(rolledBack).toMatchObject({
      fromStandby: true,
      serving: { id: first.serving.id, version: "1.0.0" },
    });
    expect(await fetchVersion(port)).toBe("200 1.0.0");
    // Switched to, never restarted.
    expect(await startedAt(first.serving.id)).toBe(firstStarted);
    expect(await containerState(second.serving.id)).toBe("exited");
    expect(await target.retireStandby(app, ENVIRONMENT, { nowMs: Date.now(), force: true })).toEqual([]);
  });

  it("standby: retireStandby keeps it within its window, stops and retains it after; a rollback then restarts it", async () => {
    const target = dockerHostTarget(engine);
    const [app, port] = [newApp(), await freePort()];
    const withStandby = (version: string) => ({ ...plan(app, port, version), standbyMs: 10 * 60_000 });
    const first = await target.deploy(withStandby("1.0.0"), silentReporter);
    await target.deploy(withStandby("2.0.0"), silentReporter);
    const standbyName = `quai-${app}-${ENVIRONMENT}-1.0.0-${first.serving.deployId}`;

    expect(await target.retireStandby(app, ENVIRONMENT, { nowMs: Date.now() })).toEqual([]);
    expect(await containerState(first.serving.id)).toBe("running");
    const afterWindow = Date.now() + 10 * 60_000;
    expect(await target.retireStandby(app, ENVIRONMENT, { nowMs: afterWindow })).toEqual([standbyName]);
    expect(await containerState(first.serving.id)).toBe("exited");

    const rolledBack = await target.rollback(withStandby("1.0.0"), silentReporter);
    expect(rolledBack).toMatchObject({ reused: true, serving: { id: first.serving.id } });
    expect(rolledBack.fromStandby).toBeUndefined();
    expect(await fetchVersion(port)).toBe("200 1.0.0");
  });

  it("recreate stops v1 before v2 starts, judged by the image's HEALTHCHECK", async () => {
    const target = dockerHostTarget(engine);
    const [app, port] = [newApp(), await freePort()];
    const probe: HealthProbe = { kind: "image" };
    const first = await target.deploy(
      plan(app, port, "1.0.0", { strategy: "recreate", probe }),
      silentReporter,
    );
    const second = await target.deploy(
      plan(app, port, "2.0.0", { strategy: "recreate", probe }),
      silentReporter,
    );

    const stoppedAt = await docker("inspect", "--format", "{{.State.FinishedAt}}", first.serving.id);
    const startedAt = await docker("inspect", "--format", "{{.State.StartedAt}}", second.serving.id);
    expect(Date.parse(stoppedAt)).toBeLessThanOrEqual(Date.parse(startedAt));
    expect(await fetchVersion(port)).toBe("200 2.0.0");
  });

  it("a port in use fails clearly and leaves nothing behind", async () => {
    const target = dockerHostTarget(engine);
    const app = newApp();
    const occupied = await listeningServer(0);
    const address = occupied.address();
    if (address === null || typeof address === "string") throw new Error("expected a TCP address");
    try {
      const error = await target
        .deploy(plan(app, address.port, "1.0.0"), silentReporter)
        .catch((rejection: unknown) => rejection);
      expect(error).toBeInstanceOf(UserError);
      expect((error as UserError).message).toBe(
        `Port 127.0.0.1:${address.port} is already in use on the Docker host, so the proxy cannot listen there`,
      );
    } finally {
      await new Promise<void>((resolve) => occupied.close(() => resolve()));
    }
    expect(await containersOf(app)).toEqual([]);
    expect(await docker("network", "ls", "-q", "--filter", `name=quai-${app}-`)).toBe("");
  });

  it("cleanUpRun removes everything a cancelled first deploy made", async () => {
    const target = dockerHostTarget(engine);
    const [app, port] = [newApp(), await freePort()];
    const cancelled = plan(app, port, "1.0.0", {
      timeoutMs: 60_000,
      variables: [{ name: "MODE", value: "unhealthy", secret: false }],
    });
    // The run "is cancelled" while its release is being gated: its post step cleans up meanwhile.
    const deploying = target.deploy(cancelled, silentReporter).catch((error: unknown) => error);
    await poll(
      async () =>
        (await containersOf(app)).length === 2
          ? { done: true, value: undefined }
          : { done: false, reason: "the candidate is not there yet" },
      { what: "the candidate of the cancelled run", timeoutMs: 30_000, intervalMs: 100 },
    );

    const removed = await target.cleanUpRun(cancelled.runId);

    // The candidate goes first; the deploy, which sees it vanish, then fails and may remove the
    // proxy and the network itself before cleanUpRun reaches them: either way, all of it goes.
    const candidate = `quai-${app}-${ENVIRONMENT}-1.0.0-${cancelled.labels["deploy-id"]}`;
    expect(removed).toContain(candidate);
    for (const name of removed) {
      expect([candidate, `quai-${app}-${ENVIRONMENT}-proxy`, `quai-${app}-${ENVIRONMENT}`]).toContain(name);
    }
    expect(await deploying).toBeInstanceOf(UserError);
    expect(await containersOf(app)).toEqual([]);
    expect(await docker("network", "ls", "-q", "--filter", `name=quai-${app}-`)).toBe("");
    expect(await listRunResources(engine.api, cancelled.runId)).toEqual({
      containers: [],
      networks: [],
      volumes: [],
    });
  });
});

describe("engineLeaseStore on the test bed's engine", () => {
  const alice: LeaseHolder = {
    holder: "alice",
    runUrl: "https://github.com/o/r/actions/runs/1",
    runId: "it-lease-1",
  };
  const bob: LeaseHolder = {
    holder: "bob",
    runUrl: "https://github.com/o/r/actions/runs/2",
    runId: "it-lease-2",
  };

  it("one holder at a time: the other fails naming it, then waits for it, and takes over a stale lease", async () => {
    const leases = engineLeaseStore(engine);
    const key = { app: newApp(), environment: ENVIRONMENT };

    const first = await leases.acquire(key, alice, { ttlMs: 60_000, waitMs: 0 });
    const refused = (await leases
      .acquire(key, bob, { ttlMs: 60_000, waitMs: 1000 })
      .catch((rejection: unknown) => rejection)) as UserError;
    expect(refused).toBeInstanceOf(UserError);
    expect(refused.message).toBe(
      `Environment ${ENVIRONMENT} of ${key.app} is being deployed by alice (${alice.runUrl}) until ${first.expiresAt.toISOString()}`,
    );

    const waiting = leases.acquire(key, bob, { ttlMs: 60_000, waitMs: 30_000 });
    await first.release();
    const second = await waiting;
    expect(second.holder).toEqual(bob);
    await second.release();

    // A lease whose holder vanished is taken over once it expires: bob comes two minutes later.
    await leases.acquire(key, alice, { ttlMs: 60_000, waitMs: 0 });
    const later = { now: () => Date.now() + 120_000, sleep: systemClock.sleep };
    const takenOver = await leases.acquire(key, bob, { ttlMs: 60_000, waitMs: 0, clock: later });
    expect(takenOver.holder).toEqual(bob);
    expect(await leases.releaseRun(bob.runId)).toBe(1);
    expect(await leases.releaseRun(alice.runId)).toBe(0);
  });
});

describe("the drift watcher's view of a Docker host", () => {
  it("configuration drift: none after a deploy; a network connected and an nginx config edited by hand are both said", async () => {
    const target = dockerHostTarget(engine);
    const [app, port] = [newApp(), await freePort()];
    const variables = [
      { name: "GREETING", value: "hello", secret: false },
      { name: "API_TOKEN", value: "s3cret", secret: true },
    ];
    const { serving } = await target.deploy(plan(app, port, "1.0.0-plain", { variables }), silentReporter);
    // No false alarm: the engine adds the image's ENV and LABELs, and Docker's own networks.
    expect((await target.observe(app, ENVIRONMENT)).configuration).toEqual([]);

    const proxy = `quai-${app}-${ENVIRONMENT}-proxy`;
    const extra = `quai-it-extra-${randomBytes(3).toString("hex")}`;
    const folder = mkdtempSync(join(tmpdir(), "quai-nginx-"));
    await docker("network", "create", extra);
    try {
      await docker("network", "connect", extra, serving.id);
      // Edited as a person would: copied out, changed, copied back in.
      await docker("cp", `${proxy}:/etc/quai/nginx.conf`, join(folder, "nginx.conf"));
      await execFileAsync("sh", ["-c", `echo '# tuned by hand' >> '${join(folder, "nginx.conf")}'`]);
      await docker("cp", join(folder, "nginx.conf"), `${proxy}:/etc/quai/nginx.conf`);
      expect((await target.observe(app, ENVIRONMENT)).configuration).toEqual([
        `network ${extra} connected outside quai`,
        `nginx config of ${proxy} edited outside quai`,
      ]);
      // Only said, never undone: the next deploy writes what quai.yml says, and nothing differs again.
      await target.deploy(plan(app, port, "2.0.0-plain", { variables }), silentReporter);
      expect((await target.observe(app, ENVIRONMENT)).configuration).toEqual([]);
    } finally {
      await docker("network", "disconnect", "-f", extra, serving.id).catch(() => undefined);
      await docker("network", "rm", extra);
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it("HTTP probes through the proxy of an image with no HTTP client, from a container cleanUpRun removes", async () => {
    const target = dockerHostTarget(engine);
    const [app, port] = [newApp(), await freePort()];
    await target.deploy(plan(app, port, "1.0.0-plain"), silentReporter);
    const runId = `it-watch-${randomBytes(4).toString("hex")}`;

    const health = await target.openEnvironmentProbe(app, ENVIRONMENT, runId, {
      path: "/health",
      expectedStatus: 200,
      timeoutMs: 5000,
    });
    expect(await health.probe()).toEqual({ healthy: true });
    await health.close();

    const wrong = await target.openEnvironmentProbe(app, ENVIRONMENT, runId, {
      path: "/health",
      expectedStatus: 204,
      timeoutMs: 5000,
    });
    expect(await wrong.probe()).toEqual({ healthy: false, reason: "GET /health answered 200, not 204" });
    // The release stops: the probe meets what a client meets at the proxy (a 502, or no answer in
    // time while nginx asks Docker's DNS for a container that is gone, as the host's DNS answers).
    await docker("stop", (await target.serving(app, ENVIRONMENT))?.id ?? "");
    expect((await wrong.probe()).healthy).toBe(false);

    // A run that dies leaves its probe container: the post step's cleanUpRun removes it.
    const probes = () =>
      docker(
        "ps",
        "-aq",
        "--filter",
        `label=io.github.quai.run-id=${runId}`,
        "--filter",
        `label=${LABEL_PREFIX}.role=probe`,
      );
    expect((await probes()).split("\n").filter(Boolean)).toHaveLength(1);
    expect(await target.cleanUpRun(runId)).toHaveLength(1);
    expect(await probes()).toBe("");
  });
});
