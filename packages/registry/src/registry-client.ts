import type { Readable } from "node:stream";
import { type Clock, DOCKER_HUB, isLoopbackRegistry, retry, systemClock, UserError } from "@quai/core";
import { sha256Digest } from "@quai/oci";
import type { Credentials } from "./credentials";
import {
  type HttpRequest,
  type HttpResponse,
  type HttpTransport,
  nodeHttpTransport,
  readBody,
} from "./http-transport";
import { MANIFEST_MEDIA_TYPES } from "./manifest-types";
import { RegistryAuth, repositoryScope } from "./registry-auth";
import { connectionError, isRetryable, responseError } from "./registry-errors";

export interface RegistryClientOptions {
  /** Host[:port], as in an image reference (`ghcr.io`, `127.0.0.1:5000`). */
  registry: string;
  credentials?: Credentials;
  /** Registries spoken to over plain HTTP besides loopback ones. */
  insecureRegistries?: readonly string[];
  /**
   * Where the registry's API is when it is not where `registry` names (a mirror,
   * `https://mirror.example.com/`): its /v2/ serves the repositories, over the scheme it says.
   */
  url?: string;
  transport?: HttpTransport;
  clock?: Clock;
  /** Tries per request when the registry answers 5xx or the connection breaks. */
  attempts?: number;
  /** The first wait between tries; each next one doubles. */
  retryIntervalMs?: number;
}

/** A manifest or index as stored: its exact bytes, which its digest covers. */
export interface StoredManifest {
  bytes: Buffer;
  mediaType: string;
  digest: string;
}

/** One HTTP exchange with the registry: what it is for (for errors), and the statuses that mean success. */
export interface Exchange extends Omit<HttpRequest, "url"> {
  operation: string;
  /** Path under /v2/, or an absolute URL the registry gave (an upload location). */
  path: string;
  scopes: readonly string[];
  expect: readonly number[];
  /** False for requests another try must not repeat alone (a chunk of an upload session). */
  retry?: boolean;
}

const DEFAULT_ATTEMPTS = 5;
const DEFAULT_RETRY_INTERVAL_MS = 500;
const TAGS_PAGE_SIZE = 1000;

/**
 * A client of one registry, speaking the OCI distribution spec v1.1. Every request is authorized
 * the way the registry asks (anonymous, basic or bearer), on its own origin only, and retried with
 * back-off on 5xx and broken connections; every failure is one line naming the operation, never a
 * credential.
 */
export class RegistryClient {
  readonly registry: string;
  private readonly baseUrl: string;
  /** Scheme, host and port of the registry's API: the only origin its credentials are sent to. */
  private readonly origin: string;
  private readonly transport: HttpTransport;
  private readonly auth: RegistryAuth;
  private readonly clock: Clock;
  private readonly attempts: number;
  private readonly retryIntervalMs: number;

  constructor(options: RegistryClientOptions) {
    this.registry = options.registry;
    this.transport = options.transport ?? nodeHttpTransport;
    this.clock = options.clock ?? systemClock;
    this.attempts = options.attempts ?? DEFAULT_ATTEMPTS;
    this.retryIntervalMs = options.retryIntervalMs ?? DEFAULT_RETRY_INTERVAL_MS;
    this.baseUrl = options.url
      ? new URL("v2/", options.url.endsWith("/") ? options.url : `${options.url}/`).href
      : registryBaseUrl(options.registry, options.insecureRegistries ?? []);
    this.origin = new URL(this.baseUrl).origin;
    this.auth = new RegistryAuth(options.registry, this.transport, options.credentials, this.clock);
  }

  /** Sends an exchange, retrying transient failures; throws unless its status is expected. */
  async send(exchange: Exchange): Promise<HttpResponse> {
    const once = () => this.sendOnce(exchange);
    if (exchange.retry === false) return once();
    return this.withRetries(exchange.operation, once);
  }

  /** Retries `operation` with back-off on transient failures, as every request is. */
  withRetries<T>(what: string, operation: () => Promise<T>): Promise<T> {
    return retry(operation, {
      what,
      attempts: this.attempts,
      intervalMs: this.retryIntervalMs,
      backoff: 2,
      isRetryable,
      clock: this.clock,
    });
  }

