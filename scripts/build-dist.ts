/**
 * Bundles every action's src/main.ts into its committed dist/ with esbuild: ESM (the @actions/*
 * v3 libraries are ESM-only), split at each `import()` so that a step loads a library only once
 * it needs it, and licenses.txt naming every bundled package with its license.
 *   npm run build         rebuild every dist/
 *   npm run check-dist    fail when a committed dist/ differs from a fresh bundle (CI's check-dist)
 * Both refuse a bundle that breaks the limits in scripts/bundle-limits.ts.
 */
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { formatBytes } from "@quai/core";
import { build, type Metafile } from "esbuild";
import { bundleLimitProblems, startUpFiles } from "./bundle-limits";
import { ESM_MARKER, nodeBundleOptions } from "./bundle-plugins";

const root = new URL("..", import.meta.url).pathname;
const check = process.argv.includes("--check");

/** Bundles the action into `outdir`; returns the files loaded at start (see bundle-limits). */
async function bundle(action: string, outdir: string): Promise<string[]> {
  try {
    const { metafile } = await build({
      ...nodeBundleOptions(root),
      entryPoints: { index: `actions/${action}/src/main.ts` },
      outdir,
      metafile: true,
    });
    await writeFile(join(outdir, "package.json"), ESM_MARKER);
    await writeFile(join(outdir, "licenses.txt"), await licenses(metafile));
    return startUpFiles(metafile, relative(root, outdir));
  } catch (error) {
    console.error(`esbuild could not bundle actions/${action}:\n${(error as Error).message}`);
    process.exit(1);
  }
}

/** Each bundled package's name, license and license text, in name order. */
async function licenses(metafile: Metafile): Promise<string> {
  // The innermost node_modules/<package>/ of each input: nested copies are packages of their own.
  const packageDirs = new Set(
    Object.keys(metafile.inputs).flatMap(
      (input) => /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input)?.[1] ?? [],
    ),
  );
  const entries = await Promise.all(
    [...packageDirs].map(async (dir) => {
      const manifest = JSON.parse(await readFile(join(root, dir, "package.json"), "utf8")) as {
        name: string;
        license?: string;
      };
      const licenseFile = (await readdir(join(root, dir))).find((name) =>
        /^(licen[cs]e|copying)/i.test(name),
      );
      const text = licenseFile ? (await readFile(join(root, dir, licenseFile), "utf8")).trim() : "";
      return [manifest.name, manifest.license ?? "", text].filter(Boolean).join("\n");
    }),
  );
  return `${[...new Set(entries)].sort().join("\n\n")}\n`;
}

/** Every file under `dir`, by its path relative to it. */
async function filesOf(dir: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(dir, path), await readFile(path));
  }
  return files;
}

/** Names of files that differ between the committed dist/ and a fresh bundle. */
function differences(committed: Map<string, Buffer>, fresh: Map<string, Buffer>): string[] {
  const names = new Set([...committed.keys(), ...fresh.keys()]);
  return [...names].filter(
    (name) => !committed.get(name)?.equals(fresh.get(name) ?? Buffer.alloc(0)) || !fresh.has(name),
  );
}

/** "1.1 MiB loaded at start (2 files), 3.4 MiB in all (8 files)" */
function sizes(files: Map<string, Buffer>, startUp: string[]): string {
  const bytes = (names: string[]) =>
    formatBytes(names.reduce((sum, name) => sum + (files.get(name)?.length ?? 0), 0));
  return `${bytes(startUp)} loaded at start (${startUp.length} files), ${bytes([...files.keys()])} in all (${files.size} files)`;
}

const actions = (await readdir(join(root, "actions"), { withFileTypes: true }))
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
const scratch = await mkdtemp(join(tmpdir(), "quai-dist-"));
const stale: string[] = [];
const overLimits: string[] = [];
try {
  await Promise.all(
    actions.map(async (action) => {
      const fresh = join(scratch, action);
      const startUp = await bundle(action, fresh);
      const files = await filesOf(fresh);
      const problems = bundleLimitProblems({
        files: new Map([...files].map(([name, file]) => [name, file.length])),
        startUp,
      });
      if (problems.length > 0) {
        overLimits.push(`actions/${action}/dist ${problems.join("; ")}`);
        return;
      }
      const dist = join(root, "actions", action, "dist");
      if (check) {
        const changed = differences(await filesOf(dist), files);
        if (changed.length > 0) stale.push(`actions/${action}/dist (${changed.join(", ")})`);
      } else {
        await rm(dist, { recursive: true, force: true });
        await cp(fresh, dist, { recursive: true });
      }
      console.log(`${check ? "checked" : "built"} actions/${action}/dist (${sizes(files, startUp)})`);
    }),
  );
} finally {
  await rm(scratch, { recursive: true, force: true });
}
for (const problem of overLimits) console.error(`build-dist: ${problem}`);
if (stale.length > 0) {
  console.error(`check-dist: the committed bundles differ from a fresh build: ${stale.join("; ")}`);
  console.error("check-dist: run 'npm run build' and commit dist/ in the same commit as the source change.");
}
if (overLimits.length > 0 || stale.length > 0) process.exit(1);
