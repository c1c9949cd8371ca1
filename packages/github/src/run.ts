import * as core from "@actions/core";
import { type SourceLocation, UserError } from "@quai/core";

export type Step = () => Promise<void>;

// Saved by the main step so that the same bundle, started again as the `post:` step, knows
// which one it is (the pattern of docker/actions-toolkit).
const IN_POST_STATE = "quai-in-post";

/**
 * The entry point of every quai action, and the only place a step fails. A UserError becomes
 * one `::error` line (with file and line when it points into the user's files); anything else
 * is a bug, reported in one line with the stack only in the debug log.
 */
export async function run(main: Step, post?: Step): Promise<void> {
  const inPost = core.getState(IN_POST_STATE) === "true";
  if (!inPost) core.saveState(IN_POST_STATE, "true");
  const step = inPost ? post : main;
  if (!step) return;
  try {
    await step();
  } catch (error) {
    reportFailure(error);
  }
}

export function reportFailure(error: unknown): void {
  process.exitCode = core.ExitCode.Failure;
  if (error instanceof UserError) {
    core.error(error.summary, annotationAt(error.location));
    return;
  }
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof Error && error.stack) core.debug(error.stack);
  core.error(
    `Unexpected error: ${message.split("\n")[0]} (a bug in quai: please report it with the debug log)`,
  );
}

/** Where an annotation points, for core.error and core.warning: a place in the user's files. */
export function annotationAt(where: SourceLocation | undefined): core.AnnotationProperties | undefined {
  return where ? { file: where.file, startLine: where.line, startColumn: where.column } : undefined;
}
