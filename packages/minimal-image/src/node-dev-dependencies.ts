import { UserError } from "@quai/core";
import { isAtOrUnder, joinPath, normalizeImagePath } from "./image-filesystem";

/** The flags npm 7+ writes on each entry of a lockfile's `packages`; unknown because the file is input. */
export interface LockfilePackage {
  dev?: unknown;
  devOptional?: unknown;
  hasInstallScript?: unknown;
}

/**
 * The image paths (`<appRoot>/node_modules/…`) of the packages that only dev dependencies need,
 * according to an npm lockfile v2 or v3. A dev-only package's nested node_modules goes with it, so only
 * the outermost directory is listed. `devOptional` packages are kept: an optional production
 * dependency may need them too.
 */
export function nodeDevOnlyPaths(packageLockJson: string, appRoot: string): string[] {
  const root = normalizeImagePath(appRoot);
  const devOnly = Object.entries(readLockfilePackages(packageLockJson))
    .filter(([key, entry]) => isInstalledPackage(key) && entry?.dev === true && entry.devOptional !== true)
    .map(([key]) => joinPath(root, key))
    .sort();
  return devOnly.filter((path) => !devOnly.some((other) => other !== path && isAtOrUnder(path, other)));
}

/** The lockfile's `packages` map (npm 7+); refused, with the fix, for a lockfile without one. */
export function readLockfilePackages(packageLockJson: string): Record<string, LockfilePackage | null> {
  let lockfile: { lockfileVersion?: unknown; packages?: unknown } | null;
  try {
    lockfile = JSON.parse(packageLockJson);
  } catch (error) {
    throw new UserError("package-lock.json is not valid JSON", {
      hint: "Regenerate it with `npm install --package-lock-only`",
      cause: error,
    });
  }
  const packages = lockfile?.packages;
  if (typeof packages !== "object" || packages === null) {
    const version = lockfile?.lockfileVersion ?? "unknown";
    throw new UserError(
      `package-lock.json (lockfileVersion ${String(version)}) has no "packages" map to tell dev-only packages apart`,
      {
        hint: "Regenerate the lockfile with npm 7 or later (`npm install --package-lock-only`) and commit it",
      },
    );
  }
  return packages as Record<string, LockfilePackage | null>;
}

/** Keys under a node_modules are installed packages; "" is the app itself and "packages/x" a workspace. */
function isInstalledPackage(key: string): boolean {
  return /(?:^|\/)node_modules\//.test(key);
}
