import * as core from "@actions/core";
import type { BuildResult } from "@quai/build";
import { formatBytes, formatDuration, formatPlatform } from "@quai/core";
import { addFacts, addTable, writeSummary } from "@quai/github";

const short = (digest: string) => digest.replace(/^sha256:/, "").slice(0, 12);

/** A phase of the build (one log group) and how long it took. */
export interface Phase {
  title: string;
  ms: number;
}

/** The job summary: what was built, its layers, what the audit found, and where the time went. */
export async function writeBuildSummary(result: BuildResult, phases: readonly Phase[]): Promise<void> {
  const naive = result.naiveSize
    ? `${Math.round((result.size.uncompressed / result.naiveSize) * 100)}% of ${formatBytes(result.naiveSize)} (builder image + app + dependencies)`
    : undefined;
  core.summary.addHeading(`Built ${result.image}`, 3);
  addFacts({
    Digest: `\`${result.digest}\``,
    Recipe: result.recipe,
    Platform: formatPlatform(result.platform),
    Base: result.base
      ? `${result.base.ref} (${result.base.pinned})`
      : result.recipe === "dockerfile"
        ? "the Dockerfile's FROM"
        : "scratch",
    Builder: result.builder ? `${result.builder.ref} (${result.builder.pinned})` : "the Dockerfile's own",
    Size: `${formatBytes(result.size.compressed)} compressed, ${formatBytes(result.size.uncompressed)} uncompressed`,
    "Against a single-stage build": naive,
    Processes: result.processes.map((process) => `\`${process.name}\``).join(", ") || undefined,
    "OCI layout": `\`${result.ociLayout}\``,
  });
  core.summary.addHeading("Layers", 4);
  addTable(
    ["Layer", "Holds", "Compressed", "Uncompressed", "Digest"],
    result.layers.map((layer) => [
      layer.role,
      layer.holds,
      formatBytes(layer.size),
      formatBytes(layer.uncompressedSize),
      short(layer.digest),
    ]),
  );
  core.summary.addHeading(
    `Audit: ${result.audit.warnings.length === 0 ? "passed" : `passed with ${result.audit.warnings.length} warning(s)`}`,
    4,
  );
  for (const warning of result.audit.warnings) core.summary.addRaw(`⚠️ ${warning.message}`, true);
  addTable(
    ["Largest added files", "Size"],
    result.audit.largest.map((file) => [file.path, formatBytes(file.size)]),
  );
  core.summary.addHeading("Time", 4);
  addTable(
    ["Phase", "Duration"],
    phases.map((phase) => [phase.title, formatDuration(phase.ms)]),
  );
  await writeSummary();
}
