import { describe, expect, it } from "vitest";
import { imagePageUrl } from "./image-page";
import { parseImageRef } from "./image-ref";

const DIGEST = `sha256:${"a".repeat(64)}`;

describe("imagePageUrl", () => {
  it("is GitHub's package page for ghcr.io, which has none per digest", () => {
    expect(imagePageUrl(parseImageRef(`ghcr.io/acme/shop@${DIGEST}`))).toBe("https://ghcr.io/acme/shop");
  });

  it("is Quay's page of the manifest when the digest is known, else of the repository", () => {
    expect(imagePageUrl(parseImageRef(`quay.io/acme/shop:1.0.0@${DIGEST}`))).toBe(
      `https://quay.io/repository/acme/shop/manifest/${DIGEST}`,
    );
    expect(imagePageUrl(parseImageRef("quay.io/acme/shop:1.0.0"))).toBe(
      "https://quay.io/repository/acme/shop",
    );
  });

  it("is Docker Hub's page of the tag, official images under /_/", () => {
    expect(imagePageUrl(parseImageRef("acme/shop:1.0.0"))).toBe(
      "https://hub.docker.com/r/acme/shop/tags?name=1.0.0",
    );
    expect(imagePageUrl(parseImageRef("index.docker.io/acme/shop:1.0.0"))).toBe(
      "https://hub.docker.com/r/acme/shop/tags?name=1.0.0",
    );
    expect(imagePageUrl(parseImageRef(`nginx@${DIGEST}`))).toBe("https://hub.docker.com/_/nginx");
  });

  it("is none for a registry whose pages quai does not know", () => {
    expect(imagePageUrl(parseImageRef(`127.0.0.1:5000/acme/shop@${DIGEST}`))).toBeUndefined();
    expect(imagePageUrl(parseImageRef("registry.example.com/acme/shop:1.0.0"))).toBeUndefined();
  });
});
