// The Swarm target against the test bed's one-node Swarm: a first release, an update, an explicit
// rollback, a release Swarm rolls back by itself, secrets, and a cancelled run cleaned up.
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { newRunId, type Reporter, RUN_ID_LABEL } from "@quai/core";
import { ReleaseFailedError, swarmTarget } from "@quai/deploy";
import { connectEngine } from "@quai/docker";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DeployPlan, DeployTarget } from "../../packages/deploy/src/contract";
import { dockerodeSwarmApi, ServiceVersionConflictError } from "../../packages/deploy/src/swarm/swarm-api";
import { REPO_ROOT } from "../harness/action-harness";
import { freePort } from "../support/free-port";
import { baseImage, docker, testbed } from "../support/testbed";

const APP = `swarm-it-${newRunId().split("-").pop()}`;
const ENVIRONMENT = "staging";
const SERVICE = `quai-${APP}-${ENVIRONMENT}`;
const APP_LABEL = `io.github.quai.deploy.app=${APP}`;

/** A release of the fixture app, pushed to the test bed's registry and pinned by digest. */
interface TestRelease {
  version: string;
  image: string;
  digest: string;
}

function releaseTag(version: string): string {
  return `${testbed.registry.address}/quai-test/${APP}:${version}`;
}

async function buildRelease(version: string, healthy: boolean): Promise<TestRelease> {
  const context = mkdtempSync(join(tmpdir(), "quai-swarm-fixture-"));
  try {
    cpSync(join(REPO_ROOT, "test/fixtures/deploy-swarm"), context, { recursive: true });
    const tag = releaseTag(version);
    await docker(
      "build",
      "-q",
      "--build-arg",
      `BASE=${baseImage("base/node:18")}`,
      "--build-arg",
      `VERSION=${version}`,
      "--build-arg",
      `HEALTHY=${healthy ? "yes" : "no"}`,
      "-t",
      tag,
      context,
    );
    await docker("push", "-q", tag);
    const image = (await docker("image", "inspect", "--format", "{{index .RepoDigests 0}}", tag)).trim();
    return { version, image, digest: image.split("@")[1] ?? "" };
  } finally {
    rmSync(context, { recursive: true, force: true });
  }
}

const lines: string[] = [];
const reporter: Reporter = {
  info: (line) => lines.push(line),
  warning: (line) => lines.push(`warning: ${line}`),
  group: (_name, work) => work(),
};

let port: number;
let target: DeployTarget;
let v1: TestRelease;
let v2: TestRelease;
let broken: TestRelease;

function plan(release: TestRelease, changes: Partial<DeployPlan> = {}): DeployPlan {
  const deployId = `deploy-${release.version}-${Math.random().toString(16).slice(2, 8)}`;
  return {
    release: {
      app: APP,
      version: release.version,
      image: release.image,
      digest: release.digest,
      commit: "0123abc",
    },
    environment: ENVIRONMENT,
    strategy: "recreate",
    health: {
      probe: { kind: "http", path: "/health", expectedStatus: 200 },
      successes: 2,
      intervalMs: 500,
      timeoutMs: 15_000,
    },
    containerPort: 8080,
    publish: String(port),
    variables: [],
    labels: {
      app: APP,
      environment: ENVIRONMENT,
      version: release.version,
      digest: release.digest,
      commit: "0123abc",
      "deploy-id": deployId,
      "deployed-at": new Date().toISOString(),
      actor: "swarm-it",
    },
    confinement: { capAdd: [], readOnly: false, pids: 4096 },
    retain: 1,
    drainMs: 1000,
    proxyImage: "unused",
    runId: newRunId(),
    ...changes,
  };
}

async function served(path = "/"): Promise<string> {
  const response = await fetch(`http://127.0.0.1:${port}${path}`, { signal: AbortSignal.timeout(5000) });
  return response.text();
}

async function inspectService(): Promise<{
  Spec: { Labels: Record<string, string>; TaskTemplate: { ContainerSpec: Record<string, unknown> } };
}> {
  return JSON.parse(await docker("service", "inspect", SERVICE))[0];
}

async function leftovers(): Promise<string> {
  const services = await docker("service", "ls", "-q", "--filter", `label=${APP_LABEL}`);
  const secrets = await docker("secret", "ls", "-q", "--filter", `label=${APP_LABEL}`);
  const configs = await docker("config", "ls", "-q", "--filter", `label=${APP_LABEL}`);
  return `${services}${secrets}${configs}`.trim();
}

/** Removes the app's secrets and probe configs once no service mounts them. */
async function removeMounts(): Promise<void> {
  for (const kind of ["secret", "config"]) {
    const ids = await docker(kind, "ls", "-q", "--filter", `label=${APP_LABEL}`);
    if (ids) await docker(kind, "rm", ...ids.split("\n")).catch(() => "");
  }
}

