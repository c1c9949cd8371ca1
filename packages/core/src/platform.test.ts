import { describe, expect, it } from "vitest";
import { enginePlatform, formatPlatform, parsePlatform, samePlatform } from "./platform";

describe("platforms", () => {
  it("parses os/architecture[/variant], normalising uname's names", () => {
    expect(parsePlatform("linux/amd64")).toEqual({ os: "linux", architecture: "amd64", variant: undefined });
    expect(parsePlatform("linux/arm64/v8")).toEqual({ os: "linux", architecture: "arm64", variant: "v8" });
    expect(parsePlatform("Linux/x86_64")).toEqual({ os: "linux", architecture: "amd64", variant: undefined });
  });

  it("refuses what is not a platform, naming the input", () => {
    for (const bad of ["amd64", "linux/", "linux/arm/v7/extra", "linux/am d64"]) {
      expect(() => parsePlatform(bad, "platforms")).toThrow(`Invalid platforms: ${JSON.stringify(bad)}`);
    }
  });

  it("formats as Docker writes it", () => {
    expect(formatPlatform({ os: "linux", architecture: "arm64", variant: "v8" })).toBe("linux/arm64/v8");
    expect(formatPlatform({ os: "linux", architecture: "amd64" })).toBe("linux/amd64");
  });

  it("reads an engine's platform from its info", () => {
    expect(enginePlatform({ OSType: "linux", Architecture: "x86_64" })).toEqual({
      os: "linux",
      architecture: "amd64",
      variant: undefined,
    });
    expect(enginePlatform({ OSType: "linux", Architecture: "aarch64" })).toMatchObject({
      architecture: "arm64",
    });
    expect(enginePlatform({ OSType: "linux", Architecture: "armv7l" })).toEqual({
      os: "linux",
      architecture: "arm",
      variant: "v7",
    });
  });

  it("takes arm64 without a variant for arm64/v8, and tells other platforms apart", () => {
    expect(samePlatform(parsePlatform("linux/arm64"), parsePlatform("linux/arm64/v8"))).toBe(true);
    expect(samePlatform(parsePlatform("linux/arm64"), parsePlatform("linux/amd64"))).toBe(false);
    expect(samePlatform(parsePlatform("linux/arm/v6"), parsePlatform("linux/arm/v7"))).toBe(false);
  });
});
