/**
 * npm run bench -- compose: integration-test-compose against the same work done by hand with
 * the Compose CLI, on the fixture stack (the counter app built by build-minimal-image, Redis,
 * the passing test suite).
 *   wall time   the action through the harness (main and post steps, JUnit report read) vs
 *               `docker compose up -d --wait` + `run --rm tests` + `down -v` (goal ≤ 1.10×), and
 *               vs the same with `run --no-deps`, as the action runs it (compose then does not
 *               wait a second time for services already ready); medians of a few rounds, the
 *               three in turn, in a new order each round
 */
import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { REPO_ROOT, runAction } from "../../test/harness/action-harness";
import { baseImage, workspaceWith } from "../../test/support/testbed";
import { median, report, sh, timed } from "./support";

const ROUNDS = 5;
const IMAGE = "quai-bench/counter-app:latest";

async function buildApp(): Promise<void> {
  const result = await runAction("build-minimal-image", {
    workspace: workspaceWith("counter-app"),
    inputs: {
      context: "app",
      "base-image": baseImage("base/node:18"),
      "builder-image": baseImage("base/node:18-build"),
      image: IMAGE,
      "cache-dir": join(tmpdir(), "quai-bench-cache"),
    },
  });
  if (result.main.exitCode !== 0)
    throw new Error(`building the counter app failed:\n${result.main.log.slice(-3000)}`);
}

async function withAction(workspace: string): Promise<void> {
  const result = await runAction("integration-test-compose", {
    workspace,
    inputs: {
      "compose-file": "compose.yml",
      image: IMAGE,
      service: "app",
      "test-service": "tests",
      reports: "reports",
    },
  });
  if (result.main.exitCode !== 0) throw new Error(`the action failed:\n${result.main.log.slice(-3000)}`);
}

async function byHand(workspace: string, project: string, runFlags: string[]): Promise<void> {
  const compose = (...args: string[]) =>
    sh("docker", ["compose", "-p", project, "-f", join(workspace, "compose.yml"), ...args], {
      env: { ...process.env, APP_IMAGE: IMAGE },
    });
  await compose("up", "-d", "--wait");
  try {
    await compose("run", "--rm", "-T", ...runFlags, "tests");
  } finally {
    await compose("down", "-v");
  }
}

export async function bench(): Promise<boolean> {
  console.log("compose: building the counter app…");
  await buildApp();
  const workspace = mkdtempSync(join(tmpdir(), "quai-bench-compose-"));
  cpSync(join(REPO_ROOT, "test/fixtures/compose"), workspace, { recursive: true });

  console.log(`compose: ${ROUNDS} rounds of the action and of the Compose CLI by hand…`);
  const times: Record<"quai" | "raw" | "noDeps", number[]> = { quai: [], raw: [], noDeps: [] };
  for (let round = 1; round <= ROUNDS; round++) {
    const runs = [
      async () => times.quai.push((await timed(() => withAction(workspace))).ms),
      async () => times.raw.push((await timed(() => byHand(workspace, `quai-bench-${round}`, []))).ms),
      async () =>
        times.noDeps.push((await timed(() => byHand(workspace, `quai-bench-nd-${round}`, ["--no-deps"]))).ms),
    ];
    // A new order each round keeps a warming engine or page cache from favouring one side.
    for (let turn = 0; turn < runs.length; turn++) await runs[(round + turn) % runs.length]?.();
  }
  for (const [name, values] of Object.entries(times)) {
    console.log(`  ${name.padEnd(7)} ${values.map((ms) => Math.round(ms)).join(", ")} ms`);
  }
  await sh("docker", ["rmi", IMAGE]).catch(() => "");
  return report("integration-test-compose vs the Compose CLI (counter app + Redis, passing suite)", [
    {
      what: "wall time (median)",
      unit: "ms",
      quai: median(times.quai),
      baseline: median(times.raw),
      baselineName: "up -d --wait, run --rm, down -v",
      goal: 1.1,
    },
    {
      what: "wall time (median)",
      unit: "ms",
      quai: median(times.quai),
      baseline: median(times.noDeps),
      baselineName: "the same with run --no-deps",
    },
  ]);
}
