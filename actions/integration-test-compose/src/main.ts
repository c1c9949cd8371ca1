import { tmpdir } from "node:os";
import { join } from "node:path";
import * as core from "@actions/core";
import type { ComposeReporter, ComposeTestRequest, ComposeTestResult, TestRunner } from "@quai/compose";
import { newRunId, workspaceDir } from "@quai/core";
import type { RunResources } from "@quai/docker";
import { annotationAt, InputReader, run } from "@quai/github";
import { type ComposeProgress, describeComposeFailure } from "./failure-summary";
import { type Inputs, readInputs } from "./inputs";

const RUN_ID_STATE = "run-id";
const PROJECT_STATE = "project";
const KEPT_UP_STATE = "kept-up";

const reporter: ComposeReporter = {
  group: (title, work) => core.group(title, work),
  info: (message) => core.info(message),
  warning: (message, location) => core.warning(message, annotationAt(location)),
  testFailed: (failure) =>
    core.error(`${failure.suite} › ${failure.name}: ${failure.message}`, {
      title: "Test failed",
      file: failure.location?.file,
      startLine: failure.location?.line,
    }),
};

const progress: ComposeProgress = {};

async function main(): Promise<void> {
  const inputs = readInputs(new InputReader());
  const runId = newRunId();
  const project = inputs["project-name"] ?? `quai-${runId}`;
  progress.composeFiles = inputs["compose-file"];
  progress.project = project;
  // Saved before anything exists, so that the post step finds the stack whatever happens next.
  core.saveState(RUN_ID_STATE, runId);
  core.saveState(PROJECT_STATE, project);
  // Loaded once the inputs are valid: the compose library is most of the bundle, and a step that
  // fails on its inputs needs none of it.
  const { nodeExec, runComposeTests } = await import("@quai/compose");
  const result = await runComposeTests(
    composeRequest(inputs, runId, project),
    { exec: nodeExec, signal: cancellation() },
    reporter,
  );
  if (result.keptUp) core.saveState(KEPT_UP_STATE, "true");
  setOutputs(result);
  // The summary describes the run with the compose library's helpers: loaded with it.
  const { writeComposeSummary } = await import("./summary");
  await writeComposeSummary(result);
  progress.summarized = result.failure;
  if (result.failure) throw result.failure;
}

/** Tears down what the main step left of the stack: after a cancellation, a crash, a killed runner process. */
async function post(): Promise<void> {
  const runId = core.getState(RUN_ID_STATE);
  const project = core.getState(PROJECT_STATE);
  if (!runId || !project) return;
  if (core.getState(KEPT_UP_STATE) === "true") {
    core.info(
      `keep-on-failure: the stack ${project} stays up; remove it with: docker compose -p ${project} down --volumes --remove-orphans`,
    );
    return;
  }
  const { cleanUpRun, countResources, nodeExec } = await import("@quai/compose");
  const { leftovers } = await cleanUpRun(
    { project, runId },
    { exec: nodeExec, removeRunResources },
    reporter,
  );
  const left = countResources(leftovers);
  if (left > 0) core.info(`Tore down ${left} leftover resource(s) of the stack ${project} (run ${runId})`);
}

/** Loaded only when something is left: the engine client is most of the bundle's start-up time. */
async function removeRunResources(runId: string): Promise<RunResources> {
  const docker = await import("@quai/docker");
  return docker.removeRunResources((await docker.connectEngine()).api, runId);
}

function composeRequest(inputs: Inputs, runId: string, project: string): ComposeTestRequest {
  const { image, service } = inputs;
  return {
    composeFiles: inputs["compose-file"],
    workspace: workspaceDir(),
    imageUnderTest: image && service ? { image, service } : undefined,
    tests: testRunner(inputs),
    env: inputs.env,
    waitTimeoutMs: inputs["wait-timeout"],
    reports: inputs.reports,
    keepOnFailure: inputs["keep-on-failure"],
    allowPrivileged: inputs["allow-privileged"],
    project,
    runId,
    workDir: join(process.env.RUNNER_TEMP ?? tmpdir(), `quai-compose-${runId}`),
  };
}

/** readInputs lets through exactly one of test-service and test-command. */
function testRunner(inputs: Inputs): TestRunner {
  const service = inputs["test-service"];
  return service ? { service } : { command: inputs["test-command"] ?? "" };
}

/** Aborted by the runner's cancellation (SIGINT, then SIGTERM): the run stops its commands and tears down. */
function cancellation(): AbortSignal {
  const controller = new AbortController();
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      core.info(`Received ${signal}: stopping the tests and tearing the stack down`);
      controller.abort(signal);
    });
  }
  return controller.signal;
}

function setOutputs(result: ComposeTestResult): void {
  const totals = result.report?.totals;
  core.setOutput("result", result.verdict);
  core.setOutput("passed", totals?.passed ?? 0);
  core.setOutput("failed", totals?.failed ?? 0);
  core.setOutput("skipped", totals?.skipped ?? 0);
  core.setOutput("duration", (result.durationMs / 1000).toFixed(1));
  core.setOutput("logs-dir", result.logsDir);
}

await run(main, { post, describeFailure: (error) => describeComposeFailure(progress, error) });
