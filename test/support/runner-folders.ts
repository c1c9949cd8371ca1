// A runner's workspace and RUNNER_TEMP for unit tests of paths: fresh folders, set in the
// environment as the runner sets them (undo with vi.unstubAllEnvs()).
import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { vi } from "vitest";

export interface RunnerFolders {
  /** Holds the two, so a test can point outside the workspace without leaving the scratch folder. */
  home: string;
  workspace: string;
  runnerTemp: string;
}

export function runnerFolders(name: string): RunnerFolders {
  const home = mkdtempSync(join(tmpdir(), `quai-${name}-`));
  const folders = { home, workspace: join(home, "workspace"), runnerTemp: join(home, "runner-temp") };
  mkdirSync(folders.workspace);
  mkdirSync(folders.runnerTemp);
  vi.stubEnv("GITHUB_WORKSPACE", folders.workspace);
  vi.stubEnv("RUNNER_TEMP", folders.runnerTemp);
  return folders;
}
