import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { InvalidValueError, parseImageRef, parseVersion } from "@quai/core";
import { sha256Digest } from "@quai/oci";
import { describe, expect, it } from "vitest";
import { bodyOf, type HttpRequest, type HttpResponse, type HttpTransport } from "./http-transport";
import { promoteRelease } from "./publish-release";
import { type FakeAnswer, fakeTransport } from "./testing/fake-transport";

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
 * A registry holding the release in `app` and nothing in `app-staging` but what is put. It answers
 * the read of the source manifest only once the event loop has run a while, and notes how many
 * lookups of the target had arrived by then.
 */
function registryWithRelease() {
  const requests: string[] = [];
  const put = new Set<string>();
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
    if (request.method === "HEAD" && path.startsWith("/v2/app-staging/manifests/")) {
      return put.has(path) ? respond(200, { "docker-content-digest": digest }) : respond(404);
    }
    if (request.method === "POST" && path.includes("mount=")) return respond(201);
    if (request.method === "PUT") {
      put.add(path);
      return respond(201, { "docker-content-digest": digest });
    }
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

const otherDigest = `sha256:${"9".repeat(64)}`;

/** Other pushes of the release, landing in `app-staging` while this one runs. */
interface Race {
  /** Tags another push writes while this one uploads (its first blob). */
  writtenDuringUpload?: Record<string, string>;
  /** Tags another push writes right after this one writes them. */
  overwrittenAfterPut?: Record<string, string>;
  /** Tags another push writes while this one waits to read its write back: two writes in step. */
  writtenWhileWaiting?: Record<string, string>;
}

/**
 * A registry holding the release in `app`, and in `app-staging` the tags `existing` names: it
 * lists them, answers their lookups, and stores what is put, with the `race` another push makes.
 */
function stagingRegistry(existing: Record<string, string>, race: Race = {}) {
  const tags = new Map(Object.entries(existing));
  const land = (written: Record<string, string> = {}) => {
    for (const [tag, named] of Object.entries(written)) tags.set(tag, named);
  };
  const fake = fakeTransport((request): FakeAnswer => {
    const path = new URL(request.url).pathname;
    const reference = path.split("/manifests/")[1] ?? "";
    if (path === `/v2/app/manifests/${digest}`) {
      return {
        headers: { "content-type": "application/vnd.oci.image.manifest.v1+json" },
        body: manifestBytes.toString("utf8"),
      };
    }
    if (request.method === "POST") {
      land(race.writtenDuringUpload);
      return { status: 201 };
    }
    if (path === "/v2/app-staging/tags/list") return { body: JSON.stringify({ tags: [...tags.keys()] }) };
    if (request.method === "PUT") {
      tags.set(reference, sha256Digest(request.body as Buffer));
      land(race.overwrittenAfterPut?.[reference] ? { [reference]: race.overwrittenAfterPut[reference] } : {});
      return { status: 201, headers: { "docker-content-digest": sha256Digest(request.body as Buffer) } };
    }
    const named =
      tags.get(reference) ??
      (reference === digest && [...tags.values()].includes(digest) ? digest : undefined);
    if (request.method === "HEAD")
      return named ? { headers: { "docker-content-digest": named } } : { status: 404 };
    return { status: 500 };
  });
  const tagsPut = () =>
    fake.requests
      .filter((request) => request.method === "PUT")
      .map((request) => new URL(request.url).pathname.split("/manifests/")[1]);
  /** The clock the push waits on: another push's write lands while it waits. */
  const clock = {
    now: () => 0,
    sleep: async () => land(race.writtenWhileWaiting),
  };
  return { ...fake, tags, tagsPut, clock };
}

/** Promotes the release in `app` to `app-staging` as `version`, with `tagRules`. */
function promote(registry: ReturnType<typeof stagingRegistry>, version: string, tagRules: string[]) {
  return promoteRelease(parseImageRef(`${REGISTRY}/app@${digest}`, "source"), {
    target: parseImageRef(`${REGISTRY}/app-staging`, "repository"),
    version: parseVersion(version),
    tagRules,
    connection: { transport: registry.transport, clock: registry.clock },
  });
}

describe("publishRelease tags", () => {
  it("refuses to move a literal tag naming a released version, and writes nothing", async () => {
    const registry = stagingRegistry({ "1.0.0": otherDigest });
    await expect(promote(registry, "2.0.0", ["1.0.0"])).rejects.toThrow(
      `${REGISTRY}/app-staging:1.0.0 already exists as ${otherDigest}; refusing to move it to ${digest}`,
    );
    expect(registry.tagsPut()).toEqual([]);
    expect(registry.tags.get("1.0.0")).toBe(otherDigest);
  });

  it("re-pushes a literal version tag already on the digest as a no-op", async () => {
    const registry = stagingRegistry({ "1.0.0": digest, "2.0.0": digest });
    const result = await promote(registry, "2.0.0", ["1.0.0"]);
    expect(result.tags).toEqual([
      { tag: "2.0.0", action: "unchanged" },
      { tag: "1.0.0", action: "unchanged" },
    ]);
    expect(registry.tagsPut()).toEqual([]);
  });

  it.each([[[]], [["stable"]]])("writes the version's tag when the rules %j name none", async (rules) => {
    const registry = stagingRegistry({});
    const result = await promote(registry, "2.0.0", rules);
    expect(result.tags[0]).toEqual({ tag: "2.0.0", action: "written" });
    expect(registry.tags.get("2.0.0")).toBe(digest);
    expect(registry.tagsPut()).toEqual(["2.0.0", ...rules]);
  });

  it("keeps a literal floating tag on the higher version it names", async () => {
    const registry = stagingRegistry({ "1.0.5": otherDigest, "1.0": otherDigest });
    const result = await promote(registry, "1.0.1", ["{{version}}", "1.0"]);
    expect(result.tags).toEqual([
      { tag: "1.0.1", action: "written" },
      { tag: "1.0", action: "kept" },
    ]);
    expect(registry.tags.get("1.0")).toBe(otherDigest);
  });
});

describe("publishRelease races", () => {
  it("fails when the version's tag reads back as another push's, writing no floating tag", async () => {
    const registry = stagingRegistry({}, { overwrittenAfterPut: { "2.0.0": otherDigest } });
    await expect(promote(registry, "2.0.0", ["{{version}}", "latest"])).rejects.toThrow(
      `${REGISTRY}/app-staging:2.0.0 names ${otherDigest}, not this push's ${digest}: another push of the same version won the race`,
    );
    expect(registry.tagsPut()).toEqual(["2.0.0"]);
  });

  it("refuses the version's tag when another push wrote it while this one uploaded", async () => {
    const registry = stagingRegistry({}, { writtenDuringUpload: { "2.0.0": otherDigest } });
    await expect(promote(registry, "2.0.0", ["{{version}}"])).rejects.toThrow(
      `${REGISTRY}/app-staging:2.0.0 names ${otherDigest}, not this push's ${digest}: another push of the same version won the race`,
    );
    expect(registry.tagsPut()).not.toContain("2.0.0");
    expect(registry.tags.get("2.0.0")).toBe(otherDigest);
  });

  it("waits before reading the version's tag back, and fails when another push's write lands meanwhile", async () => {
    const registry = stagingRegistry({}, { writtenWhileWaiting: { "2.0.0": otherDigest } });
    await expect(promote(registry, "2.0.0", ["{{version}}", "latest"])).rejects.toThrow(
      `${REGISTRY}/app-staging:2.0.0 names ${otherDigest}, not this push's ${digest}: another push of the same version won the race`,
    );
    expect(registry.tagsPut()).toEqual(["2.0.0"]);
  });

  it("fails when a floating tag reads back as another push's", async () => {
    const registry = stagingRegistry({}, { overwrittenAfterPut: { latest: otherDigest } });
    await expect(promote(registry, "2.0.0", ["{{version}}", "latest"])).rejects.toThrow(
      `${REGISTRY}/app-staging:latest names ${otherDigest}, not this push's ${digest}: another push moved it meanwhile`,
    );
  });
});

describe("publishRelease SBOM", () => {
  const fileWith = (name: string, text: string) => {
    const path = join(mkdtempSync(join(tmpdir(), "quai-sbom-")), name);
    writeFileSync(path, text);
    return path;
  };

  /** The staging registry, also holding every blob and no fallback index yet. */
  function registryTakingArtifacts() {
    const registry = stagingRegistry({});
    const transport = (request: HttpRequest): Promise<HttpResponse> => {
      const path = new URL(request.url).pathname;
      if (request.method === "HEAD" && path.includes("/blobs/")) {
        return Promise.resolve({ status: 200, headers: {}, body: bodyOf(undefined) });
      }
      if (request.method === "GET" && path.includes("/manifests/sha256-")) {
        return Promise.resolve({ status: 404, headers: {}, body: bodyOf(undefined) });
      }
      return registry.transport(request);
    };
    return { ...registry, transport };
  }

  const release = (transport: HttpTransport, sbom: string) =>
    promoteRelease(parseImageRef(`${REGISTRY}/app@${digest}`, "source"), {
      target: parseImageRef(`${REGISTRY}/app-staging`, "repository"),
      version: parseVersion("2.0.0"),
      tagRules: [],
      sbom,
      connection: { transport },
    });

  it.each([
    ["the machine's hostname", "runner-7\n", "not a JSON object"],
    ["JSON that is no SBOM", '{"name":"app"}', "not a CycloneDX or SPDX document"],
  ])("refuses %s before any request to the registry", async (_what, text, why) => {
    const registry = registryTakingArtifacts();
    const path = fileWith("hostname", text);
    const error = await release(registry.transport, path).catch((refusal: unknown) => refusal);
    expect(error).toBeInstanceOf(InvalidValueError);
    expect((error as InvalidValueError).summary).toBe(
      `Invalid sbom: "${path}" (${why}). Point sbom at a CycloneDX JSON (bomFormat: CycloneDX) or SPDX JSON (spdxVersion) file, such as build-minimal-image's sbom output`,
    );
    expect(registry.requests).toEqual([]);
  });

  it.each([
    [
      "CycloneDX",
      '{"bomFormat":"CycloneDX","specVersion":"1.5"}',
      "application/vnd.cyclonedx+json",
      "sbom.cdx.json",
    ],
    [
      "SPDX",
      '{"spdxVersion":"SPDX-2.3","SPDXID":"SPDXRef-DOCUMENT"}',
      "application/spdx+json",
      "sbom.spdx.json",
    ],
  ])("attaches a %s JSON SBOM with its own artifact type", async (_format, text, artifactType, title) => {
    const registry = registryTakingArtifacts();
    const result = await release(registry.transport, fileWith("sbom.json", text));
    expect(result.sbom?.listedBy).toBe("fallback-tag");
    const artifact = registry.requests
      .filter((request) => request.method === "PUT")
      .map((request) => JSON.parse((request.body as Buffer).toString("utf8")))
      .find((manifest) => manifest.subject);
    expect(artifact.artifactType).toBe(artifactType);
    expect(artifact.layers[0].annotations["org.opencontainers.image.title"]).toBe(title);
  });
});
