import type { Layer } from "@quai/oci";
import type { BuildSession } from "./build-image";
import { type RecipeName, requireNodeLockfile } from "./detect-recipe";
import type { ResolvedImage } from "./engine-images";
import {
  NODE_MODULES_KEPT,
  NODE_MODULES_STATUS,
  nodeDevDependencyPaths,
  planNodeCompile,
} from "./node-recipe";

/**
 * How a recipe builds. The compile script runs in the builder container with the build context
 * in /src and writes two trees laid out as in the image: /out/deps (what changes with the
 * lockfile) and /out/app (what changes with the code). Each becomes one layer, so a code-only
 * change leaves the dependency layer byte-identical.
 */
export interface Recipe {
  name: RecipeName;
  /** Defaults that work on GitHub-hosted runners (Docker Hub images). */
  defaultBuilderImage: string;
  defaultBaseImage: string;
  /** Context paths the compile side rebuilds, so a local copy must not leak in. */
  contextIgnores: string[];
  /** Undefined: nothing to compile, the context is the app. */
  compileScript?: string;
  /** Environment of the runtime image, before the base image's own. */
  env: string[];
  /** What its dependencies layer holds, for the layer list. */
  dependenciesHold: string;
  /** Refuses a context this recipe cannot build, before the engine is asked anything. */
  checkContext?(context: string): void;
  /** Paths of the image (no leading slash) that must not be in it: dev-only dependencies. */
  devDependencyPaths?(context: string): string[];
  /** How this build's compile step runs, beyond the compile side's settings; none: as they are. */
  planCompile?(session: BuildSession, builder: ResolvedImage, compileScript: string): CompilePlan;
}

/** A recipe's own part of one compile step. */
export interface CompilePlan {
  /** Added to the compile side's environment. */
  env: string[];
  /** Tars unpacked into the container after the context. */
  inputs: { path: string; tar: Buffer }[];
  /** Directories the step returns after /out/app and /out/deps, handed to `dependencies` as `extra`. */
  outputs: string[];
  /** The dependencies layer; `pack` makes it from /out/deps, which is what happens without this. */
  dependencies?(outputs: { extra: Buffer[] }, pack: () => Promise<Layer>): Promise<Layer>;
}

export const APP_DIR = "/app";

// QUAI_NODE_BUILD_SCRIPT is "yes" when package.json has a build script (read by quai: one Node
// start fewer). QUAI_NODE_MODULES says where node_modules comes from: "install" (npm ci),
// "install-and-keep" (npm ci, and the tree handed back before the build can touch it), or
// "restored" (put in by quai from its cache, with the production layer made from it: nothing to
// install, and nothing to prune or hand back unless the build wrote into node_modules, as code
// generators may, which NODE_MODULES_STATUS tells quai).
// --prefer-offline: the lockfile pins every package by its integrity, so what the cache holds is
// what the registry would send; only what it lacks is fetched (half a second saved per build).
const NODE_COMPILE = `set -eu
cd /src
mode="\${QUAI_NODE_MODULES:-install}"
if [ "$mode" != restored ]; then
  npm ci --prefer-offline --no-audit --no-fund --loglevel=error
  # An app without dependencies has no node_modules; the layer is then empty, not missing.
  mkdir -p node_modules
fi
if [ "$mode" = install-and-keep ]; then
  mkdir -p ${NODE_MODULES_KEPT} && cp -al node_modules ${NODE_MODULES_KEPT}/
fi
touch /tmp/quai-before-build
if [ "\${QUAI_NODE_BUILD_SCRIPT:-}" = yes ]; then npm run build; fi
mkdir -p /out/deps${APP_DIR} /out/app${APP_DIR} ${NODE_MODULES_STATUS}
status=untouched
# By change time, which no tool can set back (cp -p and tar keep modification times).
[ -z "$(find node_modules -cnewer /tmp/quai-before-build -print -quit)" ] || status=written
echo "$status" > ${NODE_MODULES_STATUS}/node_modules
if [ "$mode" = restored ] && [ "$status" = untouched ]; then
  mv node_modules /tmp/node_modules-dev
else
  npm prune --omit=dev --no-audit --no-fund --loglevel=error
  mv node_modules /out/deps${APP_DIR}/node_modules
fi
cp -a /src/. /out/app${APP_DIR}/
`;

// Wheels are built here, with the compilers, then installed with --no-index into a venv at the
// path it will have at run time (venvs hold absolute paths). The venv gets no pip: the runtime
// image installs nothing. Local source packages in vendor/ are found with --find-links.
const PYTHON_COMPILE = `set -eu
cd /src
find_links=""
[ -d vendor ] && find_links="--find-links /src/vendor"
isolation=""
[ -n "\${PIP_NO_INDEX:-}" ] && isolation="--no-build-isolation"
what="-r requirements.txt"
[ -f requirements.txt ] || what="."
python3 -m pip wheel --quiet --no-cache-dir $find_links $isolation --wheel-dir /tmp/wheels $what
python3 -m venv --without-pip ${APP_DIR}/venv
python3 -m pip --python ${APP_DIR}/venv/bin/python install --quiet --no-cache-dir --no-index --find-links /tmp/wheels $what
mkdir -p /out/deps${APP_DIR} /out/app${APP_DIR}
mv ${APP_DIR}/venv /out/deps${APP_DIR}/venv
cp -a /src/. /out/app${APP_DIR}/
rm -rf /out/app${APP_DIR}/vendor
`;

export const RECIPES: Record<Exclude<RecipeName, "dockerfile">, Recipe> = {
  node: {
    name: "node",
    defaultBuilderImage: "node:22-bookworm",
    defaultBaseImage: "node:22-bookworm-slim",
    contextIgnores: ["node_modules"],
    compileScript: NODE_COMPILE,
    env: [
      `PATH=${APP_DIR}/node_modules/.bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin`,
      "NODE_ENV=production",
    ],
    dependenciesHold: `production node_modules in ${APP_DIR}/node_modules`,
    checkContext: (context) => {
      requireNodeLockfile(context);
    },
    devDependencyPaths: (context) => nodeDevDependencyPaths(context, APP_DIR.slice(1)),
    planCompile: planNodeCompile,
  },
  python: {
    name: "python",
    defaultBuilderImage: "python:3.12-bookworm",
    defaultBaseImage: "python:3.12-slim-bookworm",
    contextIgnores: ["__pycache__", "*.pyc", ".venv", "venv"],
    compileScript: PYTHON_COMPILE,
    env: [
      `PATH=${APP_DIR}/venv/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin`,
      `VIRTUAL_ENV=${APP_DIR}/venv`,
      "PYTHONUNBUFFERED=1",
      "PYTHONDONTWRITEBYTECODE=1",
    ],
    dependenciesHold: `virtualenv in ${APP_DIR}/venv`,
    // Debug info holds the random paths pip builds in: without it, compiled wheels are reproducible.
    planCompile: ({ request }) => ({
      env: "CFLAGS" in request.buildEnv ? [] : ["CFLAGS=-g0"],
      inputs: [],
      outputs: [],
    }),
  },
  static: {
    name: "static",
    defaultBuilderImage: "debian:bookworm-slim",
    defaultBaseImage: "scratch",
    contextIgnores: [],
    env: [`PATH=${APP_DIR}/bin:${APP_DIR}:/quai`],
    dependenciesHold: "none (static)",
  },
};
