import { lstatSync, realpathSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { InvalidValueError } from "./errors";

/** The folder a step's relative paths are read from: GITHUB_WORKSPACE, else the current one. */
export function workspaceDir(): string {
  return resolve(process.env.GITHUB_WORKSPACE || process.cwd());
}

export interface WorkspacePathOptions {
  /** Also take an absolute path under RUNNER_TEMP, where other steps write what they hand on. */
  allowRunnerTemp?: boolean;
  /** Other folders an absolute path may be under (the host's CA certificates). */
  allowUnder?: readonly string[];
  /** What a refusal quotes, when the path is part of the input (the folder of a glob). */
  given?: string;
}

/**
 * A path input as an absolute path: resolved against the workspace, and refused when it, or what
 * its symbolic links lead to, is outside it; unless it was given absolute and is under
 * RUNNER_TEMP or another folder the options allow. A path that does not exist yet is judged by
 * the real path of the folder it would be made in, so a link on the way cannot lead out either.
 */
export function workspacePath(input: string, value: string, options: WorkspacePathOptions = {}): string {
  const workspace = workspaceDir();
  const path = resolve(workspace, value);
  const real = realPath(path);
  const given = options.given ?? value;
  if (real === undefined) {
    throw new InvalidValueError(input, given, "it is a symbolic link that leads nowhere", {
      hint: "Point it at the file or folder itself",
    });
  }
  const roots = allowedRoots(options);
  if (isWithin(realPath(workspace) ?? workspace, real)) return path;
  if (isAbsolute(value) && roots.some((root) => isWithin(realPath(root) ?? root, real))) return path;
  const where = real === path ? "outside the workspace" : `it leads to ${real}, outside the workspace`;
  const elsewhere = roots.length > 0 ? `, or an absolute path under ${roots.join(" or ")}` : "";
  throw new InvalidValueError(input, given, where, {
    hint: `Give a path inside the workspace (${workspace})${elsewhere}`,
  });
}

/** Whether `path` is `root` or inside it (both absolute, compared as they are written). */
export function isWithin(root: string, path: string): boolean {
  const inside = relative(root, path);
  return inside === "" || (inside !== ".." && !inside.startsWith(`..${sep}`) && !isAbsolute(inside));
}

/** The path as the user reads it: relative to the workspace when inside it, else as it is. */
export function shownPath(path: string, workspace: string): string {
  return isWithin(workspace, path) ? relative(workspace, path) || "." : path;
}

/**
 * The real path (every symbolic link followed) of an absolute path; for one that does not exist,
 * the real path of its nearest existing folder with the rest appended. Undefined when an entry
 * exists but cannot be followed (a link to nothing, a loop).
 */
export function realPath(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    if (exists(path)) return undefined;
    const parent = dirname(path);
    if (parent === path) return path;
    const realParent = realPath(parent);
    return realParent === undefined ? undefined : join(realParent, basename(path));
  }
}

function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

function allowedRoots(options: WorkspacePathOptions): string[] {
  const runnerTemp = options.allowRunnerTemp ? process.env.RUNNER_TEMP : undefined;
  return [...(runnerTemp ? [resolve(runnerTemp)] : []), ...(options.allowUnder ?? [])];
}
