// The local GitHub API must fail what GitHub would fail, or the ledger's tests prove nothing.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type GitHubApiServer, startGitHubApiServer } from "./github-api-server";

const TOKEN = "server-test-token";
let server: GitHubApiServer;

beforeEach(async () => {
  server = await startGitHubApiServer({
    repositories: ["acme/shop"],
    tokens: { [TOKEN]: "write", "read-only-token": "read" },
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
    expect((await call("GET", "/repos/acme/shop/pulls")).status).toBe(404);
    expect(server.violations).toEqual([expect.stringMatching(/pulls\/list is described but not emulated/)]);
  });

  it("answers as GitHub does to bad credentials, a read-only token and an unknown repository", async () => {
    expect((await call("POST", "/repos/acme/shop/deployments", { ref: "main" }, "wrong")).status).toBe(401);
    expect(
      (await call("POST", "/repos/acme/shop/deployments", { ref: "main" }, "read-only-token")).status,
    ).toBe(403);
    expect((await call("GET", "/repos/acme/other/deployments")).status).toBe(404);
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
