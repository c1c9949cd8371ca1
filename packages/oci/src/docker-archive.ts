import { posix } from "node:path";
import type { Readable } from "node:stream";
import { promisify } from "node:util";
import { gunzip } from "node:zlib";
import { formatPlatform, type Platform, samePlatform, UserError } from "@quai/core";
import { canonicalJson } from "./canonical-json";
import { digestHex, sha256Digest } from "./digest";
import { configPlatform, type ImageConfig, isImageConfig } from "./image-config";
import { createLayer, type Layer } from "./layer";
import { isIndexMediaType, MEDIA_TYPES } from "./media-types";
import { isRecord, isStringArray, parseJson } from "./parse-json";
import { entriesByPath, hardlinkedFile, normalizeTarPath, readTarEntries, type TarEntry } from "./tar-read";
import { packTar, type TarRecord } from "./tar-write";

/** One image of a `docker save` archive's manifest.json. */
type DockerManifestEntry = {
  Config: string;
  /** null or absent when the image was saved by ID. */
  RepoTags?: string[] | null;
  Layers: string[];
};

export interface DockerArchiveImage {
  config: Buffer;
  layers: Layer[];
  repoTags: string[];
  /**
   * How many of the first layers the engine already holds, as the chain they make (the base's).
   * They are archived empty: docker load looks a layer up by its chain before it opens the file,
   * so it never reads them, and the archive shrinks by the whole base.
   */
  layersInEngine?: number;
}

/** A layer as the archive holds it: always its tar, and its gzip blob when the archive kept one. */
export interface ArchiveLayer {
  /** The uncompressed tar, checked against the config's diff_id. */
  tar: Buffer;
  /**
   * The gzip blob as stored: containerd's image store saves layers as it pulled them, so these
   * are the registry's bytes and digests. Undefined for an uncompressed layer (the classic store).
   */
  gzip?: Buffer;
}

export interface DockerArchiveContents {
  /** The config's exact bytes: their digest is the image ID. */
  config: Buffer;
  configJson: ImageConfig;
  /** Base first, each checked against its diff_id. */
  layers: ArchiveLayer[];
  repoTags: string[];
  /** The image's platform, as its config says. */
  platform: Platform;
}

export interface ReadArchiveOptions {
  /**
   * The platform to take: from the archive's OCI index when it has one (Docker 25 and later list
   * every platform the store holds), else the one image of manifest.json, which must be of it.
   */
  platform?: Platform;
}

/**
 * The archive cannot be read as an image (a layer compressed in a way quai cannot read, layers
 * that do not match their config, no such platform): callers that know the engine say which.
 */
export class UnreadableArchiveError extends UserError {}

const MANIFEST_FILE = "manifest.json";
const OCI_INDEX_FILE = "index.json";
const GZIP_MAGIC = Buffer.from([0x1f, 0x8b]);
const ZSTD_MAGIC = Buffer.from([0x28, 0xb5, 0x2f, 0xfd]);
const gunzipAsync = promisify(gunzip);
/** The archive is a transport, not an image: its own entries get a fixed time. */
const ARCHIVE_MTIME = 0;
/** The file of a layer the engine holds: never opened by docker load. */
const HELD_BY_ENGINE = Buffer.alloc(0);
/** How many symlinks a layer path may go through (docker save links a repeated layer to its first copy). */
const MAX_SYMLINK_HOPS = 8;

/**
 * The image in `docker save` format, for `docker load`: manifest.json, the config as
 * `<config hex>.json` and each layer uncompressed as `<diffId hex>/layer.tar`. The same image
 * gives the same bytes.
 */
export function dockerArchive(image: DockerArchiveImage): Readable {
  const config = archiveRecord(`${digestHex(sha256Digest(image.config))}.json`, image.config);
  const inEngine = image.layersInEngine ?? 0;
  // A layer that comes again above the held chain (the same bytes added twice) must be whole.
  const needed = new Set(image.layers.slice(inEngine).map((layer) => layer.diffId));
  // A layer that comes twice is archived once: packTar keeps one record per path.
  const layers = image.layers.map((layer, position) =>
    archiveRecord(
      `${digestHex(layer.diffId)}/layer.tar`,
      position < inEngine && !needed.has(layer.diffId) ? HELD_BY_ENGINE : layer.tar,
    ),
  );
  const manifest: DockerManifestEntry[] = [
    { Config: config.path, RepoTags: image.repoTags, Layers: layers.map((layer) => layer.path) },
  ];
  return packTar(
    [archiveRecord(MANIFEST_FILE, Buffer.from(canonicalJson(manifest))), config, ...layers],
    ARCHIVE_MTIME,
  );
}

