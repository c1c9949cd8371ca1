import { mkdirSync } from "node:fs";
import { delimiter, join } from "node:path";
import { type Clock, type Reporter, runLabels, systemClock, UserError } from "@quai/core";
import { CancelledError } from "./cancellation";
import { type ComposeCli, locateComposeCli } from "./compose-cli";
import { ComposeFiles } from "./compose-files";
import { ComposeProject } from "./compose-project";
import type { Exec } from "./exec";
import { checkHostAccess } from "./host-access";
import { type ImageUnderTest, resolveImageUnderTest } from "./image-under-test";
import { writeOverrideFile } from "./override-file";
import { type SavedLog, saveLog, serviceLog } from "./service-logs";
import { enabledProfiles, readComposeModel, stackServices } from "./stack-services";
import { type ServiceDiagnosis, type ServiceReadiness, StackNotReadyError, startStack } from "./start-stack";
import { tearDownStack } from "./teardown";
import { collectTestReport, type FailedTest, type TestReport } from "./test-report";
import { runTestCommand, runTestService, type TestRun, type TestRunner } from "./test-run";
import { describeRunner, verdictFailure } from "./verdict";

export const ACTION_NAME = "integration-test-compose";

export interface ComposeTestRequest {
  /** Absolute paths, in the order compose merges them. */
  composeFiles: string[];
  workspace: string;
  /** The image that replaces the image of `service`. */
  imageUnderTest?: { image: string; service: string };
  tests: TestRunner;
  /** Variables for compose (interpolation of the files) and the test command. */
  env: Record<string, string>;
  waitTimeoutMs: number;
  /** Where JUnit reports are: in the test container when a service runs the tests, else in the workspace. */
  reports?: string;
  keepOnFailure: boolean;
  /** Services that can take over the runner (Docker socket, privileged, host namespaces) warn when true, fail when false. */
  allowPrivileged: boolean;
  project: string;
  runId: string;
  /** A folder of the run's own: the override file, copied reports, logs. */
  workDir: string;
}

export interface ComposeSeams {
  exec: Exec;
  clock?: Clock;
  /** Aborted when the runner cancels the job. */
  signal?: AbortSignal;
  /** What compose and the test command inherit; process.env when not given. */
  env?: NodeJS.ProcessEnv;
}

/** How a run reports progress; the action maps it to core.group, core.info and annotations. */
export interface ComposeReporter extends Reporter {
  /** A failed test case, to annotate at its file and line. */
  testFailed(failure: FailedTest): void;
}

export type Verdict = "passed" | "failed";

export interface ComposeTestResult {
  verdict: Verdict;
  /** Why the run failed, as the one line the step fails with. */
  failure?: UserError;
  project: string;
  composeVersion: string;
  image?: ImageUnderTest;
  services: ServiceReadiness[];
  /** Why services were not ready, when the stack did not come up. */
  diagnoses: ServiceDiagnosis[];
  testRun?: TestRun;
  report?: TestReport;
  logsDir: string;
  logs: SavedLog[];
  durationMs: number;
  /** Commands to reach the stack, when keep-on-failure left it up. */
  keptUp?: string[];
}

interface PreparedStack {
  project: ComposeProject;
  cli: ComposeCli;
  /** The services `up` starts: never the test service. */
  services: string[];
  image?: ImageUnderTest;
}

/** What the run found out so far; a failure part-way keeps what came before it. */
interface Progress {
  services: ServiceReadiness[];
  diagnoses: ServiceDiagnosis[];
  testRun?: TestRun;
  report?: TestReport;
  failure?: UserError;
}

/**
 * Tests the image under test with the services of the user's compose files: starts the stack
 * under a project name of its own, waits until it is ready, runs the tests, reads their JUnit
 * reports, saves the logs and tears the stack down (unless keep-on-failure keeps a failed one).
 * Bad files or inputs throw before anything starts; a failure after that is in the result.
 */
export async function runComposeTests(
  request: ComposeTestRequest,
  seams: ComposeSeams,
  reporter: ComposeReporter,
): Promise<ComposeTestResult> {
  const clock = seams.clock ?? systemClock;
  const startedAt = clock.now();
  const stack = await reporter.group("Prepare the stack", () => prepareStack(request, seams, reporter));
  const progress: Progress = { services: [], diagnoses: [] };
  try {
    await exerciseStack(stack, request, seams, reporter, progress);
  } catch (error) {
    if (!(error instanceof UserError) || error instanceof CancelledError) {
      await reporter.group("Tear the stack down", () => tearDownStack(stack.project, reporter));
      throw error;
    }
    progress.failure = error;
  }
  const failure = progress.failure ?? (progress.testRun && verdictFailure(progress.testRun, progress.report));
  const logsDir = join(request.workDir, "logs");
  const logs = await saveLogs(stack, progress, failure !== undefined, logsDir, reporter);
  const keptUp = failure && request.keepOnFailure ? keepUp(stack, reporter) : undefined;
  if (!keptUp) await reporter.group("Tear the stack down", () => tearDownStack(stack.project, reporter));
  return {
    verdict: failure ? "failed" : "passed",
    failure,
    project: stack.project.name,
    composeVersion: stack.cli.version,
    image: stack.image,
    services: progress.services,
    diagnoses: progress.diagnoses,
    testRun: progress.testRun,
    report: progress.report,
    logsDir,
    logs,
    durationMs: clock.now() - startedAt,
    keptUp,
  };
}

