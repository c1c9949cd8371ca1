// What the auto-rollback-on-drift e2e suites share: releases of the release app pushed to the test
// bed, a quai.yml of environments on free 127.0.0.1 ports, a GitHub ledger on the local API that
// checks every request against GitHub's OpenAPI description, and steps run as a workflow runs them.
import { writeFileSync } from "node:fs";
import { expect } from "vitest";
import { type ActionResult, runAction } from "../harness/action-harness";
import { freePort } from "./free-port";
import { type GitHubApiServer, startGitHubApiServer } from "./github-api-server";
import { type PushedReleases, pushReleases, type ReleaseBehaviour } from "./release-images";
import { removeDeployedApp, workspaceWith } from "./testbed";

const REPOSITORY = "acme/release-app";
const TOKEN = "ghs_e2e_drift_token";

export interface DriftBed<Environment extends string = string> {
  app: string;
  releases: PushedReleases;
  github: GitHubApiServer;
  /** The GitHub repository the ledger keeps its deployments in. */
  repository: string;
  workspace: string;
  /** Each environment's published port on 127.0.0.1. */
  ports: Record<Environment, number>;
  /**
   * A step of a workflow a push started, or one a person started by hand (workflow_dispatch);
   * `env` adds the runner's variables, such as the commit (GITHUB_SHA) a release was built from.
   */
  step(
    action: string,
    inputs: Record<string, string>,
    eventName?: "push" | "workflow_dispatch",
    env?: Record<string, string>,
  ): Promise<ActionResult>;
  /** Checks the API saw only requests GitHub describes, and removes everything deployed. */
  close(): Promise<void>;
}

/** Pushes the releases, then writes quai.yml with a free port for each environment. */
export async function startDriftBed<Environment extends string>(options: {
  releases: readonly { version: string; behaviour: ReleaseBehaviour }[];
  environments: readonly Environment[];
  quaiYml: (bed: { app: string; repository: string; ports: Record<Environment, number> }) => string;
}): Promise<DriftBed<Environment>> {
  const releases = await pushReleases(options.releases);
  const app = `e2e-drift-${releases.repository.split("-").pop()}`;
  const ports = {} as Record<Environment, number>;
  for (const environment of options.environments) ports[environment] = await freePort();
  const workspace = workspaceWith("release-app");
  const quaiYml = options.quaiYml({ app, repository: releases.repository, ports });
  writeFileSync(`${workspace}/quai.yml`, quaiYml);
  // The repository holds the same quai.yml, which a rollback report's pull request edits.
  const github = await startGitHubApiServer({
    repositories: { [REPOSITORY]: { "quai.yml": quaiYml } },
    tokens: { [TOKEN]: "write" },
  });
  return {
    app,
    releases,
    github,
    repository: REPOSITORY,
    workspace,
    ports,
    step: (action, inputs, eventName = "push", env = {}) =>
      runAction(action, {
        workspace,
        eventName,
        githubToken: TOKEN,
        env: { GITHUB_API_URL: github.url, GITHUB_REPOSITORY: REPOSITORY, ...env },
        inputs: { "github-token": TOKEN, ...inputs },
      }),
    async close() {
      expect(github.violations).toEqual([]);
      await github.close();
      await removeDeployedApp(app);
    },
  };
}

export function succeeded(result: ActionResult): Record<string, string> {
  expect(result.main.exitCode, result.main.log).toBe(0);
  return result.main.outputs;
}

/** The step's error annotations; a fatal error is one line, never a stack trace. */
export function errorsOf(result: ActionResult): string[] {
  expect(result.main.log).not.toMatch(/\n\s+at /);
  return result.main.annotations.filter((annotation) => annotation.level === "error").map((a) => a.message);
}

export interface WatchSample {
  at: string;
  signal: string;
  kind: string;
  detail: string;
  value?: number;
}

/** The watch's samples, from its signals output. */
export function samplesOf(result: ActionResult): WatchSample[] {
  return JSON.parse(result.main.outputs.signals ?? "[]") as WatchSample[];
}

/** The version that answers on an environment's port, or the connection error. */
export async function servingVersion(port: number): Promise<string> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(3000) });
    return ((await response.json()) as { version: string }).version;
  } catch (error) {
    return `unreachable: ${(error as Error).message}`;
  }
}
