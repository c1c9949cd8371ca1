// Apart from summary.ts, which needs @quai/deploy itself: a step that fails on its inputs writes
// this summary, and loading the whole library for it would double the step's start.
import type { DeployProgress } from "@quai/deploy";
import { type Cell, type FailureSummary, link } from "@quai/github";
import { deploymentLink, imageLink, servingRelease } from "./summary-cells";

/** How far a run got: what it was asked, once the inputs were read, and what deployFromConfig learned. */
export interface DeployRunProgress extends DeployProgress {
  rollback?: boolean;
  /** The version input, before the release is resolved. */
  version?: string;
}

/**
 * The job summary of a failed run, besides the error: what still serves the environment (when
 * known), where it is reached, the release that failed and its deployment in the ledger.
 */
export function describeDeployFailure(progress: DeployRunProgress): FailureSummary {
  const { settings, release, deployment } = progress;
  const version = release?.version ?? progress.version;
  const what = progress.rollback ? "Rollback" : "Deploy";
  const heading = !settings
    ? `${what} failed`
    : progress.rollback
      ? `Rollback of ${settings.app} in ${settings.name} failed${version ? ` (to ${version})` : ""}`
      : `Deploy of ${settings.app}${version ? ` ${version}` : ""} to ${settings.name} failed`;
  return {
    heading,
    facts: {
      "Still serves": stillServes(progress),
      URL: settings?.url && link(settings.url),
      Image: release && imageLink(release),
      Deployment: deployment && deploymentLink(deployment),
      Target: settings?.target,
    },
  };
}

/** Undefined when the run never asked the target; "unknown" once it may have changed what serves. */
function stillServes({ serving, deployment }: DeployProgress): Cell | undefined {
  if (serving === "nothing") return "nothing";
  if (serving !== "unknown") return servingRelease(serving);
  return deployment ? "unknown: see the error" : undefined;
}
