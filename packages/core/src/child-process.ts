import { spawn } from "node:child_process";
import { constants } from "node:os";
import type { Readable } from "node:stream";
import { UserError } from "./errors";
import { formatDuration } from "./format";
import { stopProcessGroup, trackProcessGroup } from "./process-groups";

export interface ProcessOptions {
  cwd?: string;
  /** The command's whole environment (nothing of this process's is added to it); this one's when unset. */
  env?: NodeJS.ProcessEnv;
  /** Called with each line of stdout and stderr as it comes. */
  onLine?: (line: string) => void;
  /** Stops the command: SIGTERM to its process group, then SIGKILL if it is still there. */
  signal?: AbortSignal;
  /** How long it may run (DEFAULT_TIME_LIMIT_MS unless set); past it, it is stopped as by `signal` and the call fails. */
  timeLimitMs?: number;
  /** The command as the time limit's error names it; its whole command line by default. */
  what?: string;
}

export interface ProcessResult {
  /** The exit code; 128 + the signal's number when a signal ended it; 127 when the program is not installed. */
  exitCode: number;
  stdout: string;
  stderr: string;
}

export const NOT_INSTALLED = 127;
export const DEFAULT_TIME_LIMIT_MS = 10 * 60_000;

/** A command ran past its time limit, and was stopped with what it started. */
export class TimeLimitError extends UserError {
  constructor(
    readonly what: string,
    readonly limitMs: number,
  ) {
    super(`${what} was stopped after its time limit of ${formatDuration(limitMs)}`, {
      hint: "Its last lines in the log say where it got stuck; quai stops what runs that long so that nothing outlives the step",
    });
    this.name = "TimeLimitError";
  }
}

/**
 * Runs a program, streaming its lines; never rejects for a non-zero exit. It gets a process
 * group of its own, so that stopping it also stops what it started (a test command's children,
 * compose's plugins), and nothing of it outlives this process.
 */
export function runProcess(
  command: string,
  args: readonly string[],
  options: ProcessOptions = {},
): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env,
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    trackProcessGroup(child);
    const stdout = lineCollector(child.stdout, options.onLine);
    const stderr = lineCollector(child.stderr, options.onLine);
    const stop = () => stopProcessGroup(child);
    const limitMs = options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS;
    let timedOut = false;
    const limit = setTimeout(() => {
      timedOut = true;
      stop();
    }, limitMs);
    if (options.signal?.aborted) stop();
    options.signal?.addEventListener("abort", stop, { once: true });
    const settle = () => {
      clearTimeout(limit);
      options.signal?.removeEventListener("abort", stop);
    };
    child.once("error", (error: NodeJS.ErrnoException) => {
      settle();
      if (error.code !== "ENOENT") return reject(error);
      resolve({ exitCode: NOT_INSTALLED, stdout: "", stderr: `${command}: command not found` });
    });
    child.once("close", (code, signal) => {
      settle();
      if (timedOut) return reject(new TimeLimitError(options.what ?? [command, ...args].join(" "), limitMs));
      const exitCode = code ?? 128 + (signal ? constants.signals[signal] : 0);
      resolve({ exitCode, stdout: stdout.text(), stderr: stderr.text() });
    });
  });
}

/** Keeps a stream's whole text and hands each complete line to `onLine` as it arrives. */
function lineCollector(stream: Readable | null, onLine?: (line: string) => void): { text(): string } {
  let text = "";
  let partial = "";
  stream?.setEncoding("utf8");
  stream?.on("data", (chunk: string) => {
    text += chunk;
    const lines = (partial + chunk).split("\n");
    partial = lines.pop() ?? "";
    for (const line of lines) onLine?.(line.replace(/\r$/, ""));
  });
  stream?.on("end", () => {
    if (partial) onLine?.(partial.replace(/\r$/, ""));
    partial = "";
  });
  return { text: () => text };
}
