// For unit tests: a command that starts a child of its own, and whether a process is gone.
import { readFileSync } from "node:fs";
import { UserError } from "@quai/core";
import { expect } from "vitest";

/** For `sh -c`: starts a child, prints its pid then the shell's, and waits. */
export const SHELL_WITH_CHILD = "sleep 30 & echo $!; echo $$; sleep 30";

/**
 * Whether a process is gone: no such pid, or a zombie, which is dead but waits for init to reap
 * it (an orphan killed with its parent may, and a container's init may take its time).
 */
export function isGone(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return true;
  }
  try {
    return /^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return true;
  }
}

/**
 * A killed process dies when the kernel next schedules it, which a loaded machine may delay a
 * moment after kill() returns: gone within a bounded wait, not necessarily at this instant.
 */
export async function expectGone(pid: number): Promise<void> {
  await expect.poll(() => isGone(pid), { timeout: 2000, message: `process ${pid}` }).toBe(true);
}

type Start = (
  script: string,
  options: { timeLimitMs: number; onLine: (line: string) => void },
) => Promise<unknown>;

/** Runs `sh -c SHELL_WITH_CHILD` through `start` with a 1 s limit: it fails naming both, and leaves nothing running. */
export async function expectStoppedAtTimeLimit(start: Start): Promise<void> {
  const pids: number[] = [];
  const run = start(SHELL_WITH_CHILD, { timeLimitMs: 1000, onLine: (line) => pids.push(Number(line)) });
  await expect(run).rejects.toBeInstanceOf(UserError);
  await expect(run).rejects.toThrowError(
    `sh -c ${SHELL_WITH_CHILD} was stopped after its time limit of 1.0 s`,
  );
  expect(pids).toHaveLength(2);
  // A killed process dies when the kernel next schedules it, which a loaded machine may delay a
  // moment after kill() returns: gone within a bounded wait, not necessarily at this instant.
  for (const pid of pids)
    await expect.poll(() => isGone(pid), { timeout: 2000, message: `process ${pid}` }).toBe(true);
}
