import type { Reporter } from "@quai/core";
import { describe, expect, it, vi } from "vitest";
import type { DeployTarget } from "./contract";
import { ReleaseFailedError } from "./deploy-phases";
import {
  type DeployDependencies,
  type DeployProgress,
  type DeployRequest,
  previewDeployment,
  type ReleaseRegistry,
  runDeployment,
} from "./deployment-run";
import { DEFAULT_WATCH, DEFAULT_WATCH_WINDOW_MS, type EnvironmentSettings } from "./environment-settings";
import { GateRefusal } from "./promotion-gate";
import { FakeLeases, FakeTarget } from "./testing/fake-target";
import { MemoryLedger } from "./testing/memory-ledger";

const REPOSITORY = "127.0.0.1:5000/demo/counter";
const digestOf = (version: string) => `sha256:${version.replace(/\./g, "").padStart(64, "a")}`;

function settings(name: string, after?: string): EnvironmentSettings {
  return {
    app: "counter",
    name,
    after,
    target: "docker",
    url: `https://${name}.example`,
    containerPort: 8080,
    publish: "127.0.0.1:18080",
    strategy: "blue-green",
    health: {
      probe: { kind: "http", path: "/health", expectedStatus: 200 },
      successes: 1,
      intervalMs: 10,
      timeoutMs: 1000,
    },
    retain: 3,
    drainMs: 0,
    proxyImage: "nginx",
    production: name === "production",
    networks: [],
    confinement: { capAdd: [], readOnly: false, pids: 4096 },
    variables: [],
    repository: REPOSITORY,
    blocked: [{ version: "1.0.3", reason: "corrupts counters" }],
    watch: DEFAULT_WATCH,
  };
}

/** One environment's target, with a ledger shared by all stages, as the real ones are. */
function bed() {
  const ledger = new MemoryLedger();
  const targets = new Map<string, FakeTarget>();
  const leases = new FakeLeases();
  const registry: ReleaseRegistry = {
    digestOf: async (_repository, version) => (version === "9.9.9" ? undefined : digestOf(version)),
  };
  const lines: string[] = [];
  const reporter: Reporter = {
    info: (line) => lines.push(line),
    warning: (line) => lines.push(`warning: ${line}`),
    group: (_name, work) => work(),
  };
  const run = <T>(
    work: (request: DeployRequest, dependencies: DeployDependencies) => Promise<T>,
    environment: EnvironmentSettings,
    choice: DeployRequest["choice"],
    extra: Partial<DeployRequest> = {},
    progress?: DeployProgress,
  ) => {
    const target = targets.get(environment.name) ?? new FakeTarget();
    targets.set(environment.name, target);
    return work(
      {
        settings: environment,
        choice,
        variables: [],
        actor: "octocat",
        commit: "c0ffee",
        runId: "run-1",
        deployId: `deploy-${ledger.deployments.length + 1}`,
        lockTimeoutMs: 0,
        ...extra,
      },
      { target, leases, ledger, registry, reporter, progress },
    );
  };
  const deploy = (
    ...args: [EnvironmentSettings, DeployRequest["choice"], Partial<DeployRequest>?, DeployProgress?]
  ) => run(runDeployment, ...args);
  const preview = (...args: [EnvironmentSettings, DeployRequest["choice"], Partial<DeployRequest>?]) =>
    run(previewDeployment, ...args);
  return { ledger, targets, leases, deploy, preview, lines };
}

/** A staging deployment its run left in progress: killed (kill -9), so no post step closed it. */
function startAbandoned(ledger: MemoryLedger, version: string) {
  return ledger.start({
    app: "counter",
    environment: "staging",
    version,
    digest: digestOf(version),
    actor: "someone",
    commit: "c0ffee",
  });
}

const staging = settings("staging");
const production = settings("production", "staging");
const version = (text: string) => ({ kind: "version" as const, version: text, repository: REPOSITORY });

