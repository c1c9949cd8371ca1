import { type DeployFromConfigResult, type DeploymentRecord, ReleaseFailedError } from "@quai/deploy";
import { describe, expect, it } from "vitest";
import {
  captureFailureSummary,
  captureSummary,
  factsOf,
  linksOf,
  renderingProblems,
} from "../../../test/support/job-summary";
import { type DeployRunProgress, describeDeployFailure } from "./failure-summary";
import { writeDeploySummary } from "./summary";

const INJECTION = "</td></tr></table><img src=x onerror=alert(1)>";
const NEW = `sha256:${"a".repeat(64)}`;
const OLD = `sha256:${"b".repeat(64)}`;
const PAGE = "https://github.com/acme/shop/deployments/activity_log?environment=production";

const settings = {
  app: "shop",
  name: "production",
  url: "https://shop.example.com",
  target: "ssh://deploy@prod-1",
  strategy: "blue-green",
  after: "staging",
  publish: "127.0.0.1:18080",
} as DeployFromConfigResult["settings"];

const release = {
  app: "shop",
  version: "1.4.0",
  image: `ghcr.io/acme/shop@${NEW}`,
  digest: NEW,
  commit: "c0ffee",
};
const previous = {
  version: "1.3.9",
  digest: OLD,
  image: `ghcr.io/acme/shop@${OLD}`,
  deployId: "d1",
  deployedAt: "2025-01-01T00:00:00Z",
  id: "c1",
};

function deployment(status: DeploymentRecord["status"]): DeploymentRecord {
  return { id: "42", status, pageUrl: PAGE } as DeploymentRecord;
}

function deployed(overrides: Partial<DeployFromConfigResult> = {}): DeployFromConfigResult {
  return {
    release,
    settings,
    previous,
    outcome: { serving: previous, reused: false, phases: [{ name: "Health", ms: 1200 }] },
    deployment: deployment("success"),
    durationMs: 61_000,
    ...overrides,
  } as DeployFromConfigResult;
}

describe("the deploy's job summary", () => {
  it("links the environment, the image's registry page and the deployment; digests are code", async () => {
    const summary = await captureSummary(() => writeDeploySummary(deployed(), false));
    expect(summary.dom.querySelector("h3")?.text).toBe("Deployed shop 1.4.0 to production");
    expect(linksOf(summary)).toEqual({
      "https://shop.example.com": "https://shop.example.com/",
      [`ghcr.io/acme/shop@${NEW}`]: "https://ghcr.io/acme/shop",
      "#42 (success)": PAGE,
    });
    expect(factsOf(summary).get("Replaced")?.text).toBe("1.3.9 (sha256:bbbbbbbbbbbb)");
    expect(factsOf(summary).get("Replaced")?.querySelector("code")?.text).toBe("sha256:bbbbbbbbbbbb");
    const phases = summary.dom.querySelectorAll("table").find((table) => table.querySelector("th"));
    expect(phases?.querySelectorAll("th").map((cell) => cell.text)).toEqual(["Phase", "Took"]);
    expect(renderingProblems(summary)).toEqual([]);
  });

  it("shows the standby the previous release is, until when, and what it costs", async () => {
    const standby = { version: "1.3.9", until: "2026-03-01T12:15:00.000Z", rssBytes: 38 * 1024 * 1024 };
    const outcome = { ...deployed().outcome, standby };
    const summary = await captureSummary(() => writeDeploySummary(deployed({ outcome }), false));
    expect(factsOf(summary).get("Standby")?.text).toBe("1.3.9 running until 12:15 UTC (RSS 38 MiB)");

    const unmeasured = { ...outcome, standby: { version: "1.3.9", until: standby.until } };
    const without = await captureSummary(() => writeDeploySummary(deployed({ outcome: unmeasured }), false));
    expect(factsOf(without).get("Standby")?.text).toBe("1.3.9 running until 12:15 UTC");
    const none = await captureSummary(() => writeDeploySummary(deployed(), false));
    expect(factsOf(none).has("Standby")).toBe(false);
  });

  it("names a rollback that switched back to the standby", async () => {
    const outcome = { ...deployed().outcome, reused: true, fromStandby: true };
    const summary = await captureSummary(() => writeDeploySummary(deployed({ outcome }), true));
    expect(factsOf(summary).get("Strategy")?.text).toBe("switch back to the running standby");
  });

  it("shows a forced deploy's reason as text, never as markup", async () => {
    const forced = `staging has no successful deployment of 1.4.0; forced: ${INJECTION}`;
    const summary = await captureSummary(() => writeDeploySummary(deployed({ forced }), false));
    expect(summary.elements).not.toContain("img");
    expect(factsOf(summary).get("Promotion gate")?.text).toBe(`overridden: ${forced}`);
    expect(renderingProblems(summary)).toEqual([]);
  });

  it("has no links where there is no page: no URL, an unknown registry, a file ledger", async () => {
    const local = { ...release, image: `127.0.0.1:5000/acme/shop@${NEW}` };
    const summary = await captureSummary(() =>
      writeDeploySummary(
        deployed({
          release: local,
          settings: { ...settings, url: undefined },
          deployment: { id: "3", status: "success" } as DeploymentRecord,
        }),
        false,
      ),
    );
    expect(summary.elements).not.toContain("a");
    expect(factsOf(summary).has("URL")).toBe(false);
    expect(factsOf(summary).get("Deployment")?.text).toBe("#3 (success)");
  });
});

