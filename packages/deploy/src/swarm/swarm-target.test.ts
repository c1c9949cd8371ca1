import { type Reporter, RUN_ID_LABEL } from "@quai/core";
import { FakeClock } from "@quai/core/testing";
import { describe, expect, it } from "vitest";
import type { DeployPlan } from "../contract";
import { ReleaseFailedError } from "../deploy-phases";
import { describeDeployTargetContract } from "../deploy-target-contract";
import { FakeHostApi } from "../testing/fake-host-api";
import { FakeSwarm } from "../testing/fake-swarm";
import type { SwarmService } from "./swarm-api";
import { SwarmTarget } from "./swarm-target";

const SERVICE = "quai-shop-staging";

function plan(version: string, changes: Partial<DeployPlan> = {}): DeployPlan {
  const digest = `sha256:${version.repeat(64).slice(0, 64)}`;
  return {
    release: { app: "shop", version, image: `registry.example/shop@${digest}`, digest, commit: "abc" },
    environment: "staging",
    strategy: "recreate",
    health: {
      probe: { kind: "http", path: "/health", expectedStatus: 200 },
      successes: 2,
      intervalMs: 1000,
      timeoutMs: 30_000,
    },
    containerPort: 8080,
    publish: "8080",
    variables: [],
    labels: {
      app: "shop",
      environment: "staging",
      version,
      digest,
      commit: "abc",
      "deploy-id": `deploy-${version}`,
      "deployed-at": "2025-01-01T00:00:00Z",
      actor: "octocat",
    },
    confinement: { capAdd: [], readOnly: false, pids: 4096 },
    retain: 1,
    drainMs: 0,
    proxyImage: "unused",
    runId: `run-${version}`,
    ...changes,
  };
}

function setUp() {
  const swarm = new FakeSwarm();
  const host = new FakeHostApi();
  const lines: string[] = [];
  const reporter: Reporter = {
    info: (line) => lines.push(line),
    warning: (line) => lines.push(`warning: ${line}`),
    group: (_name, work) => work(),
  };
  return {
    swarm,
    host,
    lines,
    reporter,
    target: new SwarmTarget(swarm, host, "swarm at test", { clock: new FakeClock() }),
  };
}

describeDeployTargetContract("SwarmTarget on a FakeSwarm", () => {
  const { swarm, target } = setUp();
  return {
    target,
    plan,
    failNextRelease: () => {
      swarm.nextTask = { state: "failed", error: "task: non-zero exit (1)" };
    },
  };
});

