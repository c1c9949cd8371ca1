import { UserError } from "@quai/core";
import type { WatchEnvironmentResult } from "@quai/drift";
import { decidingChart } from "@quai/drift/chart";
import { describe, expect, it } from "vitest";
import {
  captureFailureSummary,
  captureSummary,
  factsOf,
  renderingProblems,
} from "../../../test/support/job-summary";
import { describeWatchFailure, writeWatchSummary } from "./summary";

const OLD = `sha256:${"b".repeat(64)}`;

function drifted(): WatchEnvironmentResult {
  const reading = (kind: "pass" | "fail", value: number) => ({
    kind,
    value,
    detail: `restarted ${value} times within 5 min`,
  });
  return {
    verdict: "drifted",
    deciding: {
      signal: "container health",
      reason: "restarted 4 times within 5 min (exit code 4, 4 restarts, running)",
    },
    samples: [
      {
        atMs: 30_000,
        signal: "digest drift",
        reading: { kind: "pass", detail: "serves 1.1.0 as the ledger says" },
      },
      { atMs: 30_000, signal: "container health", reading: reading("pass", 0) },
      {
        atMs: 60_000,
        signal: "digest drift",
        reading: { kind: "pass", detail: "serves 1.1.0 as the ledger says" },
      },
      { atMs: 60_000, signal: "container health", reading: { ...reading("fail", 4), now: true } },
    ],
    startedMs: 0,
    endedMs: 60_000,
    settings: {
      app: "shop",
      name: "production",
      target: "docker <script>",
    } as WatchEnvironmentResult["settings"],
    thresholds: { "digest drift": "serves 1.1.0", "container health": "< 3 restarts in 5 min" },
    declared: { version: "1.1.0", digest: OLD, commit: "abc", deploymentId: "7" },
    action: { kind: "reported", why: "first deploy: there is no verified release to go back to" },
    logTail: ["release 1.1.0 crashes </pre><b>x</b>"],
    drifting: {
      serving: {
        version: "1.1.0",
        digest: OLD,
        image: `r/shop@${OLD}`,
        deployId: "d",
        deployedAt: "",
        id: "c1",
      },
      state: {
        running: true,
        restartCount: 4,
        oomKilled: false,
        exitCode: 4,
        health: "unhealthy",
        healthLog: ["HTTP 503", "HTTP 503"],
      },
    },
    timeline: [
      { atMs: 0, event: "watch of 1.1.0 started" },
      { atMs: 60_000, event: "drifted: container health, restarted 4 times within 5 min" },
    ],
  };
}

describe("auto-rollback-on-drift's job summary", () => {
  it("gives the verdict, what quai did, each signal against its threshold, and the log", async () => {
    const summary = await captureSummary(() => writeWatchSummary(drifted()));
    expect(summary.dom.querySelector("h3")?.text).toBe("❌ Drifted: shop in production");
    const facts = factsOf(summary);
    expect(facts.get("Verdict")?.text).toBe(
      "drifted: container health, restarted 4 times within 5 min (exit code 4, 4 restarts, running)",
    );
    expect(facts.get("What quai did")?.text).toBe("first deploy: there is no verified release to go back to");
    expect(facts.get("Target")?.text).toBe("docker <script>");
    const rows = summary.dom.querySelectorAll("table")[1]?.querySelectorAll("tr") ?? [];
    expect(rows.map((row) => row.querySelectorAll("th,td").map((cell) => cell.text))).toEqual([
      ["Signal", "Threshold", "Samples", "Failing", "Last reading"],
      ["digest drift", "serves 1.1.0", "2", "0", "pass: serves 1.1.0 as the ledger says"],
      ["container health", "< 3 restarts in 5 min", "2", "1", "fail: restarted 4 times within 5 min"],
    ]);
    expect(summary.markdown).toContain("```mermaid\nxychart-beta");
    expect(facts.get("Exit code")?.text).toBe("4");
    expect(facts.get("Restarts")?.text).toBe("4");
    expect(facts.get("Last health outputs")?.text).toBe("HTTP 503 · HTTP 503");
    const timeline = summary.dom.querySelectorAll("table").at(-1)?.querySelectorAll("td") ?? [];
    expect(timeline.map((cell) => cell.text)).toEqual([
      "00:00:00",
      "watch of 1.1.0 started",
      "00:01:00",
      "drifted: container health, restarted 4 times within 5 min",
    ]);
    expect(summary.dom.querySelector("details pre")?.text).toBe("release 1.1.0 crashes </pre><b>x</b>");
    expect(renderingProblems(summary)).toEqual([]);
  });

  it("shows the report quai would have opened when it had no GitHub to open it on", async () => {
    const summary = await captureSummary(() =>
      writeWatchSummary({
        ...drifted(),
        unopened: {
          title: "Drift of shop 1.1.0 in production: container health",
          body: "### Verdict\n\n**restarted 4 times**",
        },
      }),
    );
    expect(factsOf(summary).get("Report")?.text).toBe(
      "not opened: no GitHub token or repository (it follows, as it would read)",
    );
    expect(summary.dom.querySelectorAll("h3").map((heading) => heading.text)).toEqual([
      "❌ Drifted: shop in production",
      "The report quai would open: Drift of shop 1.1.0 in production: container health",
      "Verdict",
    ]);
    expect(summary.dom.querySelector("strong")?.text).toBe("restarted 4 times");
    expect(renderingProblems(summary)).toEqual([]);
  });

  it("charts the deciding signal's value per sample, or 1 for a failing sample without one", () => {
    const { samples } = drifted();
    expect(decidingChart(samples.filter((sample) => sample.signal === "container health"))).toBe(
      [
        "xychart-beta",
        '  title "container health per sample"',
        '  x-axis ["0 ms", "30 s"]',
        "  line [0, 4]",
      ].join("\n"),
    );
    expect(decidingChart(samples.filter((sample) => sample.signal === "digest drift"))).toContain(
      "line [0, 0]",
    );
    expect(decidingChart([])).toBeUndefined();
  });

  it("says the watch reached no verdict when it failed before one", async () => {
    const summary = await captureFailureSummary(
      new UserError("No environments file at quai.yml"),
      describeWatchFailure,
    );
    expect(summary.dom.querySelector("h3")?.text).toBe("❌ The watch did not reach a verdict");
    expect(renderingProblems(summary)).toEqual([]);
  });
});