  /** The digest a tag or digest points to, or undefined when there is none. */
  async manifestDigest(repository: string, reference: string): Promise<string | undefined> {
    const response = await this.send({
      operation: `check ${repository}:${reference}`,
      method: "HEAD",
      path: `${repository}/manifests/${reference}`,
      headers: { accept: MANIFEST_MEDIA_TYPES.join(", ") },
      scopes: [repositoryScope(repository, "pull")],
      expect: [200, 404],
    });
    response.body.resume();
    if (response.status === 404) return undefined;
    return (
      response.headers["docker-content-digest"] ?? (await this.getManifest(repository, reference))?.digest
    );
  }

  /** A manifest or index by tag or digest, as its exact bytes; undefined when there is none. */
  async getManifest(repository: string, reference: string): Promise<StoredManifest | undefined> {
    const response = await this.send({
      operation: `read the manifest ${repository}:${reference}`,
      method: "GET",
      path: `${repository}/manifests/${reference}`,
      headers: { accept: MANIFEST_MEDIA_TYPES.join(", ") },
      scopes: [repositoryScope(repository, "pull")],
      expect: [200, 404],
    });
    const bytes = await readBody(response);
    if (response.status === 404) return undefined;
    const digest = sha256Digest(bytes);
    if (reference.startsWith("sha256:") && digest !== reference) {
      throw new UserError(
        `${this.registry} sent a manifest hashing to ${digest} for ${repository}@${reference}`,
      );
    }
    const mediaType = response.headers["content-type"]?.split(";")[0]?.trim() ?? "";
    return { bytes, mediaType, digest };
  }

  /** Puts a manifest under a tag or its digest; returns the response headers (OCI-Subject…). */
  async putManifest(
    repository: string,
    reference: string,
    manifest: Omit<StoredManifest, "digest">,
  ): Promise<Record<string, string>> {
    const response = await this.send({
      operation: `put the manifest ${repository}:${reference}`,
      method: "PUT",
      path: `${repository}/manifests/${reference}`,
      headers: { "content-type": manifest.mediaType },
      body: manifest.bytes,
      scopes: [repositoryScope(repository, "pull,push")],
      expect: [201],
    });
    response.body.resume();
    // The digest is the release's identity: a registry (or a proxy) that stored other bytes than
    // those sent must not leave tags naming what nobody built.
    const stored = response.headers["docker-content-digest"];
    const sent = sha256Digest(manifest.bytes);
    if (stored !== undefined && stored !== sent) {
      throw new UserError(
        `${this.registry} stored the manifest ${repository}:${reference} as ${stored}, not ${sent} (the digest of the bytes sent)`,
        {
          hint: "The registry, or a proxy before it, rewrote the manifest: a release must keep the digest built",
        },
      );
    }
    return response.headers;
  }

  async hasBlob(repository: string, digest: string): Promise<boolean> {
    const response = await this.send({
      operation: `check blob ${digest} in ${repository}`,
      method: "HEAD",
      path: `${repository}/blobs/${digest}`,
      scopes: [repositoryScope(repository, "pull")],
      expect: [200, 404],
    });
    response.body.resume();
    return response.status === 200;
  }

  /** A blob's bytes as a stream, for copying between registries without holding them. */
  async openBlob(repository: string, digest: string): Promise<Readable> {
    const response = await this.send({
      operation: `read blob ${digest} of ${repository}`,
      method: "GET",
      path: `${repository}/blobs/${digest}`,
      scopes: [repositoryScope(repository, "pull")],
      expect: [200],
    });
    return response.body;
  }

  /** A whole blob, checked against its digest: for small blobs and layers read into memory. */
  async readBlob(repository: string, digest: string): Promise<Buffer> {
    const chunks: Buffer[] = [];
    for await (const chunk of await this.openBlob(repository, digest)) chunks.push(chunk as Buffer);
    const bytes = Buffer.concat(chunks);
    if (sha256Digest(bytes) !== digest) {
      throw new UserError(
        `${this.registry} sent bytes hashing to ${sha256Digest(bytes)} for ${repository}@${digest}`,
      );
    }
    return bytes;
  }

