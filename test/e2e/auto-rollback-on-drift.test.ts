// auto-rollback-on-drift through the action harness, on the test bed: releases of the release app
// deployed by deploy-env to a Docker host behind nginx, then watched. A release that crash-loops
// once it serves is rolled back and blocked; a healthy one is verified; a first deploy is only
// reported. Deployments and blocks go to GitHub Deployments, served by the local API that checks
// every request against GitHub's OpenAPI description. Apps are reached only on 127.0.0.1.
import { engineLeaseStore } from "@quai/deploy";
import { connectEngine } from "@quai/docker";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type DriftBed,
  errorsOf,
  servingVersion as serving,
  startDriftBed,
  succeeded,
} from "../support/drift-bed";
import { renderSummary } from "../support/job-summary";
import { quaiYmlHead } from "../support/quai-yml";

let bed: DriftBed<"live" | "fresh" | "twice">;
const LATER_COMMIT = "c0ffee".padEnd(40, "1");
const step: DriftBed["step"] = (...args) => bed.step(...args);

beforeAll(async () => {
  bed = await startDriftBed({
    releases: [
      { version: "1.0.0", behaviour: "ok" },
      { version: "1.1.0", behaviour: "crash-later" },
      { version: "1.2.0", behaviour: "crash-later" },
      { version: "1.3.0", behaviour: "crash-later" },
    ],
    environments: ["live", "fresh", "twice"],
    quaiYml: ({
      app,
      repository,
      ports,
    }) => `${quaiYmlHead(app, repository, "watch: { interval: 3s }")}environments:
  live:
    publish: 127.0.0.1:${ports.live}
  fresh:
    publish: 127.0.0.1:${ports.fresh}
  twice:
    publish: 127.0.0.1:${ports.twice}
    # No standby: 1.2.0 is restarted from its retained container, and its crash loop shows at once.
    watch: { standby: 0s }
`,
  });
}, 600_000);

afterAll(async () => {
  await bed?.close();
});

