import * as core from "@actions/core";
import { newRunId, workspaceDir } from "@quai/core";
import type { DeployFromConfigOptions } from "@quai/deploy";
import { engineMaterial, InputReader, run, targetOptions } from "@quai/github";
import { type DeployRunProgress, describeDeployFailure } from "./failure-summary";
import { type Inputs, readInputs } from "./inputs";

// What the post step needs to find the run's leftovers on the target.
const RUN_ID_STATE = "run-id";
const TARGET_STATE = "target";
// Set once main has settled, success or failure: the target then already left the environment
// as it should be, and a Swarm update still in its monitor period must not be rolled back.
const SETTLED_STATE = "settled";

const progress: DeployRunProgress = { serving: "unknown" };

async function main(): Promise<void> {
  const inputs = readInputs(new InputReader());
  progress.rollback = inputs.rollback;
  progress.version = inputs.version?.text ?? inputs["image-ref"]?.tag;
  const runId = newRunId();
  core.saveState(RUN_ID_STATE, runId);
  // Loaded once the inputs are valid: the deploy library is most of the bundle, and a step that
  // fails on its inputs, or the post step of a run that settled, needs none of it.
  const { deployFromConfig } = await import("@quai/deploy");
  const result = await deployFromConfig(deployOptions(inputs, runId)).finally(() =>
    core.saveState(SETTLED_STATE, "true"),
  );
  core.setOutput("url", result.settings.url ?? "");
  core.setOutput("version", result.release.version);
  core.setOutput("digest", result.release.digest);
  core.setOutput("previous-version", result.previous?.version ?? "");
  core.setOutput("previous-digest", result.previous?.digest ?? "");
  core.setOutput("deployment-id", result.deployment.id);
  core.setOutput("duration", (result.durationMs / 1000).toFixed(1));
  // The summary reads the result with the deploy library's helpers: loaded with it.
  const { writeDeploySummary } = await import("./summary");
  await writeDeploySummary(result, inputs.rollback);
}

/** Removes a candidate a cancelled run left, and its lease, so the environment is free again. */
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

function deployOptions(inputs: Inputs, runId: string): DeployFromConfigOptions {
  return {
    ...targetOptions(inputs),
    workspace: workspaceDir(),
    environment: inputs.environment,
    overrides: {
      target: inputs.target,
      strategy: inputs.strategy,
      healthPath: inputs["health-path"],
      deployTimeoutMs: inputs["deploy-timeout"],
    },
    version: inputs.version?.text,
    imageRef: inputs["image-ref"],
    repository: inputs.repository,
    rollback: inputs.rollback,
    force: inputs.force && inputs.reason ? { reason: inputs.reason } : undefined,
    runId,
    onTarget: (target) => core.saveState(TARGET_STATE, target),
    progress,
  };
}

await run(main, { post, describeFailure: () => describeDeployFailure(progress) });
