// The rollback report as a person reads it in a minute: the verdict, what quai did, the signals
// and the chart of the deciding one, the releases and their commit range, the failing
// container, the timeline, how to lift the block, and the links. Markdown, as GitHub renders an
// issue or a pull request's body; every value quai did not write itself is escaped.
import type { ReleaseState } from "@quai/deploy";
import type { Sample, WatchEnvironmentResult } from "@quai/drift";
import { decidingChart } from "@quai/drift/chart";
import { escapeHtml } from "@quai/github";

/** GitHub refuses an issue, pull request or comment body longer than this. */
export const MAX_BODY_CHARACTERS = 65_536;

/** What a report is about, which decides where it goes: only a rollback changes quai.yml. */
export type ReportKind = "rollback" | "escalated" | "drift" | "inconclusive";

export interface ReportContext {
  /** `owner/name` (GITHUB_REPOSITORY); without it, the commit range is said without a link. */
  repository?: string;
  /** GITHUB_SERVER_URL (https://github.com unless GitHub Enterprise Server). */
  serverUrl?: string;
  /** The run that watched, acted and reported. */
  runUrl?: string;
  /** The environment's deployments page (the ledger's pageUrl). */
  deploymentsUrl?: string;
  /** The token is the job's GITHUB_TOKEN: what it opens triggers no workflows. */
  jobToken: boolean;
  /** Values never shown, wherever they appear (the step's secrets); the log tail is masked already. */
  secrets?: readonly string[];
  /** How the serving release's container fared when the watch decided, when the caller observed it. */
  container?: ReleaseState;
}

/** The report's kind, or undefined when the watch found nothing a person must hear of. */
export function reportKind(result: WatchEnvironmentResult): ReportKind | undefined {
  switch (result.action.kind) {
    case "rolled-back":
      return "rollback";
    case "escalated":
      return "escalated";
    case "restored":
      return "drift";
    case "reported":
      return result.verdict === "inconclusive" ? "inconclusive" : "drift";
    default:
      return undefined;
  }
}

/**
 * The hidden line that names the report: one open report per app, environment, bad digest and
 * kind, so a sweep that finds the same drift again comments instead of opening another.
 */
export function reportMarker(result: WatchEnvironmentResult, kind: ReportKind): string {
  const digest = result.declared?.digest ?? "none";
  return `<!-- quai-report app=${result.settings.app} env=${result.settings.name} digest=${digest} kind=${kind} -->`;
}

/** The report's title: what happened, to which release, where. */
export function reportTitle(result: WatchEnvironmentResult, kind: ReportKind): string {
  const { app, name } = result.settings;
  const release = result.declared ? `${app} ${result.declared.version}` : app;
  const signal = result.deciding?.signal ?? "the watch";
  const titles: Record<ReportKind, string> = {
    rollback: `Rolled back ${release} in ${name}: ${signal}`,
    escalated: `Escalated: ${release} in ${name} rolled back, and the release gone back to fails too`,
    drift: `Drift of ${release} in ${name}: ${signal}`,
    inconclusive: `Inconclusive watch of ${release} in ${name}: ${signal}`,
  };
  return titles[kind];
}

/** The report's body, within GitHub's limit, its secrets masked. */
export function renderReport(result: WatchEnvironmentResult, context: ReportContext): string {
  const kind = reportKind(result) ?? "drift";
  const sections = [
    reportMarker(result, kind),
    verdictSection(result),
    whatQuaiDid(result),
    signalsSection(result),
    releasesSection(result, context),
    containerSection(result, context),
    timelineSection(result),
    kind === "rollback" ? liftSection(result) : undefined,
    linksSection(result, context),
    context.jobToken ? JOB_TOKEN_NOTE : undefined,
  ];
  const body = sections.filter((section): section is string => Boolean(section)).join("\n\n");
  return fitBody(mask(body, context.secrets ?? []), context.runUrl);
}

const JOB_TOKEN_NOTE =
  "> [!NOTE]\n> quai opened this with the job's `GITHUB_TOKEN`: GitHub starts no workflow for what that token opens or pushes, so no workflow runs on this report by itself, a pull request's checks among them. To run the checks, close and reopen it, or push to its branch.";

/** Every secret value replaced, however it got into the text. */
export function mask(text: string, secrets: readonly string[]): string {
  return secrets.filter(Boolean).reduce((masked, secret) => masked.replaceAll(secret, "***"), text);
}

/**
 * A body GitHub takes: one over MAX_BODY_CHARACTERS is cut at a line, its open code block and
 * <details> closed, and ends with a link to the run, which has all of it.
 */
