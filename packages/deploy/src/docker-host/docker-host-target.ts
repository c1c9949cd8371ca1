// DeployTarget for one Docker engine: each app and environment gets a network and an nginx proxy;
// releases are containers behind it, and traffic moves by reconfiguring the proxy.
//
// What the engine records, and why:
// - The proxy's configuration names the container it routes to (nginx-config.ts): labels cannot
//   change once a container exists, and keeping the marker in the file nginx reads means the
//   record of what serves and the actual routing cannot disagree.
// - A release container is created with restart policy `no` (a crash during the health check stays
//   a crash) and gets `unless-stopped` when it takes traffic. That policy (which can be updated) is
//   also the mark of a release that has served: a stopped one is retained for rollback, while one
//   still at `no` never took traffic and is what cleanUpRun removes for a cancelled run.
// - After a blue-green switch the previous release keeps running as the standby for
//   plan.standbyMs, secrets and restart policy as it served, so a rollback then is a proxy
//   switch. A standby is a running release that has served and is not the one routed to; its
//   window is recorded in the proxy (standby.ts). Retired, it is stopped and retained as any other.
// - Plain variables reach the container as its environment. Secret ones are written as files in
//   /run/secrets before it starts (NAME_FILE points at each), where quai's entrypoint turns them
//   into variables of the process: they never appear in its configuration (`docker inspect`),
//   labels or log lines, and their values are masked in the log tail a failure shows.
// - What quai set on a release container (variables by fingerprint, its labels, networks) is kept
//   in a label of it, and the sha256 of the proxy's configuration beside that file, so that the
//   drift watcher tells a change made by hand from quai's own (configuration-record.ts, proxy.ts).
// - A release container gains no privileges and holds no capabilities but quai.yml's cap_add, with
//   its pids and memory limits (confined()); the proxy keeps nginx's own.
import {
  type Clock,
  formatBytes,
  joinSentences,
  type LogTail,
  logTailNote,
  logTailTitle,
  type Reporter,
  RUN_ID_LABEL,
  runLabels,
  systemClock,
  UserError,
} from "@quai/core";
import { type Engine, firstLine } from "@quai/docker";
import { CONFIGURATION_LABEL, configurationRecord } from "../configuration-record";
import type {
  DeployOutcome,
  DeployPlan,
  DeployTarget,
  EnvironmentObservation,
  EnvironmentProbeRequest,
  HttpProbe,
  ServingRelease,
  StandbyRelease,
} from "../contract";
import { DeployPhases, ReleaseFailedError } from "../deploy-phases";
import {
  ACTION,
  deploymentLabel,
  environmentName,
  ROLE_LABEL,
  releaseLabels,
  releaseSettings,
  roleLabels,
  SETTINGS_LABEL,
  servingRelease,
} from "../labels";
import { type ContainerDetails, type ContainerSpec, dockerodeHostApi, type HostApi } from "./engine-api";
import { configurationDrift, openProxyProbe } from "./environment-watch";
import { type GatedContainer, probeOnce, waitUntilHealthy } from "./health-gate";
import type { ProbeSite } from "./network-probe";
import {
  activeContainerOf,
  ensureProxy,
  findProxy,
  type ProxyContainer,
  removeEnvironment,
  routedContainer,
  routeTo,
} from "./proxy";
import { releaseName, runningDigest } from "./resource-names";
import { clearStandbyRecord, readStandbyRecord, type StandbyRecord, writeStandbyRecord } from "./standby";

export interface DockerHostOptions {
  clock?: Clock;
}

/** How much of a failed release's log its error carries. */
export const LOG_TAIL_LINES = 20;
/** How often a drain says how long it has left. */
const DRAIN_TICK_MS = 1000;

/** The DeployTarget of a Docker engine, reached through dockerode. */
export function dockerHostTarget(engine: Engine, options: DockerHostOptions = {}): DeployTarget {
  return new DockerHostTarget(
    dockerodeHostApi(engine.api),
    `docker host ${engine.endpoint.address}`,
    options,
  );
}

