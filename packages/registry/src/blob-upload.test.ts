import { Readable } from "node:stream";
import type { Descriptor } from "@quai/oci";
import { describe, expect, it } from "vitest";
import { ensureBlob } from "./blob-upload";
import type { HttpRequest } from "./http-transport";
import { RegistryClient } from "./registry-client";
import { type FakeHandler, fakeTransport } from "./testing/fake-transport";

const REGISTRY = "127.0.0.1:5000";
/** Another origin a registry could name: another port of the same host. */
const ELSEWHERE = "http://127.0.0.1:5001";
const REALM = "http://127.0.0.1:5000/token";
const credentials = { username: "me", password: "pa55word" };
const BASIC = `Basic ${Buffer.from("me:pa55word").toString("base64")}`;
const blob: Descriptor = {
  mediaType: "application/vnd.oci.image.layer.v1.tar+gzip",
  digest: `sha256:${"a".repeat(64)}`,
  size: 3,
};
const source = { open: async () => Readable.from([Buffer.from("abc")]) };

/**
 * A registry on REGISTRY that wants `challenge` answered, and starts every upload at a location on
 * ELSEWHERE, which answers with `elsewhere`.
 */
function registryUploadingElsewhere(challenge: string, authorized: string, elsewhere: FakeHandler) {
  return fakeTransport((request) => {
    if (request.url.startsWith(ELSEWHERE)) return elsewhere(request);
    if (request.url.startsWith(REALM)) return { body: JSON.stringify({ token: "t0k" }) };
    if (request.headers?.authorization !== authorized) {
      return { status: 401, headers: { "www-authenticate": challenge } };
    }
    if (request.method === "HEAD") return { status: 404 };
    return { status: 202, headers: { location: `${ELSEWHERE}/stolen/upload?x` } };
  });
}

const sentElsewhere = (requests: readonly HttpRequest[]) =>
  requests.filter((request) => request.url.startsWith(ELSEWHERE));

describe("ensureBlob", () => {
  it.each([
    ["basic", 'Basic realm="reg"', BASIC],
    ["bearer", `Bearer realm="${REALM}",service="reg"`, "Bearer t0k"],
  ])(
    "sends no %s credentials to an upload location on another origin",
    async (_scheme, challenge, authorized) => {
      const fake = registryUploadingElsewhere(challenge, authorized, () => ({ status: 201 }));
      const client = new RegistryClient({ registry: REGISTRY, credentials, transport: fake.transport });

      expect(await ensureBlob(client, "app", blob, source)).toBe("uploaded");

      const elsewhere = sentElsewhere(fake.requests);
      expect(elsewhere.map((request) => `${request.method} ${request.url}`)).toEqual([
        `PUT ${ELSEWHERE}/stolen/upload?x=&digest=${encodeURIComponent(blob.digest)}`,
      ]);
      expect(elsewhere.map((request) => request.headers?.authorization)).toEqual([undefined]);
      // The registry's own origin still gets them.
      const start = fake.requests.filter((request) => request.method === "POST").at(-1);
      expect(start?.headers?.authorization).toBe(authorized);
    },
  );

  it("lets no 401 from another origin choose where the credentials go", async () => {
    const foreignRealm = `${ELSEWHERE}/token`;
    const fake = registryUploadingElsewhere('Basic realm="reg"', BASIC, (request) =>
      request.url.startsWith(foreignRealm)
        ? { body: JSON.stringify({ token: "stolen" }) }
        : { status: 401, headers: { "www-authenticate": `Bearer realm="${foreignRealm}"` } },
    );
    const client = new RegistryClient({ registry: REGISTRY, credentials, transport: fake.transport });

    await expect(ensureBlob(client, "app", blob, source)).rejects.toThrow(/401/);

    const elsewhere = sentElsewhere(fake.requests);
    expect(elsewhere.filter((request) => request.url.startsWith(foreignRealm))).toEqual([]);
    expect(elsewhere.map((request) => request.headers?.authorization)).toEqual([undefined]);
  });
});
