import { createRequire as __quaiCreateRequire } from "node:module";
import { dirname as __quaiDirname } from "node:path";
import { fileURLToPath as __quaiFileURLToPath } from "node:url";
const require = __quaiCreateRequire(import.meta.url);
const __filename = __quaiFileURLToPath(import.meta.url);
const __dirname = __quaiDirname(__filename);
import {
  FAILURE_HEADING,
  addCodeBlock,
  addCollapsed,
  addFacts,
  addFailure,
  addHeading,
  addTable,
  code,
  html,
  shortDigest,
  writeSummary
} from "./chunk-TJ6MVAKC.js";
import {
  describeRunner
} from "./chunk-MMSL2IKW.js";
import "./chunk-EDNCYXZD.js";
import {
  formatDuration
} from "./chunk-E6D65KBS.js";
import "./chunk-QCMGWVGG.js";
import "./chunk-53NWWUZY.js";
import "./chunk-JRZG5HEJ.js";

// actions/integration-test-compose/src/summary.ts
var LOG_TAIL_LINES = 30;
async function writeComposeSummary(result) {
  const { failure } = result;
  const facts = runFacts(result);
  if (failure) {
    addHeading(`\u274C ${FAILURE_HEADING}`, 3);
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
      (check) => `health check exited ${check.exitCode}: ${check.output.trim()}`
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
function runFacts(result) {
  return {
    "Image under test": result.image ? html`${code(result.image.ref)} as service ${result.image.service} (image ${code(shortDigest(result.image.id))})` : void 0,
    Tests: result.testRun ? testRunFact(result.testRun) : void 0,
    Services: result.services.map((service) => `${service.service} (${service.as})`).join(", ") || void 0,
    Duration: formatDuration(result.durationMs),
    Project: `${result.project} (Compose ${result.composeVersion})`,
    Logs: code(result.logsDir)
  };
}
function addServiceLogTails(result) {
  const shown = new Set(result.diagnoses.map((diagnosis) => diagnosis.service));
  for (const log of result.logs) {
    const isTestLog = log.lines === result.testRun?.log;
    if (shown.has(log.name) || isTestLog || log.lines.length === 0) continue;
    const tail = log.lines.slice(-LOG_TAIL_LINES);
    addCollapsed(`${log.name}: last ${tail.length} log lines`, tail.join("\n"));
  }
}
function testRunFact(run) {
  const ending = run.killed ? `was killed (${run.killed})` : `exited with code ${run.exitCode}`;
  return `${describeRunner(run.runner)} ${ending} after ${formatDuration(run.durationMs)}`;
}
function addTestReport(report) {
  const { totals } = report;
  addTable(
    ["Suite", "Passed", "Failed", "Skipped", "Duration"],
    [
      ...report.suites.map((suite) => [
        suite.name,
        suite.passed,
        suite.failed,
        suite.skipped,
        formatDuration(suite.durationMs)
      ]),
      [html`<b>Total</b>`, totals.passed, totals.failed, totals.skipped, formatDuration(totals.durationMs)]
    ]
  );
  if (report.failures.length === 0) return;
  addTable(
    ["Failed test", "Where", "Message"],
    report.failures.map((failure) => [
      `${failure.suite} \u203A ${failure.name}`,
      failure.location ? `${failure.location.file}${failure.location.line ? `:${failure.location.line}` : ""}` : "",
      failure.message
    ])
  );
}
export {
  writeComposeSummary
};
