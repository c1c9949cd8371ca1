// quai deploy ENV VERSION, quai promote FROM TO, quai rollback ENV [--to VERSION]: each one call
// of deployFromConfig, the library function the deploy-env action runs, so the gate, the lock and the
// health checks are the action's own. --dry-run calls previewFromConfig, which changes nothing.
import { dirname } from "node:path";
import { formatDuration, newRunId, parseImageRef, shortDigest, UserError } from "@quai/core";
import {
  type DeployFromConfigOptions,
  type DeployFromConfigPreview,
  deployFromConfig,
  type EnvironmentSettings,
  type HealthProbe,
  previewFromConfig,
} from "@quai/deploy";
import type { CliContext } from "../context";
import { environmentState } from "../environment-state";
import { EXIT, type ExitCode, UsageError } from "../exit-codes";
import { positiveInteger } from "../format";
import { colorsFor } from "../io";
import { progressReporter } from "../progress";

export interface ChangeOptions {
  dryRun?: boolean;
  force?: boolean;
  reason?: string;
  /** Seconds to wait for another deployment of the environment to finish. */
  lockTimeout: string;
}

type ReleaseChoice = Pick<DeployFromConfigOptions, "version" | "imageRef" | "rollback"> & { commit?: string };

export async function deployCommand(
  context: CliContext,
  environment: string,
  version: string,
  options: ChangeOptions,
): Promise<ExitCode> {
  return change(context, environment, { version, rollback: false, commit: context.headCommit() }, options);
}

/** Ships the exact digest FROM serves (not the tag again), as the promote workflow does. */
export async function promoteCommand(
  context: CliContext,
  from: string,
  to: string,
  options: ChangeOptions,
): Promise<ExitCode> {
  const source = context.settings(from);
  context.settings(to);
  const { serving } = await environmentState(source, context.ledger());
  if (!serving) {
    throw new UsageError(
      `${from} has no successful deployment to promote`,
      `Deploy a release to ${from} first`,
    );
  }
  const repository = source.repository;
  if (!repository) {
    throw new UsageError(
      `quai.yml names no repository for ${source.app}, so the digest ${from} runs cannot be pulled by name`,
      "Add repository: registry/namespace/name to quai.yml",
    );
  }
  const imageRef = parseImageRef(`${repository}:${serving.version}@${serving.digest}`, "release");
  return change(context, to, { imageRef, rollback: false, commit: serving.commit }, options);
}

export async function rollbackCommand(
  context: CliContext,
  environment: string,
  options: ChangeOptions & { to?: string },
): Promise<ExitCode> {
  // The release rolled back to carries its own commit from the ledger.
  return change(
    context,
    environment,
    { version: options.to, rollback: true, commit: context.headCommit() },
    options,
  );
}

async function change(
  context: CliContext,
  environment: string,
  choice: ReleaseChoice,
  options: ChangeOptions,
): Promise<ExitCode> {
  const settings = context.settings(environment);
  if (options.force && !options.reason) {
    throw new UsageError(
      "--force needs --reason",
      'Say why the gate is overridden: --force --reason "hotfix for the checkout outage"',
    );
  }
  if (!choice.rollback && !choice.commit) {
    throw new UsageError(
      "No git commit to record the deployment with",
      "Run quai inside the git checkout of the release, or promote a release another environment runs",
    );
  }
  const deployOptions: DeployFromConfigOptions = {
    ...targetOptions(context, settings, {
      commit: choice.commit ?? "",
      lockTimeoutMs: positiveInteger("--lock-timeout", options.lockTimeout) * 1000,
    }),
    ...choice,
    commit: choice.commit ?? "",
    force: options.force && options.reason ? { reason: options.reason } : undefined,
  };
  if (options.dryRun) {
    const preview = await previewFromConfig(deployOptions);
    context.io.stdout.write(
      `${renderPreview(context, preview, choice.rollback === true, deployOptions.lockTimeoutMs)}\n`,
    );
    return EXIT.ok;
  }
  const result = await deployFromConfig(deployOptions);
  const color = colorsFor(context.io);
  const previous = result.previous ? `, replacing ${result.previous.version}` : "";
  context.io.stdout.write(
    `${color("green", "✓")} ${settings.name} serves ${result.release.app} ${result.release.version} (${shortDigest(result.release.digest)})${previous} in ${formatDuration(result.durationMs)}; ledger deployment ${result.deployment.id}\n`,
  );
  if (result.forced) context.io.stdout.write(`Forced past the gate: ${result.forced}\n`);
  return EXIT.ok;
}

