// What every PrometheusApi does, as tests the fake and the test bed's real Prometheus both run:
// the Prometheus signals rely on exactly this. The expressions need no scraped data, so a real
// Prometheus answers them the same anywhere; PROMETHEUS_ANSWERS is what Prometheus 2.42 answers.
import { UserError } from "@quai/core";
import { describe, expect, it } from "vitest";
import type { PrometheusApi } from "./prometheus-api";
import { errorAnswer, type FakeAnswer, scalarAnswer, vectorAnswer } from "./testing/fake-prometheus-api";

const TWO_SERIES = `label_replace(vector(0.2), "instance", "a", "", "") or label_replace(vector(0.7), "instance", "b", "", "")`;
const AT_MS = Date.parse("2026-12-02T12:00:00.125Z");

/** Prometheus 2.42's answers to the contract's expressions, for the fake to give. */
export const PROMETHEUS_ANSWERS: Record<string, FakeAnswer> = {
  "1 + 1": (atMs) => scalarAnswer(2, atMs),
  [TWO_SERIES]: (atMs) =>
    vectorAnswer(
      [
        { labels: { instance: "a" }, value: 0.2 },
        { labels: { instance: "b" }, value: 0.7 },
      ],
      atMs,
    ),
  "time()": (atMs) => scalarAnswer(atMs / 1000, atMs),
  "0 / 0": (atMs) => scalarAnswer(Number.NaN, atMs),
  "1 / 0": (atMs) => scalarAnswer(Number.POSITIVE_INFINITY, atMs),
  "-1 / 0": (atMs) => scalarAnswer(Number.NEGATIVE_INFINITY, atMs),
  "rate(": errorAnswer("bad_data", 'invalid parameter "query": 1:6: parse error: unclosed left parenthesis'),
  "up[1m]": { status: "success", data: { resultType: "matrix", result: [] } },
  '"quai"': (atMs) => ({ status: "success", data: { resultType: "string", result: [atMs / 1000, "quai"] } }),
};

export interface PrometheusApiSubject {
  api: PrometheusApi;
  /** The same kind of PrometheusApi, pointed where no Prometheus answers. */
  unreachable: PrometheusApi;
}

export function describePrometheusApiContract(name: string, open: () => PrometheusApiSubject): void {
  describe(`${name} as a PrometheusApi`, () => {
    it("answers a scalar as one sample without labels", async () => {
      expect(await open().api.query("1 + 1", AT_MS)).toEqual([{ labels: {}, value: 2 }]);
    });

    it("answers each series of an instant vector with its labels", async () => {
      const samples = await open().api.query(TWO_SERIES, AT_MS);
      expect(samples.sort((a, b) => a.value - b.value)).toEqual([
        { labels: { instance: "a" }, value: 0.2 },
        { labels: { instance: "b" }, value: 0.7 },
      ]);
    });

    it("evaluates at the time it is asked", async () => {
      expect(await open().api.query("time()", AT_MS)).toEqual([{ labels: {}, value: AT_MS / 1000 }]);
    });

    it("keeps NaN, +Inf and -Inf", async () => {
      const { api } = open();
      expect(await api.query("0 / 0", AT_MS)).toEqual([{ labels: {}, value: Number.NaN }]);
      expect(await api.query("1 / 0", AT_MS)).toEqual([{ labels: {}, value: Number.POSITIVE_INFINITY }]);
      expect(await api.query("-1 / 0", AT_MS)).toEqual([{ labels: {}, value: Number.NEGATIVE_INFINITY }]);
    });

    it("answers no series for a metric never scraped", async () => {
      expect(await open().api.query("quai_contract_never_scraped_total", AT_MS)).toEqual([]);
    });

    it("refuses a query that does not parse with Prometheus' own errorType and error", async () => {
      const query = open().api.query("rate(", AT_MS);
      await expect(query).rejects.toBeInstanceOf(UserError);
      await expect(query).rejects.toThrowError(
        /^Prometheus could not run the query "rate\(": bad_data: .*parse error/,
      );
    });

    it("refuses a range vector and a string, which are not one number per series", async () => {
      const { api } = open();
      await expect(api.query("up[1m]", AT_MS)).rejects.toThrowError(
        'The query "up[1m]" returns a range vector (matrix), not one number per series',
      );
      await expect(api.query('"quai"', AT_MS)).rejects.toThrowError(
        `The query "\\"quai\\"" returns a string, not one number per series`,
      );
    });

    it("says that a Prometheus that does not answer did not answer", async () => {
      const query = open().unreachable.query("1 + 1", AT_MS);
      await expect(query).rejects.toBeInstanceOf(UserError);
      await expect(query).rejects.toThrowError(/^Prometheus at \S+ did not answer: connect ECONNREFUSED/);
    });
  });
}
