// quai history ENV: the environment's deployments newest first, each with what it was (a deploy,
// a rollback, a forced deploy), how it ended and why, and the blocks of the releases it ran.
import { shortDigest } from "@quai/core";
import type { BlockedRelease, DeploymentRecord } from "@quai/deploy";
import type { CliContext } from "../context";
import { EXIT, type ExitCode } from "../exit-codes";
import { json, positiveInteger, table } from "../format";
import { colorsFor } from "../io";

export interface HistoryEntry {
  deployment: DeploymentRecord;
  kind: "deploy" | "rollback" | "forced";
  /** The block of its release, wherever it was recorded. */
  block?: BlockedRelease;
}

export async function historyCommand(
  context: CliContext,
  environment: string,
  options: { limit: string; json?: boolean },
): Promise<ExitCode> {
  const limit = positiveInteger("--limit", options.limit);
  const settings = context.settings(environment);
  const ledger = context.ledger();
  const deployments = (await ledger.history(settings.app, settings.name)).slice(0, limit);
  const digests = [...new Set(deployments.map((deployment) => deployment.digest))];
  const blocks = new Map(
    await Promise.all(
      digests.map(async (digest) => [digest, await ledger.blocked(settings.app, digest)] as const),
    ),
  );
  const entries = deployments.map((deployment): HistoryEntry => {
    const block = blocks.get(deployment.digest);
    return { deployment, kind: kindOf(deployment), ...(block && { block }) };
  });
  if (options.json) {
    context.io.stdout.write(json({ app: settings.app, environment: settings.name, entries }));
    return EXIT.ok;
  }
  context.io.stdout.write(`${renderHistory(context, settings.app, settings.name, entries)}\n`);
  return EXIT.ok;
}

function kindOf(deployment: DeploymentRecord): HistoryEntry["kind"] {
  if (deployment.rollbackOf !== undefined) return "rollback";
  return deployment.forcedReason ? "forced" : "deploy";
}

export function renderHistory(
  context: CliContext,
  app: string,
  environment: string,
  entries: HistoryEntry[],
): string {
  if (entries.length === 0)
    return `${app} in ${environment}: nothing deployed yet (ledger: ${context.ledgerDescription})`;
  const color = colorsFor(context.io);
  const header = ["ID", "WHEN", "KIND", "VERSION", "DIGEST", "STATUS", "BY", "WHY"];
  const rows = entries.map(({ deployment, kind, block }) => [
    deployment.id,
    deployment.createdAt.replace(/\.\d+Z$/, "Z"),
    kind === "rollback" ? `rollback of ${deployment.rollbackOf}` : kind,
    deployment.version,
    shortDigest(deployment.digest),
    deployment.status,
    deployment.actor,
    [
      deployment.forcedReason && `forced: ${deployment.forcedReason}`,
      deployment.hold && `hold: ${deployment.hold}`,
      deployment.description,
      block && `blocked by ${block.blockedBy}: ${block.reason}`,
    ]
      .filter(Boolean)
      .join("; "),
  ]);
  const statusColor = {
    success: "green",
    failure: "red",
    error: "red",
    rolled_back: "yellow",
    in_progress: "dim",
  } as const;
  return [
    `${color("bold", app)} in ${environment} (ledger: ${context.ledgerDescription})`,
    table(header, rows, (row, column, cell) => {
      if (row === -1) return color("bold", cell);
      const status = entries[row]?.deployment.status;
      if (column === 5 && status) return color(statusColor[status], cell);
      if (column === 7 && entries[row]?.block) return color("red", cell);
      return cell;
    }),
  ].join("\n");
}
