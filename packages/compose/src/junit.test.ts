import { UserError } from "@quai/core";
import { describe, expect, it } from "vitest";
import { parseJUnit } from "./junit";

// As surefire and pytest write it: a <testsuites> root, a failure with a message attribute.
const SUREFIRE = `<?xml version="1.0" encoding="UTF-8"?>
<testsuites>
  <testsuite name="com.acme.ApiIT" tests="3" failures="1" skipped="1" time="1,234.5">
    <testcase classname="com.acme.ApiIT" name="answers" time="0.120"/>
    <testcase classname="com.acme.ApiIT" name="counts" time="0.030">
      <failure message="expected: &lt;2&gt; but was: &lt;1&gt;" type="AssertionError">org.opentest4j.AssertionFailedError: expected: &lt;2&gt; but was: &lt;1&gt;
	at com.acme.ApiIT.counts(ApiIT.java:42)</failure>
    </testcase>
    <testcase classname="com.acme.ApiIT" name="exports"><skipped/></testcase>
  </testsuite>
</testsuites>
`;

describe("parseJUnit", () => {
  it("counts each suite's passed, failed and skipped cases and its time", () => {
    const report = parseJUnit(SUREFIRE, "/tmp/reports/TEST-ApiIT.xml");
    expect(report.suites).toEqual([
      { name: "com.acme.ApiIT", passed: 1, failed: 1, skipped: 1, durationMs: 1_234_500 },
    ]);
    expect(report.cases.map((testCase) => [testCase.name, testCase.status])).toEqual([
      ["answers", "passed"],
      ["counts", "failed"],
      ["exports", "skipped"],
    ]);
  });

  it("keeps a failure's message and its text", () => {
    const failed = parseJUnit(SUREFIRE, "report.xml").cases[1];
    expect(failed).toMatchObject({
      suite: "com.acme.ApiIT",
      message: "expected: <2> but was: <1>",
      details: expect.stringContaining("at com.acme.ApiIT.counts(ApiIT.java:42)"),
      durationMs: 30,
    });
  });

  it("reads a <testsuite> root, errors as failures, file and line attributes, and nested suites", () => {
    const report = parseJUnit(
      `<testsuite name="api">
        <testcase name="a" file="test/api.test.js" line="12"><error>TypeError: boom
    at test/api.test.js:13:5</error></testcase>
        <testsuite name="api nested"><testcase name="b" time="0.5"/></testsuite>
      </testsuite>`,
      "api.xml",
    );
    expect(report.suites).toEqual([
      { name: "api", passed: 0, failed: 1, skipped: 0, durationMs: 0 },
      { name: "api nested", passed: 1, failed: 0, skipped: 0, durationMs: 500 },
    ]);
    expect(report.cases[0]).toMatchObject({ file: "test/api.test.js", line: 12, message: "TypeError: boom" });
  });

  it("names the file and line of XML that does not parse", () => {
    expect(() => parseJUnit("<testsuite>\n<testcase></testsuite>", "/r/junit.xml")).toThrow(
      /^junit\.xml is not valid XML \(line 2\): /,
    );
  });

  it("refuses XML that is not a JUnit report", () => {
    const parse = () => parseJUnit("<coverage line-rate='1'/>", "/r/coverage.xml");
    expect(parse).toThrow(UserError);
    expect(parse).toThrow("coverage.xml is not a JUnit report: it has no <testsuite>");
  });
});
