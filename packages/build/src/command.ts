import { spawn } from "node:child_process";
import { LOG_TAIL_LINES, ScriptFailedError } from "./container-script";

/** Runs a command on the runner, streaming its output line by line; the seam for the docker CLI. */
export type CommandRunner = (
  command: string,
  args: string[],
  onLine: (line: string) => void,
) => Promise<void>;

/** The real runner: fails with the command's exit code and the tail of its output. */
export const runCommand: CommandRunner = (command, args, onLine) =>
  new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"] });
    const tail: string[] = [];
    let partial = "";
    const take = (chunk: Buffer) => {
      const lines = (partial + chunk.toString("utf8")).split("\n");
      partial = lines.pop() ?? "";
      for (const line of lines) {
        tail.push(line);
        if (tail.length > LOG_TAIL_LINES) tail.shift();
        onLine(line);
      }
    };
    child.stdout.on("data", take);
    child.stderr.on("data", take);
    child.on("error", reject);
    child.on("close", (code) => {
      if (partial) onLine(partial);
      if (code === 0) resolve();
      else
        reject(new ScriptFailedError(`${command} ${args[0] ?? ""} ${args[1] ?? ""}`.trim(), code ?? 1, tail));
    });
  });
