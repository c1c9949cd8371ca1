import { statSync } from "node:fs";
import { join, posix, resolve } from "node:path";
import { glob, isDynamicPattern } from "tinyglobby";
import type { Exec } from "./exec";

/** A reports pattern cut where its first wildcard starts: what to copy, then what to match. */
export interface ReportPattern {
  base: string;
  /** Undefined when the pattern is a plain file or directory. */
  glob?: string;
}

export function splitReportPattern(pattern: string): ReportPattern {
  const parts = pattern.split("/");
  const firstDynamic = parts.findIndex((part) => isDynamicPattern(part));
  if (firstDynamic < 0) return { base: pattern };
  const base = parts.slice(0, firstDynamic).join("/") || (pattern.startsWith("/") ? "/" : ".");
  return { base, glob: parts.slice(firstDynamic).join("/") };
}

/** The files `globPattern` matches under `base`; without one, `base` itself or every .xml under it. */
export async function findReportFiles(base: string, globPattern?: string): Promise<string[]> {
  const kind = statSync(base, { throwIfNoEntry: false });
  if (!kind) return [];
  if (kind.isFile()) return [base];
  const files = await glob(globPattern ?? "**/*.xml", { cwd: base, absolute: true, onlyFiles: true });
  return files.sort();
}

/** The report files of a pattern relative to the workspace (reports the test command wrote). */
export function reportsOnRunner(workspace: string, pattern: string): Promise<string[]> {
  const { base, glob: rest } = splitReportPattern(pattern);
  return findReportFiles(resolve(workspace, base), rest);
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
  return copied.exitCode === 0 ? findReportFiles(copy, rest) : [];
}