/** Where a release comes from: a new container, or a retained one started again. */
interface ReleaseSource {
  reused: boolean;
  /** Before anything of the environment changes (pulling the image). */
  prepare(): Promise<void>;
  start(): Promise<GatedContainer>;
  /** Undoes start() after a failure. */
  discard(container: GatedContainer): Promise<void>;
}

export class DockerHostTarget implements DeployTarget {
  private readonly clock: Clock;

  constructor(
    private readonly api: HostApi,
    readonly description: string,
    options: DockerHostOptions = {},
  ) {
    this.clock = options.clock ?? systemClock;
  }

  async serving(app: string, environment: string): Promise<ServingRelease | undefined> {
    const proxy = await findProxy(this.api, app, environment);
    const active = proxy && (await this.activeContainer(proxy.id));
    return active && servingRelease(active);
  }

  async observe(app: string, environment: string): Promise<EnvironmentObservation> {
    const proxy = await findProxy(this.api, app, environment);
    // What takes the requests, whatever its labels say: a container run by hand in its place too.
    const active = proxy && (await routedContainer(this.api, proxy.id));
    if (!active) return {};
    const { running, restartCount, oomKilled, exitCode, health, healthLog } = active;
    return {
      serving: { ...servingRelease(active), digest: runningDigest(active) },
      state: { running, restartCount, oomKilled, exitCode, health, healthLog },
      configuration: await configurationDrift(this.api, proxy, active),
    };
  }

  async openEnvironmentProbe(
    app: string,
    environment: string,
    runId: string,
    request: EnvironmentProbeRequest,
  ): Promise<HttpProbe> {
    const proxy = await findProxy(this.api, app, environment);
    if (!proxy) {
      throw new UserError(`${app} has no proxy in ${environment} on ${this.description} to probe`, {
        hint: "Deploy the environment first: its proxy is what clients reach",
      });
    }
    return openProxyProbe(this.api, proxy, { app, environment, runId }, request);
  }

  logTail(id: string, lines: number): Promise<string[]> {
    return this.api.logTail(id, lines);
  }

  async accessLog(app: string, environment: string, sinceMs: number): Promise<string[] | undefined> {
    const proxy = await findProxy(this.api, app, environment);
    return proxy && this.api.stdoutSince(proxy.id, sinceMs);
  }

  deploy(plan: DeployPlan, reporter: Reporter): Promise<DeployOutcome> {
    return this.roll(plan, reporter, this.newRelease(plan, reporter));
  }

  async rollback(plan: DeployPlan, reporter: Reporter): Promise<DeployOutcome> {
    const standby = await this.standbyToSwitchTo(plan, reporter);
    if (standby) {
      const switched = await this.switchToStandby(plan, reporter, standby);
      if (switched) return switched;
    }
    // Outside its window (or not fit to take traffic now): stopped and retained, then restarted below.
    await this.retireStandby(plan.release.app, plan.environment, { nowMs: this.clock.now(), force: true });
    // A rollback keeps no standby: the release it leaves is the bad one.
    const leavingNoStandby: DeployPlan = { ...plan, standbyMs: 0 };
    const retained = await this.retainedContainer(plan);
    if (!retained) {
      reporter.info(`No retained container of ${plan.release.version} on this host: it is deployed anew`);
      return this.deploy(leavingNoStandby, reporter);
    }
    const madeWith = retained.labels[SETTINGS_LABEL];
    if (madeWith !== undefined && madeWith !== releaseSettings(plan)) {
      reporter.info(
        `The retained container ${retained.name} was made with other variables or settings than this deploy has: ${plan.release.version} is started anew from its image`,
      );
      return this.deploy(leavingNoStandby, reporter);
    }
    reporter.info(`Restarting the retained container ${retained.name} of ${plan.release.version}`);
    return this.roll(leavingNoStandby, reporter, this.retainedRelease(retained, plan, reporter));
  }

