import { describe, expect, it } from "vitest";
import {
  compareVersions,
  highestStableVersion,
  parseVersion,
  versionFromGitRef,
  versionOfTag,
} from "./version";

describe("parseVersion", () => {
  it("reads plain, v-prefixed and pre-release versions", () => {
    expect(parseVersion("1.2.3")).toEqual({ text: "1.2.3", major: 1, minor: 2, patch: 3, prerelease: false });
    expect(parseVersion("v10.0.1").text).toBe("10.0.1");
    expect(parseVersion("2.0.0-rc.1").prerelease).toBe(true);
  });

  it.each(["1.2", "latest", "v", "1.2.3.4", ""])("refuses %j naming the input", (text) => {
    expect(() => parseVersion(text, "version")).toThrowError(
      /^Invalid version: .* \(not a semantic version\)$/,
    );
  });
});

describe("versionFromGitRef", () => {
  it("takes the version of a tag ref", () => {
    expect(versionFromGitRef("refs/tags/v1.2.3")?.text).toBe("1.2.3");
    expect(versionFromGitRef("refs/tags/3.0.0-beta.2")?.text).toBe("3.0.0-beta.2");
  });

  it("has none for branches, other tags and no ref", () => {
    expect(versionFromGitRef("refs/heads/main")).toBeUndefined();
    expect(versionFromGitRef("refs/tags/nightly")).toBeUndefined();
    expect(versionFromGitRef(undefined)).toBeUndefined();
  });
});

describe("versionOfTag", () => {
  it("reads tags naming a full version, plain, v-prefixed or pre-release, and no others", () => {
    expect(["1.2.3", "v1.2.3", "2.0.0-rc.1"].map((tag) => versionOfTag(tag)?.text)).toEqual([
      "1.2.3",
      "1.2.3",
      "2.0.0-rc.1",
    ]);
    expect(["1.2", "1", "latest", "sha-abc1234", "1.2.3.4"].map(versionOfTag)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe("highestStableVersion", () => {
  it("orders by semver, not by text or push order", () => {
    expect(highestStableVersion(["1.10.0", "1.2.0", "1.9.9"])?.text).toBe("1.10.0");
  });

  it("ignores pre-releases and tags that are not versions", () => {
    expect(highestStableVersion(["latest", "sha-abc1234", "1.0.0", "2.0.0-rc.1", "1", "1.0"])?.text).toBe(
      "1.0.0",
    );
    expect(highestStableVersion(["latest", "2.0.0-rc.1"])).toBeUndefined();
  });

  it("compares versions", () => {
    expect(compareVersions(parseVersion("1.2.0"), parseVersion("1.10.0"))).toBeLessThan(0);
    expect(compareVersions(parseVersion("2.0.0"), parseVersion("2.0.0-rc.1"))).toBeGreaterThan(0);
  });
});
