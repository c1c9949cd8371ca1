// Secret variables as Swarm secrets: content-addressed names (a changed value is a new secret, an
// unchanged one is reused), labelled with their app and environment, and pruned once unused, with
// the probe configs (probe-config.ts).
import { scryptSync } from "node:crypto";
import { InvalidValueError, runLabels } from "@quai/core";
import { type DeployPlan, LABEL_PREFIX, type Variable } from "../contract";
import { ACTION, environmentLabels } from "../labels";
import { containerSpec, type MountedSecret, serviceName } from "./service-spec";
import type { ServiceSpec, SwarmApi, SwarmConfig, SwarmSecret } from "./swarm-api";

/** Which variable a secret holds. */
export const VARIABLE_LABEL = `${LABEL_PREFIX}.variable`;
/** Swarm's limit on object names. */
const MAX_NAME_LENGTH = 64;

/**
 * `quai-<app>-<env>-<NAME>-<hash>`. Anyone who may list secrets sees the name, so the hash is a
 * slow one (scrypt), salted with where the value is used: a short fast hash of a weak password
 * could be reversed by guessing.
 */
export function secretName(app: string, environment: string, variable: Variable): string {
  const stem = `${serviceName(app, environment)}-${variable.name}`;
  const hash = scryptSync(variable.value, stem, 6).toString("hex");
  const name = `${stem}-${hash}`;
  if (name.length > MAX_NAME_LENGTH || !/^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/.test(variable.name)) {
    throw new InvalidValueError(
      "secret variable name",
      variable.name,
      `its Swarm secret would be named ${name}`,
      {
        hint: `Swarm secret names are at most ${MAX_NAME_LENGTH} characters of letters, digits, _ . and -: use a shorter variable name`,
      },
    );
  }
  return name;
}

/** Makes (or reuses) a Swarm secret for each secret variable of the plan. */
export async function ensureSecrets(api: SwarmApi, plan: DeployPlan): Promise<MountedSecret[]> {
  const variables = plan.variables.filter((variable) => variable.secret);
  if (variables.length === 0) return [];
  const labels = environmentLabels(plan.release.app, plan.environment);
  const existing = await api.listSecrets(labels);
  const mounted: MountedSecret[] = [];
  for (const variable of variables) {
    const name = secretName(plan.release.app, plan.environment, variable);
    const id =
      existing.find((secret) => secret.name === name)?.id ??
      (await api.createSecret(
        name,
        { ...labels, [VARIABLE_LABEL]: variable.name, ...runLabels(plan.runId, ACTION) },
        variable.value,
      ));
    mounted.push({ variable: variable.name, id, name });
  }
  return mounted;
}

/**
 * Removes the secrets and configs of `objects` that none of `specs` mounts; returns their names
 * (`secret <name>`, `config <name>`).
 */
export async function removeUnmounted(
  api: SwarmApi,
  objects: { secrets: SwarmSecret[]; configs: SwarmConfig[] },
  specs: Array<ServiceSpec | undefined>,
): Promise<string[]> {
  const containers = specs.map((spec) => spec && containerSpec(spec));
  const mountedSecrets = new Set(containers.flatMap((c) => c?.Secrets ?? []).map((ref) => ref.SecretName));
  const mountedConfigs = new Set(containers.flatMap((c) => c?.Configs ?? []).map((ref) => ref.ConfigName));
  const removed: string[] = [];
  for (const secret of objects.secrets.filter(({ name }) => !mountedSecrets.has(name))) {
    await api.removeSecret(secret.id);
    removed.push(`secret ${secret.name}`);
  }
  for (const config of objects.configs.filter(({ name }) => !mountedConfigs.has(name))) {
    await api.removeConfig(config.id);
    removed.push(`config ${config.name}`);
  }
  return removed;
}
