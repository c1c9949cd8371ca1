// Re-exported so the action's post step counts leftovers without loading the engine client.
export { countResources } from "@quai/docker";
export type { ComposeCli } from "./compose-cli";
export { type Exec, type ExecOptions, type ExecResult, nodeExec } from "./exec";
export type { FileLine } from "./failure-location";
export type { ImageUnderTest } from "./image-under-test";
export type { SuiteResult } from "./junit";
export { checkReportPattern } from "./report-pattern";
export * from "./run-compose-tests";
export type { SavedLog } from "./service-logs";
export type { ServiceDiagnosis, ServiceReadiness } from "./start-stack";
export { type CleanUp, type CleanUpSeams, cleanUpRun, type RunToCleanUp } from "./teardown";
export type { FailedTest, TestReport, TestTotals } from "./test-report";
export type { TestRun, TestRunner } from "./test-run";
export { describeRunner } from "./verdict";
