import { shortDigest } from "@quai/core";
// The signals read from the target itself: does the environment run what the ledger says it
// runs (digest drift), and how does the serving release's container fare (container health).
import type { EnvironmentObservation, ReleaseState } from "@quai/deploy";
import type { Reading, SampleWindow, Signal } from "./signal";

/** One look at the environment in a sample: the signals of one sample share it. */
export type Observe = (window: SampleWindow) => Promise<EnvironmentObservation>;

/** What the last successful deployment in the ledger put there. */
export interface DeclaredRelease {
  version: string;
  digest: string;
}

export const DIGEST_DRIFT = "digest drift";
export const CONTAINER_HEALTH = "container health";

/** Restarts within this span that act at once (the "3 or more within 5 minutes"). */
export const RESTART_BURST = { count: 3, withinMs: 5 * 60_000 };

export function digestDriftSignal(observe: Observe, declared: DeclaredRelease): Signal {
  return {
    name: DIGEST_DRIFT,
    threshold: `serves ${declared.version} (${shortDigest(declared.digest)})`,
    async read(window: SampleWindow): Promise<Reading> {
      const { serving } = await observe(window);
      if (!serving)
        return { kind: "fail", now: true, detail: `nothing serves; the ledger says ${declared.version}` };
      if (serving.digest === declared.digest) {
        return { kind: "pass", detail: `serves ${serving.version} as the ledger says` };
      }
      return {
        kind: "fail",
        now: true,
        detail: `serves ${serving.version || "an unlabelled container"} (${shortDigest(serving.digest) || "no digest"}), the ledger says ${declared.version} (${shortDigest(declared.digest)})`,
      };
    },
  };
}

/**
 * Acts at once on an OOM kill, an unhealthy HEALTHCHECK or a burst of restarts; a restart since the last sample fails that sample only, so it takes restarts in
 * failure-limit samples in a row (or the burst) to decide.
 */
export function containerHealthSignal(observe: Observe): Signal {
  const restarts: Array<{ atMs: number; count: number }> = [];
  return {
    name: CONTAINER_HEALTH,
    threshold: `no OOM kill, not unhealthy, < ${RESTART_BURST.count} restarts in 5 min`,
    async read(window: SampleWindow): Promise<Reading> {
      const { state } = await observe(window);
      if (!state) return { kind: "error", detail: "nothing serves the environment to look at" };
      restarts.push({ atMs: window.endMs, count: state.restartCount });
      const burst = restartsWithin(restarts, window.endMs - RESTART_BURST.withinMs);
      if (state.oomKilled) return { kind: "fail", now: true, detail: `OOM-killed (${describe(state)})` };
      if (state.health === "unhealthy") {
        return { kind: "fail", now: true, detail: `HEALTHCHECK unhealthy (${describe(state)})` };
      }
      if (burst >= RESTART_BURST.count) {
        return {
          kind: "fail",
          now: true,
          detail: `restarted ${burst} times within 5 min (${describe(state)})`,
        };
      }
      // Not running between a crash and the engine's restart is a failing sample, not a verdict:
      // one that stays down fails failure-limit samples in a row; a crash loop is a burst anyway.
      if (!state.running) return { kind: "fail", value: burst, detail: `not running (${describe(state)})` };
      // Only a restart since the last sample fails this one: a single restart is a one-sample blip.
      const sinceLast = state.restartCount - (restarts.at(-2)?.count ?? state.restartCount);
      if (sinceLast > 0) {
        return {
          kind: "fail",
          value: burst,
          detail: `restarted ${sinceLast} times since the last sample, ${burst} within 5 min`,
        };
      }
      return { kind: "pass", value: 0, detail: `running, ${state.restartCount} restarts in all` };
    },
  };
}

/** How many restarts the counts seen since `sinceMs` add up to (the first look in it is the base). */
function restartsWithin(seen: Array<{ atMs: number; count: number }>, sinceMs: number): number {
  const inSpan = seen.filter((look) => look.atMs >= sinceMs);
  const before = seen.filter((look) => look.atMs < sinceMs).at(-1) ?? inSpan[0];
  const last = inSpan.at(-1);
  return before && last ? last.count - before.count : 0;
}

function describe(state: ReleaseState): string {
  return `exit code ${state.exitCode}, ${state.restartCount} restarts${state.running ? ", running" : ", not running"}`;
}
