// Each workspace's package.json declares exactly the packages its own source imports: a missing
// declaration works in the monorepo (hoisted node_modules) and breaks for anyone installing the
// package alone; an extra one is a dependency nothing needs.
import { readdirSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { join, relative } from "node:path";
import ts from "typescript";

/** Test code, whose imports (vitest, fakes) are the root's dev dependencies, not the package's. */
const TEST_SUPPORT = /(\.test\.ts|\.fixture\.ts|-contract\.ts)$|(^|\/)testing\//;

/** The package a bare specifier names: `@scope/name` or `name`, without any subpath. */
export function packageOf(specifier: string): string | undefined {
  if (specifier.startsWith(".") || specifier.startsWith("/") || specifier.startsWith("node:"))
    return undefined;
  const name = specifier
    .split("/")
    .slice(0, specifier.startsWith("@") ? 2 : 1)
    .join("/");
  return builtinModules.includes(name) ? undefined : name;
}

/** Every package the workspace's non-test source under src/ imports, type-only imports included. */
export function importedPackages(workspaceDir: string): Set<string> {
  const imported = new Set<string>();
  const srcDir = join(workspaceDir, "src");
  for (const file of readdirSync(srcDir, { recursive: true, encoding: "utf8" })) {
    if (!file.endsWith(".ts") || TEST_SUPPORT.test(file)) continue;
    const source = readFileSync(join(srcDir, file), "utf8");
    for (const { fileName } of ts.preProcessFile(source, true, true).importedFiles) {
      const name = packageOf(fileName);
      if (name) imported.add(name);
    }
  }
  return imported;
}

/** What is wrong with the workspace's manifest, one sentence each; empty when it matches its imports. */
export function manifestProblems(workspaceDir: string): string[] {
  const manifest = JSON.parse(readFileSync(join(workspaceDir, "package.json"), "utf8")) as {
    name: string;
    bin?: unknown;
    dependencies?: Record<string, string>;
    devDependencies?: Record<string, string>;
  };
  // A command published as one bundle (the CLI) installs none of what it bundles: it declares
  // them as devDependencies, and nothing else.
  const declared = new Set(
    Object.keys((manifest.bin ? manifest.devDependencies : manifest.dependencies) ?? {}),
  );
  const imported = importedPackages(workspaceDir);
  imported.delete(manifest.name);
  // A package used for its types alone may be declared as its @types package instead.
  const typesOf = (name: string) => `@types/${name.replace(/^@/, "").replace("/", "__")}`;
  const problems: string[] = [];
  for (const name of [...imported].sort()) {
    if (!declared.has(name) && !declared.has(typesOf(name))) {
      problems.push(`imports ${name} but does not declare it`);
    }
  }
  for (const name of [...declared].sort()) {
    const usedAsTypes = [...imported].some((used) => typesOf(used) === name);
    if (!imported.has(name) && !usedAsTypes) problems.push(`declares ${name} but never imports it`);
  }
  return problems;
}

/** The workspaces the root package.json names (packages/*, actions/*), as paths from the root. */
export function workspaceDirs(rootDir: string): string[] {
  const { workspaces } = JSON.parse(readFileSync(join(rootDir, "package.json"), "utf8")) as {
    workspaces: string[];
  };
  return workspaces.flatMap((pattern) => {
    const parent = join(rootDir, pattern.replace(/\/\*$/, ""));
    return readdirSync(parent, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => relative(rootDir, join(parent, entry.name)));
  });
}
