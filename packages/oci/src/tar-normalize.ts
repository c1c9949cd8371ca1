import { UserError } from "@quai/core";
import {
  entriesByPath,
  hardlinkedFile,
  normalizeTarPath,
  PERMISSION_BITS,
  readTarEntries,
  type TarEntry,
  type TarEntryType,
  type TarInput,
} from "./tar-read";
import { packTarBuffer, type TarRecord } from "./tar-write";

export interface NormalizeOptions {
  /** Every entry's mtime: the build's SOURCE_DATE_EPOCH, in seconds. */
  mtime: number;
  /** Put before every path, e.g. "app/" to have the archive's files under /app. */
  prefix?: string;
  /** The owner of every entry; by default each keeps its numeric ids. */
  owner?: { uid: number; gid: number };
  /** Leaves out the entries it returns true for. It sees normalised paths, before the prefix. */
  exclude?: (path: string) => boolean;
}

/** An entry of a small generated layer (an entrypoint script, /etc/passwd). */
export interface LayerEntry {
  path: string;
  type: "file" | "directory" | "symlink";
  mode: number;
  uid?: number;
  gid?: number;
  content?: Buffer | string;
  linkname?: string;
}

/**
 * Rewrites any tar (`docker cp`'s, with real mtimes, user names and PAX records) into a layer tar
 * that depends only on the files: see packTar for the order and headers. Content, modes
 * (permissions, setuid, setgid, sticky), numeric owners, symlinks and hardlinks are kept; xattrs,
 * atime and ctime are dropped.
 */
export async function normalizeTar(input: TarInput, options: NormalizeOptions): Promise<Buffer> {
  const entries = entriesByPath(await readTarEntries(input));
  const groups = hardlinkGroups(entries);
  const records: TarRecord[] = [];
  for (const [path, entry] of entries) {
    if (options.exclude?.(path)) continue;
    const layerPath = normalizeTarPath(`${options.prefix ?? ""}/${path}`);
    // The archive's root, "./", is the image's root unless a prefix gives it a name.
    if (layerPath === "") continue;
    const file = entry.header.type === "link" ? hardlinkedFile(entry, entries) : entry;
    records.push({ ...recordOf(file, layerPath, options.owner), hardlinkGroup: groups.get(path) });
  }
  return packTarBuffer(records, options.mtime);
}

/** A deterministic tar of in-memory entries, with the same order and headers as normalizeTar's. */
export async function tarFromEntries(entries: LayerEntry[], mtime: number): Promise<Buffer> {
  return packTarBuffer(entries.map(recordOfLayerEntry), mtime);
}

/**
 * The group of every path that shares an inode with another, keyed by the path of the file that
 * holds the content in the input: the hardlinks and the files they link to.
 */
function hardlinkGroups(entries: Map<string, TarEntry>): Map<string, string> {
  const groups = new Map<string, string>();
  for (const [path, entry] of entries) {
    if (entry.header.type !== "link") continue;
    const group = normalizeTarPath(hardlinkedFile(entry, entries).header.name);
    groups.set(path, group);
    groups.set(group, group);
  }
  return groups;
}

function recordOf(entry: TarEntry, path: string, owner: NormalizeOptions["owner"]): TarRecord {
  const { header } = entry;
  return {
    path,
    type: layerType(header.type, path),
    mode: header.mode & PERMISSION_BITS,
    uid: owner?.uid ?? header.uid,
    gid: owner?.gid ?? header.gid,
    content: entry.content,
    linkname: header.type === "symlink" ? header.linkname : undefined,
  };
}

function layerType(type: TarEntryType, path: string): TarRecord["type"] {
  if (type === "file" || type === "contiguous-file") return "file";
  if (type === "directory" || type === "symlink") return type;
  throw new UserError(`${path} is a ${type}; an application layer holds only files, directories and links`, {
    hint: "Leave it out of the layer with exclude",
  });
}

function recordOfLayerEntry(entry: LayerEntry): TarRecord {
  const path = normalizeTarPath(entry.path);
  if (path === "") {
    throw new UserError(`A layer entry needs a path below /, not ${JSON.stringify(entry.path)}`);
  }
  if (entry.type === "symlink" && !entry.linkname) throw new UserError(`Symlink ${path} needs a linkname`);
  return {
    path,
    type: entry.type,
    mode: entry.mode & PERMISSION_BITS,
    uid: entry.uid ?? 0,
    gid: entry.gid ?? 0,
    content: entry.type === "file" ? Buffer.from(entry.content ?? "") : Buffer.alloc(0),
    linkname: entry.type === "symlink" ? entry.linkname : undefined,
  };
}
