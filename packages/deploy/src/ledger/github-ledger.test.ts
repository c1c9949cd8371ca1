// The GitHub ledger against the local GitHub API, which checks every request and response
// against GitHub's OpenAPI description: no request leaves this machine.
import { UserError } from "@quai/core";
import { createGitHubApi } from "@quai/github";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type GitHubApiServer, startGitHubApiServer } from "../../../../test/support/github-api-server";
import { GitHubDeploymentsLedger, ROLLED_BACK_STATE } from "./github-ledger";
import { describeLedgerContract, release } from "./ledger-contract";

const RUN_SHA = "fedcba9876543210fedcba9876543210fedcba98";
let server: GitHubApiServer;
let repositories = 0;
let repository: string;

beforeAll(async () => {
  // Each test gets a repository of its own, so it starts from an empty ledger.
  server = await startGitHubApiServer({
    repositories: Array.from({ length: 30 }, (_, index) => `acme/shop-${index}`),
    tokens: { "write-token": "write", "read-token": "read" },
  });
});

afterEach(() => {
  expect(server.violations).toEqual([]);
});

afterAll(async () => {
  await server.close();
});

function openLedger(
  token = "write-token",
  options: { productionEnvironments?: string[]; serverUrl?: string } = {},
) {
  repository = `acme/shop-${repositories++}`;
  return new GitHubDeploymentsLedger({
    api: createGitHubApi(token, server.url),
    repository,
    ref: RUN_SHA,
    ...options,
  });
}

function deployments() {
  return server.repository(repository).deployments;
}

describeLedgerContract("GitHubDeploymentsLedger", () => openLedger());

