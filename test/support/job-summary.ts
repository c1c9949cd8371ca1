// For unit tests: a job summary as the runner's summary file holds it and as GitHub renders it.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as core from "@actions/core";
import { marked } from "marked";
import { vi } from "vitest";

export interface RenderedSummary {
  /** What the step wrote to the summary file (Markdown, mostly HTML blocks). */
  markdown: string;
  /** The HTML a GFM renderer makes of it. */
  html: string;
  /** The name of every element of that HTML, in order. */
  elements: string[];
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

export function renderSummary(markdown: string): RenderedSummary {
  const html = marked.parse(markdown, { gfm: true, async: false });
  // Every `<` of escaped text is `&lt;`, so each one left opens an element.
  const elements = [...html.matchAll(/<([a-z][a-z0-9]*)/gi)].map((match) => (match[1] ?? "").toLowerCase());
  return { markdown, html, elements };
}