  async retireStandby(
    app: string,
    environment: string,
    { nowMs, force = false }: { nowMs: number; force?: boolean },
  ): Promise<string[]> {
    const proxy = await findProxy(this.api, app, environment);
    if (!proxy) return [];
    const record = await readStandbyRecord(this.api, proxy.id);
    const stopped: string[] = [];
    for (const standby of await this.standbys(app, environment, proxy.id)) {
      // One no record names (its proxy was made anew, the record lost) has no window left.
      const untilMs = record?.container === standby.id ? Date.parse(record.until) : Number.NEGATIVE_INFINITY;
      if (!force && nowMs < untilMs) continue;
      await this.api.stopContainer(standby.id);
      await this.emptySecrets(standby);
      stopped.push(standby.name);
    }
    if (record && !(await this.api.inspectContainer(record.container))?.running) {
      await clearStandbyRecord(this.api, proxy.id);
      // As the deploy that made the standby would have pruned had it stopped it then.
      const active = await activeContainerOf(this.api, proxy.id);
      if (active) await this.prune(app, environment, record.retain, active);
    }
    return stopped;
  }

  async cleanUpRun(runId: string): Promise<string[]> {
    const left = (await this.api.listContainers({ [RUN_ID_LABEL]: runId })).filter(
      (c) => c.labels[ROLE_LABEL],
    );
    const removed: string[] = [];
    for (const container of left.filter((c) => c.labels[ROLE_LABEL] === "app")) {
      const details = await this.api.inspectContainer(container.id);
      if (!details || details.restartPolicy === "unless-stopped") continue;
      // Switched to but not yet marked when the run was cancelled: it serves, so it stays.
      const proxy = await findProxy(this.api, appOf(details), environmentOf(details));
      if (proxy && (await activeContainerOf(this.api, proxy.id)) === details.id) continue;
      await this.api.removeContainer(details.id);
      removed.push(details.name);
    }
    for (const probe of left.filter((c) => c.labels[ROLE_LABEL] === "probe")) {
      await this.api.removeContainer(probe.id);
      removed.push(probe.name);
    }
    for (const proxy of left.filter((c) => c.labels[ROLE_LABEL] === "proxy")) {
      if ((await activeContainerOf(this.api, proxy.id)) !== undefined) continue;
      removed.push(...(await removeEnvironment(this.api, appOf(proxy), environmentOf(proxy))));
    }
    return removed;
  }

  async abandonedRuns(app: string, environment: string, currentRunId: string): Promise<string[]> {
    const proxy = await findProxy(this.api, app, environment);
    const active = proxy && (await activeContainerOf(this.api, proxy.id));
    const runs = new Set<string>();
    for (const container of await this.api.listContainers(roleLabels(app, environment, "app"))) {
      const runId = container.labels[RUN_ID_LABEL];
      if (!runId || runId === currentRunId || container.id === active) continue;
      const details = await this.api.inspectContainer(container.id);
      // Still at `no`: a candidate that never took traffic (see the top of this file).
      if (details?.restartPolicy === "no") runs.add(runId);
    }
    return [...runs];
  }

