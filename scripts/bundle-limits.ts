/**
 * What an action's dist/ may hold (issue #15): no file a Linux runner cannot use (Windows
 * binaries, the .proto files of a gRPC client quai never starts), and no more code loaded at start
 * than a quick start allows: index.js with the chunks it imports statically, everything a step
 * parses before its first `import()`. build-dist applies these to every fresh bundle, so neither
 * `npm run build` nor check-dist lets one past.
 */
import { extname, relative } from "node:path";
import { formatBytes } from "@quai/core";
import type { Metafile } from "esbuild";

/** The entry point the runner starts for `main:` and `post:`. */
export const ENTRY_POINT = "index.js";
/**
 * Far under the 2 MB for dist/index.js, because start-up is what it costs: every bundle
 * loads 66–79 KiB at start and starts in 1.6–1.8× `node -e 0` (`npm run bench -- start`), while
 * 148 KiB (compose with all of picomatch and fdir for one pattern check) took it to 2.1×. A step
 * that fails on its inputs writes its failure summary from what is loaded at start, so a summary
 * that imports its library shows up here too.
 */
export const MAX_START_UP_BYTES = 128 * 1024;
const FORBIDDEN_EXTENSIONS = new Set([".exe", ".dll", ".proto"]);

export interface BundleListing {
  /** Every file of dist/ with its size in bytes, by its path relative to dist/. */
  files: ReadonlyMap<string, number>;
  /** The files loaded at start: the entry point and what it imports statically, transitively. */
  startUp: readonly string[];
}

/** The entry point and the chunks it imports statically, by their paths relative to `outdir`. */
export function startUpFiles(metafile: Metafile, outdir: string): string[] {
  // The metafile names outputs relative to esbuild's working directory, as `outdir` must be.
  const loaded = new Set<string>();
  const visit = (file: string) => {
    if (loaded.has(file)) return;
    loaded.add(file);
    for (const imported of metafile.outputs[`${outdir}/${file}`]?.imports ?? [])
      if (imported.kind === "import-statement" && !imported.external) visit(relative(outdir, imported.path));
  };
  visit(ENTRY_POINT);
  return [...loaded];
}

/** Each rule the bundle breaks, one line each. */
export function bundleLimitProblems({ files, startUp }: BundleListing): string[] {
  const problems: string[] = [];
  const forbidden = [...files.keys()].filter((path) => FORBIDDEN_EXTENSIONS.has(extname(path).toLowerCase()));
  if (forbidden.length > 0)
    problems.push(`holds files no Linux runner uses (Windows binaries, .proto): ${forbidden.join(", ")}`);
  if (!files.has(ENTRY_POINT)) problems.push(`has no ${ENTRY_POINT}`);
  const startUpBytes = startUp.reduce((sum, file) => sum + (files.get(file) ?? 0), 0);
  if (startUpBytes > MAX_START_UP_BYTES)
    problems.push(
      `loads ${formatBytes(startUpBytes)} at start (${startUp.join(", ")}), over ${formatBytes(MAX_START_UP_BYTES)}: import() what a step needs once its inputs are read`,
    );
  return problems;
}
