import type { HttpProbe, ProbeResult } from "@quai/deploy";
import { describe, expect, it } from "vitest";
import { httpProbeName, httpProbeSignal } from "./probe-signals";

const request = { path: "/health", expectedStatus: 200, timeoutMs: 10_000 };
const window = { startMs: 0, endMs: 30_000 };

/** A probe that gives each answer in turn; an Error is a probe that cannot run. */
function scripted(...answers: Array<ProbeResult | Error>): HttpProbe {
  return {
    probe: async () => {
      const answer = answers.shift();
      if (!answer) throw new Error("probed more often than the test expects");
      if (answer instanceof Error) throw answer;
      return answer;
    },
    close: async () => {},
  };
}

describe("httpProbeSignal", () => {
  it("is named by its request and says its threshold", () => {
    const signal = httpProbeSignal(scripted(), request);
    expect(signal.name).toBe("GET /health → 200");
    expect(httpProbeName({ path: "/admin", expectedStatus: 401 })).toBe("GET /admin → 401");
    expect(signal.threshold).toBe("answers 200 within 10 s");
  });

  it("passes on the expected status", async () => {
    const signal = httpProbeSignal(scripted({ healthy: true }), request);
    expect(await signal.read(window)).toEqual({ kind: "pass", detail: "GET /health answered 200" });
  });

  it.each([
    "GET /health answered 503, not 200",
    "GET /health did not finish within 10 s",
    "GET /health failed: connection refused",
  ])("fails on what a client would meet too: %s", async (reason) => {
    const signal = httpProbeSignal(scripted({ healthy: false, reason }), request);
    expect(await signal.read(window)).toEqual({ kind: "fail", detail: reason });
  });

  it("is a measurement error, never a failure, when the probe cannot run", async () => {
    const signal = httpProbeSignal(scripted(new Error("No such container: c9\nmore")), request);
    expect(await signal.read(window)).toEqual({
      kind: "error",
      detail: "the probe could not run: No such container: c9",
    });
  });
});
