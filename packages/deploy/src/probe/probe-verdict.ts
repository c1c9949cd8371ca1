// What one health probe found, read from what the probe program printed and the code it exited
// with (probe-programs.ts): the status line of the answer, or the errno of the call that failed.
import { formatDuration } from "@quai/core";

export type ProbeResult = { healthy: true } | { healthy: false; reason: string };

/** The errors a probe meets, by the errno the probe program exits with. */
const ERRNO_REASONS: Record<number, string> = {
  11: "no answer in time",
  101: "network unreachable",
  104: "connection reset",
  110: "connection timed out",
  111: "connection refused",
  113: "no route to host",
  // connect() under SO_SNDTIMEO gives up with EINPROGRESS.
  115: "no connection in time",
};

/** The status code of the first HTTP status line in `output`; 0 (curl's "no answer") is none. */
export function httpStatusOf(output: string): number | undefined {
  const status = Number(output.match(/HTTP\/[\d.]+ (\d{3})/)?.[1] ?? 0);
  return status || undefined;
}

/** The verdict on one run of the HTTP probe program: an answer's status first, then the exit code. */
export function httpProbeVerdict(
  request: { path: string; expectedStatus: number; timeoutMs: number },
  exitCode: number | null,
  output: string,
): ProbeResult {
  const what = `GET ${request.path}`;
  if (exitCode === null) {
    return { healthy: false, reason: `${what} did not finish within ${formatDuration(request.timeoutMs)}` };
  }
  const status = httpStatusOf(output);
  if (status !== undefined) {
    return status === request.expectedStatus
      ? { healthy: true }
      : { healthy: false, reason: `${what} answered ${status}, not ${request.expectedStatus}` };
  }
  if (exitCode !== 0) {
    return { healthy: false, reason: `${what} failed: ${ERRNO_REASONS[exitCode] ?? `error ${exitCode}`}` };
  }
  const firstLine = output.split("\n")[0]?.trim().slice(0, 80);
  return { healthy: false, reason: `${what} got no HTTP answer${firstLine ? `: ${firstLine}` : ""}` };
}
