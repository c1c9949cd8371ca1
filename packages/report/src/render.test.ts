import { describe, expect, it } from "vitest";
import { linksOf, renderingProblems, renderSummary } from "../../../test/support/job-summary";
import {
  fitBody,
  MAX_BODY_CHARACTERS,
  type ReportContext,
  renderReport,
  reportKind,
  reportMarker,
} from "./render";
import { BAD, escalated, GOOD, inconclusive, rolledBack } from "./testing/watch-results";

const CONTEXT: ReportContext = {
  repository: "acme/shop",
  runUrl: "https://github.com/acme/shop/actions/runs/42",
  deploymentsUrl: "https://github.com/acme/shop/deployments/activity_log?environment=production",
  jobToken: true,
};

/** The report as GitHub shows it: Markdown rendered, then read as a page. */
function rendered(markdown: string) {
  return renderSummary(markdown).dom;
}

describe("renderReport", () => {
  it("gives the verdict, what quai did, the signals with their baseline, and the chart of the deciding one", () => {
    const body = renderReport(rolledBack(), CONTEXT);
    const page = rendered(body);
    expect(page.querySelector("p")?.text).toBe(
      "Verdict: drifted: 5xx share, 400 requests to 1.4.2, 7.9% 5xx, p99 80 ms for 3 samples",
    );
    expect(page.querySelectorAll("li").map((item) => item.text)).toEqual(
      expect.arrayContaining([
        "rolled back to 1.4.1 at 2026-12-02T10:02:10Z",
        `blocked 1.4.2 (${BAD.digest}) in the ledger`,
        "held automatic deploys: 1.4.2: 5xx share 7.9% (a deploy a person starts lifts it)",
      ]),
    );
    const signals = page.querySelectorAll("table")[0]?.querySelectorAll("tr") ?? [];
    expect(signals.map((row) => row.querySelectorAll("th,td").map((cell) => cell.text))).toEqual([
      ["Signal", "Threshold", "Baseline", "Observed", "Samples"],
      [
        "5xx share",
        "> 1% and > 2× baseline 0.3%",
        "0.3%",
        "fail: 400 requests to 1.4.2, 7.9% 5xx, p99 80 ms",
        "4 (3 failing)",
      ],
      [
        "container health",
        "no OOM kill, not unhealthy, < 3 restarts in 5 min",
        "–",
        "pass: running, 0 restarts in all",
        "1 (0 failing)",
      ],
    ]);
    expect(body).toContain('```mermaid\nxychart-beta\n  title "5xx share per sample"');
    expect(body).toContain("  line [0.2, 7.9, 7.9, 7.9]");
  });

  it("names both releases with their digests and links the commit range from the good one to the bad one", () => {
    const page = rendered(renderReport(rolledBack(), CONTEXT));
    const releases = page
      .querySelectorAll("table")[1]
      ?.querySelectorAll("td")
      .map((cell) => cell.text);
    expect(releases).toEqual([
      "Declared (the ledger's)",
      BAD.version,
      BAD.digest,
      BAD.commit,
      "Running now",
      GOOD.version,
      GOOD.digest,
      GOOD.commit,
    ]);
    const compare = page.querySelectorAll("a").find((anchor) => anchor.text === "bbbbbbb...ccccccc");
    expect(compare?.getAttribute("href")).toBe(
      `https://github.com/acme/shop/compare/${GOOD.commit}...${BAD.commit}`,
    );
    // No repository to link to (a watch run outside GitHub): the range is said, unlinked.
    const unlinked = rendered(renderReport(rolledBack(), { ...CONTEXT, repository: undefined }));
    expect(unlinked.querySelectorAll("a").some((anchor) => anchor.text === "bbbbbbb...ccccccc")).toBe(false);
    expect(unlinked.querySelectorAll("code").map((element) => element.text)).toContain("bbbbbbb...ccccccc");
  });

  it("shows the failing container, its health outputs and its log tail collapsed, the timeline, and how to lift the block", () => {
    const body = renderReport(rolledBack(), {
      ...CONTEXT,
      container: {
        running: false,
        restartCount: 4,
        oomKilled: true,
        exitCode: 137,
        healthLog: ["curl: (7) refused"],
      },
    });
    const page = rendered(body);
    const items = page.querySelectorAll("li").map((item) => item.text);
    expect(items).toEqual(expect.arrayContaining(["exit code 137, OOM-killed", "4 restarts, not running"]));
    expect(page.querySelector("details summary")?.text).toBe("Last 2 log lines (secrets masked)");
    expect(page.querySelector("details pre")?.text.trim()).toBe(
      "GET /checkout 500 upstream timed out\nconnecting to db as shop",
    );
    expect(items).toEqual(
      expect.arrayContaining([
        "2026-12-02T10:00:00Z: the watch of production started",
        "2026-12-02T10:01:00Z: 5xx share failed first: 400 requests to 1.4.2, 7.9% 5xx, p99 80 ms",
        "2026-12-02T10:02:00Z: drifted on 5xx share",
        "2026-12-02T10:02:10Z: rolled back to 1.4.1",
        "2026-12-02T10:07:05Z: the watch of the release gone back to ended verified",
      ]),
    );
    expect(page.querySelectorAll("h3").map((heading) => heading.text)).toEqual([
      "Signals",
      "Releases",
      "The failing container",
      "Timeline",
      "How to lift the block",
    ]);
    const summary = renderSummary(body);
    expect(linksOf(summary)).toMatchObject({
      "the run": CONTEXT.runUrl,
      "the deployments": CONTEXT.deploymentsUrl,
      production: "https://shop.example",
    });
    expect(renderingProblems(summary)).toEqual([]);
    expect(body).toContain("GITHUB_TOKEN");
    expect(renderReport(rolledBack(), { ...CONTEXT, jobToken: false })).not.toContain("GITHUB_TOKEN");
  });

  it("says the rollback target failed too in the escalation, and offers no block to lift for verdicts that are not rollbacks", () => {
    const escalation = renderReport(escalated(), CONTEXT);
    expect(escalation).toContain(
      "the watch of the release gone back to ended drifted, container health: OOM-killed",
    );
    expect(escalation).not.toContain("How to lift the block");
    const watch = renderReport(inconclusive(), CONTEXT);
    expect(rendered(watch).querySelector("p")?.text).toBe(
      "Verdict: inconclusive: error rate, error rate could not be measured 4 times in a row: Prometheus did not answer",
    );
    expect(watch).not.toContain("Running now");
  });

  it("masks every secret value the caller names, wherever it appears", () => {
    const result = rolledBack();
    result.logTail = ["login with hunter2-secret"];
    result.action.why = "rolled back (token hunter2-secret)";
    const body = renderReport(result, { ...CONTEXT, secrets: ["hunter2-secret"] });
    expect(body).not.toContain("hunter2-secret");
    expect(body).toContain("login with ***");
  });

  it("starts with the hidden marker of the environment, the bad digest and the kind; nothing to report for a verified watch", () => {
    expect(renderReport(rolledBack(), CONTEXT).split("\n")[0]).toBe(
      `<!-- quai-report app=shop env=production digest=${BAD.digest} kind=rollback -->`,
    );
    expect(reportMarker(inconclusive(), "inconclusive")).toContain("kind=inconclusive");
    const configurationDrift = {
      ...inconclusive(),
      verdict: "drifted" as const,
      action: {
        kind: "reported" as const,
        why: "configuration drift is reported, never changed: a person decides",
      },
    };
    const verified = {
      ...inconclusive(),
      verdict: "verified" as const,
      action: { kind: "none" as const, why: "passed" },
    };
    expect([rolledBack(), escalated(), inconclusive(), configurationDrift, verified].map(reportKind)).toEqual(
      ["rollback", "escalated", "inconclusive", "drift", undefined],
    );
  });
});

describe("fitBody", () => {
  it("cuts a body over GitHub's limit at a line, closes its code block and details, and links the run", () => {
    const long = `<!-- marker -->\n<details>\n\n\`\`\`\n${"x".repeat(100).concat("\n").repeat(1_000)}\`\`\`\n</details>`;
    const fitted = fitBody(long, CONTEXT.runUrl);
    expect(fitted.length).toBeLessThanOrEqual(MAX_BODY_CHARACTERS);
    expect(fitted.startsWith("<!-- marker -->")).toBe(true);
    expect(fitted).toMatch(
      /x\n```\n<\/details>\n\n\*\*Truncated:\*\* .* \[the run\]\(https:\/\/github.com\/acme\/shop\/actions\/runs\/42\)\.$/,
    );
    expect(fitBody("short", CONTEXT.runUrl)).toBe("short");
  });
});