  /**
   * The strategy around one release: start it, gate it, switch the proxy to it, retire what
   * served before. On any failure the release is undone and the environment serves what it did.
   */
  private async roll(plan: DeployPlan, reporter: Reporter, source: ReleaseSource): Promise<DeployOutcome> {
    const phases = new DeployPhases(this.clock, reporter);
    if (!source.reused) await phases.run("Pull", () => source.prepare());
    const proxy = await phases.run("Proxy", () => ensureProxy(this.api, plan, reporter));
    // Never two earlier releases running: the standby of the last deploy goes before this one starts.
    if ((await this.standbys(plan.release.app, plan.environment, proxy.id)).length > 0) {
      await phases.run("Retire standby", async () => {
        const stopped = await this.retireStandby(plan.release.app, plan.environment, {
          nowMs: this.clock.now(),
          force: true,
        });
        reporter.info(`Stopped the standby ${stopped.join(", ")}, retained for rollback`);
      });
    }
    const previous = await this.activeContainer(proxy.id);
    const recreate = plan.strategy === "recreate" && previous !== undefined;
    let candidate: GatedContainer | undefined;
    try {
      if (recreate) await phases.run("Stop previous", () => this.api.stopContainer(previous.id));
      candidate = await phases.run("Start", () => source.start());
      const started = candidate;
      await phases.run("Health", () =>
        waitUntilHealthy(this.api, {
          container: started,
          gate: plan.health,
          containerPort: plan.containerPort,
          probeSite: probeSite(plan, started),
          clock: this.clock,
          report: (line) => reporter.info(line),
        }),
      );
      await phases.run("Switch", () =>
        routeTo(
          this.api,
          proxy,
          {
            containerId: started.id,
            host: started.name,
            port: plan.containerPort,
            release: plan.release.version,
          },
          this.clock,
        ),
      );
    } catch (error) {
      const logTail = {
        of: candidate?.name ?? plan.release.version,
        lines: candidate ? await this.maskedLogTail(candidate, plan) : [],
      };
      const started = candidate;
      if (started) await undoStep(reporter, `remove ${started.name}`, () => source.discard(started));
      const restarted =
        !recreate ||
        (await undoStep(reporter, `start ${previous.name} again`, () =>
          this.api.startContainer(previous.id),
        ));
      if (proxy.created) {
        await undoStep(reporter, `remove the proxy ${proxy.name}`, () =>
          removeEnvironment(this.api, plan.release.app, plan.environment),
        );
      }
      if (logTail.lines.length > 0) {
        await reporter.group(logTailTitle(logTail), async () => {
          for (const line of logTail.lines) reporter.info(line);
        });
      }
      throw releaseFailed(plan, { previous, restarted }, proxy, logTail, error);
    }
    await this.api.setRestartPolicy(candidate.id, "unless-stopped");
    const standbyMs = recreate ? 0 : (plan.standbyMs ?? 0);
    let standby: StandbyRelease | undefined;
    if (previous?.running && standbyMs > 0) {
      const kept = previous;
      standby = await phases.run("Standby", () =>
        this.keepStandby(plan, proxy.id, kept, standbyMs, reporter),
      );
    } else if (previous) {
      if (!recreate) {
        await phases.run("Drain", () => this.drain(plan, reporter));
        await phases.run("Stop previous", () => this.api.stopContainer(previous.id));
      }
      await this.emptySecrets(previous);
    }
    const serving = await this.api.inspectContainer(candidate.id);
    if (!serving) throw new UserError(`${candidate.name} was removed by someone right after it took traffic`);
    await phases.run("Prune", () =>
      this.prune(plan.release.app, plan.environment, plan.retain, serving.id, reporter),
    );
    return {
      serving: servingRelease(serving),
      previous: previous && servingRelease(previous),
      phases: phases.done,
      reused: source.reused,
      ...(standby && { standby }),
    };
  }

  /** Leaves the release that served until now running, its window recorded in the proxy. */
  private async keepStandby(
    plan: DeployPlan,
    proxyId: string,
    previous: ContainerDetails,
    standbyMs: number,
    reporter: Reporter,
  ): Promise<StandbyRelease> {
    const version = previous.labels[deploymentLabel("version")] ?? previous.name;
    const until = new Date(this.clock.now() + standbyMs).toISOString();
    await writeStandbyRecord(this.api, proxyId, {
      container: previous.id,
      version,
      until,
      retain: plan.retain,
    });
    // What the standby costs; an engine that cannot say does not fail the deploy that already serves.
    const rssBytes = await this.api.memoryUsage(previous.id).catch(() => undefined);
    reporter.info(
      `${previous.name} (${version}) stays running as the standby until ${until}: a rollback to it before then is a switch of the proxy`,
    );
    return { version, until, ...(rssBytes !== undefined && { rssBytes }) };
  }