  /** Every tag of a repository, following `Link` pagination; none when it does not exist yet. */
  async listTags(repository: string): Promise<string[]> {
    const tags: string[] = [];
    let path: string | undefined = `${repository}/tags/list?n=${TAGS_PAGE_SIZE}`;
    while (path) {
      const response = await this.send({
        operation: `list the tags of ${repository}`,
        method: "GET",
        path,
        scopes: [repositoryScope(repository, "pull")],
        expect: [200, 404],
      });
      const body = (await readBody(response)).toString("utf8");
      if (response.status === 404) return tags;
      tags.push(...((JSON.parse(body) as { tags?: string[] | null }).tags ?? []));
      path = nextPage(response.headers.link);
    }
    return tags;
  }

  private async sendOnce(exchange: Exchange): Promise<HttpResponse> {
    const sentWith = await this.auth.header(exchange.scopes);
    let response = await this.authorizedRequest(exchange, sentWith);
    // Another origin's challenge would choose where the credentials go (its own token realm).
    if (response.status === 401 && this.isOwnOrigin(this.url(exchange.path))) {
      const learned = this.auth.learn(response.headers["www-authenticate"], exchange.scopes);
      // Requests sent at once, before any scheme was known, all meet the first 401: those whose
      // own lesson is not new are sent again with what the first one taught.
      const authorization =
        learned || sentWith === undefined ? await this.auth.header(exchange.scopes) : sentWith;
      if (authorization !== sentWith || learned) {
        response.body.resume();
        response = await this.authorizedRequest(exchange, authorization);
      }
    }
    if (exchange.expect.includes(response.status)) return response;
    let body = (await readBody(response)).toString("utf8");
    if (exchange.method === "HEAD" && [401, 403].includes(response.status)) {
      // A HEAD answer has no body: ask again with GET for the registry's own words.
      const asGet = { ...exchange, method: "GET" as const };
      body = (
        await readBody(await this.authorizedRequest(asGet, await this.auth.header(exchange.scopes)))
      ).toString("utf8");
    }
    throw responseError(exchange.operation, this.registry, response.status, body);
  }

  private async authorizedRequest(
    exchange: Exchange,
    authorization: string | undefined,
  ): Promise<HttpResponse> {
    const { operation, path, scopes: _scopes, expect: _expect, retry: _retry, ...request } = exchange;
    const url = this.url(path);
    // An upload location or a tags page the registry names on another origin gets no credentials,
    // as with docker's client (challenges kept per origin): the registry may not hand them on.
    const credentials: Record<string, string> =
      authorization && this.isOwnOrigin(url) ? { authorization } : {};
    try {
      return await this.transport({ ...request, url, headers: { ...request.headers, ...credentials } });
    } catch (error) {
      throw connectionError(operation, this.registry, error);
    }
  }

  private isOwnOrigin(url: string): boolean {
    return new URL(url).origin === this.origin;
  }

  /** An absolute URL for a path under /v2/, or a location the registry gave (maybe relative). */
  url(path: string): string {
    return new URL(path, this.baseUrl).href;
  }
}

/** http only for this machine and the registries the user names; https for every other. */
export function registryBaseUrl(registry: string, insecureRegistries: readonly string[]): string {
  const scheme = isLoopbackRegistry(registry) || insecureRegistries.includes(registry) ? "http" : "https";
  // Docker Hub's API lives on another host than its name in image references.
  const host = registry === DOCKER_HUB ? "registry-1.docker.io" : registry;
  return `${scheme}://${host}/v2/`;
}

/** The next page of a `Link: </v2/…?n=…&last=…>; rel="next"` header, under /v2/. */
function nextPage(link: string | undefined): string | undefined {
  const target = link?.match(/<([^>]+)>\s*;\s*rel="?next"?/)?.[1];
  if (!target) return undefined;
  return target.startsWith("/v2/") ? target.slice("/v2/".length) : target;
}
