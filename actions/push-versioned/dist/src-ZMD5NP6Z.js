import { createRequire as __quaiCreateRequire } from "node:module";
import { dirname as __quaiDirname } from "node:path";
import { fileURLToPath as __quaiFileURLToPath } from "node:url";
const require = __quaiCreateRequire(import.meta.url);
const __filename = __quaiFileURLToPath(import.meta.url);
const __dirname = __quaiDirname(__filename);
import {
  DOCKER_HUB,
  compareVersions,
  highestStableVersion,
  imageName,
  isLoopbackRegistry,
  isValidTag,
  parseImageRef,
  shortDigest,
  versionFromGitRef,
  versionOfTag
} from "./chunk-ENPSSBOO.js";
import {
  BASE_NAME_ANNOTATION,
  DOCKER_MANIFEST_LIST,
  MEDIA_TYPES,
  buildManifest,
  isIndexMediaType,
  jsonBlob,
  layerOfArchive,
  readOciLayout,
  sha256Digest,
  verifyLayoutBlobs
} from "./chunk-TE5LXCJK.js";
import "./chunk-TREL57VP.js";
import "./chunk-53NWWUZY.js";
import {
  InvalidValueError,
  UserError
} from "./chunk-JRZG5HEJ.js";

// packages/core/src/poll.ts
var systemClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms))
};
async function retry(operation, options) {
  const clock = options.clock ?? systemClock;
  let interval = options.intervalMs;
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation();
    } catch (error) {
      if (attempt >= options.attempts || !options.isRetryable(error)) {
        if (attempt > 1 && error instanceof Error) {
          error.message = `${error.message} (after ${attempt} tries at ${options.what})`;
        }
        throw error;
      }
    }
    await clock.sleep(interval);
    interval = Math.min(interval * (options.backoff ?? 1), options.maxIntervalMs ?? Number.POSITIVE_INFINITY);
  }
}

// packages/registry/src/auth-challenge.ts
var PARAM = /([a-zA-Z_]+)=(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))/g;
function parseChallenge(header) {
  const match = header?.trim().match(/^(\w+)\s*(.*)$/);
  if (!match?.[1]) return void 0;
  const scheme = match[1].toLowerCase();
  if (scheme !== "basic" && scheme !== "bearer") return void 0;
  const params = {};
  for (const param of (match[2] ?? "").matchAll(PARAM)) {
    if (param[1]) params[param[1].toLowerCase()] = (param[2] ?? param[3] ?? "").replace(/\\(.)/g, "$1");
  }
  return { scheme, params };
}

