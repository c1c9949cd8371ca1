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

/** Live redraws (status --watch, progress) only in a terminal, outside CI, unless --no-progress. */
export function liveOutput(io: CliIo, progress: boolean): boolean {
  return progress && io.stdout.isTTY === true && io.env.CI !== "true";
}

export function colorsFor(io: CliIo): (color: ColorName, text: string) => string {
  return colorizer(io.env, io.stdout.isTTY === true);
}
