import { InvalidValueError, UserError } from "@quai/core";
import { createGitHubApi } from "@quai/github";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  ACTIONS_MAY_NOT_CREATE_PULL_REQUESTS,
  type GitHubApiServer,
  startGitHubApiServer,
} from "../../../test/support/github-api-server";
import { openRollbackReport, type RollbackReportOptions, reportSetting } from "./open-report";
import { MAX_BODY_CHARACTERS } from "./render";
import { BAD, escalated, inconclusive, rolledBack } from "./testing/watch-results";

const QUAI_YML = [
  "# yaml-language-server: $schema=https://github.com/quai-dev/quai/raw/main/schemas/quai.schema.json",
  "app: shop",
  "",
  "environments:",
  "  production:",
  "    target: ssh://deploy@shop.example # the host behind the proxy",
  "    url: https://shop.example",
  "",
  "# Releases no environment may run again.",
  "blocked:",
  "  - version: 1.0.3",
  "    reason: corrupts counters on restart",
  "",
].join("\n");

const RUN_URL = "https://github.com/acme/shop/actions/runs/42";
let server: GitHubApiServer;
let logged: string[];

beforeEach(async () => {
  server = await startGitHubApiServer({
    repositories: { "acme/shop": { "quai.yml": QUAI_YML } },
    tokens: {
      "write-token": "write",
      "read-token": "read",
      "no-contents-token": ["issues", "pull-requests"],
    },
  });
  logged = [];
});

afterEach(async () => {
  expect(server.violations).toEqual([]);
  await server.close();
});

function options(overrides: Partial<RollbackReportOptions> = {}): RollbackReportOptions {
  return {
    report: "pull-request",
    result: rolledBack(),
    context: { repository: "acme/shop", runUrl: RUN_URL, jobToken: true },
    config: "quai.yml",
    log: {
      info: (line) => logged.push(`info: ${line}`),
      warning: (line) => logged.push(`warning: ${line}`),
    },
    ...overrides,
  };
}

const api = (token = "write-token") => createGitHubApi(token, server.url);

