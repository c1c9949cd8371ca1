// HTTP probes of the environment as its clients reach it (issue #16): each probe is a request with
// an expected status, sent from outside the app's container by the target (openEnvironmentProbe),
// so an image without wget or curl is probed like any other.
import { formatDuration } from "@quai/core";
import type { EnvironmentProbeRequest, HttpProbe, ProbeResult } from "@quai/deploy";
import type { Reading, Signal } from "./signal";

/** `GET /health → 200`: the name of the signal of one probe. */
export function httpProbeName(request: Pick<EnvironmentProbeRequest, "path" | "expectedStatus">): string {
  return `GET ${request.path} → ${request.expectedStatus}`;
}

/**
 * Another status, or no answer in time, fails the sample; a probe that cannot run at all (its
 * container is gone, the engine does not answer) is a measurement error, never a failure.
 */
export function httpProbeSignal(probe: HttpProbe, request: EnvironmentProbeRequest): Signal {
  return {
    name: httpProbeName(request),
    threshold: `answers ${request.expectedStatus} within ${formatDuration(request.timeoutMs)}`,
    async read(): Promise<Reading> {
      let result: ProbeResult;
      try {
        result = await probe.probe();
      } catch (error) {
        const reason = (error instanceof Error ? error.message : String(error)).split("\n")[0];
        return { kind: "error", detail: `the probe could not run: ${reason}` };
      }
      if (result.healthy) {
        return { kind: "pass", detail: `GET ${request.path} answered ${request.expectedStatus}` };
      }
      return { kind: "fail", detail: result.reason };
    },
  };
}
