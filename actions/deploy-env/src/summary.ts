import { formatBytes, formatDuration } from "@quai/core";
import { type DeployFromConfigResult, type StandbyRelease, servedOn } from "@quai/deploy";
import { addFacts, addHeading, addTable, link, writeSummary } from "@quai/github";
import { deploymentLink, imageLink, servingRelease } from "./summary-cells";

/** The job summary: what serves the environment now, what it replaced, and where the time went. */
export async function writeDeploySummary(result: DeployFromConfigResult, rollback: boolean): Promise<void> {
  const { release, settings, previous, outcome } = result;
  const verb = rollback ? "Rolled back" : "Deployed";
  addHeading(`${verb} ${release.app} ${release.version} to ${settings.name}`, 3);
  addFacts({
    URL: settings.url && link(settings.url),
    "Served on": servedOn(settings),
    Image: imageLink(release),
    Replaced: previous ? servingRelease(previous) : "nothing (first release)",
    Strategy: outcome.fromStandby
      ? "switch back to the running standby"
      : rollback && outcome.reused
        ? "restart of the retained release"
        : settings.strategy,
    Standby: outcome.standby && standbyFact(outcome.standby),
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

/** "1.4.1 running until 12:15 UTC (RSS 38 MiB)": what a rollback switches back to, and its cost. */
function standbyFact(standby: StandbyRelease): string {
  const rss = standby.rssBytes === undefined ? "" : ` (RSS ${formatBytes(standby.rssBytes)})`;
  return `${standby.version} running until ${standby.until.slice(11, 16)} UTC${rss}`;
}
