import { existsSync } from "node:fs";
import { homedir } from "node:os";
import { join, resolve } from "node:path";
import * as core from "@actions/core";
import { newRunId } from "@quai/core";
import { InputReader, run } from "@quai/github";
import type { BuildRequest } from "@quai/minimal-image";
import { defaultImageName } from "./image-name";
import { HOST_CA_BUNDLE, type Inputs, readInputs } from "./inputs";
import { type BuildProgress, describeBuildFailure, writeBuildSummary } from "./summary";

const RUN_ID_STATE = "run-id";

const progress: BuildProgress = { phases: [] };

async function main(): Promise<void> {
  const inputs = readInputs(new InputReader());
  const runId = newRunId();
  core.saveState(RUN_ID_STATE, runId);
  // Loaded once the inputs are valid: the build library and the engine client are most of the
  // bundle, and a step that fails on its inputs (then its post step) needs none of them.
  const { buildMinimalImage, dockerodeBuildEngine } = await import("@quai/minimal-image");
  const { connectEngine } = await import("@quai/docker");
  const request = await buildRequest(inputs, runId);
  progress.request = request;
  const engine = await connectEngine();
  const { phases } = progress;
  const result = await buildMinimalImage(dockerodeBuildEngine(engine.api), request, {
    group: (title, work) =>
      core.group(title, async () => {
        const started = Date.now();
        let failed = false;
        try {
          return await work();
        } catch (error) {
          failed = true;
          throw error;
        } finally {
          phases.push({ title, ms: Date.now() - started, failed });
        }
      }),
    info: (message) => core.info(message),
    warning: (message) => core.warning(message),
  });
  core.setOutput("digest", result.digest);
  core.setOutput("image", result.image);
  core.setOutput("oci-layout", result.ociLayout);
  core.setOutput("size", JSON.stringify(result.size));
  core.setOutput("sbom", result.sbom);
  core.setOutput("base-digest", result.base?.digest ?? result.base?.id ?? "");
  await writeBuildSummary(result, phases);
}

/** Removes whatever the build left in the engine, also after a cancelled or failed main step. */
async function post(): Promise<void> {
  const runId = core.getState(RUN_ID_STATE);
  if (!runId) return;
  const { connectEngine, countResources, removeRunResources } = await import("@quai/docker");
  const count = countResources(await removeRunResources((await connectEngine()).api, runId));
  if (count > 0) core.info(`Removed ${count} leftover resource(s) of build ${runId}`);
}

/** The inputs, with the defaults that depend on the runner, as the build library takes them. */
async function buildRequest(inputs: Inputs, runId: string): Promise<BuildRequest> {
  const { parseProcesses, readSourceInfo } = await import("@quai/minimal-image");
  const { context } = inputs;
  const source = await readSourceInfo(context, process.env);
  if (source.warning) core.warning(source.warning);
  const runnerTemp = process.env.RUNNER_TEMP ?? join(homedir(), ".cache", "quai", "tmp");
  const caCertificates =
    inputs["ca-certificates"] ?? (existsSync(HOST_CA_BUNDLE) ? HOST_CA_BUNDLE : undefined);
  return {
    context,
    recipe: inputs.recipe,
    processes: parseProcesses(inputs.processes),
    buildPackages: inputs["build-packages"],
    runPackages: inputs["run-packages"],
    baseImage: inputs["base-image"],
    builderImage: inputs["builder-image"],
    imageName: inputs.image ?? defaultImageName(context, source.revision, process.env.GITHUB_REPOSITORY),
    user: inputs.user,
    labels: inputs.labels,
    outputDir: inputs.output ?? join(runnerTemp, `quai-build-${runId}`, "oci"),
    caCertificates,
    buildEnv: inputs["build-env"],
    cacheDir: resolve(
      inputs["cache-dir"] ?? join(process.env.RUNNER_TOOL_CACHE ?? join(homedir(), ".cache"), "quai"),
    ),
    dependencyCache: inputs["dependency-cache"],
    source,
    runId,
    platform: inputs.platforms,
  };
}

await run(main, { post, describeFailure: () => describeBuildFailure(progress) });
