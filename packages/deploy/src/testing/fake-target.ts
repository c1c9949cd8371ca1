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

  deploy(plan: DeployPlan): Promise<DeployOutcome> {
    return this.run("deploy", plan);
  }

  rollback(plan: DeployPlan): Promise<DeployOutcome> {
    return this.run("rollback", plan);
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
    this.current = {
      version: plan.release.version,
      digest: plan.release.digest,
      image: plan.release.image,
      deployId: plan.labels["deploy-id"],
      deployedAt: plan.labels["deployed-at"],
      id: `container-${this.plans.length}`,
    };
    return { serving: this.current, previous, phases: [], reused: kind === "rollback" };
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

  async releaseRun(): Promise<number> {
    return 0;
  }
}
