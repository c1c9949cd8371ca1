import type { Readable } from "node:stream";
import { UserError } from "@quai/core";
import type { Descriptor } from "@quai/oci";
import { repositoryScope } from "./registry-auth";
import type { RegistryClient } from "./registry-client";

/** Where a blob's bytes come from: whole, or (when the source can seek) a byte range. */
export interface BlobSource {
  open(descriptor: Descriptor): Promise<Readable>;
  /** Bytes `start` to `end` inclusive; without it, blobs are uploaded in one request. */
  openRange?(descriptor: Descriptor, start: number, end: number): Readable;
  /** Checks the bytes of the blobs about to be uploaded, before any is; for sources that can rot. */
  verify?(descriptors: readonly Descriptor[]): Promise<void>;
}

/** How a blob came to be in the target repository. */
export type BlobOutcome = "present" | "mounted" | "uploaded";

/** Blobs above this size go up in PATCH chunks of it, which proxies with body limits let through. */
export const DEFAULT_CHUNK_BYTES = 64 * 1024 * 1024;

export interface BlobCopyOptions {
  /** A repository of the same registry that holds the blob: it is mounted, not uploaded. */
  mountFrom?: string;
  /**
   * `mountFrom` may not hold the blob, or the credentials may not read it (a base image's
   * repository): a refused mount is then uploaded, not an error.
   */
  mountMayFail?: boolean;
  chunkBytes?: number;
  /** Told when an upload starts again after a failure, for the log. */
  onRetry?: (descriptor: Descriptor, attempt: number) => void;
}

/**
 * Makes the blob present in `repository`: skipped when it is already, mounted from `mountFrom`
 * when the registry allows, else streamed from `source`.
 */
export async function ensureBlob(
  client: RegistryClient,
  repository: string,
  descriptor: Descriptor,
  source: BlobSource,
  options: BlobCopyOptions = {},
): Promise<BlobOutcome> {
  if (await client.hasBlob(repository, descriptor.digest)) return "present";
  return transferBlob(client, repository, descriptor, source, options);
}

/**
 * Brings a blob the repository lacks: mounted from `mountFrom` when the registry allows, else
 * streamed from `source`. An upload that fails on the way starts again as a whole, with back-off,
 * since a broken session cannot be trusted to resume.
 */
export async function transferBlob(
  client: RegistryClient,
  repository: string,
  descriptor: Descriptor,
  source: BlobSource,
  options: BlobCopyOptions = {},
): Promise<"mounted" | "uploaded"> {
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

/** Cross-repository mount: true when the registry linked the blob (201), false when it did not (202). */
async function mountBlob(
  client: RegistryClient,
  repository: string,
  digest: string,
  from: string,
): Promise<boolean> {
  const query = new URLSearchParams({ mount: digest, from });
  const response = await client.send({
    operation: `mount ${digest} from ${from} into ${repository}`,
    method: "POST",
    path: `${repository}/blobs/uploads/?${query}`,
    scopes: [repositoryScope(repository, "pull,push"), repositoryScope(from, "pull")],
    expect: [201, 202],
  });
  response.body.resume();
  // A 202 opened an upload session instead; it is left for the registry to expire.
  return response.status === 201;
}

async function uploadBlob(
  client: RegistryClient,
  repository: string,
  descriptor: Descriptor,
  source: BlobSource,
  chunkBytes: number,
): Promise<void> {
  const scopes = [repositoryScope(repository, "pull,push")];
  const step = (operation: string) => ({
    operation: `${operation} ${descriptor.digest} to ${repository}`,
    scopes,
  });
  const started = await client.send({
    ...step("start the upload of"),
    method: "POST",
    path: `${repository}/blobs/uploads/`,
    expect: [202],
    retry: false,
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
          "content-length": String(end - start + 1),
        },
        body: () => openRange(descriptor, start, end),
        expect: [202],
        retry: false,
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

/** The closing PUT ?digest=…, carrying the whole blob or, after chunks, nothing. */
async function finishUpload(
  client: RegistryClient,
  location: string,
  descriptor: Descriptor,
  step: { operation: string; scopes: string[] },
  body?: Readable,
): Promise<void> {
  const url = new URL(client.url(location));
  url.searchParams.set("digest", descriptor.digest);
  const response = await client.send({
    ...step,
    method: "PUT",
    path: url.href,
    headers: {
      "content-type": "application/octet-stream",
      "content-length": body ? String(descriptor.size) : "0",
    },
    body: body && (() => body),
    expect: [201],
    retry: false,
  });
  response.body.resume();
}

function uploadLocation(headers: Record<string, string>): string {
  const location = headers.location;
  if (!location) throw new UserError("The registry started an upload without giving its location");
  return location;
}