describe("SwarmTarget", () => {
  it("creates the environment's service for a first release and reads what it serves from it", async () => {
    const { swarm, reporter, target } = setUp();
    expect(await target.serving("shop", "staging")).toBeUndefined();

    const outcome = await target.deploy(plan("1"), reporter);

    expect(swarm.calls).toEqual([`create ${SERVICE}`]);
    expect(outcome).toMatchObject({
      serving: { version: "1", deployId: "deploy-1" },
      previous: undefined,
      reused: false,
    });
    expect(outcome.phases.map((phase) => phase.name)).toEqual([
      "Secrets and probe",
      `Create ${SERVICE} with 1`,
      "Prune unused secrets and probes",
    ]);
    expect(await target.serving("shop", "staging")).toEqual(outcome.serving);
  });

  it("keeps no standby: an update leaves no earlier release running, so there is none to retire", async () => {
    const { reporter, target } = setUp();
    await target.deploy(plan("1", { standbyMs: 60_000 }), reporter);
    const second = await target.deploy(plan("2", { standbyMs: 60_000 }), reporter);
    expect(second.standby).toBeUndefined();
    expect(await target.retireStandby("shop", "staging", { nowMs: 0, force: true })).toEqual([]);
  });

  it("observes the serving deployment's tasks: each failed one a restart, its error the exit and health", async () => {
    const { swarm, reporter, target } = setUp();
    expect(await target.observe("shop", "staging")).toEqual({});
    const { serving } = await target.deploy(plan("1"), reporter);
    expect((await target.observe("shop", "staging")).state).toEqual({
      running: true,
      restartCount: 0,
      oomKilled: false,
      exitCode: 0,
      health: undefined,
      healthLog: [],
    });
    const [first] = swarm.tasks;
    if (!first) throw new Error("expected the release's task");
    const labels = first.labels;
    const failed = (error: string, second: number) => ({
      ...first,
      id: `failed-${second}`,
      state: "failed",
      error,
      labels,
      createdAt: new Date(Date.UTC(2025, 0, 2, 0, 0, second)).toISOString(),
    });
    swarm.tasks.push(failed("task: non-zero exit (137): dockerexec: unhealthy container", 1));
    swarm.tasks.push(failed("task: non-zero exit (137)", 2));
    // A task of another deployment of the service is not this release's restart.
    swarm.tasks.push({ ...failed("task: non-zero exit (1)", 3), labels: {} });
    const observed = await target.observe("shop", "staging");
    expect(observed.serving).toEqual(serving);
    expect(observed.state).toEqual({
      running: true,
      restartCount: 2,
      oomKilled: true,
      exitCode: 137,
      health: undefined,
      healthLog: ["task: non-zero exit (137)"],
    });
    swarm.tasks.splice(
      0,
      swarm.tasks.length,
      failed("task: non-zero exit (137): dockerexec: unhealthy container", 4),
    );
    expect((await target.observe("shop", "staging")).state).toMatchObject({
      running: false,
      oomKilled: false,
      health: "unhealthy",
    });
  });

  it("creates and updates the service confined as the plan says", async () => {
    const { swarm, reporter, target } = setUp();
    const confined = (capAdd: string[], pids: number) => ({
      confinement: { capAdd, readOnly: true, memoryBytes: 256 * 2 ** 20, pids },
    });
    await target.deploy(plan("1", confined([], 4096)), reporter);
    await target.deploy(plan("2", confined(["CAP_NET_BIND_SERVICE"], 100)), reporter);
    const [service] = [...swarm.services.values()];
    const template = service?.spec.TaskTemplate;
    expect(template && "ContainerSpec" in template ? template.ContainerSpec : undefined).toMatchObject({
      CapabilityDrop: ["ALL"],
      CapabilityAdd: ["CAP_NET_BIND_SERVICE"],
      ReadOnly: true,
    });
    expect(template?.Resources?.Limits).toEqual({ MemoryBytes: 256 * 2 ** 20, Pids: 100 });
  });

  it("updates it in place, mounting secrets and pruning those no spec uses any more", async () => {
    const { swarm, reporter, target } = setUp();
    const token = (value: string) => [{ name: "TOKEN", value, secret: true }];
    await target.deploy(plan("1", { variables: token("first") }), reporter);
    await target.deploy(plan("2", { variables: token("second") }), reporter);
    expect(swarm.secrets.map((secret) => secret.value)).toEqual(["first", "second"]);

    const outcome = await target.deploy(plan("3", { variables: token("second") }), reporter);

    expect(outcome).toMatchObject({ serving: { version: "3" }, previous: { version: "2" } });
    expect(swarm.secrets.map((secret) => secret.value)).toEqual(["second"]);
    expect(swarm.calls).toEqual([`create ${SERVICE}`, `update ${SERVICE}`, `update ${SERVICE}`]);
  });

  it("has Swarm roll back a release whose task fails, and reports the task's error and log", async () => {
    const { swarm, lines, reporter, target } = setUp();
    await target.deploy(plan("1"), reporter);
    swarm.nextTask = { state: "failed", error: "task: non-zero exit (137): dockerexec: unhealthy container" };

    const error = await target.deploy(plan("2"), reporter).catch((rejection: unknown) => rejection);

    expect(error).toBeInstanceOf(ReleaseFailedError);
    expect((error as ReleaseFailedError).message).toBe(
      "shop 2 did not pass its health check in staging (a new task ended: failed (task: non-zero exit (137): dockerexec: unhealthy container)); Swarm rolled back to 1",
    );
    // The fake numbers every object it makes: service-1, config-2 (the probe), task-3, task-4.
    expect((error as ReleaseFailedError).logTail).toEqual({ of: "shop 2", lines: ["log of task-4"] });
    expect(lines).toContain("log of task-4");
    expect(swarm.calls).toEqual([`create ${SERVICE}`, `update ${SERVICE}`, `rollback ${SERVICE}`]);
    expect(await target.serving("shop", "staging")).toMatchObject({ version: "1" });
  });

  it("retries an update and a rollback that Swarm's own progress records got ahead of", async () => {
    const { swarm, reporter, target } = setUp();
    await target.deploy(plan("1"), reporter);
    swarm.nextTask = { state: "failed", error: "unhealthy container" };
    // Swarm writes the update's status (a new version, the same spec) just before each call.
    const progressRecord = (service: SwarmService) => ({ ...service, updateState: "updating" as const });
    swarm.changesBeforeUpdate.push(progressRecord, progressRecord);

    const error = await target.deploy(plan("2"), reporter).catch((rejection: unknown) => rejection);

    expect((error as ReleaseFailedError).message).toMatch(/; Swarm rolled back to 1$/);
    expect(swarm.calls).toEqual([`create ${SERVICE}`, `update ${SERVICE}`, `rollback ${SERVICE}`]);
    expect(await target.serving("shop", "staging")).toMatchObject({ version: "1" });
  });

  it("stops rather than overwrite a spec someone else changed while it deployed", async () => {
    const { swarm, reporter, target } = setUp();
    await target.deploy(plan("1"), reporter);
    swarm.changesBeforeUpdate.push((service) => ({
      ...service,
      spec: { ...service.spec, Labels: { ...service.spec.Labels, "changed-by": "a person" } },
    }));

    await expect(target.deploy(plan("2"), reporter)).rejects.toThrow(
      `${SERVICE} was changed by someone else while quai deployed to it`,
    );
    expect(swarm.calls).toEqual([`create ${SERVICE}`]);
    expect(await target.serving("shop", "staging")).toMatchObject({ version: "1" });
  });

  it("removes a first deployment that never becomes healthy", async () => {
    const { swarm, reporter, target } = setUp();
    swarm.nextTask = { state: "starting" };

    const error = await target.deploy(plan("1"), reporter).catch((rejection: unknown) => rejection);

    expect((error as ReleaseFailedError).message).toMatch(
      /^shop 1 did not pass its health check in staging \(not healthy within 1m 2s; last: starting\); its service quai-shop-staging was removed$/,
    );
    expect(swarm.calls).toEqual([`create ${SERVICE}`, `remove ${SERVICE}`]);
    expect(await target.serving("shop", "staging")).toBeUndefined();
  });

  it("rolls back with Swarm's previous spec when it holds the release, else deploys it anew", async () => {
    const { swarm, reporter, target } = setUp();
    await target.deploy(plan("1"), reporter);
    await target.deploy(plan("2"), reporter);

    const rolledBack = await target.rollback(
      plan("1", { labels: { ...plan("1").labels, "deploy-id": "undo" } }),
      reporter,
    );
    expect(rolledBack).toMatchObject({
      reused: true,
      serving: { version: "1", deployId: "deploy-1" },
      previous: { version: "2" },
    });

    // Swarm forgets the spec before a rollback: going back to 2 is a new deployment.
    const redeployed = await target.rollback(plan("2"), reporter);
    expect(redeployed).toMatchObject({ reused: false, serving: { version: "2" } });
    expect(swarm.calls).toEqual([
      `create ${SERVICE}`,
      `update ${SERVICE}`,
      `rollback ${SERVICE}`,
      `update ${SERVICE}`,
    ]);
  });

  it("cleans up a run's first deployment that never ran, its secrets and probe config, and never a serving service", async () => {
    const { swarm, reporter, target } = setUp();
    await target.deploy(plan("1", { variables: [{ name: "TOKEN", value: "kept", secret: true }] }), reporter);
    // A cancelled run: its service and secret exist, its task never ran.
    swarm.nextTask = { state: "pending" };
    const cancelled = plan("9", {
      release: { ...plan("9").release, app: "cart" },
      labels: { ...plan("9").labels, app: "cart" },
      variables: [{ name: "TOKEN", value: "orphan", secret: true }],
    });
    // Stuck in its health check for good, as a cancelled run leaves it: its clock never wakes up.
    const stuck = new SwarmTarget(swarm, new FakeHostApi(), "swarm at test", {
      clock: { now: () => 0, sleep: () => new Promise(() => {}) },
    });
    void stuck.deploy(cancelled, reporter);
    // The fake answers without timers: a few turns of the event loop bring the deploy to its service.
    for (
      let turn = 0;
      turn < 100 && (await swarm.listServices({ [RUN_ID_LABEL]: "run-9" })).length === 0;
      turn++
    ) {
      await new Promise((resolve) => setImmediate(resolve));
    }

    expect(await target.cleanUpRun("run-1")).toEqual([]);
    const cleaned = await target.cleanUpRun("run-9");

    expect(cleaned).toEqual([
      "service quai-cart-staging",
      expect.stringMatching(/^secret quai-cart-staging-TOKEN-/),
      expect.stringMatching(/^config quai-cart-staging-probe-[0-9a-f]{12}$/),
    ]);
    expect(swarm.secrets.map((secret) => secret.value)).toEqual(["kept"]);
    expect(swarm.configs.map((config) => config.name)).toEqual([
      expect.stringMatching(/^quai-shop-staging-probe-/),
    ]);
    expect(await swarm.listServices({ [RUN_ID_LABEL]: "run-9" })).toEqual([]);
    expect(await target.serving("shop", "staging")).toMatchObject({ version: "1" });
  });

  it("leaves an update Swarm is still carrying on (or monitoring) to it, and names a paused one's run", async () => {
    const { swarm, reporter, target } = setUp();
    await target.deploy(plan("1"), reporter);
    await target.deploy(plan("2"), reporter);
    const [service] = await swarm.listServices({});
    if (!service) throw new Error("no service");
    // Healthy to quai, but still in Swarm's monitor period: the next deploy must not undo it.
    swarm.services.set(service.id, { ...service, updateState: "updating" });
    expect(await target.abandonedRuns("shop", "staging", "run-3")).toEqual([]);
    swarm.services.set(service.id, { ...service, updateState: "paused" });
    expect(await target.abandonedRuns("shop", "staging", "run-3")).toEqual(["run-2"]);
    expect(await target.abandonedRuns("shop", "staging", "run-2")).toEqual([]);
  });

  it("refuses to publish on one address, which Swarm cannot do", async () => {
    const { swarm, reporter, target } = setUp();
    await expect(target.deploy(plan("1", { publish: "127.0.0.1:8080" }), reporter)).rejects.toThrow(
      'Invalid publish: "127.0.0.1:8080" (Swarm publishes a port on every address of its nodes)',
    );
    expect(swarm.calls).toEqual([]);
  });

  describe("under the drift watcher", () => {
    const request = { path: "/health", expectedStatus: 200, timeoutMs: 5_000 };

    it("finds a fresh service as quai wrote it, and says what was changed on it by hand", async () => {
      const { swarm, reporter, target } = setUp();
      await target.deploy(
        plan("1", { variables: [{ name: "GREETING", value: "hello", secret: false }] }),
        reporter,
      );
      expect((await target.observe("shop", "staging")).configuration).toEqual([]);
      const [service] = swarm.services.values();
      if (!service) throw new Error("expected the service");
      const spec = structuredClone(service.spec);
      const container =
        spec.TaskTemplate && "ContainerSpec" in spec.TaskTemplate
          ? spec.TaskTemplate.ContainerSpec
          : undefined;
      if (!container || !spec.TaskTemplate) throw new Error("expected a container spec");
      // docker service update --env-add GREETING=hi --env-add DEBUG=1 --network-add extra-net --publish-add 9090:8080
      container.Env = ["GREETING=hi", "DEBUG=1"];
      spec.TaskTemplate.Networks = [{ Target: "extra-net" }];
      spec.EndpointSpec?.Ports?.push({ Protocol: "tcp", TargetPort: 8080, PublishedPort: 9090 });
      swarm.services.set(service.id, { ...service, spec });
      expect((await target.observe("shop", "staging")).configuration).toEqual([
        "variable GREETING differs from what quai set",
        "variable DEBUG added outside quai",
        "port 9090->8080/tcp published outside quai",
        "network extra-net connected outside quai",
      ]);
    });

    it("probes the published port on the node the task runs on, from a host-network container, following the task", async () => {
      const { swarm, host, reporter, target } = setUp();
      await target.deploy(plan("1"), reporter);
      const probed: string[] = [];
      host.exec = async (id) => {
        const program = host.containers.get(id)?.files.get("/quai-probe") ?? "";
        probed.push(program.match(/Host: ([\d.:]+)\r\n/)?.[1] ?? "");
        return { exitCode: 0, output: "HTTP/1.1 200 OK\r\n" };
      };
      const probe = await target.openEnvironmentProbe("shop", "staging", "watch-run", request);
      expect(await probe.probe()).toEqual({ healthy: true });
      const [container] = await host.listContainers({ [RUN_ID_LABEL]: "watch-run" });
      expect(host.named(container?.name ?? "")?.spec.network).toBe("host");
      // Swarm moved the task to another node: the next probe goes there.
      swarm.nodeAddresses.set("node-2", "10.1.0.2");
      for (const task of swarm.tasks) task.nodeId = "node-2";
      expect(await probe.probe()).toEqual({ healthy: true });
      expect(probed).toEqual(["10.1.0.1:8080", "10.1.0.2:8080"]);
      expect(await host.listContainers({ [RUN_ID_LABEL]: "watch-run" })).toHaveLength(1);
      // No task runs: what a client meets, a failed probe.
      for (const task of swarm.tasks) task.state = "failed";
      expect(await probe.probe()).toEqual({ healthy: false, reason: `no task of ${SERVICE} runs` });
      expect(await target.cleanUpRun("watch-run")).toEqual([container?.name]);
      expect(await host.listContainers({ [RUN_ID_LABEL]: "watch-run" })).toEqual([]);
    });

    it("refuses to probe an environment with no service", async () => {
      const { target } = setUp();
      await expect(target.openEnvironmentProbe("shop", "staging", "watch-run", request)).rejects.toThrow(
        `shop has no service ${SERVICE} with a published port in staging to probe`,
      );
    });
  });
});