  /**
   * The running standby a rollback to `plan` may switch straight back to: that digest, within
   * its window, made with this plan's settings, and holding this step's secrets (its process read
   * them when it started; a rotated one needs the restart that writes it in).
   */
  private async standbyToSwitchTo(
    plan: DeployPlan,
    reporter: Reporter,
  ): Promise<{ container: ContainerDetails; record: StandbyRecord } | undefined> {
    const proxy = await findProxy(this.api, plan.release.app, plan.environment);
    if (!proxy) return undefined;
    const record = await readStandbyRecord(this.api, proxy.id);
    const container = record && (await this.api.inspectContainer(record.container));
    if (
      !record ||
      !container?.running ||
      container.labels[deploymentLabel("digest")] !== plan.release.digest ||
      // A record left behind by a switch that could not clear it: that standby serves already.
      container.id === (await activeContainerOf(this.api, proxy.id))
    ) {
      return undefined;
    }
    const why = await this.unfitStandby(container, record, plan);
    if (why) {
      reporter.info(`The standby ${container.name} of ${record.version} is not switched back to: ${why}`);
      return undefined;
    }
    return { container, record };
  }

  private async unfitStandby(
    container: ContainerDetails,
    record: StandbyRecord,
    plan: DeployPlan,
  ): Promise<string | undefined> {
    if (this.clock.now() >= Date.parse(record.until)) return `its window ended at ${record.until}`;
    const madeWith = container.labels[SETTINGS_LABEL];
    if (madeWith !== undefined && madeWith !== releaseSettings(plan)) {
      return "it was made with other variables or settings than this rollback has";
    }
    for (const secret of plan.variables.filter((variable) => variable.secret)) {
      if ((await this.api.readFile(container.id, secretPath(secret.name))) !== secret.value) {
        return `it runs with another ${secret.name} than this step has`;
      }
    }
    return undefined;
  }

  /**
   * The rollback within the standby's window: one probe that it answers, the proxy switched to
   * it, then the bad release drained, stopped and retained. undefined when the probe fails:
   * nothing has changed, and the caller restarts it with the full gate instead.
   */
  private async switchToStandby(
    plan: DeployPlan,
    reporter: Reporter,
    standby: { container: ContainerDetails; record: StandbyRecord },
  ): Promise<DeployOutcome | undefined> {
    const phases = new DeployPhases(this.clock, reporter);
    const { container } = standby;
    reporter.info(`Switching back to the running standby ${container.name} of ${standby.record.version}`);
    const proxy = await phases.run("Proxy", () => ensureProxy(this.api, plan, reporter));
    const [bad, probed] = await Promise.all([
      this.activeContainer(proxy.id),
      phases.run("Probe standby", () =>
        probeOnce(this.api, {
          proxy: { id: proxy.id, network: environmentName(plan.release.app, plan.environment) },
          container,
          gate: plan.health,
          containerPort: plan.containerPort,
          probeSite: probeSite(plan, container),
          clock: this.clock,
          report: (line) => reporter.info(line),
        }).catch((error: unknown) => ({ healthy: false as const, reason: firstLine(error) })),
      ),
    ]);
    if (!probed.healthy) {
      reporter.info(
        `The standby ${container.name} does not answer (${probed.reason}): it is restarted and gated`,
      );
      return undefined;
    }
    await phases.run("Switch", () =>
      routeTo(
        this.api,
        proxy,
        {
          containerId: container.id,
          host: container.name,
          port: plan.containerPort,
          release: plan.release.version,
        },
        this.clock,
      ),
    );
    await clearStandbyRecord(this.api, proxy.id);
    if (bad) {
      await phases.run("Drain", () => this.drain(plan, reporter));
      await phases.run("Stop previous", () => this.api.stopContainer(bad.id));
      await this.emptySecrets(bad);
    }
    await phases.run("Prune", () =>
      this.prune(plan.release.app, plan.environment, plan.retain, container.id, reporter),
    );
    return {
      serving: servingRelease(container),
      previous: bad && servingRelease(bad),
      phases: phases.done,
      reused: true,
      fromStandby: true,
    };
  }

