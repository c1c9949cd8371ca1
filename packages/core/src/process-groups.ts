// The process groups runProcess starts, kept apart from it: run() stops them when a step is
// cancelled, and a step that fails on its inputs should not load node:child_process for that.
import type { ChildProcess } from "node:child_process";

const KILL_GRACE_MS = 5_000;

/** Every process group this process started that has not closed yet. */
const running = new Set<ChildProcess>();
let killsOnExit = false;

/** Stops every command still running, with what each started: the step is cancelled. */
export function stopChildProcesses(): void {
  for (const child of running) stopProcessGroup(child);
}

/** Counts `child`, which runProcess started in a group of its own, among the running groups until it closes. */
export function trackProcessGroup(child: ChildProcess): void {
  if (child.pid === undefined) return;
  // The last resort: when this process exits (process.exit, an uncaught error), it kills what is
  // left, as detached groups would otherwise outlive it.
  if (!killsOnExit) process.once("exit", killAll);
  killsOnExit = true;
  running.add(child);
  child.once("close", () => running.delete(child));
}

function killAll(): void {
  for (const child of running) signalGroup(child, "SIGKILL");
}

/** SIGTERM to the child's group, then SIGKILL if it has not closed after a grace period. */
export function stopProcessGroup(child: ChildProcess): void {
  signalGroup(child, "SIGTERM");
  const escalation = setTimeout(() => signalGroup(child, "SIGKILL"), KILL_GRACE_MS);
  escalation.unref();
  child.once("close", () => clearTimeout(escalation));
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    if (child.pid !== undefined) process.kill(-child.pid, signal);
  } catch {
    // The group is gone already.
  }
}
