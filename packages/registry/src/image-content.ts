import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { Readable } from "node:stream";
import { parseImageRef, UserError } from "@quai/core";
import {
  BASE_NAME_ANNOTATION,
  buildManifest,
  type Descriptor,
  type DockerArchiveContents,
  layerOfArchive,
  MEDIA_TYPES,
  readOciLayout,
  sha256Digest,
  verifyLayoutBlobs,
} from "@quai/oci";
import type { BlobSource } from "./blob-upload";
import { isIndexMediaType, parseManifest } from "./manifest-types";
import type { RegistryClient, StoredManifest } from "./registry-client";

/**
 * An image ready to copy into a registry: its top manifest (an image manifest or an index), the
 * platform manifests an index lists, every blob they reference, and where those bytes come from.
 */
export interface ImageContent {
  manifest: StoredManifest;
  /** For an index, its manifests, put before it; empty for a single image. */
  children: StoredManifest[];
  blobs: Descriptor[];
  source: BlobSource;
  /** Where the blobs already are, when they are in a registry: mounted when it is the target's. */
  origin?: { registry: string; repository: string };
  /**
   * The base image's repository, where some blobs may already be (the base's layers, as its
   * registry stores them): the blobs the target lacks are mounted from it when it is in the
   * target's registry, and uploaded when the mount is refused.
   */
  baseOrigin?: { registry: string; repository: string };
}

/** registry/repository of an image name; undefined for a name that does not parse. */
function repositoryOf(name: string): { registry: string; repository: string } | undefined {
  try {
    const { registry, repository } = parseImageRef(name);
    return { registry, repository };
  } catch {
    return undefined;
  }
}

/**
 * The image of an OCI layout. Manifest and config are checked as they are read; the blobs a push
 * must upload are checked against their digests before the first goes, so a layout damaged since
 * the build is refused before a byte is uploaded, and a re-push hashes nothing.
 */
export async function layoutContent(dir: string): Promise<ImageContent> {
  const layout = await readOciLayout(dir);
  const { manifestDescriptor } = layout;
  const bytes = await readFile(layout.blobPath(manifestDescriptor.digest));
  const baseName = layout.manifest.annotations?.[BASE_NAME_ANNOTATION];
  return {
    manifest: { bytes, mediaType: manifestDescriptor.mediaType, digest: manifestDescriptor.digest },
    children: [],
    blobs: [layout.manifest.config, ...layout.manifest.layers],
    baseOrigin: baseName ? repositoryOf(baseName) : undefined,
    source: {
      open: async (descriptor) => createReadStream(layout.blobPath(descriptor.digest)),
      openRange: (descriptor, start, end) =>
        createReadStream(layout.blobPath(descriptor.digest), { start, end }),
      verify: (descriptors) => verifyLayoutBlobs(layout, descriptors),
    },
  };
}

/**
 * An engine image, from its `docker save` archive, with a manifest made in memory: its layers as
 * the store kept them when gzip (containerd's: the registry's own blobs), else gzipped by quai.
 */
export async function engineImageContent(image: DockerArchiveContents): Promise<ImageContent> {
  const layers = await Promise.all(image.layers.map(layerOfArchive));
  const config: Descriptor = {
    mediaType: MEDIA_TYPES.config,
    digest: sha256Digest(image.config),
    size: image.config.byteLength,
  };
  const manifest = buildManifest({ config, layers });
  const blobs = new Map<string, Buffer>([
    [config.digest, image.config],
    ...layers.map((layer): [string, Buffer] => [layer.digest, layer.gzip]),
  ]);
  return {
    manifest: { ...manifest.descriptor, bytes: manifest.bytes },
    children: [],
    blobs: [config, ...layers.map(({ mediaType, digest, size }) => ({ mediaType, digest, size }))],
    source: bufferSource(blobs),
  };
}

/** A release already in a registry, by digest: an index with all its platforms, or one image. */
export async function registryContent(
  client: RegistryClient,
  repository: string,
  digest: string,
): Promise<ImageContent> {
  const manifest = await client.getManifest(repository, digest);
  if (!manifest) {
    throw new UserError(`${client.registry}/${repository}@${digest} does not exist`, {
      hint: "Promote a digest that push-versioned pushed (its digest output)",
    });
  }
  const children: StoredManifest[] = [];
  for (const child of isIndexMediaType(manifest.mediaType) ? (parseManifest(manifest).manifests ?? []) : []) {
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
    origin: { registry: client.registry, repository },
  };
}

/** Blobs held in memory, for images made in this process. */
export function bufferSource(blobs: ReadonlyMap<string, Buffer>): BlobSource {
  const bytes = (descriptor: Descriptor) => {
    const blob = blobs.get(descriptor.digest);
    if (!blob) throw new UserError(`No bytes for blob ${descriptor.digest}`);
    return blob;
  };
  return {
    open: async (descriptor) => Readable.from([bytes(descriptor)]),
    openRange: (descriptor, start, end) => Readable.from([bytes(descriptor).subarray(start, end + 1)]),
  };
}

function imageBlobs(manifest: StoredManifest): Descriptor[] {
  const document = parseManifest(manifest);
  return [...(document.config ? [document.config] : []), ...(document.layers ?? [])];
}

function uniqueByDigest(descriptors: Descriptor[]): Descriptor[] {
  return [...new Map(descriptors.map((descriptor) => [descriptor.digest, descriptor])).values()];
}
