/**
 * npm run bench -- cli: `quai --help` from process start to exit, as a release manager's shell
 * runs it (`node packages/cli/bin/quai.js --help`, the bundle built first), against `node -e 0`
 * in the same run (goal: ≤ 0.3 s, issue #18). Each round runs both once, so a busy moment of the
 * machine weighs on both alike; each figure is the median of the rounds.
 */
import { execFile } from "node:child_process";
import { join } from "node:path";
import { REPO_ROOT } from "../../test/harness/action-harness";
import { median, report } from "./support";

const ROUNDS = 20;
const BIN = join(REPO_ROOT, "packages/cli/bin/quai.js");

function timedNode(args: string[]): Promise<{ ms: number; code: number | null; stdout: string }> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = execFile(process.execPath, args, { cwd: REPO_ROOT }, (_error, stdout) =>
      resolve({ ms: performance.now() - started, code: child.exitCode, stdout }),
    );
  });
}

export async function bench(): Promise<boolean> {
  // What is timed is the bundle bin/quai.js prefers, not the tsx fallback.
  await import("../build-cli");
  const baseline: number[] = [];
  const help: number[] = [];
  console.log(`cli: ${ROUNDS} rounds of node -e 0 and quai --help (Node ${process.version})…`);
  for (let round = 0; round < ROUNDS; round++) {
    baseline.push((await timedNode(["-e", "0"])).ms);
    const exit = await timedNode([BIN, "--help"]);
    if (exit.code !== 0 || !exit.stdout.includes("Usage: quai")) {
      throw new Error(`cli: quai --help did not print its usage (exit ${exit.code}):\n${exit.stdout}`);
    }
    help.push(exit.ms);
  }
  return report(`Cold start of quai --help, median of ${ROUNDS}`, [
    {
      what: "quai --help",
      unit: "ms",
      quai: median(help),
      baseline: median(baseline),
      baselineName: "node -e 0",
      limit: 300,
    },
  ]);
}
