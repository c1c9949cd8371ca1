// What every esbuild bundle of quai shares: the actions' dist/ (build-dist.ts) and the CLI's
// (build-cli.ts) load the same libraries, so they need the same shims and leave out the same code.
import type { BuildOptions, Plugin } from "esbuild";

// CommonJS dependencies bundled as ESM still call require() for Node's modules, and ssh2 reads
// __dirname while it loads: every output file (entry point and chunks) gets its own.
export const COMMONJS_GLOBALS = [
  'import { createRequire as __quaiCreateRequire } from "node:module";',
  'import { dirname as __quaiDirname } from "node:path";',
  'import { fileURLToPath as __quaiFileURLToPath } from "node:url";',
  "const require = __quaiCreateRequire(import.meta.url);",
  "const __filename = __quaiFileURLToPath(import.meta.url);",
  "const __dirname = __quaiDirname(__filename);",
].join("\n");

/**
 * dockerode loads its BuildKit session (a gRPC server reading .proto files at run time) and
 * BuildKit's protobuf progress decoder for `buildImage(…, { version: "2" })` and
 * `docker.followProgress`. quai calls neither (the dockerfile recipe runs the buildx CLI, pulls
 * follow `modem.followProgress`), so a stub that says so stands in for both modules.
 */
export const leaveOutDockerodeBuildKit: Plugin = {
  name: "leave-out-dockerode-buildkit",
  setup(build) {
    build.onResolve({ filter: /^\.\/(session|buildkit)$/ }, (args) =>
      /node_modules\/dockerode\/lib$/.test(args.resolveDir)
        ? { path: args.path, namespace: "dockerode-buildkit" }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: "dockerode-buildkit" }, () => ({
      loader: "js",
      contents: `function leftOut() {
  throw new Error("quai's bundle leaves out dockerode's BuildKit support (buildImage version 2, docker.followProgress)");
}
module.exports = leftOut;
module.exports.followProgress = leftOut;
`,
    }));
  },
};

/**
 * Packages whose modules only declare things, though their package.json does not say so
 * (`"sideEffects": false`): esbuild then leaves out whichever of their modules a bundle does not
 * use. @actions/core imports @actions/http-client, and with it undici (a third of every bundle
 * and most of its start), for `getIDToken` alone, which quai never calls.
 */
const SIDE_EFFECT_FREE_PACKAGES = ["@actions/http-client", "@actions/core", "@actions/exec", "@actions/io"];

export const declareSideEffectFree: Plugin = {
  name: "declare-side-effect-free",
  setup(build) {
    // Outside code reaches a package by its name only; its own relative imports follow from those.
    const names = SIDE_EFFECT_FREE_PACKAGES.map((name) => name.replace(/[/.]/g, "\\$&")).join("|");
    build.onResolve(
      { filter: new RegExp(`^(${names})(/|$)`) },
      async ({ path, kind, resolveDir, importer, pluginData }) => {
        if (pluginData === declareSideEffectFree) return undefined;
        const resolved = await build.resolve(path, {
          kind,
          resolveDir,
          importer,
          pluginData: declareSideEffectFree,
        });
        return { ...resolved, sideEffects: false };
      },
    );
  },
};

/**
 * The esbuild options of every quai bundle: ESM for Node 20, split at each `import()` so a step
 * or a command loads a library only once it needs it. Its outdir also needs a package.json saying
 * `"type": "module"` (esmMarker).
 */
export function nodeBundleOptions(root: string): BuildOptions {
  return {
    absWorkingDir: root,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    banner: { js: COMMONJS_GLOBALS },
    // ssh2's optional native speed-ups (never built here: install scripts are off); it falls
    // back to Node's crypto when they do not load.
    external: ["cpu-features", "*.node"],
    plugins: [leaveOutDockerodeBuildKit, declareSideEffectFree],
    logLevel: "warning",
  };
}

export const ESM_MARKER = `${JSON.stringify({ type: "module" }, null, 2)}\n`;