describe("openRollbackReport", () => {
  it("opens a pull request whose one commit adds the release to quai.yml's blocked: list, comments kept", async () => {
    const report = await openRollbackReport(
      api(),
      options({ config: "./quai.yml", assignees: ["alice"], reviewers: ["bob"] }),
    );
    expect(report).toEqual({ kind: "pull-request", url: "https://github.com/acme/shop/pull/1", number: 1 });
    const repository = server.repository("acme/shop");
    const branch = "quai/rollback/production/1.4.2";
    expect(repository.file("quai.yml", branch)).toBe(
      `${QUAI_YML}  - version: 1.4.2\n    reason: "5xx share in production: 400 requests to 1.4.2, 7.9% 5xx, p99 80 ms for 3 samples"\n`,
    );
    expect(repository.file("quai.yml")).toBe(QUAI_YML);
    const commit = repository.tree(branch);
    expect(commit?.parent).toBe(repository.tree("main")?.sha);
    expect(commit?.message).toMatch(/^Block shop 1\.4\.2: 5xx share in production/);
    const [pull] = repository.issues;
    expect(pull).toMatchObject({
      title: "Rolled back shop 1.4.2 in production: 5xx share",
      labels: ["quai:rollback", "production"],
      assignees: ["alice"],
      pull: { head: branch, base: "main", reviewers: ["bob"] },
    });
    expect(pull?.body).toContain(`digest=${BAD.digest} kind=rollback -->`);
    expect(pull?.body).toContain("GITHUB_TOKEN");
    expect(logged).toEqual([
      `info: Opened pull request https://github.com/acme/shop/pull/1, blocking 1.4.2 in quai.yml`,
    ]);
  });

  it("comments on the open report when the same drift is found again, instead of opening another", async () => {
    const first = await openRollbackReport(api(), options());
    const again = await openRollbackReport(api(), options());
    expect(again).toMatchObject({ kind: "comment", number: first?.number });
    expect(again?.url).toMatch(/^https:\/\/github.com\/acme\/shop\/pull\/1#issuecomment-\d+$/);
    const repository = server.repository("acme/shop");
    expect(repository.issues).toHaveLength(1);
    expect(repository.issues[0]?.comments.map((comment) => comment.body.split("\n")[0])).toEqual([
      "**Seen again.**",
    ]);
    expect(server.requests.filter((request) => request.operationId === "pulls/create")).toHaveLength(1);
  });

  it("opens a new pull request when the earlier report was closed, moving the branch it left", async () => {
    await openRollbackReport(api(), options());
    const repository = server.repository("acme/shop");
    const first = repository.issues[0];
    if (first) first.state = "closed";
    const branch = "quai/rollback/production/1.4.2";
    const second = await openRollbackReport(api(), options());
    expect(second).toMatchObject({ kind: "pull-request", number: 2 });
    expect(repository.tree(branch)?.parent).toBe(repository.tree("main")?.sha);
    expect(server.requests.map((request) => `${request.operationId} ${request.status}`)).toContain(
      "git/update-ref 200",
    );
  });

  it("keeps the pull request and warns when GitHub refuses a reviewer", async () => {
    const report = await openRollbackReport(api(), options({ reviewers: ["octocat"] }));
    expect(report?.kind).toBe("pull-request");
    expect(server.repository("acme/shop").issues).toHaveLength(1);
    expect(logged.at(-1)).toMatch(
      /^warning: Cannot request reviews in acme\/shop: .*Review cannot be requested from pull request author\./,
    );
  });

  it("opens an issue with the same report when GitHub refuses the pull request with its 403, and says why", async () => {
    server.repository("acme/shop").pullRequestsForbidden = true;
    const report = await openRollbackReport(api(), options());
    expect(report).toEqual({ kind: "issue", url: "https://github.com/acme/shop/issues/1", number: 1 });
    const [issue] = server.repository("acme/shop").issues;
    expect(issue?.pull).toBeUndefined();
    expect(issue?.labels).toEqual(["quai:rollback", "production"]);
    expect(issue?.body).toContain(ACTIONS_MAY_NOT_CREATE_PULL_REQUESTS);
    expect(issue?.body).toContain("**Verdict:** drifted: 5xx share");
    expect(logged[0]).toMatch(
      /^warning: Could not open a pull request \(Cannot open the pull request in acme\/shop: .*403: GitHub Actions is not permitted to create or approve pull requests\.\. .*Allow GitHub Actions to create and approve pull requests.*\): opening an issue with the same report$/,
    );
  });

  it("opens an issue directly with report: issue, and touches no branch", async () => {
    const report = await openRollbackReport(api(), options({ report: "issue", assignees: ["alice"] }));
    expect(report?.kind).toBe("issue");
    expect(server.repository("acme/shop").issues[0]?.assignees).toEqual(["alice"]);
    expect(server.requests.map((request) => request.operationId)).toEqual([
      "issues/list-for-repo",
      "issues/create",
    ]);
    expect(logged[0]).toBe("info: Opening an issue: report is issue");
  });

  it("reports an inconclusive watch and an escalation as issues, never pull requests", async () => {
    const watch = await openRollbackReport(api(), options({ result: inconclusive() }));
    const escalation = await openRollbackReport(api(), options({ result: escalated() }));
    expect([watch?.kind, escalation?.kind]).toEqual(["issue", "issue"]);
    const titles = server.repository("acme/shop").issues.map((issue) => issue.title);
    expect(titles).toEqual([
      "Inconclusive watch of shop 1.4.2 in production: error rate",
      "Escalated: shop 1.4.2 in production rolled back, and the release gone back to fails too",
    ]);
    expect(server.requests.some((request) => request.operationId?.startsWith("pulls/"))).toBe(false);
    expect(server.repository("acme/shop").refs.size).toBe(1);
  });

  it("reports nothing for a verified watch", async () => {
    const verified = {
      ...rolledBack(),
      verdict: "verified" as const,
      action: { kind: "none" as const, why: "passed" },
    };
    expect(await openRollbackReport(api(), options({ result: verified }))).toBeUndefined();
    expect(server.requests).toEqual([]);
  });

  it("sends no secret value to GitHub, in the body, the title, the commit or the file", async () => {
    const result = rolledBack();
    const secret = "s3cr3t-session-key";
    result.logTail = [`session key ${secret} rejected`];
    if (result.deciding) result.deciding.reason = `probe answered 500 with ${secret}`;
    await openRollbackReport(
      api(),
      options({ result, context: { repository: "acme/shop", jobToken: false, secrets: [secret] } }),
    );
    await openRollbackReport(
      api(),
      options({
        result,
        report: "issue",
        context: { repository: "acme/shop", jobToken: false, secrets: [secret] },
      }),
    );
    const sent = server.requests.map((request) => JSON.stringify(request.body ?? ""));
    const committed = server.requests.flatMap((request) => {
      const content = (request.body as { content?: string } | undefined)?.content;
      return content ? [Buffer.from(content, "base64").toString("utf8")] : [];
    });
    expect(committed).toHaveLength(1);
    expect([...sent, ...committed].filter((text) => text.includes(secret))).toEqual([]);
    expect(server.repository("acme/shop").issues[0]?.body).toContain("session key *** rejected");
  });

  it("cuts a body over GitHub's 65,536 characters and links the run that has all of it", async () => {
    const result = rolledBack();
    result.logTail = Array.from({ length: 2_000 }, (_, index) => `line ${index} ${"x".repeat(60)}`);
    await openRollbackReport(api(), options({ result }));
    const body = server.repository("acme/shop").issues[0]?.body ?? "";
    expect(body.length).toBeLessThanOrEqual(MAX_BODY_CHARACTERS);
    expect(body).toContain(`[the run](${RUN_URL})`);
    expect(body.startsWith("<!-- quai-report")).toBe(true);
  });

  it("falls back to an issue, saying why, when quai.yml's blocked: list cannot be edited safely", async () => {
    const anchored = "app: shop\nwhy: &why corrupts data\nblocked: [{ version: 1.0.3, reason: *why }]\n";
    server
      .repository("acme/shop")
      .commits.get(server.repository("acme/shop").tree("main")?.sha ?? "")
      ?.files.set("quai.yml", anchored);
    const report = await openRollbackReport(api(), options());
    expect(report?.kind).toBe("issue");
    expect(server.repository("acme/shop").issues[0]?.body).toMatch(
      /^> quai.yml's blocked: list uses YAML anchors or aliases/,
    );
    expect(logged[0]).toMatch(
      /^warning: Could not open a pull request \(quai.yml's blocked: list uses YAML anchors/,
    );
    expect(server.repository("acme/shop").refs.size).toBe(1);
  });

  it("opens an issue, saying which permission to give, when the token may not write contents", async () => {
    const report = await openRollbackReport(api("no-contents-token"), options());
    expect(report?.kind).toBe("issue");
    const [issue] = server.repository("acme/shop").issues;
    expect(issue?.body).toMatch(
      /^> Cannot create the branch in acme\/shop: .*403: Resource not accessible by integration\. Give the job's token `contents: write`/,
    );
    expect(server.repository("acme/shop").refs.size).toBe(1);
  });

  it("refuses a token that may not write with a UserError that says which permissions to give", async () => {
    const failure = await openRollbackReport(api("read-token"), options()).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(UserError);
    expect(failure).toMatchObject({
      message: expect.stringMatching(/^Cannot open the report's issue in acme\/shop: .*403/),
      hint: expect.stringContaining("`issues: write`"),
    });
  });

  it("refuses a token GitHub does not know with a UserError that says which token to pass", async () => {
    await expect(openRollbackReport(api("expired-token"), options())).rejects.toMatchObject({
      message: expect.stringMatching(/^Cannot look for an open report in acme\/shop: .*401: Bad credentials/),
      hint: "The token is invalid or expired; inside Actions pass the job's github.token",
    });
  });

  it("refuses a report value that is neither pull-request nor issue, naming the input", async () => {
    expect(() => reportSetting("pr")).toThrow(InvalidValueError);
    expect(() => reportSetting("pr")).toThrow('Invalid report: "pr" (expected pull-request or issue)');
    await expect(openRollbackReport(api(), options({ report: "email" }))).rejects.toThrow(/Invalid report/);
    expect(server.requests).toEqual([]);
  });
});
