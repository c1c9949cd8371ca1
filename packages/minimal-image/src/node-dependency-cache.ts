import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync } from "node:fs";
import { join } from "node:path";
import type { Layer } from "@quai/oci";
import { readNodePackage } from "./detect-recipe";
import { storedLayer, storeLayer, writeAtomically } from "./layer-store";
import { readLockfilePackages } from "./node-dev-dependencies";

/** Bumped when what a cache entry holds changes meaning. */
const CACHE_FORMAT = 1;
/** Entries kept per cache directory: the newest ones, so a runner's disk does not fill up. */
const KEPT_ENTRIES = 3;
/** The app's own lifecycle scripts that `npm ci` runs. */
const INSTALL_LIFECYCLE = [
  "preinstall",
  "install",
  "postinstall",
  "prepublish",
  "preprepare",
  "prepare",
  "postprepare",
];

/** What the compile side's node_modules depends on besides the app's files. */
export interface NodeInstallSetting {
  builderId: string;
  /** The recipe's compile script, which installs and prunes: a new quai may do both otherwise. */
  compileScript: string;
  buildPackages: readonly string[];
  buildEnv: Readonly<Record<string, string>>;
}

/** A cache key, or why the install cannot be reused. */
export type NodeDependencyKey = { key: string } | { uncacheable: string };

/**
 * The key of the app's installed dependencies. Without install scripts, `npm ci` writes a tree
 * that only the files hashed here decide. A script (a package's postinstall, the app's own
 * prepare) can read any file of the app, as Prisma's reads its schema, so then the install is
 * never reused: a key on the lockfile would ship code generated from an older schema.
 */
export function nodeDependencyKey(
  context: string,
  lockfileName: string,
  setting: NodeInstallSetting,
): NodeDependencyKey {
  const { bytes: packageJson, scripts } = readNodePackage(context);
  const lockfile = readFileSync(join(context, lockfileName));
  const appScript = INSTALL_LIFECYCLE.find((name) => name in scripts);
  if (appScript) return { uncacheable: `package.json has a ${appScript} script` };
  const scripted = Object.entries(readLockfilePackages(lockfile.toString("utf8")))
    .filter(([, entry]) => entry?.hasInstallScript === true)
    .map(([path]) => path.replace(/^.*node_modules\//, ""));
  if (scripted.length > 0) {
    return {
      uncacheable: `${scripted.slice(0, 3).join(", ")}${scripted.length > 3 ? "…" : ""} run install scripts`,
    };
  }
  const npmrc = join(context, ".npmrc");
  const hash = createHash("sha256").update(
    JSON.stringify({
      format: CACHE_FORMAT,
      builder: setting.builderId,
      compileScript: setting.compileScript,
      buildPackages: setting.buildPackages,
      buildEnv: Object.entries(setting.buildEnv).sort(([a], [b]) => a.localeCompare(b)),
      lockfileName,
    }),
  );
  for (const file of [packageJson, lockfile, existsSync(npmrc) ? readFileSync(npmrc) : Buffer.alloc(0)]) {
    hash.update(createHash("sha256").update(file).digest("hex"));
  }
  return { key: hash.digest("hex") };
}

/** An install kept from an earlier build: the whole tree the build ran with, and the production layer. */
export interface KeptInstall {
  /** node_modules with dev dependencies, as a tar of `node_modules/…` entries. */
  developmentTar: Buffer;
  production: Layer;
}

interface EntryMeta {
  productionDiffId: string;
}

const entryDir = (cacheDir: string, key: string) => join(cacheDir, "node-dependencies", key);

/** The kept install for `key`, or undefined when there is none (or it is incomplete). */
export function keptInstall(cacheDir: string, key: string): KeptInstall | undefined {
  const dir = entryDir(cacheDir, key);
  const metaPath = join(dir, "entry.json");
  if (!existsSync(metaPath)) return undefined;
  const meta = JSON.parse(readFileSync(metaPath, "utf8")) as EntryMeta;
  const production = storedLayer(cacheDir, meta.productionDiffId);
  if (!production) return undefined;
  // Its time says when it was last used: the least recently used entries go first.
  const now = new Date();
  utimesSync(metaPath, now, now);
  return { developmentTar: readFileSync(join(dir, "node_modules.tar")), production };
}

/** Keeps an install for the next builds with the same key, then drops the oldest entries. */
export function keepInstall(cacheDir: string, key: string, install: KeptInstall): void {
  const dir = entryDir(cacheDir, key);
  mkdirSync(dir, { recursive: true });
  storeLayer(cacheDir, install.production);
  writeAtomically(join(dir, "node_modules.tar"), install.developmentTar);
  // Written last: its presence means the entry is complete.
  writeAtomically(join(dir, "entry.json"), JSON.stringify({ productionDiffId: install.production.diffId }));
  dropOldEntries(join(cacheDir, "node-dependencies"));
}

function dropOldEntries(root: string): void {
  // An entry still being written by another build has no entry.json yet: its folder's time counts.
  const lastUsed = (key: string) => {
    const meta = join(root, key, "entry.json");
    return statSync(existsSync(meta) ? meta : join(root, key)).mtimeMs;
  };
  const entries = readdirSync(root).sort((a, b) => lastUsed(b) - lastUsed(a));
  for (const key of entries.slice(KEPT_ENTRIES)) rmSync(join(root, key), { recursive: true, force: true });
}
