// Only the functions used: semver's index loads every one of its modules, which was most of what
// an action evaluates before reading its first input.
import compare from "semver/functions/compare";
import parse from "semver/functions/parse";
import valid from "semver/functions/valid";
import { InvalidValueError } from "./errors";

/** A release version: strict semver, stored without a leading "v". */
export interface Version {
  text: string;
  major: number;
  minor: number;
  patch: number;
  prerelease: boolean;
}

/** Reads `1.2.3`, `v1.2.3` or `1.2.3-rc.1`; partial versions such as `1.2` are refused. */
export function parseVersion(text: string, input = "version"): Version {
  const parsed = parse(text.trim().replace(/^v(?=\d)/, ""));
  if (!parsed) {
    throw new InvalidValueError(input, text, "not a semantic version", {
      hint: "Use MAJOR.MINOR.PATCH, for example 1.4.0 or 2.0.0-rc.1",
    });
  }
  return {
    text: parsed.version,
    major: parsed.major,
    minor: parsed.minor,
    patch: parsed.patch,
    prerelease: parsed.prerelease.length > 0,
  };
}

/** The version a tag push carries: `refs/tags/v1.2.3` → `1.2.3`; anything else has none. */
export function versionFromGitRef(ref: string | undefined): Version | undefined {
  const match = ref?.match(/^refs\/tags\/(.+)$/);
  return match?.[1] ? versionOfTag(match[1]) : undefined;
}

/** The version a tag names (`1.2.3`, `v1.2.3`, `1.2.3-rc.1`); none for `1.2`, `latest`, `sha-…`. */
export function versionOfTag(tag: string): Version | undefined {
  const text = valid(tag.replace(/^v(?=\d)/, ""));
  return text ? parseVersion(text) : undefined;
}

export function compareVersions(a: Version, b: Version): number {
  return compare(a.text, b.text);
}

/**
 * The highest stable (non pre-release) version among tags, ignoring tags that are not versions
 * (`latest`, `sha-abc1234`). This, not push order, decides where `latest` points.
 */
export function highestStableVersion(tags: Iterable<string>): Version | undefined {
  let best: Version | undefined;
  for (const tag of tags) {
    const version = versionOfTag(tag);
    if (!version || version.prerelease) continue;
    if (!best || compareVersions(version, best) > 0) best = version;
  }
  return best;
}