// packages/registry/src/http-transport.ts
import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import { pipeline } from "node:stream/promises";
var SOCKET_TIMEOUT_MS = 6e4;
var MAX_REDIRECTS = 5;
function httpTransport({ socketTimeoutMs = SOCKET_TIMEOUT_MS } = {}) {
  return (request) => sendFollowingRedirects(request, socketTimeoutMs);
}
var nodeHttpTransport = httpTransport();
async function sendFollowingRedirects(request, socketTimeoutMs) {
  let current = request;
  for (let hop = 0; ; hop++) {
    const response = await send(current, socketTimeoutMs);
    const location = response.headers.location;
    const isRead = current.method === "GET" || current.method === "HEAD";
    if (!isRead || !location || ![301, 302, 303, 307, 308].includes(response.status) || hop >= MAX_REDIRECTS) {
      return response;
    }
    response.body.resume();
    const next = new URL(location, current.url);
    const sameHost = next.host === new URL(current.url).host;
    const { authorization: _dropped, ...headers } = current.headers ?? {};
    current = { ...current, url: next.href, headers: sameHost ? current.headers : headers };
  }
}
function send(request, socketTimeoutMs) {
  const url = new URL(request.url);
  const requestFn = url.protocol === "https:" ? httpsRequest : httpRequest;
  const headers = { ...request.headers };
  if (Buffer.isBuffer(request.body)) headers["content-length"] = String(request.body.byteLength);
  else if (request.body === void 0 && ["POST", "PUT", "PATCH"].includes(request.method)) {
    headers["content-length"] = "0";
  }
  return new Promise((resolve, reject) => {
    const outgoing = requestFn(url, { method: request.method, headers, timeout: socketTimeoutMs });
    outgoing.on(
      "timeout",
      () => outgoing.destroy(Object.assign(new Error("socket timeout"), { code: "ETIMEDOUT" }))
    );
    outgoing.on("error", reject);
    outgoing.on(
      "response",
      (incoming) => resolve({ status: incoming.statusCode ?? 0, headers: flatHeaders(incoming.headers), body: incoming })
    );
    writeBody(outgoing, request.body).catch((error) => outgoing.destroy(error));
  });
}
async function writeBody(outgoing, body) {
  if (body === void 0) outgoing.end();
  else if (Buffer.isBuffer(body)) outgoing.end(body);
  else await pipeline(body(), outgoing);
}
function flatHeaders(headers) {
  const flat = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== void 0) flat[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  return flat;
}
async function readBody(response) {
  const chunks = [];
  for await (const chunk of response.body) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

// packages/registry/src/registry-errors.ts
function registryMessage(body) {
  try {
    const parsed = JSON.parse(body);
    const messages = (parsed.errors ?? []).map(
      (error) => [error.code, error.message].filter(Boolean).join(": ")
    );
    if (messages.length > 0) return messages.join("; ");
  } catch {
  }
  return body.trim().split("\n")[0]?.slice(0, 200) ?? "";
}
var TransientRegistryError = class extends UserError {
  constructor(message, options = {}) {
    super(message, options);
    this.name = "TransientRegistryError";
  }
};
var RegistryResponseError = class extends UserError {
  status;
  constructor(status, message, hint) {
    super(message, { hint });
    this.name = "RegistryResponseError";
    this.status = status;
  }
};
var NETWORK_CODES = ["ECONNRESET", "ECONNREFUSED", "EPIPE", "ETIMEDOUT", "EAI_AGAIN", "ECONNABORTED"];
function isRetryable(error) {
  if (error instanceof TransientRegistryError) return true;
  return networkCode(error) !== void 0;
}
function networkCode(error) {
  const code = error instanceof Error && "code" in error ? error.code : void 0;
  return typeof code === "string" && NETWORK_CODES.includes(code) ? code : void 0;
}
function responseError(operation, registry, status, body) {
  const said = registryMessage(body);
  const detail = `${status}${said ? `: ${said}` : ""}`;
  if (status === 401 || status === 403) {
    return new RegistryResponseError(
      status,
      `${registry} refused to ${operation} (${status === 401 ? "401 Unauthorized" : "403 Forbidden"}${said ? `: ${said}` : ""})`,
      "Check username and password (or the runner's docker login) and that they may push to this repository"
    );
  }
  if (status >= 500 || status === 429) {
    return new TransientRegistryError(`${registry} failed to ${operation} (HTTP ${detail})`);
  }
  return new RegistryResponseError(status, `${registry} could not ${operation} (HTTP ${detail})`);
}
function connectionError(operation, registry, error) {
  const reason = networkCode(error) ?? (error instanceof Error ? error.message : String(error));
  return new TransientRegistryError(`Could not reach ${registry} to ${operation} (${reason})`, {
    hint: "Check that the registry is up and its address is right",
    cause: error
  });
}

// packages/registry/src/registry-auth.ts
var EXPIRY_MARGIN_MS = 1e4;
var DEFAULT_TOKEN_SECONDS = 60;
var RegistryAuth = class {
  constructor(registry, transport, credentials, clock = systemClock) {
    this.registry = registry;
    this.transport = transport;
    this.credentials = credentials;
    this.clock = clock;
  }
  registry;
  transport;
  credentials;
  clock;
  challenge;
  tokens = /* @__PURE__ */ new Map();
  /** The Authorization header for a request needing `scopes`, or none while none was asked for. */
  async header(scopes) {
    if (this.challenge?.scheme === "basic") return this.credentials && basicHeader(this.credentials);
    if (this.challenge?.scheme === "bearer") return `Bearer ${await this.token(this.challenge, scopes)}`;
    return void 0;
  }
  /**
   * Takes in a 401's challenge; true when the request is worth sending again (the scheme is new,
   * or the token service may grant what the challenge asks for).
   */
  learn(header, scopes) {
    const challenge = parseChallenge(header);
    if (!challenge) return false;
    const known = this.challenge;
    this.challenge = challenge;
    if (challenge.scheme === "basic") return known?.scheme !== "basic" && this.credentials !== void 0;
    const cached = this.tokens.delete(scopeKey(withChallengeScope(challenge, scopes)));
    return known?.scheme !== "bearer" || !cached;
  }
  async token(challenge, scopes) {
    const wanted = withChallengeScope(challenge, scopes);
    const key = scopeKey(wanted);
    const cached = this.tokens.get(key);
    if (cached && cached.expiresAt > this.clock.now()) return cached.token;
    const fetched = await this.fetchToken(challenge, wanted);
    this.tokens.set(key, fetched);
    return fetched.token;
  }
  async fetchToken(challenge, scopes) {
    const realm = challenge.params.realm;
    if (!realm)
      throw responseError("authenticate", this.registry, 401, "its bearer challenge names no realm");
    const url = new URL(realm);
    if (challenge.params.service) url.searchParams.set("service", challenge.params.service);
    for (const scope of scopes) url.searchParams.append("scope", scope);
    const operation = `issue a token for ${scopes.join(" ") || "the registry"} at ${url.origin}`;
    const headers = this.credentials ? { authorization: basicHeader(this.credentials) } : {};
    const response = await this.transport({ method: "GET", url: url.href, headers }).catch(
      (error) => {
        throw connectionError(operation, this.registry, error);
      }
    );
    const body = (await readBody(response)).toString("utf8");
    if (response.status !== 200) throw responseError(operation, this.registry, response.status, body);
    const parsed = JSON.parse(body);
    const token = parsed.token ?? parsed.access_token;
    if (!token) throw responseError(operation, this.registry, response.status, "the answer holds no token");
    const seconds = parsed.expires_in ?? DEFAULT_TOKEN_SECONDS;
    return { token, expiresAt: this.clock.now() + seconds * 1e3 - EXPIRY_MARGIN_MS };
  }
};
function basicHeader(credentials) {
  return `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString("base64")}`;
}
function withChallengeScope(challenge, scopes) {
  const asked = challenge.params.scope?.split(" ").filter(Boolean) ?? [];
  return [.../* @__PURE__ */ new Set([...scopes, ...asked])].sort();
}
function scopeKey(scopes) {
  return scopes.join(" ");
}
function repositoryScope(repository, actions) {
  return `repository:${repository}:${actions}`;
}

// packages/registry/src/blob-upload.ts
var DEFAULT_CHUNK_BYTES = 64 * 1024 * 1024;
async function ensureBlob(client, repository, descriptor, source, options = {}) {
  if (await client.hasBlob(repository, descriptor.digest)) return "present";
  return transferBlob(client, repository, descriptor, source, options);
}
async function transferBlob(client, repository, descriptor, source, options = {}) {
  if (options.mountFrom) {
    const mounted = mountBlob(client, repository, descriptor.digest, options.mountFrom);
    if (await (options.mountMayFail ? mounted.catch(() => false) : mounted)) return "mounted";
  }
  let attempt = 0;
  await client.withRetries(`upload of ${descriptor.digest} to ${repository}`, () => {
    attempt++;
    if (attempt > 1) options.onRetry?.(descriptor, attempt);
    return uploadBlob(client, repository, descriptor, source, options.chunkBytes ?? DEFAULT_CHUNK_BYTES);
  });
  return "uploaded";
}
async function mountBlob(client, repository, digest, from) {
  const query = new URLSearchParams({ mount: digest, from });
  const response = await client.send({
    operation: `mount ${digest} from ${from} into ${repository}`,
    method: "POST",
    path: `${repository}/blobs/uploads/?${query}`,
    scopes: [repositoryScope(repository, "pull,push"), repositoryScope(from, "pull")],
    expect: [201, 202]
  });
  response.body.resume();
  return response.status === 201;
}
async function uploadBlob(client, repository, descriptor, source, chunkBytes) {
  const scopes = [repositoryScope(repository, "pull,push")];
  const step = (operation) => ({
    operation: `${operation} ${descriptor.digest} to ${repository}`,
    scopes
  });
  const started = await client.send({
    ...step("start the upload of"),
    method: "POST",
    path: `${repository}/blobs/uploads/`,
    expect: [202],
    retry: false
  });
  started.body.resume();
  let location = uploadLocation(started.headers);
  const openRange = source.openRange;
  if (openRange && descriptor.size > chunkBytes) {
    for (let start = 0; start < descriptor.size; start += chunkBytes) {
      const end = Math.min(start + chunkBytes, descriptor.size) - 1;
      const chunk = await client.send({
        ...step(`upload bytes ${start}-${end} of`),
        method: "PATCH",
        path: location,
        headers: {
          "content-type": "application/octet-stream",
          "content-range": `${start}-${end}`,
          "content-length": String(end - start + 1)
        },
        body: () => openRange(descriptor, start, end),
        expect: [202],
        retry: false
      });
      chunk.body.resume();
      location = uploadLocation(chunk.headers);
    }
    await finishUpload(client, location, descriptor, step("finish the upload of"));
    return;
  }
  const body = await source.open(descriptor);
  await finishUpload(client, location, descriptor, step("upload"), body);
}
async function finishUpload(client, location, descriptor, step, body) {
  const url = new URL(client.url(location));
  url.searchParams.set("digest", descriptor.digest);
  const response = await client.send({
    ...step,
    method: "PUT",
    path: url.href,
    headers: {
      "content-type": "application/octet-stream",
      "content-length": body ? String(descriptor.size) : "0"
    },
    body: body && (() => body),
    expect: [201],
    retry: false
  });
  response.body.resume();
}
function uploadLocation(headers) {
  const location = headers.location;
  if (!location) throw new UserError("The registry started an upload without giving its location");
  return location;
}

// packages/registry/src/copy-image.ts
var PARALLEL_UPLOADS = 3;
var PARALLEL_LOOKUPS = 8;
async function copyImage(client, repository, content, options = {}) {
  const stats = { pushedBytes: 0, present: 0, mounted: 0, uploaded: 0 };
  const complete = options.targetHasManifest ?? await client.manifestDigest(repository, content.manifest.digest) !== void 0;
  if (complete) {
    return { ...stats, present: content.blobs.length };
  }
  const sameRegistry = (origin) => origin?.registry === client.registry && origin.repository !== repository ? origin.repository : void 0;
  const mountFrom = sameRegistry(content.origin);
  const mountBaseFrom = mountFrom ? void 0 : sameRegistry(content.baseOrigin);
  const missing = mountFrom ? [...content.blobs] : await blobsMissing(client, repository, content, options, stats);
  await content.source.verify?.(missing);
  await forEachLimited(missing, mountFrom ? PARALLEL_LOOKUPS : PARALLEL_UPLOADS, async (descriptor) => {
    const outcome = await transferBlob(client, repository, descriptor, content.source, {
      mountFrom: mountFrom ?? mountBaseFrom,
      mountMayFail: mountBaseFrom !== void 0,
      chunkBytes: options.chunkBytes,
      onRetry: options.onRetry
    });
    stats[outcome]++;
    if (outcome === "uploaded") stats.pushedBytes += descriptor.size;
    options.onBlob?.(descriptor, outcome);
  });
  const manifests = options.topManifestByTag ? content.children : [...content.children, content.manifest];
  for (const manifest of manifests) await client.putManifest(repository, manifest.digest, manifest);
  return stats;
}
async function blobsMissing(client, repository, content, options, stats) {
  const missing = [];
  await forEachLimited(content.blobs, PARALLEL_LOOKUPS, async (descriptor) => {
    if (await client.hasBlob(repository, descriptor.digest)) {
      stats.present++;
      options.onBlob?.(descriptor, "present");
    } else {
      missing.push(descriptor);
    }
  });
  return missing;
}
async function forEachLimited(items, limit, work) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++];
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

