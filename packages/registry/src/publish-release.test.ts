import { parseImageRef, parseVersion } from "@quai/core";
import { sha256Digest } from "@quai/oci";
import { describe, expect, it } from "vitest";
import { bodyOf, type HttpRequest, type HttpResponse } from "./http-transport";
import { promoteRelease } from "./publish-release";

const REGISTRY = "127.0.0.1:5000";
const layerDigest = `sha256:${"1".repeat(64)}`;
const configDigest = `sha256:${"2".repeat(64)}`;
const manifestBytes = Buffer.from(
  JSON.stringify({
    schemaVersion: 2,
    mediaType: "application/vnd.oci.image.manifest.v1+json",
    config: { mediaType: "application/vnd.oci.image.config.v1+json", digest: configDigest, size: 2 },
    layers: [{ mediaType: "application/vnd.oci.image.layer.v1.tar+gzip", digest: layerDigest, size: 3 }],
  }),
);
const digest = sha256Digest(manifestBytes);

/**
 * A registry holding the release in `app` and nothing in `app-staging`. It answers the read of
 * the source manifest only once the event loop has run a while, and notes how many lookups of
 * the target had arrived by then.
 */
function registryWithRelease() {
  const requests: string[] = [];
  const targetLookupsBeforeSourceRead: number[] = [];
  const transport = async (request: HttpRequest): Promise<HttpResponse> => {
    const path = new URL(request.url).pathname + new URL(request.url).search;
    requests.push(`${request.method} ${path}`);
    const respond = (status: number, headers: Record<string, string> = {}, body?: Buffer) => ({
      status,
      headers,
      body: bodyOf(body),
    });
    if (request.method === "GET" && path === `/v2/app/manifests/${digest}`) {
      for (let turn = 0; turn < 20; turn++) await new Promise((resolve) => setImmediate(resolve));
      targetLookupsBeforeSourceRead.push(
        requests.filter((line) => line.startsWith("HEAD /v2/app-staging/manifests/")).length,
      );
      return respond(200, { "content-type": "application/vnd.oci.image.manifest.v1+json" }, manifestBytes);
    }
    if (request.method === "HEAD" && path.startsWith("/v2/app-staging/manifests/")) return respond(404);
    if (request.method === "POST" && path.includes("mount=")) return respond(201);
    if (request.method === "PUT") return respond(201, { "docker-content-digest": digest });
    return respond(500);
  };
  return { requests, targetLookupsBeforeSourceRead, transport };
}

describe("promoteRelease", () => {
  it("looks the target up while it reads the source, then mounts every blob and writes the tag", async () => {
    const registry = registryWithRelease();
    const result = await promoteRelease(parseImageRef(`${REGISTRY}/app@${digest}`, "source"), {
      target: parseImageRef(`${REGISTRY}/app-staging`, "repository"),
      version: parseVersion("1.0.0"),
      tagRules: ["{{version}}"],
      connection: { transport: registry.transport },
    });
    // The version's tag and the digest, both asked before the source manifest came back.
    expect(registry.targetLookupsBeforeSourceRead).toEqual([2]);
    expect(result.digest).toBe(digest);
    expect(result.blobs).toEqual({ pushedBytes: 0, present: 0, mounted: 2, uploaded: 0 });
    expect(registry.requests.filter((line) => line.startsWith("PUT"))).toEqual([
      "PUT /v2/app-staging/manifests/1.0.0",
    ]);
  });
});
