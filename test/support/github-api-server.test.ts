// The local GitHub API must fail what GitHub would fail, or the ledger's tests prove nothing.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  ACTIONS_MAY_NOT_CREATE_PULL_REQUESTS,
  type GitHubApiServer,
  startGitHubApiServer,
} from "./github-api-server";

const TOKEN = "server-test-token";
let server: GitHubApiServer;

beforeEach(async () => {
  server = await startGitHubApiServer({
    repositories: { "acme/shop": { "quai.yml": "app: shop\n" } },
    tokens: { [TOKEN]: "write", "read-only-token": "read", "issues-token": ["issues"] },
  });
});

afterEach(async () => {
  await server.close();
});

async function call(method: string, path: string, body?: unknown, token = TOKEN) {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: { authorization: `token ${token}`, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function createDeployment(environment = "staging") {
  const created = await call("POST", "/repos/acme/shop/deployments", {
    ref: "main",
    environment,
    task: "deploy",
  });
  return created.body.id as number;
}

describe("the local GitHub API", () => {
  it("keeps deployments and their statuses, newest first, as GitHub does", async () => {
    const first = await createDeployment();
    await call("POST", `/repos/acme/shop/deployments/${first}/statuses`, { state: "success" });
    const second = await createDeployment();
    await call("POST", `/repos/acme/shop/deployments/${second}/statuses`, {
      state: "success",
      environment_url: "http://127.0.0.1:8080",
    });

    const listed = await call("GET", "/repos/acme/shop/deployments?environment=staging&per_page=100");
    expect((listed.body as unknown as { id: number }[]).map((deployment) => deployment.id)).toEqual([
      second,
      first,
    ]);
    const statuses = await call("GET", `/repos/acme/shop/deployments/${first}/statuses`);
    // A newer success in the environment makes the older one inactive (auto_inactive).
    expect((statuses.body as unknown as { state: string }[]).map((status) => status.state)).toEqual([
      "inactive",
      "success",
    ]);
    expect(server.violations).toEqual([]);
  });

  it("pages lists with a Link header to the next page", async () => {
    for (let count = 0; count < 3; count++) await createDeployment();
    const response = await fetch(`${server.url}/repos/acme/shop/deployments?per_page=2`, {
      headers: { authorization: `token ${TOKEN}` },
    });
    expect(((await response.json()) as unknown[]).length).toBe(2);
    expect(response.headers.get("link")).toBe(
      `<${server.url}/repos/acme/shop/deployments?per_page=2&page=2>; rel="next"`,
    );
  });

  it("refuses a status whose state is not one of GitHub's, and records the violation", async () => {
    const id = await createDeployment();
    const refused = await call("POST", `/repos/acme/shop/deployments/${id}/statuses`, {
      state: "rolled_back",
    });
    expect(refused.status).toBe(422);
    expect(refused.body.message).toMatch(/Invalid request/);
    expect(server.violations).toEqual([
      expect.stringMatching(/body\/state must be equal to one of the allowed values/),
    ]);
    expect(server.repository("acme/shop").deployment(id).statuses).toEqual([]);
  });

  it("refuses a deployment without its required ref, or with a field of the wrong type", async () => {
    expect((await call("POST", "/repos/acme/shop/deployments", { environment: "staging" })).status).toBe(422);
    expect(
      (await call("POST", "/repos/acme/shop/deployments", { ref: "main", auto_merge: "no" })).status,
    ).toBe(422);
    expect(server.violations).toEqual([
      expect.stringMatching(/body must have required property 'ref'/),
      expect.stringMatching(/body\/auto_merge must be boolean/),
    ]);
  });

  it("refuses query parameters the operation does not take", async () => {
    expect((await call("GET", "/repos/acme/shop/deployments?environmnet=staging")).status).toBe(422);
    expect(server.violations).toEqual([expect.stringMatching(/must NOT have additional properties/)]);
  });

  it("answers 404 to an operation GitHub does not describe, and records it", async () => {
    expect((await call("POST", "/repos/acme/shop/deploys", { ref: "main" })).status).toBe(404);
    expect(server.violations).toEqual([expect.stringMatching(/no such operation/)]);
  });

  it("answers 404 to a described operation it does not emulate yet, and records it", async () => {
    expect((await call("GET", "/repos/acme/shop/issues/1")).status).toBe(404);
    expect(server.violations).toEqual([expect.stringMatching(/issues\/get is described but not emulated/)]);
  });

  it("answers as GitHub does to bad credentials, a read-only token and an unknown repository", async () => {
    expect((await call("POST", "/repos/acme/shop/deployments", { ref: "main" }, "wrong")).status).toBe(401);
    expect(
      (await call("POST", "/repos/acme/shop/deployments", { ref: "main" }, "read-only-token")).status,
    ).toBe(403);
    expect((await call("GET", "/repos/acme/other/deployments")).status).toBe(404);
    expect((await call("POST", "/repos/acme/shop/issues", { title: "t" }, "issues-token")).status).toBe(201);
    expect((await call("POST", "/repos/acme/shop/deployments", { ref: "main" }, "issues-token")).status).toBe(
      403,
    );
    expect(server.violations).toEqual([]);
  });

  it("records every request with the operation it was for", async () => {
    await createDeployment();
    expect(server.requests).toEqual([
      {
        method: "POST",
        url: "/repos/acme/shop/deployments",
        operationId: "repos/create-deployment",
        body: { ref: "main", environment: "staging", task: "deploy" },
        status: 201,
      },
    ]);
  });
});

describe("the local GitHub API's files, branches, pull requests and issues", () => {
  const base64 = (text: string) => Buffer.from(text).toString("base64");

  async function branchFromMain(name: string) {
    const main = await call("GET", "/repos/acme/shop/git/ref/heads/main");
    const sha = (main.body.object as { sha: string }).sha;
    return call("POST", "/repos/acme/shop/git/refs", { ref: `refs/heads/${name}`, sha });
  }

  it("serves a file of the default branch, and commits a change on a branch when given the file's sha", async () => {
    const file = await call("GET", "/repos/acme/shop/contents/quai.yml");
    expect(Buffer.from(String(file.body.content), "base64").toString()).toBe("app: shop\n");
    expect((await branchFromMain("fix")).status).toBe(201);
    const updated = await call("PUT", "/repos/acme/shop/contents/quai.yml", {
      message: "Block 1.4.2",
      content: base64("app: shop\nblocked: []\n"),
      sha: file.body.sha,
      branch: "fix",
    });
    expect(updated.status).toBe(200);
    const repository = server.repository("acme/shop");
    expect(repository.file("quai.yml", "fix")).toBe("app: shop\nblocked: []\n");
    expect(repository.file("quai.yml")).toBe("app: shop\n");
    expect(repository.tree("fix")?.message).toBe("Block 1.4.2");
    expect(server.violations).toEqual([]);
  });

  it("refuses a change without the file's sha (422) or with a stale one (409), as GitHub does", async () => {
    const change = { message: "edit", content: base64("app: other\n") };
    expect((await call("PUT", "/repos/acme/shop/contents/quai.yml", change)).status).toBe(422);
    const stale = await call("PUT", "/repos/acme/shop/contents/quai.yml", { ...change, sha: "0".repeat(40) });
    expect(stale.status).toBe(409);
    expect(stale.body.message).toBe(`quai.yml does not match ${"0".repeat(40)}`);
    expect((await call("GET", "/repos/acme/shop/contents/missing.yml")).status).toBe(404);
    expect(server.repository("acme/shop").file("quai.yml")).toBe("app: shop\n");
    expect(server.violations).toEqual([]);
  });

  it("creates, moves and refuses refs as GitHub does", async () => {
    expect((await branchFromMain("fix")).status).toBe(201);
    expect((await branchFromMain("fix")).body.message).toBe("Reference already exists");
    expect(
      (await call("POST", "/repos/acme/shop/git/refs", { ref: "refs/heads/x", sha: "f".repeat(40) })).status,
    ).toBe(422);
    expect((await call("GET", "/repos/acme/shop/git/ref/heads/nope")).status).toBe(404);
    const main = await call("GET", "/repos/acme/shop/git/ref/heads/main");
    const sha = (main.body.object as { sha: string }).sha;
    expect((await call("PATCH", "/repos/acme/shop/git/refs/heads/fix", { sha })).status).toBe(200);
    expect(server.violations).toEqual([]);
  });

  it("names the default branch, opens a pull request once per branch, and lists it as an issue too", async () => {
    expect((await call("GET", "/repos/acme/shop")).body.default_branch).toBe("main");
    await branchFromMain("fix");
    const opened = await call("POST", "/repos/acme/shop/pulls", {
      title: "Block",
      head: "fix",
      base: "main",
      body: "why",
    });
    expect(opened.status).toBe(201);
    expect(opened.body.html_url).toBe("https://github.com/acme/shop/pull/1");
    const again = await call("POST", "/repos/acme/shop/pulls", { title: "Block", head: "fix", base: "main" });
    expect(again.status).toBe(422);
    await call("POST", "/repos/acme/shop/issues/1/labels", { labels: ["quai:rollback", "production"] });
    await call("POST", "/repos/acme/shop/issues/1/assignees", { assignees: ["alice"] });
    await call("POST", "/repos/acme/shop/pulls/1/requested_reviewers", { reviewers: ["bob"] });
    const pull = await call("GET", "/repos/acme/shop/pulls/1");
    expect((pull.body.requested_reviewers as { login: string }[]).map((user) => user.login)).toEqual(["bob"]);
    const pulls = await call("GET", "/repos/acme/shop/pulls?head=acme:fix&state=open");
    expect((pulls.body as unknown as unknown[]).length).toBe(1);
    const issues = await call("GET", "/repos/acme/shop/issues?labels=quai:rollback,production&state=open");
    expect(
      issues.body as unknown as { number: number; pull_request?: unknown; assignees: unknown[] }[],
    ).toEqual([
      expect.objectContaining({
        number: 1,
        pull_request: expect.any(Object),
        assignees: [expect.objectContaining({ login: "alice" })],
      }),
    ]);
    expect(server.violations).toEqual([]);
  });

  it("answers GitHub's exact 403 to a pull request when the repository does not let Actions open them", async () => {
    server.repository("acme/shop").pullRequestsForbidden = true;
    await branchFromMain("fix");
    const refused = await call("POST", "/repos/acme/shop/pulls", {
      title: "Block",
      head: "fix",
      base: "main",
    });
    expect(refused).toEqual({
      status: 403,
      body: {
        message: ACTIONS_MAY_NOT_CREATE_PULL_REQUESTS,
        documentation_url: "https://docs.github.com/rest/pulls/pulls#create-a-pull-request",
      },
    });
    expect(server.violations).toEqual([]);
  });

  it("keeps issues with their labels and comments, and filters them by label and state", async () => {
    const created = await call("POST", "/repos/acme/shop/issues", {
      title: "Inconclusive",
      body: "text",
      labels: ["quai:rollback"],
      assignees: ["alice"],
    });
    expect(created.status).toBe(201);
    await call("POST", "/repos/acme/shop/issues", { title: "Other" });
    await call("POST", "/repos/acme/shop/issues/1/comments", { body: "seen again" });
    const comments = await call("GET", "/repos/acme/shop/issues/1/comments");
    expect((comments.body as unknown as { body: string }[]).map((comment) => comment.body)).toEqual([
      "seen again",
    ]);
    const labelled = await call("GET", "/repos/acme/shop/issues?labels=quai:rollback");
    expect((labelled.body as unknown as { number: number }[]).map((issue) => issue.number)).toEqual([1]);
    expect(
      ((await call("GET", "/repos/acme/shop/issues?state=closed")).body as unknown as unknown[]).length,
    ).toBe(0);
    expect(server.violations).toEqual([]);
  });
});
