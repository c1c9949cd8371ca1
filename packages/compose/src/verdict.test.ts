import { describe, expect, it } from "vitest";
import type { TestReport } from "./test-report";
import type { TestRun } from "./test-run";
import { describeRunner, verdictFailure } from "./verdict";

const run = (changes: Partial<TestRun>): TestRun => ({
  runner: { service: "tests" },
  exitCode: 0,
  durationMs: 1200,
  log: [],
  ...changes,
});

const report = (passed: number, failed: number, skipped: number): TestReport => ({
  files: ["junit.xml"],
  suites: [],
  totals: { passed, failed, skipped, durationMs: 0 },
  failures: [],
});

describe("verdictFailure", () => {
  it("passes on exit code 0, whatever the reports say", () => {
    expect(verdictFailure(run({}), report(3, 1, 0))).toBeUndefined();
  });

  it("counts the failed tests when there is a report", () => {
    expect(verdictFailure(run({ exitCode: 1 }), report(5, 2, 1))?.message).toBe(
      "2 of 8 tests failed (test service tests exited with code 1)",
    );
  });

  it("says the tests failed, and where the log is, without a report", () => {
    expect(verdictFailure(run({ runner: { command: "npm test" }, exitCode: 2 }), undefined)?.summary).toBe(
      "The tests failed (test command exited with code 2). The test log is above and in the job summary",
    );
  });

  it("says why the tests were killed", () => {
    expect(verdictFailure(run({ exitCode: 137, killed: "SIGKILL" }), undefined)?.summary).toBe(
      "The test service tests was killed (SIGKILL). Its log is above",
    );
  });
});

describe("describeRunner", () => {
  it("names the service or the command", () => {
    expect(describeRunner({ service: "e2e" })).toBe("test service e2e");
    expect(describeRunner({ command: "make test" })).toBe("test command");
  });
});
