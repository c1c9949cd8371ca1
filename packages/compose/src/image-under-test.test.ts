import { InvalidValueError } from "@quai/core";
import { describe, expect, it } from "vitest";
import { resolveImageUnderTest } from "./image-under-test";
import { FakeExec } from "./testing/fake-exec";

const ID = `sha256:${"b3".repeat(32)}`;

describe("resolveImageUnderTest", () => {
  it("pins the image to the id the engine has for it", async () => {
    const fake = new FakeExec().on(/^docker image inspect/, { stdout: `${ID}\n` });
    expect(await resolveImageUnderTest(fake.exec, "acme/app:1a2b3c", "app")).toEqual({
      ref: "acme/app:1a2b3c",
      id: ID,
      service: "app",
    });
    expect(fake.calls[0]?.args).toEqual(["image", "inspect", "--format", "{{.Id}}", "acme/app:1a2b3c"]);
  });

  it("refuses an image the engine does not have: it is never pulled", async () => {
    const fake = new FakeExec().on(/^docker image inspect/, { exitCode: 1, stderr: "Error: No such image" });
    const error = await resolveImageUnderTest(fake.exec, "acme/app:gone", "app").catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(InvalidValueError);
    expect((error as InvalidValueError).message).toBe(
      'Invalid image: "acme/app:gone" (no such image in this Docker engine)',
    );
  });

  it("explains that a manifest digest is not an image id", async () => {
    const fake = new FakeExec().on(/^docker image inspect/, { exitCode: 1 });
    const digest = `sha256:${"ca".repeat(32)}`;
    await expect(resolveImageUnderTest(fake.exec, digest, "app")).rejects.toThrow(
      "a manifest digest, such as build-minimal-image's digest output, names an image in a registry",
    );
  });
});
