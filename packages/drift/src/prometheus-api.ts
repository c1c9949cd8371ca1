// The Prometheus seam: one instant query (POST /api/v1/query, form-encoded) at a given time.
// Both the HTTP implementation and the fake decode Prometheus' own JSON answer here, so they agree
// on what a series, a scalar, NaN, +Inf and a refused query become.
import { abbreviate, formatDuration, quoteValue, UserError } from "@quai/core";

/** One series of an instant query's result: its labels and its value at the query's time. */
export interface PromSample {
  labels: Record<string, string>;
  /** NaN (0/0) and ±Infinity come through as such. */
  value: number;
}

export interface PrometheusApi {
  /** Evaluates `expression` at `atMs` (clock milliseconds); a scalar is one sample without labels. */
  query(expression: string, atMs: number): Promise<PromSample[]>;
}

/** The body of Prometheus' answer to /api/v1/query, as its HTTP API documents it. */
export type PromQueryAnswer =
  | { status: "success"; data: { resultType: string; result: unknown } }
  | { status: "error"; errorType: string; error: string };

/** Long enough for a loaded Prometheus, short enough that one sample cannot hold up the watch. */
export const PROMETHEUS_TIMEOUT_MS = 5000;

const URL_HINT =
  "Check the url under watch: prometheus in quai.yml, and that the runner reaches it (a firewall, a VPN)";

/** Prometheus' HTTP API at `url` (its root, with its --web.route-prefix if it has one). */
export function prometheusHttpApi(url: string, timeoutMs = PROMETHEUS_TIMEOUT_MS): PrometheusApi {
  const endpoint = `${url.replace(/\/+$/, "")}/api/v1/query`;
  return {
    async query(expression, atMs) {
      let status: number;
      let statusText: string;
      let text: string;
      try {
        // POST, form-encoded: a long expression does not run into a URL length limit.
        const response = await fetch(endpoint, {
          method: "POST",
          headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
          body: new URLSearchParams({ query: expression, time: (atMs / 1000).toFixed(3) }),
          signal: AbortSignal.timeout(timeoutMs),
        });
        ({ status, statusText } = response);
        text = await response.text();
      } catch (error) {
        throw unreachableError(url, error, timeoutMs);
      }
      const answer = parseAnswer(text);
      if (!answer) {
        throw new UserError(
          `Prometheus at ${url} answered HTTP ${status}${statusText ? ` ${statusText}` : ""} to ${endpoint}, not with its JSON: ${abbreviate(text.trim().replace(/\s+/g, " ")) || "an empty body"}`,
          { hint: `Is ${url} the Prometheus server itself, such as http://prometheus:9090? ${URL_HINT}` },
        );
      }
      return decodeQueryAnswer(answer, expression);
    },
  };
}

/** What a Prometheus that does not answer (refused, unknown host, timed out) is told as. */
export function unreachableError(url: string, error: unknown, timeoutMs = PROMETHEUS_TIMEOUT_MS): UserError {
  if (error instanceof Error && error.name === "TimeoutError") {
    return new UserError(`Prometheus at ${url} did not answer within ${formatDuration(timeoutMs)}`, {
      hint: `${URL_HINT}; a query that takes longer is too heavy to sample every interval`,
      cause: error,
    });
  }
  // fetch says only "fetch failed"; its cause says why (connect ECONNREFUSED 127.0.0.1:9090).
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  const why = cause instanceof Error ? cause.message : String(cause);
  return new UserError(`Prometheus at ${url} did not answer: ${why}`, { hint: URL_HINT, cause: error });
}

function parseAnswer(text: string): PromQueryAnswer | undefined {
  try {
    const body = JSON.parse(text) as PromQueryAnswer;
    if (body?.status === "success") return typeof body.data === "object" && body.data ? body : undefined;
    return body?.status === "error" ? body : undefined;
  } catch {
    return undefined;
  }
}

/** Prometheus' answer as samples, or the UserError that says what Prometheus refused. */
export function decodeQueryAnswer(answer: PromQueryAnswer, expression: string): PromSample[] {
  const query = quoteValue(expression);
  if (answer.status === "error") {
    throw new UserError(`Prometheus could not run the query ${query}: ${answer.errorType}: ${answer.error}`, {
      hint: "Try the query in Prometheus' expression browser, then fix it under watch: prometheus: queries in quai.yml",
    });
  }
  const { resultType, result } = answer.data;
  if (resultType === "scalar") return [{ labels: {}, value: sampleValue(result, query) }];
  if (resultType === "vector" && Array.isArray(result)) {
    return result.map((series: { metric?: Record<string, string>; value?: unknown }) => ({
      labels: { ...series.metric },
      value: sampleValue(series.value, query),
    }));
  }
  const what = resultType === "matrix" ? "a range vector (matrix)" : `a ${resultType}`;
  throw new UserError(`The query ${query} returns ${what}, not one number per series`, {
    hint: "Write an instant vector or a scalar: a range such as [1m] goes inside rate(…) or another function",
  });
}

/** A [time, "value"] pair; Prometheus writes NaN, +Inf and -Inf as such. */
function sampleValue(pair: unknown, query: string): number {
  const text = Array.isArray(pair) ? pair[1] : undefined;
  if (text === "+Inf" || text === "Inf") return Number.POSITIVE_INFINITY;
  if (text === "-Inf") return Number.NEGATIVE_INFINITY;
  const value = typeof text === "string" ? Number(text) : Number.NaN;
  if (Number.isNaN(value) && text !== "NaN") {
    throw new UserError(
      `Prometheus answered the query ${query} with a sample quai cannot read: ${abbreviate(JSON.stringify(pair) ?? "nothing")}`,
      {
        hint: "A native histogram has no single value: judge histogram_quantile(…) or a rate of its count instead",
      },
    );
  }
  return value;
}