beforeAll(async () => {
  port = await freePort();
  target = swarmTarget(await connectEngine());
  [v1, v2, broken] = await Promise.all([
    buildRelease("1", true),
    buildRelease("2", true),
    buildRelease("3", false),
  ]);
});

afterAll(async () => {
  await docker("service", "rm", SERVICE).catch(() => "");
  await removeMounts();
  await docker("image", "rm", "--force", ...["1", "2", "3"].map(releaseTag)).catch(() => "");
});

describe.sequential("the Swarm target", () => {
  it("creates the environment's service for a first release, pinned by digest and labelled", async () => {
    expect(await target.serving(APP, ENVIRONMENT)).toBeUndefined();
    const first = plan(v1);
    const outcome = await target.deploy(first, reporter);
    expect(outcome.serving).toMatchObject({ version: "1", digest: v1.digest, image: v1.image });
    expect(outcome.previous).toBeUndefined();
    expect(await served()).toBe("1");

    const { Spec } = await inspectService();
    expect(Spec.TaskTemplate.ContainerSpec.Image).toBe(v1.image);
    // The image has no shell and no HTTP client: its HEALTHCHECK is quai's probe, mounted as a config.
    // The engine writes the field as Healthcheck (Go decodes the HealthCheck quai sends either way).
    expect(Spec.TaskTemplate.ContainerSpec.Healthcheck).toMatchObject({ Test: ["CMD", "/quai-probe"] });
    await expect(docker("run", "--rm", "--entrypoint", "/bin/sh", v1.image, "-c", "true")).rejects.toThrow();
    for (const [name, value] of Object.entries(first.labels)) {
      expect(Spec.Labels[`io.github.quai.deploy.${name}`]).toBe(value);
      expect(
        (Spec.TaskTemplate.ContainerSpec.Labels as Record<string, string>)[`io.github.quai.deploy.${name}`],
      ).toBe(value);
    }
  });

  it("updates it to a new release with plain variables as env and secret ones as files", async () => {
    const variables = [
      { name: "GREETING", value: "hello", secret: false },
      { name: "API_TOKEN", value: "token-that-must-not-leak", secret: true },
    ];
    const outcome = await target.deploy(plan(v2, { variables }), reporter);
    expect(outcome.serving).toMatchObject({ version: "2", image: v2.image });
    expect(outcome.previous).toMatchObject({ version: "1" });
    expect(await served()).toBe("2");
    expect(await served("/env?name=GREETING")).toBe("hello");
    expect(await served("/secret?name=API_TOKEN")).toBe("token-that-must-not-leak");

    const inspected = JSON.stringify(await inspectService());
    expect(inspected).not.toContain("token-that-must-not-leak");
    expect(inspected).toContain("API_TOKEN_FILE=/run/secrets/API_TOKEN");
    expect(await docker("secret", "ls", "--format", "{{.Name}}", "--filter", `label=${APP_LABEL}`)).toMatch(
      new RegExp(`^${SERVICE}-API_TOKEN-[0-9a-f]{12}$`),
    );
  });

  it("rolls back to the previous release with Swarm's rollback", async () => {
    const outcome = await target.rollback(plan(v1), reporter);
    expect(outcome).toMatchObject({ reused: true, serving: { version: "1" }, previous: { version: "2" } });
    expect(await served()).toBe("1");
    expect(await target.serving(APP, ENVIRONMENT)).toMatchObject({ version: "1", digest: v1.digest });
  });

  it("keeps the last release serving when Swarm rolls back one that fails its health check", async () => {
    await target.deploy(plan(v2), reporter);
    const error = await target.deploy(plan(broken), reporter).catch((rejection: unknown) => rejection);
    expect(error).toBeInstanceOf(ReleaseFailedError);
    expect((error as ReleaseFailedError).message).toMatch(
      new RegExp(
        `^${APP} 3 did not pass its health check in staging \\(a new task ended: .+\\); Swarm rolled back to 2$`,
      ),
    );
    expect((error as ReleaseFailedError).logTail.lines.join("\n")).toContain("version 3 listening on 8080");
    expect(await served()).toBe("2");
    expect(await target.serving(APP, ENVIRONMENT)).toMatchObject({ version: "2", digest: v2.digest });
  });

  it("says start-first cannot place a new task beside the old one on a one-node Swarm, and keeps the old one", async () => {
    const error = await target
      .deploy(plan(v1, { strategy: "blue-green" }), reporter)
      .catch((rejection: unknown) => rejection);
    expect(error).toBeInstanceOf(ReleaseFailedError);
    expect((error as ReleaseFailedError).message).toMatch(
      /host-mode port already in use.*; Swarm rolled back to 2$/,
    );
    expect((error as ReleaseFailedError).hint).toMatch(/use strategy recreate on a one-node Swarm/);
    expect(await served()).toBe("2");
  });

  it("removes a cancelled run's first deployment, its secrets and probe config, never the serving service", async () => {
    const cancelled = plan(broken, {
      release: {
        app: `${APP}-x`,
        version: "3",
        image: broken.image,
        digest: broken.digest,
        commit: "0123abc",
      },
      variables: [{ name: "API_TOKEN", value: "another", secret: true }],
      health: {
        probe: { kind: "http", path: "/health", expectedStatus: 200 },
        successes: 1,
        intervalMs: 500,
        timeoutMs: 60_000,
      },
    });
    cancelled.labels.app = `${APP}-x`;
    const deploying = target.deploy(cancelled, reporter).catch((rejection: unknown) => rejection);
    const cancelledService = `quai-${APP}-x-${ENVIRONMENT}`;
    await expect
      .poll(() => docker("service", "ls", "-q", "--filter", `name=${cancelledService}`), { timeout: 30_000 })
      .not.toBe("");

    const cleaned = await target.cleanUpRun(cancelled.runId);
    expect(cleaned).toEqual([
      `service ${cancelledService}`,
      expect.stringMatching(/^secret .*-API_TOKEN-/),
      expect.stringMatching(/^config .*-probe-[0-9a-f]{12}$/),
    ]);
    expect(await deploying).toBeInstanceOf(Error);
    expect(await target.cleanUpRun(plan(v2).runId)).toEqual([]);
    expect(await served()).toBe("2");
    expect(await docker("service", "ls", "-q", "--filter", `label=${RUN_ID_LABEL}=${cancelled.runId}`)).toBe(
      "",
    );
    for (const kind of ["secret", "config"]) {
      expect(await docker(kind, "ls", "-q", "--filter", `label=${RUN_ID_LABEL}=${cancelled.runId}`)).toBe("");
    }
  });

  it("reads the engine's refusal of an update naming an old version as a version conflict", async () => {
    const swarm = dockerodeSwarmApi((await connectEngine()).api);
    const read = await swarm.inspectService(SERVICE);
    if (!read) throw new Error(`${SERVICE} is gone`);
    await docker("service", "update", "--detach", "--label-add", "io.github.quai.test=moved", SERVICE);

    await expect(swarm.updateService(read, read.spec)).rejects.toBeInstanceOf(ServiceVersionConflictError);
    expect(await served()).toBe("2");
  });

  it("leaves nothing once the service is removed", async () => {
    await docker("service", "rm", SERVICE);
    await removeMounts();
    expect(await leftovers()).toBe("");
    expect(
      execFileSync("docker", ["service", "ls", "-q", "--filter", `name=${SERVICE}`])
        .toString()
        .trim(),
    ).toBe("");
  });
});

