// Watch results as watchEnvironment returns them, for the report's tests: a rollback on the 5xx
// share, and the verdicts that are reported as issues.
import type { DeployFromConfigResult } from "@quai/deploy";
import type { Sample, WatchEnvironmentResult } from "@quai/drift";

export const BAD = { version: "1.4.2", digest: `sha256:${"a".repeat(64)}`, commit: "c".repeat(40) };
export const GOOD = { version: "1.4.1", digest: `sha256:${"b".repeat(64)}`, commit: "b".repeat(40) };
export const STARTED_MS = Date.parse("2026-12-02T10:00:00Z");

const settings = {
  app: "shop",
  name: "production",
  target: "ssh://deploy@shop.example",
  url: "https://shop.example",
} as WatchEnvironmentResult["settings"];

function fiveXx(atMs: number, share: number): Sample {
  return {
    atMs,
    signal: "5xx share",
    reading: {
      kind: share > 1 ? "fail" : "pass",
      value: share,
      detail: `400 requests to 1.4.2, ${share}% 5xx, p99 80 ms`,
    },
  };
}

function rollbackDeploy(): DeployFromConfigResult {
  return {
    release: { app: "shop", image: `ghcr.io/acme/shop@${GOOD.digest}`, ...GOOD },
    deployment: {
      id: "12",
      app: "shop",
      environment: "production",
      version: GOOD.version,
      digest: GOOD.digest,
      status: "success",
      actor: "octocat",
      commit: GOOD.commit,
      rollbackOf: "11",
      hold: "1.4.2: 5xx share 7.9%",
      createdAt: "2026-12-02T10:02:05Z",
      updatedAt: "2026-12-02T10:02:10Z",
    },
    durationMs: 5_000,
    settings,
  } as DeployFromConfigResult;
}

/** 1.4.2 rolled back to 1.4.1 on its 5xx share, and 1.4.1 verified after it. */
export function rolledBack(): WatchEnvironmentResult {
  const deploy = rollbackDeploy();
  return {
    verdict: "drifted",
    deciding: { signal: "5xx share", reason: "400 requests to 1.4.2, 7.9% 5xx, p99 80 ms for 3 samples" },
    samples: [
      fiveXx(STARTED_MS + 30_000, 0.2),
      fiveXx(STARTED_MS + 60_000, 7.9),
      fiveXx(STARTED_MS + 90_000, 7.9),
      fiveXx(STARTED_MS + 120_000, 7.9),
      {
        atMs: STARTED_MS + 120_000,
        signal: "container health",
        reading: { kind: "pass", value: 0, detail: "running, 0 restarts in all" },
      },
    ],
    startedMs: STARTED_MS,
    endedMs: STARTED_MS + 120_000,
    settings,
    thresholds: {
      "5xx share": "> 1% and > 2× baseline 0.3%",
      "container health": "no OOM kill, not unhealthy, < 3 restarts in 5 min",
    },
    declared: { ...BAD, deploymentId: "11" },
    action: {
      kind: "rolled-back",
      why: "rolled back 1.4.2 to 1.4.1 and blocked 1.4.2",
      to: GOOD.version,
      blocked: BAD.version,
      deploy,
    },
    logTail: ["GET /checkout 500 upstream timed out", "connecting to db as shop"],
    timeline: [],
    targetWatch: {
      verdict: "verified",
      samples: [],
      startedMs: STARTED_MS + 125_000,
      endedMs: STARTED_MS + 425_000,
    },
  };
}

/** Prometheus could not be asked 4 times in a row: nothing was done. */
export function inconclusive(): WatchEnvironmentResult {
  const { action: _action, targetWatch: _targetWatch, ...base } = rolledBack();
  return {
    ...base,
    verdict: "inconclusive",
    deciding: {
      signal: "error rate",
      reason: "error rate could not be measured 4 times in a row: Prometheus did not answer",
    },
    logTail: [],
    timeline: [],
    action: {
      kind: "reported",
      why: "error rate could not be measured 4 times in a row: Prometheus did not answer",
    },
  };
}

/** Rolled back, and 1.4.1 failed its own watch too: escalated to a person. */
export function escalated(): WatchEnvironmentResult {
  const result = rolledBack();
  const { action } = result;
  if (action.kind !== "rolled-back") throw new Error("the rollback fixture is a rollback");
  return {
    ...result,
    action: {
      ...action,
      kind: "escalated",
      why: `${action.why}; the rollback target 1.4.1 is also failing (container health: OOM-killed): escalated, quai does not walk further back`,
    },
    targetWatch: {
      verdict: "drifted",
      deciding: { signal: "container health", reason: "OOM-killed (exit code 137, 1 restarts, not running)" },
      samples: [],
      startedMs: STARTED_MS + 125_000,
      endedMs: STARTED_MS + 185_000,
    },
  };
}
