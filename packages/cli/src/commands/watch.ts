// quai watch ENV: the auto-rollback-on-drift watcher from a terminal (watchEnvironment, the
// library call the action's report wraps), each signal's reading printed as it is sampled. It
// opens no report: the action does that for the team; here a person is watching.
import { formatDuration } from "@quai/core";
import { watchEnvironment } from "@quai/drift";
import type { CliContext } from "../context";
import { EXIT, type ExitCode } from "../exit-codes";
import { positiveInteger } from "../format";
import { colorsFor } from "../io";
import { targetOptions } from "./deploy";

export async function watchCommand(
  context: CliContext,
  environment: string,
  options: { for: string; dryRun?: boolean; lockTimeout: string },
): Promise<ExitCode> {
  const settings = context.settings(environment);
  const windowMs = positiveInteger("--for", options.for) * 1000;
  const color = colorsFor(context.io);
  const mark = {
    pass: color("green", "ok"),
    fail: color("red", "FAIL"),
    error: color("yellow", "error"),
    "no-data": "no data",
  };
  context.io.stderr.write(
    `Watching ${settings.name} for ${formatDuration(windowMs)}, a sample every ${formatDuration(settings.watch.intervalMs)}${options.dryRun ? " (dry run: it decides, and changes nothing)" : ""}\n`,
  );
  const result = await watchEnvironment({
    ...targetOptions(context, settings, {
      commit: context.headCommit() ?? "",
      lockTimeoutMs: positiveInteger("--lock-timeout", options.lockTimeout) * 1000,
    }),
    windowMs,
    dryRun: options.dryRun === true,
    onSample: ({ atMs, signal, reading }) =>
      context.io.stdout.write(
        `${new Date(atMs).toISOString()}  ${signal}: ${mark[reading.kind]}, ${reading.detail}\n`,
      ),
  });
  const deciding = result.deciding ? `${result.deciding.signal}, ${result.deciding.reason}. ` : "";
  context.io.stdout.write(`${result.verdict}: ${deciding}${result.action.why}\n`);
  // A drift fails, as the action's step does, even once it is rolled back: someone must look.
  return result.verdict === "drifted" ? EXIT.failed : EXIT.ok;
}
