import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { collectTestReport, readTestReport } from "./test-report";
import { FakeExec } from "./testing/fake-exec";
import { FakeReporter } from "./testing/fake-stack";

const API = `<testsuite name="api" time="0.5">
  <testcase name="answers" time="0.2"/>
  <testcase name="counts" file="tests/api.test.js"><failure message="expected 2&#10;got 1">AssertionError
    at /suite/tests/api.test.js:9:3</failure></testcase>
</testsuite>`;
const WEB = `<testsuite name="web"><testcase name="renders"/><testcase name="later"><skipped/></testcase></testsuite>`;

describe("readTestReport", () => {
  const workspace = mkdtempSync(join(tmpdir(), "quai-workspace-"));
  mkdirSync(join(workspace, "tests"));
  writeFileSync(join(workspace, "tests/api.test.js"), "");
  const reports = mkdtempSync(join(tmpdir(), "quai-reports-"));
  const write = (name: string, xml: string) => {
    writeFileSync(join(reports, name), xml);
    return join(reports, name);
  };
  const files = [write("api.xml", API), write("web.xml", WEB), write("broken.xml", "<testsuite>")];

  it("adds up every report and locates each failure in the workspace", () => {
    const problems: string[] = [];
    const report = readTestReport(files, workspace, (problem) => problems.push(problem));
    expect(report.files).toEqual(files.slice(0, 2));
    expect(report.totals).toEqual({ passed: 2, failed: 1, skipped: 1, durationMs: 500 });
    expect(report.suites.map((suite) => suite.name)).toEqual(["api", "web"]);
    expect(report.failures).toEqual([
      {
        suite: "api",
        name: "counts",
        message: "expected 2",
        location: { file: "tests/api.test.js", line: 9 },
      },
    ]);
    expect(problems).toEqual([expect.stringMatching(/^Skipped a report: broken\.xml is not valid XML/)]);
  });
});

describe("collectTestReport", () => {
  const workspace = mkdtempSync(join(tmpdir(), "quai-workspace-"));
  const cases = Array.from(
    { length: 12 },
    (_, n) => `<testcase name="case ${n}"><failure message="no"/></testcase>`,
  );
  mkdirSync(join(workspace, "reports"));
  writeFileSync(join(workspace, "reports/junit.xml"), `<testsuite name="many">${cases.join("")}</testsuite>`);
  const testRun = { runner: { command: "make test" }, exitCode: 1, durationMs: 0, log: [] };
  const where = { exec: new FakeExec().exec, workspace, workDir: workspace };

  it("annotates the first ten failed tests, as many as GitHub shows, and says how many more", async () => {
    const reporter = new FakeReporter();
    const report = await collectTestReport("reports", testRun, where, reporter);
    expect(report?.totals.failed).toBe(12);
    expect(reporter.failedTests.map((failure) => failure.name)).toEqual(
      cases.slice(0, 10).map((_, n) => `case ${n}`),
    );
    expect(reporter.events).toContain("2 more failed test(s) are listed in the job summary");
  });

  it("warns when nothing matches", async () => {
    const reporter = new FakeReporter();
    expect(await collectTestReport("out/*.xml", testRun, where, reporter)).toBeUndefined();
    expect(reporter.warnings).toEqual(["No JUnit report matches reports: out/*.xml (in the workspace)"]);
  });
});
