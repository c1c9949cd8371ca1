import { readFileSync } from "node:fs";
import type { Exec } from "./exec";
import { annotationPath, type FileLine, failureLocation } from "./failure-location";
import { type JUnitReport, parseJUnit, type SuiteResult } from "./junit";
import { reportsInContainer, reportsOnRunner } from "./report-files";
import type { TestRun } from "./test-run";
import { describeRunner } from "./verdict";

export interface TestTotals {
  passed: number;
  failed: number;
  skipped: number;
  durationMs: number;
}

export interface FailedTest {
  suite: string;
  name: string;
  /** The first line of the failure's message. */
  message: string;
  /** Relative to the workspace when the file is found there. */
  location?: FileLine;
}

/** What the JUnit reports of a run say, all files together. */
export interface TestReport {
  files: string[];
  suites: SuiteResult[];
  totals: TestTotals;
  failures: FailedTest[];
}

/** Reads each report; one that is not JUnit is reported to `onProblem` and left out. */
export function readTestReport(
  files: readonly string[],
  workspace: string,
  onProblem: (message: string) => void,
): TestReport {
  const reports: JUnitReport[] = [];
  for (const file of files) {
    try {
      reports.push(parseJUnit(readFileSync(file, "utf8"), file));
    } catch (error) {
      onProblem(`Skipped a report: ${(error as Error).message}`);
    }
  }
  const suites = reports.flatMap((report) => report.suites);
  const failures = reports
    .flatMap((report) => report.cases)
    .filter((testCase) => testCase.status === "failed")
    .map((testCase): FailedTest => {
      const location = failureLocation(testCase);
      return {
        suite: testCase.suite,
        name: testCase.name,
        message: (testCase.message ?? "").split("\n")[0] ?? "",
        location: location && { ...location, file: annotationPath(location.file, workspace) },
      };
    });
  return { files: reports.map((report) => report.file), suites, totals: totalsOf(suites), failures };
}

function totalsOf(suites: readonly SuiteResult[]): TestTotals {
  return suites.reduce(
    (sum, suite) => ({
      passed: sum.passed + suite.passed,
      failed: sum.failed + suite.failed,
      skipped: sum.skipped + suite.skipped,
      durationMs: sum.durationMs + suite.durationMs,
    }),
    { passed: 0, failed: 0, skipped: 0, durationMs: 0 },
  );
}

export interface ReportReporter {
  info(message: string): void;
  warning(message: string): void;
  testFailed(failure: FailedTest): void;
}

/** GitHub shows at most 10 error annotations per step; the summary lists every failed test. */
const MAX_ANNOTATIONS = 10;

/**
 * The JUnit reports `pattern` names, from the stopped test container when a service ran the
 * tests, else from the workspace; each failed test is annotated. Undefined, with a warning,
 * when there is none.
 */
export async function collectTestReport(
  pattern: string,
  testRun: TestRun,
  where: { exec: Exec; workspace: string; workDir: string },
  reporter: ReportReporter,
): Promise<TestReport | undefined> {
  const files = testRun.container
    ? await reportsInContainer(where.exec, testRun.container, pattern, where.workDir)
    : await reportsOnRunner(where.workspace, pattern);
  if (files.length === 0) {
    const place = testRun.container ? "in the test container" : "in the workspace";
    reporter.warning(`No JUnit report matches reports: ${pattern} (${place})`);
    return undefined;
  }
  const report = readTestReport(files, where.workspace, reporter.warning);
  const { passed, failed, skipped } = report.totals;
  reporter.info(`${report.files.length} report(s): ${passed} passed, ${failed} failed, ${skipped} skipped`);
  for (const failure of report.failures.slice(0, MAX_ANNOTATIONS)) reporter.testFailed(failure);
  const unannotated = report.failures.length - MAX_ANNOTATIONS;
  if (unannotated > 0) reporter.info(`${unannotated} more failed test(s) are listed in the job summary`);
  if (failed > 0 && testRun.exitCode === 0) {
    reporter.warning(
      `The JUnit reports count ${failed} failed test${failed === 1 ? "" : "s"}, but ${describeRunner(testRun.runner)} exited with code 0: the exit code decides`,
    );
  }
  return report;
}
