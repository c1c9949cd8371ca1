import { basename } from "node:path";
import { UserError } from "@quai/core";
import { XMLParser } from "fast-xml-parser";
import { SyntaxValidator } from "fast-xml-validator";

export type TestStatus = "passed" | "failed" | "skipped";

export interface TestCaseResult {
  suite: string;
  name: string;
  status: TestStatus;
  durationMs: number;
  /** The testcase's own file and line attributes, when the reporter writes them. */
  file?: string;
  line?: number;
  /** The failure's message attribute, else the first line of its text. */
  message?: string;
  /** The failure's text: often a stack trace with file:line. */
  details?: string;
}

export interface SuiteResult {
  name: string;
  passed: number;
  failed: number;
  skipped: number;
  durationMs: number;
}

export interface JUnitReport {
  file: string;
  suites: SuiteResult[];
  cases: TestCaseResult[];
}

type XmlElement = Record<string, unknown>;

const REPEATED = new Set(["testsuites", "testsuite", "testcase", "failure", "error", "skipped"]);
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  parseAttributeValue: false,
  parseTagValue: false,
  // Reporters write newlines in attributes as &#10;: numeric references are decoded too.
  htmlEntities: true,
  isArray: (name) => REPEATED.has(name),
});

/** A JUnit XML report (the format of surefire, pytest, jest-junit, go-junit-report…). */
export function parseJUnit(xml: string, file: string): JUnitReport {
  try {
    SyntaxValidator.validate(xml);
  } catch (error) {
    const line = (error as { line?: number }).line;
    throw new UserError(
      `${basename(file)} is not valid XML${line ? ` (line ${line})` : ""}: ${(error as Error).message}`,
    );
  }
  const root = parser.parse(xml) as XmlElement;
  const topSuites = [
    ...elements(root, "testsuites").flatMap((all) => elements(all, "testsuite")),
    ...elements(root, "testsuite"),
  ];
  if (topSuites.length === 0)
    throw new UserError(`${basename(file)} is not a JUnit report: it has no <testsuite>`);
  const report: JUnitReport = { file, suites: [], cases: [] };
  for (const suite of topSuites) readSuite(suite, basename(file), report);
  return report;
}

/** Adds a suite's cases and, when it has cases of its own, its totals; nested suites count apart. */
function readSuite(suite: XmlElement, fallbackName: string, report: JUnitReport): void {
  const name = attribute(suite, "name") ?? fallbackName;
  const cases = elements(suite, "testcase").map((testCase) => readCase(testCase, name));
  if (cases.length > 0) {
    const count = (status: TestStatus) => cases.filter((testCase) => testCase.status === status).length;
    const caseTime = cases.reduce((sum, testCase) => sum + testCase.durationMs, 0);
    report.suites.push({
      name,
      passed: count("passed"),
      failed: count("failed"),
      skipped: count("skipped"),
      durationMs: seconds(attribute(suite, "time")) ?? caseTime,
    });
    report.cases.push(...cases);
  }
  for (const nested of elements(suite, "testsuite")) readSuite(nested, name, report);
}

function readCase(testCase: XmlElement, suite: string): TestCaseResult {
  const classname = attribute(testCase, "classname");
  const problem = [...elements(testCase, "failure"), ...elements(testCase, "error")][0];
  const line = Number(attribute(testCase, "line"));
  const result: TestCaseResult = {
    suite: classname ?? suite,
    name: attribute(testCase, "name") ?? "(unnamed)",
    status: problem ? "failed" : elements(testCase, "skipped").length > 0 ? "skipped" : "passed",
    durationMs: seconds(attribute(testCase, "time")) ?? 0,
    file: attribute(testCase, "file"),
    line: Number.isInteger(line) && line > 0 ? line : undefined,
  };
  if (problem) {
    const details = text(problem).trim();
    result.message = attribute(problem, "message") ?? details.split("\n")[0] ?? "";
    result.details = details;
  }
  return result;
}

function elements(parent: XmlElement, name: string): XmlElement[] {
  const children = parent[name];
  if (!Array.isArray(children)) return [];
  // <skipped/> parses as "", <failure>text</failure> as "text": both are elements all the same.
  return children.map((child) =>
    typeof child === "object" && child !== null ? child : { "#text": String(child) },
  );
}

function attribute(element: XmlElement, name: string): string | undefined {
  const value = element[`@${name}`];
  return typeof value === "string" ? value : undefined;
}

function text(element: XmlElement): string {
  const value = element["#text"];
  return typeof value === "string" ? value : "";
}

/** JUnit times are seconds, often with decimals; some reporters write "1,234.5". */
function seconds(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value.replace(/,/g, ""));
  return Number.isFinite(number) ? Math.round(number * 1000) : undefined;
}
