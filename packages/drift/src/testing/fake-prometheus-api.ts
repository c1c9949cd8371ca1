// A Prometheus in memory behind the PrometheusApi seam: it answers each expression with the JSON
// body a test gives it, decoded as the HTTP implementation decodes Prometheus' own.
import {
  decodeQueryAnswer,
  type PrometheusApi,
  type PromQueryAnswer,
  type PromSample,
  unreachableError,
} from "../prometheus-api";

/** What Prometheus answers to one expression; a function of the query's time when it depends on it. */
export type FakeAnswer = PromQueryAnswer | ((atMs: number) => PromQueryAnswer);

export const FAKE_PROMETHEUS_URL = "http://prometheus.fake:9090";

export class FakePrometheusApi implements PrometheusApi {
  /** Every query asked, in order. */
  readonly queries: Array<{ expression: string; atMs: number }> = [];
  /** false: answers as a Prometheus nothing listens for. */
  reachable = true;

  constructor(private readonly answers: Record<string, FakeAnswer> = {}) {}

  answer(expression: string, answer: FakeAnswer): void {
    this.answers[expression] = answer;
  }

  async query(expression: string, atMs: number): Promise<PromSample[]> {
    this.queries.push({ expression, atMs });
    if (!this.reachable) {
      throw unreachableError(FAKE_PROMETHEUS_URL, new Error("connect ECONNREFUSED 127.0.0.1:9090"));
    }
    // An expression no test taught it selects a series Prometheus never scraped: no series.
    const answer = this.answers[expression] ?? vectorAnswer([]);
    return decodeQueryAnswer(typeof answer === "function" ? answer(atMs) : answer, expression);
  }
}

/** An instant vector, as Prometheus writes it (values as text, time in seconds). */
export function vectorAnswer(samples: PromSample[], atMs = 0): PromQueryAnswer {
  return {
    status: "success",
    data: {
      resultType: "vector",
      result: samples.map(({ labels, value }) => ({ metric: labels, value: [atMs / 1000, promText(value)] })),
    },
  };
}

export function scalarAnswer(value: number, atMs = 0): PromQueryAnswer {
  return { status: "success", data: { resultType: "scalar", result: [atMs / 1000, promText(value)] } };
}

export function errorAnswer(errorType: string, error: string): PromQueryAnswer {
  return { status: "error", errorType, error };
}

/** A number as Prometheus writes a sample value. */
function promText(value: number): string {
  if (value === Number.POSITIVE_INFINITY) return "+Inf";
  if (value === Number.NEGATIVE_INFINITY) return "-Inf";
  return String(value);
}
