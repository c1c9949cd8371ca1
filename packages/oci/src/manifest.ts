import { type Descriptor, isDescriptor, type JsonBlob, jsonBlob } from "./descriptor";
import type { Layer } from "./layer";
import { MEDIA_TYPES } from "./media-types";
import { isRecord } from "./parse-json";

export type ImageManifest = {
  schemaVersion: 2;
  mediaType: typeof MEDIA_TYPES.manifest;
  config: Descriptor;
  layers: Descriptor[];
  annotations?: Record<string, string>;
};

export interface ManifestOptions {
  config: Descriptor;
  /** Base layers first, as in the config's rootfs. */
  layers: Array<Pick<Layer, "mediaType" | "digest" | "size">>;
  annotations?: Record<string, string>;
}

/** The image manifest blob, whose digest is the image's digest in a registry. */
export function buildManifest(options: ManifestOptions): JsonBlob {
  const document: ImageManifest = {
    schemaVersion: 2,
    mediaType: MEDIA_TYPES.manifest,
    config: options.config,
    layers: options.layers.map(({ mediaType, digest, size }) => ({ mediaType, digest, size })),
    annotations: options.annotations,
  };
  return jsonBlob(MEDIA_TYPES.manifest, document);
}

/** An OCI image manifest, as far as reading a layout relies on it. */
export function isImageManifest(value: unknown): value is ImageManifest {
  return (
    isRecord(value) &&
    value.mediaType === MEDIA_TYPES.manifest &&
    isDescriptor(value.config) &&
    Array.isArray(value.layers) &&
    value.layers.every(isDescriptor)
  );
}
