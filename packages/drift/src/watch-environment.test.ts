import { FakeClock } from "@quai/core/testing";
import {
  DEFAULT_WATCH,
  type DeployFromConfigOptions,
  type DeployFromConfigResult,
  type DeploymentRecord,
  type EnvironmentSettings,
  type ReleaseState,
  type ServingRelease,
  type TrafficFigures,
} from "@quai/deploy";
import { describe, expect, it } from "vitest";
import { release as stagingRelease } from "../../deploy/src/ledger/ledger-contract";
import { RecordingReporter } from "../../deploy/src/testing/fake-host-api";
import { FakeLeases, FakeTarget } from "../../deploy/src/testing/fake-target";
import { MemoryLedger } from "../../deploy/src/testing/memory-ledger";
import { FakePrometheusApi } from "./testing/fake-prometheus-api";
import {
  baselineOf,
  ROLLBACK_COOLDOWN_MS,
  rollbackGuard,
  type WatchContext,
  type WatchEnvironmentOptions,
  watchConnected,
  watchRules,
} from "./watch-environment";

const NOW = Date.parse("2026-12-02T12:00:00Z");

function deployment(
  version: string,
  minutesAgo: number,
  extra: Partial<DeploymentRecord> = {},
): DeploymentRecord {
  const at = new Date(NOW - minutesAgo * 60_000).toISOString();
  return {
    id: version,
    app: "shop",
    environment: "production",
    version,
    digest: `sha256:${version}`,
    status: "success",
    actor: "ci",
    commit: "c",
    createdAt: at,
    updatedAt: at,
    ...extra,
  };
}

describe("rollbackGuard", () => {
  it("lets a release that came by a deploy be rolled back", () => {
    expect(rollbackGuard([deployment("1.5.0", 5), deployment("1.4.0", 600)], NOW)).toBeUndefined();
  });

  it("never rolls back a rollback", () => {
    const history = [deployment("1.4.0", 5, { rollbackOf: "1.5.0" }), deployment("1.5.0", 90)];
    expect(rollbackGuard(history, NOW)).toMatch("never rolls back a rollback");
  });

  it("allows one automatic rollback an hour", () => {
    const rolledBack = deployment("1.4.0", 50, {
      rollbackOf: "1.5.0",
      status: "rolled_back",
      hold: "1.5.0: OOM-killed",
    });
    const history = [deployment("1.6.0", 5), rolledBack, deployment("1.5.0", 55)];
    expect(rollbackGuard(history, NOW)).toMatch("an automatic rollback already happened within the hour");
    expect(rollbackGuard(history, NOW + ROLLBACK_COOLDOWN_MS)).toBeUndefined();
  });

  it("does not count a rollback a person made towards the hour's one", () => {
    const byHand = deployment("1.4.0", 50, { rollbackOf: "1.5.0", status: "rolled_back" });
    expect(rollbackGuard([deployment("1.6.0", 5), byHand, deployment("1.5.0", 55)], NOW)).toBeUndefined();
  });
});

describe("watchRules", () => {
  const settings = (intervalMs: number) =>
    ({ name: "production", watch: { ...DEFAULT_WATCH, intervalMs, failureLimit: 5 } }) as EnvironmentSettings;

  it("takes the environment's watch block over the window watched", () => {
    expect(watchRules(settings(10_000), 60_000)).toEqual({
      windowMs: 60_000,
      intervalMs: 10_000,
      failureLimit: 5,
      errorLimit: 4,
    });
  });

  it("refuses an interval longer than the window, which would never sample", () => {
    expect(() => watchRules(settings(180_000), 120_000)).toThrowError(
      "The watch interval of production (3m) is longer than the window watched (2m)",
    );
  });
});

const release = (version: string) => stagingRelease(version, { environment: "production" });

/** What the action would pass: a file ledger nobody opens (the tests hand the watch its own). */
function watchOptions(dryRun: boolean, windowMs: number): WatchEnvironmentOptions {
  return {
    workspace: "/",
    config: "quai.yml",
    environment: "production",
    overrides: {},
    lockTimeoutMs: 1_000,
    ledger: { kind: "file", path: "/nonexistent/ledger.json" },
    engine: {},
    insecureRegistries: [],
    readSecret: () => undefined,
    actor: "ci",
    commit: "c",
    runId: "run-1",
    reporter: new RecordingReporter(),
    windowMs,
    dryRun,
    clock: new FakeClock(),
  };
}

