/**
 * Shared by the benchmarks: timing, and the side-by-side table. A benchmark measures quai and the
 * named baseline in the same run, on the same machine, and reports ratios; tests never time.
 */
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { formatBytes, formatDuration } from "@quai/core";

const execFileAsync = promisify(execFile);

/** Runs a command, failing with its stderr; returns stdout. */
export async function sh(
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
) {
  const { stdout } = await execFileAsync(command, args, { maxBuffer: 256 * 1024 * 1024, ...options });
  return stdout.trim();
}

/** The middle of a few rounds: one slow round (a GC, a cold cache) does not move it. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** Wall time of `work`, in milliseconds, with its result. */
export async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, value };
}

export type Unit = "ms" | "bytes" | "count";

/** One line of a report: what quai did, what the baseline did, and the goal for their ratio. */
export interface Comparison {
  what: string;
  unit: Unit;
  quai: number;
  baseline: number;
  baselineName: string;
  /** The ratio quai / baseline must stay at or under this to meet the goal. */
  goal?: number;
  /** Or an absolute goal: quai's own figure must stay at or under this (in `unit`). */
  limit?: number;
}

function format(value: number, unit: Unit): string {
  if (unit === "ms") return formatDuration(value);
  if (unit === "bytes") return formatBytes(value);
  return String(value);
}

function goalCell(comparison: Comparison, ratio: number): string {
  if (comparison.limit !== undefined) {
    const met = comparison.quai <= comparison.limit ? "met" : "MISSED";
    return `≤ ${format(comparison.limit, comparison.unit)} ${met}`;
  }
  if (comparison.goal === undefined) return "";
  // A goal of 0× is "none at all": met by quai's 0 even when the baseline had none either.
  const met = ratio <= comparison.goal || comparison.quai === 0 ? "met" : "MISSED";
  return `≤ ${comparison.goal}× ${met}`;
}

/** Prints the comparisons as a table; returns whether every goal was met. */
export function report(title: string, comparisons: Comparison[]): boolean {
  console.log(`\n${title}\n`);
  const rows = comparisons.map((comparison) => {
    const ratio = comparison.baseline === 0 ? Number.NaN : comparison.quai / comparison.baseline;
    return [
      comparison.what,
      format(comparison.quai, comparison.unit),
      `${format(comparison.baseline, comparison.unit)} (${comparison.baselineName})`,
      Number.isNaN(ratio) ? "n/a" : `${ratio.toFixed(2)}×`,
      goalCell(comparison, ratio),
    ];
  });
  const header = ["", "quai", "baseline", "ratio", "goal"];
  const widths = header.map((cell, column) =>
    Math.max(cell.length, ...rows.map((row) => (row[column] ?? "").length)),
  );
  for (const row of [header, ...rows])
    console.log(`  ${row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join("  ")}`);
  return rows.every((row) => !row[4]?.endsWith("MISSED"));
}
