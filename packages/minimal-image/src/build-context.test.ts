import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { readBuildContext } from "./build-context";

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "quai-context-"));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

const paths = (context: string, extra?: string[]) =>
  readBuildContext(context, extra).map((entry) => entry.path);

describe("readBuildContext", () => {
  it("honours .dockerignore with Docker's rules, exceptions included", () => {
    const context = tree({
      ".dockerignore": "*.log\nsecrets/\ndocs/*\n!docs/keep.md\n",
      "server.js": "",
      "debug.log": "",
      "secrets/key": "",
      "docs/drop.md": "",
      "docs/keep.md": "",
      "lib/deep.log": "",
    });
    expect(paths(context)).toEqual([
      ".dockerignore",
      "docs",
      "docs/keep.md",
      "lib",
      "lib/deep.log",
      "server.js",
    ]);
  });

  it("never ships .git, and drops what the recipe rebuilds", () => {
    const context = tree({ ".git/HEAD": "ref", "node_modules/x/index.js": "", "index.js": "" });
    expect(paths(context, ["node_modules"])).toEqual(["index.js"]);
  });

  it("keeps contents, modes and symlinks, in a stable order", () => {
    const context = tree({ "b.sh": "#!/bin/sh\n", "a.txt": "hello" });
    symlinkSync("a.txt", join(context, "link"));
    const entries = readBuildContext(context);
    expect(entries.map((entry) => [entry.path, entry.type])).toEqual([
      ["a.txt", "file"],
      ["b.sh", "file"],
      ["link", "symlink"],
    ]);
    expect(entries[0]?.content?.toString()).toBe("hello");
    expect(entries[2]?.linkname).toBe("a.txt");
  });
});
