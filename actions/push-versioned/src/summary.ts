import { formatBytes, formatDuration } from "@quai/core";
import { addFacts, addHeading, addTable, code, html, writeSummary } from "@quai/github";
import type { ReleaseResult } from "@quai/registry";

const TAG_ACTIONS = {
  written: "written",
  unchanged: "already there (same digest)",
  kept: "kept on a higher version",
} as const;

/** The job summary: the release, its tags, what went over the wire, and how long it took. */
export async function writeReleaseSummary(result: ReleaseResult, durationMs: number): Promise<void> {
  const { blobs } = result;
  addHeading(`Released ${result.version}`, 3);
  addFacts({
    Image: code(result.imageRef),
    Pushed: formatBytes(blobs.pushedBytes),
    Blobs: `${blobs.uploaded} uploaded, ${blobs.mounted} mounted, ${blobs.present} already there`,
    SBOM: result.sbom && html`${code(result.sbom.digest)} (listed by ${result.sbom.listedBy})`,
    Duration: formatDuration(durationMs),
  });
  addTable(
    ["Tag", "Outcome"],
    result.tags.map((tag) => [tag.tag, TAG_ACTIONS[tag.action]]),
  );
  await writeSummary();
}
