// How the Docker-host target names and labels what only it creates (the proxy, the drift watch's
// probes), and reads a release container back; the labels both targets share are in ../labels.
import type { DeployPlan } from "../contract";
import { LABEL_PREFIX } from "../contract";
import { environmentName, nameSafe } from "../labels";

/** The action the drift watcher's probe containers are labelled with. */
export const WATCH_ACTION = "auto-rollback-on-drift";
/** Where the proxy is published, to notice a plan that asks for another place. */
export const PUBLISH_LABEL = `${LABEL_PREFIX}.publish`;
/** Whether the proxy serves HTTPS and where it redirects plain HTTP from: fixed when it is made. */
export const TLS_LABEL = `${LABEL_PREFIX}.tls`;

export function proxyName(app: string, environment: string): string {
  return `${environmentName(app, environment)}-proxy`;
}

/** `quai-<app>-<env>-<version>-<short deploy id>`. */
export function releaseName(plan: DeployPlan): string {
  const shortDeployId = nameSafe(plan.labels["deploy-id"]).slice(0, 8);
  return `${environmentName(plan.release.app, plan.environment)}-${nameSafe(plan.release.version)}-${shortDeployId}`;
}

/**
 * The digest a container runs, from the image reference it was created from (quai creates each
 * release from `repository@digest`); "" for one created from a tag, which says nothing certain.
 */
export function runningDigest(container: { image: string }): string {
  return /@(sha256:[a-f0-9]{64})$/.exec(container.image)?.[1] ?? "";
}
