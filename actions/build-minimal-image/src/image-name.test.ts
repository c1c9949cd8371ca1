import { parseImageRef } from "@quai/core";
import { describe, expect, it } from "vitest";
import { defaultImageName } from "./image-name";

const REVISION = "0123456789abcdef0123456789abcdef01234567";

describe("defaultImageName", () => {
  it.each([
    ["/work/my app #1 (ü)", "my-app-1"],
    ["/work/My.App", "my.app"],
    ["/work/a..b", "a-b"],
    ["/work/a._-b", "a-b"],
    ["/work/api__v2", "api__v2"],
    ["/work/api---v2", "api---v2"],
    ["/work/__app__", "app"],
    ["/work/(ü)", "app"],
    [`/work/${"x".repeat(300)}`, "x".repeat(128)],
  ])("makes a name Docker takes of the folder %j: %s", (context, name) => {
    const image = defaultImageName(context, REVISION, undefined);
    expect(image).toBe(`${name}:0123456789ab`);
    expect(() => parseImageRef(image)).not.toThrow();
  });

  it("names the image after the repository when there is one, tagged latest without a commit", () => {
    expect(defaultImageName("/work/my app", undefined, "acme/Shop.Front-")).toBe("shop.front:latest");
  });
});
