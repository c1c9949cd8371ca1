// Apart from summary.ts, which needs @quai/compose itself: a step that fails on its inputs writes
// this summary, and loading the whole library for it would double the step's start.
import { code, type FailureSummary, joinHtml } from "@quai/github";

export const FAILURE_HEADING = "Integration tests failed";

/** How far a run got before it threw (bad files or inputs, a missing Compose): what it was to test. */
export interface ComposeProgress {
  composeFiles?: string[];
  project?: string;
  /** What writeComposeSummary already told, so it is not told twice. */
  summarized?: unknown;
}

/** The job summary of a run that failed before it had a result, besides the error. */
export function describeComposeFailure(
  progress: ComposeProgress,
  error: unknown,
): FailureSummary | undefined {
  if (error === progress.summarized) return undefined;
  return {
    heading: FAILURE_HEADING,
    facts: {
      "Compose files": progress.composeFiles && joinHtml(progress.composeFiles.map(code)),
      Project: progress.project,
    },
  };
}
