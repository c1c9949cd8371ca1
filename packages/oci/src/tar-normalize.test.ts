import { InvalidValueError, UserError } from "@quai/core";
import { describe, expect, it } from "vitest";
import { type LayerEntry, normalizeTar, tarFromEntries } from "./tar-normalize";
import { listTar, readTarEntries, readTarFile } from "./tar-read";
import { type MessyHeader, messyTar } from "./test-tar";

const EPOCH = 1_700_000_000;

/** The same files as two tools at two times would archive them: other order, names, times, PAX. */
function appFiles(variant: "a" | "b"): Array<{ header: MessyHeader; content?: string }> {
  const mtime = new Date(variant === "a" ? 1_600_000_000_000 : 1_650_000_000_000);
  const pax = { atime: variant === "a" ? "1600000000.5" : "1650000000.25", ctime: "1600000001" };
  const owner = {
    uid: 1000,
    gid: 1000,
    uname: variant === "a" ? "alice" : "bob",
    gname: "staff",
    mtime,
    pax,
  };
  const entries = [
    { header: { ...owner, name: variant === "a" ? "./" : "/", type: "directory" as const, mode: 0o755 } },
    {
      header: { ...owner, name: variant === "a" ? "./bin/" : "bin", type: "directory" as const, mode: 0o755 },
    },
    { header: { ...owner, name: "./bin/run", mode: 0o4755 }, content: "#!/bin/sh\necho run\n" },
    // Mode 0 with the file-type bits, or tar-stream would write it as 0644.
    {
      header: { ...owner, name: variant === "a" ? "./secret" : "secret", mode: 0o100000 },
      content: "nobody reads me",
    },
    { header: { ...owner, name: "./current", type: "symlink" as const, linkname: "bin/run" } },
  ];
  return variant === "a" ? entries : entries.reverse();
}

