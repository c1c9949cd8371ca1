import type { Descriptor } from "@quai/oci";
import { type BlobCopyOptions, type BlobOutcome, transferBlob } from "./blob-upload";
import type { ImageContent } from "./image-content";
import type { RegistryClient } from "./registry-client";

/** What copying an image's blobs took: blob bytes uploaded, and how many blobs went each way. */
export interface CopyStats {
  /** Blob bytes sent; manifests (a few KiB) are not counted, so a mount-only copy shows 0. */
  pushedBytes: number;
  present: number;
  mounted: number;
  uploaded: number;
}

export interface CopyOptions {
  /** Whether the repository already holds the top manifest, when the caller has looked. */
  targetHasManifest?: boolean;
  /** The caller puts the top manifest itself, under a tag, right after: one request fewer. */
  topManifestByTag?: boolean;
  chunkBytes?: number;
  /** Told of each blob as it lands, for the log. */
  onBlob?: (descriptor: Descriptor, outcome: BlobOutcome) => void;
  onRetry?: BlobCopyOptions["onRetry"];
}

/** Blobs uploaded at once: enough to overlap round trips, few enough not to swamp a small runner. */
const PARALLEL_UPLOADS = 3;
/** Requests that move no blob bytes (HEAD, mount) sent at once. */
const PARALLEL_LOOKUPS = 8;

/**
 * Copies an image into `repository` so that the registry holds all of it or none that matters:
 * every blob first, then the platform manifests and the top manifest, by digest (no tag yet;
 * or the top one left to the caller's first tag).
 * The manifests go up byte for byte, so the digest stays the one built. The blobs to send are
 * known (and checked against their digests) before the first is sent.
 */
export async function copyImage(
  client: RegistryClient,
  repository: string,
  content: ImageContent,
  options: CopyOptions = {},
): Promise<CopyStats> {
  const stats: CopyStats = { pushedBytes: 0, present: 0, mounted: 0, uploaded: 0 };
  // A registry accepts a manifest only once it holds every blob, so a stored manifest means a
  // complete image: a re-run has nothing to copy.
  const complete =
    options.targetHasManifest ??
    (await client.manifestDigest(repository, content.manifest.digest)) !== undefined;
  if (complete) {
    return { ...stats, present: content.blobs.length };
  }
  const sameRegistry = (origin?: { registry: string; repository: string }) =>
    origin?.registry === client.registry && origin.repository !== repository ? origin.repository : undefined;
  const mountFrom = sameRegistry(content.origin);
  const mountBaseFrom = mountFrom ? undefined : sameRegistry(content.baseOrigin);
  // A mount succeeds for a blob the target already holds too: within a registry, no HEAD first.
  const missing = mountFrom
    ? [...content.blobs]
    : await blobsMissing(client, repository, content, options, stats);
  await content.source.verify?.(missing);
  await forEachLimited(missing, mountFrom ? PARALLEL_LOOKUPS : PARALLEL_UPLOADS, async (descriptor) => {
    const outcome = await transferBlob(client, repository, descriptor, content.source, {
      mountFrom: mountFrom ?? mountBaseFrom,
      mountMayFail: mountBaseFrom !== undefined,
      chunkBytes: options.chunkBytes,
      onRetry: options.onRetry,
    });
    stats[outcome]++;
    if (outcome === "uploaded") stats.pushedBytes += descriptor.size;
    options.onBlob?.(descriptor, outcome);
  });
  const manifests = options.topManifestByTag ? content.children : [...content.children, content.manifest];
  for (const manifest of manifests) await client.putManifest(repository, manifest.digest, manifest);
  return stats;
}

/** The image's blobs the repository lacks; those it holds are counted and reported present. */
async function blobsMissing(
  client: RegistryClient,
  repository: string,
  content: ImageContent,
  options: CopyOptions,
  stats: CopyStats,
): Promise<Descriptor[]> {
  const missing: Descriptor[] = [];
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

/** Runs `work` over the items, at most `limit` at a time; the first failure fails the whole. */
async function forEachLimited<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