// packages/registry/src/credentials.ts
import { readFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
function dockerConfigCredentials(env = process.env, warn = (message) => console.warn(message)) {
  const path = join(env.DOCKER_CONFIG ?? join(homedir(), ".docker"), "config.json");
  const auths = readDockerConfig(path, warn)?.auths ?? {};
  return (registry) => {
    const entry = Object.entries(auths).find(([key]) => configHost(key) === registry)?.[1];
    if (!entry) return void 0;
    if (entry.auth) return decodeAuth(entry.auth);
    return entry.username && entry.password ? { username: entry.username, password: entry.password } : void 0;
  };
}
function readDockerConfig(path, warn) {
  let text;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    if (error.code === "ENOENT") return void 0;
    warn(`Could not read the Docker config ${path}, so no registry credentials come from it: ${error}`);
    return void 0;
  }
  let config;
  try {
    config = JSON.parse(text);
  } catch (error) {
    warn(`The Docker config ${path} is not valid JSON, so no registry credentials come from it: ${error}`);
    return void 0;
  }
  if (config.credsStore) {
    warn(
      `The Docker config ${path} keeps credentials in the credential store "${config.credsStore}", which quai does not run: only its auths entries are used. Log in with docker/login-action, or give the registry's credentials as inputs`
    );
  }
  return config;
}
function credentialsFor(registry, given, fallback) {
  return (host) => host === registry && given ? given : fallback(host);
}
function configHost(key) {
  const host = key.replace(/^https?:\/\//, "").replace(/\/.*$/, "");
  return host === "index.docker.io" ? "docker.io" : host;
}
function decodeAuth(auth) {
  const decoded = Buffer.from(auth, "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  if (colon < 0) return void 0;
  return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

// packages/registry/src/floating-tags.ts
function floatingTagMayMove(range, version, repositoryTags) {
  const inRange = repositoryTags.filter((tag) => {
    const tagged = highestStableVersion([tag]);
    return tagged !== void 0 && sameRange(range, tagged, version);
  });
  const highest = highestStableVersion(inRange);
  return highest === void 0 || compareVersions(version, highest) >= 0;
}
function sameRange(range, a, b) {
  if (range === "all") return true;
  if (a.major !== b.major) return false;
  return range === "major" || a.minor === b.minor;
}

// packages/registry/src/image-content.ts
import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { Readable } from "node:stream";

// packages/registry/src/manifest-types.ts
var MANIFEST_MEDIA_TYPES = [
  MEDIA_TYPES.index,
  MEDIA_TYPES.manifest,
  DOCKER_MANIFEST_LIST,
  "application/vnd.docker.distribution.manifest.v2+json"
];
function parseManifest(manifest) {
  return JSON.parse(manifest.bytes.toString("utf8"));
}
var SBOM_ARTIFACT_TYPE = "application/vnd.cyclonedx+json";
var SPDX_ARTIFACT_TYPE = "application/spdx+json";
var EMPTY_CONFIG = {
  descriptor: {
    mediaType: "application/vnd.oci.empty.v1+json",
    digest: "sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a",
    size: 2
  },
  bytes: Buffer.from("{}")
};

// packages/registry/src/image-content.ts
function repositoryOf(name) {
  try {
    const { registry, repository } = parseImageRef(name);
    return { registry, repository };
  } catch {
    return void 0;
  }
}
async function layoutContent(dir) {
  const layout = await readOciLayout(dir);
  const { manifestDescriptor } = layout;
  const bytes = await readFile(layout.blobPath(manifestDescriptor.digest));
  const baseName = layout.manifest.annotations?.[BASE_NAME_ANNOTATION];
  return {
    manifest: { bytes, mediaType: manifestDescriptor.mediaType, digest: manifestDescriptor.digest },
    children: [],
    blobs: [layout.manifest.config, ...layout.manifest.layers],
    baseOrigin: baseName ? repositoryOf(baseName) : void 0,
    source: {
      open: async (descriptor) => createReadStream(layout.blobPath(descriptor.digest)),
      openRange: (descriptor, start, end) => createReadStream(layout.blobPath(descriptor.digest), { start, end }),
      verify: (descriptors) => verifyLayoutBlobs(layout, descriptors)
    }
  };
}
async function engineImageContent(image) {
  const layers = await Promise.all(image.layers.map(layerOfArchive));
  const config = {
    mediaType: MEDIA_TYPES.config,
    digest: sha256Digest(image.config),
    size: image.config.byteLength
  };
  const manifest = buildManifest({ config, layers });
  const blobs = new Map([
    [config.digest, image.config],
    ...layers.map((layer) => [layer.digest, layer.gzip])
  ]);
  return {
    manifest: { ...manifest.descriptor, bytes: manifest.bytes },
    children: [],
    blobs: [config, ...layers.map(({ mediaType, digest, size }) => ({ mediaType, digest, size }))],
    source: bufferSource(blobs)
  };
}
async function registryContent(client, repository, digest) {
  const manifest = await client.getManifest(repository, digest);
  if (!manifest) {
    throw new UserError(`${client.registry}/${repository}@${digest} does not exist`, {
      hint: "Promote a digest that push-versioned pushed (its digest output)"
    });
  }
  const children = [];
  for (const child of isIndexMediaType(manifest.mediaType) ? parseManifest(manifest).manifests ?? [] : []) {
    const stored = await client.getManifest(repository, child.digest);
    if (!stored)
      throw new UserError(`${client.registry}/${repository} lacks ${child.digest}, listed in ${digest}`);
    children.push(stored);
  }
  const images = children.length > 0 ? children : [manifest];
  return {
    manifest,
    children,
    blobs: uniqueByDigest(images.flatMap(imageBlobs)),
    source: { open: (descriptor) => client.openBlob(repository, descriptor.digest) },
    origin: { registry: client.registry, repository }
  };
}
function bufferSource(blobs) {
  const bytes = (descriptor) => {
    const blob = blobs.get(descriptor.digest);
    if (!blob) throw new UserError(`No bytes for blob ${descriptor.digest}`);
    return blob;
  };
  return {
    open: async (descriptor) => Readable.from([bytes(descriptor)]),
    openRange: (descriptor, start, end) => Readable.from([bytes(descriptor).subarray(start, end + 1)])
  };
}
function imageBlobs(manifest) {
  const document = parseManifest(manifest);
  return [...document.config ? [document.config] : [], ...document.layers ?? []];
}
function uniqueByDigest(descriptors) {
  return [...new Map(descriptors.map((descriptor) => [descriptor.digest, descriptor])).values()];
}

// packages/registry/src/referrers.ts
async function attachArtifact(client, repository, subject, artifact) {
  const layer = {
    mediaType: artifact.artifactType,
    digest: sha256Digest(artifact.bytes),
    size: artifact.bytes.byteLength,
    annotations: { "org.opencontainers.image.title": artifact.title }
  };
  const config = EMPTY_CONFIG.descriptor;
  const blobs = /* @__PURE__ */ new Map([
    [config.digest, EMPTY_CONFIG.bytes],
    [layer.digest, artifact.bytes]
  ]);
  for (const descriptor of [config, layer]) {
    await ensureBlob(client, repository, descriptor, bufferSource(blobs));
  }
  const manifest = jsonBlob(MEDIA_TYPES.manifest, {
    schemaVersion: 2,
    mediaType: MEDIA_TYPES.manifest,
    artifactType: artifact.artifactType,
    config,
    layers: [layer],
    subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.bytes.byteLength }
  });
  const headers = await client.putManifest(repository, manifest.descriptor.digest, {
    bytes: manifest.bytes,
    mediaType: MEDIA_TYPES.manifest
  });
  if (headers["oci-subject"] === subject.digest) {
    return { digest: manifest.descriptor.digest, listedBy: "referrers-api" };
  }
  await addToFallbackIndex(client, repository, subject.digest, {
    ...manifest.descriptor,
    artifactType: artifact.artifactType
  });
  return { digest: manifest.descriptor.digest, listedBy: "fallback-tag" };
}
function fallbackTag(subjectDigest) {
  return subjectDigest.replace(":", "-");
}
async function addToFallbackIndex(client, repository, subjectDigest, referrer) {
  const tag = fallbackTag(subjectDigest);
  const existing = await client.getManifest(repository, tag);
  const manifests = existing ? JSON.parse(existing.bytes.toString("utf8")).manifests : [];
  if (manifests.some((descriptor) => descriptor.digest === referrer.digest)) return;
  const index = jsonBlob(MEDIA_TYPES.index, {
    schemaVersion: 2,
    mediaType: MEDIA_TYPES.index,
    manifests: [...manifests, referrer]
  });
  await client.putManifest(repository, tag, { bytes: index.bytes, mediaType: MEDIA_TYPES.index });
}

// packages/registry/src/registry-client.ts
var DEFAULT_ATTEMPTS = 5;
var DEFAULT_RETRY_INTERVAL_MS = 500;
var TAGS_PAGE_SIZE = 1e3;
var RegistryClient = class {
  registry;
  baseUrl;
  /** Scheme, host and port of the registry's API: the only origin its credentials are sent to. */
  origin;
  transport;
  auth;
  clock;
  attempts;
  retryIntervalMs;
  constructor(options) {
    this.registry = options.registry;
    this.transport = options.transport ?? nodeHttpTransport;
    this.clock = options.clock ?? systemClock;
    this.attempts = options.attempts ?? DEFAULT_ATTEMPTS;
    this.retryIntervalMs = options.retryIntervalMs ?? DEFAULT_RETRY_INTERVAL_MS;
    this.baseUrl = options.url ? new URL("v2/", options.url.endsWith("/") ? options.url : `${options.url}/`).href : registryBaseUrl(options.registry, options.insecureRegistries ?? []);
    this.origin = new URL(this.baseUrl).origin;
    this.auth = new RegistryAuth(options.registry, this.transport, options.credentials, this.clock);
  }
  /** Sends an exchange, retrying transient failures; throws unless its status is expected. */
  async send(exchange) {
    const once = () => this.sendOnce(exchange);
    if (exchange.retry === false) return once();
    return this.withRetries(exchange.operation, once);
  }
  /** Retries `operation` with back-off on transient failures, as every request is. */
  withRetries(what, operation) {
    return retry(operation, {
      what,
      attempts: this.attempts,
      intervalMs: this.retryIntervalMs,
      backoff: 2,
      isRetryable,
      clock: this.clock
    });
  }
  /** The digest a tag or digest points to, or undefined when there is none. */
  async manifestDigest(repository, reference) {
    const response = await this.send({
      operation: `check ${repository}:${reference}`,
      method: "HEAD",
      path: `${repository}/manifests/${reference}`,
      headers: { accept: MANIFEST_MEDIA_TYPES.join(", ") },
      scopes: [repositoryScope(repository, "pull")],
      expect: [200, 404]
    });
    response.body.resume();
    if (response.status === 404) return void 0;
    return response.headers["docker-content-digest"] ?? (await this.getManifest(repository, reference))?.digest;
  }
  /** A manifest or index by tag or digest, as its exact bytes; undefined when there is none. */
  async getManifest(repository, reference) {
    const response = await this.send({
      operation: `read the manifest ${repository}:${reference}`,
      method: "GET",
      path: `${repository}/manifests/${reference}`,
      headers: { accept: MANIFEST_MEDIA_TYPES.join(", ") },
      scopes: [repositoryScope(repository, "pull")],
      expect: [200, 404]
    });
    const bytes = await readBody(response);
    if (response.status === 404) return void 0;
    const digest = sha256Digest(bytes);
    if (reference.startsWith("sha256:") && digest !== reference) {
      throw new UserError(
        `${this.registry} sent a manifest hashing to ${digest} for ${repository}@${reference}`
      );
    }
    const mediaType = response.headers["content-type"]?.split(";")[0]?.trim() ?? "";
    return { bytes, mediaType, digest };
  }
  /** Puts a manifest under a tag or its digest; returns the response headers (OCI-Subject…). */
  async putManifest(repository, reference, manifest) {
    const response = await this.send({
      operation: `put the manifest ${repository}:${reference}`,
      method: "PUT",
      path: `${repository}/manifests/${reference}`,
      headers: { "content-type": manifest.mediaType },
      body: manifest.bytes,
      scopes: [repositoryScope(repository, "pull,push")],
      expect: [201]
    });
    response.body.resume();
    const stored = response.headers["docker-content-digest"];
    const sent = sha256Digest(manifest.bytes);
    if (stored !== void 0 && stored !== sent) {
      throw new UserError(
        `${this.registry} stored the manifest ${repository}:${reference} as ${stored}, not ${sent} (the digest of the bytes sent)`,
        {
          hint: "The registry, or a proxy before it, rewrote the manifest: a release must keep the digest built"
        }
      );
    }
    return response.headers;
  }
  async hasBlob(repository, digest) {
    const response = await this.send({
      operation: `check blob ${digest} in ${repository}`,
      method: "HEAD",
      path: `${repository}/blobs/${digest}`,
      scopes: [repositoryScope(repository, "pull")],
      expect: [200, 404]
    });
    response.body.resume();
    return response.status === 200;
  }
  /** A blob's bytes as a stream, for copying between registries without holding them. */
  async openBlob(repository, digest) {
    const response = await this.send({
      operation: `read blob ${digest} of ${repository}`,
      method: "GET",
      path: `${repository}/blobs/${digest}`,
      scopes: [repositoryScope(repository, "pull")],
      expect: [200]
    });
    return response.body;
  }
  /** A whole blob, checked against its digest: for small blobs and layers read into memory. */
  async readBlob(repository, digest) {
    const chunks = [];
    for await (const chunk of await this.openBlob(repository, digest)) chunks.push(chunk);
    const bytes = Buffer.concat(chunks);
    if (sha256Digest(bytes) !== digest) {
      throw new UserError(
        `${this.registry} sent bytes hashing to ${sha256Digest(bytes)} for ${repository}@${digest}`
      );
    }
    return bytes;
  }
  /** Every tag of a repository, following `Link` pagination; none when it does not exist yet. */
  async listTags(repository) {
    const tags = [];
    let path = `${repository}/tags/list?n=${TAGS_PAGE_SIZE}`;
    while (path) {
      const response = await this.send({
        operation: `list the tags of ${repository}`,
        method: "GET",
        path,
        scopes: [repositoryScope(repository, "pull")],
        expect: [200, 404]
      });
      const body = (await readBody(response)).toString("utf8");
      if (response.status === 404) return tags;
      tags.push(...JSON.parse(body).tags ?? []);
      path = nextPage(response.headers.link);
    }
    return tags;
  }
  async sendOnce(exchange) {
    const sentWith = await this.auth.header(exchange.scopes);
    let response = await this.authorizedRequest(exchange, sentWith);
    if (response.status === 401 && this.isOwnOrigin(this.url(exchange.path))) {
      const learned = this.auth.learn(response.headers["www-authenticate"], exchange.scopes);
      const authorization = learned || sentWith === void 0 ? await this.auth.header(exchange.scopes) : sentWith;
      if (authorization !== sentWith || learned) {
        response.body.resume();
        response = await this.authorizedRequest(exchange, authorization);
      }
    }
    if (exchange.expect.includes(response.status)) return response;
    let body = (await readBody(response)).toString("utf8");
    if (exchange.method === "HEAD" && [401, 403].includes(response.status)) {
      const asGet = { ...exchange, method: "GET" };
      body = (await readBody(await this.authorizedRequest(asGet, await this.auth.header(exchange.scopes)))).toString("utf8");
    }
    throw responseError(exchange.operation, this.registry, response.status, body);
  }
  async authorizedRequest(exchange, authorization) {
    const { operation, path, scopes: _scopes, expect: _expect, retry: _retry, ...request } = exchange;
    const url = this.url(path);
    const credentials = authorization && this.isOwnOrigin(url) ? { authorization } : {};
    try {
      return await this.transport({ ...request, url, headers: { ...request.headers, ...credentials } });
    } catch (error) {
      throw connectionError(operation, this.registry, error);
    }
  }
  isOwnOrigin(url) {
    return new URL(url).origin === this.origin;
  }
  /** An absolute URL for a path under /v2/, or a location the registry gave (maybe relative). */
  url(path) {
    return new URL(path, this.baseUrl).href;
  }
};
function registryBaseUrl(registry, insecureRegistries) {
  const scheme = isLoopbackRegistry(registry) || insecureRegistries.includes(registry) ? "http" : "https";
  const host = registry === DOCKER_HUB ? "registry-1.docker.io" : registry;
  return `${scheme}://${host}/v2/`;
}
function nextPage(link) {
  const target = link?.match(/<([^>]+)>\s*;\s*rel="?next"?/)?.[1];
  if (!target) return void 0;
  return target.startsWith("/v2/") ? target.slice("/v2/".length) : target;
}

// packages/registry/src/sbom-file.ts
import { readFile as readFile2 } from "node:fs/promises";
var HINT = "Point sbom at a CycloneDX JSON (bomFormat: CycloneDX) or SPDX JSON (spdxVersion) file, such as build-minimal-image's sbom output";
var FORMATS = [
  {
    artifactType: SBOM_ARTIFACT_TYPE,
    title: "sbom.cdx.json",
    is: (document) => document.bomFormat === "CycloneDX"
  },
  {
    artifactType: SPDX_ARTIFACT_TYPE,
    title: "sbom.spdx.json",
    is: (document) => typeof document.spdxVersion === "string"
  }
];
async function readSbomFile(path) {
  let bytes;
  try {
    bytes = await readFile2(path);
  } catch (error) {
    throw new UserError(`Cannot read the SBOM ${path}`, { hint: HINT, cause: error });
  }
  const document = parseObject(bytes.toString("utf8").replace(/^\uFEFF/, ""));
  const format = document && FORMATS.find((candidate) => candidate.is(document));
  if (!format) {
    const why = document ? "not a CycloneDX or SPDX document" : "not a JSON object";
    throw new InvalidValueError("sbom", path, why, { hint: HINT });
  }
  return { artifactType: format.artifactType, bytes, title: format.title };
}
function parseObject(text) {
  try {
    const value = JSON.parse(text);
    return typeof value === "object" && value !== null && !Array.isArray(value) ? value : void 0;
  } catch {
    return void 0;
  }
}

// packages/registry/src/tag-rules.ts
var PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;
var PLACEHOLDERS = ["version", "major", "minor", "patch", "sha"];
var SHORT_SHA_LENGTH = 7;
var KIND_ORDER = { pinned: 0, literal: 1, floating: 2 };
var PARTIAL_VERSION = /^v?(\d+)(?:\.(\d+))?$/;
function expandTagRules(rules, context) {
  const planned = /* @__PURE__ */ new Map();
  for (const rule of rules) {
    const tag = planTag(rule, context);
    if (tag && !planned.has(tag.tag)) planned.set(tag.tag, tag);
  }
  const own = context.version.text;
  if (!planned.has(own)) planned.set(own, { tag: own, kind: "pinned" });
  const versionFirst = (tag) => tag.tag === own ? -1 : 0;
  return [...planned.values()].sort(
    (a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || versionFirst(a) - versionFirst(b)
  );
}
function planTag(rule, context) {
  const used = [...rule.matchAll(PLACEHOLDER)].map((match) => match[1] ?? "");
  const unknown = used.find((name) => !PLACEHOLDERS.includes(name));
  if (unknown !== void 0) {
    throw new InvalidValueError("tags", rule, `unknown placeholder {{${unknown}}}`, {
      hint: `Use ${PLACEHOLDERS.map((name) => `{{${name}}}`).join(", ")} or a literal tag`
    });
  }
  const tag = rule.replace(PLACEHOLDER, (_, name) => placeholderValue(name, rule, context));
  if (!isValidTag(tag)) {
    throw new InvalidValueError(
      "tags",
      rule,
      `it expands to ${JSON.stringify(tag)}, which is not a valid tag`,
      {
        hint: "A tag is up to 128 letters, digits, _, . and -, not starting with . or -"
      }
    );
  }
  const kind = kindOf(rule, tag, used, context.version);
  if (kind.kind === "floating" && context.version.prerelease) return void 0;
  return { tag, ...kind };
}
function kindOf(rule, tag, used, version) {
  if (versionOfTag(tag) || used.some((name) => ["version", "patch", "sha"].includes(name))) {
    return { kind: "pinned" };
  }
  if (used.includes("minor")) return { kind: "floating", range: "minor" };
  if (used.includes("major")) return { kind: "floating", range: "major" };
  if (rule === "latest") return { kind: "floating", range: "all" };
  const partial = tag.match(PARTIAL_VERSION);
  if (partial) return literalFloating(rule, partial, version);
  return { kind: "literal" };
}
function literalFloating(rule, [, major, minor], version) {
  const range = minor === void 0 ? "major" : "minor";
  const holds = Number(major) === version.major && (minor === void 0 || Number(minor) === version.minor);
  if (!holds) {
    const follows = minor === void 0 ? `${major}.x.y` : `${major}.${minor}.x`;
    throw new InvalidValueError(
      "tags",
      rule,
      `it follows the ${follows} versions, and ${version.text} is not one`,
      {
        hint: "Use {{major}}.{{minor}} or {{major}} to follow the version released"
      }
    );
  }
  return { kind: "floating", range };
}
function placeholderValue(name, rule, { version, commit }) {
  switch (name) {
    case "version":
      return version.text;
    case "major":
      return String(version.major);
    case "minor":
      return String(version.minor);
    case "patch":
      return String(version.patch);
    default:
      if (!commit) {
        throw new InvalidValueError("tags", rule, "{{sha}} needs the commit, and GITHUB_SHA is not set");
      }
      return commit.slice(0, SHORT_SHA_LENGTH);
  }
}

// packages/registry/src/publish-release.ts
var silent = { group: (_title, work) => work(), info: () => {
}, warning: () => {
} };
function pushOciLayout(dir, request) {
  return publishRelease(request, { load: () => layoutContent(dir) });
}
function pushEngineImage(readImage, request) {
  return publishRelease(request, { load: async () => engineImageContent(await readImage()) });
}
function promoteRelease(source, request) {
  const { digest } = source;
  if (!digest) throw new UserError(`${imageName(source)} names no digest to promote`);
  return publishRelease(request, {
    load: () => registryContent(clientFor(source.registry, request), source.repository, digest),
    digest
  });
}
async function publishRelease(request, image) {
  const reporter = request.reporter ?? silent;
  const planned = expandTagRules(request.tagRules, { version: request.version, commit: request.commit });
  const sbom = request.sbom === void 0 ? void 0 : await readSbomFile(request.sbom);
  const client = clientFor(request.target.registry, request);
  const repository = request.target.repository;
  const name = `${client.registry}/${repository}`;
  const lookUp = (digest2) => currentDigests(client, repository, [...planned.map(({ tag }) => tag), digest2]);
  const { content, current } = await readImageAndTarget(image, name, lookUp, reporter);
  const { digest } = content.manifest;
  reporter.info(`${name}@${digest}, version ${request.version.text}`);
  refuseMovedPinnedTags(name, planned, current, digest);
  const tagPutsManifest = sbom === void 0 && planned.some(({ tag, kind }) => kind !== "floating" && current.get(tag) !== digest);
  const blobs = await reporter.group(
    `Push blobs and manifests to ${name}`,
    () => copyImage(client, repository, content, {
      targetHasManifest: current.get(digest) !== void 0,
      topManifestByTag: tagPutsManifest,
      chunkBytes: request.chunkBytes,
      onBlob: (descriptor, outcome) => reporter.info(describeBlob(descriptor.digest, descriptor.size, outcome)),
      onRetry: (descriptor, attempt) => reporter.info(`${shortDigest(descriptor.digest)}: upload try ${attempt}`)
    })
  );
  const attached = sbom && await reporter.group(
    "Attach the SBOM",
    () => attachArtifact(client, repository, content.manifest, sbom)
  );
  const tags = await reporter.group(
    "Write the tags",
    () => writeTags(
      client,
      repository,
      content,
      planned,
      current,
      request.version,
      reporter,
      request.connection?.clock ?? systemClock
    )
  );
  return {
    digest,
    version: request.version.text,
    imageRef: `${name}@${digest}`,
    tags,
    blobs,
    sbom: attached
  };
}
async function readImageAndTarget(image, name, lookUp, reporter) {
  const known = image.digest;
  if (known) {
    return reporter.group(`Read the image and check the tags of ${name}`, async () => {
      const [content2, current2] = await Promise.all([image.load(), lookUp(known)]);
      return { content: content2, current: current2 };
    });
  }
  const content = await reporter.group("Read the image", image.load);
  const current = await reporter.group(`Check the tags of ${name}`, () => lookUp(content.manifest.digest));
  return { content, current };
}
function clientFor(registry, request) {
  const credentials = credentialsFor(
    request.target.registry,
    request.credentials,
    request.dockerConfig ?? dockerConfigCredentials(process.env, (message) => request.reporter?.warning(message))
  );
  return new RegistryClient({
    registry,
    credentials: credentials(registry),
    insecureRegistries: request.insecureRegistries,
    ...request.connection
  });
}
async function currentDigests(client, repository, references) {
  const digests = await Promise.all(
    references.map((reference) => client.manifestDigest(repository, reference))
  );
  return new Map(references.map((reference, index) => [reference, digests[index]]));
}
function refuseMovedPinnedTags(name, planned, current, digest) {
  for (const { tag } of planned.filter((candidate) => candidate.kind === "pinned")) {
    const existing = current.get(tag);
    if (existing !== void 0 && existing !== digest) {
      throw new UserError(`${name}:${tag} already exists as ${existing}; refusing to move it to ${digest}`, {
        hint: "A released version is immutable: release a new version instead"
      });
    }
  }
}
async function writeTags(client, repository, content, planned, current, version, reporter, clock) {
  const { digest } = content.manifest;
  const outcomes = /* @__PURE__ */ new Map();
  const pending = planned.filter(({ tag }) => {
    if (current.get(tag) !== digest) return true;
    outcomes.set(tag, "unchanged");
    return false;
  });
  const write = async (tags) => {
    await Promise.all(tags.map((tag) => writeTag(client, repository, tag, content.manifest, clock)));
    for (const { tag } of tags) {
      reporter.info(`${tag} \u2192 ${digest}`);
      outcomes.set(tag, "written");
    }
  };
  const [own, ...others] = pending.filter(({ kind }) => kind !== "floating");
  if (own) await write([own]);
  await write(others);
  const floating = pending.filter(({ kind }) => kind === "floating");
  const repositoryTags = floating.some(({ range }) => range) ? await client.listTags(repository) : [];
  const moving = floating.filter(({ tag, range }) => {
    if (!range || floatingTagMayMove(range, version, repositoryTags)) return true;
    reporter.info(`${tag}: kept where it is (a higher version holds it)`);
    outcomes.set(tag, "kept");
    return false;
  });
  await write(moving);
  return planned.map(({ tag }) => ({ tag, action: outcomes.get(tag) ?? "written" }));
}
async function writeTag(client, repository, planned, manifest, clock) {
  const { tag, kind } = planned;
  const named = () => client.manifestDigest(repository, tag);
  const lost = kind === "pinned" ? {
    why: "another push of the same version won the race",
    hint: "Registries cannot guard a tag against a concurrent write: let one run release each version (a concurrency group)"
  } : {
    why: "another push moved it meanwhile",
    hint: "Run the release again to move it forward (a higher version keeps it)"
  };
  const refuseOther = (found) => {
    if (found === manifest.digest) return;
    throw new UserError(
      `${client.registry}/${repository}:${tag} names ${found ?? "nothing"}, not this push's ${manifest.digest}: ${lost.why}`,
      { hint: lost.hint }
    );
  };
  if (kind === "pinned") {
    const before = await named();
    if (before !== void 0) refuseOther(before);
  }
  const writing = clock.now();
  await client.putManifest(repository, tag, manifest);
  if (kind === "pinned") await clock.sleep(Math.max(MIN_SETTLE_MS, 2 * (clock.now() - writing)));
  refuseOther(await named());
}
var MIN_SETTLE_MS = 5;
function describeBlob(digest, size, outcome) {
  return `${shortDigest(digest)} (${size} B): ${outcome === "present" ? "already there" : outcome}`;
}

// packages/registry/src/registry-mirrors.ts
function pullClients(registry, mirrors, options) {
  const { credentials, ...common } = options;
  const own = new RegistryClient({ ...common, registry, credentials: credentials(registry) });
  if (registry !== DOCKER_HUB) return [own];
  const throughMirrors = mirrors.map((mirror) => {
    const { host } = new URL(mirror);
    return new RegistryClient({ ...common, registry: host, url: mirror, credentials: credentials(host) });
  });
  return [...throughMirrors, own];
}

// packages/registry/src/release-version.ts
function resolveReleaseVersion(given, gitRef) {
  const version = given ?? versionFromGitRef(gitRef);
  if (version) return version;
  throw new UserError(
    `No release version: the version input is empty and ${gitRef || "this run"} is not a version tag`,
    {
      hint: "Set version (e.g. 1.2.3), or run on a push of a tag such as v1.2.3"
    }
  );
}
export {
  DEFAULT_CHUNK_BYTES,
  MANIFEST_MEDIA_TYPES,
  RegistryClient,
  SBOM_ARTIFACT_TYPE,
  SPDX_ARTIFACT_TYPE,
  attachArtifact,
  copyImage,
  credentialsFor,
  dockerConfigCredentials,
  ensureBlob,
  expandTagRules,
  fallbackTag,
  floatingTagMayMove,
  httpTransport,
  isIndexMediaType,
  layoutContent,
  nodeHttpTransport,
  parseManifest,
  promoteRelease,
  pullClients,
  pushEngineImage,
  pushOciLayout,
  registryContent,
  resolveReleaseVersion
};
