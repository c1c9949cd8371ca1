import { parseVersion } from "@quai/core";
import { describe, expect, it } from "vitest";
import { expandTagRules } from "./tag-rules";

const DEFAULT_RULES = ["latest", "{{major}}", "{{major}}.{{minor}}", "{{version}}", "sha-{{sha}}", "stable"];

describe("expandTagRules", () => {
  it("orders the version first, pinned before literal before floating", () => {
    const tags = expandTagRules(DEFAULT_RULES, {
      version: parseVersion("1.2.3"),
      commit: "abcdef0123456789",
    });
    expect(tags).toEqual([
      { tag: "1.2.3", kind: "pinned" },
      { tag: "sha-abcdef0", kind: "pinned" },
      { tag: "stable", kind: "literal" },
      { tag: "latest", kind: "floating", range: "all" },
      { tag: "1", kind: "floating", range: "major" },
      { tag: "1.2", kind: "floating", range: "minor" },
    ]);
  });

  it("gives a pre-release no floating tag", () => {
    const tags = expandTagRules(["{{version}}", "{{major}}", "latest"], {
      version: parseVersion("2.0.0-rc.1"),
    });
    expect(tags.map((tag) => tag.tag)).toEqual(["2.0.0-rc.1"]);
  });

  it("always plans the version's own tag, whatever the rules say", () => {
    const version = parseVersion("2.0.0");
    expect(expandTagRules([], { version })).toEqual([{ tag: "2.0.0", kind: "pinned" }]);
    expect(expandTagRules(["stable", "{{major}}"], { version })).toEqual([
      { tag: "2.0.0", kind: "pinned" },
      { tag: "stable", kind: "literal" },
      { tag: "2", kind: "floating", range: "major" },
    ]);
  });

  it("pins every tag that names a full version, literal or expanded", () => {
    const tags = expandTagRules(["1.0.0", "v1.0.1", "3.0.0-rc.1", "{{major}}.{{minor}}.0"], {
      version: parseVersion("2.1.4"),
    });
    expect(tags).toEqual([
      { tag: "2.1.4", kind: "pinned" },
      { tag: "1.0.0", kind: "pinned" },
      { tag: "v1.0.1", kind: "pinned" },
      { tag: "3.0.0-rc.1", kind: "pinned" },
      { tag: "2.1.0", kind: "pinned" },
    ]);
  });

  it("floats literal major and major.minor tags over their range, skipping them for a pre-release", () => {
    expect(expandTagRules(["{{version}}", "1.2", "v1", "1"], { version: parseVersion("1.2.3") })).toEqual([
      { tag: "1.2.3", kind: "pinned" },
      { tag: "1.2", kind: "floating", range: "minor" },
      { tag: "v1", kind: "floating", range: "major" },
      { tag: "1", kind: "floating", range: "major" },
    ]);
    expect(expandTagRules(["1.2"], { version: parseVersion("1.2.4-rc.1") })).toEqual([
      { tag: "1.2.4-rc.1", kind: "pinned" },
    ]);
  });

  it("refuses a literal floating tag whose range does not hold the version", () => {
    const version = parseVersion("2.0.0");
    expect(() => expandTagRules(["1.0"], { version })).toThrow(
      'Invalid tags: "1.0" (it follows the 1.0.x versions, and 2.0.0 is not one)',
    );
    expect(() => expandTagRules(["v3"], { version })).toThrow(
      'Invalid tags: "v3" (it follows the 3.x.y versions, and 2.0.0 is not one)',
    );
  });

  it("refuses unknown placeholders and invalid tags, naming the rule", () => {
    const version = parseVersion("1.0.0");
    expect(() => expandTagRules(["{{branch}}"], { version })).toThrow(
      'Invalid tags: "{{branch}}" (unknown placeholder {{branch}})',
    );
    expect(() => expandTagRules(["v {{version}}"], { version })).toThrow(
      'Invalid tags: "v {{version}}" (it expands to "v 1.0.0", which is not a valid tag)',
    );
    expect(() => expandTagRules(["sha-{{sha}}"], { version })).toThrow("GITHUB_SHA is not set");
  });
});