describe("GitHubDeploymentsLedger", () => {
  it("records a deployment of the commit, with the release in its payload and its statuses", async () => {
    const ledger = openLedger();
    const started = await ledger.start(
      release("1.1.0", {
        previousVersion: "1.0.0",
        previousDigest: release("1.0.0").digest,
        url: "http://127.0.0.1:8080",
        logUrl: "https://github.com/acme/shop/actions/runs/1",
      }),
    );
    await ledger.finish(started.id, "success");

    expect(deployments()).toEqual([
      expect.objectContaining({
        id: Number(started.id),
        sha: release("1.1.0").commit,
        task: "deploy",
        environment: "staging",
        production_environment: false,
        transient_environment: false,
        payload: {
          app: "shop",
          version: "1.1.0",
          digest: release("1.1.0").digest,
          previousVersion: "1.0.0",
          previousDigest: release("1.0.0").digest,
          actor: "alice",
        },
      }),
    ]);
    expect(deployments()[0]?.statuses).toEqual([
      expect.objectContaining({
        state: "in_progress",
        environment_url: "http://127.0.0.1:8080",
        log_url: "https://github.com/acme/shop/actions/runs/1",
      }),
      expect.objectContaining({
        state: "success",
        description: "1.1.0 deployed",
        environment_url: "http://127.0.0.1:8080",
        log_url: "https://github.com/acme/shop/actions/runs/1",
      }),
    ]);
    const created = server.requests.find((request) => request.url === `/repos/${repository}/deployments`);
    expect(created?.body).toMatchObject({
      auto_merge: false,
      required_contexts: [],
    });
  });

  it("links each deployment to its environment's page of deployments, on the run's GitHub server", async () => {
    const onGitHub = await openLedger().start(release("1.0.0"));
    expect(onGitHub.pageUrl).toBe(
      `https://github.com/${repository}/deployments/activity_log?environment=staging`,
    );

    const onEnterprise = openLedger("write-token", { serverUrl: "https://ghe.example.com/" });
    await onEnterprise.start(release("1.0.0", { environment: "qa east" }));
    const [recorded] = await onEnterprise.history("shop", "qa east");
    expect(recorded?.pageUrl).toBe(
      `https://ghe.example.com/${repository}/deployments/activity_log?environment=qa+east`,
    );
  });

  it("marks production deployments as such, by name or as configured", async () => {
    const ledger = openLedger("write-token", { productionEnvironments: ["production", "live"] });
    await ledger.start(release("1.0.0", { environment: "production" }));
    await ledger.start(release("1.0.0", { environment: "live" }));
    await ledger.start(release("1.0.0", { environment: "staging" }));
    expect(deployments().map((deployment) => deployment.production_environment)).toEqual([true, true, false]);
  });

  it("records a rollback as its own task, and the release it undid as inactive, said rolled back", async () => {
    const ledger = openLedger();
    const undone = await ledger.start(release("1.1.0"));
    await ledger.finish(undone.id, "success");
    const rollback = await ledger.start(release("1.0.0", { rollbackOf: undone.id }));
    await ledger.finish(rollback.id, "success");
    await ledger.finish(undone.id, "rolled_back", { description: "to 1.0.0 by alice" });

    const [first, second] = deployments();
    expect(second?.task).toBe("deploy:rollback");
    expect(first?.statuses.at(-1)).toMatchObject({
      state: ROLLED_BACK_STATE,
      description: "Rolled back: to 1.0.0 by alice",
    });
  });

  it("reads a deployment GitHub made inactive when a newer one succeeded as a success", async () => {
    const ledger = openLedger();
    const first = await ledger.start(release("1.0.0"));
    await ledger.finish(first.id, "success");
    const second = await ledger.start(release("1.1.0"));
    await ledger.finish(second.id, "success");

    expect(deployments()[0]?.statuses.at(-1)?.state).toBe("inactive");
    expect((await ledger.history("shop", "staging")).map((deployment) => deployment.status)).toEqual([
      "success",
      "success",
    ]);
  });

  it("records a block as a quai:block deployment, inactive, in the environment it was found in", async () => {
    const ledger = openLedger();
    await ledger.block({
      app: "shop",
      digest: release("1.2.0").digest,
      version: "1.2.0",
      reason: "corrupts carts",
      blockedBy: "alice",
      environment: "production",
    });

    expect(deployments()).toEqual([
      expect.objectContaining({
        task: "quai:block",
        sha: RUN_SHA,
        environment: "production",
        production_environment: false,
        payload: {
          app: "shop",
          digest: release("1.2.0").digest,
          version: "1.2.0",
          reason: "corrupts carts",
          blockedBy: "alice",
        },
        statuses: [expect.objectContaining({ state: "inactive", description: "Blocked: corrupts carts" })],
      }),
    ]);
    expect(await ledger.history("shop", "production")).toEqual([]);
  });

  it("records traffic figures as a status in the deployment's own state, read back past newer statuses", async () => {
    const ledger = openLedger();
    const verified = await ledger.start(release("1.0.0"));
    await ledger.finish(verified.id, "success");
    await ledger.recordFigures(verified.id, {
      requests: 1234,
      share5xx: 5 / 1234,
      p50Ms: 12,
      p95Ms: 80,
      p99Ms: 140,
    });
    expect(deployments()[0]?.statuses.at(-1)).toMatchObject({
      state: "success",
      description: "Verified traffic: 1234 requests, 5 5xx, p50 12 ms, p95 80 ms, p99 140 ms",
    });
    await ledger.finish((await ledger.start(release("1.1.0"))).id, "success");
    expect(deployments()[0]?.statuses.at(-1)?.state).toBe("inactive");
    expect((await ledger.history("shop", "staging"))[1]).toMatchObject({
      status: "success",
      figures: { requests: 1234, share5xx: 5 / 1234, p99Ms: 140 },
    });
  });

  it("keeps descriptions within GitHub's 140 characters", async () => {
    const ledger = openLedger();
    const started = await ledger.start(release("1.0.0"));
    await ledger.finish(started.id, "failure", { description: `health check failed: ${"x".repeat(200)}` });
    const description = deployments()[0]?.statuses.at(-1)?.description ?? "";
    expect(description).toHaveLength(140);
    expect(description.endsWith("…")).toBe(true);
  });

  it("reads history past the first page of deployments", async () => {
    const ledger = openLedger();
    for (let index = 0; index < 101; index++) await ledger.start(release(`1.0.${index}`));
    const history = await ledger.history("shop", "staging");
    expect(history).toHaveLength(101);
    expect(history.at(0)?.version).toBe("1.0.100");
    expect(history.at(-1)?.version).toBe("1.0.0");
  });

  it("says which permission the job's token needs when GitHub refuses it", async () => {
    const failure = await openLedger("read-token")
      .start(release("1.0.0"))
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(UserError);
    expect((failure as UserError).message).toMatch(/^Cannot record the deployment in acme\/shop-\d+: .*403/);
    expect((failure as UserError).hint).toBe(
      "Give the job's token `deployments: write` in the workflow's `permissions:`",
    );
  });

  it("says to check the repository and the token when GitHub answers 404", async () => {
    const ledger = new GitHubDeploymentsLedger({
      api: createGitHubApi("write-token", server.url),
      repository: "acme/missing",
      ref: RUN_SHA,
    });
    const failure = await ledger.history("shop", "staging").catch((error: unknown) => error);
    expect((failure as UserError).hint).toMatch(
      /^Check that acme\/missing exists and that the token may see it/,
    );
  });

  it("refuses a repository that is not owner/name", () => {
    expect(
      () =>
        new GitHubDeploymentsLedger({
          api: createGitHubApi("t", server.url),
          repository: "shop",
          ref: RUN_SHA,
        }),
    ).toThrow(UserError);
  });
});
