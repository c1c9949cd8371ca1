import { type ProcessOptions, type ProcessResult, runProcess } from "@quai/core";

export { NOT_INSTALLED } from "@quai/core";
export type ExecOptions = ProcessOptions;
export type ExecResult = ProcessResult;

/** The one seam for programs: the compose CLI, docker, the test command. Unit tests fake it. */
export type Exec = (command: string, args: readonly string[], options?: ExecOptions) => Promise<ExecResult>;

/** Runs a program in a process group of its own, within its time limit; never rejects for a non-zero exit. */
export const nodeExec: Exec = runProcess;

/** Commands that only read (version, config, ps, inspect, logs) answer in seconds: past this, they are stuck. */
export const QUERY_TIME_LIMIT_MS = 2 * 60_000;
/** `create` pulls and builds the stack's images, which may take long on a cold runner. */
export const PULL_AND_BUILD_TIME_LIMIT_MS = 60 * 60_000;
/** The tests: the job's timeout-minutes normally ends them first; this is as long as a hosted job may run. */
export const TEST_TIME_LIMIT_MS = 6 * 60 * 60_000;
