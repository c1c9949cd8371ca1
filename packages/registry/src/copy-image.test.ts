import { Readable } from "node:stream";
import { UserError } from "@quai/core";
import type { Descriptor } from "@quai/oci";
import { describe, expect, it } from "vitest";
import { copyImage } from "./copy-image";
import type { ImageContent } from "./image-content";
import { RegistryClient } from "./registry-client";
import { type FakeHandler, fakeTransport } from "./testing/fake-transport";

const layer = (name: string): Descriptor => ({
  mediaType: "application/vnd.oci.image.layer.v1.tar+gzip",
  digest: `sha256:${name.repeat(64).slice(0, 64)}`,
  size: 3,
});
const held = layer("a");
const lacking = layer("b");

/** An image of two blobs, recording which blobs its source was asked to check. */
function imageContent(verify: (descriptors: readonly Descriptor[]) => Promise<void>): ImageContent {
  return {
    manifest: {
      bytes: Buffer.from("{}"),
      mediaType: "application/vnd.oci.image.manifest.v1+json",
      digest: "sha256:m",
    },
    children: [],
    blobs: [held, lacking],
    source: { open: async () => Readable.from([Buffer.from("abc")]), verify },
  };
}

/** A registry that holds `held` and no manifest, and accepts uploads. */
function registry() {
  return fakeTransport((request) => {
    if (request.method === "HEAD") return { status: request.url.endsWith(held.digest) ? 200 : 404 };
    if (request.method === "POST") return { status: 202, headers: { location: "/v2/app/blobs/uploads/1" } };
    return { status: 201 };
  });
}

describe("copyImage", () => {
  it("checks only the blobs it must upload, before the first upload", async () => {
    const fake = registry();
    const checked: string[][] = [];
    const requestsWhenChecked: number[] = [];
    const content = imageContent(async (descriptors) => {
      checked.push(descriptors.map((descriptor) => descriptor.digest));
      requestsWhenChecked.push(fake.requests.filter((request) => request.method !== "HEAD").length);
    });
    const client = new RegistryClient({ registry: "127.0.0.1:5000", transport: fake.transport });
    const stats = await copyImage(client, "app", content);
    expect(checked).toEqual([[lacking.digest]]);
    expect(requestsWhenChecked).toEqual([0]);
    expect(stats).toEqual({ pushedBytes: 3, present: 1, mounted: 0, uploaded: 1 });
  });

  it("sends nothing when a blob to upload fails its check", async () => {
    const fake = registry();
    const content = imageContent(async () => {
      throw new UserError("Blob sha256:bbb does not match its digest");
    });
    const client = new RegistryClient({ registry: "127.0.0.1:5000", transport: fake.transport });
    await expect(copyImage(client, "app", content)).rejects.toThrowError("does not match its digest");
    expect(fake.requests.map((request) => request.method)).toEqual(["HEAD", "HEAD", "HEAD"]);
  });

  it("puts the top manifest by digest, or leaves it to the caller's tag", async () => {
    const manifestPuts = async (topManifestByTag: boolean) => {
      const fake = registry();
      const client = new RegistryClient({ registry: "127.0.0.1:5000", transport: fake.transport });
      await copyImage(
        client,
        "app",
        imageContent(async () => {}),
        { topManifestByTag },
      );
      return fake.requests.filter(
        (request) => request.method === "PUT" && request.url.includes("/manifests/"),
      );
    };
    expect((await manifestPuts(false)).map((request) => request.url)).toEqual([
      "http://127.0.0.1:5000/v2/app/manifests/sha256:m",
    ]);
    expect(await manifestPuts(true)).toEqual([]);
  });

  it("checks nothing when the registry already holds the manifest", async () => {
    const fake = fakeTransport(() => ({ status: 200, headers: { "docker-content-digest": "sha256:m" } }));
    let checks = 0;
    const content = imageContent(async () => void checks++);
    const client = new RegistryClient({ registry: "127.0.0.1:5000", transport: fake.transport });
    expect(await copyImage(client, "app", content)).toEqual({
      pushedBytes: 0,
      present: 2,
      mounted: 0,
      uploaded: 0,
    });
    expect(checks).toBe(0);
  });

  /**
   * Copies the image into an empty `app` whose registry answers a mount from base/node with
   * `mountAnswer`, and returns the stats.
   */
  const copyBesideBase = (mountAnswer: FakeHandler) => {
    const fake = fakeTransport((request) => {
      if (request.method === "HEAD") return { status: 404 };
      if (request.url.includes("mount=")) return mountAnswer(request);
      if (request.method === "POST") return { status: 202, headers: { location: "/v2/app/blobs/uploads/1" } };
      return { status: 201 };
    });
    const content = {
      ...imageContent(async () => {}),
      baseOrigin: { registry: "127.0.0.1:5000", repository: "base/node" },
    };
    return copyImage(
      new RegistryClient({ registry: "127.0.0.1:5000", transport: fake.transport }),
      "app",
      content,
    );
  };

  it("mounts from the base's repository what the target lacks, and uploads what the base does not hold", async () => {
    // base/node holds `held` (a base layer), not `lacking` (the app's).
    const stats = await copyBesideBase((request) =>
      request.url.includes(encodeURIComponent(held.digest)) && request.url.includes("from=base%2Fnode")
        ? { status: 201 }
        : { status: 202, headers: { location: "/v2/app/blobs/uploads/session" } },
    );
    expect(stats).toEqual({ pushedBytes: 3, present: 0, mounted: 1, uploaded: 1 });
  });

  it("uploads a blob whose mount from the base's repository is refused", async () => {
    const stats = await copyBesideBase(() => ({ status: 403, body: '{"errors":[{"code":"DENIED"}]}' }));
    expect(stats).toEqual({ pushedBytes: 6, present: 0, mounted: 0, uploaded: 2 });
  });
});
