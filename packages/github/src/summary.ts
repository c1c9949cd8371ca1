import * as core from "@actions/core";

export type Cell = string | number;

/** A table in the job summary, with a header row. */
export function addTable(headers: readonly string[], rows: readonly (readonly Cell[])[]): void {
  core.summary.addTable([
    headers.map((header) => ({ data: header, header: true })),
    ...rows.map((row) => row.map((cell) => String(cell))),
  ]);
}

/** A two-column table of facts: `{ Digest: "sha256:…", Size: "42 MiB" }`. */
export function addFacts(facts: Record<string, Cell | undefined>): void {
  const rows = Object.entries(facts).filter((entry): entry is [string, Cell] => entry[1] !== undefined);
  addTable(["", ""], rows);
}

/** A collapsed block of text, such as a log tail, that does not drown the rest. */
export function addCollapsed(label: string, text: string): void {
  core.summary.addDetails(label, `\n\n\`\`\`\n${text}\n\`\`\`\n`);
}

/** Writes what was added, when the runner gave a summary file (it always does in Actions). */
export async function writeSummary(): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.summary.emptyBuffer();
    return;
  }
  await core.summary.write();
}
