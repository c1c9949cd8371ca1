import { type Descriptor, jsonBlob, MEDIA_TYPES, sha256Digest } from "@quai/oci";
import { ensureBlob } from "./blob-upload";
import { bufferSource } from "./image-content";
import { EMPTY_CONFIG } from "./manifest-types";
import type { RegistryClient, StoredManifest } from "./registry-client";

export interface Artifact {
  artifactType: string;
  bytes: Buffer;
  /** The file name it is known by (`org.opencontainers.image.title`). */
  title: string;
}

export interface AttachedArtifact {
  digest: string;
  /** How the registry lists it among the image's referrers: natively, or by the fallback tag. */
  listedBy: "referrers-api" | "fallback-tag";
}

type ReferrersIndex = { schemaVersion: 2; mediaType: string; manifests: Descriptor[] };

/**
 * Attaches a file to an image as an OCI 1.1 artifact whose `subject` is the image. A registry
 * with the referrers API says so with `OCI-Subject` when the manifest is put; for one without
 * (distribution 2.8 has none), the artifact joins the index under the fallback tag `sha256-<hex>`.
 */
export async function attachArtifact(
  client: RegistryClient,
  repository: string,
  subject: StoredManifest,
  artifact: Artifact,
): Promise<AttachedArtifact> {
  const layer: Descriptor = {
    mediaType: artifact.artifactType,
    digest: sha256Digest(artifact.bytes),
    size: artifact.bytes.byteLength,
    annotations: { "org.opencontainers.image.title": artifact.title },
  };
  const config = EMPTY_CONFIG.descriptor;
  const blobs = new Map([
    [config.digest, EMPTY_CONFIG.bytes],
    [layer.digest, artifact.bytes],
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
    subject: { mediaType: subject.mediaType, digest: subject.digest, size: subject.bytes.byteLength },
  });
  const headers = await client.putManifest(repository, manifest.descriptor.digest, {
    bytes: manifest.bytes,
    mediaType: MEDIA_TYPES.manifest,
  });
  if (headers["oci-subject"] === subject.digest) {
    return { digest: manifest.descriptor.digest, listedBy: "referrers-api" };
  }
  await addToFallbackIndex(client, repository, subject.digest, {
    ...manifest.descriptor,
    artifactType: artifact.artifactType,
  });
  return { digest: manifest.descriptor.digest, listedBy: "fallback-tag" };
}

/** The referrers tag schema: the index tagged `sha256-<hex>` lists what refers to `sha256:<hex>`. */
export function fallbackTag(subjectDigest: string): string {
  return subjectDigest.replace(":", "-");
}

async function addToFallbackIndex(
  client: RegistryClient,
  repository: string,
  subjectDigest: string,
  referrer: Descriptor & { artifactType: string },
): Promise<void> {
  const tag = fallbackTag(subjectDigest);
  const existing = await client.getManifest(repository, tag);
  const manifests = existing ? (JSON.parse(existing.bytes.toString("utf8")) as ReferrersIndex).manifests : [];
  if (manifests.some((descriptor) => descriptor.digest === referrer.digest)) return;
  const index = jsonBlob(MEDIA_TYPES.index, {
    schemaVersion: 2,
    mediaType: MEDIA_TYPES.index,
    manifests: [...manifests, referrer],
  });
  await client.putManifest(repository, tag, { bytes: index.bytes, mediaType: MEDIA_TYPES.index });
}
