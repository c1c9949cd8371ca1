// Where a command writes, and how: tests pass their own streams and environment.
import { type ColorName, colorizer } from "./color";

export interface CliIo {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() };
}

/** Live redraws (status --watch on stdout, progress on stderr) only in a terminal, outside CI, unless --no-progress. */
export function liveOutput(io: CliIo, stream: CliIo["stdout"], progress: boolean): boolean {
  return progress && stream.isTTY === true && io.env.CI !== "true";
}

export function colorsFor(io: CliIo): (color: ColorName, text: string) => string {
  return colorizer(io.env, io.stdout.isTTY === true);
}
