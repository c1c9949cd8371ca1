import { describe, expect, it } from "vitest";
import type { BuildEngine } from "./build-engine";
import { resolveImage } from "./engine-images";

const INDEX = `sha256:${"1".repeat(64)}`;
const AMD64 = `sha256:${"2".repeat(64)}`;

/** An engine that holds one image, pulled through a two-platform index: both digests recorded. */
const engine = {
  inspectImage: async () => ({
    id: `sha256:${"c".repeat(64)}`,
    size: 1,
    repoDigests: [`127.0.0.1:5000/base/debian@${AMD64}`, `127.0.0.1:5000/base/debian@${INDEX}`],
    layers: [],
  }),
} as unknown as BuildEngine;

describe("resolveImage", () => {
  it("keeps the digest a base is pinned by, so its index (every platform) is what the build reads", async () => {
    const resolved = await resolveImage(engine, `127.0.0.1:5000/base/debian@${INDEX}`, "base-image");
    expect(resolved).toMatchObject({ digest: INDEX, pinned: `127.0.0.1:5000/base/debian@${INDEX}` });
  });

  it("pins a base named by tag to the first digest the engine recorded for its repository", async () => {
    const resolved = await resolveImage(engine, "127.0.0.1:5000/base/debian:bookworm-slim", "base-image");
    expect(resolved.digest).toBe(AMD64);
  });

  it("refuses a reference that is none, naming the input, before asking the engine", async () => {
    const untouched = {
      inspectImage: () => {
        throw new Error("the engine was asked");
      },
    } as unknown as BuildEngine;
    await expect(resolveImage(untouched, "not a ref!!", "base-image")).rejects.toThrow(
      /^Invalid base-image: "not a ref!!" \(/,
    );
  });
});
