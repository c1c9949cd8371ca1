import { createRequire as __quaiCreateRequire } from "node:module";
import { dirname as __quaiDirname } from "node:path";
import { fileURLToPath as __quaiFileURLToPath } from "node:url";
const require = __quaiCreateRequire(import.meta.url);
const __filename = __quaiFileURLToPath(import.meta.url);
const __dirname = __quaiDirname(__filename);
import {
  BASE_NAME_ANNOTATION,
  DOCKER_MANIFEST_LIST,
  MEDIA_TYPES,
  REF_NAME_ANNOTATION,
  UnreadableArchiveError,
  buildImageConfig,
  buildManifest,
  canonicalJson,
  configPlatform,
  createLayer,
  digestHex,
  dockerArchive,
  epochTimestamp,
  isIndexMediaType,
  jsonBlob,
  layerOfArchive,
  listTar,
  loadImage,
  normalizeTar,
  readDockerArchive,
  readOciLayout,
  readTarEntries,
  readTarFile,
  sha256Digest,
  streamDigest,
  tarFromEntries,
  verifyLayoutBlobs,
  writeOciLayout
} from "./chunk-5BINJG6W.js";
import "./chunk-Q7LP2IUI.js";
export {
  BASE_NAME_ANNOTATION,
  DOCKER_MANIFEST_LIST,
  MEDIA_TYPES,
  REF_NAME_ANNOTATION,
  UnreadableArchiveError,
  buildImageConfig,
  buildManifest,
  canonicalJson,
  configPlatform,
  createLayer,
  digestHex,
  dockerArchive,
  epochTimestamp,
  isIndexMediaType,
  jsonBlob,
  layerOfArchive,
  listTar,
  loadImage,
  normalizeTar,
  readDockerArchive,
  readOciLayout,
  readTarEntries,
  readTarFile,
  sha256Digest,
  streamDigest,
  tarFromEntries,
  verifyLayoutBlobs,
  writeOciLayout
};