export function fitBody(body: string, runUrl: string | undefined): string {
  if (body.length <= MAX_BODY_CHARACTERS) return body;
  const note = `\n\n**Truncated:** the report is longer than GitHub's ${MAX_BODY_CHARACTERS} characters; ${runUrl ? `the whole of it is in [the run](${runUrl})` : "the whole of it is in the run's log"}.`;
  // Room for the note and for closing what the cut leaves open.
  const room = MAX_BODY_CHARACTERS - note.length - "\n```\n</details>".length;
  const cut = body.slice(0, body.lastIndexOf("\n", room));
  const openFence = (cut.match(/^```/gm) ?? []).length % 2 === 1 ? "\n```" : "";
  const openDetails =
    (cut.match(/<details>/g) ?? []).length > (cut.match(/<\/details>/g) ?? []).length ? "\n</details>" : "";
  return `${cut}${openFence}${openDetails}${note}`;
}

function verdictSection(result: WatchEnvironmentResult): string {
  const { deciding } = result;
  const line = deciding ? `${result.verdict}: ${deciding.signal}, ${deciding.reason}` : result.verdict;
  return `**Verdict:** ${inline(line)}`;
}

function whatQuaiDid({ action, declared }: WatchEnvironmentResult): string {
  const lines = [`**What quai did:** ${inline(action.why)}`];
  if (action.kind === "rolled-back" || action.kind === "escalated") {
    const { deployment } = action.deploy;
    lines.push(
      "",
      `- rolled back to **${inline(action.to)}** at ${timeOf(Date.parse(deployment.updatedAt))}`,
      `- blocked **${inline(action.blocked)}**${declared ? ` (${code(declared.digest)})` : ""} in the ledger`,
    );
    if (deployment.hold)
      lines.push(`- held automatic deploys: ${inline(deployment.hold)} (a deploy a person starts lifts it)`);
  }
  return lines.join("\n");
}

function signalsSection(result: WatchEnvironmentResult): string {
  const bySignal = new Map<string, Sample[]>();
  for (const sample of result.samples)
    bySignal.set(sample.signal, [...(bySignal.get(sample.signal) ?? []), sample]);
  const rows = [...bySignal].map(([signal, samples]) => {
    const threshold = result.thresholds[signal] ?? "";
    const last = samples.at(-1)?.reading;
    const failing = samples.filter((sample) => sample.reading.kind === "fail").length;
    return [
      signal === result.deciding?.signal ? `**${cell(signal)}**` : cell(signal),
      cell(threshold),
      cell(baselineIn(threshold) ?? "–"),
      cell(last ? `${last.kind}: ${last.detail}` : ""),
      `${samples.length} (${failing} failing)`,
    ];
  });
  const table = [
    "| Signal | Threshold | Baseline | Observed | Samples |",
    "| --- | --- | --- | --- | --- |",
    ...rows.map((row) => `| ${row.join(" | ")} |`),
  ];
  const deciding = result.deciding?.signal;
  const chart = deciding && decidingChart(result.samples.filter((sample) => sample.signal === deciding));
  return ["### Signals", "", ...table, ...(chart ? ["", "```mermaid", chart, "```"] : [])].join("\n");
}

/** The previous release's figure a threshold compares with (traffic signals name it "baseline …"). */
function baselineIn(threshold: string): string | undefined {
  return /\bbaseline (.+)$/.exec(threshold)?.[1];
}

function releasesSection(result: WatchEnvironmentResult, context: ReportContext): string | undefined {
  const { declared, action } = result;
  if (!declared) return undefined;
  const running =
    action.kind === "rolled-back" || action.kind === "escalated" ? action.deploy.release : undefined;
  const lines = [
    "### Releases",
    "",
    "| | Version | Digest | Commit |",
    "| --- | --- | --- | --- |",
    `| Declared (the ledger's) | ${cell(declared.version)} | ${code(declared.digest)} | ${code(declared.commit)} |`,
  ];
  if (running) {
    lines.push(
      `| Running now | ${cell(running.version)} | ${code(running.digest)} | ${code(running.commit)} |`,
    );
    if (running.commit && declared.commit && running.commit !== declared.commit) {
      const range = `${running.commit.slice(0, 7)}...${declared.commit.slice(0, 7)}`;
      const server = (context.serverUrl ?? "https://github.com").replace(/\/+$/, "");
      const compare = `${server}/${context.repository}/compare/${running.commit}...${declared.commit}`;
      lines.push(
        "",
        `What changed from ${inline(running.version)} to ${inline(declared.version)}: ${context.repository ? `[${range}](${compare})` : code(range)}`,
      );
    }
  }
  return lines.join("\n");
}

function containerSection(result: WatchEnvironmentResult, context: ReportContext): string | undefined {
  // The caller's look, else what the watch saw of the release when it decided.
  const container = context.container ?? result.drifting?.state;
  if (!container && result.logTail.length === 0) return undefined;
  const lines = ["### The failing container", ""];
  if (container) {
    lines.push(
      `- exit code ${container.exitCode}${container.oomKilled ? ", **OOM-killed**" : ", not OOM-killed"}`,
      `- ${container.restartCount} restarts, ${container.running ? "running" : "not running"}${container.health ? `, HEALTHCHECK ${inline(container.health)}` : ""}`,
    );
    if (container.healthLog.length > 0) {
      lines.push("", "Last health check outputs:", "", fenced(container.healthLog.join("\n")));
    }
  }
  if (result.logTail.length > 0) {
    lines.push(
      "",
      "<details>",
      `<summary>Last ${result.logTail.length} log lines (secrets masked)</summary>`,
      "",
      fenced(result.logTail.join("\n")),
      "",
      "</details>",
    );
  }
  return lines.join("\n");
}

function timelineSection(result: WatchEnvironmentResult): string {
  const { deciding, action, targetWatch } = result;
  const events = [`- ${timeOf(result.startedMs)}: the watch of ${inline(result.settings.name)} started`];
  const firstFailure =
    deciding &&
    result.samples.find((sample) => sample.signal === deciding.signal && sample.reading.kind === "fail");
  if (firstFailure)
    events.push(
      `- ${timeOf(firstFailure.atMs)}: ${inline(firstFailure.signal)} failed first: ${inline(firstFailure.reading.detail)}`,
    );
  events.push(
    `- ${timeOf(result.endedMs)}: ${inline(result.verdict)}${deciding ? ` on ${inline(deciding.signal)}` : ""}`,
  );
  if (action.kind === "rolled-back" || action.kind === "escalated" || action.kind === "restored") {
    events.push(
      `- ${timeOf(Date.parse(action.deploy.deployment.updatedAt))}: ${action.kind === "restored" ? "restored" : "rolled back to"} ${inline(action.to)}`,
    );
  }
  if (targetWatch) {
    const verdict = targetWatch.deciding
      ? `${targetWatch.verdict}, ${targetWatch.deciding.signal}: ${targetWatch.deciding.reason}`
      : targetWatch.verdict;
    events.push(
      `- ${timeOf(targetWatch.endedMs)}: the watch of the release gone back to ended ${inline(verdict)}`,
    );
  }
  return ["### Timeline", "", ...events].join("\n");
}

function liftSection({ declared }: WatchEnvironmentResult): string {
  const version = declared ? inline(declared.version) : "the release";
  return [
    "### How to lift the block",
    "",
    `- **Merge** the pull request that adds ${version} to quai.yml's \`blocked:\` list to keep it out of every environment for good, or **close it without merging** to leave quai.yml as it is.`,
    `- Either way the ledger's block stands: deploying ${version} again takes deploy-env's \`force: true\` with a reason. Once it is in \`blocked:\`, **remove the entry** to allow it again.`,
  ].join("\n");
}

function linksSection(result: WatchEnvironmentResult, context: ReportContext): string | undefined {
  const links = [
    context.runUrl && `[the run](${context.runUrl})`,
    context.deploymentsUrl && `[the deployments](${context.deploymentsUrl})`,
    result.settings.url && `[${inline(result.settings.name)}](${result.settings.url})`,
  ].filter(Boolean);
  return links.length > 0 ? `**Links:** ${links.join(" · ")}` : undefined;
}

/** A moment as the report shows each: UTC, to the second. */
function timeOf(ms: number): string {
  return Number.isNaN(ms) ? "an unknown time" : new Date(ms).toISOString().replace(/\.\d+Z$/, "Z");
}

/** Text in a line of Markdown: HTML escaped, and nothing Markdown reads as markup. */
function inline(text: string): string {
  return escapeHtml(text).replace(/[\\`*_[\]|~]/g, "\\$&");
}

/** Text in a table cell: a line, its pipes escaped. */
function cell(text: string): string {
  return inline(text.replace(/\s+/g, " "));
}

function code(text: string): string {
  return text ? `\`${text.replaceAll("`", "")}\`` : "–";
}

/** A code block whose fence no line of the text can close. */
function fenced(text: string): string {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  return `${fence}\n${text}\n${fence}`;
}
