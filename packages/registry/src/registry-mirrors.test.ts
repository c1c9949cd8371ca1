import { describe, expect, it } from "vitest";
import { pullClients } from "./registry-mirrors";
import { type FakeAnswer, fakeTransport } from "./testing/fake-transport";

const MANIFEST = "application/vnd.oci.image.manifest.v1+json";
const hubCredentials = { username: "hub-user", password: "hub-secret" };
const mirrorCredentials = { username: "mirror-user", password: "mirror-secret" };
const basic = ({ username, password }: { username: string; password: string }) =>
  `Basic ${Buffer.from(`${username}:${password}`).toString("base64")}`;

/** Every host asks for basic auth and has library/node:22 (a manifest of `{}`). */
function registries() {
  return fakeTransport(
    (request): FakeAnswer =>
      request.headers?.authorization
        ? { headers: { "content-type": MANIFEST }, body: "{}" }
        : { status: 401, headers: { "www-authenticate": 'Basic realm="r"' } },
  );
}

describe("pullClients", () => {
  it("reads a Docker Hub image through each mirror in the engine's order, then Docker Hub itself", () => {
    const clients = pullClients("docker.io", ["http://127.0.0.1:5004/", "https://mirror.example.com/hub/"], {
      credentials: () => undefined,
    });
    expect(clients.map((client) => client.registry)).toEqual([
      "127.0.0.1:5004",
      "mirror.example.com",
      "docker.io",
    ]);
    expect(clients.map((client) => client.url("library/node/manifests/22"))).toEqual([
      "http://127.0.0.1:5004/v2/library/node/manifests/22",
      "https://mirror.example.com/hub/v2/library/node/manifests/22",
      "https://registry-1.docker.io/v2/library/node/manifests/22",
    ]);
  });

  it("sends a mirror its own credentials, never Docker Hub's", async () => {
    const fake = registries();
    const [mirror, hub] = pullClients("docker.io", ["https://mirror.example.com"], {
      credentials: (host) => ({ "docker.io": hubCredentials, "mirror.example.com": mirrorCredentials })[host],
      transport: fake.transport,
    });
    await mirror?.getManifest("library/node", "22");
    await hub?.getManifest("library/node", "22");
    const sent = fake.requests
      .filter((request) => request.headers?.authorization)
      .map((request) => [new URL(request.url).host, request.headers?.authorization]);
    expect(sent).toEqual([
      ["mirror.example.com", basic(mirrorCredentials)],
      ["registry-1.docker.io", basic(hubCredentials)],
    ]);
  });

  it("mirrors no other registry, as dockerd mirrors Docker Hub only", () => {
    const clients = pullClients("ghcr.io", ["http://127.0.0.1:5004/"], { credentials: () => undefined });
    expect(clients.map((client) => client.registry)).toEqual(["ghcr.io"]);
    expect(pullClients("docker.io", [], { credentials: () => undefined })).toHaveLength(1);
  });
});
