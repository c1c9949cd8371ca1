// auto-rollback-on-drift's signals on the test bed, each in an environment of its own (an automatic
// rollback holds its environment and allows no second one within the hour): real nginx access
// logs under bounded load from autocannon on 127.0.0.1, a memory limit the kernel enforces, the
// test bed's Prometheus scraping the environment, and changes made by hand with the docker CLI.
// Releases misbehave on cue (release-app's behaviour.json). On the classic engine only: the
// signals read the same engine API on both, which auto-rollback-on-drift.test.ts covers.
import { randomBytes } from "node:crypto";
import { poll } from "@quai/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type DriftBed,
  errorsOf,
  samplesOf,
  servingVersion,
  startDriftBed,
  succeeded,
} from "../support/drift-bed";
import { steadyLoad } from "../support/http-load";
import { quaiYmlHead } from "../support/quai-yml";
import { docker, scrapeTarget, testbedPrometheus } from "../support/testbed";

const ENVIRONMENTS = [
  "errors",
  "slow",
  "oom",
  "metrics",
  "blips",
  "unmeasured",
  "byhand",
  "wired",
  "swarm",
] as const;
type Environment = (typeof ENVIRONMENTS)[number];
const FAILURE_LIMIT = 3;
const NO_PROMETHEUS_PORT = 9;

let bed: DriftBed<Environment>;

beforeAll(async () => {
  bed = await startDriftBed({
    releases: [
      { version: "1.0.0", behaviour: "ok" },
      { version: "2.0.0", behaviour: { mode: "errors-later", afterMs: 3000 } },
      { version: "3.0.0", behaviour: { mode: "slow-later", afterMs: 3000, delayMs: 800 } },
      { version: "4.0.0", behaviour: { mode: "oom-later", afterMs: 2000 } },
      { version: "5.0.0", behaviour: { mode: "errors-later", afterMs: 3000 } },
      { version: "6.0.0", behaviour: { mode: "errors-later", afterMs: 0 } },
      // Past the 2 s of Swarm's update monitor period (health successes × interval).
      { version: "7.0.0", behaviour: { mode: "crash-later", afterMs: 8000 } },
    ],
    environments: ENVIRONMENTS,
    quaiYml: ({ app, repository, ports }) => {
      const share5xx = (status: string) =>
        `sum(rate(http_requests_total{instance="127.0.0.1:${ports.metrics}"${status}}[5s]))`;
      // Each environment's lines besides its port, indented under it.
      const extra: Record<Environment, string> = {
        errors: "",
        slow: "",
        oom: "memory: 64m",
        metrics: `watch:
  interval: 3s
  max-5xx-share: 100
  prometheus:
    url: ${testbedPrometheus().url}
    queries:
      - name: 5xx ratio
        query: '${share5xx(',status=~"5.."')} / ${share5xx("")}'
        max: 0.01`,
        blips: "watch: { interval: 3s }",
        unmeasured: `watch:
  prometheus:
    url: http://127.0.0.1:${NO_PROMETHEUS_PORT}
    queries: [{ name: error rate, query: 'sum(rate(errors_total[1m]))', max: 0 }]`,
        byhand: "",
        wired: "",
        // One node, host-mode ports: the new task cannot start beside the old (see swarm/README.md).
        swarm: `target: swarm
strategy: recreate
health: { path: /health, successes: 2, interval: 1s }
watch: { interval: 3s }`,
      };
      const environments = ENVIRONMENTS.map((name) => {
        const publish = name === "swarm" ? String(ports[name]) : `127.0.0.1:${ports[name]}`;
        const lines = [`publish: ${publish}`, ...extra[name].split("\n").filter(Boolean)];
        return `  ${name}:\n${lines.map((line) => `    ${line}`).join("\n")}\n`;
      });
      return `${quaiYmlHead(app, repository, `watch: { interval: 2s, failure-limit: ${FAILURE_LIMIT}, min-requests: 20 }`)}environments:
${environments.join("")}`;
    },
  });
}, 900_000);

afterAll(async () => {
  await bed?.close();
});

/** 1.0.0 serves the environment, then `version` replaces it. */
async function deployOver(environment: Environment, version: string): Promise<void> {
  succeeded(await bed.step("deploy-env", { environment, version: "1.0.0" }));
  succeeded(await bed.step("deploy-env", { environment, version }));
}

/** The name of the release container the proxy of `environment` routes to. */
async function servingContainer(environment: Environment): Promise<string> {
  const names = await docker(
    "ps",
    "--filter",
    `label=io.github.quai.deploy.app=${bed.app}`,
    "--filter",
    `label=io.github.quai.deploy.environment=${environment}`,
    "--filter",
    "label=io.github.quai.deploy.role=app",
    "--format",
    "{{.Names}}",
  );
  const active = (
    await docker("exec", `quai-${bed.app}-${environment}-proxy`, "head", "-1", "/etc/quai/nginx.conf")
  ).trim();
  for (const name of names.split("\n").filter(Boolean)) {
    if (active.endsWith((await docker("inspect", "-f", "{{.Id}}", name)).trim())) return name;
  }
  throw new Error(`no container of ${environment} is routed to (${names})`);
}

