import { constants } from "node:os";
import * as core from "@actions/core";
import { type SourceLocation, stopChildProcesses, UserError } from "@quai/core";
import { addFailure, addHeading, type Cell, type Failure, writeSummary } from "./summary";

export type Step = () => Promise<void>;

export interface StepOptions {
  /** The `post:` step: the same bundle, started again after the job's steps. */
  post?: Step;
  /**
   * What the job summary of a failed main step says besides the error: its heading, and what
   * the step knew when it failed. Undefined when the step already wrote a summary of the failure.
   */
  describeFailure?: (error: unknown) => FailureSummary | undefined | Promise<FailureSummary | undefined>;
}

export interface FailureSummary {
  /** What did not happen: "Build of ghcr.io/acme/shop failed". */
  heading: string;
  /** What the step knew: what still serves, where it was going, links to them. */
  facts?: Record<string, Cell | undefined>;
}

// Saved by the main step so that the same bundle, started again as the `post:` step, knows
// which one it is (the pattern of docker/actions-toolkit).
const IN_POST_STATE = "quai-in-post";

/**
 * The entry point of every quai action, and the only place a step fails. A UserError becomes
 * one `::error` line (with file and line when it points into the user's files); anything else
 * is a bug, reported in one line with the stack only in the debug log. A failed main step also
 * gets a job summary: the error, its hint and log tail, and what `describeFailure` adds.
 */
export async function run(main: Step, options: StepOptions = {}): Promise<void> {
  const inPost = core.getState(IN_POST_STATE) === "true";
  if (!inPost) core.saveState(IN_POST_STATE, "true");
  const step = inPost ? options.post : main;
  if (!step) return;
  const stopOnCancellation = onCancellation();
  try {
    await step();
  } catch (error) {
    reportFailure(error);
    if (!inPost) await writeFailureSummary(error, options.describeFailure);
  } finally {
    stopOnCancellation.remove();
  }
}

/** Never hides the failure it describes: a summary that cannot be written is only a warning. */
async function writeFailureSummary(error: unknown, describe: StepOptions["describeFailure"]): Promise<void> {
  try {
    const summary = describe ? await describe(error) : { heading: "The step failed" };
    if (!summary) return;
    // What a summary written part-way had added is not this failure's.
    core.summary.emptyBuffer();
    addHeading(`❌ ${summary.heading}`, 3);
    addFailure(failureOf(error), summary.facts);
    await writeSummary();
  } catch (summaryError) {
    core.warning(`Could not write the job summary of this failure: ${firstLine(summaryError)}`);
  }
}

function failureOf(error: unknown): Failure {
  return error instanceof UserError ? error : { message: unexpectedErrorLine(error) };
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
  if (error instanceof Error && error.stack) core.debug(error.stack);
  core.error(unexpectedErrorLine(error));
}

function unexpectedErrorLine(error: unknown): string {
  return `Unexpected error: ${firstLine(error)} (a bug in quai: please report it with the debug log)`;
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";
}

/** Where an annotation points, for core.error and core.warning: a place in the user's files. */
export function annotationAt(where: SourceLocation | undefined): core.AnnotationProperties | undefined {
  return where ? { file: where.file, startLine: where.line, startColumn: where.column } : undefined;
}
