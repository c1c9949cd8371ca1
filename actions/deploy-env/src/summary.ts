import { formatDuration, imagePageUrl, isValidTag, parseImageRef } from "@quai/core";
import {
  type DeployEnvResult,
  type DeploymentRecord,
  type DeployProgress,
  type ReleaseToRun,
  type ServingRelease,
  servedOn,
} from "@quai/deploy";
import {
  addFacts,
  addHeading,
  addTable,
  type Cell,
  code,
  type FailureSummary,
  html,
  link,
  writeSummary,
} from "@quai/github";

/** The job summary: what serves the environment now, what it replaced, and where the time went. */
export async function writeDeploySummary(result: DeployEnvResult, rollback: boolean): Promise<void> {
  const { release, settings, previous, outcome } = result;
  const verb = rollback ? "Rolled back" : "Deployed";
  addHeading(`${verb} ${release.app} ${release.version} to ${settings.name}`, 3);
  addFacts({
    URL: settings.url && link(settings.url),
    "Served on": servedOn(settings),
    Image: imageLink(release),
    Replaced: previous ? servingRelease(previous) : "nothing (first release)",
    Strategy: rollback && outcome.reused ? "restart of the retained release" : settings.strategy,
    Target: settings.target,
    "Promotion gate": result.forced
      ? `overridden: ${result.forced}`
      : settings.after
        ? `validated in ${settings.after}`
        : "first stage",
    Deployment: deploymentLink(result.deployment),
    Duration: formatDuration(result.durationMs),
  });
  if (outcome.phases.length > 0) {
    addTable(
      ["Phase", "Took"],
      outcome.phases.map((phase) => [phase.name, formatDuration(phase.ms)]),
    );
  }
  await writeSummary();
}

/** How far a run got: what it was asked, once the inputs were read, and what deployEnv learned. */
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

function servingRelease(serving: ServingRelease): Cell {
  return html`${serving.version} (${code(serving.digest.slice(0, 19))})`;
}

/** The image, linked to its registry's page when quai knows where that is. */
function imageLink(release: ReleaseToRun): Cell {
  const ref = parseImageRef(release.image);
  // A release deployed by digest alone is named by its digest, which is no tag.
  const tag = isValidTag(release.version) ? release.version : undefined;
  return link(imagePageUrl({ ...ref, tag }), code(release.image));
}

function deploymentLink(deployment: DeploymentRecord): Cell {
  return link(deployment.pageUrl, `#${deployment.id} (${deployment.status})`);
}
