import { describe, expect, it } from "vitest";
import { prometheusSignals } from "./prometheus-signals";
import { errorAnswer, FakePrometheusApi, scalarAnswer, vectorAnswer } from "./testing/fake-prometheus-api";

const ERROR_RATE = 'rate(http_requests_total{status=~"5.."}[1m]) / rate(http_requests_total[1m])';
const P99 = "histogram_quantile(0.99, rate(http_request_duration_seconds_bucket[1m]))";
const SETTINGS = {
  url: "http://prometheus:9090",
  queries: [
    { name: "5xx rate", query: ERROR_RATE, max: 0.01 },
    { name: "p99", query: P99, max: 0.5 },
  ],
};
const WINDOW = { startMs: 1_000_000, endMs: 1_030_000 };

function errorRateSignal(api: FakePrometheusApi) {
  const [signal] = prometheusSignals(api, SETTINGS);
  if (!signal) throw new Error("no signal");
  return signal;
}

describe("prometheusSignals", () => {
  it("makes one signal per query, named after it, failing above its max", () => {
    const signals = prometheusSignals(new FakePrometheusApi(), SETTINGS);
    expect(signals.map(({ name, threshold }) => ({ name, threshold }))).toEqual([
      { name: "5xx rate", threshold: "> 0.01" },
      { name: "p99", threshold: "> 0.5" },
    ]);
  });

  it("makes none when quai.yml has no prometheus block", () => {
    expect(prometheusSignals(new FakePrometheusApi(), undefined)).toEqual([]);
  });

  it("asks its own query at the end of the sampled window", async () => {
    const api = new FakePrometheusApi();
    const [errorRate, p99] = prometheusSignals(api, SETTINGS);
    await errorRate?.read(WINDOW);
    await p99?.read(WINDOW);
    expect(api.queries).toEqual([
      { expression: ERROR_RATE, atMs: WINDOW.endMs },
      { expression: P99, atMs: WINDOW.endMs },
    ]);
  });

  it("passes a result at or below max", async () => {
    const api = new FakePrometheusApi({ [ERROR_RATE]: vectorAnswer([{ labels: {}, value: 0.01 }]) });
    expect(await errorRateSignal(api).read(WINDOW)).toEqual({
      kind: "pass",
      value: 0.01,
      detail: "0.01 ≤ 0.01",
    });
  });

  it("fails a result above max, with its value", async () => {
    const api = new FakePrometheusApi({ [ERROR_RATE]: scalarAnswer(0.123456) });
    expect(await errorRateSignal(api).read(WINDOW)).toEqual({
      kind: "fail",
      value: 0.123456,
      detail: "0.1235 > 0.01",
    });
  });

  it("judges the highest of several series, and says which", async () => {
    const api = new FakePrometheusApi({
      [ERROR_RATE]: vectorAnswer([
        { labels: { instance: "a:8080", status: "500" }, value: 0.002 },
        { labels: { instance: "b:8080", status: "500" }, value: 0.25 },
        { labels: { instance: "c:8080", status: "503" }, value: Number.NaN },
      ]),
    });
    expect(await errorRateSignal(api).read(WINDOW)).toEqual({
      kind: "fail",
      value: 0.25,
      detail: '0.25 > 0.01 on {instance="b:8080", status="500"} (highest of 3 series)',
    });
  });

  it("fails an infinite result", async () => {
    const api = new FakePrometheusApi({ [ERROR_RATE]: scalarAnswer(Number.POSITIVE_INFINITY) });
    expect(await errorRateSignal(api).read(WINDOW)).toMatchObject({
      kind: "fail",
      detail: "Infinity > 0.01",
    });
  });

  it("has no data when the query selects no series (no traffic yet)", async () => {
    expect(await errorRateSignal(new FakePrometheusApi()).read(WINDOW)).toEqual({
      kind: "no-data",
      detail: "no series: nothing to judge yet (no traffic, or nothing scraped)",
    });
  });

  it("has no data when every series is NaN (0/0: no request in the range)", async () => {
    const api = new FakePrometheusApi({
      [ERROR_RATE]: vectorAnswer([{ labels: { job: "shop" }, value: Number.NaN }]),
    });
    expect(await errorRateSignal(api).read(WINDOW)).toMatchObject({ kind: "no-data", detail: /^NaN/ });
  });

  it("reads an error, never a failure, when Prometheus does not answer", async () => {
    const api = new FakePrometheusApi();
    api.reachable = false;
    expect(await errorRateSignal(api).read(WINDOW)).toEqual({
      kind: "error",
      detail: "Prometheus at http://prometheus.fake:9090 did not answer: connect ECONNREFUSED 127.0.0.1:9090",
    });
  });

  it("reads an error when Prometheus refuses the query", async () => {
    const api = new FakePrometheusApi({ [ERROR_RATE]: errorAnswer("bad_data", "1:6: parse error") });
    expect(await errorRateSignal(api).read(WINDOW)).toMatchObject({
      kind: "error",
      detail: expect.stringContaining("bad_data: 1:6: parse error"),
    });
  });
});
