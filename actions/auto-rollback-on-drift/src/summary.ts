import type { FailureSummary } from "@quai/github";

/** The job summary of a watch that did not run: until it lands, the error says why. */
export function describeWatchFailure(): FailureSummary {
  return { heading: "auto-rollback-on-drift did not run" };
}
