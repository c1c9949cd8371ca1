// The traffic signals: the real requests quai's proxy sent to the release being watched, as its
// access log has them (one JSON object a request, nginx-config.ts), judged by their 5xx share and
// their p99 latency, against absolute limits and, when the release it replaced left figures in
// the ledger, against those. Too few requests in a sample are no data, never a verdict.
import type { TrafficFigures, WatchSettings } from "@quai/deploy";
import type { Reading, SampleWindow, Signal } from "./signal";

export const FIVE_XX_SHARE = "5xx share";
export const P99_LATENCY = "p99 latency";

/** The proxy's lines since a time (clock milliseconds); undefined when the target has no quai proxy. */
export type ReadAccessLog = (sinceMs: number) => Promise<string[] | undefined>;

/** One request as the proxy logged it. */
export interface AccessLogEntry {
  /** When nginx logged it (the request's end), in clock milliseconds. */
  timeMs: number;
  status: number;
  /** From the first byte read from the client to the last byte sent to it. */
  requestMs: number;
  /** The version the proxy sent it to; empty when no release served. */
  release: string;
}

/** The requests of the lines; lines that are not the proxy's JSON (nginx may print others) are skipped. */
export function parseAccessLog(lines: string[]): AccessLogEntry[] {
  const entries: AccessLogEntry[] = [];
  for (const line of lines) {
    let fields: unknown;
    try {
      fields = JSON.parse(line);
    } catch {
      continue;
    }
    if (typeof fields !== "object" || fields === null) continue;
    const { time, status, request_time, release } = fields as Record<string, unknown>;
    if (typeof time !== "number" || typeof status !== "number" || typeof request_time !== "number") continue;
    if (typeof release !== "string") continue;
    // nginx writes seconds with millisecond resolution.
    entries.push({
      timeMs: Math.round(time * 1000),
      status,
      requestMs: Math.round(request_time * 1000),
      release,
    });
  }
  return entries;
}

/** The entries' request count, 5xx share and nearest-rank percentiles of their request time. */
export function trafficFigures(entries: AccessLogEntry[]): TrafficFigures {
  const times = entries.map((entry) => entry.requestMs).sort((a, b) => a - b);
  const errors = entries.filter((entry) => entry.status >= 500 && entry.status <= 599).length;
  return {
    requests: entries.length,
    share5xx: entries.length === 0 ? 0 : errors / entries.length,
    p50Ms: nearestRank(times, 50),
    p95Ms: nearestRank(times, 95),
    p99Ms: nearestRank(times, 99),
  };
}

/** The release's figures over the window, or undefined when the target has no quai proxy. */
export async function windowFigures(
  readAccessLog: ReadAccessLog,
  release: string,
  window: SampleWindow,
): Promise<TrafficFigures | undefined> {
  const lines = await readAccessLog(window.startMs);
  return lines && trafficFigures(entriesOf(parseAccessLog(lines), release, window));
}

/**
 * The 5xx-share and p99-latency signals of `release`; `baseline`: the figures of the release it
 * replaced. Both read one access log per sample.
 */
export function trafficSignals(
  readAccessLog: ReadAccessLog,
  release: string,
  watch: WatchSettings,
  baseline?: TrafficFigures,
): Signal[] {
  let current: { endMs: number; figures: Promise<TrafficFigures | undefined> } | undefined;
  const sampled = (window: SampleWindow) => {
    if (current?.endMs !== window.endMs) {
      current = { endMs: window.endMs, figures: windowFigures(readAccessLog, release, window) };
    }
    return current.figures;
  };
  const judged =
    (judge: (figures: TrafficFigures) => boolean, value: (figures: TrafficFigures) => number) =>
    async (window: SampleWindow): Promise<Reading> => {
      const figures = await sampled(window);
      if (!figures)
        return { kind: "no-data", detail: "the target has no quai proxy whose access log to read" };
      if (figures.requests < watch.minRequests) {
        return {
          kind: "no-data",
          detail: `${figures.requests} requests to ${release} in the sample, fewer than min-requests ${watch.minRequests}`,
        };
      }
      const detail = describeFigures(figures, release);
      return { kind: judge(figures) ? "fail" : "pass", value: value(figures), detail };
    };
  const maxShare = watch.max5xxShare / 100;
  const maxP99 = baseline && baseline.p99Ms * (1 + watch.maxP99Increase / 100);
  return [
    {
      name: FIVE_XX_SHARE,
      threshold: baseline
        ? `> ${percent(maxShare)} and > ${watch.max5xxRatioToBaseline}× baseline ${percent(baseline.share5xx)}`
        : `> ${percent(maxShare)}`,
      read: judged(
        ({ share5xx }) =>
          share5xx > maxShare && (!baseline || share5xx > watch.max5xxRatioToBaseline * baseline.share5xx),
        ({ share5xx }) => share5xx * 100,
      ),
    },
    {
      name: P99_LATENCY,
      threshold: baseline
        ? `> ${watch.maxP99Ms} ms or > ${watch.maxP99Increase}% above baseline ${baseline.p99Ms} ms`
        : `> ${watch.maxP99Ms} ms`,
      read: judged(
        ({ p99Ms }) => p99Ms > watch.maxP99Ms || (maxP99 !== undefined && p99Ms > maxP99),
        ({ p99Ms }) => p99Ms,
      ),
    },
  ];
}

/** Only the watched release's requests count, each in the one sample whose window it ended in. */
function entriesOf(entries: AccessLogEntry[], release: string, window: SampleWindow): AccessLogEntry[] {
  return entries.filter(
    (entry) => entry.release === release && entry.timeMs >= window.startMs && entry.timeMs < window.endMs,
  );
}

function nearestRank(sorted: number[], percentile: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.max(1, Math.ceil((percentile / 100) * sorted.length)) - 1] ?? 0;
}

/** "4.2% 5xx of 1234 requests to 1.5.0; p50 12 ms, p95 80 ms, p99 140 ms". */
export function describeFigures(figures: TrafficFigures, release: string): string {
  return `${percent(figures.share5xx)} 5xx of ${figures.requests} requests to ${release}; p50 ${figures.p50Ms} ms, p95 ${figures.p95Ms} ms, p99 ${figures.p99Ms} ms`;
}

/** A share as a person reads it: 0.003 → "0.3%", 0.0421 → "4.2%", 0.125 → "12.5%". */
function percent(share: number): string {
  const value = share * 100;
  return `${value >= 10 ? value.toFixed(1) : Number(value.toPrecision(2))}%`;
}
