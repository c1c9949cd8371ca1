// A DeployTarget on Docker Swarm: one service per app and environment, updated in place. Swarm
// gates each new task with the release's HEALTHCHECK (a task only runs once healthy); quai starts
// the update, watches the new tasks, and has Swarm roll back a release whose task fails.

import { isDeepStrictEqual } from "node:util";
import {
  type Attempt,
  type Clock,
  formatDuration,
  joinSentences,
  logTailNote,
  poll,
  type Reporter,
  RUN_ID_LABEL,
  systemClock,
  TimeoutError,
  UserError,
} from "@quai/core";
import type { Engine } from "@quai/docker";
import { configurationDifferences } from "../configuration-record";
import type {
  DeployOutcome,
  DeployPlan,
  DeployTarget,
  EnvironmentObservation,
  EnvironmentProbeRequest,
  HealthGate,
  HttpProbe,
  RegistryAuth,
  ServingRelease,
} from "../contract";
import { DeployPhases, ReleaseFailedError } from "../deploy-phases";
import { dockerodeHostApi, type HostApi } from "../docker-host/engine-api";
import { watchProbeSite } from "../docker-host/environment-watch";
import { followingHttpProbe } from "../docker-host/network-probe";
import { deploymentLabel, environmentLabels, ROLE_LABEL } from "../labels";
import { ensureProbeConfig } from "./probe-config";
import { ensureSecrets, removeUnmounted } from "./secrets";
import {
  appliedConfiguration,
  monitorMs,
  publishedPort,
  serviceName,
  serviceSpec,
  servingFromSpec,
} from "./service-spec";
import {
  dockerodeSwarmApi,
  type ServiceSpec,
  ServiceVersionConflictError,
  type SwarmApi,
  type SwarmService,
  type SwarmTask,
} from "./swarm-api";

export interface SwarmTargetOptions {
  /** Tasks per service (1 unless told). */
  replicas?: number;
  clock?: Clock;
}

/** How long Swarm may take, past the health gate's own time, to place and start a task. */
const SWARM_SETTLE_MS = 30_000;
const LOG_TAIL_LINES = 20;
/** How long an update may keep meeting Swarm's own progress records before quai gives up. */
const VERSION_CONFLICT_MS = 10_000;
/** The scheduler's words for a host-mode port that a running task already holds on every node. */
const PORT_IN_USE = "host-mode port already in use";

/** The verdict on a deployment; a failed one names the task that failed, when one did. */
type Settled =
  | { kind: "healthy"; service: SwarmService }
  | { kind: "failed"; reason: string; task?: SwarmTask };

export function swarmTarget(engine: Engine, options: SwarmTargetOptions = {}): DeployTarget {
  return new SwarmTarget(
    dockerodeSwarmApi(engine.api),
    dockerodeHostApi(engine.api),
    `swarm at ${engine.endpoint.address}`,
    options,
  );
}

export class SwarmTarget implements DeployTarget {
  private readonly replicas: number;
  private readonly clock: Clock;

  /** `probeHost`: the manager's engine as a Docker host, where the watcher's probe containers run. */
  constructor(
    private readonly api: SwarmApi,
    private readonly probeHost: HostApi,
    readonly description: string,
    options: SwarmTargetOptions = {},
  ) {
    this.replicas = options.replicas ?? 1;
    this.clock = options.clock ?? systemClock;
  }

  async serving(app: string, environment: string): Promise<ServingRelease | undefined> {
    const service = await this.api.inspectService(serviceName(app, environment));
    return service && servingFromSpec(service.id, service.spec);
  }

