/** The OCI media types this package writes (image-spec v1.1). */
export const MEDIA_TYPES = {
  layer: "application/vnd.oci.image.layer.v1.tar+gzip",
  config: "application/vnd.oci.image.config.v1+json",
  manifest: "application/vnd.oci.image.manifest.v1+json",
  index: "application/vnd.oci.image.index.v1+json",
} as const;

/** Docker's name for a multi-platform index, which registries and `docker save` still write. */
export const DOCKER_MANIFEST_LIST = "application/vnd.docker.distribution.manifest.list.v2+json";

/** An image index (OCI) or manifest list (Docker): a list of per-platform manifests. */
export function isIndexMediaType(mediaType: string): boolean {
  return mediaType === MEDIA_TYPES.index || mediaType === DOCKER_MANIFEST_LIST;
}
