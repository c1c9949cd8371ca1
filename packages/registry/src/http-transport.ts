import { request as httpRequest, type IncomingHttpHeaders, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";

/** A request body: bytes, or a function opening a fresh stream, so that a retry can send it again. */
export type RequestBody = Buffer | (() => Readable);

export interface HttpRequest {
  method: "GET" | "HEAD" | "POST" | "PUT" | "PATCH" | "DELETE";
  url: string;
  headers?: Record<string, string>;
  body?: RequestBody;
}

export interface HttpResponse {
  status: number;
  /** Header names in lower case. */
  headers: Record<string, string>;
  /** The body, for the caller to read once: as a stream, or whole. */
  body: Readable;
}

/** The one seam between the registry client and the network; unit tests pass a fake one. */
export type HttpTransport = (request: HttpRequest) => Promise<HttpResponse>;

/** How long a socket may stay silent: long enough for a registry assembling a large blob. */
const SOCKET_TIMEOUT_MS = 60_000;
const MAX_REDIRECTS = 5;

/**
 * node:http(s), following redirects for reads (registries send blob downloads to a storage
 * host), and dropping the Authorization header when a redirect leaves the registry's host. A
 * socket silent for `socketTimeoutMs` fails the request with ETIMEDOUT.
 */
export function httpTransport({ socketTimeoutMs = SOCKET_TIMEOUT_MS } = {}): HttpTransport {
  return (request) => sendFollowingRedirects(request, socketTimeoutMs);
}

export const nodeHttpTransport: HttpTransport = httpTransport();

async function sendFollowingRedirects(request: HttpRequest, socketTimeoutMs: number): Promise<HttpResponse> {
  let current = request;
  for (let hop = 0; ; hop++) {
    const response = await send(current, socketTimeoutMs);
    const location = response.headers.location;
    const isRead = current.method === "GET" || current.method === "HEAD";
    if (
      !isRead ||
      !location ||
      ![301, 302, 303, 307, 308].includes(response.status) ||
      hop >= MAX_REDIRECTS
    ) {
      return response;
    }
    response.body.resume();
    const next = new URL(location, current.url);
    const sameHost = next.host === new URL(current.url).host;
    const { authorization: _dropped, ...headers } = current.headers ?? {};
    current = { ...current, url: next.href, headers: sameHost ? current.headers : headers };
  }
}

function send(request: HttpRequest, socketTimeoutMs: number): Promise<HttpResponse> {
  const url = new URL(request.url);
  const requestFn = url.protocol === "https:" ? httpsRequest : httpRequest;
  const headers = { ...request.headers };
  if (Buffer.isBuffer(request.body)) headers["content-length"] = String(request.body.byteLength);
  else if (request.body === undefined && ["POST", "PUT", "PATCH"].includes(request.method)) {
    headers["content-length"] = "0";
  }
  return new Promise<HttpResponse>((resolve, reject) => {
    const outgoing = requestFn(url, { method: request.method, headers, timeout: socketTimeoutMs });
    outgoing.on("timeout", () =>
      outgoing.destroy(Object.assign(new Error("socket timeout"), { code: "ETIMEDOUT" })),
    );
    outgoing.on("error", reject);
    outgoing.on("response", (incoming: IncomingMessage) =>
      resolve({ status: incoming.statusCode ?? 0, headers: flatHeaders(incoming.headers), body: incoming }),
    );
    writeBody(outgoing, request.body).catch((error: unknown) => outgoing.destroy(error as Error));
  });
}

async function writeBody(outgoing: NodeJS.WritableStream, body: RequestBody | undefined): Promise<void> {
  if (body === undefined) outgoing.end();
  else if (Buffer.isBuffer(body)) outgoing.end(body);
  else await pipeline(body(), outgoing);
}

function flatHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  return flat;
}

/** The whole body of a response. */
export async function readBody(response: HttpResponse): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of response.body) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

/** A response body made of bytes, for fakes. */
export function bodyOf(content: string | Buffer = ""): Readable {
  return Readable.from([Buffer.from(content)]);
}
