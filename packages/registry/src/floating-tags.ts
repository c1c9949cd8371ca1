import { compareVersions, highestStableVersion, type Version } from "@quai/core";
import type { FloatingRange } from "./tag-rules";

/**
 * Whether a floating tag may point at `version`: only when no stable version of its range in the
 * repository's tag list is higher. Semver order decides, never push order, so pushing 1.2.0 after
 * 1.10.0 leaves `latest` on 1.10.0.
 */
export function floatingTagMayMove(
  range: FloatingRange,
  version: Version,
  repositoryTags: readonly string[],
): boolean {
  const inRange = repositoryTags.filter((tag) => {
    const tagged = highestStableVersion([tag]);
    return tagged !== undefined && sameRange(range, tagged, version);
  });
  const highest = highestStableVersion(inRange);
  return highest === undefined || compareVersions(version, highest) >= 0;
}

function sameRange(range: FloatingRange, a: Version, b: Version): boolean {
  if (range === "all") return true;
  if (a.major !== b.major) return false;
  return range === "major" || a.minor === b.minor;
}
