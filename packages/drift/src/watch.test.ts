import { FakeClock } from "@quai/core/testing";
import { describe, expect, it } from "vitest";
import type { Reading, Signal } from "./signal";
import { watchRelease } from "./watch";

const RULES = { windowMs: 300_000, intervalMs: 30_000, failureLimit: 3, errorLimit: 4 };

/** A signal that reads these in turn, then passes. */
function scripted(name: string, readings: Array<Reading["kind"] | Reading>): Signal {
  let next = 0;
  return {
    name,
    threshold: "scripted",
    async read() {
      const reading = readings[next++] ?? "pass";
      return typeof reading === "string"
        ? ({ kind: reading, detail: `${name} ${reading}` } as Reading)
        : reading;
    },
  };
}

describe("watchRelease", () => {
  it("verifies a release whose signals pass for the whole window, one sample an interval", async () => {
    const clock = new FakeClock();
    const result = await watchRelease([scripted("a", []), scripted("b", [])], RULES, clock);
    expect(result.verdict).toBe("verified");
    expect(clock.sleeps).toEqual(Array(10).fill(30_000));
    expect(result.samples).toHaveLength(20);
    expect(result.endedMs - result.startedMs).toBe(300_000);
  });

  it("drifts after failure-limit consecutive failures, no sooner", async () => {
    const clock = new FakeClock();
    const result = await watchRelease([scripted("5xx", ["pass", "fail", "fail", "fail"])], RULES, clock);
    expect(result.verdict).toBe("drifted");
    expect(result.deciding).toEqual({ signal: "5xx", reason: "5xx fail for 3 samples" });
    expect(result.endedMs).toBe(4 * 30_000);
  });

  it("does not count a blip, nor flapping below the limit", async () => {
    const flapping = scripted("p99", ["fail", "pass", "fail", "fail", "pass", "fail", "fail", "pass"]);
    const result = await watchRelease([flapping], RULES, new FakeClock());
    expect(result.verdict).toBe("verified");
  });

  it("acts at once on a reading that says so", async () => {
    const crash = scripted("container health", [{ kind: "fail", now: true, detail: "OOM-killed" }]);
    const result = await watchRelease([crash], RULES, new FakeClock());
    expect(result).toMatchObject({ verdict: "drifted", deciding: { reason: "OOM-killed" }, endedMs: 30_000 });
  });

  it("ends inconclusive after error-limit consecutive errors, never drifted", async () => {
    const down = scripted("prometheus", ["error", "error", "error", "error"]);
    const result = await watchRelease([down], RULES, new FakeClock());
    expect(result.verdict).toBe("inconclusive");
    expect(result.deciding?.reason).toBe(
      "prometheus could not be measured 4 times in a row: prometheus error",
    );
  });

  it("takes a signal that throws as a measurement error", async () => {
    const throwing: Signal = {
      name: "prometheus",
      threshold: "",
      read: async () => {
        throw new Error("connect ECONNREFUSED 127.0.0.1:9090\nat …");
      },
    };
    const result = await watchRelease([throwing], RULES, new FakeClock());
    expect(result.verdict).toBe("inconclusive");
    expect(result.samples[0]?.reading).toEqual({
      kind: "error",
      detail: "connect ECONNREFUSED 127.0.0.1:9090",
    });
  });

  it("lets no-data samples neither fail nor err, and breaks a run of failures", async () => {
    const thin = scripted("5xx", [
      "fail",
      "fail",
      "no-data",
      "fail",
      "fail",
      "no-data",
      "no-data",
      "no-data",
      "no-data",
    ]);
    expect((await watchRelease([thin], RULES, new FakeClock())).verdict).toBe("verified");
  });

  it("samples the last, shorter interval of a window that is not a multiple of it", async () => {
    const clock = new FakeClock();
    await watchRelease([scripted("a", [])], { ...RULES, windowMs: 70_000 }, clock);
    expect(clock.sleeps).toEqual([30_000, 30_000, 10_000]);
  });

  it("gives each sample the window since the last", async () => {
    const windows: Array<[number, number]> = [];
    const recording: Signal = {
      name: "a",
      threshold: "",
      read: async (window) => {
        windows.push([window.startMs, window.endMs]);
        return { kind: "pass", detail: "" };
      },
    };
    await watchRelease([recording], { ...RULES, windowMs: 60_000 }, new FakeClock());
    expect(windows).toEqual([
      [0, 30_000],
      [30_000, 60_000],
    ]);
  });
});
