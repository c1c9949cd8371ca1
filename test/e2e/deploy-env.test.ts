// deploy-env through the action harness, on the test bed: releases of the release app built and
// pushed by the real actions, deployed to a Docker host (blue-green behind nginx) and to Swarm,
// recorded in GitHub Deployments served by a local API that checks every request against
// GitHub's OpenAPI description. Apps are reached only through ports published on 127.0.0.1.
import { once } from "node:events";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { join } from "node:path";
import { ROLLED_BACK_STATE } from "@quai/deploy";
import { connectEngine } from "@quai/docker";
import { tarFromEntries } from "@quai/oci";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ActionResult, runAction, startAction } from "../harness/action-harness";
import { freePort } from "../support/free-port";
import { type GitHubApiServer, startGitHubApiServer } from "../support/github-api-server";
import { factsOf, renderSummary } from "../support/job-summary";
import { quaiYmlHead } from "../support/quai-yml";
import { type PushedReleases, pushReleases } from "../support/release-images";
import {
  docker,
  hubMirrorDigest,
  removeDeployedApp,
  testbed,
  testEngine,
  workspaceWith,
} from "../support/testbed";

/**
 * The test bed's sshd fronts its first engine, and only that engine is a Swarm manager: the ssh://
 * and Swarm cases, which test a transport and an orchestrator rather than an image store, run on
 * the classic-store engine only.
 */
const onFirstEngineOnly = testEngine.name !== "classic";

const REPOSITORY = "acme/release-app";
const TOKEN = "ghs_e2e_deploy_token";
const API_KEY = "e2e-api-key-4f1d";

let releases: PushedReleases;
let github: GitHubApiServer;
let app: string;
let ports: Record<"staging" | "qualification" | "production" | "swarm" | "busy", number>;
/** Holds the busy environment's port, as another program on the host would. */
let squatter: Server;
let workspace: string;

function quaiYml(): string {
  return `${quaiYmlHead(app, releases.repository, "variables:", "  GREETING: hello")}environments:
  staging:
    publish: 127.0.0.1:${ports.staging}
    url: http://127.0.0.1:${ports.staging}
    variables:
      API_KEY: { secret: E2E_API_KEY }
  qualification:
    after: staging
    publish: 127.0.0.1:${ports.qualification}
    url: http://127.0.0.1:${ports.qualification}
  production:
    after: qualification
    publish: 127.0.0.1:${ports.production}
    url: http://127.0.0.1:${ports.production}
  busy:
    publish: 127.0.0.1:${ports.busy}
  swarm:
    target: swarm
    # One node, host-mode ports: the new task cannot start beside the old (see swarm/README.md).
    strategy: recreate
    publish: ${ports.swarm}
    url: http://127.0.0.1:${ports.swarm}
    health: { path: /health, successes: 2, interval: 1s }
blocked:
  - version: 1.0.3
    reason: corrupts counters
`;
}

function deploy(inputs: Record<string, string>, env: Record<string, string> = {}): Promise<ActionResult> {
  return runAction("deploy-env", {
    workspace,
    githubToken: TOKEN,
    env: { GITHUB_API_URL: github.url, GITHUB_REPOSITORY: REPOSITORY, E2E_API_KEY: API_KEY, ...env },
    inputs: { "github-token": TOKEN, ...inputs },
  });
}

function errorOf(result: ActionResult): string {
  const errors = result.main.annotations.filter((annotation) => annotation.level === "error");
  expect(errors, result.main.log).toHaveLength(1);
  expect(result.main.log).not.toMatch(/\n\s+at /);
  return errors[0]?.message ?? "";
}

function succeeded(result: ActionResult): Record<string, string> {
  expect(result.main.exitCode, result.main.log).toBe(0);
  return result.main.outputs;
}

/** What answers on an environment's port: the version, or the connection error. */
async function serving(port: number): Promise<string> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(3000) });
    return ((await response.json()) as { version: string }).version;
  } catch (error) {
    return `unreachable (${(error as Error).message})`;
  }
}

function githubDeployments(environment: string) {
  return github
    .repository(REPOSITORY)
    .deployments.filter(
      (deployment) => deployment.environment === environment && deployment.task !== "quai:block",
    )
    .map((deployment) => ({
      version: (deployment.payload as { version?: string }).version,
      state: deployment.statuses.at(-1)?.state,
    }));
}

