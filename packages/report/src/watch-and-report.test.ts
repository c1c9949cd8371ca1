import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { JsonFileLedger } from "@quai/deploy";
import type { WatchEnvironmentOptions, WatchEnvironmentResult } from "@quai/drift";
import { createGitHubApi } from "@quai/github";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type GitHubApiServer, startGitHubApiServer } from "../../../test/support/github-api-server";
import { RecordingReporter } from "../../deploy/src/testing/fake-host-api";
import { BAD, GOOD, rolledBack } from "./testing/watch-results";
import { type ReportInputs, watchAndReport } from "./watch-and-report";

const TOKEN = "ghs_job_token";
let server: GitHubApiServer;
let ledgerPath: string;
let reporter: RecordingReporter;

beforeEach(async () => {
  server = await startGitHubApiServer({
    repositories: { "acme/shop": { "quai.yml": "app: shop\nenvironments:\n  production: {}\n" } },
    tokens: { [TOKEN]: "write" },
  });
  ledgerPath = join(mkdtempSync(join(tmpdir(), "quai-report-")), "ledger.json");
  reporter = new RecordingReporter();
});

afterEach(async () => {
  expect(server.violations).toEqual([]);
  await server.close();
});

/** A file ledger in which the bad release's deployment (id 1) served, then was rolled back. */
async function ledgerWithTheBadRelease(): Promise<JsonFileLedger> {
  const ledger = new JsonFileLedger(ledgerPath);
  const bad = await ledger.start({
    app: "shop",
    environment: "production",
    version: BAD.version,
    digest: BAD.digest,
    actor: "ci",
    commit: BAD.commit,
  });
  await ledger.finish(bad.id, "rolled_back", { logUrl: "https://github.com/acme/shop/actions/runs/42" });
  return ledger;
}

function run(result: WatchEnvironmentResult, reporting: Partial<ReportInputs> = {}) {
  const options = {
    workspace: "/work/shop",
    config: "/work/shop/quai.yml",
    ledger: { kind: "file", path: ledgerPath },
    reporter,
    runUrl: "https://github.com/acme/shop/actions/runs/42",
    reporting: {
      report: "pull-request",
      assignees: [],
      reviewers: [],
      github: { token: TOKEN, env: { GITHUB_REPOSITORY: "acme/shop" } },
      secrets: ["s3cr3t-api-key"],
      ...reporting,
    },
  } as unknown as WatchEnvironmentOptions & { reporting: ReportInputs };
  return watchAndReport(options, {
    watch: async () => result,
    connectGitHub: (token) => createGitHubApi(token, server.url),
  });
}

describe("watchAndReport", () => {
  it("reports a rollback as a pull request, and links the bad deployment's status to it", async () => {
    const ledger = await ledgerWithTheBadRelease();
    const result = await run({ ...rolledBack(), declared: { ...BAD, deploymentId: "1" } });
    expect(result.report).toMatchObject({ kind: "pull-request" });
    expect(result.reportProblem).toBeUndefined();
    const [bad] = await ledger.history("shop", "production");
    expect(bad).toMatchObject({ status: "rolled_back", logUrl: result.report?.url });
    expect(bad?.description).toMatch(/^auto-rollback-on-drift: 400 requests to 1\.4\.2, 7\.9% 5xx/);
    expect(JSON.stringify(server.requests)).not.toContain("s3cr3t-api-key");
  });

  it("keeps the rollback and says why when the report input is wrong: after the watch acted, never before", async () => {
    await ledgerWithTheBadRelease();
    const watched = { ...rolledBack(), declared: { ...BAD, deploymentId: "1" } };
    const result = await run(watched, { report: "slack" });
    expect(result.action).toEqual(watched.action);
    expect(result.report).toBeUndefined();
    expect(result.reportProblem).toBe('Invalid report: "slack" (expected pull-request or issue)');
    expect(server.requests).toEqual([]);
  });

  it("asks GitHub nothing when the watch found nothing to report, or has no token", async () => {
    const verified = {
      ...rolledBack(),
      verdict: "verified" as const,
      action: { kind: "none" as const, why: "ok" },
    };
    expect((await run(verified)).report).toBeUndefined();
    const noToken = await run(rolledBack(), {
      github: { token: undefined, env: { GITHUB_REPOSITORY: "acme/shop" } },
    });
    expect(noToken.report).toBeUndefined();
    // The report it would have opened is still made, for the job summary.
    expect(noToken.unopened?.title).toMatch(/^Rolled back shop 1\.4\.2 in production: /);
    expect(noToken.unopened?.body).toContain("### Timeline");
    expect(noToken.unopened?.body).toContain(`acme/shop/compare/${GOOD.commit}...${BAD.commit}`);
    expect(noToken.unopened?.body).not.toContain("s3cr3t-api-key");
    expect(reporter.lines).toContain(
      "No GitHub token or repository: the drift is in the job summary, not reported on GitHub",
    );
    expect(server.requests).toEqual([]);
  });

  it("refuses a bad report value even without a token: the rollback stands, the problem is said", async () => {
    const result = await run(rolledBack(), {
      report: "email",
      github: { token: undefined, env: {} },
    });
    expect(result.action.kind).toBe("rolled-back");
    expect(result.reportProblem).toBe('Invalid report: "email" (expected pull-request or issue)');
    expect(result.unopened).toBeUndefined();
  });
});
