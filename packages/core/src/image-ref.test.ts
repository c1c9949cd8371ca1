import { describe, expect, it } from "vitest";
import {
  formatImageRef,
  isLoopbackRegistry,
  lowerCaseImageName,
  parseImageRef,
  pinnedImageRef,
  shortDigest,
} from "./image-ref";

const DIGEST = `sha256:${"a".repeat(64)}`;

describe("parseImageRef", () => {
  it.each([
    ["nginx", { registry: "docker.io", repository: "library/nginx" }],
    ["nginx:1.25", { registry: "docker.io", repository: "library/nginx", tag: "1.25" }],
    ["acme/app", { registry: "docker.io", repository: "acme/app" }],
    ["ghcr.io/acme/app:v1.2.3", { registry: "ghcr.io", repository: "acme/app", tag: "v1.2.3" }],
    [
      "127.0.0.1:5000/base/debian:bookworm-slim",
      { registry: "127.0.0.1:5000", repository: "base/debian", tag: "bookworm-slim" },
    ],
    ["localhost/app", { registry: "localhost", repository: "app" }],
    [`ghcr.io/acme/app@${DIGEST}`, { registry: "ghcr.io", repository: "acme/app", digest: DIGEST }],
    [
      `ghcr.io/acme/app:1.0.0@${DIGEST}`,
      { registry: "ghcr.io", repository: "acme/app", tag: "1.0.0", digest: DIGEST },
    ],
    ["registry.example.com:443/a/b/c", { registry: "registry.example.com:443", repository: "a/b/c" }],
  ])("reads %s", (text, expected) => {
    expect(parseImageRef(text)).toEqual({ tag: undefined, digest: undefined, ...expected });
  });

  it.each([
    ["", "it is empty"],
    ["Acme/App", "lower-case path components"],
    ["app:bad tag", "not a valid tag"],
    ["app@sha256:1234", "not a sha256 digest"],
    ["ghcr.io/acme//app", "lower-case path components"],
    ["ghcr.io/", "lower-case path components"],
  ])("rejects %j naming the input", (text, why) => {
    expect(() => parseImageRef(text, "source")).toThrowError(/^Invalid source: /);
    expect(() => parseImageRef(text, "source")).toThrowError(why);
  });

  it("formats back what it read", () => {
    const text = `127.0.0.1:5000/acme/app:1.0.0@${DIGEST}`;
    expect(formatImageRef(parseImageRef(text))).toBe(text);
    expect(pinnedImageRef(parseImageRef(text))).toBe(`127.0.0.1:5000/acme/app@${DIGEST}`);
  });

  it("refuses to pin a reference without a digest", () => {
    expect(() => pinnedImageRef(parseImageRef("ghcr.io/acme/app:1.0.0"))).toThrowError(/has no digest/);
  });
});

describe("lowerCaseImageName", () => {
  it.each([
    ["ghcr.io/Acme/Shop", "ghcr.io/acme/shop"],
    ["GHCR.io/Acme/Shop:V1.2", "ghcr.io/acme/shop:V1.2"],
    ["localhost:5000/Acme/App", "localhost:5000/acme/app"],
    ["Localhost:5000/Acme/App:Dev", "localhost:5000/acme/app:Dev"],
    [`ghcr.io/Acme/App:Dev@${DIGEST}`, `ghcr.io/acme/app:Dev@${DIGEST}`],
    [`ghcr.io/Acme/App@${DIGEST}`, `ghcr.io/acme/app@${DIGEST}`],
    ["ghcr.io/acme/app", "ghcr.io/acme/app"],
  ])("%s → %s (the tag kept as written)", (text, expected) => {
    expect(lowerCaseImageName(text)).toBe(expected);
  });
});

describe("isLoopbackRegistry", () => {
  it.each([
    ["127.0.0.1:5000", true],
    ["localhost:5001", true],
    ["[::1]:5000", true],
    ["ghcr.io", false],
    ["10.0.0.1:5000", false],
    ["127.example.com", false],
  ])("%s → %s", (registry, expected) => {
    expect(isLoopbackRegistry(registry)).toBe(expected);
  });
});

describe("shortDigest", () => {
  it("keeps sha256: and the first 12 hex digits", () => {
    expect(shortDigest(`sha256:0123456789ab${"c".repeat(52)}`)).toBe("sha256:0123456789ab");
  });

  it("leaves an empty digest empty, for a caller to name what is missing", () => {
    expect(shortDigest("")).toBe("");
  });
});