  /** Running releases that have served, besides the one the proxy routes to (see the top of this file). */
  private async standbys(app: string, environment: string, proxyId: string): Promise<ContainerDetails[]> {
    const active = await activeContainerOf(this.api, proxyId);
    const standbys: ContainerDetails[] = [];
    for (const container of await this.api.listContainers(roleLabels(app, environment, "app"))) {
      if (!container.running || container.id === active) continue;
      const details = await this.api.inspectContainer(container.id);
      if (details?.restartPolicy === "unless-stopped") standbys.push(details);
    }
    return standbys;
  }

  private newRelease(plan: DeployPlan, reporter: Reporter): ReleaseSource {
    const { image } = plan.release;
    return {
      reused: false,
      prepare: async () => {
        if (await this.api.hasImage(image)) return;
        reporter.info(`Pulling ${image}`);
        const pulled = ({ current, total }: { current: number; total: number }) =>
          reporter.progress?.(`${formatBytes(current)} of ${formatBytes(total)} pulled`);
        await this.api.pullImage(image, plan.registryAuth, pulled).catch((error: unknown) => {
          throw new UserError(`Could not pull ${image} (${firstLine(error)})`, {
            hint: "Check that the Docker host reaches the registry and that the registry credentials may pull it",
            cause: error,
          });
        });
      },
      start: async () => {
        const name = releaseName(plan);
        const env = plan.variables.map((variable) =>
          variable.secret
            ? `${variable.name}_FILE=${secretPath(variable.name)}`
            : `${variable.name}=${variable.value}`,
        );
        const network = environmentName(plan.release.app, plan.environment);
        const labels = releaseLabels(plan);
        const id = await this.api.createContainer({
          name,
          image,
          labels: {
            ...labels,
            // What the drift watcher compares the container with (configuration-record.ts).
            [CONFIGURATION_LABEL]: configurationRecord({
              env,
              labels,
              ports: [],
              networks: [network, ...(plan.networks ?? [])],
            }),
          },
          env,
          network,
          restartPolicy: "no",
          ...confined(plan),
        });
        const container = { id, name };
        try {
          for (const network of plan.networks ?? []) await this.api.connectNetwork(id, network);
          for (const secret of plan.variables.filter((variable) => variable.secret)) {
            await this.api.writeFile(id, secretPath(secret.name), secret.value, 0o444);
          }
          await this.api.startContainer(id);
        } catch (error) {
          // Not yet a candidate for the caller to discard: removed here, whatever step failed.
          await this.api.removeContainer(id);
          throw error;
        }
        reporter.info(`Started ${name} (${image})`);
        return container;
      },
      discard: (container) => this.api.removeContainer(container.id),
    };
  }

  private retainedRelease(retained: ContainerDetails, plan: DeployPlan, reporter: Reporter): ReleaseSource {
    return {
      reused: true,
      prepare: async () => {},
      start: async () => {
        // A candidate again until it serves: a crash must not be restarted by the engine.
        await this.api.setRestartPolicy(retained.id, "no");
        // The secrets this step has now, not those it had: a rollback must not undo a rotation.
        const secrets = plan.variables.filter((variable) => variable.secret);
        for (const secret of secrets)
          await this.api.writeFile(retained.id, secretPath(secret.name), secret.value, 0o444);
        if (secrets.length > 0) {
          reporter.info(
            `Wrote the current ${secrets.map(({ name }) => name).join(", ")} into ${retained.name}`,
          );
        }
        await this.api.startContainer(retained.id);
        return retained;
      },
      discard: async () => {
        await this.api.stopContainer(retained.id);
        await this.api.setRestartPolicy(retained.id, "unless-stopped");
        await this.emptySecrets(retained);
      },
    };
  }

