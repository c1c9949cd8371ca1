import { formatBytes, formatDuration, imageName, imagePageUrl, parseImageRef } from "@quai/core";
import {
  addFacts,
  addHeading,
  addTable,
  code,
  type FailureSummary,
  html,
  link,
  writeSummary,
} from "@quai/github";
import type { ReleaseRequest, ReleaseResult } from "@quai/registry";

const TAG_ACTIONS = {
  written: "written",
  unchanged: "already there (same digest)",
  kept: "kept on a higher version",
} as const;

/** The job summary: the release, its tags, what went over the wire, and how long it took. */
export async function writeReleaseSummary(result: ReleaseResult, durationMs: number): Promise<void> {
  const { blobs } = result;
  const image = parseImageRef(result.imageRef);
  addHeading(`Released ${result.version}`, 3);
  addFacts({
    Image: link(imagePageUrl({ ...image, tag: result.version }), code(result.imageRef)),
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

/** How far a release got: where it was going, once the inputs were read. */
export interface ReleaseProgress {
  request?: ReleaseRequest;
  /** The release promoted, when it is a promotion. */
  source?: string;
}

/** The job summary of a failed release, besides the error: the release, and where it was going. */
export function describeReleaseFailure({ request, source }: ReleaseProgress): FailureSummary {
  if (!request) return { heading: "Release failed" };
  const repository = imageName(request.target);
  return {
    heading: `Release ${request.version.text} to ${repository} failed`,
    facts: {
      Repository: link(imagePageUrl(request.target), code(repository)),
      "Promoted from": source && code(source),
    },
  };
}