describe("the job summary of a failed deploy", () => {
  const failed = new ReleaseFailedError(
    "Release 1.4.0 of shop did not go live in production: Timed out after 1m waiting for it to pass 3 health check(s) in a row",
    {
      hint: "It never took traffic and was removed; 1.3.9 still serves production. Its last 2 log lines are in the log and the job summary",
      logTail: { of: "quai-shop-production-1.4.0-d2", lines: ["listening on :8080", `db: ${INJECTION}`] },
    },
  );

  it("says what still serves, links where the environment is and the failed deployment, and shows the log tail", async () => {
    const progress: DeployRunProgress = {
      settings,
      release,
      serving: previous,
      deployment: deployment("failure"),
    };
    const summary = await captureFailureSummary(failed, () => describeDeployFailure(progress));

    expect(summary.dom.querySelector("h3")?.text).toBe("❌ Deploy of shop 1.4.0 to production failed");
    expect(summary.dom.querySelectorAll("p").map((paragraph) => paragraph.text)).toEqual([
      failed.message,
      failed.hint,
    ]);
    const facts = factsOf(summary);
    expect(facts.get("Still serves")?.text).toBe("1.3.9 (sha256:bbbbbbbbbbbb)");
    expect(facts.get("Target")?.text).toBe("ssh://deploy@prod-1");
    expect(linksOf(summary)).toEqual({
      "https://shop.example.com": "https://shop.example.com/",
      [`ghcr.io/acme/shop@${NEW}`]: "https://ghcr.io/acme/shop",
      "#42 (failure)": PAGE,
    });
    const details = summary.dom.querySelector("details");
    expect(details?.querySelector("summary")?.text).toBe("quai-shop-production-1.4.0-d2: last 2 log lines");
    expect(details?.querySelector("pre code")?.text).toBe(`listening on :8080\ndb: ${INJECTION}`);
    expect(summary.elements).not.toContain("img");
    expect(renderingProblems(summary)).toEqual([]);
  });

  it("says nothing serves when nothing did, and unknown once the target may have changed it", async () => {
    const first = await captureFailureSummary(failed, () =>
      describeDeployFailure({ settings, release, serving: "nothing", deployment: deployment("failure") }),
    );
    expect(factsOf(first).get("Still serves")?.text).toBe("nothing");

    const undoFailed = await captureFailureSummary(failed, () =>
      describeDeployFailure({ settings, release, serving: "unknown", deployment: deployment("failure") }),
    );
    expect(factsOf(undoFailed).get("Still serves")?.text).toBe("unknown: see the error");
  });

  it("claims nothing about what serves before the target was asked", async () => {
    const summary = await captureFailureSummary(new Error("connect ECONNREFUSED"), () =>
      describeDeployFailure({ settings, serving: "unknown", version: "1.4.0" }),
    );
    expect(summary.dom.querySelector("h3")?.text).toBe("❌ Deploy of shop 1.4.0 to production failed");
    expect(factsOf(summary).has("Still serves")).toBe(false);
    expect(linksOf(summary)).toEqual({ "https://shop.example.com": "https://shop.example.com/" });
    expect(summary.elements).not.toContain("details");
  });

  it("names a rollback, and only the action when the inputs were not read", async () => {
    const rollback = await captureFailureSummary(failed, () =>
      describeDeployFailure({ settings, serving: previous, rollback: true }),
    );
    expect(rollback.dom.querySelector("h3")?.text).toBe("❌ Rollback of shop in production failed");

    const early = await captureFailureSummary(new Error("bad"), () =>
      describeDeployFailure({ serving: "unknown" }),
    );
    expect(early.dom.querySelector("h3")?.text).toBe("❌ Deploy failed");
    expect(early.elements).toEqual(["h3", "p", "b"]);
  });
});
