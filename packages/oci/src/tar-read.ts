import { posix } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { UserError } from "@quai/core";
import tarStream, { type Extract, type Header } from "tar-stream";

/** A whole tar in memory, or a stream of one (dockerode hands out NodeJS.ReadableStream). */
export type TarInput = Buffer | NodeJS.ReadableStream;

/** One entry of a tar as it was read: its header (PAX records applied) and its content. */
export interface TarEntry {
  header: Header;
  content: Buffer;
}

export type TarEntryType = Header["type"];

/** What an audit needs to know about one entry. */
export interface TarEntryInfo {
  /** Normalised: no leading "./" or "/", no trailing "/". */
  path: string;
  type: TarEntryType;
  size: number;
  /** Permission bits, with setuid, setgid and sticky. */
  mode: number;
  uid: number;
  gid: number;
  linkname?: string;
}

/** The permission bits a layer keeps: rwx for all, plus setuid, setgid and sticky. */
export const PERMISSION_BITS = 0o7777;

/** Chunks a tar in memory is fed in: tar-stream is slow on one chunk of hundreds of MiB. */
const FEED_CHUNK_BYTES = 1 << 20;

export async function readTarEntries(tar: TarInput): Promise<TarEntry[]> {
  const extract = tarStream.extract();
  const source = Buffer.isBuffer(tar) ? Readable.from(chunksOf(tar)) : tar;
  // pipeline destroys the source when the tar is bad, so an engine's response is never left hanging.
  const [entries] = await Promise.all([collectEntries(extract), pipeline(source, extract)]);
  return entries;
}

function* chunksOf(tar: Buffer): Generator<Buffer> {
  for (let offset = 0; offset < tar.length; offset += FEED_CHUNK_BYTES) {
    yield tar.subarray(offset, offset + FEED_CHUNK_BYTES);
  }
}

/**
 * Every entry with its content. Events rather than async iteration: a layer has thousands of
 * entries, and the per-entry cost of iterators and stream consumers doubled the time to read one.
 */
function collectEntries(extract: Extract): Promise<TarEntry[]> {
  const entries: TarEntry[] = [];
  return new Promise((resolve, reject) => {
    extract.on("entry", (header, stream, next) => {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk) => chunks.push(chunk as Buffer));
      stream.on("end", () => {
        entries.push({
          header,
          content: chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks),
        });
        next();
      });
    });
    extract.on("finish", () => resolve(entries));
    extract.on("error", reject);
  });
}

/**
 * A tar path as a layer names it: "./usr/bin/", "/usr/bin" and "usr//bin" are all "usr/bin". ".."
 * cannot climb above the root, as when a runtime extracts the layer; the root itself is "".
 */
export function normalizeTarPath(path: string): string {
  return posix.normalize(`/${path}`).slice(1).replace(/\/$/, "");
}

export async function listTar(tar: TarInput): Promise<TarEntryInfo[]> {
  return (await readTarEntries(tar)).map(({ header }) => ({
    path: normalizeTarPath(header.name),
    type: header.type,
    size: header.size,
    mode: header.mode & PERMISSION_BITS,
    uid: header.uid,
    gid: header.gid,
    ...(header.linkname ? { linkname: header.linkname } : {}),
  }));
}

/** The content of the file at `path` (hardlinks followed), or undefined when the tar has no such file. */
export async function readTarFile(tar: TarInput, path: string): Promise<Buffer | undefined> {
  const entries = entriesByPath(await readTarEntries(tar));
  const entry = entries.get(normalizeTarPath(path));
  if (entry?.header.type === "link") return hardlinkedFile(entry, entries).content;
  return entry?.header.type === "file" ? entry.content : undefined;
}

/** Entries by normalised path; a later entry for the same path replaces an earlier one, as extraction does. */
export function entriesByPath(entries: TarEntry[]): Map<string, TarEntry> {
  return new Map(entries.map((entry) => [normalizeTarPath(entry.header.name), entry]));
}

/** The file entry that holds a hardlink's content: its target, or its target's target. */
export function hardlinkedFile(link: TarEntry, entries: Map<string, TarEntry>): TarEntry {
  const seen = new Set<TarEntry>();
  let entry = link;
  while (entry.header.type === "link") {
    seen.add(entry);
    const target = entries.get(normalizeTarPath(entry.header.linkname ?? ""));
    if (target === undefined || seen.has(target)) {
      throw new UserError(
        `Hardlink ${link.header.name} points to ${entry.header.linkname}, which is not a file in the archive`,
        { hint: "Archive the hardlink together with the file it links to" },
      );
    }
    entry = target;
  }
  return entry;
}
