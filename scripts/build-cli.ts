/**
 * Bundles the quai CLI (packages/cli/src/main.ts) into packages/cli/dist/ with esbuild, split at
 * each `import()`: `quai --help` loads commander alone, and a command loads the libraries it
 * needs when it runs. bin/quai.js prefers this bundle; without it, it runs the sources with tsx.
 *   npm run build -w @quai/cli
 */
import { rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { build } from "esbuild";
import { ESM_MARKER, nodeBundleOptions } from "./bundle-plugins";

const root = new URL("..", import.meta.url).pathname;
const outdir = join(root, "packages/cli/dist");

await rm(outdir, { recursive: true, force: true });
await build({
  ...nodeBundleOptions(root),
  entryPoints: { quai: "packages/cli/src/main.ts" },
  outdir,
});
await writeFile(join(outdir, "package.json"), ESM_MARKER);
