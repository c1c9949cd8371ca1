// quai diff FROM TO: what promoting FROM to TO would ship: each side's release and the commits between.
import { shortDigest } from "@quai/core";
import type { CliContext } from "../context";
import { environmentState } from "../environment-state";
import { EXIT, type ExitCode } from "../exit-codes";
import { json } from "../format";
import { colorsFor } from "../io";

export async function diffCommand(
  context: CliContext,
  from: string,
  to: string,
  options: { json?: boolean },
): Promise<ExitCode> {
  const [fromSettings, toSettings] = [context.settings(from), context.settings(to)];
  const ledger = context.ledger();
  const [source, destination] = await Promise.all([
    environmentState(fromSettings, ledger),
    environmentState(toSettings, ledger),
  ]);
  const side = (state: typeof source) =>
    state.serving
      ? { version: state.serving.version, digest: state.serving.digest, commit: state.serving.commit }
      : undefined;
  const result = {
    app: context.app,
    from: { environment: from, release: side(source) },
    to: { environment: to, release: side(destination) },
    same: source.serving !== undefined && source.serving.digest === destination.serving?.digest,
    /** Why the gate would refuse to promote FROM's release: its block (environmentState reads it). */
    blocked: source.blocked,
    /** git's `to..from`: the commits promoting would add to `to`. */
    commits:
      source.serving && destination.serving && source.serving.commit !== destination.serving.commit
        ? `${destination.serving.commit}..${source.serving.commit}`
        : undefined,
  };
  if (options.json) {
    context.io.stdout.write(json(result));
    return EXIT.ok;
  }
  const color = colorsFor(context.io);
  const describe = (release: typeof result.from.release) =>
    release
      ? `${release.version}  ${shortDigest(release.digest)}  ${release.commit.slice(0, 12)}`
      : "nothing deployed";
  const lines = [
    `${color("bold", context.app)} (ledger: ${context.ledgerDescription})`,
    `  ${from.padEnd(Math.max(from.length, to.length))}  ${describe(result.from.release)}`,
    `  ${to.padEnd(Math.max(from.length, to.length))}  ${describe(result.to.release)}`,
  ];
  if (result.same) lines.push(`${to} already runs what ${from} runs: promoting ships nothing`);
  else if (!result.from.release) lines.push(`${from} has nothing to promote`);
  else {
    lines.push(
      `Promoting ${from} to ${to} ships ${result.from.release.version} (${shortDigest(result.from.release.digest)})`,
    );
    if (result.commits) lines.push(`Commits: git log ${result.commits}`);
    if (result.blocked) {
      lines.push(
        color(
          "red",
          `Promoting would be refused: it is blocked (${result.blocked.reason}; by ${result.blocked.by})`,
        ),
      );
    }
  }
  context.io.stdout.write(`${lines.join("\n")}\n`);
  return EXIT.ok;
}
