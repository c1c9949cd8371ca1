import * as core from "@actions/core";
import { newRunId, workspaceDir } from "@quai/core";
import type { DeployEnvOptions, EngineMaterial } from "@quai/deploy";
import { InputReader, run } from "@quai/github";
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
  const { deployEnv } = await import("@quai/deploy");
  const result = await deployEnv(deployOptions(inputs, runId)).finally(() =>
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

function deployOptions(inputs: Inputs, runId: string): DeployEnvOptions {
  const env = process.env;
  const runUrl =
    env.GITHUB_RUN_ID && env.GITHUB_REPOSITORY
      ? `${env.GITHUB_SERVER_URL ?? "https://github.com"}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
      : undefined;
  const { username, password } = inputs;
  return {
    workspace: workspaceDir(),
    config: inputs.config,
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
    lockTimeoutMs: inputs["lock-timeout"],
    ledger:
      inputs.ledger === "github"
        ? { kind: "github", token: inputs["github-token"], env }
        : { kind: "file", path: inputs.ledger },
    engine: engineMaterial(inputs),
    registryAuth: username && password ? { username, password } : undefined,
    insecureRegistries: inputs["insecure-registries"],
    readSecret: (name) => {
      const value = env[name];
      if (value) core.setSecret(value);
      // A multi-line secret (a TLS key) is masked line by line too, as the log may show it split.
      for (const line of value?.split("\n") ?? []) if (line.trim().length >= 8) core.setSecret(line.trim());
      return value;
    },
    actor: env.GITHUB_ACTOR ?? env.USER ?? "unknown",
    commit: env.GITHUB_SHA ?? "",
    runId,
    runUrl,
    onTarget: (target) => core.saveState(TARGET_STATE, target),
    progress,
    reporter: {
      info: (line) => core.info(line),
      warning: (line) => core.warning(line),
      group: (name, work) => core.group(name, work),
    },
  };
}

function engineMaterial(inputs: Inputs): EngineMaterial {
  const [ca, cert, key] = [inputs["tls-ca"], inputs["tls-cert"], inputs["tls-key"]];
  return {
    tls: ca && cert && key ? { ca, cert, key } : undefined,
    knownHosts: inputs["ssh-known-hosts"],
  };
}

await run(main, { post, describeFailure: () => describeDeployFailure(progress) });
