// quai lock status|release ENV: the deployment lock on the environment's target (the lease that
// deploy-env takes), which one deployment per app and environment holds at a time.
import { type EnvironmentSettings, type LeaseHolder, statusDescription } from "@quai/deploy";
import type { CliContext } from "../context";
import { EXIT, type ExitCode, UsageError } from "../exit-codes";
import { json } from "../format";

export async function lockStatusCommand(
  context: CliContext,
  environment: string,
  options: { json?: boolean },
): Promise<ExitCode> {
  const settings = context.settings(environment);
  const holder = await context.lockHolder(settings);
  if (options.json) context.io.stdout.write(json({ environment: settings.name, holder: holder ?? null }));
  else if (!holder) context.io.stdout.write(`${settings.name}: the deployment lock is free\n`);
  else {
    const run = holder.runUrl ? ` in ${holder.runUrl}` : "";
    context.io.stdout.write(
      `${settings.name}: the deployment lock is held by ${holder.holder}${run} (run ${holder.runId})\n`,
    );
  }
  return EXIT.ok;
}

export async function lockReleaseCommand(
  context: CliContext,
  environment: string,
  options: { force?: boolean },
): Promise<ExitCode> {
  const settings = context.settings(environment);
  const { leases } = await context.target(settings);
  const holder = await leases.heldBy({ app: settings.app, environment: settings.name });
  if (!holder) {
    context.io.stdout.write(`${settings.name}: the deployment lock is free already\n`);
    return EXIT.ok;
  }
  const others = holder.holder !== context.actor();
  if (others && !options.force) {
    const run = holder.runUrl ? ` (${holder.runUrl})` : "";
    throw new UsageError(
      `The deployment lock of ${settings.name} is held by ${holder.holder}${run}, not by you`,
      "If that run is gone, release it with --force; a run still deploying would then race the next deploy",
    );
  }
  await leases.releaseRun(holder.runId);
  const by = others ? `, by ${context.actor()} with --force` : "";
  context.io.stdout.write(
    `${settings.name}: released the deployment lock ${holder.holder} held (run ${holder.runId})${by}\n`,
  );
  if (others) await recordForcedRelease(context, settings, holder);
  return EXIT.ok;
}

/**
 * Forcing someone's lock takes their run for gone, as the next deploy would on finding its lease
 * expired: what it left in progress in the ledger is closed as `error`, saying who released it.
 */
async function recordForcedRelease(
  context: CliContext,
  settings: EnvironmentSettings,
  holder: LeaseHolder,
): Promise<void> {
  const ledger = context.ledger();
  const unfinished = (await ledger.history(settings.app, settings.name)).filter(
    (deployment) => deployment.status === "in_progress",
  );
  for (const deployment of unfinished) {
    await ledger.finish(deployment.id, "error", {
      description: statusDescription(
        `Its lock (run ${holder.runId}) released by ${context.actor()} with --force`,
      ),
      url: settings.url,
      logUrl: deployment.logUrl,
    });
  }
  context.io.stdout.write(
    unfinished.length > 0
      ? `Closed ${unfinished.map((deployment) => `deployment ${deployment.id} (${deployment.version})`).join(", ")} as error in the ledger, saying who released the lock\n`
      : "No deployment was in progress in the ledger: the release is recorded nowhere else\n",
  );
}
