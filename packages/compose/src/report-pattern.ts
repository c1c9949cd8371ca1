import { InvalidValueError, workspacePath } from "@quai/core";
// picomatch's scanner alone, not tinyglobby or all of picomatch: the action checks the pattern as
// it reads its inputs, before it loads anything else. tinyglobby's isDynamicPattern is this same
// scan (a glob or a negation), so the pattern is cut where tinyglobby will start matching.
import scanGlob from "picomatch/lib/scan";

/** A reports pattern cut where its first wildcard starts: what to copy, then what to match. */
export interface ReportPattern {
  base: string;
  /** Undefined when the pattern is a plain file or directory. */
  glob?: string;
}

export function splitReportPattern(pattern: string): ReportPattern {
  const parts = pattern.split("/");
  const firstDynamic = parts.findIndex((part) => isDynamic(part));
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

function isDynamic(part: string): boolean {
  const scan = scanGlob(part);
  return scan.isGlob || scan.negated;
}
