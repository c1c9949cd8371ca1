// A DeployTarget and LeaseStore that only remember, for unit tests of the orchestrator.
import { UserError } from "@quai/core";
import type {
  DeployOutcome,
  DeployPlan,
  DeployTarget,
  EnvironmentObservation,
  EnvironmentProbeRequest,
  HttpProbe,
  Lease,
  LeaseHolder,
  LeaseStore,
  ReleaseState,
  ServingRelease,
} from "../contract";
import type { ProbeResult } from "../probe/probe-verdict";

export class FakeTarget implements DeployTarget {
  readonly description = "fake";
  current: ServingRelease | undefined;
  readonly plans: { kind: "deploy" | "rollback"; plan: DeployPlan }[] = [];
  /** When set, the next deploy fails with it (a message: a UserError) and the environment keeps what it served. */
  failNext: string | Error | undefined;

  async serving(): Promise<ServingRelease | undefined> {
    return this.current;
  }

  /** How the serving release fares, as a test sets it; a healthy running one by default. */
  state: ReleaseState = { running: true, restartCount: 0, oomKilled: false, exitCode: 0, healthLog: [] };
  log: string[] = [];

  /** How the environment differs from what quai wrote, as a test sets it: not at all by default. */
  configuration: string[] | undefined = [];

  async observe(): Promise<EnvironmentObservation> {
    return this.current
      ? {
          serving: this.current,
          state: { ...this.state },
          configuration: this.configuration && [...this.configuration],
        }
      : {};
  }

  /** What each probe answers, by path (a passing probe when unset); an Error is a probe that cannot run. */
  readonly probeAnswers = new Map<string, ProbeResult | Error>();
  /** Every probe opened, in order, and whether it was closed. */
  readonly probes: { runId: string; request: EnvironmentProbeRequest; closed: boolean }[] = [];

  async openEnvironmentProbe(
    _app: string,
    _environment: string,
    runId: string,
    request: EnvironmentProbeRequest,
  ): Promise<HttpProbe> {
    const opened = { runId, request, closed: false };
    this.probes.push(opened);
    return {
      probe: async () => {
        const answer = this.probeAnswers.get(request.path) ?? { healthy: true };
        if (answer instanceof Error) throw answer;
        return answer;
      },
      close: async () => {
        opened.closed = true;
      },
    };
  }

  async logTail(_id: string, lines: number): Promise<string[]> {
    return this.log.slice(-lines);
  }

  /** The proxy's access log as a test writes it, whatever the time asked; undefined: no quai proxy. */
  proxyLog: string[] | undefined = [];
  /** The times accessLog was asked for, in order. */
  readonly accessLogReads: number[] = [];

  async accessLog(_app: string, _environment: string, sinceMs: number): Promise<string[] | undefined> {
    this.accessLogReads.push(sinceMs);
    return this.proxyLog && [...this.proxyLog];
  }

  deploy(plan: DeployPlan): Promise<DeployOutcome> {
    return this.run("deploy", plan);
  }

  rollback(plan: DeployPlan): Promise<DeployOutcome> {
    return this.run("rollback", plan);
  }

  /** The previous release a deploy left running (plan.standbyMs), until its window ends. */
  standby: { release: ServingRelease; untilMs: number } | undefined;
  /** Each retireStandby call, as the test reads them. */
  readonly retireCalls: { app: string; environment: string; nowMs: number; force: boolean }[] = [];

  async retireStandby(
    app: string,
    environment: string,
    { nowMs, force = false }: { nowMs: number; force?: boolean },
  ): Promise<string[]> {
    this.retireCalls.push({ app, environment, nowMs, force });
    if (!this.standby || (!force && nowMs < this.standby.untilMs)) return [];
    const stopped = this.standby.release.id;
    this.standby = undefined;
    return [stopped];
  }

  /** Runs that left an unfinished deployment behind, as a killed run would. */
  readonly abandoned: string[] = [];
  readonly cleanedUp: string[] = [];

  async cleanUpRun(runId: string): Promise<string[]> {
    this.cleanedUp.push(runId);
    const index = this.abandoned.indexOf(runId);
    if (index >= 0) this.abandoned.splice(index, 1);
    return index >= 0 ? [`the candidate of ${runId}`] : [];
  }

  async abandonedRuns(_app: string, _environment: string, currentRunId: string): Promise<string[]> {
    return this.abandoned.filter((runId) => runId !== currentRunId);
  }

  private async run(kind: "deploy" | "rollback", plan: DeployPlan): Promise<DeployOutcome> {
    this.plans.push({ kind, plan });
    if (this.failNext) {
      const failure = this.failNext;
      this.failNext = undefined;
      throw typeof failure === "string" ? new UserError(failure) : failure;
    }
    const previous = this.current;
    // As a Docker host: the last standby goes first; a deploy (never a rollback) leaves a new one.
    this.standby = undefined;
    const standbyMs = kind === "deploy" ? (plan.standbyMs ?? 0) : 0;
    const untilMs = Date.parse(plan.labels["deployed-at"]) + standbyMs;
    if (previous && standbyMs > 0) this.standby = { release: previous, untilMs };
    this.current = {
      version: plan.release.version,
      digest: plan.release.digest,
      image: plan.release.image,
      deployId: plan.labels["deploy-id"],
      deployedAt: plan.labels["deployed-at"],
      id: `container-${this.plans.length}`,
    };
    return {
      serving: this.current,
      previous,
      phases: [],
      reused: kind === "rollback",
      ...(this.standby && {
        standby: { version: this.standby.release.version, until: new Date(untilMs).toISOString() },
      }),
    };
  }
}

export class FakeLeases implements LeaseStore {
  holder: LeaseHolder | undefined;
  renewals = 0;
  readonly taken: LeaseHolder[] = [];

  async acquire(_key: { app: string; environment: string }, holder: LeaseHolder): Promise<Lease> {
    if (this.holder) throw new UserError(`held by ${this.holder.holder}`);
    this.holder = holder;
    this.taken.push(holder);
    return {
      holder,
      expiresAt: new Date(0),
      renew: async () => {
        this.renewals++;
      },
      release: async () => {
        this.holder = undefined;
      },
    };
  }

  async releaseRun(_runId: string): Promise<number> {
    return 0;
  }

  async heldBy(): Promise<LeaseHolder | undefined> {
    return this.holder;
  }
}
