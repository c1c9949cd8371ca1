// Every temporary folder a test or benchmark run makes (workspaces, action homes, registries,
// caches) goes under one folder that is removed when the run ends. Without it, runs filled the
// disk: a few hundred left 76 GB of workspaces in /tmp, and builds then failed for want of space.
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Points TMPDIR at a new folder for this run; returns the function that removes it. */
export function useRunScratch(): () => void {
  const scratch = mkdtempSync(join(tmpdir(), "quai-run-scratch-"));
  // As /tmp itself: tests run some commands as other users (nobody), which make files here too.
  chmodSync(scratch, 0o1777);
  // os.tmpdir() reads TMPDIR on each call, and every process started afterwards inherits it
  // (Vitest's workers, the actions the harness runs, the docker CLI).
  process.env.TMPDIR = scratch;
  return () => rmSync(scratch, { recursive: true, force: true });
}

/** Vitest's global setup: runs before the workers start, and its result tears down after. */
export default useRunScratch;
