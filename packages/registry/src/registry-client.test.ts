import { FakeClock } from "@quai/core/testing";
import { sha256Digest } from "@quai/oci";
import { describe, expect, it } from "vitest";
import type { HttpResponse } from "./http-transport";
import { RegistryClient, registryBaseUrl } from "./registry-client";
import { type FakeAnswer, fakeTransport } from "./testing/fake-transport";

const credentials = { username: "me", password: "pa55word" };
const REALM = "https://auth.example/token";

describe("RegistryClient authentication", () => {
  it("follows the bearer challenge, fetching one token per scope and reusing it", async () => {
    const fake = fakeTransport((request) => {
      if (request.url.startsWith(REALM)) return { body: JSON.stringify({ token: "t0k" }) };
      if (request.headers?.authorization !== "Bearer t0k") {
        return { status: 401, headers: { "www-authenticate": `Bearer realm="${REALM}",service="reg"` } };
      }
      return { status: 404 };
    });
    const client = new RegistryClient({ registry: "reg.example", credentials, transport: fake.transport });
    expect(await client.hasBlob("a/b", "sha256:1")).toBe(false);
    expect(await client.hasBlob("a/b", "sha256:2")).toBe(false);
    const tokenRequests = fake.requests.filter((request) => request.url.startsWith(REALM));
    expect(tokenRequests.map((request) => request.url)).toEqual([
      `${REALM}?service=reg&scope=repository%3Aa%2Fb%3Apull`,
    ]);
    expect(tokenRequests[0]?.headers?.authorization).toBe(
      `Basic ${Buffer.from("me:pa55word").toString("base64")}`,
    );
  });

  it("answers a basic challenge, and reports refused credentials without them", async () => {
    const fake = fakeTransport(() => ({
      status: 401,
      headers: { "www-authenticate": 'Basic realm="reg"' },
      body: JSON.stringify({ errors: [{ code: "UNAUTHORIZED", message: "authentication required" }] }),
    }));
    const client = new RegistryClient({ registry: "reg.example", credentials, transport: fake.transport });
    const error = await client.listTags("a/b").then(
      () => new Error("no error"),
      (caught: Error) => caught,
    );
    expect(error.message).toBe(
      "reg.example refused to list the tags of a/b (401 Unauthorized: UNAUTHORIZED: authentication required)",
    );
    expect(String(error)).not.toContain("pa55word");
    expect(fake.requests).toHaveLength(2);
  });

  it("sends again with basic auth every request that met the first 401 at the same time", async () => {
    const basic = `Basic ${Buffer.from("me:pa55word").toString("base64")}`;
    const fake = fakeTransport((request) =>
      request.headers?.authorization === basic
        ? { status: 404 }
        : { status: 401, headers: { "www-authenticate": 'Basic realm="reg"' } },
    );
    const client = new RegistryClient({ registry: "reg.example", credentials, transport: fake.transport });
    const found = await Promise.all(
      ["sha256:1", "sha256:2", "sha256:3"].map((digest) => client.hasBlob("a/b", digest)),
    );
    expect(found).toEqual([false, false, false]);
    expect(fake.requests.filter((request) => request.headers?.authorization === basic)).toHaveLength(3);
  });
});