describe("auto-rollback-on-drift on a Docker host", () => {
  it("verifies a healthy release over its watch window", async () => {
    succeeded(await step("deploy-env", { environment: "live", version: "1.0.0" }));
    const watched = await step("auto-rollback-on-drift", { environment: "live", watch: "7s" });
    expect(succeeded(watched)).toMatchObject({ verdict: "verified", drifted: "false", "rolled-back-to": "" });
    const signals = JSON.parse(watched.main.outputs.signals ?? "[]") as Array<{
      signal: string;
      kind: string;
    }>;
    expect(new Set(signals.map((sample) => sample.signal))).toEqual(
      new Set([
        "digest drift",
        "container health",
        "configuration drift",
        "5xx share",
        "p99 latency",
        "GET /health → 200",
      ]),
    );
    // Nobody sends it requests: its traffic is too thin to judge, which votes for nothing.
    const traffic = new Set(["5xx share", "p99 latency"]);
    expect(signals.every((sample) => sample.kind === (traffic.has(sample.signal) ? "no-data" : "pass"))).toBe(
      true,
    );
    expect(renderSummary(watched.main.summary).dom.querySelector("h3")?.text).toBe(
      `✅ Verified: ${bed.app} in live`,
    );
  }, 120_000);

  it("rolls back a release that crash-loops once it serves, blocks it, and fails the step", async () => {
    // Built from a later commit than 1.0.0: the report links the range between them.
    succeeded(
      await step("deploy-env", { environment: "live", version: "1.1.0" }, "push", {
        GITHUB_SHA: LATER_COMMIT,
      }),
    );
    const watched = await step("auto-rollback-on-drift", { environment: "live", watch: "30s" });
    expect(watched.main.exitCode, watched.main.log).toBe(1);
    expect(watched.main.outputs).toMatchObject({
      verdict: "drifted",
      drifted: "true",
      "rolled-back-to": "1.0.0",
      "blocked-version": "1.1.0",
    });
    const [error] = errorsOf(watched);
    expect(error).toMatch(/^drifted: container health, /);
    expect(error).toContain("rolled back 1.1.0 to 1.0.0 and blocked 1.1.0");
    // Decided within failure-limit + 1 samples of the first that saw the crash (4 s after the deploy).
    const health = (
      JSON.parse(watched.main.outputs.signals ?? "[]") as Array<{ signal: string; kind: string }>
    )
      .filter((sample) => sample.signal === "container health")
      .map((sample) => sample.kind);
    expect(health.at(-1)).toBe("fail");
    expect(health.length - health.indexOf("fail")).toBeLessThanOrEqual(4);
    expect(await serving(bed.ports.live)).toBe("1.0.0");
    const summary = renderSummary(watched.main.summary);
    expect(summary.dom.querySelector("h3")?.text).toBe(`❌ Drifted: ${bed.app} in live`);
    expect(summary.dom.querySelector("details pre")?.text).toContain("out of database connections");
    // The bad deployment is inactive in GitHub's words, saying why, and links to the run that decided.
    const bad = bed.github
      .repository(bed.repository)
      .deployments.find(
        (deployment) =>
          deployment.environment === "live" &&
          JSON.stringify(deployment.payload).includes(`"version":"1.1.0"`),
      );
    const statuses = [...(bad?.statuses ?? [])].sort((a, b) => a.id - b.id);
    const rolledBack = statuses.filter((status) => status.description.startsWith("Rolled back: "));
    expect(rolledBack.map((status) => status.state)).toEqual(["inactive", "inactive"]);
    expect(rolledBack[0]?.description).toMatch(/^Rolled back: auto-rollback-on-drift: .*restarted/);
    expect(rolledBack[0]?.description.length).toBeLessThanOrEqual(140);
    expect(rolledBack[0]?.log_url).toMatch(/\/acme\/release-app\/actions\/runs\/\d+$/);
    // Then the report: a pull request that blocks 1.1.0 in quai.yml, which the status links to.
    const reportUrl = watched.main.outputs["report-url"] ?? "";
    expect(reportUrl).toMatch(/\/acme\/release-app\/pull\/\d+$/);
    expect(rolledBack[1]?.log_url).toBe(reportUrl);
    const repository = bed.github.repository(bed.repository);
    const pull = repository.issues.find((issue) => reportUrl.endsWith(`/pull/${issue.number}`));
    expect(pull?.body).toContain("container health");
    expect(pull?.body).toContain(bed.releases.digests["1.1.0"]?.slice(0, 19));
    expect(pull?.body).toContain(bed.releases.digests["1.0.0"]?.slice(0, 19));
    expect(pull?.body).toMatch(
      new RegExp(`/acme/release-app/compare/[0-9a-f]{40}\\.\\.\\.${LATER_COMMIT}\\)`),
    );
    expect(repository.file("quai.yml", "quai/rollback/live/1.1.0")).toMatch(
      /blocked:\n {2}- version: 1\.1\.0\n/,
    );
    // deploy-env now refuses the blocked release, as the block is in the ledger.
    const again = await step("deploy-env", { environment: "live", version: "1.1.0" });
    expect(again.main.exitCode).toBe(1);
    expect(errorsOf(again)[0]).toContain("blocked");
    // The rollback holds automatic deploys: a push deploys nothing until a person deploys by hand.
    const held = await step("deploy-env", { environment: "live", version: "1.0.0" });
    expect(held.main.exitCode).toBe(1);
    expect(errorsOf(held)[0]).toMatch(
      /^Automatic deploys of .* to live are held since 1\.0\.0 was rolled back to automatically \(1\.1\.0: /,
    );
    succeeded(await step("deploy-env", { environment: "live", version: "1.0.0" }, "workflow_dispatch"));
    expect(await serving(bed.ports.live)).toBe("1.0.0");
  }, 300_000);

  it("rolls back once, and escalates when the release it went back to fails too: no walking further back", async () => {
    // 1.2.0 passed its deploy and serves as the last success; it crash-loops too, as 1.3.0 does.
    succeeded(await step("deploy-env", { environment: "twice", version: "1.2.0" }));
    succeeded(await step("deploy-env", { environment: "twice", version: "1.3.0" }));
    const watched = await step("auto-rollback-on-drift", { environment: "twice", watch: "30s" });
    expect(watched.main.exitCode, watched.main.log).toBe(1);
    expect(watched.main.outputs).toMatchObject({
      verdict: "drifted",
      "rolled-back-to": "1.2.0",
      "blocked-version": "1.3.0",
    });
    expect(errorsOf(watched)[0]).toMatch(
      /the rollback target 1\.2\.0 is also failing \(container health: .*\): escalated, quai does not walk further back$/,
    );
    // One rollback in the ledger's history, and no second one.
    const rollbacks = bed.github
      .repository(bed.repository)
      .deployments.filter(
        (deployment) => deployment.environment === "twice" && deployment.task === "deploy:rollback",
      );
    expect(rollbacks).toHaveLength(1);
  }, 300_000);

  it("skips a sweep while a deploy holds the environment's lock", async () => {
    const engine = await connectEngine();
    const lease = await engineLeaseStore(engine).acquire(
      { app: bed.app, environment: "live" },
      { holder: "alice", runUrl: "https://github.com/acme/release-app/actions/runs/7", runId: "e2e-lock" },
      { ttlMs: 60_000, waitMs: 0 },
    );
    try {
      const swept = await step("auto-rollback-on-drift", { environment: "live", watch: "" });
      expect(swept.main.exitCode, swept.main.log).toBe(0);
      expect(swept.main.outputs).toMatchObject({ verdict: "inconclusive", drifted: "false" });
      expect(swept.main.annotations).toContainEqual(
        expect.objectContaining({
          level: "warning",
          message: expect.stringContaining(
            "alice is deploying live (https://github.com/acme/release-app/actions/runs/7): not watched now",
          ),
        }),
      );
      expect(JSON.parse(swept.main.outputs.signals ?? "")).toEqual([]);
    } finally {
      await lease.release();
    }
  }, 60_000);

  it("only reports a first deploy that drifts: there is nothing to roll back to", async () => {
    succeeded(
      await step("deploy-env", { environment: "fresh", version: "1.1.0", force: "true", reason: "e2e" }),
    );
    const watched = await step("auto-rollback-on-drift", { environment: "fresh", watch: "30s" });
    expect(watched.main.exitCode, watched.main.log).toBe(1);
    expect(watched.main.outputs).toMatchObject({
      verdict: "drifted",
      "rolled-back-to": "",
      "blocked-version": "",
    });
    expect(errorsOf(watched)[0]).toContain("first deploy: there is no verified release to go back to");
  }, 300_000);

  it("refuses an environment quai.yml does not declare, before it looks at anything", async () => {
    const watched = await step("auto-rollback-on-drift", { environment: "prod" });
    expect(watched.main.exitCode).toBe(1);
    expect(errorsOf(watched)).toEqual([
      expect.stringMatching(/^Invalid environment: "prod" \(not declared in quai\.yml/),
    ]);
  });
});