describe("the Swarm target under the drift watcher", () => {
  const app = `${APP}-watch`;
  const service = `quai-${app}-${ENVIRONMENT}`;

  it("probes the published port from outside the task, and says a variable added by hand, never before", async () => {
    const watchPort = await freePort();
    const release = plan(v1, {
      variables: [{ name: "GREETING", value: "hello", secret: false }],
      publish: String(watchPort),
    });
    const deployed = {
      ...release,
      release: { ...release.release, app },
      labels: { ...release.labels, app },
    };
    const watchRun = newRunId();
    try {
      await target.deploy(deployed, reporter);
      expect((await target.observe(app, ENVIRONMENT)).configuration).toEqual([]);

      const probe = await target.openEnvironmentProbe(app, ENVIRONMENT, watchRun, {
        path: "/health",
        expectedStatus: 200,
        timeoutMs: 5000,
      });
      expect(await probe.probe()).toEqual({ healthy: true });
      const wrong = await target.openEnvironmentProbe(app, ENVIRONMENT, watchRun, {
        path: "/health",
        expectedStatus: 204,
        timeoutMs: 5000,
      });
      expect(await wrong.probe()).toEqual({ healthy: false, reason: "GET /health answered 200, not 204" });
      await probe.close();

      await docker("service", "update", "--detach", "--env-add", "DEBUG=1", service);
      expect((await target.observe(app, ENVIRONMENT)).configuration).toEqual([
        "variable DEBUG added outside quai",
      ]);
      // The probe left open, as a run that dies leaves it: the post step removes it.
      expect(await target.cleanUpRun(watchRun)).toHaveLength(1);
      expect(await docker("ps", "-aq", "--filter", `label=${RUN_ID_LABEL}=${watchRun}`)).toBe("");
    } finally {
      await docker("service", "rm", service).catch(() => "");
      const probes = await docker("ps", "-aq", "--filter", `label=${RUN_ID_LABEL}=${watchRun}`);
      if (probes) await docker("rm", "-f", ...probes.split("\n"));
      // Its probe config too, once no service mounts it (the file's afterAll removes APP's only).
      const configs = await docker(
        "config",
        "ls",
        "-q",
        "--filter",
        `label=io.github.quai.deploy.app=${app}`,
      );
      if (configs) await docker("config", "rm", ...configs.split("\n"));
    }
  });
});