describe("runDeployment", () => {
  it("deploys a version by its digest and records it in the ledger", async () => {
    const { deploy, ledger, targets, leases } = bed();
    const result = await deploy(staging, version("1.0.0"));
    expect(result.release).toMatchObject({
      version: "1.0.0",
      digest: digestOf("1.0.0"),
      image: `${REPOSITORY}@${digestOf("1.0.0")}`,
    });
    expect(targets.get("staging")?.plans[0]?.plan.labels).toMatchObject({
      app: "counter",
      environment: "staging",
      version: "1.0.0",
      digest: digestOf("1.0.0"),
      commit: "c0ffee",
      "deploy-id": "deploy-1",
      actor: "octocat",
    });
    expect(ledger.deployments).toMatchObject([
      { environment: "staging", version: "1.0.0", status: "success", url: "https://staging.example" },
    ]);
    expect(leases.holder).toBeUndefined();
  });

  it("keeps the previous release as the standby for watch.standby, the watch's default window when unset, none at 0", async () => {
    const { deploy, targets } = bed();
    await deploy(staging, version("1.0.0"));
    const second = await deploy(staging, version("1.0.1"));
    const planned = () => targets.get("staging")?.plans.at(-1)?.plan.standbyMs;
    expect(planned()).toBe(DEFAULT_WATCH_WINDOW_MS);
    expect(DEFAULT_WATCH_WINDOW_MS).toBe(15 * 60_000);
    expect(second.outcome.standby).toMatchObject({ version: "1.0.0" });

    const off = { ...staging, watch: { ...DEFAULT_WATCH, standbyMs: 0 } };
    const third = await deploy(off, version("1.0.2"));
    expect(planned()).toBe(0);
    expect(third.outcome.standby).toBeUndefined();
    await deploy({ ...staging, watch: { ...DEFAULT_WATCH, standbyMs: 60_000 } }, version("1.0.4"));
    expect(planned()).toBe(60_000);
  });

  it("cleans up after a run killed mid-deploy: its candidate removed, its deployment closed as error", async () => {
    const { deploy, ledger, targets, lines } = bed();
    await deploy(staging, version("1.0.0"));
    // A run killed with kill -9 during its health gate: no post step, its entry left in progress.
    const killed = await startAbandoned(ledger, "1.1.0");
    targets.get("staging")?.abandoned.push("run-killed");
    const descriptions = new Map<string, string | undefined>();
    const finish = ledger.finish.bind(ledger);
    ledger.finish = (
      id: string,
      status: Parameters<typeof finish>[1],
      details?: { description?: string },
    ) => {
      descriptions.set(id, details?.description);
      return finish(id, status);
    };
    await deploy(staging, version("1.2.0"), { runId: "run-2" });
    expect(targets.get("staging")?.cleanedUp).toEqual(["run-killed"]);
    expect(ledger.deployments.find((deployment) => deployment.id === killed.id)?.status).toBe("error");
    expect(descriptions.get(killed.id)).toMatch(
      /^Abandoned: its run ended without finishing; closed by octocat's deploy$/,
    );
    expect(ledger.deployments.at(-1)).toMatchObject({ version: "1.2.0", status: "success" });
    expect(lines).toContain("Removed what run run-killed left: the candidate of run-killed");
  });

  it("a rollback switches first and cleans up after abandoned runs after, still under the lease", async () => {
    const { deploy, ledger, targets, leases } = bed();
    await deploy(staging, version("1.0.0"));
    await deploy(staging, version("1.1.0"));
    const killed = await startAbandoned(ledger, "1.2.0");
    const target = targets.get("staging") as FakeTarget;
    target.abandoned.push("run-killed");
    const order: string[] = [];
    const rollBack = target.rollback.bind(target);
    target.rollback = (plan) => {
      order.push("rollback");
      return rollBack(plan);
    };
    const cleanUpRun = target.cleanUpRun.bind(target);
    target.cleanUpRun = (runId) => {
      order.push(`clean up ${runId} (lease held by ${leases.holder?.holder})`);
      return cleanUpRun(runId);
    };
    const result = await deploy(staging, { kind: "rollback" }, { runId: "run-3" });
    expect(result.release.version).toBe("1.0.0");
    expect(order).toEqual(["rollback", "clean up run-killed (lease held by octocat)"]);
    expect(ledger.deployments.find((deployment) => deployment.id === killed.id)?.status).toBe("error");
    expect(result.deployment.status).toBe("success");
    expect(leases.holder).toBeUndefined();
  });

  it("renews its lease while the deploy runs, and stops once it ends", async () => {
    vi.useFakeTimers();
    try {
      const { deploy, targets, leases } = bed();
      const target = new FakeTarget();
      const deployNow = target.deploy.bind(target);
      let letDeployEnd = () => {};
      target.deploy = async (plan) => {
        await new Promise<void>((resolve) => {
          letDeployEnd = resolve;
        });
        return deployNow(plan);
      };
      targets.set("staging", target);
      const running = deploy(staging, version("1.0.0"));
      // The lease lives the health timeout (1 s) + drain (0) + 5 min; it is renewed every third of that.
      const renewEvery = (1000 + 300_000) / 3;
      await vi.advanceTimersByTimeAsync(2 * renewEvery + 1);
      expect(leases.renewals).toBe(2);
      letDeployEnd();
      await running;
      await vi.advanceTimersByTimeAsync(3 * renewEvery);
      expect(leases.renewals).toBe(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it("promotes only a digest the previous stage validated", async () => {
    const { deploy, ledger } = bed();
    await expect(deploy(production, version("1.0.0"))).rejects.toThrowError(
      `counter 1.0.0 (${digestOf("1.0.0").slice(0, 19)}) has not been deployed successfully to staging, which production comes after`,
    );
    await deploy(staging, version("1.0.0"));
    const result = await deploy(production, version("1.0.0"));
    expect(result.release.digest).toBe(digestOf("1.0.0"));
    expect(ledger.deployments.map((deployment) => `${deployment.environment} ${deployment.status}`)).toEqual([
      "staging success",
      "production success",
    ]);
  });

  it("lets force with a reason through the gate, and records the reason", async () => {
    const { deploy, ledger, lines } = bed();
    const result = await deploy(production, version("1.0.0"), { force: { reason: "hotfix" } });
    expect(result.forced).toMatch(/has not been deployed successfully to staging.*; forced: hotfix$/);
    expect(ledger.deployments[0]?.forcedReason).toBe(result.forced);
    expect(lines.some((line) => line.startsWith("warning: Promotion gate overridden"))).toBe(true);
  });

  it("refuses a blocked release everywhere, from quai.yml or the ledger", async () => {
    const { deploy, ledger } = bed();
    await expect(deploy(staging, version("1.0.3"))).rejects.toThrowError(
      "counter 1.0.3 is blocked (corrupts counters; by quai.yml)",
    );
    await ledger.block({
      app: "counter",
      digest: digestOf("1.0.4"),
      version: "1.0.4",
      reason: "leaks memory",
      blockedBy: "drift-bot",
    });
    await expect(deploy(staging, version("1.0.4"))).rejects.toThrowError(
      /^counter 1\.0\.4 is blocked \(leaks memory; by drift-bot on /,
    );
    expect(ledger.deployments).toEqual([]);
  });

  it("says so when the registry has no such version", async () => {
    const { deploy, ledger } = bed();
    await expect(deploy(staging, version("9.9.9"))).rejects.toThrowError(
      `${REPOSITORY} has no release 9.9.9`,
    );
    expect(ledger.deployments).toEqual([]);
  });

  it("records a failed deployment as failure, with the reason, and releases the lock", async () => {
    const { deploy, ledger, targets, leases } = bed();
    await deploy(staging, version("1.0.0"));
    const target = targets.get("staging");
    if (target) target.failNext = "counter 1.1.0 crashed at start";
    await expect(deploy(staging, version("1.1.0"))).rejects.toThrowError("counter 1.1.0 crashed at start");
    expect(ledger.deployments.map((deployment) => deployment.status)).toEqual(["success", "failure"]);
    expect(ledger.deployments[1]).toMatchObject({
      previousVersion: "1.0.0",
      previousDigest: digestOf("1.0.0"),
    });
    expect(target?.current?.version).toBe("1.0.0");
    expect(leases.holder).toBeUndefined();
  });

  it("rolls back to the previous successful release and marks the undone one rolled_back", async () => {
    const { deploy, ledger, targets } = bed();
    await deploy(staging, version("1.0.0"));
    await deploy(staging, version("1.1.0"));
    const result = await deploy(staging, { kind: "rollback" });
    expect(result.release).toMatchObject({ version: "1.0.0", digest: digestOf("1.0.0") });
    expect(result.previous?.version).toBe("1.1.0");
    expect(targets.get("staging")?.plans.at(-1)?.kind).toBe("rollback");
    expect(ledger.deployments.map((deployment) => `${deployment.version} ${deployment.status}`)).toEqual([
      "1.0.0 success",
      "1.1.0 rolled_back",
      "1.0.0 success",
    ]);
    expect(ledger.deployments[2]?.rollbackOf).toBe(ledger.deployments[1]?.id);
  });

  it("holds automatic deploys after an automatic rollback, until a person deploys by hand", async () => {
    const { deploy, ledger } = bed();
    await deploy(staging, version("1.0.0"));
    await deploy(staging, version("1.1.0"));
    await deploy(
      staging,
      { kind: "rollback" },
      {
        automatic: true,
        hold: "container health: OOM-killed",
        rollbackReason: "OOM-killed within the watch",
      },
    );
    expect(ledger.deployments[1]).toMatchObject({
      status: "rolled_back",
      description: "OOM-killed within the watch",
    });
    const held = await deploy(staging, version("1.2.0"), { automatic: true }).catch((error: Error) => error);
    expect((held as Error).message).toBe(
      "Automatic deploys of counter to staging are held since 1.0.0 was rolled back to automatically (container health: OOM-killed)",
    );
    expect(ledger.deployments).toHaveLength(3);
    // A deploy by hand goes through, and lifts the hold for the automatic ones after it.
    await deploy(staging, version("1.2.0"));
    await deploy(staging, version("1.2.1"), { automatic: true });
    expect(
      ledger.deployments.map((deployment) => `${deployment.version} ${deployment.status}`).slice(3),
    ).toEqual(["1.2.0 success", "1.2.1 success"]);
  });

  it("lets force through a hold, and lets automatic deploys through an environment never held", async () => {
    const { deploy } = bed();
    await deploy(staging, version("1.0.0"), { automatic: true });
    await deploy(staging, version("1.1.0"));
    await deploy(staging, { kind: "rollback" }, { hold: "5xx share 8% > 1%" });
    const forced = await deploy(staging, version("1.2.0"), { automatic: true, force: { reason: "fixed" } });
    expect(forced.forced).toMatch(/held since 1\.0\.0 .*; forced: fixed$/);
  });

  it("refuses a rollback with nothing to go back to", async () => {
    const { deploy } = bed();
    await deploy(staging, version("1.0.0"));
    await expect(deploy(staging, { kind: "rollback" })).rejects.toThrowError(
      "staging has no earlier successful release to roll back to",
    );
    await expect(deploy(staging, { kind: "rollback", version: "0.9.0" })).rejects.toThrowError(
      "counter 0.9.0 never served staging successfully",
    );
  });

  it("waits its turn: a lease held by another run fails the deployment before anything changes", async () => {
    const { deploy, leases, ledger } = bed();
    leases.holder = { holder: "release-manager", runId: "other" };
    await expect(deploy(staging, version("1.0.0"))).rejects.toThrowError("held by release-manager");
    expect(ledger.deployments).toEqual([]);
  });
});

describe("runDeployment's progress, for the summary of a run that fails part-way", () => {
  const unknown = (): DeployProgress => ({ serving: "unknown" });

  it("holds the new release and its deployment once it serves", async () => {
    const { deploy } = bed();
    const progress = unknown();
    await deploy(staging, version("1.0.0"), {}, progress);
    expect(progress).toMatchObject({
      settings: { name: "staging" },
      release: { version: "1.0.0" },
      serving: { version: "1.0.0", digest: digestOf("1.0.0") },
      deployment: { version: "1.0.0", status: "success" },
    });
  });

  it("holds what still serves, and the failed deployment, when the release fails", async () => {
    const { deploy, targets } = bed();
    await deploy(staging, version("1.0.0"));
    const target = targets.get("staging");
    if (target) target.failNext = "counter 1.1.0 crashed at start";
    const progress = unknown();
    await expect(deploy(staging, version("1.1.0"), {}, progress)).rejects.toThrow("crashed at start");
    expect(progress).toMatchObject({
      release: { version: "1.1.0" },
      serving: { version: "1.0.0" },
      deployment: { version: "1.1.0", status: "failure" },
    });
  });

  it("does not know what serves after a release the target could not undo", async () => {
    const { deploy, targets } = bed();
    await deploy(staging, version("1.0.0"));
    const target = targets.get("staging");
    if (target) {
      target.failNext = new ReleaseFailedError("counter 1.1.0 failed; rolling back did not finish either", {
        hint: "",
        logTail: { of: "counter 1.1.0", lines: [] },
        undone: false,
      });
    }
    const progress = unknown();
    await expect(deploy(staging, version("1.1.0"), {}, progress)).rejects.toThrow("did not finish");
    expect(progress.serving).toBe("unknown");
  });

  it("says nothing serves when a refused first release never reached the target", async () => {
    const { deploy } = bed();
    const progress = unknown();
    await expect(deploy(production, version("1.0.0"), {}, progress)).rejects.toThrow();
    expect(progress).toMatchObject({ serving: "nothing", release: { version: "1.0.0" } });
    expect(progress.deployment).toBeUndefined();
  });
});

describe("previewDeployment, the --dry-run of the CLI", () => {
  it("says what would run and what it replaces, and changes nothing", async () => {
    const { deploy, preview, ledger, targets, leases } = bed();
    await deploy(staging, version("1.0.0"));
    const before = structuredClone(ledger.deployments);
    const taken = leases.taken.length;
    const planned = await preview(staging, version("1.1.0"));
    expect(planned).toMatchObject({
      release: { version: "1.1.0", digest: digestOf("1.1.0"), image: `${REPOSITORY}@${digestOf("1.1.0")}` },
      serving: { version: "1.0.0" },
      plan: { strategy: "blue-green", health: staging.health, environment: "staging" },
    });
    expect(planned.lockHolder).toBeUndefined();
    expect(ledger.deployments).toEqual(before);
    expect(leases.taken).toHaveLength(taken);
    const target: DeployTarget | undefined = targets.get("staging");
    expect((await target?.serving("counter", "staging"))?.version).toBe("1.0.0");
  });

  it("refuses as the deployment would: a release its after: stage never ran", async () => {
    const { preview } = bed();
    await expect(preview(production, version("1.0.0"))).rejects.toBeInstanceOf(GateRefusal);
    const forced = await preview(production, version("1.0.0"), { force: { reason: "hotfix" } });
    expect(forced.forced).toMatch(/; forced: hotfix$/);
  });

  it("names the rollback's destination and the deployment it would undo", async () => {
    const { deploy, preview } = bed();
    await deploy(staging, version("1.0.0"));
    const undone = await deploy(staging, version("1.1.0"));
    const planned = await preview(staging, { kind: "rollback" });
    expect(planned.release.version).toBe("1.0.0");
    expect(planned.undoing?.id).toBe(undone.deployment.id);
  });
});
