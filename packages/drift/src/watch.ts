// The watcher's decision: sample every signal each interval over the window, and end early on
// evidence. Defaults and rules come from Argo Rollouts' analysis runs: consecutive failures roll
// back, consecutive measurement errors end inconclusive, and data too thin to judge never votes.
import type { Clock } from "@quai/core";
import type { Reading, SampleWindow, Signal } from "./signal";

export interface WatchRules {
  /** How long to watch; a sweep is one such window. */
  windowMs: number;
  intervalMs: number;
  /** Consecutive failing samples of one signal that decide a drift. */
  failureLimit: number;
  /** Consecutive measurement errors of one signal that end the watch inconclusive. */
  errorLimit: number;
}

export interface Sample {
  /** Clock time at the end of the sampled window. */
  atMs: number;
  signal: string;
  reading: Reading;
}

export type Verdict = "verified" | "drifted" | "inconclusive";

export interface WatchResult {
  verdict: Verdict;
  /** The signal that decided a drifted or inconclusive verdict, and why, in one line. */
  deciding?: { signal: string; reason: string };
  samples: Sample[];
  startedMs: number;
  endedMs: number;
}

/** Told each sample as it is taken, for the log and a live view. */
export type SampleListener = (sample: Sample) => void;

export async function watchRelease(
  signals: Signal[],
  rules: WatchRules,
  clock: Clock,
  onSample: SampleListener = () => {},
): Promise<WatchResult> {
  const startedMs = clock.now();
  const samples: Sample[] = [];
  const failures = new Map<string, number>();
  const errors = new Map<string, number>();
  const end = (verdict: Verdict, deciding?: WatchResult["deciding"]): WatchResult => ({
    verdict,
    deciding,
    samples,
    startedMs,
    endedMs: clock.now(),
  });
  let window: SampleWindow = { startMs: startedMs, endMs: startedMs };
  // A fixed-length sampling loop, not a wait for a state: poll() would end it at the first success.
  for (;;) {
    await clock.sleep(Math.min(rules.intervalMs, startedMs + rules.windowMs - window.endMs));
    window = { startMs: window.endMs, endMs: clock.now() };
    for (const signal of signals) {
      const reading = await readSafely(signal, window);
      const sample = { atMs: window.endMs, signal: signal.name, reading };
      samples.push(sample);
      onSample(sample);
      const failed = reading.kind === "fail" ? (failures.get(signal.name) ?? 0) + 1 : 0;
      const errored = reading.kind === "error" ? (errors.get(signal.name) ?? 0) + 1 : 0;
      failures.set(signal.name, failed);
      errors.set(signal.name, errored);
      if (reading.kind === "fail" && (reading.now || failed >= rules.failureLimit)) {
        const count = reading.now ? "" : ` for ${failed} samples`;
        return end("drifted", { signal: signal.name, reason: `${reading.detail}${count}` });
      }
      if (errored >= rules.errorLimit) {
        return end("inconclusive", {
          signal: signal.name,
          reason: `${signal.name} could not be measured ${errored} times in a row: ${reading.detail}`,
        });
      }
    }
    if (window.endMs - startedMs >= rules.windowMs) return end("verified");
  }
}

/** A signal that throws could not measure: that is an error reading, never a failure. */
async function readSafely(signal: Signal, window: SampleWindow): Promise<Reading> {
  try {
    return await signal.read(window);
  } catch (error) {
    return {
      kind: "error",
      detail: (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "",
    };
  }
}
