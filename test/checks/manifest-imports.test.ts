import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { manifestProblems, packageOf, workspaceDirs } from "./manifest-imports";

const ROOT = join(import.meta.dirname, "../..");

describe.each(workspaceDirs(ROOT))("%s", (workspace) => {
  it("declares exactly the packages its source imports", () => {
    expect(manifestProblems(join(ROOT, workspace))).toEqual([]);
  });
});

/** A workspace in a temporary folder: its package.json's dependencies and its files by path. */
function workspaceWith(
  dependencies: Record<string, string>,
  files: Record<string, string>,
  manifest: Record<string, unknown> = { dependencies },
): string {
  const dir = mkdtempSync(join(tmpdir(), "quai-manifest-"));
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "@quai/example", ...manifest }));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe("manifestProblems", () => {
  const source = {
    "src/main.ts": [
      'import { readFileSync } from "node:fs";',
      'import { join } from "path";',
      'import { UserError } from "@quai/core";',
      'import type Dockerode from "dockerode";',
      'import { tokens } from "@quai/example/tokens";',
      'export const lazy = () => import("yaml");',
    ].join("\n"),
    "src/main.test.ts": 'import { it } from "vitest";',
    "src/testing/fake.ts": 'import { vi } from "vitest";',
    "src/ledger-contract.ts": 'import { describe } from "vitest";',
  };

  it("passes a manifest that declares what the source imports, a types-only import by its @types", () => {
    const dir = workspaceWith({ "@quai/core": "*", "@types/dockerode": "^4", yaml: "^2" }, source);
    expect(manifestProblems(dir)).toEqual([]);
  });

  it("holds a bundled command (a bin) to its devDependencies, which it bundles, not its dependencies", () => {
    const bundled = { "@quai/core": "*", "@types/dockerode": "^4", yaml: "^2" };
    expect(
      manifestProblems(workspaceWith({}, source, { bin: { quai: "bin/quai.js" }, devDependencies: bundled })),
    ).toEqual([]);
    expect(
      manifestProblems(workspaceWith({}, source, { bin: { quai: "bin/quai.js" }, dependencies: bundled })),
    ).toEqual([
      "imports @quai/core but does not declare it",
      "imports dockerode but does not declare it",
      "imports yaml but does not declare it",
    ]);
  });

  it("names a dependency the source imports and the manifest leaves out", () => {
    const dir = workspaceWith({ "@types/dockerode": "^4", yaml: "^2" }, source);
    expect(manifestProblems(dir)).toEqual(["imports @quai/core but does not declare it"]);
  });

  it("names a dependency the manifest declares and only tests, or nothing, import", () => {
    const dir = workspaceWith(
      { "@quai/core": "*", "@types/dockerode": "^4", yaml: "^2", vitest: "^4", zod: "^4" },
      source,
    );
    expect(manifestProblems(dir)).toEqual([
      "declares vitest but never imports it",
      "declares zod but never imports it",
    ]);
  });
});

describe("packageOf", () => {
  it("names the package of a bare specifier, and none for a relative path or a Node builtin", () => {
    expect(packageOf("@quai/compose/report-pattern")).toBe("@quai/compose");
    expect(packageOf("yaml/util")).toBe("yaml");
    expect(packageOf("./exec")).toBeUndefined();
    expect(packageOf("node:fs")).toBeUndefined();
    expect(packageOf("crypto")).toBeUndefined();
  });
});
