import { describe, expect, it } from "vitest";
import { parseImageRef } from "./image-ref";
import { createRelease, describeRelease, releaseImage } from "./release";

const DIGEST = `sha256:${"b".repeat(64)}`;

describe("createRelease", () => {
  it("binds a version to a digest and runs by digest", () => {
    const release = createRelease(
      "shop",
      "v1.2.0",
      parseImageRef(`127.0.0.1:5000/acme/shop:1.2.0@${DIGEST}`),
    );
    expect(release.version.text).toBe("1.2.0");
    expect(releaseImage(release)).toBe(`127.0.0.1:5000/acme/shop@${DIGEST}`);
    expect(describeRelease(release)).toBe("shop 1.2.0 (sha256:bbbbbbbbbbbb)");
  });

  it("refuses an image without a digest", () => {
    expect(() => createRelease("shop", "1.2.0", parseImageRef("ghcr.io/acme/shop:1.2.0"))).toThrowError(
      "A release needs an image digest, and ghcr.io/acme/shop:1.2.0 has none",
    );
  });

  it("refuses a version that is not semver", () => {
    expect(() => createRelease("shop", "latest", parseImageRef(`ghcr.io/acme/shop@${DIGEST}`))).toThrowError(
      /^Invalid version: "latest"/,
    );
  });
});
