// For unit tests: a job summary as the runner's summary file holds it and as GitHub renders it.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as core from "@actions/core";
import { type FailureSummary, run } from "@quai/github";
import { marked } from "marked";
import { type HTMLElement, parse } from "node-html-parser";
import { vi } from "vitest";

export interface RenderedSummary {
  /** What the step wrote to the summary file (Markdown, mostly HTML blocks). */
  markdown: string;
  /** The HTML a GFM renderer makes of it. */
  html: string;
  /** The name of every element of that HTML, in order. */
  elements: string[];
  /** That HTML as elements, to query as a reader sees it: `dom.querySelectorAll("details")`. */
  dom: HTMLElement;
}

/** Runs `write` (which ends with writeSummary()) with a summary file, and renders what it wrote. */
export async function captureSummary(write: () => Promise<void>): Promise<RenderedSummary> {
  const previous = process.env.GITHUB_STEP_SUMMARY;
  const file = join(mkdtempSync(join(tmpdir(), "quai-summary-")), "summary.md");
  writeFileSync(file, "");
  process.env.GITHUB_STEP_SUMMARY = file;
  // What each write takes from the buffer: core.summary keeps the first file it was given for
  // good, so a file of this call's own may not be the one written.
  let written = "";
  const writeToFile = core.summary.write.bind(core.summary);
  const spy = vi.spyOn(core.summary, "write").mockImplementation((options) => {
    written += core.summary.stringify();
    return writeToFile(options);
  });
  try {
    core.summary.emptyBuffer();
    await write();
    return renderSummary(written);
  } finally {
    spy.mockRestore();
    if (previous === undefined) delete process.env.GITHUB_STEP_SUMMARY;
    else process.env.GITHUB_STEP_SUMMARY = previous;
  }
}

/**
 * The summary run() writes for a main step that fails with `error`, given the action's own
 * describeFailure; the step's `::error` line and exit code are kept out of the test's.
 */
export async function captureFailureSummary(
  error: unknown,
  describeFailure?: (error: unknown) => FailureSummary | undefined,
): Promise<RenderedSummary> {
  const quiet = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
  const exitCode = process.exitCode;
  try {
    return await captureSummary(() =>
      run(
        async () => {
          throw error;
        },
        { describeFailure },
      ),
    );
  } finally {
    quiet.mockRestore();
    process.exitCode = exitCode;
  }
}

export function renderSummary(markdown: string): RenderedSummary {
  const html = marked.parse(markdown, { gfm: true, async: false });
  // Every `<` of escaped text is `&lt;`, so each one left opens an element.
  const elements = [...html.matchAll(/<([a-z][a-z0-9]*)/gi)].map((match) => (match[1] ?? "").toLowerCase());
  // <pre> is parsed too: its <code> is an element, and its text is read with entities decoded.
  const dom = parse(html, { blockTextElements: { script: true, style: true } });
  return { markdown, html, elements, dom };
}

/**
 * The facts tables of a summary (two columns, no header row), merged: each fact's name and its
 * value cell. A table with a header row is not a facts table, and a name seen twice fails.
 */
export function factsOf(summary: RenderedSummary): Map<string, HTMLElement> {
  const facts = new Map<string, HTMLElement>();
  for (const table of summary.dom.querySelectorAll("table")) {
    if (table.querySelector("th")) continue;
    for (const row of table.querySelectorAll("tr")) {
      const [name, value, ...rest] = row.querySelectorAll("td");
      if (!name || !value || rest.length > 0) throw new Error(`Not a fact: ${row.outerHTML}`);
      if (facts.has(name.text)) throw new Error(`The fact ${name.text} is there twice`);
      facts.set(name.text, value);
    }
  }
  return facts;
}

/** The href of each link in the summary, by its text. */
export function linksOf(summary: RenderedSummary): Record<string, string | undefined> {
  return Object.fromEntries(
    summary.dom.querySelectorAll("a").map((anchor) => [anchor.text, anchor.getAttribute("href")]),
  );
}

/**
 * What renders wrong whatever the summary: Markdown's backticks shown as they are inside HTML, a
 * header row with nothing in it, an empty table. Each problem as a line; none is the goal.
 */
export function renderingProblems(summary: RenderedSummary): string[] {
  const problems: string[] = [];
  for (const element of summary.dom.querySelectorAll("td, th, p, h3, h4, summary")) {
    if (element.text.includes("`"))
      problems.push(`a backtick in <${element.tagName.toLowerCase()}>: ${element.text}`);
  }
  for (const row of summary.dom.querySelectorAll("tr")) {
    const cells = row.querySelectorAll("th");
    if (cells.length > 0 && cells.every((cell) => cell.text.trim() === ""))
      problems.push("an empty header row");
  }
  for (const table of summary.dom.querySelectorAll("table")) {
    if (table.querySelectorAll("td").length === 0) problems.push("a table with no data cell");
  }
  return problems;
}
