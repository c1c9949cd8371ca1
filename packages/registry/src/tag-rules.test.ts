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
