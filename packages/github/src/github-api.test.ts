import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type GitHubApiServer, startGitHubApiServer } from "../../../test/support/github-api-server";
import { createGitHubApi, GitHubApiError, gitHubApiUrl } from "./github-api";

let server: GitHubApiServer;

beforeAll(async () => {
  server = await startGitHubApiServer({
    repositories: ["acme/shop"],
    tokens: { "write-token": "write", "read-token": "read" },
  });
});

afterAll(async () => {
  expect(server.violations).toEqual([]);
  await server.close();
});

describe("createGitHubApi", () => {
  it("sends octokit routes with the token to the API URL, and returns status and data", async () => {
    const api = createGitHubApi("write-token", server.url);
    const created = await api.request<{ id: number; environment: string }>(
      "POST /repos/{owner}/{repo}/deployments",
      { owner: "acme", repo: "shop", ref: "main", environment: "staging", required_contexts: [] },
    );
    expect(created.status).toBe(201);
    expect(created.data.environment).toBe("staging");
    const listed = await api.request<unknown[]>("GET /repos/{owner}/{repo}/deployments", {
      owner: "acme",
      repo: "shop",
      environment: "staging",
    });
    expect(listed.data).toHaveLength(1);
    expect(server.requests.at(-1)?.url).toBe("/repos/acme/shop/deployments?environment=staging");
  });

  it("turns GitHub's error answers into a GitHubApiError with the status and GitHub's reason", async () => {
    const api = createGitHubApi("read-token", server.url);
    const failure = await api
      .request("POST /repos/{owner}/{repo}/deployments", { owner: "acme", repo: "shop", ref: "main" })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(GitHubApiError);
    expect(failure).toMatchObject({
      status: 403,
      reason: "Resource not accessible by integration",
      route: "POST /repos/{owner}/{repo}/deployments",
      documentationUrl: "https://docs.github.com/rest/deployments/deployments#create-a-deployment",
    });
  });
});

describe("gitHubApiUrl", () => {
  it("is the runner's GITHUB_API_URL (GitHub Enterprise Server, or a local server in tests)", () => {
    expect(gitHubApiUrl({ GITHUB_API_URL: "https://ghe.example/api/v3" })).toBe("https://ghe.example/api/v3");
    expect(gitHubApiUrl({})).toBe("https://api.github.com");
  });
});
