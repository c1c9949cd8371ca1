import { runProcess } from "@quai/core";
import { logLine, ScriptFailedError } from "./container-script";

/** Runs a command on the runner, streaming its output line by line; the seam for the docker CLI. */
export type CommandRunner = (
  command: string,
  args: string[],
  onLine: (line: string) => void,
  options?: { timeLimitMs?: number },
) => Promise<void>;

/**
 * The real runner, in a process group of its own and within its time limit (a TimeLimitError
 * past it): fails with the command's exit code and the tail of its output.
 */
export const runCommand: CommandRunner = async (command, args, onLine, options = {}) => {
  const what = `${command} ${args[0] ?? ""} ${args[1] ?? ""}`.trim();
  const tail: string[] = [];
  const { exitCode, stderr } = await runProcess(command, args, {
    onLine: (line) => logLine(tail, line, onLine),
    timeLimitMs: options.timeLimitMs,
    what,
  });
  if (exitCode !== 0) throw new ScriptFailedError(what, exitCode, tail.length > 0 ? tail : [stderr]);
};