describe("watchConnected", () => {
  const WINDOW_MS = 90_000;
  const rules = { windowMs: WINDOW_MS, intervalMs: 30_000, failureLimit: 3, errorLimit: 4 };
  const settings = {
    app: "shop",
    name: "production",
    target: "docker",
    watch: DEFAULT_WATCH,
    variables: [],
  } as unknown as EnvironmentSettings;

  const options = (dryRun: boolean) => watchOptions(dryRun, WINDOW_MS);

  /** The proxy's lines of `release`: `perSecond` requests a second over the whole window. */
  function traffic(release: string, { perSecond = 2, errorEvery = 0, requestMs = 20 } = {}): string[] {
    return Array.from({ length: (WINDOW_MS / 1000) * perSecond }, (_, index) =>
      JSON.stringify({
        time: index / perSecond,
        status: errorEvery && index % errorEvery === 0 ? 502 : 200,
        request_time: requestMs / 1000,
        upstream_response_time: "0.010",
        release,
      }),
    );
  }

  /** 1.4.0 verified before, with figures or not, then 1.5.0 deployed and serving. */
  async function deployed(figures?: TrafficFigures) {
    const ledger = new MemoryLedger();
    const earlier = await ledger.record(release("1.4.0"), "success");
    if (figures) await ledger.recordFigures(earlier.id, figures);
    const watched = await ledger.record(release("1.5.0"), "success");
    const target = new FakeTarget();
    target.current = {
      version: "1.5.0",
      digest: release("1.5.0").digest,
      image: `r/shop@${release("1.5.0").digest}`,
      deployId: watched.id,
      deployedAt: "",
      id: "c2",
    };
    return { ledger, target, watched };
  }

  async function watch(dryRun: boolean, { ledger, target }: Awaited<ReturnType<typeof deployed>>) {
    const history = await ledger.history("shop", "production");
    return watchConnected(options(dryRun), {
      settings,
      rules,
      ledger,
      history,
      target,
      leases: new FakeLeases(),
    });
  }

  it("drifts a release whose share of 5xx stays over 1% on a first comparison (absolute thresholds)", async () => {
    const environment = await deployed();
    environment.target.proxyLog = [...traffic("1.5.0", { errorEvery: 20 }), ...traffic("1.4.0")];
    const result = await watch(true, environment);
    expect(result.verdict).toBe("drifted");
    expect(result.deciding).toEqual({
      signal: "5xx share",
      reason: "5% 5xx of 60 requests to 1.5.0; p50 20 ms, p95 20 ms, p99 20 ms for 3 samples",
    });
    expect(result.thresholds["5xx share"]).toBe("> 1%");
    expect(result.action).toEqual({ kind: "reported", why: "dry run: would roll back 1.5.0" });
  });

  it("judges against the figures the replaced release left in the ledger", async () => {
    const baseline = { requests: 900, share5xx: 0.04, p50Ms: 10, p95Ms: 14, p99Ms: 16 };
    const environment = await deployed(baseline);
    // 5% of 5xx is within twice the baseline's 4%; a p99 of 21 ms is over 25% above its 16 ms.
    environment.target.proxyLog = traffic("1.5.0", { errorEvery: 20, requestMs: 21 });
    const result = await watch(true, environment);
    expect(result.thresholds).toMatchObject({
      "5xx share": "> 1% and > 2× baseline 4%",
      "p99 latency": "> 500 ms or > 25% above baseline 16 ms",
    });
    expect(
      result.samples.filter((sample) => sample.signal === "5xx share").map((s) => s.reading.kind),
    ).toEqual(["pass", "pass", "pass"]);
    expect(result).toMatchObject({ verdict: "drifted", deciding: { signal: "p99 latency" } });
  });

  it("records the verified release's figures over the whole window as the next one's baseline", async () => {
    const environment = await deployed();
    environment.target.proxyLog = traffic("1.5.0", { errorEvery: 200, requestMs: 30 });
    const result = await watch(false, environment);
    expect(result.verdict).toBe("verified");
    const [recorded] = await environment.ledger.history("shop", "production");
    expect(recorded?.figures).toEqual({ requests: 180, share5xx: 1 / 180, p50Ms: 30, p95Ms: 30, p99Ms: 30 });
    expect(environment.target.accessLogReads.at(-1)).toBe(0);

    // Watched again (a sweep): the figures of the watch that verified it stay.
    environment.target.proxyLog = traffic("1.5.0", { requestMs: 90 });
    await watch(false, environment);
    expect((await environment.ledger.history("shop", "production"))[0]?.figures?.p99Ms).toBe(30);
  });

  it("stays verified when the ledger cannot keep the figures, and says so", async () => {
    const environment = await deployed();
    environment.target.proxyLog = traffic("1.5.0");
    environment.ledger.recordFigures = async () => {
      throw new Error("GitHub answered 502");
    };
    const watchOptions = options(false);
    const history = await environment.ledger.history("shop", "production");
    const result = await watchConnected(watchOptions, {
      settings,
      rules,
      history,
      leases: new FakeLeases(),
      ...environment,
    });
    expect(result.verdict).toBe("verified");
    expect((watchOptions.reporter as RecordingReporter).warnings).toEqual([
      "Could not record the traffic of 1.5.0 as the next release's baseline: GitHub answered 502",
    ]);
  });

  it("records nothing in a dry run, nor from fewer requests than min-requests", async () => {
    const environment = await deployed();
    environment.target.proxyLog = traffic("1.5.0");
    expect((await watch(true, environment)).verdict).toBe("verified");
    environment.target.proxyLog = traffic("1.5.0", { perSecond: 0.5 });
    expect((await watch(false, environment)).verdict).toBe("verified");
    environment.target.proxyLog = undefined;
    const result = await watch(false, environment);
    expect(result.samples.find((sample) => sample.signal === "5xx share")?.reading).toEqual({
      kind: "no-data",
      detail: "the target has no quai proxy whose access log to read",
    });
    expect((await environment.ledger.history("shop", "production"))[0]?.figures).toBeUndefined();
  });
});