  /**
   * Swarm replaces a task that exits or turns unhealthy with a new one, so the restarts of a
   * release are its deployment's tasks that ended in failure, and the last such error says why.
   */
  async observe(app: string, environment: string): Promise<EnvironmentObservation> {
    const service = await this.api.inspectService(serviceName(app, environment));
    if (!service) return {};
    const serving = servingFromSpec(service.id, service.spec);
    const tasks = (await this.api.listTasks(service.id)).filter(
      (task) => task.labels[deploymentLabel("deploy-id")] === serving.deployId,
    );
    const failed = tasks.filter((task) => task.state === "failed" || task.state === "rejected");
    const lastError = failed.sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0]?.error ?? "";
    const exit = /non-zero exit \((\d+)\)/.exec(lastError);
    return {
      serving,
      state: {
        running: tasks.some((task) => task.state === "running"),
        restartCount: failed.length,
        // Swarm reports no OOM flag; an exit of 137 without "unhealthy" is a SIGKILL, most often the kernel's.
        oomKilled: exit?.[1] === "137" && !lastError.includes("unhealthy"),
        exitCode: exit ? Number(exit[1]) : 0,
        health: lastError.includes("unhealthy") ? "unhealthy" : undefined,
        healthLog: lastError ? [lastError] : [],
      },
      // Swarm's spec holds only what was set (no image ENV), so a variable added by hand shows too.
      configuration: configurationDifferences(appliedConfiguration(service.spec), { extraVariables: true }),
    };
  }

  /** Swarm's routing mesh, not a quai proxy, takes the requests: there is no access log to read. */
  async accessLog(): Promise<undefined> {
    return undefined;
  }

  /**
   * Swarm keeps no standby: an update replaces the tasks, and Swarm's own rollback runs the
   * previous spec again (rollback=previous), so there is never an earlier release left running.
   */
  async retireStandby(
    _app: string,
    _environment: string,
    _options: { nowMs: number; force?: boolean },
  ): Promise<string[]> {
    return [];
  }

  /**
   * A probe container on the manager, in the host's network, that requests the published port on
   * the node a task of the service runs on: what a client reaches, from outside the app's
   * container (Swarm's own HEALTHCHECK runs inside it). Each probe follows the task to its node.
   */
  async openEnvironmentProbe(
    app: string,
    environment: string,
    runId: string,
    request: EnvironmentProbeRequest,
  ): Promise<HttpProbe> {
    const name = serviceName(app, environment);
    const service = await this.api.inspectService(name);
    const port = service?.spec.EndpointSpec?.Ports?.[0]?.PublishedPort;
    if (!service || !port) {
      throw new UserError(`${app} has no service ${name} with a published port in ${environment} to probe`, {
        hint: "Deploy the environment first: its service's published port is what clients reach",
      });
    }
    const site = watchProbeSite(name, "host", { app, environment, runId }, request);
    return followingHttpProbe(this.probeHost, site, { ...request, port }, async () => {
      const address = await this.runningTaskAddress(service.id);
      return address ? { address } : { absent: `no task of ${name} runs` };
    });
  }

  private async runningTaskAddress(serviceId: string): Promise<string | undefined> {
    const task = (await this.api.listTasks(serviceId)).find(
      (candidate) => isRunning(candidate) && candidate.nodeId,
    );
    return task?.nodeId && this.api.nodeAddress(task.nodeId);
  }

  /** The log of the service's newest task. */
  async logTail(serviceId: string, lines: number): Promise<string[]> {
    const newest = (await this.api.listTasks(serviceId)).sort((a, b) =>
      b.createdAt.localeCompare(a.createdAt),
    )[0];
    return newest ? this.api.taskLogTail(newest.id, lines) : [];
  }

  async deploy(plan: DeployPlan, reporter: Reporter): Promise<DeployOutcome> {
    publishedPort(plan.publish);
    const phases = new DeployPhases(this.clock, reporter);
    const existing = await this.api.inspectService(serviceName(plan.release.app, plan.environment));
    const mounts = await phases.run("Secrets and probe", async () => ({
      secrets: await ensureSecrets(this.api, plan),
      probe: await ensureProbeConfig(this.api, plan),
    }));
    const spec = serviceSpec(plan, mounts, this.replicas);
    const service = existing
      ? await phases.run(`Update ${spec.Name} to ${plan.release.version}`, () =>
          this.update(plan, existing, spec, reporter),
        )
      : await phases.run(`Create ${spec.Name} with ${plan.release.version}`, () =>
          this.create(plan, spec, reporter),
        );
    await phases.run("Prune unused secrets and probes", () => this.pruneMounts(plan, service));
    return {
      serving: servingFromSpec(service.id, service.spec),
      previous: existing && servingFromSpec(existing.id, existing.spec),
      phases: phases.done,
      reused: false,
    };
  }

  async rollback(plan: DeployPlan, reporter: Reporter): Promise<DeployOutcome> {
    const existing = await this.api.inspectService(serviceName(plan.release.app, plan.environment));
    const previousSpec = existing?.previousSpec;
    if (
      !existing ||
      !previousSpec ||
      servingFromSpec(existing.id, previousSpec).digest !== plan.release.digest
    ) {
      reporter.info(`Swarm keeps no earlier spec with ${plan.release.digest}: deploying it as a new release`);
      return this.deploy(plan, reporter);
    }
    const phases = new DeployPhases(this.clock, reporter);
    const target = servingFromSpec(existing.id, previousSpec);
    const settled = await phases.run(`Roll ${existing.spec.Name} back to ${target.version}`, () =>
      this.restore(existing.id, target.deployId, plan, reporter),
    );
    if (settled.kind !== "healthy") {
      throw new UserError(
        `Swarm could not roll ${existing.spec.Name} back to ${target.version} (${settled.reason})`,
        {
          hint: `See why with: docker service ps ${existing.spec.Name} --no-trunc`,
        },
      );
    }
    return {
      serving: servingFromSpec(settled.service.id, settled.service.spec),
      previous: servingFromSpec(existing.id, existing.spec),
      phases: phases.done,
      reused: true,
    };
  }

  /**
   * Swarm carries an update on by itself when the run that asked for it dies, and keeps it
   * `updating` through its monitor period after quai saw it healthy: only an update Swarm paused
   * (its new tasks failed) is left undone, and the next deploy rolls it back first.
   */
  async abandonedRuns(app: string, environment: string, currentRunId: string): Promise<string[]> {
    const services = await this.api.listServices(environmentLabels(app, environment));
    const runs = services
      .filter((service) => service.updateState === "paused")
      .map((service) => service.spec.Labels?.[RUN_ID_LABEL])
      .filter((runId): runId is string => runId !== undefined && runId !== currentRunId);
    return [...new Set(runs)];
  }

  /**
   * A first deployment the run never saw healthy is removed; an update it left in progress is
   * rolled back. Then the secrets and probe configs it made that no service mounts go too.
   */
  async cleanUpRun(runId: string): Promise<string[]> {
    const cleaned: string[] = [];
    for (const service of await this.api.listServices({ [RUN_ID_LABEL]: runId })) {
      const name = service.spec.Name ?? service.id;
      if (!service.previousSpec && !(await this.api.listTasks(service.id)).some(isRunning)) {
        await this.api.removeService(service.id);
        cleaned.push(`service ${name}`);
      } else if (service.updateState === "updating" || service.updateState === "paused") {
        await this.updateService(service, "rollback");
        cleaned.push(`service ${name} (rolled back)`);
      }
    }
    const ofRun = { [RUN_ID_LABEL]: runId };
    for (const probe of await this.probeHost.listContainers({ ...ofRun, [ROLE_LABEL]: "probe" })) {
      await this.probeHost.removeContainer(probe.id);
      cleaned.push(probe.name);
    }
    const made = { secrets: await this.api.listSecrets(ofRun), configs: await this.api.listConfigs(ofRun) };
    if (made.secrets.length + made.configs.length > 0) {
      const specs = (await this.api.listServices({})).flatMap((service) => [
        service.spec,
        service.previousSpec,
      ]);
      cleaned.push(...(await removeUnmounted(this.api, made, specs)));
    }
    return cleaned;
  }

  private async create(plan: DeployPlan, spec: ServiceSpec, reporter: Reporter): Promise<SwarmService> {
    const id = await this.api.createService(spec, plan.registryAuth);
    const settled = await this.settle(id, plan.labels["deploy-id"], new Set(), plan.health, reporter);
    if (settled.kind === "healthy") return settled.service;
    const failed = await this.showFailedTask(id, settled.task, plan, reporter);
    await this.api.removeService(id);
    const logTail = { of: releaseName(plan), lines: failed.logTail };
    throw new ReleaseFailedError(
      `${releaseName(plan)} did not pass its health check in ${plan.environment} (${settled.reason}); its service ${spec.Name} was removed`,
      {
        hint: joinSentences(
          logTailNote(logTail),
          "Fix the release or its health settings, or give it longer with deploy-timeout",
        ),
        logTail,
      },
    );
  }

  /**
   * The first failed task of the new release (or the timeout) makes quai ask Swarm for the
   * rollback. Swarm only pauses a failing update (see serviceSpec): were it to roll back by itself
   * too, the two rollbacks could cross, the second one bringing the failed release back.
   */
  private async update(
    plan: DeployPlan,
    existing: SwarmService,
    spec: ServiceSpec,
    reporter: Reporter,
  ): Promise<SwarmService> {
    const previous = servingFromSpec(existing.id, existing.spec);
    const earlierTasks = await this.taskIds(existing.id);
    await this.updateService(existing, spec, plan.registryAuth);
    const settled = await this.settle(
      existing.id,
      plan.labels["deploy-id"],
      earlierTasks,
      plan.health,
      reporter,
    );
    if (settled.kind === "healthy") return settled.service;
    const failed = await this.showFailedTask(existing.id, settled.task, plan, reporter);
    const restored = await this.restore(existing.id, previous.deployId, plan, reporter);
    const logTail = { of: releaseName(plan), lines: failed.logTail };
    throw new ReleaseFailedError(
      `${releaseName(plan)} did not pass its health check in ${plan.environment} (${settled.reason}); ${
        restored.kind === "healthy"
          ? `Swarm rolled back to ${previous.version}`
          : `rolling back to ${previous.version} did not finish either (${restored.reason})`
      }`,
      {
        hint: settled.reason.includes(PORT_IN_USE)
          ? "With host-mode publishing, start-first (strategy blue-green) needs a node where the port is free: use strategy recreate on a one-node Swarm"
          : joinSentences(
              logTailNote(logTail),
              `See also: docker service ps ${existing.spec.Name} --no-trunc`,
            ),
        logTail,
        undone: restored.kind === "healthy",
      },
    );
  }

  /** Has Swarm bring back the previous spec (unless it is already doing so) and waits for it. */
  private async restore(serviceId: string, deployId: string, plan: DeployPlan, reporter: Reporter) {
    const service = await this.deployedService(serviceId);
    const earlierTasks = await this.taskIds(serviceId);
    if (!service.updateState?.startsWith("rollback")) {
      await this.updateService(service, "rollback", plan.registryAuth);
    }
    return this.settle(serviceId, deployId, earlierTasks, plan.health, reporter);
  }

  /**
   * Updates the service as read. When Swarm has moved its version since (it does so itself to
   * record an update's progress), reads it again and retries, unless its spec changed meanwhile:
   * then someone else is updating it, and quai stops rather than overwrite their change.
   */
  private async updateService(
    read: SwarmService,
    change: ServiceSpec | "rollback",
    auth?: RegistryAuth,
  ): Promise<void> {
    let service = read;
    await poll(
      async (): Promise<Attempt<void>> => {
        try {
          await this.api.updateService(service, change, auth);
          return { done: true, value: undefined };
        } catch (error) {
          if (!(error instanceof ServiceVersionConflictError)) throw error;
          service = await this.deployedService(read.id);
          if (!isDeepStrictEqual(service.spec, read.spec)) {
            throw new UserError(`${read.spec.Name} was changed by someone else while quai deployed to it`, {
              hint: "Deploy again once that change is done: quai's lease keeps out other quai runs, not other tools",
            });
          }
          return { done: false, reason: `Swarm moved ${read.spec.Name} to version ${service.version}` };
        }
      },
      {
        what: `Swarm to take the update of ${read.spec.Name}`,
        timeoutMs: VERSION_CONFLICT_MS,
        intervalMs: 100,
        clock: this.clock,
      },
    );
  }

  private async deployedService(serviceId: string): Promise<SwarmService> {
    const service = await this.api.inspectService(serviceId);
    if (!service) throw new UserError(`Service ${serviceId} was removed while quai deployed to it`);
    return service;
  }

  private async taskIds(serviceId: string): Promise<Set<string>> {
    return new Set((await this.api.listTasks(serviceId)).map((task) => task.id));
  }

  /**
   * Waits until `replicas` tasks of deployment `deployId` run in `gate.successes` looks in a row
   * (a task with a HEALTHCHECK only runs once healthy). A task started since `earlierTasks` that
   * ends (unhealthy, crashed, replaced by a rollback) or cannot be placed, or no verdict in time,
   * is a failure. A rollback may find a task of the earlier release still running: it counts.
   */
  private async settle(
    serviceId: string,
    deployId: string,
    earlierTasks: Set<string>,
    gate: HealthGate,
    reporter: Reporter,
  ): Promise<Settled> {
    let healthyLooks = 0;
    let lastReason = "";
    const attempt = async (): Promise<Attempt<Settled>> => {
      const service = await this.deployedService(serviceId);
      const tasks = (await this.api.listTasks(serviceId)).filter(
        (task) => task.labels[deploymentLabel("deploy-id")] === deployId,
      );
      const newTasks = tasks.filter((task) => !earlierTasks.has(task.id));
      const failure = failedTask(newTasks, service);
      if (failure) return { done: true, value: { kind: "failed", ...failure } };
      healthyLooks = tasks.filter(isRunning).length >= this.replicas ? healthyLooks + 1 : 0;
      if (healthyLooks >= gate.successes) return { done: true, value: { kind: "healthy", service } };
      const reason = describeTasks(newTasks);
      if (reason !== lastReason) reporter.info(reason);
      lastReason = reason;
      return { done: false, reason };
    };
    const timeoutMs = gate.timeoutMs + monitorMs(gate) + SWARM_SETTLE_MS;
    try {
      return await poll(attempt, {
        what: `Swarm to run deployment ${deployId} healthy`,
        timeoutMs,
        intervalMs: gate.intervalMs,
        clock: this.clock,
      });
    } catch (error) {
      if (!(error instanceof TimeoutError)) throw error;
      return {
        kind: "failed",
        reason: `not healthy within ${formatDuration(timeoutMs)}; last: ${lastReason}`,
      };
    }
  }

  /** Shows the failed task (else the deployment's newest one): its error and last log lines. */
  private async showFailedTask(
    serviceId: string,
    failedTask: SwarmTask | undefined,
    plan: DeployPlan,
    reporter: Reporter,
  ): Promise<{ error?: string; logTail: string[] }> {
    const task =
      failedTask ??
      (await this.api.listTasks(serviceId))
        .filter((candidate) => candidate.labels[deploymentLabel("deploy-id")] === plan.labels["deploy-id"])
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
    if (!task) return { logTail: [] };
    // A task that never started has no log; its error says why.
    const logTail = await this.api.taskLogTail(task.id, LOG_TAIL_LINES).catch(() => []);
    await reporter.group(`Last log lines of ${plan.release.version} (task ${task.id})`, async () => {
      if (task.error) reporter.info(`task error: ${task.error}`);
      for (const line of logTail) reporter.info(line);
    });
    return { error: task.error, logTail };
  }

  /** Secrets of the environment that neither the serving spec nor the one before it mounts. */
  private async pruneMounts(plan: DeployPlan, service: SwarmService): Promise<void> {
    const labels = environmentLabels(plan.release.app, plan.environment);
    const made = { secrets: await this.api.listSecrets(labels), configs: await this.api.listConfigs(labels) };
    await removeUnmounted(this.api, made, [service.spec, service.previousSpec]);
  }
}

