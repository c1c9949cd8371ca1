/**
 * npm run bench -- drift: auto-rollback-on-drift on the test bed's Docker host, its action bundle
 * run as the runner runs it, under bounded load (autocannon, 2 connections at 40 requests/s):
 *   - detection latency, from the first 5xx the load sees to the watch's decision, in intervals
 *     (goal ≤ failure-limit + 1);
 *   - time from that decision until the old release serves again, with a warm standby and without
 *     (goals 0.5 s and 2 s);
 *   - failed requests while a slow release is rolled back automatically (goal 0), against
 *     `docker rm -f` + `docker run` of the old release on the same load;
 *   - false rollbacks over 20 sweeps of a noisy-but-healthy release (0.4% of 5xx; goal 0), against
 *     the naive rule "any 5xx in a window rolls back" judged on the same samples;
 *   - the watcher's CPU and memory over a 30 s watch (goals < 5% of one core, < 100 MiB), against
 *     an idle node process for as long.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { poll } from "@quai/core";
import autocannon from "autocannon";
import { type ActionResult, runAction } from "../../test/harness/action-harness";
import { freePort } from "../../test/support/free-port";
import { steadyLoad } from "../../test/support/http-load";
import { pushReleases } from "../../test/support/release-images";
import { docker, removeDeployedApp, workspaceWith } from "../../test/support/testbed";
import { type Comparison, report } from "./support";

const INTERVAL_MS = 2000;
const FAILURE_LIMIT = 3;
const NOISY_WINDOWS = 20;
const RATE = 40;
const MIB = 1024 * 1024;

interface Sample {
  at: string;
  signal: string;
  kind: string;
  value?: number;
}

function mustSucceed(step: string, result: ActionResult, allowFailure = false): ActionResult {
  if (result.main.exitCode !== 0 && !allowFailure) {
    const error = result.main.annotations.find((annotation) => annotation.level === "error");
    throw new Error(`${step} failed: ${error?.message ?? result.main.log.slice(-2000)}`);
  }
  return result;
}

const samplesOf = (result: ActionResult) => JSON.parse(result.main.outputs.signals ?? "[]") as Sample[];

/** The version answering on the port, polled every 20 ms, with the time each change was seen. */
function versionWatcher(port: number) {
  const changes: { atMs: number; version: string }[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), 500);
      const version = await fetch(`http://127.0.0.1:${port}/health`, { signal: controller.signal })
        .then(async (response) => ((await response.json()) as { version: string }).version)
        .catch(() => "")
        .finally(() => clearTimeout(timer));
      if (version && changes.at(-1)?.version !== version) changes.push({ atMs: Date.now(), version });
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  return {
    changes,
    async stop() {
      running = false;
      await loop;
    },
  };
}

/**
 * The resources a step's main process used, as each node process of the step reports them when it
 * exits (NODE_OPTIONS --import): the longest-lived is main, the watch; the post step is short.
 */
function usageReporter(): { env: Record<string, string>; read(): { cpuShare: number; maxRssBytes: number } } {
  const dir = mkdtempSync(join(tmpdir(), "quai-bench-usage-"));
  const script = join(dir, "report-usage.mjs");
  writeFileSync(
    script,
    `import { writeFileSync } from "node:fs";
const started = process.hrtime.bigint();
process.on("exit", () => {
  const usage = process.resourceUsage();
  writeFileSync(${JSON.stringify(dir)} + "/usage-" + process.pid + ".json", JSON.stringify({
    cpuMicros: usage.userCPUTime + usage.systemCPUTime,
    wallMicros: Number((process.hrtime.bigint() - started) / 1000n),
    maxRssKiB: usage.maxRSS,
  }));
});
`,
  );
  return {
    env: { NODE_OPTIONS: `--import=${script}` },
    read() {
      const reports = readdirSync(dir)
        .filter((name) => name.startsWith("usage-"))
        .map(
          (name) =>
            JSON.parse(readFileSync(join(dir, name), "utf8")) as {
              cpuMicros: number;
              wallMicros: number;
              maxRssKiB: number;
            },
        );
      const main = reports.reduce((longest, next) => (next.wallMicros > longest.wallMicros ? next : longest));
      return { cpuShare: main.cpuMicros / main.wallMicros, maxRssBytes: main.maxRssKiB * 1024 };
    },
  };
}

/** An idle node process that lives as long as the watch did: the floor of any watcher's figures. */
async function idleNode(ms: number): Promise<{ cpuShare: number; maxRssBytes: number }> {
  const usage = usageReporter();
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, ["-e", `setTimeout(() => {}, ${ms})`], {
      env: { ...usage.env, PATH: process.env.PATH },
      stdio: "ignore",
    });
    child.on("exit", () => resolve());
    child.on("error", reject);
  });
  return usage.read();
}