/** Everything that can fail the user's way before anything is created: the files, the services, the image. */
async function prepareStack(
  request: ComposeTestRequest,
  seams: ComposeSeams,
  reporter: ComposeReporter,
): Promise<PreparedStack> {
  const files = ComposeFiles.read(request.composeFiles, request.workspace);
  checkHostAccess(files.hostAccess, request.allowPrivileged, reporter);
  const { imageUnderTest, tests } = request;
  if (imageUnderTest) files.requireService("service", imageUnderTest.service);
  if ("service" in tests) files.requireService("test-service", tests.service);
  const [cli, image] = await Promise.all([
    locateComposeCli(seams.exec),
    imageUnderTest && resolveImageUnderTest(seams.exec, imageUnderTest.image, imageUnderTest.service),
  ]);
  mkdirSync(request.workDir, { recursive: true });
  const override = writeOverrideFile(request.workDir, {
    services: files.serviceNames,
    labels: runLabels(request.runId, ACTION_NAME),
    imageUnderTest: image && { service: image.service, id: image.id },
  });
  const project = new ComposeProject(seams.exec, cli, {
    name: request.project,
    files: [...files.paths, override],
    env: { ...(seams.env ?? process.env), ...request.env },
    cwd: request.workspace,
  });
  const model = await readComposeModel(project, files);
  const testService = "service" in tests ? tests.service : undefined;
  const services = stackServices(model, enabledProfiles(project.spec.env), testService);
  reporter.info(`Compose ${cli.version}, project ${project.name}, services: ${services.join(", ")}`);
  if (image) reporter.info(`Image under test: ${image.ref} (${image.id}) as service ${image.service}`);
  return { project, cli, services, image };
}

async function exerciseStack(
  stack: PreparedStack,
  request: ComposeTestRequest,
  seams: ComposeSeams,
  reporter: ComposeReporter,
  progress: Progress,
): Promise<void> {
  const clock = seams.clock ?? systemClock;
  const { exec, signal } = seams;
  try {
    progress.services = await reporter.group("Start the stack and wait until it is ready", () =>
      startStack(stack.project, exec, {
        services: stack.services,
        timeoutMs: request.waitTimeoutMs,
        clock,
        signal,
        reporter,
      }),
    );
  } catch (error) {
    if (error instanceof StackNotReadyError) {
      progress.diagnoses = error.diagnoses;
      for (const diagnosis of error.diagnoses) await showDiagnosis(diagnosis, reporter);
    }
    throw error;
  }
  const options = { clock, signal, onLine: reporter.info };
  const { tests } = request;
  const testRun = await reporter.group(`Run the tests (${describeRunner(tests)})`, () =>
    "service" in tests
      ? runTestService(stack.project, exec, tests.service, options)
      : runTestCommand(exec, tests.command, testCommandEnvironment(stack.project, request), options),
  );
  progress.testRun = testRun;
  const { reports } = request;
  if (reports) {
    const where = { exec, workspace: request.workspace, workDir: request.workDir };
    progress.report = await reporter.group("Read the JUnit reports", () =>
      collectTestReport(reports, testRun, where, reporter),
    );
  }
}

async function showDiagnosis(diagnosis: ServiceDiagnosis, reporter: ComposeReporter): Promise<void> {
  await reporter.group(`${diagnosis.service} ${diagnosis.why}`, async () => {
    for (const check of diagnosis.healthLog)
      reporter.info(`health check exited ${check.exitCode}: ${check.output.trim()}`);
    reporter.info(`last ${diagnosis.logTail.length} log lines of ${diagnosis.container}:`);
    for (const line of diagnosis.logTail) reporter.info(line);
  });
}

/** The test command reaches the stack with plain `docker compose` commands (port, exec, logs). */
function testCommandEnvironment(
  project: ComposeProject,
  request: ComposeTestRequest,
): { cwd: string; env: NodeJS.ProcessEnv } {
  return {
    cwd: request.workspace,
    env: {
      ...project.spec.env,
      COMPOSE_PROJECT_NAME: project.name,
      COMPOSE_FILE: project.spec.files.join(delimiter),
    },
  };
}

/** The test log always; on failure every service's log too, each in a collapsed group. */
async function saveLogs(
  stack: PreparedStack,
  progress: Progress,
  failed: boolean,
  dir: string,
  reporter: ComposeReporter,
): Promise<SavedLog[]> {
  const { testRun } = progress;
  const logs = testRun
    ? [saveLog(dir, "service" in testRun.runner ? testRun.runner.service : "test-command", testRun.log)]
    : [];
  if (!failed) return logs;
  const serviceLogs = await Promise.all(stack.services.map((service) => serviceLog(stack.project, service)));
  for (const [index, service] of stack.services.entries()) {
    const lines = serviceLogs[index] ?? [];
    logs.push(saveLog(dir, service, lines));
    await reporter.group(`Logs of ${service}`, async () => {
      for (const line of lines) reporter.info(line);
    });
  }
  return logs;
}

/** keep-on-failure: the stack stays up, and the log says how to reach it and remove it. */
function keepUp(stack: PreparedStack, reporter: ComposeReporter): string[] {
  const { project } = stack;
  const shellService = stack.image?.service ?? stack.services[0] ?? "SERVICE";
  const commands = [
    project.commandLine(["ps", "--all"]),
    project.commandLine(["logs", "--follow"]),
    project.commandLine(["exec", shellService, "sh"]),
    project.commandLine(["down", "--volumes", "--remove-orphans"]),
  ];
  reporter.warning(
    `keep-on-failure: the stack ${project.name} is left up; the commands to reach it and remove it are in the log and the job summary`,
  );
  for (const command of commands) reporter.info(command);
  return commands;
}
