import { statSync } from "node:fs";
import { join, posix, resolve } from "node:path";
import { InvalidValueError, isWithin, realPath, workspacePath } from "@quai/core";
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

/** A `..` path segment, also as an alternative of `{a,..}` or `@(a|..)`. */
const CLIMB = /(^|[/{,(|])\.\.($|[/},)|])/;

/**
 * Refuses a reports pattern that would lead out of the workspace: on the runner, the folder before
 * its first wildcard is kept inside it, as any path input is; in the test container, whose files
 * are copied out to be matched, it names what it likes there. Either way no `..` may follow a
 * wildcard, where it would climb out of the folder the matching starts in.
 */
export function checkReportPattern(pattern: string, place: "runner" | "container"): void {
  const { base, glob } = splitReportPattern(pattern);
  if (glob !== undefined && CLIMB.test(glob)) {
    throw new InvalidValueError(
      "reports",
      pattern,
      "a .. after a wildcard climbs out of the folder matched",
      {
        hint: "Put the folder before the first wildcard, such as reports/**/*.xml",
      },
    );
  }
  if (place === "runner") workspacePath("reports", base, { given: pattern });
}

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
