/** What a tar entry of a layer is; "other" covers devices and FIFOs. */
export type ImageFileType = "file" | "directory" | "symlink" | "hardlink" | "other";

/** One path of an image's merged filesystem. */
export interface ImageFile {
  /** Relative to the image root, without a leading slash: "app/node_modules/ms/package.json". */
  path: string;
  type: ImageFileType;
  size: number;
  mode: number;
  uid: number;
  gid: number;
  /** Where a symlink points, or the path a hard link shares its content with. */
  linkname?: string;
  /** Index, in the layers given to `mergeLayers`, of the layer that last wrote this path. */
  layer: number;
}

/** One layer as its tar lists it: whiteouts included, paths as written ("./" and "/" are tolerated). */
export interface LayerView {
  /** What the layer holds, for messages: "base", "dependencies", "app", "quai". */
  description: string;
  /** True for the layers of the base image, which the user chose but did not write. */
  fromBase: boolean;
  /**
   * True for a layer of the user's own Dockerfile, where the layers of its FROM image and those its
   * steps wrote are not told apart: they count as added (fromBase is false).
   */
  fromDockerfile?: boolean;
  files: Omit<ImageFile, "layer">[];
  /** The content of a regular file of this layer, by its path as listed in `files`. */
  read(path: string): Buffer | undefined;
}

/** The files a container started from the image would see. */
export interface ImageFilesystem {
  /** Every path of the image, sorted by path. */
  files(): ImageFile[];
  get(path: string): ImageFile | undefined;
  /** The content of a regular file or hard link, from the layer that last wrote it. */
  read(path: string): Buffer | undefined;
  layerOf(path: string): LayerView | undefined;
}

const WHITEOUT_PREFIX = ".wh.";
const OPAQUE_WHITEOUT = ".wh..wh..opq";

/** "./app/", "/app" and "app" all name the same image path: "app". The root is "". */
export function normalizeImagePath(path: string): string {
  const trimmed = path.replace(/^(?:\.?\/)+/, "").replace(/\/+$/, "");
  return trimmed === "." ? "" : trimmed;
}

/** True when `path` is `root` itself or anything under it. */
export function isAtOrUnder(path: string, root: string): boolean {
  return path === root || path.startsWith(`${root}/`);
}

/** Regular files and hard links have content; directories, symlinks and devices do not. */
export function hasContent(file: ImageFile): boolean {
  return file.type === "file" || file.type === "hardlink";
}

interface MergedEntry {
  file: ImageFile;
  /** The path as the layer's tar wrote it, which is what `LayerView.read` expects. */
  sourcePath: string;
}

/**
 * Stacks layers, lowest first, the way an OCI runtime does: a later layer replaces a path, `.wh.<name>`
 * deletes `<name>` and everything under it from the layers below, and `.wh..wh..opq` empties its
 * directory of everything the layers below put there. Whiteouts never hide files of their own layer.
 */
export function mergeLayers(layers: LayerView[]): ImageFilesystem {
  const entries = new Map<string, MergedEntry>();
  layers.forEach((layer, index) => {
    const listed = layer.files
      .map((file) => ({
        file: { ...file, path: normalizeImagePath(file.path), layer: index },
        sourcePath: file.path,
      }))
      .filter(({ file }) => file.path !== "");
    const [whiteouts, additions] = partition(listed, ({ file }) =>
      baseName(file.path).startsWith(WHITEOUT_PREFIX),
    );
    for (const { file } of whiteouts) removeWhitedOut(entries, file.path);
    for (const entry of additions) entries.set(entry.file.path, entry);
  });

  const sorted = [...entries.values()].map(({ file }) => file).sort((a, b) => (a.path < b.path ? -1 : 1));
  return {
    files: () => [...sorted],
    get: (path) => entries.get(normalizeImagePath(path))?.file,
    read: (path) => {
      const entry = entries.get(normalizeImagePath(path));
      if (entry === undefined) return undefined;
      const { file, sourcePath } = entry;
      // A tar stores a hard link's content once, under the path it links to in the same layer.
      const contentPath =
        file.type === "hardlink" && file.linkname !== undefined ? file.linkname : sourcePath;
      return layers[file.layer]?.read(contentPath);
    },
    layerOf: (path) => {
      const file = entries.get(normalizeImagePath(path))?.file;
      return file === undefined ? undefined : layers[file.layer];
    },
  };
}

function removeWhitedOut(entries: Map<string, MergedEntry>, whiteoutPath: string): void {
  const directory = parentOf(whiteoutPath);
  const name = baseName(whiteoutPath);
  const hides =
    name === OPAQUE_WHITEOUT
      ? (path: string) => directory === "" || path.startsWith(`${directory}/`)
      : (path: string) => isAtOrUnder(path, joinPath(directory, name.slice(WHITEOUT_PREFIX.length)));
  for (const path of entries.keys()) {
    if (hides(path)) entries.delete(path);
  }
}

function partition<T>(items: T[], predicate: (item: T) => boolean): [T[], T[]] {
  return [items.filter(predicate), items.filter((item) => !predicate(item))];
}

export function baseName(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}

function parentOf(path: string): string {
  const slash = path.lastIndexOf("/");
  return slash === -1 ? "" : path.slice(0, slash);
}

/** Joins image paths, ignoring an empty root: joinPath("", "x") is "x". */
export function joinPath(root: string, relative: string): string {
  return root === "" ? relative : `${root}/${relative}`;
}

/** A path of an in-memory layer: the content of a regular file, or the entry itself for anything else. */
export type MemoryEntry = string | Buffer | Partial<Omit<ImageFile, "path" | "layer">>;

/**
 * A layer held in memory, e.g. the small quai layer built beside the image, or a test's layers.
 * `{ "app/.wh.old": "" }` whites out like any layer; entries default to root-owned regular files.
 */
export function memoryLayer(
  description: string,
  entries: Record<string, MemoryEntry>,
  options: { fromBase?: boolean; fromDockerfile?: boolean } = {},
): LayerView {
  const contents = new Map<string, Buffer>();
  const files = Object.entries(entries).map(([path, entry]) => {
    if (typeof entry === "string" || Buffer.isBuffer(entry)) {
      const content = Buffer.from(entry);
      contents.set(path, content);
      return { path, type: "file" as const, size: content.length, mode: 0o644, uid: 0, gid: 0 };
    }
    return {
      path,
      type: "file" as const,
      size: 0,
      mode: entry.type === "directory" ? 0o755 : 0o644,
      uid: 0,
      gid: 0,
      ...entry,
    };
  });
  return {
    description,
    fromBase: options.fromBase ?? false,
    fromDockerfile: options.fromDockerfile,
    files,
    read: (path) => contents.get(path),
  };
}
