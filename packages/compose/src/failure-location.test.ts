import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { annotationPath, failureLocation } from "./failure-location";
import type { TestCaseResult } from "./junit";

const failed = (changes: Partial<TestCaseResult>): TestCaseResult => ({
  suite: "api",
  name: "counts",
  status: "failed",
  durationMs: 0,
  ...changes,
});

const NODE_STACK = `AssertionError [ERR_ASSERTION]: a new counter came back as 1, expected 0
    at assert (node:internal/assert/utils:281:5)
    at /suite/node_modules/some-lib/index.js:10:3
    at Object.run (/suite/tests/regressions.test.js:20:10)
    at async runTest (/suite/tests/run.js:18:5)`;

describe("failureLocation", () => {
  it("takes the testcase's file and line attributes", () => {
    expect(failureLocation(failed({ file: "test/api.test.js", line: 12, details: NODE_STACK }))).toEqual({
      file: "test/api.test.js",
      line: 12,
    });
  });

  it("takes the line from the stack trace frame of the testcase's file", () => {
    expect(failureLocation(failed({ file: "tests/regressions.test.js", details: NODE_STACK }))).toEqual({
      file: "tests/regressions.test.js",
      line: 20,
    });
    expect(failureLocation(failed({ file: "tests/other.test.js", details: NODE_STACK }))).toEqual({
      file: "tests/other.test.js",
      line: undefined,
    });
  });

  it("without a file attribute, takes the first path:line that is not in a library", () => {
    expect(failureLocation(failed({ details: NODE_STACK }))).toEqual({
      file: "/suite/tests/regressions.test.js",
      line: 20,
    });
    expect(failureLocation(failed({ message: "tests/test_api.py:31: AssertionError" }))).toEqual({
      file: "tests/test_api.py",
      line: 31,
    });
  });

  it("reads paths given as file URLs, as ES modules print them", () => {
    const details = "Error: boom\n    at file:///suite/tests/api.test.mjs:7:11";
    expect(failureLocation(failed({ details }))).toEqual({ file: "/suite/tests/api.test.mjs", line: 7 });
  });

  it("says nothing when the failure points nowhere", () => {
    expect(failureLocation(failed({ message: "expected 2, got 1" }))).toBeUndefined();
  });
});

describe("annotationPath", () => {
  const workspace = mkdtempSync(join(tmpdir(), "quai-workspace-"));
  mkdirSync(join(workspace, "tests"));
  writeFileSync(join(workspace, "tests/regressions.test.js"), "");

  it("makes a path inside the workspace relative", () => {
    expect(annotationPath(join(workspace, "tests/regressions.test.js"), workspace)).toBe(
      "tests/regressions.test.js",
    );
  });

  it("finds a path of the test container by its longest tail present in the workspace", () => {
    expect(annotationPath("/suite/tests/regressions.test.js", workspace)).toBe("tests/regressions.test.js");
  });

  it("leaves a path it cannot find as it is", () => {
    expect(annotationPath("./src/Api.java", workspace)).toBe("src/Api.java");
  });
});
