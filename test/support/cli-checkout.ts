// The quai CLI as a release manager runs it: its real bin, in a git checkout holding quai.yml,
// with the environment a shell gives it. Shared by the CLI's e2e tests, spawned or in a terminal.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { REPO_ROOT } from "../harness/action-harness";

export const QUAI_BIN = join(REPO_ROOT, "packages/cli/bin/quai.js");

/** What a user's shell passes quai: no colour, and the engine the tests use. */
export function cliEnvironment(extra: Record<string, string> = {}): Record<string, string> {
  return {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? "",
    TMPDIR: process.env.TMPDIR ?? "",
    NO_COLOR: "1",
    ...(process.env.DOCKER_HOST && { DOCKER_HOST: process.env.DOCKER_HOST }),
    ...extra,
  };
}

/** A new git checkout (one commit, for the deployments to record) holding quai.yml. */
export function cliCheckout(quaiYml: string): { workspace: string; ledgerPath: string } {
  const workspace = mkdtempSync(join(tmpdir(), "quai-cli-e2e-"));
  writeFileSync(join(workspace, "quai.yml"), quaiYml);
  const git = (...args: string[]) => execFileSync("git", args, { cwd: workspace });
  git("init", "-q");
  git(
    "-c",
    "user.email=rm@example.test",
    "-c",
    "user.name=rm",
    "commit",
    "-q",
    "--allow-empty",
    "-m",
    "release",
  );
  return { workspace, ledgerPath: join(workspace, "ledger.json") };
}
