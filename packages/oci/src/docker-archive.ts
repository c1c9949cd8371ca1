import { posix } from "node:path";
import type { Readable } from "node:stream";
import { UserError } from "@quai/core";
import { canonicalJson } from "./canonical-json";
import { digestHex, sha256Digest } from "./digest";
import { type ImageConfig, isImageConfig } from "./image-config";
import type { Layer } from "./layer";
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

export interface DockerArchiveContents {
  /** The config's exact bytes: their digest is the image ID. */
  config: Buffer;
  configJson: ImageConfig;
  /** Uncompressed layer tars, base first, each checked against its diff_id. */
  layers: Buffer[];
  repoTags: string[];
}

const MANIFEST_FILE = "manifest.json";
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
 * json and VERSION, plus repositories) or Docker 25's (an OCI layout plus manifest.json). Both are
 * read through manifest.json.
 */
export async function readDockerArchive(stream: NodeJS.ReadableStream): Promise<DockerArchiveContents> {
  const entries = entriesByPath(await readTarEntries(stream));
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
  const config = archiveFile(entries, image.Config);
  const configJson = parseJson(
    config.toString("utf8"),
    `The config ${image.Config} of the docker archive`,
    isImageConfig,
  );
  const layers = image.Layers.map((path) => archiveFile(entries, path));
  checkDiffIds(configJson.rootfs.diff_ids, layers, image.Layers);
  return { config, configJson, layers, repoTags: image.RepoTags ?? [] };
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
function checkDiffIds(diffIds: string[], layers: Buffer[], paths: string[]): void {
  if (diffIds.length !== layers.length) {
    throw new UserError(
      `The docker archive has ${layers.length} layers, but its config lists ${diffIds.length}`,
    );
  }
  layers.forEach((layer, position) => {
    const digest = sha256Digest(layer);
    if (digest !== diffIds[position]) {
      throw new UserError(
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
