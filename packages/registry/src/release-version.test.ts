import { parseVersion } from "@quai/core";
import { describe, expect, it } from "vitest";
import { resolveReleaseVersion } from "./release-version";

describe("resolveReleaseVersion", () => {
  it("prefers the version input, else reads a version tag ref", () => {
    expect(resolveReleaseVersion(parseVersion("2.0.0"), "refs/tags/v1.0.0").text).toBe("2.0.0");
    expect(resolveReleaseVersion(undefined, "refs/tags/v1.2.3").text).toBe("1.2.3");
  });

  it("fails in one line without either", () => {
    expect(() => resolveReleaseVersion(undefined, "refs/heads/main")).toThrow(
      "No release version: the version input is empty and refs/heads/main is not a version tag",
    );
  });
});
