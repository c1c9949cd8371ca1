import { createRequire as __quaiCreateRequire } from "node:module";
import { dirname as __quaiDirname } from "node:path";
import { fileURLToPath as __quaiFileURLToPath } from "node:url";
const require = __quaiCreateRequire(import.meta.url);
const __filename = __quaiFileURLToPath(import.meta.url);
const __dirname = __quaiDirname(__filename);
import {
  addFacts,
  addHeading,
  addTable,
  deploymentLink,
  imageLink,
  link,
  servingRelease,
  writeSummary
} from "./chunk-QDYUGVME.js";
import {
  formatBytes,
  formatDuration,
  servedOn
} from "./chunk-4ENBVVRB.js";
import "./chunk-35RWNET2.js";
import "./chunk-6DWLYUJV.js";
import "./chunk-UQTKVT6Y.js";

// actions/deploy-env/src/summary.ts
async function writeDeploySummary(result, rollback) {
  const { release, settings, previous, outcome } = result;
  const verb = rollback ? "Rolled back" : "Deployed";
  addHeading(`${verb} ${release.app} ${release.version} to ${settings.name}`, 3);
  addFacts({
    URL: settings.url && link(settings.url),
    "Served on": servedOn(settings),
    Image: imageLink(release),
    Replaced: previous ? servingRelease(previous) : "nothing (first release)",
    Strategy: outcome.fromStandby ? "switch back to the running standby" : rollback && outcome.reused ? "restart of the retained release" : settings.strategy,
    Standby: outcome.standby && standbyFact(outcome.standby),
    Target: settings.target,
    "Promotion gate": result.forced ? `overridden: ${result.forced}` : settings.after ? `validated in ${settings.after}` : "first stage",
    Deployment: deploymentLink(result.deployment),
    Duration: formatDuration(result.durationMs)
  });
  if (outcome.phases.length > 0) {
    addTable(
      ["Phase", "Took"],
      outcome.phases.map((phase) => [phase.name, formatDuration(phase.ms)])
    );
  }
  await writeSummary();
}
function standbyFact(standby) {
  const rss = standby.rssBytes === void 0 ? "" : ` (RSS ${formatBytes(standby.rssBytes)})`;
  return `${standby.version} running until ${standby.until.slice(11, 16)} UTC${rss}`;
}
export {
  writeDeploySummary
};
