import { formatDuration } from "@quai/core";
import { type DeployEnvResult, servedOn } from "@quai/deploy";
import { addFacts, addHeading, addTable, code, html, writeSummary } from "@quai/github";

/** The job summary: what serves the environment now, what it replaced, and where the time went. */
export async function writeDeploySummary(result: DeployEnvResult, rollback: boolean): Promise<void> {
  const { release, settings, previous, outcome } = result;
  const verb = rollback ? "Rolled back" : "Deployed";
  addHeading(`${verb} ${release.app} ${release.version} to ${settings.name}`, 3);
  addFacts({
    URL: settings.url,
    "Served on": servedOn(settings),
    Image: code(release.image),
    Replaced: previous
      ? html`${previous.version} (${code(previous.digest.slice(0, 19))})`
      : "nothing (first release)",
    Strategy: rollback && outcome.reused ? "restart of the retained release" : settings.strategy,
    Target: settings.target,
    "Promotion gate": result.forced
      ? `overridden: ${result.forced}`
      : settings.after
        ? `validated in ${settings.after}`
        : "first stage",
    Deployment: `#${result.deployment.id} (${result.deployment.status})`,
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
