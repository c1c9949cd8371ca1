import { PassThrough, Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { listTar, normalizeTarPath, readTarEntries, readTarFile } from "./tar-read";
import { messyTar } from "./test-tar";

describe("normalizeTarPath", () => {
  it.each([
    ["./usr/bin/", "usr/bin"],
    ["/usr/bin", "usr/bin"],
    ["usr//bin/.", "usr/bin"],
    ["./", ""],
    ["../../etc/passwd", "etc/passwd"],
  ])("%s is %s", (path, normalized) => {
    expect(normalizeTarPath(path)).toBe(normalized);
  });
});

describe("reading tars", () => {
  const files = [
    { header: { name: "./etc/", type: "directory" as const } },
    { header: { name: "./etc/hostname" }, content: "first" },
    { header: { name: "etc/hostname" }, content: "second" },
  ];

  it("lists every entry, as the tar holds them", async () => {
    expect((await listTar(await messyTar(files))).map(({ path }) => path)).toEqual([
      "etc",
      "etc/hostname",
      "etc/hostname",
    ]);
  });

  it("reads a file by any spelling of its path, the last entry winning as in extraction", async () => {
    const tar = await messyTar(files);
    expect((await readTarFile(tar, "/etc/hostname"))?.toString()).toBe("second");
    expect(await readTarFile(tar, "etc")).toBeUndefined();
    expect(await readTarFile(tar, "etc/missing")).toBeUndefined();
  });

  it("reads a stream as well as a buffer", async () => {
    const tar = await messyTar(files);
    const entries = await readTarEntries(Readable.from([tar.subarray(0, 700), tar.subarray(700)]));
    expect(entries.map(({ content }) => content.toString())).toEqual(["", "first", "second"]);
  });

  it("fails on a truncated tar and on a stream that fails", async () => {
    const tar = await messyTar(files);
    await expect(readTarEntries(tar.subarray(0, 1000))).rejects.toThrowError("Unexpected end of data");
    const failing = new PassThrough();
    failing.write(tar.subarray(0, 600));
    setImmediate(() => failing.destroy(new Error("connection reset")));
    await expect(readTarEntries(failing)).rejects.toThrowError("connection reset");
  });
});
