import type { Metafile } from "esbuild";
import { describe, expect, it } from "vitest";
import { bundleLimitProblems, MAX_START_UP_BYTES, startUpFiles } from "./bundle-limits";

const KiB = 1024;

/** A metafile's outputs under `dist`, each with the outputs it imports and how. */
function metafileOf(
  outputs: Record<string, { path: string; kind: "import-statement" | "dynamic-import" }[]>,
) {
  return {
    inputs: {},
    outputs: Object.fromEntries(
      Object.entries(outputs).map(([file, imports]) => [
        `dist/${file}`,
        {
          bytes: 0,
          inputs: {},
          exports: [],
          imports: imports.map((i) => ({ ...i, path: `dist/${i.path}` })),
        },
      ]),
    ),
  } as unknown as Metafile;
}

describe("startUpFiles", () => {
  it("follows static imports transitively, not import()", () => {
    const metafile = metafileOf({
      "index.js": [
        { path: "chunk-core.js", kind: "import-statement" },
        { path: "src-deploy.js", kind: "dynamic-import" },
      ],
      "chunk-core.js": [{ path: "chunk-yaml.js", kind: "import-statement" }],
      "chunk-yaml.js": [],
      "src-deploy.js": [{ path: "chunk-core.js", kind: "import-statement" }],
    });
    expect(startUpFiles(metafile, "dist")).toEqual(["index.js", "chunk-core.js", "chunk-yaml.js"]);
  });
});

describe("bundleLimitProblems", () => {
  it("lets a lean bundle through", () => {
    const files = new Map([
      ["index.js", 50 * KiB],
      ["chunk-core.js", 70 * KiB],
      ["src-deploy.js", 2400 * KiB],
      ["licenses.txt", 130 * KiB],
      ["package.json", 23],
    ]);
    expect(bundleLimitProblems({ files, startUp: ["index.js", "chunk-core.js"] })).toEqual([]);
  });

  it("refuses Windows binaries and .proto files, wherever they sit", () => {
    const files = new Map([
      ["index.js", 50 * KiB],
      ["pagent.exe", 50 * KiB],
      ["proto/channelz.proto", 2 * KiB],
      ["buildkit_status.PROTO", 2 * KiB],
    ]);
    expect(bundleLimitProblems({ files, startUp: ["index.js"] })).toEqual([
      "holds files no Linux runner uses (Windows binaries, .proto): pagent.exe, proto/channelz.proto, buildkit_status.PROTO",
    ]);
  });

  it("counts the chunks loaded at start with index.js against the limit", () => {
    const files = new Map([
      ["index.js", 12 * KiB],
      ["chunk-core.js", 60 * KiB],
      ["chunk-deploy.js", 2200 * KiB],
    ]);
    const startUp = ["index.js", "chunk-core.js", "chunk-deploy.js"];
    expect(bundleLimitProblems({ files, startUp })).toEqual([
      "loads 2.2 MiB at start (index.js, chunk-core.js, chunk-deploy.js), over 128 KiB: import() what a step needs once its inputs are read",
    ]);
    expect(bundleLimitProblems({ files, startUp: ["index.js", "chunk-core.js"] })).toEqual([]);
  });

  it("takes the limit itself as within it", () => {
    const files = new Map([["index.js", MAX_START_UP_BYTES]]);
    expect(bundleLimitProblems({ files, startUp: ["index.js"] })).toEqual([]);
    files.set("index.js", MAX_START_UP_BYTES + 1);
    expect(bundleLimitProblems({ files, startUp: ["index.js"] })).toHaveLength(1);
  });

  it("refuses a bundle without its entry point", () => {
    expect(bundleLimitProblems({ files: new Map([["main.js", KiB]]), startUp: [] })).toEqual([
      "has no index.js",
    ]);
  });
});
