// Which release a run deploys, and whether the environment may take it: never a blocked release,
// and in a stage with `after: X` only a digest X has run successfully. force + reason overrides
// both, and the ledger records it.
import { shortDigest, UserError } from "@quai/core";
import type { DeploymentRecord, Ledger, ReleaseToRun } from "./contract";
import type { EnvironmentSettings } from "./environment-settings";

/** The gate's refusal: a blocked release, a held environment, or one its `after:` stage never ran. */
export class GateRefusal extends UserError {
  constructor(message: string, hint: string) {
    super(message, { hint });
    this.name = "GateRefusal";
  }
}

/** A version that names no release: the registry has no such tag, or the environment never ran it. */
export class UnknownReleaseError extends UserError {
  constructor(message: string, hint: string) {
    super(message, { hint });
    this.name = "UnknownReleaseError";
  }
}

export interface GateDecision {
  /** Why force was needed, when it was; undefined when the gate let the release through. */
  overridden?: string;
}

export async function checkPromotionGate(
  release: ReleaseToRun,
  settings: EnvironmentSettings,
  ledger: Ledger,
  force: { reason: string } | undefined,
  automatic = false,
): Promise<GateDecision> {
  const refusal =
    (await blockRefusal(release, settings, ledger)) ??
    (automatic ? await holdRefusal(release, settings, ledger) : undefined) ??
    (await promotionRefusal(release, settings, ledger));
  if (!refusal) return {};
  if (force) return { overridden: `${refusal.message}; forced: ${force.reason}` };
  throw refusal;
}

async function blockRefusal(
  release: ReleaseToRun,
  settings: EnvironmentSettings,
  ledger: Ledger,
): Promise<GateRefusal | undefined> {
  const declared = settings.blocked.find((block) => block.version === release.version);
  const recorded = declared ? undefined : await ledger.blocked(release.app, release.digest);
  const reason = declared?.reason ?? recorded?.reason;
  if (reason === undefined) return undefined;
  const by = declared ? "quai.yml" : `${recorded?.blockedBy} on ${recorded?.blockedAt}`;
  return new GateRefusal(
    `${release.app} ${release.version} is blocked (${reason}; by ${by})`,
    "Deploy another release; to deploy it anyway set force: true and say why in reason",
  );
}

/** An automatic rollback holds the environment's automatic deploys until a person deploys there by hand. */
async function holdRefusal(
  release: ReleaseToRun,
  settings: EnvironmentSettings,
  ledger: Ledger,
): Promise<GateRefusal | undefined> {
  const history = await ledger.history(release.app, settings.name);
  const last = history.find((deployment) => deployment.status === "success");
  if (!last?.hold) return undefined;
  return new GateRefusal(
    `Automatic deploys of ${release.app} to ${settings.name} are held since ${last.version} was rolled back to automatically (${last.hold})`,
    `Deploy or promote ${release.version} by hand (workflow_dispatch) once the cause is fixed: that lifts the hold`,
  );
}

async function promotionRefusal(
  release: ReleaseToRun,
  settings: EnvironmentSettings,
  ledger: Ledger,
): Promise<GateRefusal | undefined> {
  if (!settings.after) return undefined;
  const history = await ledger.history(release.app, settings.after);
  if (history.some((deployment) => deployment.status === "success" && deployment.digest === release.digest)) {
    return undefined;
  }
  const validated = history.find((deployment) => deployment.status === "success");
  return new GateRefusal(
    `${release.app} ${release.version} (${shortDigest(release.digest)}) has not been deployed successfully to ${settings.after}, which ${settings.name} comes after`,
    validated
      ? `${settings.after} last validated ${validated.version} (${shortDigest(validated.digest)}); deploy ${release.version} to ${settings.after} first`
      : `Nothing was deployed to ${settings.after} yet; deploy ${release.version} there first`,
  );
}

/**
 * The release a rollback returns to, from the environment's history (newest first): `version`
 * if given (it must have served this environment successfully), else the newest successful one
 * before the current, never a blocked one.
 */
export async function rollbackDestination(
  settings: EnvironmentSettings,
  ledger: Ledger,
  history: DeploymentRecord[],
  current: { digest: string } | undefined,
  version?: string,
): Promise<DeploymentRecord> {
  const successes = history.filter((deployment) => deployment.status === "success");
  if (version !== undefined) {
    const named = successes.find((deployment) => deployment.version === version);
    if (!named) {
      throw new UnknownReleaseError(
        `${settings.app} ${version} never served ${settings.name} successfully`,
        `Roll back to one of: ${listVersions(successes)}`,
      );
    }
    return named;
  }
  const blockedVersions = new Set(settings.blocked.map((block) => block.version));
  for (const deployment of successes) {
    if (deployment.digest === current?.digest || blockedVersions.has(deployment.version)) continue;
    if (await ledger.blocked(settings.app, deployment.digest)) continue;
    return deployment;
  }
  throw new UserError(`${settings.name} has no earlier successful release to roll back to`, {
    hint: successes.length
      ? `Its only successful release is the one serving (${successes[0]?.version})`
      : "Nothing was deployed there successfully yet",
  });
}

function listVersions(deployments: DeploymentRecord[]): string {
  const versions = [...new Set(deployments.map((deployment) => deployment.version))];
  return versions.length ? versions.join(", ") : "none yet";
}
