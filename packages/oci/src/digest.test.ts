import { describe, expect, it } from "vitest";
import { digestHex, sha256Digest } from "./digest";

describe("sha256Digest", () => {
  it("is the algorithm and the hex of the content's sha256", () => {
    expect(sha256Digest(Buffer.from("abc"))).toBe(
      "sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    );
  });
});

describe("digestHex", () => {
  it("is the part that names blob files, and refuses anything but a sha256 digest", () => {
    expect(digestHex(`sha256:${"a".repeat(64)}`)).toBe("a".repeat(64));
    expect(() => digestHex(`sha512:${"a".repeat(128)}`)).toThrowError("Not a sha256 digest: sha512:");
    expect(() => digestHex("sha256:../../etc/passwd")).toThrowError("Not a sha256 digest");
  });
});
