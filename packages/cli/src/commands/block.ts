// quai block VERSION --reason … / quai unblock VERSION: the ledger's block marks, which the
// promotion gate reads before every deploy and promote, the actions' as much as the CLI's.
import { shortDigest } from "@quai/core";
import type { DeploymentRecord } from "@quai/deploy";
import type { CliContext } from "../context";
import { EXIT, type ExitCode, UsageError } from "../exit-codes";
import { json } from "../format";

/** The ledger's newest record of the version, in any environment: its digest and commit. */
async function recordedRelease(context: CliContext, version: string): Promise<DeploymentRecord> {
  const ledger = context.ledger();
  const histories = await Promise.all(
    context.environmentNames().map((name) => ledger.history(context.app, name)),
  );
  const records = histories.flat().filter((deployment) => deployment.version === version);
  const newest = records.sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
  if (!newest) {
    throw new UsageError(
      `The ledger has no release ${version} of ${context.app} in any environment`,
      "Name a version quai deployed (quai history ENV lists them)",
    );
  }
  return newest;
}

export async function blockCommand(
  context: CliContext,
  version: string,
  options: { reason: string; environment?: string; json?: boolean },
): Promise<ExitCode> {
  // An undeclared environment is refused (exit 2) before anything is read or written.
  const environment = options.environment && context.settings(options.environment).name;
  const release = await recordedRelease(context, version);
  // GitHub points the block record at a commit it has: the release's own.
  const block = await context.ledger(release.commit).block({
    app: context.app,
    digest: release.digest,
    version,
    reason: options.reason,
    blockedBy: context.actor(),
    ...(environment && { environment }),
  });
  if (options.json) context.io.stdout.write(json(block));
  else if (block.reason !== options.reason || block.blockedBy !== context.actor()) {
    context.io.stdout.write(
      `${context.app} ${version} was already blocked by ${block.blockedBy} on ${block.blockedAt}: ${block.reason}\n`,
    );
  } else {
    context.io.stdout.write(
      `Blocked ${context.app} ${version} (${shortDigest(release.digest)}): deploys and promotes of it are refused until quai unblock ${version}\n`,
    );
  }
  return EXIT.ok;
}

export async function unblockCommand(
  context: CliContext,
  version: string,
  options: { json?: boolean },
): Promise<ExitCode> {
  const release = await recordedRelease(context, version);
  const lifted = await context.ledger().unblock(context.app, release.digest, context.actor());
  if (!lifted) {
    throw new UsageError(
      `${context.app} ${version} is not blocked in the ledger`,
      "quai history ENV shows the blocks",
    );
  }
  const declared = context
    .environmentNames()
    .find((name) => context.settings(name).blocked.some((block) => block.version === version));
  if (options.json) context.io.stdout.write(json({ lifted, stillBlockedInQuaiYml: declared !== undefined }));
  else {
    context.io.stdout.write(
      `Unblocked ${context.app} ${version} (blocked by ${lifted.blockedBy}: ${lifted.reason})\n`,
    );
    if (declared) {
      context.io.stdout.write(
        `quai.yml still blocks ${version} in ${declared} (blocked:): remove it there too\n`,
      );
    }
  }
  return EXIT.ok;
}
