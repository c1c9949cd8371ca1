// What only the node recipe does: it needs a lockfile, keeps dev dependencies out of the image,
// and reuses an npm install from the cache when nothing it depends on changed.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Reporter } from "@quai/core";
import { readTarFile } from "@quai/oci";
import type { BuildRequest, BuildSession } from "./build-image";
import { readNodePackage, requireNodeLockfile } from "./detect-recipe";
import type { ResolvedImage } from "./engine-images";
import { type KeptInstall, keepInstall, keptInstall, nodeDependencyKey } from "./node-dependency-cache";
import { nodeDevOnlyPaths } from "./node-dev-dependencies";
import type { CompilePlan } from "./recipes";

/** Where the node recipe hands back the installed tree (dev dependencies too) for the cache. */
export const NODE_MODULES_KEPT = "/out/node_modules-kept";
/** A file in it saying whether the build wrote into node_modules ("written") or not ("untouched"). */
export const NODE_MODULES_STATUS = "/out/status";

/** Where the compile side's node_modules comes from (QUAI_NODE_MODULES in the node recipe's script). */
type NodeModulesSource = "install" | "install-and-keep" | "restored";

/** The node_modules directories only dev dependencies need, in the image's app directory. */
export function nodeDevDependencyPaths(context: string, appDir: string): string[] {
  return nodeDevOnlyPaths(readFileSync(join(context, requireNodeLockfile(context)), "utf8"), appDir);
}

/**
 * The node compile step: told whether to run a build script and where node_modules comes from
 * (the cache, or an install it may keep), and whose dependencies layer is the cached one when the
 * build left node_modules alone.
 */
export function planNodeCompile(
  { request, reporter }: BuildSession,
  builder: ResolvedImage,
  compileScript: string,
): CompilePlan {
  const reuse = nodeInstallReuse(request, builder, compileScript, reporter);
  const restored = reuse?.kept;
  const mode: NodeModulesSource = !reuse ? "install" : restored ? "restored" : "install-and-keep";
  const hasBuild = Boolean(readNodePackage(request.context).scripts.build);
  return {
    env: [`QUAI_NODE_BUILD_SCRIPT=${hasBuild ? "yes" : "no"}`, `QUAI_NODE_MODULES=${mode}`],
    inputs: restored ? [{ path: "/src", tar: restored.developmentTar }] : [],
    // The script also says whether the build wrote into node_modules, and may hand the tree back.
    outputs: [NODE_MODULES_STATUS, ...(mode === "install-and-keep" ? [NODE_MODULES_KEPT] : [])],
    async dependencies({ extra: [status, kept] }, pack) {
      const buildWroteNodeModules =
        status !== undefined &&
        (await readTarFile(status, "node_modules"))?.toString("utf8").trim() === "written";
      if (restored && !buildWroteNodeModules) return restored.production;
      if (buildWroteNodeModules) {
        reporter.info(
          "The build wrote into node_modules: the production dependencies are packed from this build, not cached",
        );
      }
      const dependencies = await pack();
      if (reuse && kept && !buildWroteNodeModules) {
        keepInstall(request.cacheDir, reuse.key, { developmentTar: kept, production: dependencies });
        reporter.info("node_modules kept in the cache for the next build");
      }
      return dependencies;
    },
  };
}

/**
 * Whether the node install can come from, or go to, the cache: its key, and the install kept
 * under it. Undefined when the input turns it off or the install cannot be reused (said why).
 */
function nodeInstallReuse(
  request: BuildRequest,
  builder: ResolvedImage,
  compileScript: string,
  reporter: Reporter,
): { key: string; kept?: KeptInstall } | undefined {
  if (!request.dependencyCache) return undefined;
  const key = nodeDependencyKey(request.context, requireNodeLockfile(request.context), {
    builderId: builder.id,
    compileScript,
    buildPackages: request.buildPackages,
    buildEnv: request.buildEnv,
  });
  if ("uncacheable" in key) {
    reporter.info(`node_modules is installed afresh, not cached: ${key.uncacheable}`);
    return undefined;
  }
  const kept = keptInstall(request.cacheDir, key.key);
  if (kept)
    reporter.info(
      "node_modules restored from the cache (the lockfile, package.json and builder are unchanged)",
    );
  return { key: key.key, kept };
}
