import { InvalidValueError, isValidTag, type Version, versionOfTag } from "@quai/core";

/**
 * How a tag may change once written. `pinned` tags name one release forever (`1.2.3`, `sha-…`,
 * any tag naming a full version); `floating` ones follow the highest version of their range,
 * forward only (`1.2`, `1`, `latest`, given literally or by placeholders); `literal` ones (`stable`)
 * are written as given.
 */
export type TagKind = "pinned" | "floating" | "literal";

/** The versions a floating tag follows: those of the same major.minor, the same major, or all. */
export type FloatingRange = "minor" | "major" | "all";

export interface PlannedTag {
  tag: string;
  kind: TagKind;
  range?: FloatingRange;
}

export interface TagContext {
  version: Version;
  /** The commit (GITHUB_SHA), for `{{sha}}`. */
  commit?: string;
}

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;
const PLACEHOLDERS = ["version", "major", "minor", "patch", "sha"];
const SHORT_SHA_LENGTH = 7;
const KIND_ORDER: Record<TagKind, number> = { pinned: 0, literal: 1, floating: 2 };
/** A literal major or major.minor (`1`, `v1.2`): a floating tag of that range. */
const PARTIAL_VERSION = /^v?(\d+)(?:\.(\d+))?$/;

/**
 * The tags the rules give for a release, as docker/metadata-action's semver and sha rules do:
 * `{{version}}`, `{{major}}.{{minor}}`, `{{major}}`, `sha-{{sha}}`, `latest`, literal tags. The
 * version's own tag is always among them, whatever the rules say. A pre-release gets no floating
 * tag. Pinned tags come first (the version's own first of all), floating ones last, so a failure
 * part-way never leaves a floating tag on an untagged release.
 */
export function expandTagRules(rules: readonly string[], context: TagContext): PlannedTag[] {
  const planned = new Map<string, PlannedTag>();
  for (const rule of rules) {
    const tag = planTag(rule, context);
    if (tag && !planned.has(tag.tag)) planned.set(tag.tag, tag);
  }
  const own = context.version.text;
  if (!planned.has(own)) planned.set(own, { tag: own, kind: "pinned" });
  const versionFirst = (tag: PlannedTag) => (tag.tag === own ? -1 : 0);
  return [...planned.values()].sort(
    (a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || versionFirst(a) - versionFirst(b),
  );
}

function planTag(rule: string, context: TagContext): PlannedTag | undefined {
  const used = [...rule.matchAll(PLACEHOLDER)].map((match) => match[1] ?? "");
  const unknown = used.find((name) => !PLACEHOLDERS.includes(name));
  if (unknown !== undefined) {
    throw new InvalidValueError("tags", rule, `unknown placeholder {{${unknown}}}`, {
      hint: `Use ${PLACEHOLDERS.map((name) => `{{${name}}}`).join(", ")} or a literal tag`,
    });
  }
  const tag = rule.replace(PLACEHOLDER, (_, name: string) => placeholderValue(name, rule, context));
  if (!isValidTag(tag)) {
    throw new InvalidValueError(
      "tags",
      rule,
      `it expands to ${JSON.stringify(tag)}, which is not a valid tag`,
      {
        hint: "A tag is up to 128 letters, digits, _, . and -, not starting with . or -",
      },
    );
  }
  const kind = kindOf(rule, tag, used, context.version);
  if (kind.kind === "floating" && context.version.prerelease) return undefined;
  return { tag, ...kind };
}

function kindOf(rule: string, tag: string, used: string[], version: Version): Omit<PlannedTag, "tag"> {
  // Whatever made it, a tag naming a version is that release's, as immutable as the version's own.
  if (versionOfTag(tag) || used.some((name) => ["version", "patch", "sha"].includes(name))) {
    return { kind: "pinned" };
  }
  if (used.includes("minor")) return { kind: "floating", range: "minor" };
  if (used.includes("major")) return { kind: "floating", range: "major" };
  if (rule === "latest") return { kind: "floating", range: "all" };
  const partial = tag.match(PARTIAL_VERSION);
  if (partial) return literalFloating(rule, partial, version);
  return { kind: "literal" };
}

/**
 * A literal `1.2` or `1` floats as `{{major}}.{{minor}}` or `{{major}}` do, over versions of its own
 * numbers only: put on a version outside them, it would later move back into its range.
 */
function literalFloating(
  rule: string,
  [, major, minor]: RegExpMatchArray,
  version: Version,
): Omit<PlannedTag, "tag"> {
  const range = minor === undefined ? "major" : "minor";
  const holds = Number(major) === version.major && (minor === undefined || Number(minor) === version.minor);
  if (!holds) {
    const follows = minor === undefined ? `${major}.x.y` : `${major}.${minor}.x`;
    throw new InvalidValueError(
      "tags",
      rule,
      `it follows the ${follows} versions, and ${version.text} is not one`,
      {
        hint: "Use {{major}}.{{minor}} or {{major}} to follow the version released",
      },
    );
  }
  return { kind: "floating", range };
}

function placeholderValue(name: string, rule: string, { version, commit }: TagContext): string {
  switch (name) {
    case "version":
      return version.text;
    case "major":
      return String(version.major);
    case "minor":
      return String(version.minor);
    case "patch":
      return String(version.patch);
    default:
      if (!commit) {
        throw new InvalidValueError("tags", rule, "{{sha}} needs the commit, and GITHUB_SHA is not set");
      }
      return commit.slice(0, SHORT_SHA_LENGTH);
  }
}
