import { parseVersion } from "@quai/core";
import { describe, expect, it } from "vitest";
import { floatingTagMayMove } from "./floating-tags";

const TAGS = ["1.10.0", "1.2.0", "1.2.5-rc.1", "2.0.0-beta.1", "latest", "sha-abc1234"];

describe("floatingTagMayMove", () => {
  it("moves latest only to the highest stable version, in semver order", () => {
    expect(floatingTagMayMove("all", parseVersion("1.2.0"), TAGS)).toBe(false);
    expect(floatingTagMayMove("all", parseVersion("1.10.0"), TAGS)).toBe(true);
    expect(floatingTagMayMove("all", parseVersion("1.11.0"), TAGS)).toBe(true);
  });

  it("keeps major and minor tags within their range", () => {
    expect(floatingTagMayMove("minor", parseVersion("1.2.1"), TAGS)).toBe(true);
    expect(floatingTagMayMove("major", parseVersion("1.3.0"), TAGS)).toBe(false);
    expect(floatingTagMayMove("major", parseVersion("2.0.0"), TAGS)).toBe(true);
  });

  it("moves on an empty repository", () => {
    expect(floatingTagMayMove("all", parseVersion("0.1.0"), [])).toBe(true);
  });
});