function archiveRecord(path: string, content: Buffer): TarRecord {
  return { path, type: "file", mode: 0o644, uid: 0, gid: 0, content };
}

/**
 * The one image of a `docker save` archive: Docker 20.10's (a directory per layer with layer.tar,
 * json and VERSION, plus repositories) or Docker 25's (an OCI layout plus manifest.json, with
 * gzip layers when the engine keeps images in containerd's store). With a platform, that
 * platform's image is taken from the archive's OCI index.
 */
export async function readDockerArchive(
  stream: NodeJS.ReadableStream,
  options: ReadArchiveOptions = {},
): Promise<DockerArchiveContents> {
  const entries = entriesByPath(await readTarEntries(stream));
  const image =
    options.platform && entries.has(OCI_INDEX_FILE)
      ? imageOfPlatform(entries, options.platform)
      : manifestImage(entries);
  const config = archiveFile(entries, image.Config);
  const configJson = parseJson(
    config.toString("utf8"),
    `The config ${image.Config} of the docker archive`,
    isImageConfig,
  );
  const platform = configPlatform(configJson);
  if (options.platform && !samePlatform(platform, options.platform)) {
    throw new UnreadableArchiveError(
      `The image is ${formatPlatform(platform)}, not ${formatPlatform(options.platform)}`,
      { hint: `Pull or build it for ${formatPlatform(options.platform)}` },
    );
  }
  const layers = await Promise.all(
    image.Layers.map((path) => archiveLayer(archiveFile(entries, path), path)),
  );
  checkDiffIds(configJson.rootfs.diff_ids, layers, image.Layers);
  return { config, configJson, layers, repoTags: image.RepoTags ?? [], platform };
}

/** A layer the archive holds, as the engine could give it back as a layer of its own. */
export async function layerOfArchive(layer: ArchiveLayer): Promise<Layer> {
  if (!layer.gzip) return createLayer(layer.tar);
  return {
    tar: layer.tar,
    gzip: layer.gzip,
    diffId: sha256Digest(layer.tar),
    digest: sha256Digest(layer.gzip),
    size: layer.gzip.byteLength,
    uncompressedSize: layer.tar.byteLength,
    mediaType: MEDIA_TYPES.layer,
  };
}

function manifestImage(entries: Map<string, TarEntry>): DockerManifestEntry {
  const manifest = parseJson(
    archiveFile(entries, MANIFEST_FILE).toString("utf8"),
    `${MANIFEST_FILE} of the docker archive`,
    isDockerManifest,
  );
  const [image, ...others] = manifest;
  if (image === undefined || others.length > 0) {
    throw new UserError(`The docker archive holds ${manifest.length} images; expected one`, {
      hint: "Save one image at a time",
    });
  }
  return image;
}

interface PlatformImage {
  platform: Platform;
  image: DockerManifestEntry;
}

/** The image of that platform in the archive's OCI index, looking into nested indexes. */
function imageOfPlatform(entries: Map<string, TarEntry>, platform: Platform): DockerManifestEntry {
  const images = indexImages(entries, OCI_INDEX_FILE, 0);
  const match = images.find((candidate) => samePlatform(candidate.platform, platform));
  if (match) return match.image;
  const offered = images.map((candidate) => formatPlatform(candidate.platform)).join(", ") || "none";
  throw new UnreadableArchiveError(
    `The image has no ${formatPlatform(platform)} image in this engine: it holds ${offered}`,
    {
      hint: `Pull it for that platform (docker pull --platform ${formatPlatform(platform)}), or build for one it holds`,
    },
  );
}

