import { DEFAULT_WATCH, type TrafficFigures } from "@quai/deploy";
import { describe, expect, it } from "vitest";
import {
  FIVE_XX_SHARE,
  P99_LATENCY,
  parseAccessLog,
  trafficFigures,
  trafficSignals,
  windowFigures,
} from "./traffic-signals";

/** A line as the proxy writes it (nginx-config.ts). */
function line(atMs: number, status: number, requestMs: number, release = "1.5.0"): string {
  return JSON.stringify({
    time: atMs / 1000,
    status,
    request_time: requestMs / 1000,
    upstream_response_time: String(requestMs / 1000),
    release,
  });
}

/** `count` requests within the first 30 s, `errors` of them 500, each taking `requestMs`. */
function requests(count: number, options: { errors?: number; requestMs?: number; release?: string } = {}) {
  return Array.from({ length: count }, (_, index) =>
    line(index * 100, index < (options.errors ?? 0) ? 500 : 200, options.requestMs ?? 20, options.release),
  );
}

const WINDOW = { startMs: 0, endMs: 30_000 };
const BASELINE: TrafficFigures = { requests: 900, share5xx: 0.003, p50Ms: 10, p95Ms: 60, p99Ms: 100 };

function signalsOver(lines: string[] | undefined, baseline?: TrafficFigures) {
  const [share, latency] = trafficSignals(async () => lines, "1.5.0", DEFAULT_WATCH, baseline);
  if (!share || !latency) throw new Error("expected two signals");
  return { share, latency };
}

describe("parseAccessLog", () => {
  it("reads the proxy's JSON lines and skips whatever else nginx printed", () => {
    const lines = [
      '{"time":1796219584.394,"status":502,"request_time":0.031,"upstream_response_time":"0.030","release":"1.5.0"}',
      "2026/12/02 13:52:57 [notice] 1#1: signal process started",
      '{"time":1796219585.001,"status":200,"request_time":0.000,"upstream_response_time":"","release":""}',
      '{"status":200}',
      "[1,2]",
      "null",
    ];
    expect(parseAccessLog(lines)).toEqual([
      { timeMs: 1796219584394, status: 502, requestMs: 31, release: "1.5.0" },
      { timeMs: 1796219585001, status: 200, requestMs: 0, release: "" },
    ]);
  });
});

describe("trafficFigures", () => {
  it("counts 5xx answers and takes nearest-rank percentiles of the request time", () => {
    const entries = Array.from({ length: 200 }, (_, index) => ({
      timeMs: index,
      status: index % 50 === 0 ? 503 : index % 7 === 0 ? 404 : 200,
      requestMs: 200 - index,
      release: "1.5.0",
    }));
    expect(trafficFigures(entries)).toEqual({
      requests: 200,
      share5xx: 4 / 200,
      p50Ms: 100,
      p95Ms: 190,
      p99Ms: 198,
    });
  });

  it("takes the highest time as every percentile of few requests, and zeros of none", () => {
    const entry = (requestMs: number) => ({ timeMs: 0, status: 200, requestMs, release: "" });
    expect(trafficFigures([entry(5), entry(9)])).toMatchObject({ p50Ms: 5, p95Ms: 9, p99Ms: 9 });
    expect(trafficFigures([])).toEqual({ requests: 0, share5xx: 0, p50Ms: 0, p95Ms: 0, p99Ms: 0 });
  });
});

describe("windowFigures", () => {
  it("counts the watched release's requests of the window only, read from its start", async () => {
    const reads: number[] = [];
    const lines = [
      line(9_999, 500, 5),
      line(10_000, 200, 7),
      line(19_999, 200, 9),
      line(15_000, 500, 3, "1.4.0"),
      line(20_000, 500, 11),
    ];
    const readAccessLog = async (sinceMs: number) => {
      reads.push(sinceMs);
      return lines;
    };
    const window = { startMs: 10_000, endMs: 20_000 };
    expect(await windowFigures(readAccessLog, "1.5.0", window)).toEqual({
      requests: 2,
      share5xx: 0,
      p50Ms: 7,
      p95Ms: 9,
      p99Ms: 9,
    });
    expect(reads).toEqual([10_000]);
    expect(await windowFigures(async () => undefined, "1.5.0", window)).toBeUndefined();
  });
});

