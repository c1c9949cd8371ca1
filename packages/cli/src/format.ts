// How the read commands print: aligned columns for people, short digests and ages.
import { UsageError } from "./exit-codes";

/** Columns padded to their widest cell; `style` colours a cell after it is padded. */
export function table(
  header: string[],
  rows: string[][],
  style: (row: number, column: number, cell: string) => string = (_row, _column, cell) => cell,
): string {
  const widths = header.map((cell, column) =>
    Math.max(cell.length, ...rows.map((row) => (row[column] ?? "").length)),
  );
  const line = (cells: string[], row: number) =>
    cells
      .map((cell, column) =>
        style(row, column, column === cells.length - 1 ? cell : cell.padEnd(widths[column] ?? 0)),
      )
      .join("  ")
      .trimEnd();
  return [line(header, -1), ...rows.map(line)].join("\n");
}

/** `3h ago`, `2d ago`: how long since an ISO time, from `nowMs`. */
export function age(iso: string, nowMs: number): string {
  const seconds = Math.max(0, Math.round((nowMs - Date.parse(iso)) / 1000));
  if (Number.isNaN(seconds)) return iso;
  if (seconds < 60) return `${seconds}s ago`;
  if (seconds < 3600) return `${Math.floor(seconds / 60)}m ago`;
  if (seconds < 86_400) return `${Math.floor(seconds / 3600)}h ago`;
  return `${Math.floor(seconds / 86_400)}d ago`;
}

export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** A whole number ≥ 1 from a flag, or a UsageError (exit 2) naming the flag. */
export function positiveInteger(flag: string, text: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new UsageError(
      `${flag} must be a whole number of at least 1, not ${JSON.stringify(text)}`,
      `Pass ${flag} 10, say`,
    );
  }
  return value;
}
