// Runs the CLI in-process as a test would a user: a quai.yml in a temp folder, captured output.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CliDependencies } from "./context";
import { runCli } from "./program";

export const QUAI_YML = `app: shop
defaults:
  publish: 127.0.0.1:18080
  target: unix:///nonexistent/docker.sock
environments:
  staging:
    retain: 2
  production:
    after: staging
`;

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** A folder holding quai.yml, and a function that runs quai in it (or in `cwd` below it). */
export function cliWorkspace(quaiYml = QUAI_YML) {
  const folder = mkdtempSync(join(tmpdir(), "quai-cli-"));
  writeFileSync(join(folder, "quai.yml"), quaiYml);
  const run = async (
    args: string[],
    options: { cwd?: string; env?: NodeJS.ProcessEnv; dependencies?: CliDependencies } = {},
  ): Promise<CliRun> => {
    let stdout = "";
    let stderr = "";
    const code = await runCli(
      args,
      {
        stdout: { write: (text: string) => (stdout += text) },
        stderr: { write: (text: string) => (stderr += text) },
        env: options.env ?? { NO_COLOR: "1" },
        cwd: options.cwd ?? folder,
      },
      // No test reaches a real engine or gh: a target that is never there, programs that fail.
      {
        run: () => undefined,
        connectTarget: async () => {
          throw new Error("no engine in unit tests");
        },
        ...options.dependencies,
      },
    );
    return { code, stdout, stderr };
  };
  return { folder, run, ledgerPath: join(folder, "ledger.json") };
}
