/**
 * Keeps each action README's inputs and outputs tables equal to its action.yml.
 *   npx tsx scripts/action-docs.ts           rewrite the tables
 * The check (test/checks/action-docs.test.ts) fails when a README is out of date.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";

interface Metadata {
  inputs?: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs?: Record<string, { description: string }>;
}

const cell = (text: string) => text.trim().replace(/\n/g, "<br>").replace(/\|/g, "\\|");

export function inputsTable(metadata: Metadata): string {
  const rows = Object.entries(metadata.inputs ?? {}).map(
    ([name, input]) =>
      `| \`${name}\` | ${input.required ? "yes" : "no"} | ${input.default === undefined ? "" : `\`${cell(String(input.default))}\``} | ${cell(input.description)} |`,
  );
  return ["| Input | Required | Default | Description |", "| --- | --- | --- | --- |", ...rows].join("\n");
}

export function outputsTable(metadata: Metadata): string {
  const rows = Object.entries(metadata.outputs ?? {}).map(
    ([name, output]) => `| \`${name}\` | ${cell(output.description)} |`,
  );
  return ["| Output | Description |", "| --- | --- |", ...rows].join("\n");
}

/** The README with the text between `<!-- name -->` and `<!-- /name -->` replaced. */
export function withSection(readme: string, name: string, body: string): string {
  const start = `<!-- ${name} -->`;
  const end = `<!-- /${name} -->`;
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from < 0 || to < from) throw new Error(`README has no ${start} … ${end} section`);
  return `${readme.slice(0, from + start.length)}\n${body}\n${readme.slice(to)}`;
}

export function documentedReadme(actionDir: string): { path: string; current: string; expected: string } {
  const metadata = parse(readFileSync(join(actionDir, "action.yml"), "utf8")) as Metadata;
  const path = join(actionDir, "README.md");
  const current = readFileSync(path, "utf8");
  const expected = withSection(
    withSection(current, "inputs", inputsTable(metadata)),
    "outputs",
    outputsTable(metadata),
  );
  return { path, current, expected };
}

export const ACTIONS_DIR = new URL("../actions", import.meta.url).pathname;

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop() ?? "")) {
  for (const action of readdirSync(ACTIONS_DIR)) {
    const { path, current, expected } = documentedReadme(join(ACTIONS_DIR, action));
    if (current !== expected) writeFileSync(path, expected);
    console.log(`${current === expected ? "up to date" : "rewrote   "} ${path}`);
  }
}
