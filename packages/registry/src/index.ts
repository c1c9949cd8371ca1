export { type BlobOutcome, type BlobSource, DEFAULT_CHUNK_BYTES, ensureBlob } from "./blob-upload";
export { type CopyStats, copyImage } from "./copy-image";
export {
  type CredentialLookup,
  type Credentials,
  credentialsFor,
  dockerConfigCredentials,
} from "./credentials";
export { floatingTagMayMove } from "./floating-tags";
export {
  type HttpRequest,
  type HttpResponse,
  type HttpTransport,
  httpTransport,
  nodeHttpTransport,
} from "./http-transport";
export { type ImageContent, layoutContent, registryContent } from "./image-content";
export {
  isIndexMediaType,
  MANIFEST_MEDIA_TYPES,
  type ManifestDocument,
  parseManifest,
  SBOM_ARTIFACT_TYPE,
  SPDX_ARTIFACT_TYPE,
} from "./manifest-types";
export {
  promoteRelease,
  pushEngineImage,
  pushOciLayout,
  type ReleaseRequest,
  type ReleaseResult,
  type TagOutcome,
} from "./publish-release";
export { type AttachedArtifact, attachArtifact, fallbackTag } from "./referrers";
export { RegistryClient, type RegistryClientOptions, type StoredManifest } from "./registry-client";
export { type PullClientOptions, pullClients } from "./registry-mirrors";
export { resolveReleaseVersion } from "./release-version";
export { expandTagRules, type PlannedTag } from "./tag-rules";