/**
 * What deployFromConfig and the drift watcher both take besides the release: quai.yml, the ledger, the
 * target as the user's environment reaches it, who runs quai, and progress as plain lines.
 */
export function targetOptions(
  context: CliContext,
  settings: EnvironmentSettings,
  { commit, lockTimeoutMs }: { commit: string; lockTimeoutMs: number },
): Omit<DeployFromConfigOptions, "rollback" | "version" | "imageRef" | "force"> {
  const reporter = progressReporter(context.io, context.options.progress);
  // An error while connecting to the target (after onTarget, before the first group ends) is
  // where quai was pointed, as an unreachable target is: exit 2, nothing changed.
  let connecting = false;
  return {
    workspace: dirname(context.configPath),
    config: context.configPath,
    environment: settings.name,
    overrides: {},
    commit,
    lockTimeoutMs,
    ledger: context.ledgerSpec(commit || undefined),
    engine: {},
    insecureRegistries: [],
    readSecret: (name) => context.io.env[name],
    actor: context.actor(),
    runId: newRunId(context.io.env),
    onTarget: () => {
      connecting = true;
    },
    reporter: {
      ...reporter,
      group: async (name, work) => {
        try {
          return await reporter.group(name, work);
        } catch (error) {
          if (connecting && error instanceof UserError && !(error instanceof UsageError)) {
            throw new UsageError(
              error.message,
              error.hint ?? `Check the target of ${settings.name} in quai.yml`,
            );
          }
          throw error;
        } finally {
          connecting = false;
        }
      },
    },
  };
}

function describeProbe(probe: HealthProbe): string {
  if (probe.kind === "http") return `HTTP GET ${probe.path} answering ${probe.expectedStatus}`;
  if (probe.kind === "image") return "the image's HEALTHCHECK";
  return `\`${probe.command.join(" ")}\` exiting 0`;
}

export function renderPreview(
  context: CliContext,
  preview: DeployFromConfigPreview,
  rollback: boolean,
  lockTimeoutMs: number,
): string {
  const { settings, release, serving, plan } = preview;
  const health = plan.health;
  const afterSwitch =
    plan.strategy === "recreate"
      ? "stopped before the new one starts (recreate)"
      : plan.standbyMs
        ? `kept running as the standby for ${formatDuration(plan.standbyMs)} after a drain of ${formatDuration(plan.drainMs)}`
        : `stopped after a drain of ${formatDuration(plan.drainMs)}`;
  const lines = [
    `Dry run: nothing was changed (ledger: ${context.ledgerDescription}).`,
    `Would ${rollback ? "roll back" : "deploy"} ${release.app} ${release.version} to ${settings.name} on ${settings.target}`,
    `  image      ${release.image}`,
    `  replacing  ${serving ? `${serving.version} (${shortDigest(serving.digest)}), ${afterSwitch}` : "nothing: its first release"}`,
    `  strategy   ${plan.strategy}, serving on ${plan.publish}, ${plan.retain} earlier releases retained`,
    `  health     ${describeProbe(health.probe)}, ${health.successes} in a row, every ${formatDuration(health.intervalMs)}, within ${formatDuration(health.timeoutMs)}`,
    `  gate       ${rollback ? "none for a rollback (its destination is never a blocked release)" : gateLine(preview)}`,
    `  lock       ${preview.lockHolder ? `held by ${preview.lockHolder.holder}: would wait up to ${formatDuration(lockTimeoutMs)}` : "free"}`,
  ];
  if (preview.undoing)
    lines.push(
      `  ledger     deployment ${preview.undoing.id} (${preview.undoing.version}) would be marked rolled back`,
    );
  return lines.join("\n");
}

function gateLine(preview: DeployFromConfigPreview): string {
  if (preview.forced) return `forced: ${preview.forced}`;
  const after = preview.settings.after;
  return `passed: not blocked${after ? `, and ${after} ran this digest successfully` : ""}`;
}
