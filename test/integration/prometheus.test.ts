// The Prometheus signals against the test bed's real Prometheus: the release app, run with node on
// 127.0.0.1, answers a quarter of its requests with 500 (flaky); Prometheus scrapes its /metrics
// every second through a file_sd target file; the signals read the error-rate queries.
import { randomBytes } from "node:crypto";
import { createServer } from "node:net";
import { poll } from "@quai/core";
import type { Reading } from "@quai/drift";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prometheusHttpApi } from "../../packages/drift/src/prometheus-api";
import { describePrometheusApiContract } from "../../packages/drift/src/prometheus-api-contract";
import { prometheusSignals } from "../../packages/drift/src/prometheus-signals";
import { type RunningReleaseApp, startReleaseApp } from "../support/release-images";
import { type ScrapeTarget, scrapeTarget, testbedPrometheus } from "../support/testbed";

/** A loopback port nothing listens on (taken, then given back). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const prometheus = testbedPrometheus();
let nowhere = "";
beforeAll(async () => {
  nowhere = `http://127.0.0.1:${await closedPort()}`;
});

describePrometheusApiContract(`prometheusHttpApi on the test bed's Prometheus ${prometheus.version}`, () => ({
  api: prometheusHttpApi(prometheus.url),
  unreachable: prometheusHttpApi(nowhere),
}));

describe("the Prometheus signals on the test bed's Prometheus", () => {
  const api = prometheusHttpApi(prometheus.url);
  let app: RunningReleaseApp | undefined;
  let target: ScrapeTarget | undefined;
  let job = "";
  // The example, on this test's own series; and the share of 5xx over all requests.
  const perStatus = () =>
    `rate(http_requests_total{job="${job}",status=~"5.."}[1m]) / rate(http_requests_total{job="${job}"}[1m])`;
  const share = (of = job) =>
    `sum(rate(http_requests_total{job="${of}",status=~"5.."}[1m])) / sum(rate(http_requests_total{job="${of}"}[1m]))`;

  /** Requests the app counts: every fourth answers 500. */
  async function traffic(requests: number): Promise<void> {
    for (let sent = 0; sent < requests; sent++) await (await fetch(`${app?.url}/orders`)).arrayBuffer();
  }

  beforeAll(async () => {
    app = await startReleaseApp({ mode: "flaky", errorShare: 0.25 });
    target = await scrapeTarget(app.address);
    job = target.job;
    // A rate needs two scrapes that saw requests: traffic until the share is a number.
    await poll(
      async () => {
        await traffic(20);
        const [sample] = await api.query(share(), Date.now());
        return sample && Number.isFinite(sample.value)
          ? { done: true, value: undefined }
          : { done: false, reason: sample ? `the share is ${sample.value}` : "no series yet" };
      },
      { what: `Prometheus to have a 5xx rate of ${app.address}`, timeoutMs: 60_000, intervalMs: 500 },
    );
  });

  afterAll(async () => {
    target?.remove();
    await app?.stop();
  });

  async function read(query: string, max: number, url = prometheus.url): Promise<Reading> {
    const [signal] = prometheusSignals(prometheusHttpApi(url), {
      url,
      queries: [{ name: "5xx", query, max }],
    });
    if (!signal) throw new Error("no signal");
    const endMs = Date.now();
    return signal.read({ startMs: endMs - 30_000, endMs });
  }

  it("fails on the issue's example query, naming the series", async () => {
    const reading = await read(perStatus(), 0.01);
    // Divided label set by label set, the 500 series is divided by itself.
    expect(reading).toEqual({
      kind: "fail",
      value: 1,
      detail: `1 > 0.01 on {instance="${app?.address}", job="${job}", status="500"}`,
    });
  });

  it("fails on the share of 5xx answers above max, and passes it under a higher max", async () => {
    const failing = await read(share(), 0.01);
    expect(failing).toMatchObject({ kind: "fail", detail: expect.stringMatching(/^0\.\d+ > 0\.01$/) });
    // About a quarter: a share of the requests, not the label-by-label 1 above.
    const value = failing.kind === "fail" ? failing.value : undefined;
    expect(value).toBeGreaterThan(0.1);
    expect(value).toBeLessThan(0.5);
    expect(await read(share(), 0.5)).toMatchObject({ kind: "pass" });
  });

  it("has no data for a job that served no traffic", async () => {
    expect(await read(share(`quai-test-none-${randomBytes(4).toString("hex")}`), 0.01)).toMatchObject({
      kind: "no-data",
    });
  });

  it("reads an error when Prometheus does not answer", async () => {
    expect(await read(share(), 0.01, nowhere)).toEqual({
      kind: "error",
      detail: expect.stringMatching(
        new RegExp(`^Prometheus at ${nowhere} did not answer: connect ECONNREFUSED`),
      ),
    });
  });
});
