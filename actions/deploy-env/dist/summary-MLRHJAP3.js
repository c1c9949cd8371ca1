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
  code,
  html,
  link,
  writeSummary
} from "./chunk-W2MX3J7P.js";
import {
  formatDuration,
  servedOn
} from "./chunk-4UY54PND.js";
import {
  DOCKER_HUB,
  isValidTag,
  parseImageRef
} from "./chunk-4YC5SA42.js";
import "./chunk-NF6C2MSR.js";
import "./chunk-66BUOHPB.js";

// packages/core/src/image-page.ts
var LIBRARY = "library/";
var DOCKER_HUB_HOSTS = /* @__PURE__ */ new Set([DOCKER_HUB, "index.docker.io", "registry-1.docker.io"]);
function imagePageUrl(ref) {
  const path = ref.repository.split("/").map(encodeURIComponent).join("/");
  if (ref.registry === "ghcr.io") return `https://ghcr.io/${path}`;
  if (ref.registry === "quay.io") {
    const repository = `https://quay.io/repository/${path}`;
    return ref.digest ? `${repository}/manifest/${ref.digest}` : repository;
  }
  if (DOCKER_HUB_HOSTS.has(ref.registry)) {
    const repository = ref.repository.startsWith(LIBRARY) ? `https://hub.docker.com/_/${path.slice(LIBRARY.length)}` : `https://hub.docker.com/r/${path}`;
    return ref.tag ? `${repository}/tags?name=${encodeURIComponent(ref.tag)}` : repository;
  }
  return void 0;
}

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
    Strategy: rollback && outcome.reused ? "restart of the retained release" : settings.strategy,
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
function describeDeployFailure(progress) {
  const { settings, release, deployment } = progress;
  const version = release?.version ?? progress.version;
  const what = progress.rollback ? "Rollback" : "Deploy";
  const heading = !settings ? `${what} failed` : progress.rollback ? `Rollback of ${settings.app} in ${settings.name} failed${version ? ` (to ${version})` : ""}` : `Deploy of ${settings.app}${version ? ` ${version}` : ""} to ${settings.name} failed`;
  return {
    heading,
    facts: {
      "Still serves": stillServes(progress),
      URL: settings?.url && link(settings.url),
      Image: release && imageLink(release),
      Deployment: deployment && deploymentLink(deployment),
      Target: settings?.target
    }
  };
}
function stillServes({ serving, deployment }) {
  if (serving === "nothing") return "nothing";
  if (serving !== "unknown") return servingRelease(serving);
  return deployment ? "unknown: see the error" : void 0;
}
function servingRelease(serving) {
  return html`${serving.version} (${code(serving.digest.slice(0, 19))})`;
}
function imageLink(release) {
  const ref = parseImageRef(release.image);
  const tag = isValidTag(release.version) ? release.version : void 0;
  return link(imagePageUrl({ ...ref, tag }), code(release.image));
}
function deploymentLink(deployment) {
  return link(deployment.pageUrl, `#${deployment.id} (${deployment.status})`);
}
export {
  describeDeployFailure,
  writeDeploySummary
};
