import { type ChildProcess, spawn } from "node:child_process";
import { constants } from "node:os";
import type { Readable } from "node:stream";

export interface ExecOptions {
  cwd?: string;
  /** The command's whole environment (nothing of this process's is added to it). */
  env?: NodeJS.ProcessEnv;
  /** Called with each line of stdout and stderr as it comes. */
  onLine?: (line: string) => void;
  /** Stops the command: SIGTERM to its process group, then SIGKILL if it is still there. */
  signal?: AbortSignal;
}

export interface ExecResult {
  /** The exit code; 128 + the signal's number when a signal ended it; 127 when the program is not installed. */
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** The one seam for programs: the compose CLI, docker, the test command. Unit tests fake it. */
export type Exec = (command: string, args: readonly string[], options?: ExecOptions) => Promise<ExecResult>;

export const NOT_INSTALLED = 127;
const KILL_GRACE_MS = 5_000;

/** Runs a program with node:child_process, streaming its lines; never rejects for a non-zero exit. */
export const nodeExec: Exec = (command, args, options = {}) =>
  new Promise((resolve, reject) => {
    // A process group of its own, so that stopping it also stops what it started (a test
    // command's children, compose's plugins).
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env,
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    const stdout = lineCollector(child.stdout, options.onLine);
    const stderr = lineCollector(child.stderr, options.onLine);
    const stop = () => stopGroup(child);
    if (options.signal?.aborted) stop();
    options.signal?.addEventListener("abort", stop, { once: true });
    child.once("error", (error: NodeJS.ErrnoException) => {
      options.signal?.removeEventListener("abort", stop);
      if (error.code !== "ENOENT") return reject(error);
      resolve({ exitCode: NOT_INSTALLED, stdout: "", stderr: `${command}: command not found` });
    });
    child.once("close", (code, signal) => {
      options.signal?.removeEventListener("abort", stop);
      const exitCode = code ?? 128 + (signal ? constants.signals[signal] : 0);
      resolve({ exitCode, stdout: stdout.text(), stderr: stderr.text() });
    });
  });

function stopGroup(child: ChildProcess): void {
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, signal);
    } catch {
      // The group is gone already.
    }
  };
  signalGroup("SIGTERM");
  const escalation = setTimeout(() => signalGroup("SIGKILL"), KILL_GRACE_MS);
  escalation.unref();
  child.once("close", () => clearTimeout(escalation));
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
