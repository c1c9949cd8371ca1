// What an environment runs, as the ledger the actions write tells it: the newest successful
// deployment, the earlier ones a rollback can return to, and whether the serving release is blocked.
import type { DeploymentRecord, EnvironmentSettings, Ledger } from "@quai/deploy";

export interface EnvironmentState {
  environment: string;
  /** The newest successful deployment: what the ledger says serves now. */
  serving?: DeploymentRecord;
  /** A deployment still in progress (or left so by a killed run), newer than `serving`. */
  inProgress?: DeploymentRecord;
  /** Earlier successful releases, newest first, as many as quai.yml retains (retain:). */
  retained: { version: string; digest: string }[];
  /** Why the serving release is blocked, if it is (quai.yml or the ledger). */
  blocked?: { reason: string; by: string };
}

export async function environmentState(
  settings: EnvironmentSettings,
  ledger: Ledger,
): Promise<EnvironmentState> {
  const history = await ledger.history(settings.app, settings.name);
  const servingIndex = history.findIndex((deployment) => deployment.status === "success");
  const serving = servingIndex === -1 ? undefined : history[servingIndex];
  const newer = servingIndex === -1 ? history : history.slice(0, servingIndex);
  const retained: EnvironmentState["retained"] = [];
  for (const deployment of history.slice(servingIndex + 1)) {
    if (retained.length >= settings.retain || servingIndex === -1) break;
    if (deployment.status !== "success" || deployment.digest === serving?.digest) continue;
    if (retained.some((release) => release.digest === deployment.digest)) continue;
    retained.push({ version: deployment.version, digest: deployment.digest });
  }
  return {
    environment: settings.name,
    serving,
    inProgress: newer.find((deployment) => deployment.status === "in_progress"),
    retained,
    blocked: serving && (await blockOf(settings, ledger, serving)),
  };
}

export async function blockOf(
  settings: EnvironmentSettings,
  ledger: Ledger,
  release: { version: string; digest: string },
): Promise<{ reason: string; by: string } | undefined> {
  const declared = settings.blocked.find((block) => block.version === release.version);
  if (declared) return { reason: declared.reason, by: "quai.yml" };
  const recorded = await ledger.blocked(settings.app, release.digest);
  return recorded && { reason: recorded.reason, by: recorded.blockedBy };
}
