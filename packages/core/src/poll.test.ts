import { describe, expect, it } from "vitest";
import { poll, retry, TimeoutError } from "./poll";
import { FakeClock } from "./testing";

describe("poll", () => {
  it("returns the value as soon as the attempt is done", async () => {
    const clock = new FakeClock();
    let calls = 0;
    const value = await poll(
      async () => (++calls === 3 ? { done: true, value: "healthy" } : { done: false, reason: "starting" }),
      { what: "the app", timeoutMs: 10_000, intervalMs: 1000, clock },
    );
    expect(value).toBe("healthy");
    expect(clock.sleeps).toEqual([1000, 1000]);
  });

  it("backs off up to the maximum interval", async () => {
    const clock = new FakeClock();
    let calls = 0;
    await poll(async () => (++calls === 5 ? { done: true, value: 1 } : { done: false, reason: "no" }), {
      what: "x",
      timeoutMs: 60_000,
      intervalMs: 100,
      backoff: 2,
      maxIntervalMs: 300,
      clock,
    });
    expect(clock.sleeps).toEqual([100, 200, 300, 300]);
  });

  it("times out with what it waited for and the last reason", async () => {
    const clock = new FakeClock();
    const waiting = poll(async () => ({ done: false, reason: "health status is starting" }), {
      what: "container web to be healthy",
      timeoutMs: 5000,
      intervalMs: 2000,
      hint: "Raise deploy-timeout",
      clock,
    });
    await expect(waiting).rejects.toThrowError(TimeoutError);
    await expect(waiting).rejects.toThrowError(
      "Timed out after 5.0 s waiting for container web to be healthy (4 tries; last: health status is starting)",
    );
    // The last wait is cut to the deadline, not a full interval past it.
    expect(clock.sleeps).toEqual([2000, 2000, 1000]);
  });
});

describe("retry", () => {
  const transient = new Error("ECONNRESET");
  const fatal = new Error("401 Unauthorized");
  const isRetryable = (error: unknown) => error === transient;

  it("tries again after retryable errors", async () => {
    const clock = new FakeClock();
    let calls = 0;
    const result = await retry(
      async () => {
        if (++calls < 3) throw transient;
        return "uploaded";
      },
      { what: "upload", attempts: 5, intervalMs: 500, backoff: 2, isRetryable, clock },
    );
    expect(result).toBe("uploaded");
    expect(clock.sleeps).toEqual([500, 1000]);
  });

  it("throws other errors at once", async () => {
    let calls = 0;
    const failing = retry(
      async () => {
        calls++;
        throw fatal;
      },
      { what: "upload", attempts: 5, intervalMs: 500, isRetryable, clock: new FakeClock() },
    );
    await expect(failing).rejects.toBe(fatal);
    expect(calls).toBe(1);
  });

  it("gives up after the last attempt, saying how many", async () => {
    let calls = 0;
    const failing = retry(
      async () => {
        calls++;
        throw new Error("503 Service Unavailable");
      },
      { what: "PUT blob", attempts: 3, intervalMs: 10, isRetryable: () => true, clock: new FakeClock() },
    );
    await expect(failing).rejects.toThrowError("503 Service Unavailable (after 3 tries at PUT blob)");
    expect(calls).toBe(3);
  });
});
