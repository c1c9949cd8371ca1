import { type ComposeTestResult, describeRunner, type TestReport, type TestRun } from "@quai/compose";
import { formatDuration, shortDigest } from "@quai/core";
import {
  addCodeBlock,
  addCollapsed,
  addFacts,
  addFailure,
  addHeading,
  addTable,
  type Cell,
  code,
  html,
  writeSummary,
} from "@quai/github";
import { FAILURE_HEADING } from "./failure-summary";

const LOG_TAIL_LINES = 30;

/**
 * The job summary: the verdict (on failure the error and its hint), what ran, the test results or
 * the log tail, what failed to start, and on failure the end of each service's log.
 */
export async function writeComposeSummary(result: ComposeTestResult): Promise<void> {
  const { failure } = result;
  const facts = runFacts(result);
  if (failure) {
    addHeading(`❌ ${FAILURE_HEADING}`, 3);
    addFailure(failure, facts);
  } else {
    addHeading("Integration tests passed", 3);
    addFacts(facts);
  }
  if (result.report) addTestReport(result.report);
  else if (result.testRun)
    addCollapsed("Last lines of the test log", result.testRun.log.slice(-LOG_TAIL_LINES).join("\n"));
  for (const diagnosis of result.diagnoses) {
    const checks = diagnosis.healthLog.map(
      (check) => `health check exited ${check.exitCode}: ${check.output.trim()}`,
    );
    addCollapsed(`${diagnosis.service} ${diagnosis.why}`, [...checks, ...diagnosis.logTail].join("\n"));
  }
  if (failure) addServiceLogTails(result);
  if (result.keptUp) {
    addHeading("The stack is left up (keep-on-failure)", 4);
    addCodeBlock(result.keptUp.join("\n"));
  }
  await writeSummary();
}

function runFacts(result: ComposeTestResult): Record<string, Cell | undefined> {
  return {
    "Image under test": result.image
      ? html`${code(result.image.ref)} as service ${result.image.service} (image ${code(shortDigest(result.image.id))})`
      : undefined,
    Tests: result.testRun ? testRunFact(result.testRun) : undefined,
    Services: result.services.map((service) => `${service.service} (${service.as})`).join(", ") || undefined,
    Duration: formatDuration(result.durationMs),
    Project: `${result.project} (Compose ${result.composeVersion})`,
    Logs: code(result.logsDir),
  };
}

/** The end of each service's log, but the test's (its report or tail is above) and those a diagnosis showed. */
function addServiceLogTails(result: ComposeTestResult): void {
  const shown = new Set(result.diagnoses.map((diagnosis) => diagnosis.service));
  for (const log of result.logs) {
    // The test log is saved from the test run's own lines.
    const isTestLog = log.lines === result.testRun?.log;
    if (shown.has(log.name) || isTestLog || log.lines.length === 0) continue;
    const tail = log.lines.slice(-LOG_TAIL_LINES);
    addCollapsed(`${log.name}: last ${tail.length} log lines`, tail.join("\n"));
  }
}

function testRunFact(run: TestRun): string {
  const ending = run.killed ? `was killed (${run.killed})` : `exited with code ${run.exitCode}`;
  return `${describeRunner(run.runner)} ${ending} after ${formatDuration(run.durationMs)}`;
}

function addTestReport(report: TestReport): void {
  const { totals } = report;
  addTable(
    ["Suite", "Passed", "Failed", "Skipped", "Duration"],
    [
      ...report.suites.map((suite) => [
        suite.name,
        suite.passed,
        suite.failed,
        suite.skipped,
        formatDuration(suite.durationMs),
      ]),
      [html`<b>Total</b>`, totals.passed, totals.failed, totals.skipped, formatDuration(totals.durationMs)],
    ],
  );
  if (report.failures.length === 0) return;
  addTable(
    ["Failed test", "Where", "Message"],
    report.failures.map((failure) => [
      `${failure.suite} › ${failure.name}`,
      failure.location
        ? `${failure.location.file}${failure.location.line ? `:${failure.location.line}` : ""}`
        : "",
      failure.message,
    ]),
  );
}
