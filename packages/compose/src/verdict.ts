import { UserError } from "@quai/core";
import type { TestReport } from "./test-report";
import type { TestRun, TestRunner } from "./test-run";

export function describeRunner(runner: TestRunner): string {
  return "service" in runner ? `test service ${runner.service}` : "test command";
}

/** The verdict: the test process's exit code, 0 passes; the reports only explain a failure. */
export function verdictFailure(testRun: TestRun, report: TestReport | undefined): UserError | undefined {
  const who = describeRunner(testRun.runner);
  if (testRun.killed) {
    return new UserError(`The ${who} was killed (${testRun.killed})`, {
      hint: testRun.killed.startsWith("out of memory")
        ? "Raise the test service's mem_limit, or find what allocates so much in its log above"
        : "Its log is above",
    });
  }
  if (testRun.exitCode === 0) return undefined;
  const { passed = 0, failed = 0, skipped = 0 } = report?.totals ?? {};
  const counted = failed > 0 ? `${failed} of ${passed + failed + skipped} tests failed` : "The tests failed";
  return new UserError(`${counted} (${who} exited with code ${testRun.exitCode})`, {
    hint: report
      ? "Each failure is annotated and listed in the job summary"
      : "The test log is above and in the job summary",
  });
}
