/**
 * npm run bench -- start: each action's bundle from process start to exit, run as the runner runs
 * it (`node dist/index.js`) with no INPUT_* at all, so that it fails on its first input, against
 * `node -e 0` in the same run (goal ≤ 2×, issue #15). That is what every step, and every `post:`
 * step, pays before any work: Node's own start plus what dist/index.js loads before its first
 * `import()`. Each round runs the baseline and every bundle once, so a busy moment of the machine
 * weighs on all of them alike; each figure is the median of the rounds.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { REPO_ROOT } from "../../test/harness/action-harness";
import { type Comparison, median, report } from "./support";

const ROUNDS = 20;

interface Exit {
  ms: number;
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * One `node` process, timed from spawn to exit, in an empty workspace with only PATH, HOME and the
 * job summary file set: the runner always sets that one, and a step that fails writes to it.
 */
function timedNode(args: string[], cwd: string): Promise<Exit> {
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_STEP_SUMMARY: join(cwd, "summary.md"),
  };
  const started = performance.now();
  return new Promise((resolve) => {
    const child = execFile(process.execPath, args, { cwd, env }, (_error, stdout, stderr) =>
      resolve({ ms: performance.now() - started, code: child.exitCode, stdout, stderr }),
    );
  });
}

export async function bench(): Promise<boolean> {
  const actions = readdirSync(join(REPO_ROOT, "actions")).filter((action) =>
    existsSync(join(REPO_ROOT, "actions", action, "dist/index.js")),
  );
  const workspace = mkdtempSync(join(tmpdir(), "quai-bench-start-"));
  // The runner makes the summary file before a step starts; core.summary only appends to it.
  writeFileSync(join(workspace, "summary.md"), "");
  const baseline: number[] = [];
  const bundles = new Map<string, number[]>(actions.map((action) => [action, []]));
  console.log(
    `start: ${ROUNDS} rounds of node -e 0 and ${actions.length} bundles (Node ${process.version})…`,
  );
  for (let round = 0; round < ROUNDS; round++) {
    baseline.push((await timedNode(["-e", "0"], workspace)).ms);
    for (const action of actions) {
      const exit = await timedNode([join(REPO_ROOT, "actions", action, "dist/index.js")], workspace);
      // What is timed must be the step failing on its inputs, not a bundle that cannot load.
      if (exit.code !== 1 || !/^::error::Invalid /m.test(exit.stdout))
        throw new Error(
          `start: actions/${action}/dist/index.js did not fail on its inputs (exit ${exit.code}):\n${exit.stdout}${exit.stderr}`,
        );
      bundles.get(action)?.push(exit.ms);
    }
  }
  const comparisons: Comparison[] = actions.map((action) => ({
    what: `${action}: fails on its inputs`,
    unit: "ms",
    quai: median(bundles.get(action) ?? []),
    baseline: median(baseline),
    baselineName: "node -e 0",
    goal: 2,
  }));
  return report(`Cold start of each action's dist/index.js, median of ${ROUNDS}`, comparisons);
}
