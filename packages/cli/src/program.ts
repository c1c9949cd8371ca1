// The command line: commander parses it, and each command's module is imported only when that
// command runs, so `quai --help` loads commander alone (the ≤ 0.3 s cold start, scripts/bench/cli.ts).
import { Command, CommanderError } from "commander";
import type { ChangeOptions } from "./commands/deploy";
import type { CliContext, CliDependencies, GlobalOptions } from "./context";
import { EXIT, type ExitCode, errorLine, exitCodeOf } from "./exit-codes";
import type { CliIo } from "./io";

const EXIT_CODES_HELP = `
Exit codes: 0 ok, 1 failed, 2 bad usage (nothing changed), 3 refused by the promotion gate or a block.
The ledger is --ledger FILE, else GitHub Deployments of --repo (or the origin remote) with
GITHUB_TOKEN, GH_TOKEN or \`gh auth token\`.`;

export async function runCli(
  argv: string[],
  io: CliIo,
  dependencies: CliDependencies = {},
): Promise<ExitCode> {
  let exitCode: ExitCode = EXIT.ok;
  const context = async (command: Command): Promise<CliContext> => {
    const { CliContext } = await import("./context");
    return new CliContext(io, command.optsWithGlobals<GlobalOptions>(), dependencies);
  };
  // Each action reports its own exit code (a refused deploy is not a thrown crash).
  const action =
    <A extends unknown[]>(work: (context: CliContext, ...args: A) => Promise<ExitCode | undefined>) =>
    async (...args: unknown[]) => {
      const command = args.at(-1) as Command;
      exitCode = (await work(await context(command), ...(args.slice(0, -1) as A))) ?? EXIT.ok;
    };

  const program = new Command("quai")
    .description("quai for release managers: what runs where, deploy, promote, roll back, block, lock")
    .option("-c, --config <file>", "quai.yml (default: found by walking up from the working directory)")
    .option("--ledger <file>", "a JSON file ledger instead of GitHub Deployments")
    .option("--repo <owner/name>", "the GitHub repository of the ledger (default: the origin remote)")
    .option("--no-progress", "plain line-by-line output, no live redraws")
    .addHelpText("after", EXIT_CODES_HELP)
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      // commander's error and its "(Did you mean …?)" as the one line quai prints for every mistake.
      outputError: (text, write) =>
        write(
          `quai: ${text
            .replace(/^error: /, "")
            .trim()
            .replace(/\s*\n\s*/g, " ")}\n`,
        ),
    });

  program
    .command("status")
    .description("what each environment runs: version, digest, since, by whom, lock, blocks")
    .argument("[environments...]", "environments to show (default: all in quai.yml)")
    .option("--json", "print JSON, for scripts")
    .option("-w, --watch", "redraw in place until Ctrl-C")
    .option("--interval <seconds>", "how often --watch reads again", "5")
    .action(
      action(
        async (
          context,
          environments: string[],
          options: { json?: boolean; watch?: boolean; interval: string },
        ) => {
          const { statusCommand } = await import("./commands/status");
          return statusCommand(context, environments, options);
        },
      ),
    );

  program
    .command("history")
    .description("an environment's deployments, rollbacks, blocks and forced deploys, with reasons")
    .argument("<environment>")
    .option("-n, --limit <count>", "how many deployments, newest first", "20")
    .option("--json", "print JSON, for scripts")
    .action(
      action(async (context, environment: string, options: { limit: string; json?: boolean }) => {
        const { historyCommand } = await import("./commands/history");
        return historyCommand(context, environment, options);
      }),
    );

  program
    .command("diff")
    .description("which versions, digests and commits differ between two environments")
    .argument("<from>", "the environment a promotion takes from (staging)")
    .argument("<to>", "the environment it ships to (production)")
    .option("--json", "print JSON, for scripts")
    .action(
      action(async (context, from: string, to: string, options: { json?: boolean }) => {
        const { diffCommand } = await import("./commands/diff");
        return diffCommand(context, from, to, options);
      }),
    );

  program
    .command("block")
    .description("mark a release bad: deploys and promotes of it are refused everywhere")
    .argument("<version>")
    .requiredOption("--reason <why>", "why it is bad, for whoever is refused")
    .option("-e, --environment <name>", "where it was found bad")
    .option("--json", "print JSON, for scripts")
    .action(
      action(
        async (
          context,
          version: string,
          options: { reason: string; environment?: string; json?: boolean },
        ) => {
          const { blockCommand } = await import("./commands/block");
          return blockCommand(context, version, options);
        },
      ),
    );

  program
    .command("unblock")
    .description("lift a release's block in the ledger")
    .argument("<version>")
    .option("--json", "print JSON, for scripts")
    .action(
      action(async (context, version: string, options: { json?: boolean }) => {
        const { unblockCommand } = await import("./commands/block");
        return unblockCommand(context, version, options);
      }),
    );

  const lock = program.command("lock").description("the deployment lock of an environment, on its target");
  lock
    .command("status")
    .description("who holds the lock")
    .argument("<environment>")
    .option("--json", "print JSON, for scripts")
    .action(
      action(async (context, environment: string, options: { json?: boolean }) => {
        const { lockStatusCommand } = await import("./commands/lock");
        return lockStatusCommand(context, environment, options);
      }),
    );
  lock
    .command("release")
    .description("release the lock (someone else's needs --force)")
    .argument("<environment>")
    .option("--force", "release a lock someone else holds")
    .action(
      action(async (context, environment: string, options: { force?: boolean }) => {
        const { lockReleaseCommand } = await import("./commands/lock");
        return lockReleaseCommand(context, environment, options);
      }),
    );

  const changeOptions = (command: Command) =>
    command
      .option(
        "--dry-run",
        "print the plan: what would run, what it replaces, which checks apply; change nothing",
      )
      .option("--force", "deploy past the promotion gate or a block (needs --reason)")
      .option("--reason <why>", "why --force, recorded in the ledger")
      .option(
        "--lock-timeout <seconds>",
        "how long to wait for another deployment of the environment",
        "300",
      );

  changeOptions(
    program
      .command("deploy")
      .description("deploy a version to an environment, through the gate, the lock and the health checks")
      .argument("<environment>")
      .argument("<version>"),
  ).action(
    action(async (context, environment: string, version: string, options: ChangeOptions) => {
      const { deployCommand } = await import("./commands/deploy");
      return deployCommand(context, environment, version, options);
    }),
  );

  changeOptions(
    program
      .command("promote")
      .description("ship the exact digest one environment runs to the next")
      .argument("<from>")
      .argument("<to>"),
  ).action(
    action(async (context, from: string, to: string, options: ChangeOptions) => {
      const { promoteCommand } = await import("./commands/deploy");
      return promoteCommand(context, from, to, options);
    }),
  );

  changeOptions(
    program
      .command("rollback")
      .description("bring back the previous successful release, or --to a version the environment ran")
      .argument("<environment>")
      .option("--to <version>", "the release to return to"),
  ).action(
    action(async (context, environment: string, options: ChangeOptions & { to?: string }) => {
      const { rollbackCommand } = await import("./commands/deploy");
      return rollbackCommand(context, environment, options);
    }),
  );

  program
    .command("watch")
    .description("watch an environment for drift, rolling back and blocking as auto-rollback-on-drift does")
    .argument("<environment>")
    .option("--for <seconds>", "how long to watch", "900")
    .option("--dry-run", "decide, but roll back and block nothing")
    .option("--lock-timeout <seconds>", "how long a rollback waits for another deployment", "300")
    .action(
      action(
        async (
          context,
          environment: string,
          options: { for: string; dryRun?: boolean; lockTimeout: string },
        ) => {
          const { watchCommand } = await import("./commands/watch");
          return watchCommand(context, environment, options);
        },
      ),
    );

  program
    .command("completion")
    .description("print a shell completion script: source <(quai completion bash)")
    .argument("<shell>", "bash or zsh")
    .action(async (shell: string, _options: unknown, command: Command) => {
      const { completionCommand } = await import("./commands/completion");
      exitCode = await completionCommand(await context(command), shell, program);
    });

  try {
    await program.parseAsync(argv, { from: "user" });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through here too, with exit code 0.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    io.stderr.write(`quai: ${errorLine(error)}\n`);
    if (io.env.QUAI_DEBUG && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
    return exitCodeOf(error);
  }
}