beforeAll(async () => {
  releases = await pushReleases([
    { version: "1.0.0", behaviour: "ok" },
    { version: "1.1.0", behaviour: "ok" },
    { version: "1.0.3", behaviour: "ok" },
    { version: "1.2.0", behaviour: "crash" },
    { version: "1.3.0", behaviour: "unhealthy" },
  ]);
  github = await startGitHubApiServer({ repositories: [REPOSITORY], tokens: { [TOKEN]: "write" } });
  app = `e2e-${releases.repository.split("-").pop()}`;
  ports = {
    staging: await freePort(),
    qualification: await freePort(),
    production: await freePort(),
    swarm: await freePort(),
    busy: await freePort(),
  };
  squatter = createServer().listen(ports.busy, "127.0.0.1");
  await once(squatter, "listening");
  workspace = workspaceWith("release-app");
  writeFileSync(`${workspace}/quai.yml`, quaiYml());
}, 600_000);

afterAll(async () => {
  squatter?.close();
  expect(github?.violations ?? []).toEqual([]);
  await github?.close();
  if (app) await removeDeployedApp(app);
});

describe("deploy-env on a Docker host", () => {
  it("promotes one digest staging → qualification → production, recorded in GitHub Deployments", async () => {
    const first = await deploy({ environment: "staging", version: "1.0.0" });
    const staging = succeeded(first);
    expect(first.main.summary).toContain(`Deployed ${app} 1.0.0 to staging`);
    expect(first.main.summary).toMatch(/<th>Phase<\/th>.*Health/s);
    expect(staging).toMatchObject({
      version: "1.0.0",
      digest: releases.digests["1.0.0"],
      url: `http://127.0.0.1:${ports.staging}`,
      "previous-version": "",
    });
    expect(await serving(ports.staging)).toBe("1.0.0");
    for (const environment of ["qualification", "production"]) {
      const outputs = succeeded(await deploy({ environment, version: "1.0.0" }));
      expect(outputs.digest).toBe(releases.digests["1.0.0"]);
    }
    expect(await serving(ports.production)).toBe("1.0.0");
    expect(githubDeployments("production")).toEqual([{ version: "1.0.0", state: "success" }]);
    const production = github.repository(REPOSITORY).deployments.find((d) => d.environment === "production");
    expect(production?.statuses.at(-1)?.environment_url).toBe(`http://127.0.0.1:${ports.production}`);
    expect(production?.production_environment).toBe(true);
  });

  it("labels the container with the release, runs it by digest, and keeps the secret out of its configuration", async () => {
    const id = await docker(
      "ps",
      "-q",
      "--filter",
      `label=io.github.quai.deploy.app=${app}`,
      "--filter",
      "label=io.github.quai.deploy.environment=staging",
      "--filter",
      "label=io.github.quai.deploy.version=1.0.0",
    );
    const inspected = JSON.parse(await docker("inspect", id.split("\n")[0] ?? ""))[0];
    expect(inspected.Config.Image).toBe(`${releases.repository}@${releases.digests["1.0.0"]}`);
    expect(inspected.Config.Labels).toMatchObject({
      "io.github.quai.deploy.app": app,
      "io.github.quai.deploy.environment": "staging",
      "io.github.quai.deploy.version": "1.0.0",
      "io.github.quai.deploy.digest": releases.digests["1.0.0"],
    });
    expect(JSON.stringify(inspected)).not.toContain(API_KEY);
    const body = await (await fetch(`http://127.0.0.1:${ports.staging}/`)).json();
    expect(body).toMatchObject({ apiKeyLength: API_KEY.length, greeting: "hello" });
  });

  it("refuses a digest the previous stage has not validated, and production keeps serving", async () => {
    const refused = await deploy({ environment: "production", version: "1.1.0" });
    expect(errorOf(refused)).toContain(
      `1.1.0 (${releases.digests["1.1.0"]?.slice(0, 19)}) has not been deployed successfully to qualification, which production comes after`,
    );
    expect(await serving(ports.production)).toBe("1.0.0");
  });

  it("refuses a blocked release, and a version the registry does not have", async () => {
    expect(errorOf(await deploy({ environment: "staging", version: "1.0.3" }))).toContain(
      "1.0.3 is blocked (corrupts counters; by quai.yml)",
    );
    expect(errorOf(await deploy({ environment: "staging", version: "9.9.9" }))).toBe(
      `${releases.repository} has no release 9.9.9. Push it with push-versioned first, or check the version and the repository`,
    );
  });

  it("never gives traffic to a release that crashes at start, and says why with its log", async () => {
    const crashed = await deploy({ environment: "staging", version: "1.2.0" });
    expect(errorOf(crashed)).toContain("1.2.0");
    expect(crashed.main.log).toContain("cannot start: DATABASE_URL is not set");
    const summary = renderSummary(crashed.main.summary);
    expect(summary.dom.querySelector("h3")?.text).toBe(`❌ Deploy of ${app} 1.2.0 to staging failed`);
    expect(factsOf(summary).get("Still serves")?.text).toMatch(/^1\.0\.0 \(sha256:/);
    expect(factsOf(summary).get("Deployment")?.text).toMatch(/^#\d+ \(failure\)$/);
    expect(summary.dom.querySelector("details pre code")?.text).toContain(
      "cannot start: DATABASE_URL is not set",
    );
    expect(await serving(ports.staging)).toBe("1.0.0");
    expect(githubDeployments("staging").at(-1)).toEqual({ version: "1.2.0", state: "failure" });
  });

  it("blue-green: 1.1.0 replaces 1.0.0, and 1.0.0 stays running as the standby for a fast rollback", async () => {
    const outputsSummary = await deploy({ environment: "staging", version: "1.1.0" });
    const outputs = succeeded(outputsSummary);
    expect(outputs).toMatchObject({ version: "1.1.0", "previous-version": "1.0.0" });
    expect(await serving(ports.staging)).toBe("1.1.0");
    const retained = await docker(
      "ps",
      "-a",
      "--filter",
      `label=io.github.quai.deploy.app=${app}`,
      "--filter",
      "label=io.github.quai.deploy.version=1.0.0",
      "--filter",
      "label=io.github.quai.deploy.environment=staging",
      "--format",
      "{{.State}}",
    );
    // The default standby: as long as the watch, 15 minutes; its memory is in the summary.
    expect(retained.split("\n")).toEqual(["running"]);
    expect(factsOf(renderSummary(outputsSummary.main.summary)).get("Standby")?.text).toMatch(
      /^1\.0\.0 running until \d\d:\d\d UTC( \(RSS [\d.]+ [KM]iB\))?$/,
    );
  });

  it("rolls back to the previous release: a switch back to its running standby", async () => {
    const outputs = succeeded(await deploy({ environment: "staging", rollback: "true" }));
    expect(outputs).toMatchObject({ version: "1.0.0", "previous-version": "1.1.0" });
    expect(await serving(ports.staging)).toBe("1.0.0");
    expect(githubDeployments("staging").slice(-2)).toEqual([
      { version: "1.1.0", state: ROLLED_BACK_STATE },
      { version: "1.0.0", state: "success" },
    ]);
  });

  it("lets one deployment at a time hold an environment", async () => {
    const first = startAction("deploy-env", {
      workspace,
      githubToken: TOKEN,
      env: { GITHUB_API_URL: github.url, GITHUB_REPOSITORY: REPOSITORY, E2E_API_KEY: API_KEY },
      inputs: { "github-token": TOKEN, environment: "staging", version: "1.1.0" },
    });
    await first.waitForLog(/Deploying .* 1\.1\.0/, 60_000);
    const second = await deploy({ environment: "staging", version: "1.0.0", "lock-timeout": "1s" });
    expect(errorOf(second)).toMatch(/^Environment staging of .* is being deployed by /);
    succeeded(await first.result);
    expect(await serving(ports.staging)).toBe("1.1.0");
  });

  it("fails clearly when the target does not answer, or a port is taken", async () => {
    expect(
      errorOf(await deploy({ environment: "staging", version: "1.1.0", target: "tcp://127.0.0.1:1" })),
    ).toMatch(/^No Docker engine answers at tcp:\/\/127\.0\.0\.1:1/);
    const unknown = await deploy({ environment: "prod", version: "1.0.0" });
    expect(errorOf(unknown)).toMatch(/^Invalid environment: "prod" \(not declared in quai\.yml/);
    expect(unknown.main.annotations[0]).toMatchObject({ file: "quai.yml" });
    const busy = await deploy({ environment: "busy", version: "1.0.0" });
    expect(errorOf(busy)).toContain(`127.0.0.1:${ports.busy}`);
    expect(
      await docker(
        "ps",
        "-aq",
        "--filter",
        `label=io.github.quai.deploy.app=${app}`,
        "--filter",
        "label=io.github.quai.deploy.environment=busy",
      ),
    ).toBe("");
  });
});

describe.skipIf(onFirstEngineOnly)("deploy-env through ssh://", () => {
  const sshTarget = `ssh://${testbed.ssh.user}@${testbed.ssh.address}`;
  const knownHosts = () => readFileSync(testbed.ssh.knownHosts, "utf8");

  it("deploys to the engine behind the test bed's sshd, checking its host key", async () => {
    const result = await deploy(
      { environment: "staging", version: "1.0.0", target: sshTarget, "ssh-known-hosts": knownHosts() },
      { QUAI_SSH_IDENTITY: testbed.ssh.identityFile },
    );
    const outputs = succeeded(result);
    expect(outputs).toMatchObject({ version: "1.0.0", "previous-version": "1.1.0" });
    expect(await serving(ports.staging)).toBe("1.0.0");
    // The known_hosts file written for the connection is gone once it is made.
    expect(
      readdirSync(join(result.home, "runner-temp")).filter((name) => name.startsWith("quai-engine-")),
    ).toEqual([]);
  });

  it("refuses a host whose key is not the one recorded, and changes nothing", async () => {
    const otherKey = knownHosts().replace(
      /ssh-ed25519 \S+/,
      "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIDUaWM9hFnKhx0RcK4Ag1y8sRHkUa1YT6U3iGJ8MPAtz",
    );
    const refused = await deploy(
      { environment: "staging", version: "1.1.0", target: sshTarget, "ssh-known-hosts": otherKey },
      { QUAI_SSH_IDENTITY: testbed.ssh.identityFile },
    );
    expect(errorOf(refused)).toMatch(/^Refused the SSH host key of ssh:\/\/root@127\.0\.0\.1:2222/);
    expect(await serving(ports.staging)).toBe("1.0.0");
  });
});

describe("deploy-env with no proxy-image, and with nginx-unprivileged", () => {
  // Another app in its own workspace, whose quai.yml names no image: deploy-env's default proxy,
  // nginx:1.27-alpine, pulled by the engine through its Docker Hub mirror (the test bed's stand-in
  // has the official image's layout: user nginx, /docker-entrypoint.sh, conf.d, /var/run), and
  // nginxinc/nginx-unprivileged:1.27-alpine (uid 101, port 8080) where an environment names it.
  let proxyApp: string;
  let proxyWorkspace: string;
  let proxyPorts: Record<"alpine" | "unprivileged", number>;

  beforeAll(async () => {
    proxyApp = `${app}-px`;
    proxyPorts = { alpine: await freePort(), unprivileged: await freePort() };
    proxyWorkspace = workspaceWith("release-app");
    writeFileSync(
      `${proxyWorkspace}/quai.yml`,
      `app: ${proxyApp}
repository: ${releases.repository}
defaults:
  port: 8080
  health: { path: /health, successes: 2, interval: 500ms }
  deploy-timeout: 40s
  drain: 1s
environments:
  alpine-proxy:
    publish: 127.0.0.1:${proxyPorts.alpine}
  unprivileged-proxy:
    publish: 127.0.0.1:${proxyPorts.unprivileged}
    proxy-image: nginxinc/nginx-unprivileged:1.27-alpine
`,
    );
  });

  afterAll(async () => {
    if (proxyApp) await removeDeployedApp(proxyApp);
  });

  const deployHere = (inputs: Record<string, string>) =>
    runAction("deploy-env", {
      workspace: proxyWorkspace,
      githubToken: TOKEN,
      env: { GITHUB_API_URL: github.url, GITHUB_REPOSITORY: REPOSITORY },
      inputs: { "github-token": TOKEN, ...inputs },
    });

  /** The image the environment's proxy container was created from, as deploy-env named it. */
  const proxyImageOf = async (environment: string) => {
    const proxy = await docker(
      "ps",
      "-q",
      "--filter",
      `label=io.github.quai.deploy.app=${proxyApp}`,
      "--filter",
      `label=io.github.quai.deploy.environment=${environment}`,
      "--filter",
      "label=io.github.quai.deploy.role=proxy",
    );
    return docker("inspect", "--format", "{{.Config.Image}}", proxy);
  };

  it.each([
    ["alpine-proxy", "alpine", "nginx:1.27-alpine", "nginx"],
    [
      "unprivileged-proxy",
      "unprivileged",
      "nginxinc/nginx-unprivileged:1.27-alpine",
      "nginxinc/nginx-unprivileged",
    ],
  ] as const)(
    "%s: serves through %s, and switches releases with it",
    async (environment, port, proxyImage, name) => {
      const first = await deployHere({ environment, version: "1.0.0" });
      succeeded(first);
      expect(await serving(proxyPorts[port])).toBe("1.0.0");
      // Pinned by the digest the engine pulled from its Docker Hub mirror under the Docker Hub name.
      const pinned = `${name}@${hubMirrorDigest(proxyImage)}`;
      expect(first.main.log).toContain(
        `The proxy image ${proxyImage} is pinned by its registry digest: ${pinned}`,
      );
      expect(await proxyImageOf(environment)).toBe(pinned);
      // The switch reloads nginx in that image: its new workers route to 1.1.0.
      succeeded(await deployHere({ environment, version: "1.1.0" }));
      expect(await serving(proxyPorts[port])).toBe("1.1.0");
    },
  );
});

describe("deploy-env cancelled", () => {
  it("leaves no candidate and no lock once its post step ran", async () => {
    const servedBefore = await serving(ports.staging);
    const running = startAction("deploy-env", {
      workspace,
      githubToken: TOKEN,
      env: { GITHUB_API_URL: github.url, GITHUB_REPOSITORY: REPOSITORY, E2E_API_KEY: API_KEY },
      // 1.3.0 never gets healthy: the run is cancelled while its health gate waits.
      inputs: { "github-token": TOKEN, environment: "staging", version: "1.3.0" },
    });
    await running.waitForLog(/::group::Health/, 60_000);
    running.cancel();
    const result = await running.result;
    expect(result.main.exitCode).not.toBe(0);
    expect(result.post?.exitCode, result.post?.log).toBe(0);
    const left = await docker(
      "ps",
      "-aq",
      "--filter",
      `label=io.github.quai.deploy.app=${app}`,
      "--filter",
      "label=io.github.quai.deploy.version=1.3.0",
    );
    expect(left).toBe("");
    expect(await docker("ps", "-aq", "--filter", `name=quai-lease-${app}-staging`)).toBe("");
    // What served before the cancelled run still serves (1.0.0 after the ssh:// case, 1.1.0 where it does not run).
    expect(servedBefore).toMatch(/^1\.[01]\.0$/);
    expect(await serving(ports.staging)).toBe(servedBefore);
  });
});

describe("deploy-env killed with kill -9, its post step never run", () => {
  it("leaves a candidate and an unfinished deployment, which the next deploy removes and closes as error", async () => {
    const servedBefore = await serving(ports.staging);
    const running = startAction("deploy-env", {
      workspace,
      githubToken: TOKEN,
      env: { GITHUB_API_URL: github.url, GITHUB_REPOSITORY: REPOSITORY, E2E_API_KEY: API_KEY },
      inputs: { "github-token": TOKEN, environment: "staging", version: "1.3.0" },
      post: false,
    });
    await running.waitForLog(/::group::Health/, 60_000);
    running.cancel("SIGKILL");
    expect((await running.result).main.signal).toBe("SIGKILL");
    const candidateOf = () =>
      docker(
        "ps",
        "-aq",
        "--filter",
        `label=io.github.quai.deploy.app=${app}`,
        "--filter",
        "label=io.github.quai.deploy.version=1.3.0",
      );
    expect(await candidateOf()).not.toBe("");
    expect(githubDeployments("staging").at(-1)).toEqual({ version: "1.3.0", state: "in_progress" });
    // Its lease would expire minutes from now: the test moves its expiry into the past, as time would.
    const lease = `quai-lease-${app}-staging`;
    const expired = await tarFromEntries(
      [{ path: "expires-at", type: "file", mode: 0o644, content: "1970-01-01T00:00:00.000Z" }],
      1,
    );
    await (await connectEngine()).api.getContainer(lease).putArchive(expired, { path: "/" });

    const next = servedBefore === "1.0.0" ? "1.1.0" : "1.0.0";
    const result = await deploy({ environment: "staging", version: next });
    succeeded(result);
    expect(result.main.log).toMatch(/Removed what run \S+ left: quai-\S+-staging-1\.3\.0-/);
    expect(await candidateOf()).toBe("");
    expect(await serving(ports.staging)).toBe(next);
    expect(githubDeployments("staging").slice(-2)).toEqual([
      { version: "1.3.0", state: "error" },
      { version: next, state: "success" },
    ]);
  });
});

describe.skipIf(onFirstEngineOnly)("deploy-env on Docker Swarm", () => {
  it("updates the service, and a release that fails its health check is rolled back by Swarm", async () => {
    succeeded(await deploy({ environment: "swarm", version: "1.0.0" }));
    const updated = await deploy({ environment: "swarm", version: "1.1.0" });
    succeeded(updated);
    expect(await serving(ports.swarm), updated.main.log).toBe("1.1.0");
    const failed = await deploy({ environment: "swarm", version: "1.3.0", "deploy-timeout": "60s" });
    expect(errorOf(failed)).toContain("1.3.0");
    expect(await serving(ports.swarm), failed.main.log).toBe("1.1.0");
  });
});
