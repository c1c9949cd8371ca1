import { formatDuration, shortDigest } from "@quai/core";
import type { Sample, WatchEnvironmentResult } from "@quai/drift";
// A subpath: main.ts loads this module at start, and the chart needs none of the library.
import { decidingChart } from "@quai/drift/chart";
import {
  addCollapsed,
  addFacts,
  addFencedBlock,
  addHeading,
  addMarkdown,
  addTable,
  type Cell,
  code,
  type FailureSummary,
  html,
  writeSummary,
} from "@quai/github";
import type { WatchAndReportResult } from "@quai/report";

const VERDICT_HEADINGS = {
  verified: "✅ Verified",
  drifted: "❌ Drifted",
  inconclusive: "⚠️ Inconclusive",
} as const;

/** What the watch found and did: the verdict, each signal against its threshold, the deciding one over time. */
export async function writeWatchSummary(result: WatchAndReportResult): Promise<void> {
  const { settings, declared, deciding, action } = result;
  addHeading(`${VERDICT_HEADINGS[result.verdict]}: ${settings.app} in ${settings.name}`, 3);
  addFacts({
    Verdict: deciding ? html`${result.verdict}: ${deciding.signal}, ${deciding.reason}` : result.verdict,
    "What quai did": action.why,
    "The ledger says": declared && html`${declared.version} (${code(shortDigest(declared.digest))})`,
    Watched: formatDuration(result.endedMs - result.startedMs),
    "Then watched": result.targetWatch && targetWatchFact(result),
    Target: settings.target,
    Report: result.report
      ? html`<a href="${result.report.url}">${result.report.kind} #${result.report.number}</a>`
      : result.reportProblem
        ? `not opened: ${result.reportProblem}`
        : result.unopened && "not opened: no GitHub token or repository (it follows, as it would read)",
  });
  addTable(["Signal", "Threshold", "Samples", "Failing", "Last reading"], signalRows(result));
  const chart =
    deciding && decidingChart(result.samples.filter((sample) => sample.signal === deciding.signal));
  if (chart) addFencedBlock("mermaid", chart);
  const { drifting } = result;
  if (drifting?.state) {
    addHeading("The release that drifted", 4);
    addFacts({
      Serves:
        drifting.serving &&
        html`${drifting.serving.version || "an unlabelled container"} (${code(shortDigest(drifting.serving.digest) || "no digest")})`,
      "Exit code": drifting.state.exitCode,
      "OOM-killed": drifting.state.oomKilled ? "yes" : "no",
      Restarts: drifting.state.restartCount,
      "Last health outputs":
        drifting.state.healthLog.length > 0 ? drifting.state.healthLog.join(" · ") : undefined,
    });
  }
  if (result.timeline.length > 1) {
    addHeading("Timeline", 4);
    addTable(
      ["At", "What"],
      result.timeline.map(({ atMs, event }) => [new Date(atMs).toISOString().slice(11, 19), event]),
    );
  }
  if (result.logTail.length > 0)
    addCollapsed(`Last ${result.logTail.length} log lines`, result.logTail.join("\n"));
  if (result.unopened) {
    addHeading(`The report quai would open: ${result.unopened.title}`, 3);
    addMarkdown(result.unopened.body);
  }
  await writeSummary();
}

/** How the release a rollback went back to fared in its own watch. */
function targetWatchFact(result: WatchEnvironmentResult): string {
  const watch = result.targetWatch;
  if (!watch) return "";
  const to = "to" in result.action ? result.action.to : "the rollback target";
  const over = formatDuration(watch.endedMs - watch.startedMs);
  return watch.deciding
    ? `${to} for ${over}: ${watch.verdict}, ${watch.deciding.signal}, ${watch.deciding.reason}`
    : `${to} for ${over}: ${watch.verdict}`;
}

function signalRows(result: WatchEnvironmentResult): Cell[][] {
  const bySignal = new Map<string, Sample[]>();
  for (const sample of result.samples)
    bySignal.set(sample.signal, [...(bySignal.get(sample.signal) ?? []), sample]);
  return [...bySignal].map(([signal, samples]) => {
    const last = samples.at(-1)?.reading;
    return [
      signal,
      result.thresholds[signal] ?? "",
      samples.length,
      samples.filter((sample) => sample.reading.kind === "fail").length,
      last ? `${last.kind}: ${last.detail}` : "",
    ];
  });
}

/** The job summary of a watch that failed before its verdict, besides the error. */
export function describeWatchFailure(): FailureSummary {
  return { heading: "The watch did not reach a verdict" };
}
