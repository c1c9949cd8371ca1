import { Readable } from "node:stream";
import { buffer } from "node:stream/consumers";
import { UserError } from "@quai/core";
import tarStream, { type Header } from "tar-stream";
import { epochDate } from "./epoch";

/** One entry of a tar to write, already normalised (see normalizeTarPath). */
export interface TarRecord {
  path: string;
  type: "file" | "directory" | "symlink";
  /** Permission bits only (PERMISSION_BITS). */
  mode: number;
  uid: number;
  gid: number;
  /** A file's content; empty for the other types. */
  content: Buffer;
  linkname?: string;
  /**
   * Files with the same key share one inode. The first of them in the tar holds the content and the
   * rest hardlink to it, so which one that is depends on the paths only, never on the input order.
   */
  hardlinkGroup?: string;
}

/**
 * tar-stream replaces a mode of 0 with 0644 (or 0755), so headers carry the file-type bits too:
 * the mode is never 0, and the encoder keeps only the low 12 bits anyway.
 */
const FILE_TYPE_BITS = { file: 0o100000, directory: 0o040000, symlink: 0o120000 } as const;

/** tar-stream writes ids in 6 octal digits, and silently writes larger ones as 0777777. */
const LARGEST_ID = 0o777777;

/**
 * The tar the records make, the same bytes for the same records whatever their order: sorted by
 * path (a parent sorts before its children), one mtime for all, no user or group names, no PAX
 * records beyond long or non-ASCII names. A path given twice keeps its last record.
 */
export function packTar(records: TarRecord[], mtime: number): Readable {
  const date = epochDate(mtime);
  const pack = tarStream.pack();
  const firstOfGroup = new Map<string, string>();
  for (const record of inPathOrder(records)) {
    const entryHeader = header(record, date);
    const group = record.hardlinkGroup;
    const firstPath = group === undefined ? undefined : firstOfGroup.get(group);
    if (firstPath === undefined) {
      if (group !== undefined) firstOfGroup.set(group, record.path);
      pack.entry(entryHeader, record.content);
    } else {
      pack.entry({ ...entryHeader, type: "link", size: 0, linkname: firstPath });
    }
  }
  pack.finalize();
  return Readable.from(pack);
}

export async function packTarBuffer(records: TarRecord[], mtime: number): Promise<Buffer> {
  return buffer(packTar(records, mtime));
}

function inPathOrder(records: TarRecord[]): TarRecord[] {
  const byPath = new Map(records.map((record) => [record.path, record]));
  return [...byPath.values()].sort((a, b) => (a.path < b.path ? -1 : 1));
}

function header(record: TarRecord, mtime: Date): Header {
  checkIds(record);
  return {
    // A trailing slash marks directories, as GNU tar and Docker write them.
    name: record.type === "directory" ? `${record.path}/` : record.path,
    type: record.type,
    mode: FILE_TYPE_BITS[record.type] | record.mode,
    uid: record.uid,
    gid: record.gid,
    size: record.type === "file" ? record.content.byteLength : 0,
    mtime,
    linkname: record.linkname ?? "",
    uname: "",
    gname: "",
    devmajor: 0,
    devminor: 0,
  };
}

function checkIds(record: TarRecord): void {
  if (record.uid > LARGEST_ID || record.gid > LARGEST_ID) {
    throw new UserError(`Owner ${record.uid}:${record.gid} of ${record.path} is too large for a tar header`, {
      hint: `Give the layer an owner below ${LARGEST_ID + 1}`,
    });
  }
}