/** Every image manifest an index lists whose manifest and config the archive holds. */
function indexImages(entries: Map<string, TarEntry>, path: string, depth: number): PlatformImage[] {
  const blob = optionalFile(entries, path);
  if (!blob || depth > MAX_SYMLINK_HOPS) return [];
  const document = JSON.parse(blob.toString("utf8")) as ArchiveManifest;
  return (document.manifests ?? []).flatMap((descriptor): PlatformImage[] => {
    const descriptorPath = blobPath(descriptor.digest);
    if (isIndexMediaType(descriptor.mediaType)) return indexImages(entries, descriptorPath, depth + 1);
    const manifestBlob = optionalFile(entries, descriptorPath);
    if (!manifestBlob) return [];
    const manifest = JSON.parse(manifestBlob.toString("utf8")) as ArchiveManifest;
    if (!manifest.config || !manifest.layers) return [];
    const config = optionalFile(entries, blobPath(manifest.config.digest));
    if (!config) return [];
    const platform =
      descriptor.platform ?? configPlatform(JSON.parse(config.toString("utf8")) as ImageConfig);
    // Attestations (SBOM, provenance) are listed as unknown/unknown: they are no image to run.
    if (platform.os === "unknown") return [];
    return [
      {
        platform,
        image: {
          Config: blobPath(manifest.config.digest),
          Layers: manifest.layers.map(({ digest }) => blobPath(digest)),
        },
      },
    ];
  });
}

/** The fields of an archive's index.json or manifest blob that choosing a platform reads. */
interface ArchiveManifest {
  manifests?: { mediaType: string; digest: string; platform?: Platform }[];
  config?: { digest: string };
  layers?: { digest: string }[];
}

function blobPath(digest: string): string {
  return `blobs/sha256/${digestHex(digest)}`;
}

/** The layer's tar, from the archive's file: uncompressed (Docker's own store) or gzip (containerd's). */
async function archiveLayer(file: Buffer, path: string): Promise<ArchiveLayer> {
  if (file.subarray(0, 2).equals(GZIP_MAGIC)) return { tar: await gunzipAsync(file), gzip: file };
  if (file.subarray(0, 4).equals(ZSTD_MAGIC)) {
    throw new UnreadableArchiveError(
      `Layer ${path} of the docker archive is zstd-compressed, which quai cannot read yet`,
      {
        hint: "Keep the image's layers in gzip: pull it from a registry that serves gzip, or build it without compression=zstd",
      },
    );
  }
  return { tar: file };
}

function optionalFile(entries: Map<string, TarEntry>, path: string): Buffer | undefined {
  return entries.has(normalizeTarPath(path)) ? archiveFile(entries, path) : undefined;
}

/** A file of the archive, following the symlinks docker save writes for a layer it already archived. */
function archiveFile(entries: Map<string, TarEntry>, path: string): Buffer {
  let current = normalizeTarPath(path);
  for (let hop = 0; hop <= MAX_SYMLINK_HOPS; hop++) {
    const entry = entries.get(current);
    if (entry?.header.type === "symlink") {
      current = normalizeTarPath(posix.join(posix.dirname(current), entry.header.linkname ?? ""));
      continue;
    }
    if (entry?.header.type === "link") return hardlinkedFile(entry, entries).content;
    if (entry?.header.type === "file") return entry.content;
    break;
  }
  throw new UserError(`The docker archive has no file ${path}`, {
    hint: "Check that it was made by docker save",
  });
}

/** Layers that do not hash to the config's diff_ids would make a config that lies about its image. */
function checkDiffIds(diffIds: string[], layers: ArchiveLayer[], paths: string[]): void {
  if (diffIds.length !== layers.length) {
    throw new UnreadableArchiveError(
      `The docker archive has ${layers.length} layers, but its config lists ${diffIds.length}`,
    );
  }
  layers.forEach((layer, position) => {
    const digest = sha256Digest(layer.tar);
    if (digest !== diffIds[position]) {
      throw new UnreadableArchiveError(
        `Layer ${paths[position]} of the docker archive hashes to ${digest}, not the config's ${diffIds[position]}`,
      );
    }
  });
}

function isDockerManifest(value: unknown): value is DockerManifestEntry[] {
  return (
    Array.isArray(value) &&
    value.every(
      (image) =>
        isRecord(image) &&
        typeof image.Config === "string" &&
        (image.RepoTags === null || image.RepoTags === undefined || isStringArray(image.RepoTags)) &&
        isStringArray(image.Layers),
    )
  );
}