describe("normalizeTar", () => {
  it("gives the same bytes for the same files, whatever their order, times, owner names and PAX records", async () => {
    const first = await normalizeTar(await messyTar(appFiles("a")), { mtime: EPOCH });
    const second = await normalizeTar(await messyTar(appFiles("b")), { mtime: EPOCH });
    expect(second.equals(first)).toBe(true);
  });

  it("sorts entries by path and keeps modes, owners, symlinks and contents", async () => {
    const tar = await normalizeTar(await messyTar(appFiles("b")), { mtime: EPOCH });
    expect(await listTar(tar)).toEqual([
      { path: "bin", type: "directory", size: 0, mode: 0o755, uid: 1000, gid: 1000 },
      { path: "bin/run", type: "file", size: 19, mode: 0o4755, uid: 1000, gid: 1000 },
      { path: "current", type: "symlink", size: 0, mode: 0o644, uid: 1000, gid: 1000, linkname: "bin/run" },
      { path: "secret", type: "file", size: 15, mode: 0, uid: 1000, gid: 1000 },
    ]);
    expect((await readTarFile(tar, "/bin/run"))?.toString()).toBe("#!/bin/sh\necho run\n");
  });

  it("writes the epoch as every mtime, no owner names and no PAX records", async () => {
    const tar = await normalizeTar(await messyTar(appFiles("a")), { mtime: EPOCH });
    for (const { header } of await readTarEntries(tar)) {
      expect(header.mtime).toEqual(new Date(EPOCH * 1000));
      expect([header.uname, header.gname]).toEqual(["", ""]);
      expect(header.pax).toBeNull();
    }
  });

  it("marks directories with one trailing slash, as GNU tar does", async () => {
    const tar = await normalizeTar(await messyTar(appFiles("b")), { mtime: EPOCH });
    expect((await readTarEntries(tar)).map(({ header }) => header.name)).toEqual([
      "bin/",
      "bin/run",
      "current",
      "secret",
    ]);
  });

  it("puts everything under the prefix, the archive's root becoming the prefix directory", async () => {
    const tar = await normalizeTar(await messyTar(appFiles("a")), { mtime: EPOCH, prefix: "/srv/app/" });
    expect((await listTar(tar)).map(({ path }) => path)).toEqual([
      "srv/app",
      "srv/app/bin",
      "srv/app/bin/run",
      "srv/app/current",
      "srv/app/secret",
    ]);
  });

  it("forces the owner when told to", async () => {
    const tar = await normalizeTar(await messyTar(appFiles("a")), {
      mtime: EPOCH,
      owner: { uid: 10001, gid: 0 },
    });
    expect(new Set((await listTar(tar)).map(({ uid, gid }) => `${uid}:${gid}`))).toEqual(
      new Set(["10001:0"]),
    );
  });

  it("leaves out what exclude matches, seeing paths before the prefix", async () => {
    const seen: string[] = [];
    const tar = await normalizeTar(await messyTar(appFiles("a")), {
      mtime: EPOCH,
      prefix: "app",
      exclude: (path) => {
        seen.push(path);
        return path.startsWith("bin");
      },
    });
    expect(seen).toContain("bin/run");
    expect((await listTar(tar)).map(({ path }) => path)).toEqual(["app", "app/current", "app/secret"]);
  });

  it("writes long and non-ASCII paths the same way every time", async () => {
    const long = `${"deep/".repeat(30)}file.txt`;
    const files = [
      { header: { name: long, mtime: new Date(1) }, content: "deep" },
      { header: { name: "café/menu.txt", mtime: new Date(2) }, content: "crème" },
    ];
    const first = await normalizeTar(await messyTar(files), { mtime: EPOCH });
    const second = await normalizeTar(await messyTar(files.reverse()), { mtime: EPOCH });
    expect(second.equals(first)).toBe(true);
    expect((await listTar(first)).map(({ path }) => path)).toEqual(["café/menu.txt", long]);
    expect((await readTarFile(first, "café/menu.txt"))?.toString()).toBe("crème");
  });

  it("refuses devices and fifos, naming the path", async () => {
    const input = await messyTar([
      { header: { name: "dev/null", type: "character-device", devmajor: 1, devminor: 3 } },
    ]);
    const refusal = normalizeTar(input, { mtime: EPOCH });
    await expect(refusal).rejects.toThrowError(UserError);
    await expect(refusal).rejects.toThrowError(
      "dev/null is a character-device; an application layer holds only files, directories and links",
    );
  });

  it("refuses an epoch a tar header cannot hold", async () => {
    await expect(normalizeTar(await messyTar([]), { mtime: 2 ** 31 })).rejects.toThrowError(
      InvalidValueError,
    );
  });
});