describe("RegistryClient requests", () => {
  it("retries 5xx with back-off on the injected clock", async () => {
    let calls = 0;
    const fake = fakeTransport(() => (++calls < 3 ? { status: 503 } : { status: 200 }));
    const clock = new FakeClock();
    const client = new RegistryClient({ registry: "reg.example", transport: fake.transport, clock });
    expect(await client.hasBlob("a/b", "sha256:1")).toBe(true);
    expect(clock.sleeps).toEqual([500, 1000]);
  });

  it("fails in one line once the tries are used up on a refused connection", async () => {
    const transport = async (): Promise<HttpResponse> => {
      throw Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" });
    };
    const client = new RegistryClient({
      registry: "127.0.0.1:9",
      transport,
      clock: new FakeClock(),
      attempts: 3,
    });
    await expect(client.listTags("a/b")).rejects.toThrow(
      "Could not reach 127.0.0.1:9 to list the tags of a/b (ECONNREFUSED) (after 3 tries at list the tags of a/b)",
    );
  });

  it("lists tags across Link pages, and none for a repository that does not exist", async () => {
    const fake = fakeTransport((request) =>
      request.url.includes("last=b")
        ? { body: JSON.stringify({ tags: ["c"] }) }
        : request.url.includes("new/repo")
          ? { status: 404 }
          : {
              body: JSON.stringify({ tags: ["a", "b"] }),
              headers: { link: '</v2/a/b/tags/list?n=1000&last=b>; rel="next"' },
            },
    );
    const client = new RegistryClient({ registry: "reg.example", transport: fake.transport });
    expect(await client.listTags("a/b")).toEqual(["a", "b", "c"]);
    expect(await client.listTags("new/repo")).toEqual([]);
  });

  it("follows a Link page on another origin without the credentials, keeping them for its own", async () => {
    const basic = `Basic ${Buffer.from("me:pa55word").toString("base64")}`;
    const fake = fakeTransport((request): FakeAnswer => {
      if (request.url.startsWith("http://127.0.0.1:5001/")) return { body: JSON.stringify({ tags: ["c"] }) };
      if (request.headers?.authorization !== basic) {
        return { status: 401, headers: { "www-authenticate": 'Basic realm="reg"' } };
      }
      return request.url.includes("last=a")
        ? {
            body: JSON.stringify({ tags: ["b"] }),
            headers: { link: '<http://127.0.0.1:5001/v2/a/b/tags/list?last=b>; rel="next"' },
          }
        : {
            body: JSON.stringify({ tags: ["a"] }),
            headers: { link: '</v2/a/b/tags/list?last=a>; rel="next"' },
          };
    });
    const client = new RegistryClient({ registry: "127.0.0.1:5000", credentials, transport: fake.transport });
    expect(await client.listTags("a/b")).toEqual(["a", "b", "c"]);
    expect(fake.requests.map((request) => [request.url, request.headers?.authorization])).toEqual([
      ["http://127.0.0.1:5000/v2/a/b/tags/list?n=1000", undefined],
      ["http://127.0.0.1:5000/v2/a/b/tags/list?n=1000", basic],
      ["http://127.0.0.1:5000/v2/a/b/tags/list?last=a", basic],
      ["http://127.0.0.1:5001/v2/a/b/tags/list?last=b", undefined],
    ]);
  });

  it("refuses a manifest whose bytes do not hash to the digest asked for", async () => {
    const fake = fakeTransport(() => ({ body: "{}", headers: { "content-type": "application/json" } }));
    const client = new RegistryClient({ registry: "reg.example", transport: fake.transport });
    await expect(client.getManifest("a/b", `sha256:${"0".repeat(64)}`)).rejects.toThrow(
      /sent a manifest hashing to/,
    );
  });
});

describe("RegistryClient.putManifest", () => {
  const manifest = {
    bytes: Buffer.from('{"schemaVersion":2}'),
    mediaType: "application/vnd.oci.image.manifest.v1+json",
  };
  const put = (answer: Record<string, string>) => {
    const fake = fakeTransport(() => ({ status: 201, headers: answer }));
    const client = new RegistryClient({ registry: "reg.example", transport: fake.transport });
    return client.putManifest("a/b", "1.0.0", manifest);
  };

  it("fails when the registry says it stored the manifest under another digest, naming both", async () => {
    const zeros = `sha256:${"0".repeat(64)}`;
    await expect(put({ "docker-content-digest": zeros })).rejects.toThrow(
      `reg.example stored the manifest a/b:1.0.0 as ${zeros}, not ${sha256Digest(manifest.bytes)} (the digest of the bytes sent)`,
    );
  });

  it("accepts the digest of the bytes sent, or no digest at all", async () => {
    await expect(put({ "docker-content-digest": sha256Digest(manifest.bytes) })).resolves.toBeDefined();
    await expect(put({})).resolves.toEqual({});
  });
});

describe("registryBaseUrl", () => {
  it("speaks http to loopback and named insecure registries only", () => {
    expect(registryBaseUrl("127.0.0.1:5000", [])).toBe("http://127.0.0.1:5000/v2/");
    expect(registryBaseUrl("reg.lan:5000", ["reg.lan:5000"])).toBe("http://reg.lan:5000/v2/");
    expect(registryBaseUrl("ghcr.io", [])).toBe("https://ghcr.io/v2/");
    expect(registryBaseUrl("docker.io", [])).toBe("https://registry-1.docker.io/v2/");
  });
});