/**
 * The deciding signal's samples are failing ones at the end, failure-limit of them (or one that
 * acts at once), and come within failure-limit + 1 samples of the first failing one.
 */
function decidedPromptly(kinds: string[]): void {
  expect(kinds.at(-1)).toBe("fail");
  expect(kinds.length - kinds.indexOf("fail")).toBeLessThanOrEqual(FAILURE_LIMIT + 1);
}

/** Watches under load; enough connections that slow answers do not slow the rate down. */
async function watchUnderLoad(environment: Environment, watch: string) {
  const load = steadyLoad(bed.ports[environment], { connections: 40, ratePerSecond: 40, maxSeconds: 120 });
  try {
    return await bed.step("auto-rollback-on-drift", { environment, watch });
  } finally {
    load.stop();
  }
}

describe("auto-rollback-on-drift's signals on a Docker host", () => {
  it("rolls back a release that answers 5xx after a delay, judged from the proxy's access log", async () => {
    await deployOver("errors", "2.0.0");
    const watched = await watchUnderLoad("errors", "30s");
    expect(watched.main.outputs).toMatchObject({
      verdict: "drifted",
      "rolled-back-to": "1.0.0",
      "blocked-version": "2.0.0",
    });
    expect(errorsOf(watched)[0]).toMatch(
      /^drifted: 5xx share, (100|9\d(\.\d)?)% 5xx of \d+ requests to 2\.0\.0/,
    );
    decidedPromptly(
      samplesOf(watched)
        .filter((sample) => sample.signal === "5xx share")
        .map((sample) => sample.kind),
    );
    expect(await servingVersion(bed.ports.errors)).toBe("1.0.0");
  }, 300_000);

  it("rolls back a latency regression: p99 over 500 ms", async () => {
    await deployOver("slow", "3.0.0");
    const watched = await watchUnderLoad("slow", "30s");
    expect(watched.main.outputs).toMatchObject({ verdict: "drifted", "rolled-back-to": "1.0.0" });
    expect(errorsOf(watched)[0]).toMatch(/^drifted: p99 latency, .*p99 8\d\d ms/);
    const p99 = samplesOf(watched).filter((sample) => sample.signal === "p99 latency");
    decidedPromptly(p99.map((sample) => sample.kind));
    expect(p99.at(-1)?.value).toBeGreaterThan(500);
  }, 300_000);

  it("rolls back at once a release the kernel OOM-kills under its memory limit", async () => {
    await deployOver("oom", "4.0.0");
    const watched = await bed.step("auto-rollback-on-drift", { environment: "oom", watch: "30s" });
    expect(watched.main.outputs).toMatchObject({ verdict: "drifted", "rolled-back-to": "1.0.0" });
    expect(errorsOf(watched)[0]).toMatch(
      /^drifted: container health, OOM-killed \(exit code \d+, \d+ restarts/,
    );
  }, 300_000);

  it("rolls back on a Prometheus query over its max: the release's own 5xx ratio, scraped through the proxy", async () => {
    // Scraped once something answers there: through the proxy, the /metrics of what serves.
    await deployOver("metrics", "5.0.0");
    const target = await scrapeTarget(`127.0.0.1:${bed.ports.metrics}`);
    try {
      const watched = await watchUnderLoad("metrics", "45s");
      expect(watched.main.outputs).toMatchObject({ verdict: "drifted", "rolled-back-to": "1.0.0" });
      expect(errorsOf(watched)[0]).toMatch(
        /^drifted: 5xx ratio, (1|0\.9\d*) > 0\.01 for 3 samples\. rolled back 5\.0\.0 to 1\.0\.0/,
      );
      // The proxy's own 5xx share was measured, and allowed (max-5xx-share: 100).
      expect(samplesOf(watched).some((s) => s.signal === "5xx share" && s.kind === "pass")).toBe(true);
    } finally {
      target.remove();
    }
  }, 300_000);

  it("does not roll back single restarts in samples apart, nor a release nobody sends traffic to", async () => {
    // 6.0.0 answers 500 to every request from the start: with no traffic, nothing shows it.
    await deployOver("blips", "6.0.0");
    const container = await servingContainer("blips");
    const watching = bed.step("auto-rollback-on-drift", { environment: "blips", watch: "24s" });
    // Two crashes two intervals apart, as the kernel would kill it (docker kill counts as a stop):
    // the engine restarts it each time; each is one failing sample, never failure-limit in a row,
    // and two are fewer than the three within 5 minutes that act at once.
    for (let crash = 0; crash < 2; crash++) {
      await new Promise((resolve) => setTimeout(resolve, 6000));
      process.kill(Number(await docker("inspect", "-f", "{{.State.Pid}}", container)), "SIGKILL");
    }
    const watched = await watching;
    expect(succeeded(watched)).toMatchObject({ verdict: "verified", "rolled-back-to": "" });
    const samples = samplesOf(watched);
    const health = samples.filter((sample) => sample.signal === "container health").map((s) => s.kind);
    expect(health.filter((kind) => kind === "fail")).toHaveLength(2);
    expect(health.join(",")).not.toContain("fail,fail,fail");
    expect(samples.filter((s) => s.signal === "5xx share").every((s) => s.kind === "no-data")).toBe(true);
  }, 300_000);

  it("ends inconclusive when Prometheus does not answer, and rolls nothing back", async () => {
    succeeded(await bed.step("deploy-env", { environment: "unmeasured", version: "1.0.0" }));
    const watched = await bed.step("auto-rollback-on-drift", { environment: "unmeasured", watch: "2m" });
    expect(succeeded(watched)).toMatchObject({ verdict: "inconclusive", "rolled-back-to": "" });
    expect(watched.main.annotations).toContainEqual(
      expect.objectContaining({
        level: "warning",
        message: expect.stringMatching(
          /^inconclusive: error rate, error rate could not be measured 4 times in a row: Prometheus at http:\/\/127\.0\.0\.1:9 did not answer/,
        ),
      }),
    );
  }, 300_000);

  it("restores the ledger's digest when someone runs another image by hand in the release's place", async () => {
    succeeded(await bed.step("deploy-env", { environment: "byhand", version: "1.0.0" }));
    const name = await servingContainer("byhand");
    const network = (
      await docker("inspect", "-f", "{{range $net, $_ := .NetworkSettings.Networks}}{{$net}}{{end}}", name)
    ).trim();
    await docker("rm", "-f", name);
    // Same name, same network: the proxy now sends its requests to 6.0.0, started by hand.
    await docker(
      "run",
      "-d",
      "--name",
      name,
      "--network",
      network,
      `${bed.releases.repository}@${bed.releases.digests["6.0.0"]}`,
    );
    try {
      await poll(
        async () =>
          (await servingVersion(bed.ports.byhand)) === "6.0.0"
            ? { done: true, value: undefined }
            : { done: false, reason: "the container run by hand is not answering yet" },
        { what: "6.0.0 behind the proxy", timeoutMs: 30_000, intervalMs: 250 },
      );
      const watched = await bed.step("auto-rollback-on-drift", { environment: "byhand", watch: "20s" });
      expect(watched.main.outputs).toMatchObject({
        verdict: "drifted",
        "rolled-back-to": "1.0.0",
        "blocked-version": "",
      });
      expect(errorsOf(watched)[0]).toMatch(
        /^drifted: digest drift, serves an unlabelled container \(sha256:[0-9a-f]{12}\), the ledger says 1\.0\.0 .*restored 1\.0\.0, which the ledger says serves$/,
      );
      expect(await servingVersion(bed.ports.byhand)).toBe("1.0.0");
      // quai leaves what it did not start alone: the container run by hand is still there.
      expect((await docker("inspect", "-f", "{{.State.Running}}", name)).trim()).toBe("true");
    } finally {
      await docker("rm", "-f", name);
    }
  }, 300_000);

  it("reports a network connected by hand as configuration drift, and leaves it connected", async () => {
    succeeded(await bed.step("deploy-env", { environment: "wired", version: "1.0.0" }));
    const name = await servingContainer("wired");
    const network = `quai-e2e-extra-${randomBytes(3).toString("hex")}`;
    await docker("network", "create", network);
    try {
      await docker("network", "connect", network, name);
      const watched = await bed.step("auto-rollback-on-drift", { environment: "wired", watch: "20s" });
      expect(watched.main.outputs).toMatchObject({ verdict: "drifted", "rolled-back-to": "" });
      expect(errorsOf(watched)[0]).toBe(
        `drifted: configuration drift, network ${network} connected outside quai. configuration drift is reported, never changed: a person decides`,
      );
      expect(await docker("inspect", "-f", "{{json .NetworkSettings.Networks}}", name)).toContain(network);
      expect(await servingVersion(bed.ports.wired)).toBe("1.0.0");
    } finally {
      await docker("network", "disconnect", "-f", network, name).catch(() => "");
      await docker("network", "rm", network);
    }
  }, 300_000);

  it("Swarm: rolls back a service that goes bad after its update's monitor period", async () => {
    succeeded(await bed.step("deploy-env", { environment: "swarm", version: "1.0.0" }));
    succeeded(await bed.step("deploy-env", { environment: "swarm", version: "7.0.0" }));
    const watched = await bed.step("auto-rollback-on-drift", { environment: "swarm", watch: "90s" });
    expect(watched.main.outputs).toMatchObject({
      verdict: "drifted",
      "rolled-back-to": "1.0.0",
      "blocked-version": "7.0.0",
    });
    expect(errorsOf(watched)[0]).toMatch(/^drifted: container health, /);
    expect(await servingVersion(bed.ports.swarm)).toBe("1.0.0");
  }, 300_000);
});
