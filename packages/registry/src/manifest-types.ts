import type { Platform } from "@quai/core";
import { type Descriptor, DOCKER_MANIFEST_LIST, isIndexMediaType, MEDIA_TYPES } from "@quai/oci";
import type { StoredManifest } from "./registry-client";

/** The manifest media types the client asks for and copies: OCI and Docker, images and indexes. */
export const MANIFEST_MEDIA_TYPES = [
  MEDIA_TYPES.index,
  MEDIA_TYPES.manifest,
  DOCKER_MANIFEST_LIST,
  "application/vnd.docker.distribution.manifest.v2+json",
] as const;

export { isIndexMediaType };

/** The fields of a manifest or an index that quai reads. */
export type ManifestDocument = {
  config?: Descriptor;
  layers?: Descriptor[];
  manifests?: (Descriptor & { platform?: Platform })[];
};

export function parseManifest(manifest: StoredManifest): ManifestDocument {
  return JSON.parse(manifest.bytes.toString("utf8")) as ManifestDocument;
}

/** The artifact type of a CycloneDX SBOM, and of the blob that holds it. */
export const SBOM_ARTIFACT_TYPE = "application/vnd.cyclonedx+json";

/** The artifact type of an SPDX SBOM in JSON, and of the blob that holds it. */
export const SPDX_ARTIFACT_TYPE = "application/spdx+json";

/** The OCI 1.1 empty config of artifacts, `{}`. */
export const EMPTY_CONFIG = {
  descriptor: {
    mediaType: "application/vnd.oci.empty.v1+json",
    digest: "sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a",
    size: 2,
  },
  bytes: Buffer.from("{}"),
};
