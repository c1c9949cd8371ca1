export { canonicalJson, type JsonValue } from "./canonical-json";
export { type Descriptor, type JsonBlob, jsonBlob } from "./descriptor";
export { digestHex, sha256Digest, streamDigest } from "./digest";
export {
  type ArchiveLayer,
  type DockerArchiveContents,
  type DockerArchiveImage,
  dockerArchive,
  layerOfArchive,
  type ReadArchiveOptions,
  readDockerArchive,
  UnreadableArchiveError,
} from "./docker-archive";
export { epochTimestamp } from "./epoch";
export {
  buildImageConfig,
  type ContainerConfig,
  configPlatform,
  type HistoryEntry,
  type ImageConfig,
  type ImageConfigOptions,
  type LayerHistory,
} from "./image-config";
export { createLayer, type Layer } from "./layer";
export { type ImageLoader, loadImage } from "./load";
export { buildManifest, type ImageManifest, type ManifestOptions } from "./manifest";
export { DOCKER_MANIFEST_LIST, isIndexMediaType, MEDIA_TYPES } from "./media-types";
export {
  BASE_NAME_ANNOTATION,
  type ImageIndex,
  type OciImage,
  type OciLayout,
  REF_NAME_ANNOTATION,
  readOciLayout,
  verifyLayoutBlobs,
  writeOciLayout,
} from "./oci-layout";
export { type LayerEntry, type NormalizeOptions, normalizeTar, tarFromEntries } from "./tar-normalize";
export {
  listTar,
  readTarEntries,
  readTarFile,
  type TarEntry,
  type TarEntryInfo,
  type TarEntryType,
  type TarInput,
} from "./tar-read";
