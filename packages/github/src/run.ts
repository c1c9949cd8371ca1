import { constants } from "node:os";
import * as core from "@actions/core";
import { type SourceLocation, stopChildProcesses, UserError } from "@quai/core";

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
  const stopOnCancellation = onCancellation();
  try {
    await step();
  } catch (error) {
    reportFailure(error);
  } finally {
    stopOnCancellation.remove();
  }
}

const CANCELLATION_SIGNALS = ["SIGINT", "SIGTERM"] as const;

/**
 * The runner cancels a step with SIGINT, then SIGTERM, then kills it. At the first, every command
 * the step started is stopped with what it started (their process groups are their own, so they
 * would go on otherwise). A step that listens for the signal itself goes on to clean up
 * (integration-test-compose tears its stack down); any other ends there, as it would unhandled.
 */
function onCancellation(): { remove(): void } {
  const remove = () => {
    for (const signal of CANCELLATION_SIGNALS) process.off(signal, cancel);
  };
  const cancel = (signal: NodeJS.Signals) => {
    remove();
    stopChildProcesses();
    if (process.listenerCount(signal) === 0) process.exit(128 + constants.signals[signal]);
  };
  for (const signal of CANCELLATION_SIGNALS) process.on(signal, cancel);
  return { remove };
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
