import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { listTar, readTarFile } from "./tar-read";
import { packTar, packTarBuffer, type TarRecord } from "./tar-write";

const EPOCH = 0;

function file(path: string, content: string | Buffer, extra: Partial<TarRecord> = {}): TarRecord {
  return { path, type: "file", mode: 0o644, uid: 0, gid: 0, content: Buffer.from(content), ...extra };
}

describe("packTar", () => {
  it("keeps the last record of a path given twice", async () => {
    const tar = await packTarBuffer([file("a", "old"), file("a", "new")], EPOCH);
    expect((await listTar(tar)).map(({ path }) => path)).toEqual(["a"]);
    expect((await readTarFile(tar, "a"))?.toString()).toBe("new");
  });

  it("streams contents larger than a stream's buffer, unchanged", async () => {
    const big = randomBytes(5 * 1024 * 1024 + 7);
    const chunks: Buffer[] = [];
    for await (const chunk of packTar([file("big", big), file("small", "x")], EPOCH)) chunks.push(chunk);
    expect(chunks.length).toBeGreaterThan(1);
    expect((await readTarFile(Buffer.concat(chunks), "big"))?.equals(big)).toBe(true);
  });

  it("links the members of a hardlink group to the first of them by path", async () => {
    const group = { hardlinkGroup: "inode" };
    const tar = await packTarBuffer(
      [file("z", "same", group), file("m", "same", group), file("q", "other")],
      EPOCH,
    );
    expect((await listTar(tar)).map(({ path, type, linkname }) => [path, type, linkname])).toEqual([
      ["m", "file", undefined],
      ["q", "file", undefined],
      ["z", "link", "m"],
    ]);
  });
});
