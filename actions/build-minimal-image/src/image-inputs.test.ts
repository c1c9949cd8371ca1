import { InvalidValueError } from "@quai/core";
import { InputReader } from "@quai/github";
import { describe, expect, it } from "vitest";
import { readInputs } from "./inputs";

const VALID = { recipe: "auto", user: "10001", "dependency-cache": "true" };

function inputs(values: Record<string, string>) {
  const all: Record<string, string> = { ...VALID, ...values };
  return readInputs(new InputReader((name) => all[name] ?? ""));
}

function errorOf(values: Record<string, string>): InvalidValueError {
  try {
    inputs(values);
  } catch (error) {
    if (error instanceof InvalidValueError) return error;
    throw error;
  }
  throw new Error("expected an InvalidValueError");
}

describe("readInputs", () => {
  it.each(["base-image", "builder-image"])("refuses a %s that is not an image reference", (input) => {
    expect(errorOf({ [input]: "not a ref!!" }).message).toBe(
      `Invalid ${input}: "not a ref!!" (the repository must be lower-case path components separated by /)`,
    );
  });

  it("takes base and builder images by tag or digest, and scratch", () => {
    const digest = `sha256:${"a".repeat(64)}`;
    expect(inputs({ "base-image": "scratch", "builder-image": `ghcr.io/acme/node@${digest}` })).toMatchObject(
      {
        "base-image": "scratch",
        "builder-image": `ghcr.io/acme/node@${digest}`,
      },
    );
  });

  it.each([
    ["My-App:1.0", "the repository must be lower-case path components separated by /"],
    ["my app", "the repository must be lower-case path components separated by /"],
    ["app-:1.0", "the repository must be lower-case path components separated by /"],
    ["app:bad tag", '"bad tag" is not a valid tag'],
    [`app@sha256:${"b".repeat(64)}`, "a digest is the build's output, not a name to load the image as"],
  ])("refuses the image name %j before the build, saying why", (image, why) => {
    const error = errorOf({ image });
    expect(error.message).toBe(`Invalid image: ${JSON.stringify(image)} (${why})`);
    expect(error.hint).toMatch(/^Use a lower-case name with an optional tag/);
  });

  it.each([
    ["my-app:1.0", "my-app:1.0"],
    ["ghcr.io/acme/app:sha-1a2b", "ghcr.io/acme/app:sha-1a2b"],
    ["localhost:5000/app", "localhost:5000/app:latest"],
    ["my-app", "my-app:latest"],
  ])("takes the image name %j as %j (docker load needs a tag)", (image, name) => {
    expect(inputs({ image }).image).toBe(name);
  });
});
