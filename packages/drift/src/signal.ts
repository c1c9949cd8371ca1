// The watcher's seam: each signal (container health, digest drift, traffic, Prometheus, HTTP
// probes) answers one question per sample. Only "fail" votes for a rollback; an "error" is a
// measurement that could not be made, and "no-data" one with too little to judge by.

/** The span a sample covers, in clock milliseconds. */
export interface SampleWindow {
  startMs: number;
  endMs: number;
}

export type Reading =
  | { kind: "pass"; detail: string; value?: number }
  /** `now`: act at once, without waiting for failure-limit samples (a crash loop, an OOM kill). */
  | { kind: "fail"; detail: string; value?: number; now?: boolean }
  | { kind: "error"; detail: string }
  | { kind: "no-data"; detail: string };

export interface Signal {
  /** Shown in the summary's table and in the verdict: "container health", "5xx share". */
  readonly name: string;
  /** What fails it, as a person reads it: "> 1% and > 2× baseline". */
  readonly threshold: string;
  read(window: SampleWindow): Promise<Reading>;
}
