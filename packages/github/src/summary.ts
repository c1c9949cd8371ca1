import * as core from "@actions/core";
import { type LogTail, logTailTitle } from "@quai/core";

/**
 * Markup quai writes itself, built from escaped parts (`code()`, the `html` template). Anything
 * else put into the summary is text and is escaped: the summary is HTML, and an input, a test
 * name or an error message could otherwise add elements to it.
 */
export class Html {
  constructor(readonly markup: string) {}
}

export type Cell = string | number | Html;

const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
  // Line ends too: a blank line ends GitHub's HTML block, and what follows it is read as Markdown.
  "\n": "&#10;",
  "\r": "&#13;",
};

/** The one escape for every value that goes into a job summary. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'\n\r]/g, (character) => ENTITIES[character] ?? character);
}

function toMarkup(cell: Cell): string {
  return cell instanceof Html ? cell.markup : escapeHtml(String(cell));
}

/** Markup from a template whose literal parts are markup and whose values are escaped (unless Html). */
export function html(strings: TemplateStringsArray, ...values: readonly Cell[]): Html {
  return new Html(strings.reduce((markup, part, index) => markup + toMarkup(values[index - 1] ?? "") + part));
}

/** Code in an HTML cell: backticks are not Markdown there, they would show as they are. */
export function code(text: string): Html {
  return new Html(`<code>${escapeHtml(text)}</code>`);
}

/**
 * A link to a page of the user's (the environment) or a registry's. Only http(s) URLs become
 * links; anything else (a `javascript:` URL) is shown as the text alone.
 */
export function link(url: string | undefined, text: Cell = url ?? ""): Html {
  const target = url && URL.canParse(url) ? new URL(url) : undefined;
  if (!target || !["http:", "https:"].includes(target.protocol)) return new Html(toMarkup(text));
  return html`<a href="${target.href}">${text}</a>`;
}

/** Text whose `quoted` parts are code, as error messages quote commands and settings. */
export function withInlineCode(text: string): Html {
  return joinHtml(
    text.split(/`([^`]+)`/).map((part, index) => (index % 2 === 1 ? code(part) : part)),
    "",
  );
}

export function joinHtml(cells: readonly Cell[], separator = ", "): Html {
  return new Html(cells.map(toMarkup).join(escapeHtml(separator)));
}

export function addHeading(text: Cell, level: 3 | 4): void {
  core.summary.addHeading(toMarkup(text), level);
}

/** A paragraph of text, such as a warning. */
export function addText(text: Cell): void {
  core.summary.addRaw(`<p>${toMarkup(text)}</p>`, true);
}

/** A table in the job summary, with a header row; none at all when there are no rows. */
export function addTable(headers: readonly Cell[], rows: readonly (readonly Cell[])[]): void {
  addTableRows(rows, headers);
}

/** A two-column table of facts, with no header row: `{ Digest: "sha256:…", Size: "42 MiB" }`. */
export function addFacts(facts: Record<string, Cell | undefined>): void {
  addTableRows(Object.entries(facts).filter((entry): entry is [string, Cell] => entry[1] !== undefined));
}

/** A collapsed block of text, such as a log tail, that does not drown the rest. */
export function addCollapsed(label: Cell, text: string): void {
  core.summary.addDetails(toMarkup(label), preformatted(text));
}

/** What made a step fail, as the job summary shows it. */
export interface Failure {
  /** The one line the step failed with. */
  message: string;
  /** What to do about it, or what it left as it was. */
  hint?: string;
  logTail?: LogTail;
}

/**
 * A failure in the job summary: the error and its hint, what the step knew (`facts`: what still
 * serves, where it was going), then the log tail that says why, collapsed.
 */
export function addFailure(failure: Failure, facts: Record<string, Cell | undefined> = {}): void {
  addText(html`<b>${withInlineCode(failure.message)}</b>`);
  if (failure.hint) addText(withInlineCode(failure.hint));
  addFacts(facts);
  const { logTail } = failure;
  if (logTail && logTail.lines.length > 0) addCollapsed(logTailTitle(logTail), logTail.lines.join("\n"));
}

/** Commands or other text to copy, as it is. */
export function addCodeBlock(text: string): void {
  core.summary.addRaw(preformatted(text), true);
}

/** A fenced block GitHub renders by its language, such as a Mermaid chart. */
export function addFencedBlock(language: string, text: string): void {
  addMarkdown(`\`\`\`${language}\n${text}\n\`\`\``);
}

/** Markdown quai rendered itself, its values escaped already (a report's body). */
export function addMarkdown(text: string): void {
  core.summary.addRaw(`\n${text}\n`, true);
}

/** Writes what was added, when the runner gave a summary file (it always does in Actions). */
export async function writeSummary(): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.summary.emptyBuffer();
    return;
  }
  await core.summary.write();
}

// Written here rather than by core.summary.addTable, which has no table without a header row
// and leaves an empty cell's <td> unclosed.
function addTableRows(rows: readonly (readonly Cell[])[], headers?: readonly Cell[]): void {
  // A header row alone, or an empty table, shows nothing worth its space.
  if (rows.length === 0) return;
  const row = (cells: readonly Cell[], tag: "th" | "td") =>
    `<tr>${cells.map((cell) => `<${tag}>${toMarkup(cell)}</${tag}>`).join("")}</tr>`;
  const header = headers ? row(headers, "th") : "";
  core.summary.addRaw(`<table>${header}${rows.map((cells) => row(cells, "td")).join("")}</table>`, true);
}

function preformatted(text: string): string {
  return `<pre><code>${escapeHtml(text)}</code></pre>`;
}