  /**
   * Empties the secret files of a release that stopped serving: a retained container keeps no
   * secret in its writable layer (or volume) while it waits, and a rollback writes the current ones
   * before it starts again (retainedRelease). A tmpfs cannot hold them: the engine writes files
   * into a container only before it starts, and a tmpfs mounted at start would hide them.
   */
  private async emptySecrets(container: ContainerDetails): Promise<void> {
    for (const variable of container.env) {
      const path = variable.slice(variable.indexOf("=") + 1);
      if (variable.split("=")[0]?.endsWith("_FILE") && path.startsWith(`${SECRETS_DIRECTORY}/`)) {
        await this.api.writeFile(container.id, path, "", 0o444);
      }
    }
  }

  /** The newest stopped container of the plan's digest that has served here. */
  private async retainedContainer(plan: DeployPlan): Promise<ContainerDetails | undefined> {
    const containers = await this.api.listContainers({
      ...roleLabels(plan.release.app, plan.environment, "app"),
      [deploymentLabel("digest")]: plan.release.digest,
    });
    for (const container of newestFirst(containers.filter((c) => !c.running))) {
      const details = await this.api.inspectContainer(container.id);
      if (details?.restartPolicy === "unless-stopped") return details;
    }
    return undefined;
  }

  /** Lets the release switched away from finish its requests, counting down where a terminal shows it. */
  private async drain(plan: DeployPlan, reporter: Reporter): Promise<void> {
    // A log shows no countdown: one wait.
    if (!reporter.progress) return this.clock.sleep(plan.drainMs);
    for (let leftMs = plan.drainMs; leftMs > 0; leftMs -= DRAIN_TICK_MS) {
      reporter.progress?.(`${Math.ceil(leftMs / 1000)} s left for the previous release's requests`);
      await this.clock.sleep(Math.min(DRAIN_TICK_MS, leftMs));
    }
  }

  private async activeContainer(proxyId: string): Promise<ContainerDetails | undefined> {
    // Only the container quai marked: deploys and rollbacks never touch one someone else started.
    const id = await activeContainerOf(this.api, proxyId);
    return id === undefined ? undefined : this.api.inspectContainer(id);
  }

  /**
   * Keeps the newest `retain` stopped releases that served, and removes older ones with
   * their images (the engine keeps an image another container still uses). Stopped containers
   * that never served are leftovers of cancelled runs, removed too. A running standby is not one
   * of them: it counts once it is retired.
   */
  private async prune(
    app: string,
    environment: string,
    retain: number,
    activeId: string,
    reporter?: Reporter,
  ): Promise<void> {
    const containers = await this.api.listContainers(roleLabels(app, environment, "app"));
    let retained = 0;
    for (const container of newestFirst(containers.filter((c) => !c.running && c.id !== activeId))) {
      const details = await this.api.inspectContainer(container.id);
      if (details?.restartPolicy === "unless-stopped" && retained < retain) {
        retained++;
        continue;
      }
      await this.api.removeContainer(container.id);
      await this.api.removeImage(container.image);
      reporter?.info(`Removed ${container.name} (${container.labels[deploymentLabel("version")] ?? "?"})`);
    }
  }

  private async maskedLogTail(container: GatedContainer, plan: DeployPlan): Promise<string[]> {
    const secrets = plan.variables.filter((variable) => variable.secret && variable.value !== "");
    const lines = await this.api.logTail(container.id, LOG_TAIL_LINES).catch(() => []);
    return lines.map((line) =>
      secrets.reduce((masked, secret) => masked.replaceAll(secret.value, "***"), line),
    );
  }
}