describe("trafficSignals", () => {
  it("passes a release within the absolute limits, with its figures in the detail", async () => {
    const { share, latency } = signalsOver(requests(200, { errors: 1, requestMs: 40 }));
    expect(share.name).toBe(FIVE_XX_SHARE);
    expect(share.threshold).toBe("> 1%");
    expect(await share.read(WINDOW)).toEqual({
      kind: "pass",
      value: 0.5,
      detail: "0.5% 5xx of 200 requests to 1.5.0; p50 40 ms, p95 40 ms, p99 40 ms",
    });
    expect(latency.name).toBe(P99_LATENCY);
    expect(latency.threshold).toBe("> 500 ms");
    expect(await latency.read(WINDOW)).toMatchObject({ kind: "pass", value: 40 });
  });

  it("first deploy: fails on absolute thresholds alone", async () => {
    const { share, latency } = signalsOver(requests(100, { errors: 2, requestMs: 501 }));
    expect(await share.read(WINDOW)).toMatchObject({ kind: "fail", value: 2 });
    expect(await latency.read(WINDOW)).toMatchObject({
      kind: "fail",
      value: 501,
      detail: "2% 5xx of 100 requests to 1.5.0; p50 501 ms, p95 501 ms, p99 501 ms",
    });
  });

  it("with a baseline, fails on 5xx only over 1% and over twice the baseline's share", async () => {
    const noisyBaseline = { ...BASELINE, share5xx: 0.02 };
    const { share } = signalsOver(requests(100, { errors: 3 }), noisyBaseline);
    expect(share.threshold).toBe("> 1% and > 2× baseline 2%");
    expect(await share.read(WINDOW)).toMatchObject({ kind: "pass", value: 3 });
    const worse = signalsOver(requests(100, { errors: 5 }), noisyBaseline).share;
    expect(await worse.read(WINDOW)).toMatchObject({ kind: "fail", value: 5 });
    const quiet = signalsOver(requests(100, { errors: 1 }), { ...BASELINE, share5xx: 0 }).share;
    expect(await quiet.read(WINDOW)).toMatchObject({ kind: "pass" });
  });

  it("with a baseline, fails on a p99 more than 25% above the baseline's, well under 500 ms", async () => {
    const { latency } = signalsOver(requests(100, { requestMs: 125 }), BASELINE);
    expect(latency.threshold).toBe("> 500 ms or > 25% above baseline 100 ms");
    expect(await latency.read(WINDOW)).toMatchObject({ kind: "pass", value: 125 });
    const slower = signalsOver(requests(100, { requestMs: 126 }), BASELINE).latency;
    expect(await slower.read(WINDOW)).toMatchObject({ kind: "fail", value: 126 });
  });

  it("gives no data below min-requests, counting only the watched release's requests", async () => {
    const lines = [...requests(49, { errors: 49 }), ...requests(100, { errors: 100, release: "1.4.0" })];
    const { share, latency } = signalsOver(lines);
    const reading = {
      kind: "no-data",
      detail: "49 requests to 1.5.0 in the sample, fewer than min-requests 50",
    };
    expect(await share.read(WINDOW)).toEqual(reading);
    expect(await latency.read(WINDOW)).toEqual(reading);
  });

  it("gives no data when the target has no quai proxy", async () => {
    const { share } = signalsOver(undefined);
    expect(await share.read(WINDOW)).toEqual({
      kind: "no-data",
      detail: "the target has no quai proxy whose access log to read",
    });
  });

  it("reads the access log once a sample for both signals, from the sample's start", async () => {
    const reads: number[] = [];
    const [share, latency] = trafficSignals(
      async (sinceMs) => {
        reads.push(sinceMs);
        return [];
      },
      "1.5.0",
      DEFAULT_WATCH,
    );
    for (const window of [WINDOW, { startMs: 30_000, endMs: 60_000 }]) {
      await share?.read(window);
      await latency?.read(window);
    }
    expect(reads).toEqual([0, 30_000]);
  });
});
