import { describe, expect, it } from "vitest";
import { memoryLayer, mergeLayers, normalizeImagePath } from "./image-filesystem";

const paths = (layers: Parameters<typeof mergeLayers>[0]) =>
  mergeLayers(layers)
    .files()
    .map(({ path }) => path);

describe("mergeLayers", () => {
  it("lets a later layer replace a file, and reads it from that layer", () => {
    const base = memoryLayer("base", { "etc/motd": "base", "etc/hosts": "hosts" }, { fromBase: true });
    const app = memoryLayer("app", { "etc/motd": "app!" });
    const filesystem = mergeLayers([base, app]);

    expect(filesystem.read("etc/motd")?.toString()).toBe("app!");
    expect(filesystem.get("etc/motd")).toMatchObject({ layer: 1, size: 4, type: "file" });
    expect(filesystem.layerOf("etc/motd")).toBe(app);
    expect(filesystem.layerOf("etc/hosts")).toBe(base);
    expect(filesystem.get("etc/missing")).toBeUndefined();
    expect(filesystem.read("etc/missing")).toBeUndefined();
    expect(filesystem.layerOf("etc/missing")).toBeUndefined();
  });

  it("lists every path once, sorted by path", () => {
    const layers = [
      memoryLayer("base", { "b/x": "1", a: { type: "directory" } }),
      memoryLayer("app", { "b/x": "2", c: "3" }),
    ];
    expect(paths(layers)).toEqual(["a", "b/x", "c"]);
  });

  it("deletes a whited-out path and everything under it, but not a path that only shares its prefix", () => {
    const base = memoryLayer("base", {
      "usr/bin/gcc": "elf",
      "usr/lib/gcc/x/12/cc1": "elf",
      "usr/lib/gccgo": "elf",
    });
    const cleanup = memoryLayer("cleanup", { "usr/bin/.wh.gcc": "", "usr/lib/.wh.gcc": "" });
    expect(paths([base, cleanup])).toEqual(["usr/lib/gccgo"]);
  });

  it("empties an opaque directory of what lower layers put there, keeping the directory and its own layer's files", () => {
    const base = memoryLayer("base", {
      app: { type: "directory" },
      "app/old.js": "old",
      "app/lib/x.js": "x",
    });
    const app = memoryLayer("app", { "app/new.js": "new", "app/.wh..wh..opq": "" });
    expect(paths([base, app])).toEqual(["app", "app/new.js"]);
  });

  it("never hides files of the whiteout's own layer, and a later layer can bring a path back", () => {
    const base = memoryLayer("base", { "app/config.json": "base" });
    const same = memoryLayer("same", { "app/config.json": "same", "app/.wh.config.json": "" });
    expect(mergeLayers([base, same]).read("app/config.json")?.toString()).toBe("same");

    const removed = memoryLayer("removed", { "app/.wh.config.json": "" });
    const restored = memoryLayer("restored", { "app/config.json": "restored" });
    expect(mergeLayers([base, removed, restored]).read("app/config.json")?.toString()).toBe("restored");
  });

  it("accepts paths as tars write them, and reads through the layer's own spelling", () => {
    const layer = memoryLayer("app", {
      "./app/": { type: "directory" },
      "/app/index.js": "js",
      "./": { type: "directory" },
    });
    const filesystem = mergeLayers([layer]);
    expect(filesystem.files().map(({ path }) => path)).toEqual(["app", "app/index.js"]);
    expect(filesystem.read("/app/index.js")?.toString()).toBe("js");
  });

  it("reads a hard link's content from the file it links to in the same layer", () => {
    const base = memoryLayer("base", { "usr/bin/node": "base node" });
    const layer = memoryLayer("runtime", {
      "usr/bin/node": "node",
      "usr/local/bin/node": { type: "hardlink", linkname: "usr/bin/node" },
    });
    expect(mergeLayers([base, layer]).read("usr/local/bin/node")?.toString()).toBe("node");
  });
});

describe("normalizeImagePath", () => {
  it.each([
    ["./app/", "app"],
    ["/app/x", "app/x"],
    [".env", ".env"],
    ["./", ""],
    [".", ""],
  ])("%j → %j", (path, expected) => {
    expect(normalizeImagePath(path)).toBe(expected);
  });
});
