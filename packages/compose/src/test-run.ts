import { type Clock, UserError } from "@quai/core";
import { throwIfCancelled } from "./cancellation";
import type { ComposeProject } from "./compose-project";
import { inspectContainer, killReason } from "./container-state";
import { type Exec, TEST_TIME_LIMIT_MS } from "./exec";
import { lastLine } from "./output-lines";

/** How the tests run: a service of the compose files, or a command on the runner. */
export type TestRunner = { service: string } | { command: string };

export interface TestRun {
  runner: TestRunner;
  exitCode: number;
  /** Why the test process was killed, when it was: "out of memory, limit 64 MiB". */
  killed?: string;
  durationMs: number;
  /** Everything it printed, in order. */
  log: string[];
  /** The stopped test container, while the stack is up: reports are copied out of it. */
  container?: { name: string; workingDir: string };
}

export interface TestRunOptions {
  clock: Clock;
  signal?: AbortSignal;
  /** Each line the tests print, as they print it. */
  onLine: (line: string) => void;
}

/**
 * Runs the test service once with `compose run`, its ports unpublished, in a container named
 * after the project, kept until teardown for its exit code and reports. Its dependencies are up
 * and ready already: `--no-deps` saves compose waiting for them a second time.
 */
export async function runTestService(
  project: ComposeProject,
  exec: Exec,
  service: string,
  options: TestRunOptions,
): Promise<TestRun> {
  const name = `${project.name}-${service}-run`;
  const { log, onLine } = recording(options.onLine);
  const started = options.clock.now();
  const run = await project.run(["run", "--no-TTY", "--no-deps", "--name", name, service], {
    signal: options.signal,
    onLine,
    timeLimitMs: TEST_TIME_LIMIT_MS,
  });
  throwIfCancelled(options.signal);
  const state = await inspectContainer(exec, name);
  if (!state) throw new UserError(`The test service ${service} did not start: ${lastLine(run.stderr)}`);
  return {
    runner: { service },
    exitCode: state.exitCode,
    killed: killReason(state),
    durationMs: options.clock.now() - started,
    log,
    container: { name, workingDir: state.workingDir },
  };
}

/** Runs the test command with `sh -c` in the workspace, once every service is ready. */
export async function runTestCommand(
  exec: Exec,
  command: string,
  environment: { cwd: string; env: NodeJS.ProcessEnv },
  options: TestRunOptions,
): Promise<TestRun> {
  const { log, onLine } = recording(options.onLine);
  const started = options.clock.now();
  const run = await exec("sh", ["-c", command], {
    ...environment,
    signal: options.signal,
    onLine,
    timeLimitMs: TEST_TIME_LIMIT_MS,
  });
  throwIfCancelled(options.signal);
  return { runner: { command }, exitCode: run.exitCode, durationMs: options.clock.now() - started, log };
}

/** Passes each line on, and keeps them all for the log file and the summary's tail. */
function recording(onLine: (line: string) => void): { log: string[]; onLine: (line: string) => void } {
  const log: string[] = [];
  return {
    log,
    onLine: (line) => {
      log.push(line);
      onLine(line);
    },
  };
}
