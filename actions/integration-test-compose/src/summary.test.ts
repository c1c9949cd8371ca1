import type { ComposeTestResult } from "@quai/compose";
import { UserError } from "@quai/core";
import { describe, expect, it } from "vitest";
import {
  captureFailureSummary,
  captureSummary,
  factsOf,
  renderingProblems,
} from "../../../test/support/job-summary";
import { describeComposeFailure } from "./failure-summary";
import { writeComposeSummary } from "./summary";

const testLog = ["▶ counter", "✔ counts (4 ms)", "✖ resets (5 ms)"];

function result(overrides: Partial<ComposeTestResult> = {}): ComposeTestResult {
  return {
    verdict: "passed",
    project: "quai-run-1",
    composeVersion: "2.26.1",
    image: { ref: "shop:abc1234", id: `sha256:${"f".repeat(64)}`, service: "app" },
    services: [
      { service: "redis", container: "quai-run-1-redis-1", as: "healthy" },
      { service: "app", container: "quai-run-1-app-1", as: "running" },
    ],
    diagnoses: [],
    testRun: { runner: { service: "tests" }, exitCode: 0, durationMs: 3000, log: testLog },
    report: {
      files: ["reports/junit.xml"],
      suites: [{ name: "counter", passed: 4, failed: 0, skipped: 0, durationMs: 20 }],
      totals: { passed: 4, failed: 0, skipped: 0, durationMs: 20 },
      failures: [],
    },
    logsDir: "/runner/_temp/quai-compose-1/logs",
    logs: [{ name: "tests", path: "/logs/tests.log", lines: testLog }],
    durationMs: 9000,
    ...overrides,
  } as ComposeTestResult;
}

describe("the compose tests' job summary", () => {
  it("shows a pass: facts with the image as code, the suites in a table with headers", async () => {
    const summary = await captureSummary(() => writeComposeSummary(result()));
    expect(summary.dom.querySelector("h3")?.text).toBe("Integration tests passed");
    const facts = factsOf(summary);
    expect(
      facts
        .get("Image under test")
        ?.querySelectorAll("code")
        .map((element) => element.text),
    ).toEqual(["shop:abc1234", "sha256:ffffffffffff"]);
    expect(facts.get("Logs")?.querySelector("code")?.text).toBe("/runner/_temp/quai-compose-1/logs");
    const suites = summary.dom.querySelectorAll("table").find((table) => table.querySelector("th"));
    expect(suites?.querySelectorAll("th").map((cell) => cell.text)).toEqual([
      "Suite",
      "Passed",
      "Failed",
      "Skipped",
      "Duration",
    ]);
    expect(summary.elements).not.toContain("details");
    expect(renderingProblems(summary)).toEqual([]);
  });

  it("shows a failure: the error and its hint, the failed tests, each service's log tail", async () => {
    const failure = new UserError("1 of 5 tests failed (test service tests exited with code 1)", {
      hint: "Each failure is annotated and listed in the job summary",
    });
    const failed = result({
      verdict: "failed",
      failure,
      testRun: { runner: { service: "tests" }, exitCode: 1, durationMs: 3000, log: testLog },
      report: {
        files: ["reports/junit.xml"],
        suites: [{ name: "counter", passed: 4, failed: 1, skipped: 0, durationMs: 20 }],
        totals: { passed: 4, failed: 1, skipped: 0, durationMs: 20 },
        failures: [
          {
            suite: "counter",
            name: "resets",
            message: "expected 204, got 405",
            location: { file: "tests/counter.test.js", line: 12 },
          },
        ],
      },
      logs: [
        { name: "tests", path: "/logs/tests.log", lines: testLog },
        { name: "redis", path: "/logs/redis.log", lines: ["Ready to accept connections tcp"] },
        { name: "app", path: "/logs/app.log", lines: [] },
      ],
    });
    const summary = await captureSummary(() => writeComposeSummary(failed));

    expect(summary.dom.querySelector("h3")?.text).toBe("❌ Integration tests failed");
    expect(summary.dom.querySelectorAll("p").map((paragraph) => paragraph.text)).toEqual([
      "1 of 5 tests failed (test service tests exited with code 1)",
      "Each failure is annotated and listed in the job summary",
    ]);
    const failures = summary.dom
      .querySelectorAll("table")
      .find((table) => table.querySelector("th")?.text === "Failed test");
    expect(failures?.querySelectorAll("td").map((cell) => cell.text)).toEqual([
      "counter › resets",
      "tests/counter.test.js:12",
      "expected 204, got 405",
    ]);
    // The test log is in the report; the app's log is empty: only redis has a tail to show.
    const details = summary.dom.querySelectorAll("details");
    expect(details.map((element) => element.querySelector("summary")?.text)).toEqual([
      "redis: last 1 log lines",
    ]);
    expect(details[0]?.querySelector("pre code")?.text).toBe("Ready to accept connections tcp");
    expect(renderingProblems(summary)).toEqual([]);
  });

  it("leaves a failure it summarised to its own summary, and says what it was to test otherwise", async () => {
    const summarised = new UserError("1 of 5 tests failed");
    expect(describeComposeFailure({ summarized: summarised }, summarised)).toBeUndefined();

    const summary = await captureFailureSummary(
      new UserError("Docker Compose is not installed: neither `docker compose` nor `docker-compose` answers"),
      (error) =>
        describeComposeFailure(
          { composeFiles: ["compose.yml", "compose.ci.yml"], project: "quai-run-1", summarized: summarised },
          error,
        ),
    );
    expect(summary.dom.querySelector("h3")?.text).toBe("❌ Integration tests failed");
    expect(summary.dom.querySelectorAll("p b code").map((element) => element.text)).toEqual([
      "docker compose",
      "docker-compose",
    ]);
    const facts = factsOf(summary);
    expect(
      facts
        .get("Compose files")
        ?.querySelectorAll("code")
        .map((element) => element.text),
    ).toEqual(["compose.yml", "compose.ci.yml"]);
    expect(facts.get("Project")?.text).toBe("quai-run-1");
    expect(renderingProblems(summary)).toEqual([]);
  });
});
