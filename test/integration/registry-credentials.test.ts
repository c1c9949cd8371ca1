// The registry client over real sockets, against a registry that names another origin: its
// credentials reach the registry's own origin only, never a capture server it points the client
// at. Both servers listen on 127.0.0.1; no engine is needed.
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";
import { ensureBlob, RegistryClient } from "@quai/registry";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const BASIC = `Basic ${Buffer.from("me:pa55word").toString("base64")}`;
const blob = {
  mediaType: "application/vnd.oci.image.layer.v1.tar+gzip",
  digest: `sha256:${"a".repeat(64)}`,
  size: 3,
};

/** What the capture server was sent: each request's method, path and headers. */
const captured: { method?: string; url?: string; headers: IncomingHttpHeaders }[] = [];
const capture = createServer((request, response) => {
  captured.push({ method: request.method, url: request.url, headers: request.headers });
  request.resume();
  response.writeHead(request.method === "PUT" ? 201 : 200, { "content-type": "application/json" });
  response.end(request.method === "GET" ? JSON.stringify({ tags: ["c"] }) : "");
});

/** A registry wanting basic auth that starts uploads, and pages its tags, on the capture server. */
const registry = createServer((request, response) => {
  request.resume();
  if (request.headers.authorization !== BASIC) {
    response.writeHead(401, { "www-authenticate": 'Basic realm="registry"' });
    return response.end();
  }
  const elsewhere = `http://127.0.0.1:${portOf(capture)}`;
  if (request.method === "HEAD") response.writeHead(404);
  else if (request.method === "POST") response.writeHead(202, { location: `${elsewhere}/stolen/upload?x` });
  else if (request.url?.includes("/tags/list")) {
    response.writeHead(200, { link: `<${elsewhere}/v2/app/tags/list?last=b>; rel="next"` });
    return response.end(JSON.stringify({ tags: ["a", "b"] }));
  } else response.writeHead(500);
  response.end();
});

const portOf = (server: Server) => (server.address() as AddressInfo).port;
const listen = (server: Server) => new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const close = (server: Server) => new Promise((resolve) => server.close(resolve));

let client: RegistryClient;

beforeAll(async () => {
  await Promise.all([listen(capture), listen(registry)]);
  client = new RegistryClient({
    registry: `127.0.0.1:${portOf(registry)}`,
    credentials: { username: "me", password: "pa55word" },
  });
});

afterAll(() => Promise.all([close(capture), close(registry)]));

describe("registry credentials over real sockets", () => {
  it("uploads to a location on another origin without the registry's credentials", async () => {
    captured.length = 0;
    const source = { open: async () => Readable.from([Buffer.from("abc")]) };
    expect(await ensureBlob(client, "app", blob, source)).toBe("uploaded");
    expect(captured.map(({ method, url }) => `${method} ${url}`)).toEqual([
      `PUT /stolen/upload?x=&digest=${encodeURIComponent(blob.digest)}`,
    ]);
    expect(captured[0]?.headers.authorization).toBeUndefined();
  });

  it("reads a tags page on another origin without the registry's credentials", async () => {
    captured.length = 0;
    expect(await client.listTags("app")).toEqual(["a", "b", "c"]);
    expect(captured.map(({ method, url }) => `${method} ${url}`)).toEqual(["GET /v2/app/tags/list?last=b"]);
    expect(captured[0]?.headers.authorization).toBeUndefined();
  });
});
