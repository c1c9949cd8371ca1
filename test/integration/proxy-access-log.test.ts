// The proxy's access log on the test bed's engine: a real nginx (the test bed's proxy image) logs
// each request as the JSON line the traffic signals read, naming the release it was sent to, on
// its stdout, which the engine keeps in a bounded json-file log.
import { randomBytes } from "node:crypto";
import { get } from "node:http";
import type { Reporter } from "@quai/core";
import { type DeployPlan, dockerHostTarget, LABEL_PREFIX } from "@quai/deploy";
import { connectEngine, type Engine } from "@quai/docker";
import { parseAccessLog, trafficFigures } from "@quai/drift";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../support/free-port";
import { baseImage, docker, pushDeployFixture, testbed } from "../support/testbed";

const SUFFIX = randomBytes(3).toString("hex");
const APP = `al-${SUFFIX}`;
const ENVIRONMENT = "it";
const REPOSITORY = `${testbed.registry.address}/quai-it/access-log-${SUFFIX}`;
const images: Record<string, string> = {};
let engine: Engine;

const silentReporter: Reporter = {
  info: () => undefined,
  warning: () => undefined,
  group: (_name, work) => work(),
};

/** The status of GET path on the published port. */
function statusOf(port: number, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = get({ host: "127.0.0.1", port, path, agent: false, timeout: 5000 }, (response) => {
      response.resume();
      response.on("end", () => resolve(response.statusCode ?? 0));
    });
    request.on("timeout", () => request.destroy(new Error("no answer within 5 s")));
    request.on("error", reject);
  });
}

/** `failing`: the release answers 500 on /health, and passes its gate by a command instead. */
function plan(port: number, version: string, failing = false): DeployPlan {
  const image = images[version] ?? "";
  const digest = image.slice(image.indexOf("@") + 1);
  return {
    release: { app: APP, version, image, digest, commit: "0000000" },
    environment: ENVIRONMENT,
    strategy: "blue-green",
    health: {
      probe: failing
        ? { kind: "command", command: ["/quai/busybox", "true"] }
        : { kind: "http", path: "/health", expectedStatus: 200 },
      successes: 1,
      intervalMs: 250,
      timeoutMs: 30_000,
    },
    containerPort: 3000,
    publish: `127.0.0.1:${port}`,
    variables: failing ? [{ name: "MODE", value: "unhealthy", secret: false }] : [],
    labels: {
      app: APP,
      environment: ENVIRONMENT,
      version,
      digest,
      commit: "0000000",
      "deploy-id": `${APP}-${version}`,
      "deployed-at": new Date().toISOString(),
      actor: "integration-test",
    },
    confinement: { capAdd: [], readOnly: false, pids: 4096 },
    retain: 1,
    drainMs: 300,
    proxyImage: baseImage("base/nginx:1.22"),
    runId: `it-run-${APP}-${version}`,
  };
}

beforeAll(async () => {
  engine = await connectEngine();
  for (const version of ["1.0.0", "2.0.0"]) images[version] = await pushDeployFixture(REPOSITORY, version);
});

afterAll(async () => {
  const ids = await docker("ps", "-aq", "--filter", `label=${LABEL_PREFIX}.app=${APP}`);
  if (ids) await docker("rm", "-f", ...ids.split("\n"));
  await docker("network", "rm", `quai-${APP}-${ENVIRONMENT}`).catch(() => undefined);
  await docker("rmi", ...Object.keys(images).map((version) => `${REPOSITORY}:${version}`)).catch(
    () => undefined,
  );
});

describe("the proxy's access log on the test bed's engine", () => {
  it("has one JSON line a request, naming the release each went to, read back since a time", async () => {
    const target = dockerHostTarget(engine);
    const port = await freePort();
    const proxy = `quai-${APP}-${ENVIRONMENT}-proxy`;
    const startedMs = Date.now();

    await target.deploy(plan(port, "1.0.0"), silentReporter);
    expect(await docker("inspect", "--format", "{{json .HostConfig.LogConfig}}", proxy)).toBe(
      '{"Type":"json-file","Config":{"max-file":"3","max-size":"10m"}}',
    );
    for (let sent = 0; sent < 5; sent++) expect(await statusOf(port, "/")).toBe(200);
    await target.deploy(plan(port, "2.0.0", true), silentReporter);
    for (let sent = 0; sent < 3; sent++) expect(await statusOf(port, "/orders")).toBe(200);
    expect(await statusOf(port, "/health")).toBe(500);

    const lines = (await target.accessLog(APP, ENVIRONMENT, startedMs)) ?? [];
    const entries = parseAccessLog(lines);
    expect(entries).toHaveLength(lines.length);
    expect(entries.map(({ release, status }) => `${release} ${status}`)).toEqual([
      ...Array(5).fill("1.0.0 200"),
      ...Array(3).fill("2.0.0 200"),
      "2.0.0 500",
    ]);
    for (const entry of entries) {
      // nginx's clock and this one are the same machine's: each line is of this test's run.
      expect(entry.timeMs).toBeGreaterThanOrEqual(startedMs - 1000);
      expect(entry.requestMs).toBeGreaterThanOrEqual(0);
    }
    expect(trafficFigures(entries.filter((entry) => entry.release === "2.0.0"))).toMatchObject({
      requests: 4,
      share5xx: 0.25,
    });
    expect(JSON.parse(lines[0] ?? "{}")).toMatchObject({ upstream_response_time: expect.any(String) });

    // A time after every line: nothing since.
    const lastMs = Math.max(...entries.map((entry) => entry.timeMs));
    const later = parseAccessLog((await target.accessLog(APP, ENVIRONMENT, lastMs + 2000)) ?? []);
    expect(later).toEqual([]);
  });
});
