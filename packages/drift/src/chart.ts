import { formatDuration } from "@quai/core";
import type { Sample } from "./watch";

/**
 * The deciding signal over the watch, as a Mermaid xychart GitHub renders: its value per sample
 * where it has one, else 1 for a failing sample and 0 for a passing one. The job summary and the
 * rollback report show the same chart.
 */
export function decidingChart(samples: Sample[]): string | undefined {
  if (samples.length === 0) return undefined;
  const startMs = samples[0]?.atMs ?? 0;
  const values = samples.map(({ reading }) =>
    "value" in reading && reading.value !== undefined ? reading.value : reading.kind === "fail" ? 1 : 0,
  );
  const labels = samples.map((sample) => `"${formatDuration(sample.atMs - startMs)}"`);
  return [
    "xychart-beta",
    `  title "${samples[0]?.signal} per sample"`,
    `  x-axis [${labels.join(", ")}]`,
    `  line [${values.join(", ")}]`,
  ].join("\n");
}
