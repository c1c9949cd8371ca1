/**
 * Bundles every action's src/main.ts into its committed dist/ with ncc.
 *   npm run build         rebuild every dist/
 *   npm run check-dist    fail when a committed dist/ differs from a fresh bundle (CI's check-dist)
 */
import { execFile } from "node:child_process";
import { cp, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
const root = new URL("..", import.meta.url).pathname;
const check = process.argv.includes("--check");

// Types are checked once for the whole tree by `tsc --noEmit`; ncc only transpiles, so a bundle
// depends on nothing but the files it imports.
const NCC_ARGS = ["--license", "licenses.txt", "--target", "es2022", "--transpile-only", "--quiet"];

async function bundle(action: string, outDir: string): Promise<void> {
  try {
    await run(join(root, "node_modules/.bin/ncc"), ["build", "src/main.ts", "-o", outDir, ...NCC_ARGS], {
      cwd: join(root, "actions", action),
    });
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr ?? String(error);
    console.error(`ncc could not bundle actions/${action}:\n${stderr.trim()}`);
    process.exit(1);
  }
}

/** Every file under `dir`, by its path relative to it (ncc copies assets into subfolders). */
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

const actions = (await readdir(join(root, "actions"), { withFileTypes: true }))
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
const scratch = await mkdtemp(join(tmpdir(), "quai-dist-"));
const stale: string[] = [];
try {
  // Two at a time: ncc is CPU-bound and the machines have two cores.
  for (let i = 0; i < actions.length; i += 2) {
    await Promise.all(
      actions.slice(i, i + 2).map(async (action) => {
        const fresh = join(scratch, action);
        await bundle(action, fresh);
        const dist = join(root, "actions", action, "dist");
        if (check) {
          const changed = differences(await filesOf(dist), await filesOf(fresh));
          if (changed.length > 0) stale.push(`actions/${action}/dist (${changed.join(", ")})`);
        } else {
          await rm(dist, { recursive: true, force: true });
          await cp(fresh, dist, { recursive: true });
        }
        console.log(`${check ? "checked" : "built"} actions/${action}/dist`);
      }),
    );
  }
} finally {
  await rm(scratch, { recursive: true, force: true });
}
if (stale.length > 0) {
  console.error(`check-dist: the committed bundles differ from a fresh build: ${stale.join("; ")}`);
  console.error("check-dist: run 'npm run build' and commit dist/ in the same commit as the source change.");
  process.exit(1);
}
