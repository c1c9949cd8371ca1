import type { EnvironmentObservation, ReleaseState } from "@quai/deploy";
import { describe, expect, it } from "vitest";
import { containerHealthSignal, digestDriftSignal } from "./release-signals";

const NEW = `sha256:${"a".repeat(64)}`;
const OLD = `sha256:${"b".repeat(64)}`;
const serving = {
  version: "1.4.0",
  digest: NEW,
  image: `r/shop@${NEW}`,
  deployId: "d1",
  deployedAt: "",
  id: "c1",
};
const healthy: ReleaseState = {
  running: true,
  restartCount: 0,
  oomKilled: false,
  exitCode: 0,
  healthLog: [],
};
const window = (endMs: number) => ({ startMs: endMs - 30_000, endMs });

describe("digestDriftSignal", () => {
  const declared = { version: "1.4.0", digest: NEW };

  it("passes while the ledger's digest serves", async () => {
    const signal = digestDriftSignal(async () => ({ serving }), declared);
    expect(await signal.read(window(1))).toMatchObject({ kind: "pass" });
  });

  it("fails at once on another digest, naming both", async () => {
    const signal = digestDriftSignal(
      async () => ({ serving: { ...serving, version: "hand", digest: OLD } }),
      declared,
    );
    expect(await signal.read(window(1))).toEqual({
      kind: "fail",
      now: true,
      detail: `serves hand (${OLD.slice(0, 19)}), the ledger says 1.4.0 (${NEW.slice(0, 19)})`,
    });
  });

  it("fails at once when nothing serves", async () => {
    const signal = digestDriftSignal(async () => ({}), declared);
    expect(await signal.read(window(1))).toMatchObject({ kind: "fail", now: true });
  });
});

describe("containerHealthSignal", () => {
  /** Observations a test moves on: each read sees `state` as it is then. */
  function observed(state: ReleaseState) {
    const current = { state };
    const observe = async (): Promise<EnvironmentObservation> => ({ serving, state: { ...current.state } });
    return { current, signal: containerHealthSignal(observe) };
  }

  it("passes a running container, whatever restarts it had before the watch", async () => {
    const { signal } = observed({ ...healthy, restartCount: 7 });
    expect(await signal.read(window(30_000))).toMatchObject({ kind: "pass" });
    expect(await signal.read(window(60_000))).toMatchObject({ kind: "pass" });
  });

  it("acts at once on three restarts within five minutes", async () => {
    const { current, signal } = observed(healthy);
    expect(await signal.read(window(30_000))).toMatchObject({ kind: "pass" });
    current.state = { ...healthy, restartCount: 1 };
    expect(await signal.read(window(60_000))).toEqual({
      kind: "fail",
      value: 1,
      detail: "restarted 1 times since the last sample, 1 within 5 min",
    });
    current.state = { ...healthy, restartCount: 3, exitCode: 3 };
    expect(await signal.read(window(90_000))).toMatchObject({ kind: "fail", now: true });
  });

  it("counts only the restarts of the last five minutes", async () => {
    const { current, signal } = observed(healthy);
    await signal.read(window(0));
    current.state = { ...healthy, restartCount: 2 };
    await signal.read(window(60_000));
    // Six minutes on, one more restart: the two before fell out of the span.
    current.state = { ...healthy, restartCount: 3 };
    expect(await signal.read(window(420_000))).toMatchObject({ kind: "fail", value: 1 });
  });

  it("fails a sample that finds it not running, without deciding: the engine may be restarting it", async () => {
    const { signal } = observed({ ...healthy, running: false, exitCode: 1 });
    expect(await signal.read(window(30_000))).toEqual({
      kind: "fail",
      value: 0,
      detail: "not running (exit code 1, 0 restarts, not running)",
    });
  });

  it("fails only the sample a single restart happened in: a blip, not a trend", async () => {
    const { current, signal } = observed(healthy);
    await signal.read(window(0));
    current.state = { ...healthy, restartCount: 1 };
    expect(await signal.read(window(30_000))).toMatchObject({ kind: "fail" });
    expect(await signal.read(window(60_000))).toMatchObject({ kind: "pass" });
    expect(await signal.read(window(90_000))).toMatchObject({ kind: "pass" });
  });

  it.each([
    [
      { oomKilled: true, running: false, exitCode: 137 },
      "OOM-killed (exit code 137, 0 restarts, not running)",
    ],
    [{ health: "unhealthy" }, "HEALTHCHECK unhealthy (exit code 0, 0 restarts, running)"],
  ])("acts at once on %o", async (change, detail) => {
    const { signal } = observed({ ...healthy, ...change });
    expect(await signal.read(window(30_000))).toEqual({ kind: "fail", now: true, detail });
  });

  it("cannot measure an environment nothing serves", async () => {
    const signal = containerHealthSignal(async () => ({}));
    expect(await signal.read(window(1))).toMatchObject({ kind: "error" });
  });
});
