import { formatBytes, formatDuration, formatPlatform } from "@quai/core";
import {
  addFacts,
  addHeading,
  addTable,
  addText,
  code,
  type FailureSummary,
  joinHtml,
  writeSummary,
} from "@quai/github";
import type { BuildRequest, BuildResult } from "@quai/minimal-image";

const short = (digest: string) => digest.replace(/^sha256:/, "").slice(0, 12);

/** A phase of the build (one log group) and how long it took. */
export interface Phase {
  title: string;
  ms: number;
  /** The build failed in it. */
  failed?: boolean;
}

/** How far a build got: what it was asked for, once the inputs were read, and its phases. */
export interface BuildProgress {
  request?: BuildRequest;
  phases: Phase[];
}

/** The job summary: what was built, its layers, what the audit found, and where the time went. */
export async function writeBuildSummary(result: BuildResult, phases: readonly Phase[]): Promise<void> {
  const naive = result.naiveSize
    ? `${Math.round((result.size.uncompressed / result.naiveSize) * 100)}% of ${formatBytes(result.naiveSize)} (builder image + app + dependencies)`
    : undefined;
  addHeading(`Built ${result.image}`, 3);
  addFacts({
    Digest: code(result.digest),
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
    Processes: result.processes.length
      ? joinHtml(result.processes.map((process) => code(process.name)))
      : undefined,
    "OCI layout": code(result.ociLayout),
  });
  addHeading("Layers", 4);
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
  addHeading(
    `Audit: ${result.audit.warnings.length === 0 ? "passed" : `passed with ${result.audit.warnings.length} warning(s)`}`,
    4,
  );
  for (const warning of result.audit.warnings) addText(`⚠️ ${warning.message}`);
  addTable(
    ["Largest added files", "Size"],
    result.audit.largest.map((file) => [file.path, formatBytes(file.size)]),
  );
  addHeading("Time", 4);
  addTable(
    ["Phase", "Duration"],
    phases.map((phase) => [phase.title, formatDuration(phase.ms)]),
  );
  await writeSummary();
}

/** The job summary of a failed build, besides the error: what it was building, and where it stopped. */
export function describeBuildFailure({ request, phases }: BuildProgress): FailureSummary {
  const failedIn = phases.find((phase) => phase.failed);
  return {
    heading: request ? `Build of ${request.imageName} failed` : "Build failed",
    facts: {
      Context: request && code(request.context),
      Recipe: request?.recipe,
      "Failed in": failedIn && `${failedIn.title} (after ${formatDuration(failedIn.ms)})`,
    },
  };
}