export async function bench(): Promise<boolean> {
  const releases = await pushReleases([
    { version: "1.0.0", behaviour: "ok" },
    // Two bad releases alike: the first one's block, in the ledger, holds for every environment.
    { version: "1.1.0", behaviour: { mode: "errors-later", afterMs: 5000 } },
    { version: "1.1.1", behaviour: { mode: "errors-later", afterMs: 5000 } },
    { version: "1.2.0", behaviour: { mode: "slow-later", afterMs: 3000, delayMs: 800 } },
    { version: "1.3.0", behaviour: { mode: "flaky", errorShare: 0.004 } },
  ]);
  const app = `bench-drift-${Date.now().toString(36)}`;
  const ports = {
    standby: await freePort(),
    cold: await freePort(),
    slow: await freePort(),
    noisy: await freePort(),
    naive: await freePort(),
  };
  const workspace = workspaceWith("release-app");
  writeFileSync(
    join(workspace, "quai.yml"),
    `app: ${app}
repository: ${releases.repository}
defaults:
  health: { path: /health, successes: 2, interval: 250ms }
  drain: 1s
  proxy-image: base/nginx:1.22
  watch: { interval: ${INTERVAL_MS / 1000}s, failure-limit: ${FAILURE_LIMIT}, min-requests: 20 }
environments:
  standby:
    publish: 127.0.0.1:${ports.standby}
  cold:
    publish: 127.0.0.1:${ports.cold}
    watch: { standby: 0s }
  slow:
    publish: 127.0.0.1:${ports.slow}
  noisy:
    publish: 127.0.0.1:${ports.noisy}
`,
  );
  // In the workspace: the actions keep a file ledger nowhere else.
  const ledger = join(mkdtempSync(join(workspace, "ledger-")), "ledger.json");
  // No token: the bench has no GitHub, and the watch's report goes into its job summary instead.
  const step = (action: string, inputs: Record<string, string>, env: Record<string, string> = {}) =>
    runAction(action, { workspace, env, inputs: { ledger, "github-token": "", ...inputs } });
  const deploy = async (environment: string, version: string) =>
    mustSucceed(`deploy ${version} to ${environment}`, await step("deploy-env", { environment, version }));

  try {
    /** 1.0.0, then `bad` that answers 5xx after 5 s: watched under load until it is rolled back. */
    const rollBack = async (environment: "standby" | "cold", bad: string) => {
      await deploy(environment, "1.0.0");
      await deploy(environment, bad);
      const port = ports[environment];
      let firstErrorMs: number | undefined;
      const load = autocannon(
        { url: `http://127.0.0.1:${port}/`, connections: 2, overallRate: RATE, duration: 120, timeout: 5 },
        () => {},
      );
      load.on("response", (_client: unknown, status: number) => {
        if (status >= 500) firstErrorMs ??= Date.now();
      });
      const versions = versionWatcher(port);
      const watched = await step("auto-rollback-on-drift", { environment, watch: "1m" });
      load.stop();
      await versions.stop();
      mustSucceed(`watch ${environment}`, watched, true);
      if (watched.main.outputs["rolled-back-to"] !== "1.0.0") {
        throw new Error(
          `${environment}: expected a rollback to 1.0.0, got ${JSON.stringify(watched.main.outputs)}`,
        );
      }
      const first = samplesOf(watched);
      const decisionMs = Date.parse(first.at(-1)?.at ?? "");
      const backMs = versions.changes.find(
        (change) => change.atMs > decisionMs && change.version === "1.0.0",
      )?.atMs;
      return {
        detectionIntervals: (decisionMs - (firstErrorMs ?? decisionMs)) / INTERVAL_MS,
        decisionToServingMs: (backMs ?? Number.NaN) - decisionMs,
      };
    };
    const withStandby = await rollBack("standby", "1.1.0");
    const withoutStandby = await rollBack("cold", "1.1.1");
    console.log(
      `rollbacks: with standby ${JSON.stringify(withStandby)}, without ${JSON.stringify(withoutStandby)}`,
    );

    // A slow release rolled back on its p99, under load: no request may fail while it happens.
    await deploy("slow", "1.0.0");
    await deploy("slow", "1.2.0");
    // Enough connections that 0.8 s answers do not hold the rate down.
    const slowLoad = steadyLoad(ports.slow, { connections: RATE, ratePerSecond: RATE, maxSeconds: 120 });
    const slowWatch = await step("auto-rollback-on-drift", { environment: "slow", watch: "1m" });
    const slowCount = slowLoad.stop();
    if (slowWatch.main.outputs["rolled-back-to"] !== "1.0.0") {
      throw new Error(`slow: expected a rollback, got ${JSON.stringify(slowWatch.main.outputs)}`);
    }
    // The baseline: the old release put back by hand, docker rm -f + docker run, on the same load.
    const naiveName = `${app}-naive`;
    const naive = (version: string) =>
      docker(
        "run",
        "-d",
        "--name",
        naiveName,
        "--label",
        `io.github.quai.deploy.app=${app}`,
        "-p",
        `127.0.0.1:${ports.naive}:8080`,
        `${releases.repository}@${releases.digests[version]}`,
      );
    await naive("1.2.0");
    await poll(
      async () =>
        (await fetch(`http://127.0.0.1:${ports.naive}/health`)
          .then((r) => r.ok)
          .catch(() => false))
          ? { done: true, value: undefined }
          : { done: false, reason: "starting" },
      { what: "the naive container", timeoutMs: 30_000, intervalMs: 100 },
    );
    const naiveLoad = steadyLoad(ports.naive, { connections: RATE, ratePerSecond: RATE, maxSeconds: 60 });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await docker("rm", "-f", naiveName);
    await naive("1.0.0");
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const naiveCount = naiveLoad.stop();

    // Noisy but healthy: 0.4% of 5xx, below the 1% threshold, swept NOISY_WINDOWS times.
    await deploy("noisy", "1.0.0");
    await deploy("noisy", "1.3.0");
    const noisyLoad = steadyLoad(ports.noisy, { ratePerSecond: RATE, maxSeconds: 600 });
    let falseRollbacks = 0;
    let naiveFalseRollbacks = 0;
    for (let window = 0; window < NOISY_WINDOWS; window++) {
      const swept = await step("auto-rollback-on-drift", { environment: "noisy", watch: "4s" });
      if (swept.main.outputs.verdict === "drifted") falseRollbacks++;
      const shares = samplesOf(swept).filter((sample) => sample.signal === "5xx share");
      if (shares.some((sample) => (sample.value ?? 0) > 0)) naiveFalseRollbacks++;
    }
    // The watcher's own cost, over a 30 s watch of the noisy release under load.
    const usage = usageReporter();
    const started = Date.now();
    mustSucceed(
      "watch noisy for 30 s",
      await step("auto-rollback-on-drift", { environment: "noisy", watch: "30s" }, usage.env),
    );
    const watcher = usage.read();
    const idle = await idleNode(Date.now() - started);
    noisyLoad.stop();

    console.log(
      `\ndetection: standby ${withStandby.detectionIntervals.toFixed(1)} intervals, cold ${withoutStandby.detectionIntervals.toFixed(1)}; failed requests: quai ${slowCount.failed} of ${slowCount.requests}, docker rm + run ${naiveCount.failed} of ${naiveCount.requests}`,
    );
    const comparisons: Comparison[] = [
      {
        what: "detection latency, fault to decision (intervals)",
        unit: "count",
        quai: Math.max(withStandby.detectionIntervals, withoutStandby.detectionIntervals),
        baseline: 0,
        baselineName: "Kamal/Swarm: no watch after a deploy",
        limit: FAILURE_LIMIT + 1,
      },
      {
        what: "decision until the old release serves, standby",
        unit: "ms",
        quai: withStandby.decisionToServingMs,
        baseline: withoutStandby.decisionToServingMs,
        baselineName: "without standby",
        limit: 500,
      },
      {
        what: "decision until the old release serves, no standby",
        unit: "ms",
        quai: withoutStandby.decisionToServingMs,
        baseline: withStandby.decisionToServingMs,
        baselineName: "with standby",
        limit: 2000,
      },
      {
        what: "failed requests during an automatic rollback",
        unit: "count",
        quai: slowCount.failed,
        baseline: naiveCount.failed,
        baselineName: "docker rm -f + run",
        goal: 0,
      },
      {
        what: `false rollbacks over ${NOISY_WINDOWS} noisy windows`,
        unit: "count",
        quai: falseRollbacks,
        baseline: naiveFalseRollbacks,
        baselineName: "any 5xx in a window",
        goal: 0,
      },
      {
        what: "watcher CPU, share of one core (%)",
        unit: "count",
        quai: Number((watcher.cpuShare * 100).toFixed(2)),
        baseline: Number((idle.cpuShare * 100).toFixed(2)),
        baselineName: "idle node",
        limit: 5,
      },
      {
        what: "watcher memory, max RSS",
        unit: "bytes",
        quai: watcher.maxRssBytes,
        baseline: idle.maxRssBytes,
        baselineName: "idle node",
        limit: 100 * MIB,
      },
    ];
    return report(
      `auto-rollback-on-drift: release app under ${RATE} requests/s, interval ${INTERVAL_MS / 1000} s, failure-limit ${FAILURE_LIMIT}`,
      comparisons,
    );
  } finally {
    await removeDeployedApp(app);
  }
}
