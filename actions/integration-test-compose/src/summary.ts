import { type ComposeTestResult, describeRunner, type TestReport, type TestRun } from "@quai/compose";
import { formatDuration } from "@quai/core";
import {
  addCodeBlock,
  addCollapsed,
  addFacts,
  addHeading,
  addTable,
  code,
  html,
  writeSummary,
} from "@quai/github";

const LOG_TAIL_LINES = 30;

/** The job summary: the verdict, what ran, the test results or the log tail, and what failed to start. */
export async function writeComposeSummary(result: ComposeTestResult): Promise<void> {
  addHeading(`Integration tests ${result.verdict}`, 3);
  addFacts({
    Verdict: result.failure?.message ?? "passed",
    "Image under test": result.image
      ? html`${code(result.image.ref)} as service ${result.image.service} (image ${code(result.image.id.slice(0, 19))})`
      : undefined,
    Tests: result.testRun ? testRunFact(result.testRun) : undefined,
    Services: result.services.map((service) => `${service.service} (${service.as})`).join(", ") || undefined,
    Duration: formatDuration(result.durationMs),
    Project: `${result.project} (Compose ${result.composeVersion})`,
    Logs: code(result.logsDir),
  });
  if (result.report) addTestReport(result.report);
  else if (result.testRun)
    addCollapsed("Last lines of the test log", result.testRun.log.slice(-LOG_TAIL_LINES).join("\n"));
  for (const diagnosis of result.diagnoses) {
    const checks = diagnosis.healthLog.map(
      (check) => `health check exited ${check.exitCode}: ${check.output.trim()}`,
    );
    addCollapsed(`${diagnosis.service} ${diagnosis.why}`, [...checks, ...diagnosis.logTail].join("\n"));
  }
  if (result.keptUp) {
    addHeading("The stack is left up (keep-on-failure)", 4);
    addCodeBlock(result.keptUp.join("\n"));
  }
  await writeSummary();
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