describe("baselineOf", () => {
  const figures = { requests: 100, share5xx: 0, p50Ms: 1, p95Ms: 2, p99Ms: 3 };

  it("takes the newest successful deployment of another digest that has figures", () => {
    const watched = deployment("1.5.0", 5);
    const history = [
      watched,
      deployment("1.5.0", 20, { figures: { ...figures, p99Ms: 99 } }),
      deployment("1.4.1", 30, { status: "rolled_back", figures: { ...figures, p99Ms: 98 } }),
      deployment("1.4.0", 40),
      deployment("1.3.0", 50, { figures }),
    ];
    expect(baselineOf(history, watched)).toEqual(figures);
    expect(baselineOf([watched], watched)).toBeUndefined();
    expect(baselineOf(history, undefined)).toBeUndefined();
  });
});

describe("watchConnected acting on its verdict", () => {
  const WINDOW_MS = 120_000;
  const rules = { windowMs: WINDOW_MS, intervalMs: 30_000, failureLimit: 3, errorLimit: 4 };
  const settings = {
    app: "shop",
    name: "production",
    target: "docker",
    watch: DEFAULT_WATCH,
    variables: [],
  } as unknown as EnvironmentSettings;
  const HEALTHY = { running: true, restartCount: 0, oomKilled: false, exitCode: 0, healthLog: [] };
  const OOM_KILLED = { running: false, restartCount: 1, oomKilled: true, exitCode: 137, healthLog: [] };

  function serving(version: string, id: string): ServingRelease {
    const { digest } = release(version);
    return { version, digest, image: `r/shop@${digest}`, deployId: id, deployedAt: "", id: `c-${version}` };
  }

  /** 1.4.0 served before; 1.5.0, deployed after it, serves now and is OOM-killed. */
  async function environment() {
    const ledger = new MemoryLedger();
    await ledger.record(release("1.4.0"), "success");
    const watched = await ledger.record(release("1.5.0"), "success");
    const target = new FakeTarget();
    target.current = serving("1.5.0", watched.id);
    target.state = OOM_KILLED;
    const leases = new FakeLeases();
    const deploys: DeployFromConfigOptions[] = [];
    /** deploy-env's rollback, as far as the watcher sees it: the ledger and the target move back. */
    const deploy = async (deployOptions: DeployFromConfigOptions): Promise<DeployFromConfigResult> => {
      deploys.push(deployOptions);
      const to = deployOptions.version ?? "1.4.0";
      const deployment = await ledger.record(
        { ...release(to), rollbackOf: watched.id, hold: deployOptions.hold },
        "success",
      );
      target.current = serving(to, deployment.id);
      target.state = afterRollback;
      return {
        release: {
          app: "shop",
          version: to,
          image: target.current.image,
          digest: release(to).digest,
          commit: "c",
        },
        deployment,
        outcome: { serving: target.current, phases: [], reused: true },
        durationMs: 400,
        settings,
      };
    };
    let afterRollback: ReleaseState = HEALTHY;
    const watch = async (context: Partial<WatchContext> = {}, dryRun = false) => {
      const history = await ledger.history("shop", "production");
      return watchConnected(
        { ...watchOptions(dryRun, WINDOW_MS), actor: "quai-bot" },
        { settings, rules, ledger, history, target, leases, deploy, ...context },
      );
    };
    return {
      ledger,
      target,
      leases,
      deploys,
      watch,
      rollbackTargetFails: () => {
        afterRollback = OOM_KILLED;
      },
    };
  }

  it("rolls back through deploy-env as an automatic deploy that holds the environment, blocks the release, then watches what it went back to", async () => {
    const bed = await environment();
    const result = await bed.watch();
    expect(result.action).toMatchObject({ kind: "rolled-back", to: "1.4.0", blocked: "1.5.0" });
    expect(bed.deploys).toHaveLength(1);
    expect(bed.deploys[0]).toMatchObject({
      rollback: true,
      automatic: true,
      hold: "1.5.0: OOM-killed (exit code 137, 1 restarts, not running)",
      rollbackReason: "auto-rollback-on-drift: OOM-killed (exit code 137, 1 restarts, not running)",
    });
    expect(bed.deploys[0]?.version).toBeUndefined();
    expect(await bed.ledger.blocked("shop", release("1.5.0").digest)).toMatchObject({
      version: "1.5.0",
      blockedBy: "quai-bot",
      environment: "production",
    });
    expect(result.drifting).toMatchObject({
      serving: { version: "1.5.0" },
      state: { oomKilled: true, exitCode: 137, restartCount: 1 },
    });
    expect(result.timeline.map(({ event }) => event)).toEqual([
      "watch of 1.5.0 started",
      "container health first failed: OOM-killed (exit code 137, 1 restarts, not running)",
      "drifted: container health, OOM-killed (exit code 137, 1 restarts, not running)",
      "rolled back 1.5.0 to 1.4.0 and blocked 1.5.0",
      "watch of 1.4.0 started",
      "verified",
    ]);
    // The rollback target is watched for the window (up to 5 minutes), and holds up.
    expect(result.targetWatch).toMatchObject({ verdict: "verified" });
    expect(result.targetWatch?.samples.some((sample) => sample.signal === "digest drift")).toBe(true);
  });

  it("escalates when the release it went back to fails too, and never rolls back a second time", async () => {
    const bed = await environment();
    bed.rollbackTargetFails();
    const result = await bed.watch();
    expect(result.action.kind).toBe("escalated");
    expect(result.action.why).toBe(
      "rolled back 1.5.0 to 1.4.0 and blocked 1.5.0; the rollback target 1.4.0 is also failing (container health: OOM-killed (exit code 137, 1 restarts, not running)): escalated, quai does not walk further back",
    );
    expect(bed.deploys).toHaveLength(1);
    // A sweep after it finds a rollback serving, and leaves it to a person.
    const swept = await bed.watch();
    expect(swept.action).toEqual({
      kind: "reported",
      why: "1.4.0 serves after a rollback: quai never rolls back a rollback, a person decides",
    });
    expect(bed.deploys).toHaveLength(1);
  });

  it("does not watch while a deploy holds the environment's lock", async () => {
    const bed = await environment();
    bed.leases.holder = { holder: "alice", runId: "run-7", runUrl: "https://github.com/o/r/actions/runs/7" };
    const result = await bed.watch();
    expect(result).toMatchObject({ verdict: "inconclusive", samples: [] });
    expect(result.action).toEqual({
      kind: "skipped",
      why: "alice is deploying production (https://github.com/o/r/actions/runs/7): not watched now",
    });
    expect(bed.target.accessLogReads).toEqual([]);
    expect(bed.deploys).toEqual([]);
  });

  it("does nothing when a newer deploy superseded the release it watched", async () => {
    const bed = await environment();
    const history = await bed.ledger.history("shop", "production");
    await bed.ledger.record(release("1.6.0"), "success");
    const result = await bed.watch({ history });
    expect(result.verdict).toBe("drifted");
    expect(result.action).toEqual({
      kind: "none",
      why: "superseded: 1.6.0 was deployed while the watch ran",
    });
    expect(bed.deploys).toEqual([]);
  });

  it("ends inconclusive, and rolls nothing back, when Prometheus does not answer error-limit times", async () => {
    const bed = await environment();
    bed.target.state = HEALTHY;
    const prometheus = new FakePrometheusApi();
    prometheus.reachable = false;
    const queries = [{ name: "error rate", query: "sum(rate(errors[1m]))", max: 0.01 }];
    const withPrometheus = {
      ...settings,
      watch: { ...DEFAULT_WATCH, prometheus: { url: "http://127.0.0.1:9090", queries } },
    };
    const result = await bed.watch({ settings: withPrometheus, prometheus });
    expect(result.verdict).toBe("inconclusive");
    expect(result.deciding?.signal).toBe("error rate");
    expect(result.deciding?.reason).toMatch(/^error rate could not be measured 4 times in a row: Prometheus/);
    expect(result.action.kind).toBe("reported");
    expect(prometheus.queries).toHaveLength(4);
    expect(bed.deploys).toEqual([]);
  });

  it("reports configuration drift and changes nothing", async () => {
    const bed = await environment();
    bed.target.state = HEALTHY;
    bed.target.configuration = ["network extra-net connected outside quai"];
    const result = await bed.watch();
    expect(result).toMatchObject({
      verdict: "drifted",
      deciding: { signal: "configuration drift", reason: "network extra-net connected outside quai" },
      action: { kind: "reported", why: "configuration drift is reported, never changed: a person decides" },
    });
    expect(bed.deploys).toEqual([]);
  });

  it("rolls back on an HTTP probe failing failure-limit times, escalates when it fails after too, and closes the probes", async () => {
    const bed = await environment();
    bed.target.state = HEALTHY;
    bed.target.probeAnswers.set("/health", { healthy: false, reason: "HTTP 503 where 200 was expected" });
    const result = await bed.watch();
    expect(result.deciding).toEqual({
      signal: "GET /health → 200",
      reason: "HTTP 503 where 200 was expected for 3 samples",
    });
    // The probe asks the environment, whichever release serves it: 1.4.0 fails it as well.
    expect(result.action).toMatchObject({ kind: "escalated", to: "1.4.0", blocked: "1.5.0" });
    // One probe for the watch and the watch of the release gone back to, opened once, closed at the end.
    expect(bed.target.probes.map(({ runId, closed }) => ({ runId, closed }))).toEqual([
      { runId: "run-1", closed: true },
    ]);
  });

  it("stops the standby once its window ended, after a watch that found nothing, and not in a dry run", async () => {
    const bed = await environment();
    bed.target.state = HEALTHY;
    bed.target.standby = { release: serving("1.4.0", "1"), untilMs: WINDOW_MS / 2 };
    await bed.watch({}, true);
    expect(bed.target.retireCalls).toEqual([]);
    const result = await bed.watch();
    expect(result.verdict).toBe("verified");
    expect(bed.target.retireCalls).toEqual([
      { app: "shop", environment: "production", nowMs: WINDOW_MS, force: false },
    ]);
    expect(bed.target.standby).toBeUndefined();
  });
});
