// How both targets (Docker host and Swarm) label what they create for one app in one environment,
// read those labels back, and the name stem of an environment's resources.
import { createHash } from "node:crypto";
import { runLabels } from "@quai/core";
import { type DeploymentLabels, type DeployPlan, LABEL_PREFIX, type ServingRelease } from "./contract";

export const ACTION = "deploy-env";
export const ROLE_LABEL = `${LABEL_PREFIX}.role`;

/** What a release container was made with besides its image, to tell whether a rollback may reuse it. */
export const SETTINGS_LABEL = `${LABEL_PREFIX}.settings`;

/** A release, the environment's proxy, or the probe container of a release's health check. */
export type Role = "app" | "proxy" | "probe";

export function deploymentLabel(name: keyof DeploymentLabels): string {
  return `${LABEL_PREFIX}.${name}`;
}

/** The labels every resource of one app in one environment carries: the filter to find them. */
export function environmentLabels(app: string, environment: string): Record<string, string> {
  return { [deploymentLabel("app")]: app, [deploymentLabel("environment")]: environment };
}

export function roleLabels(app: string, environment: string, role: Role): Record<string, string> {
  return { ...environmentLabels(app, environment), [ROLE_LABEL]: role };
}

/** A release container's labels: the deployment (never a variable), its role, and the run that made it. */
export function releaseLabels(plan: DeployPlan): Record<string, string> {
  const deployment = Object.fromEntries(
    Object.entries(plan.labels).map(([name, value]) => [
      deploymentLabel(name as keyof DeploymentLabels),
      value,
    ]),
  );
  return {
    ...deployment,
    [ROLE_LABEL]: "app",
    [SETTINGS_LABEL]: releaseSettings(plan),
    ...runLabels(plan.runId, ACTION),
  };
}

/**
 * A digest of how the container is made, image aside: plain variables with their values, secret
 * ones by name only (a secret's value is written into the container, never in a label, and a
 * rollback writes the current value anyway), networks, port and confinement.
 */
export function releaseSettings(plan: DeployPlan): string {
  const settings = {
    plain: plan.variables.filter((variable) => !variable.secret).map(({ name, value }) => `${name}=${value}`),
    secrets: plan.variables.filter((variable) => variable.secret).map(({ name }) => name),
    networks: plan.networks ?? [],
    containerPort: plan.containerPort,
    confinement: plan.confinement,
  };
  return `sha256:${createHash("sha256").update(JSON.stringify(settings)).digest("hex")}`;
}

/** `quai-<app>-<env>`: the environment's network, and the stem of its containers' names. */
export function environmentName(app: string, environment: string): string {
  return `quai-${nameSafe(app)}-${nameSafe(environment)}`;
}

/** What a release container's labels say it is. */
export function servingRelease(container: {
  id: string;
  image: string;
  labels: Record<string, string>;
}): ServingRelease {
  const label = (name: keyof DeploymentLabels) => container.labels[deploymentLabel(name)] ?? "";
  return {
    version: label("version"),
    digest: label("digest"),
    image: container.image,
    deployId: label("deploy-id"),
    deployedAt: label("deployed-at"),
    id: container.id,
  };
}

/** Container and network names allow [a-zA-Z0-9_.-]; a semver's `+build` does not fit. */
export function nameSafe(text: string): string {
  return text.replace(/[^a-zA-Z0-9_.-]/g, "-");
}
