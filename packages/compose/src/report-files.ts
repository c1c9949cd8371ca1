import { statSync } from "node:fs";
import { join, posix, resolve } from "node:path";
import { isWithin, realPath } from "@quai/core";
import { glob } from "tinyglobby";
import type { Exec } from "./exec";
import { splitReportPattern } from "./report-pattern";

/**
 * The files `globPattern` matches under `base`; without one, `base` itself or every .xml under it.
 * Only files whose real path is inside `within` count: no symbolic link leads a report out of it.
 */
export async function findReportFiles(base: string, globPattern?: string, within = base): Promise<string[]> {
  const kind = statSync(base, { throwIfNoEntry: false });
  if (!kind) return [];
  const files = kind.isFile()
    ? [base]
    : await glob(globPattern ?? "**/*.xml", { cwd: base, absolute: true, onlyFiles: true });
  const root = realPath(within) ?? within;
  return files
    .filter((file) => {
      const real = realPath(file);
      return real !== undefined && isWithin(root, real);
    })
    .sort();
}

/** The report files of a pattern relative to the workspace (reports the test command wrote), none outside it. */
export function reportsOnRunner(workspace: string, pattern: string): Promise<string[]> {
  const { base, glob: rest } = splitReportPattern(pattern);
  return findReportFiles(resolve(workspace, base), rest, workspace);
}

/**
 * The report files of a pattern in the stopped test container (relative to its working
 * directory): the part before the first wildcard is copied out into `into`, then matched there.
 */
export async function reportsInContainer(
  exec: Exec,
  container: { name: string; workingDir: string },
  pattern: string,
  into: string,
): Promise<string[]> {
  const { base, glob: rest } = splitReportPattern(posix.resolve(container.workingDir, pattern));
  const copy = join(into, "reports");
  const copied = await exec("docker", ["container", "cp", `${container.name}:${base}`, copy]);
  // Links come out of the container as they are: one to /etc would lead to the runner's own.
  return copied.exitCode === 0 ? findReportFiles(copy, rest, into) : [];
}