/** `previous` served before; `restarted` is false when recreate stopped it and it would not start again. */
function releaseFailed(
  plan: DeployPlan,
  { previous, restarted }: { previous: ContainerDetails | undefined; restarted: boolean },
  proxy: ProxyContainer,
  logTail: LogTail,
  error: unknown,
): ReleaseFailedError {
  const { app, version } = plan.release;
  const reason = error instanceof UserError ? error.message : firstLine(error);
  const previousVersion = previous && (previous.labels[deploymentLabel("version")] ?? previous.name);
  const still = !restarted
    ? `${previousVersion} could not be started again, so nothing may serve ${plan.environment}`
    : previous
      ? `${previousVersion} still serves ${plan.environment}`
      : proxy.created
        ? "Nothing served the environment before, and nothing does now"
        : `${plan.environment} serves what it served before`;
  const hint = joinSentences(
    `It never took traffic and was removed; ${still}`,
    logTailNote(logTail),
    error instanceof UserError ? error.hint : undefined,
  );
  return new ReleaseFailedError(
    `Release ${version} of ${app} did not go live in ${plan.environment}: ${reason}`,
    {
      hint,
      logTail,
      undone: restarted,
      cause: error,
    },
  );
}

/** One step of undoing a failed release: its own failure is reported, never hiding the release's. */
async function undoStep(reporter: Reporter, what: string, step: () => Promise<unknown>): Promise<boolean> {
  try {
    await step();
    return true;
  } catch (error) {
    reporter.warning(`Could not ${what}: ${firstLine(error)}`);
    return false;
  }
}

function newestFirst<T extends { created: number }>(containers: T[]): T[] {
  return [...containers].sort((a, b) => b.created - a.created);
}

function appOf(container: { labels: Record<string, string> }): string {
  return container.labels[deploymentLabel("app")] ?? "";
}

function environmentOf(container: { labels: Record<string, string> }): string {
  return container.labels[deploymentLabel("environment")] ?? "";
}

/** The probe container of a release's health check: on its network, removed with its run. */
function probeSite(plan: DeployPlan, release: GatedContainer): ProbeSite {
  return {
    name: `${release.name}-probe`,
    network: environmentName(plan.release.app, plan.environment),
    labels: { ...roleLabels(plan.release.app, plan.environment, "probe"), ...runLabels(plan.runId, ACTION) },
  };
}

/** Where secret variables' files are: the folder Swarm mounts secrets in, read by quai's entrypoint. */
const SECRETS_DIRECTORY = "/run/secrets";

function secretPath(name: string): string {
  return `${SECRETS_DIRECTORY}/${name}`;
}

/** /tmp of a read-only release: writable by all, empty at each start (the engine's defaults, written out). */
const TMP_OPTIONS = "rw,noexec,nosuid,nodev,mode=1777";

/**
 * The release container's confinement (see Confinement). With a read-only root filesystem, /tmp is
 * a tmpfs, and /run/secrets a volume: the engine writes files into a read-only container only
 * through a volume, and a tmpfs there, mounted empty at start, would hide the secrets written
 * before it. The volume is on the host's disk, as the container's writable layer would be.
 */
function confined(plan: DeployPlan): Partial<ContainerSpec> {
  const { capAdd, readOnly, memoryBytes, pids } = plan.confinement;
  const secrets = plan.variables.some((variable) => variable.secret);
  return {
    securityOpt: ["no-new-privileges:true"],
    capDrop: ["ALL"],
    capAdd,
    readOnlyRootfs: readOnly,
    memoryBytes,
    pidsLimit: pids,
    ...(readOnly && { tmpfs: { "/tmp": TMP_OPTIONS } }),
    ...(readOnly && secrets && { volumes: [SECRETS_DIRECTORY] }),
  };
}