function isRunning(task: SwarmTask): boolean {
  return task.state === "running" && task.desiredState === "running";
}

function describeTasks(tasks: SwarmTask[]): string {
  if (tasks.length === 0) return "no task scheduled yet";
  return tasks.map((task) => `${task.state}${task.error ? ` (${task.error})` : ""}`).join(", ");
}

/** Task states that end a task: the release failed its health check, crashed, or was refused. */
const ENDED_STATES = new Set(["failed", "rejected", "complete", "shutdown", "orphaned"]);

/**
 * Why the deployment failed, if one of its tasks says so. Stopping the old task first frees its
 * port soon; starting first (blue-green) with host-mode publishing waits forever for a free node.
 */
function failedTask(
  tasks: SwarmTask[],
  service: SwarmService,
): { reason: string; task?: SwarmTask } | undefined {
  // Even one shut down counts (Swarm only replaces a new task to roll it back), but one that ran
  // and ended tells more.
  const ended = tasks.filter((task) => ENDED_STATES.has(task.state));
  const task = ended.find((candidate) => candidate.state !== "shutdown") ?? ended[0];
  if (task) return { reason: `a new task ended: ${task.state}${task.error ? ` (${task.error})` : ""}`, task };
  const startsFirst = service.spec.UpdateConfig?.Order === "start-first";
  const unplaceable = tasks.find(
    (candidate) => candidate.state === "pending" && candidate.error?.includes(PORT_IN_USE),
  );
  if (startsFirst && unplaceable)
    return { reason: `new task pending: ${unplaceable.error}`, task: unplaceable };
  if (service.updateState === "paused" || service.updateState === "rollback_paused") {
    return { reason: `Swarm paused the update: ${service.updateMessage}` };
  }
  return undefined;
}

function releaseName(plan: DeployPlan): string {
  return `${plan.release.app} ${plan.release.version}`;
}
