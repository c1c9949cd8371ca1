import { FakeClock } from "@quai/core/testing";
import { describe, expect, it } from "vitest";

describe("FakeClock", () => {
  it("moves on only by what is slept, at once, and remembers each sleep", async () => {
    const clock = new FakeClock(1_000);
    const { now, sleep } = clock;
    expect(now()).toBe(1_000);
    await sleep(250);
    await sleep(500);
    expect(now()).toBe(1_750);
    expect(clock.sleeps).toEqual([250, 500]);
  });
});
