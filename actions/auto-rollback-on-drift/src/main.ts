import * as core from "@actions/core";
import { newRunId, workspaceDir } from "@quai/core";
import { engineMaterial, InputReader, run, targetOptions } from "@quai/github";
import { readInputs } from "./inputs";
import { describeWatchFailure, writeWatchSummary } from "./summary";

// What the post step needs to find what a rollback left on the target when the run was cancelled.
const RUN_ID_STATE = "run-id";
const TARGET_STATE = "target";
const SETTLED_STATE = "settled";

async function main(): Promise<void> {
  const inputs = readInputs(new InputReader());
  const runId = newRunId();
  core.saveState(RUN_ID_STATE, runId);
  // Loaded once the inputs are valid: a step that fails on them needs none of the library.
  const { watchAndReport } = await import("@quai/report");
  const result = await watchAndReport({
    ...targetOptions(inputs),
    reporting: {
      report: inputs.report,
      assignees: inputs.assignees,
      reviewers: inputs.reviewers,
      github: { token: inputs["github-token"], env: process.env },
      secrets: [inputs.password].filter((secret): secret is string => Boolean(secret)),
    },
    workspace: workspaceDir(),
    environment: inputs.environment,
    overrides: { target: inputs.target },
    windowMs: inputs.watch,
    dryRun: inputs["dry-run"],
    runId,
    onTarget: (target) => core.saveState(TARGET_STATE, target),
    onSample: (sample) => core.info(`${sample.signal}: ${sample.reading.kind}, ${sample.reading.detail}`),
  }).finally(() => core.saveState(SETTLED_STATE, "true"));
  const { action } = result;
  const rolledBack = action.kind === "rolled-back" || action.kind === "escalated";
  core.setOutput("verdict", result.verdict);
  core.setOutput("drifted", String(result.verdict === "drifted"));
  core.setOutput("rolled-back-to", rolledBack || action.kind === "restored" ? action.to : "");
  core.setOutput("blocked-version", rolledBack ? action.blocked : "");
  core.setOutput(
    "signals",
    JSON.stringify(
      result.samples.map(({ atMs, signal, reading }) => ({
        at: new Date(atMs).toISOString(),
        signal,
        ...reading,
      })),
    ),
  );
  core.setOutput("report-url", result.report?.url ?? "");
  await writeWatchSummary(result);
  const line = `${result.verdict}: ${result.deciding ? `${result.deciding.signal}, ${result.deciding.reason}. ` : ""}${action.why}`;
  // A drift fails the step, so the run shows red and the team is told, even once it is rolled back.
  if (result.verdict === "drifted") core.setFailed(line);
  else if (result.verdict === "inconclusive") core.warning(line);
  else core.notice(line);
  // After the verdict, which stands: the report is how the team hears of it, so its failure is one too.
  if (result.reportProblem) core.setFailed(`The report could not be opened: ${result.reportProblem}`);
}

/** Removes what a cancelled rollback left, and its lease, as deploy-env's post step does. */
async function post(): Promise<void> {
  const runId = core.getState(RUN_ID_STATE);
  const target = core.getState(TARGET_STATE);
  if (!runId || !target || core.getState(SETTLED_STATE) === "true") return;
  const inputs = readInputs(new InputReader());
  const { cleanUpDeployRun } = await import("@quai/deploy");
  const { removed, leases } = await cleanUpDeployRun(target, engineMaterial(inputs), runId);
  if (removed.length > 0) core.info(`Removed what run ${runId} left: ${removed.join(", ")}`);
  if (leases > 0) core.info(`Released the lock run ${runId} held`);
}

await run(main, { post, describeFailure: describeWatchFailure });