describe("normalizeTar with hardlinks", () => {
  /** Two names of one inode; `holder` is the one whose entry carries the content, as tar writes it. */
  function linkedFiles(holder: "b/data" | "a/data"): Array<{ header: MessyHeader; content?: string }> {
    const other = holder === "b/data" ? "a/data" : "b/data";
    return [
      { header: { name: holder, mode: 0o640, uid: 7, gid: 7 }, content: "shared" },
      { header: { name: other, type: "link", linkname: `./${holder}`, mode: 0o640, uid: 7, gid: 7 } },
      { header: { name: "c/data", type: "link", linkname: other, mode: 0o640, uid: 7, gid: 7 } },
    ];
  }

  it("puts the content on the first path and links the others to it, whichever held it before", async () => {
    const first = await normalizeTar(await messyTar(linkedFiles("b/data")), { mtime: EPOCH });
    const second = await normalizeTar(await messyTar(linkedFiles("a/data")), { mtime: EPOCH });
    expect(second.equals(first)).toBe(true);
    expect(await listTar(first)).toEqual([
      { path: "a/data", type: "file", size: 6, mode: 0o640, uid: 7, gid: 7 },
      { path: "b/data", type: "link", size: 0, mode: 0o640, uid: 7, gid: 7, linkname: "a/data" },
      { path: "c/data", type: "link", size: 0, mode: 0o640, uid: 7, gid: 7, linkname: "a/data" },
    ]);
    expect((await readTarFile(first, "c/data"))?.toString()).toBe("shared");
  });

  it("moves the content to the next path when the file holding it is excluded", async () => {
    const tar = await normalizeTar(await messyTar(linkedFiles("a/data")), {
      mtime: EPOCH,
      exclude: (path) => path === "a/data",
    });
    expect((await listTar(tar)).map(({ path, type }) => `${type} ${path}`)).toEqual([
      "file b/data",
      "link c/data",
    ]);
    expect((await readTarFile(tar, "c/data"))?.toString()).toBe("shared");
  });

  it("prefixes hardlink targets with the entries", async () => {
    const tar = await normalizeTar(await messyTar(linkedFiles("b/data")), { mtime: EPOCH, prefix: "app" });
    expect((await listTar(tar)).map(({ linkname }) => linkname)).toEqual([
      undefined,
      "app/a/data",
      "app/a/data",
    ]);
  });

  it("refuses a hardlink to a file the archive does not hold", async () => {
    const input = await messyTar([{ header: { name: "b", type: "link", linkname: "missing" } }]);
    await expect(normalizeTar(input, { mtime: EPOCH })).rejects.toThrowError(
      "Hardlink b points to missing, which is not a file in the archive",
    );
  });
});

describe("tarFromEntries", () => {
  const entries: LayerEntry[] = [
    { path: "/etc/passwd", type: "file", mode: 0o644, content: "app:x:10001:10001::/:/sbin/nologin\n" },
    { path: "/etc", type: "directory", mode: 0o755 },
    {
      path: "/entrypoint.sh",
      type: "file",
      mode: 0o755,
      uid: 10001,
      gid: 10001,
      content: Buffer.from("#!/bin/sh\n"),
    },
    { path: "/bin/entry", type: "symlink", mode: 0o777, linkname: "/entrypoint.sh" },
  ];

  it("gives the same bytes whatever the order of the entries", async () => {
    const first = await tarFromEntries(entries, EPOCH);
    const second = await tarFromEntries([...entries].reverse(), EPOCH);
    expect(second.equals(first)).toBe(true);
  });

  it("writes the entries as normalizeTar writes files", async () => {
    const tar = await tarFromEntries(entries, EPOCH);
    expect(await listTar(tar)).toEqual([
      {
        path: "bin/entry",
        type: "symlink",
        size: 0,
        mode: 0o777,
        uid: 0,
        gid: 0,
        linkname: "/entrypoint.sh",
      },
      { path: "entrypoint.sh", type: "file", size: 10, mode: 0o755, uid: 10001, gid: 10001 },
      { path: "etc", type: "directory", size: 0, mode: 0o755, uid: 0, gid: 0 },
      { path: "etc/passwd", type: "file", size: 35, mode: 0o644, uid: 0, gid: 0 },
    ]);
    expect((await normalizeTar(tar, { mtime: EPOCH })).equals(tar)).toBe(true);
  });

  it("refuses a symlink without a target and an entry without a path", async () => {
    await expect(tarFromEntries([{ path: "/x", type: "symlink", mode: 0o777 }], EPOCH)).rejects.toThrowError(
      "Symlink x needs a linkname",
    );
    await expect(tarFromEntries([{ path: "/", type: "directory", mode: 0o755 }], EPOCH)).rejects.toThrowError(
      'A layer entry needs a path below /, not "/"',
    );
  });

  it("refuses an owner a tar header cannot hold", async () => {
    await expect(
      tarFromEntries([{ path: "x", type: "file", mode: 0o644, uid: 300_000, gid: 0 }], EPOCH),
    ).rejects.toThrowError("Owner 300000:0 of x is too large for a tar header");
  });
});
