import { existsSync } from "node:fs";
import { isAbsolute, join, relative } from "node:path";
import { isWithin } from "@quai/core";
import type { TestCaseResult } from "./junit";

export interface FileLine {
  file: string;
  line?: number;
}

// A path with an extension, then :line — as stack traces, pytest and go print them.
const PATH_LINE = /(?:file:\/\/)?([^\s()'"<>:]+\.[A-Za-z][A-Za-z0-9]*):(\d+)/g;
const LIBRARY_PATH = /(^|\/)(node_modules|site-packages|dist-packages|internal)\//;

/**
 * Where a failed test points: the testcase's file and line attributes when it has them, else
 * the first path:line of its failure text that is not in a library (of the testcase's file,
 * when it names one).
 */
export function failureLocation(testCase: TestCaseResult): FileLine | undefined {
  if (testCase.file && testCase.line) return { file: testCase.file, line: testCase.line };
  const mentioned = pathLines(`${testCase.message ?? ""}\n${testCase.details ?? ""}`);
  const { file } = testCase;
  if (file) return { file, line: mentioned.find((candidate) => sameFile(candidate.file, file))?.line };
  return mentioned[0];
}

function pathLines(text: string): FileLine[] {
  return [...text.matchAll(PATH_LINE)]
    .map(([, file = "", line]) => ({ file, line: Number(line) }))
    .filter(({ file }) => !LIBRARY_PATH.test(file));
}

function sameFile(a: string, b: string): boolean {
  const [left, right] = [withoutDotSlash(a), withoutDotSlash(b)];
  return left === right || left.endsWith(`/${right}`) || right.endsWith(`/${left}`);
}

function withoutDotSlash(path: string): string {
  return path.replace(/^\.\//, "");
}

/**
 * The path as the repository knows it, for annotations: inside the workspace it becomes
 * relative; a path from the test container (/usr/src/app/test/api.test.js) becomes its longest
 * tail that exists in the workspace (test/api.test.js). Otherwise it stays as it is.
 */
export function annotationPath(path: string, workspace: string): string {
  const clean = withoutDotSlash(path);
  if (isAbsolute(clean) && isWithin(workspace, clean)) return relative(workspace, clean);
  const parts = clean.split("/").filter(Boolean);
  for (let start = 0; start < parts.length; start++) {
    const tail = parts.slice(start).join("/");
    if (existsSync(join(workspace, tail))) return tail;
  }
  return clean;
}
