import { describe, expect, it } from "vitest";
import { formatBytes, formatDuration } from "./format";

describe("formatBytes", () => {
  it.each([
    [0, "0 B"],
    [1023, "1023 B"],
    [1536, "1.5 KiB"],
    [50 * 1024 * 1024, "50 MiB"],
    [3.25 * 1024 ** 3, "3.3 GiB"],
  ])("%d → %s", (bytes, text) => expect(formatBytes(bytes)).toBe(text));
});

describe("formatDuration", () => {
  it.each([
    [850, "850 ms"],
    [1500, "1.5 s"],
    [42_000, "42 s"],
    [60_000, "1m"],
    [61_000, "1m 1s"],
    [3_725_000, "62m 5s"],
  ])("%d → %s", (ms, text) => expect(formatDuration(ms)).toBe(text));
});
