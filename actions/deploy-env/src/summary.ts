import { formatDuration } from "@quai/core";
import { type DeployEnvResult, servedOn } from "@quai/deploy";
import { addFacts, addHeading, addTable, link, writeSummary } from "@quai/github";
import { deploymentLink, imageLink, servingRelease } from "./summary-cells";

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
