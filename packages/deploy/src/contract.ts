// The seams of a deployment: where a release runs (DeployTarget), who may deploy now (Lease),
// and what happened before (Ledger). The orchestrator (deployment-run.ts) only talks to
// these, so a Kubernetes target or another ledger can follow without touching it.
import type { Clock, Reporter } from "@quai/core";
import type { Confinement } from "./confinement";
import type { ProbeResult } from "./probe/probe-verdict";

export const LABEL_PREFIX = "io.github.quai.deploy";

/** Labels every deployed container or service carries (keys are LABEL_PREFIX + "." + name). */
export interface DeploymentLabels {
  app: string;
  environment: string;
  version: string;
  digest: string;
  commit: string;
  "deploy-id": string;
  "deployed-at": string;
  actor: string;
}

/** One immutable release, ready to run: always `repository@digest`, never a tag. */
export interface ReleaseToRun {
  app: string;
  version: string;
  /** registry/namespace/name@sha256:… */
  image: string;
  digest: string;
  commit: string;
}

/** How the target decides a new release is fit to take traffic. */
export type HealthProbe =
  | { kind: "http"; path: string; expectedStatus: number }
  /** The image's own HEALTHCHECK, as the engine reports it. */
  | { kind: "image" }
  /** A command run inside the container; exit 0 is healthy. */
  | { kind: "command"; command: string[] };

export interface HealthGate {
  probe: HealthProbe;
  /** Consecutive successes needed. */
  successes: number;
  intervalMs: number;
  /** The whole wait: a release not healthy by then fails (the deploy-timeout input). */
  timeoutMs: number;
}

export type Strategy = "blue-green" | "recreate";

/** A variable for the container; secret ones never appear in labels, logs, or the ledger. */
export interface Variable {
  name: string;
  value: string;
  secret: boolean;
}

export interface RegistryAuth {
  username: string;
  password: string;
}

/** The proxy's certificate and key (PEM, checked: tls-certificate.ts), secrets both. */
export interface ProxyTls {
  certificate: string;
  key: string;
  redirectHttp?: string;
}

/** Everything a target needs to run one release in one environment. */
export interface DeployPlan {
  release: ReleaseToRun;
  environment: string;
  strategy: Strategy;
  health: HealthGate;
  /** The port the app listens on inside its container. */
  containerPort: number;
  /** Where the environment is served on the target host: `127.0.0.1:8080` or `8080`. */
  publish: string;
  variables: Variable[];
  /** Existing networks the app joins besides the environment's own (its database's). */
  networks?: string[];
  /** How the release's containers are confined (the Docker host's proxy is not). */
  confinement: Confinement;
  labels: DeploymentLabels;
  /** How many earlier releases stay retained (stopped, image kept) for instant rollback. */
  retain: number;
  /** How long the old release keeps serving in-flight requests after the switch. */
  drainMs: number;
  /**
   * How long, after a blue-green switch on a Docker host, the previous release keeps running as
   * the standby, so that a rollback within that window is a switch of the proxy; 0 or unset: it
   * stops after the drain. recreate and Swarm keep none.
   */
  standbyMs?: number;
  /** The reverse proxy image a Docker host switches traffic with (nginx). */
  proxyImage: string;
  /** HTTPS at the proxy: publish serves HTTPS, and plain HTTP on redirectHttp is redirected. */
  tls?: ProxyTls;
  registryAuth?: RegistryAuth;
  /** The run's id: what a cancelled run left is found by it and removed in post. */
  runId: string;
}

/** What serves an environment right now, read from the target's labels. */
export interface ServingRelease {
  version: string;
  digest: string;
  image: string;
  deployId: string;
  deployedAt: string;
  /** Container id (Docker host) or service id (Swarm). */
  id: string;
}

/** How the serving release's container fares now, as the drift watcher samples it. */
export interface ReleaseState {
  running: boolean;
  /** How often the engine restarted it (restart policy), since it was created. */
  restartCount: number;
  /** The kernel killed it for its memory limit, at its last exit. */
  oomKilled: boolean;
  exitCode: number;
  /** The image HEALTHCHECK's verdict; undefined when it has none. */
  health?: string;
  /** The last outputs of that HEALTHCHECK, oldest first. */
  healthLog: string[];
}

/** What the environment runs now, and how it fares: undefined `serving` when nothing serves. */
export interface EnvironmentObservation {
  serving?: ServingRelease;
  state?: ReleaseState;
  /**
   * How the environment differs from what quai wrote, one line a person reads each ("network
   * extra-net connected outside quai"); empty when it does not, undefined when quai recorded
   * nothing to compare with (nothing serves, or quai deployed it before it kept such a record).
   */
  configuration?: string[];
}

/** One HTTP request the drift watcher sends where the environment's clients send theirs. */
export interface EnvironmentProbeRequest {
  /** Starts with "/". */
  path: string;
  expectedStatus: number;
  /** Bounds connecting, sending and the answer, each. */
  timeoutMs: number;
}

/** A probe kept ready across samples; a probe that cannot run at all throws (not a failed probe). */
export interface HttpProbe {
  probe(): Promise<ProbeResult>;
  /** Removes what the probe runs in. */
  close(): Promise<void>;
}

export interface DeployOutcome {
  serving: ServingRelease;
  previous?: ServingRelease;
  /** What happened, phase by phase, for the job summary. */
  phases: { name: string; ms: number }[];
  /** Did the target bring back a retained release (a restart) instead of starting a new one? */
  reused: boolean;
  /** The rollback only switched the proxy to the running standby: nothing was started. */
  fromStandby?: boolean;
  /** The previous release, kept running after the switch to take traffic back until `until`. */
  standby?: StandbyRelease;
}

/** A previous release kept running after a blue-green switch (DeployPlan.standbyMs). */
export interface StandbyRelease {
  version: string;
  /** ISO time its window ends: retireStandby then stops it, and it is retained as any other. */
  until: string;
  /** Its resident memory as the engine measured it right after the switch: what the standby costs. */
  rssBytes?: number;
}

export interface DeployTarget {
  /** `docker host unix:///var/run/docker.sock`, `swarm at ssh://deploy@host`, for logs. */
  readonly description: string;
  /** What serves the environment now, or undefined if nothing does yet. */
  serving(app: string, environment: string): Promise<ServingRelease | undefined>;
  /**
   * Runs the plan's release with its strategy and health gate. On any failure the environment
   * keeps serving exactly what it served before, the new release is removed, and the error
   * (a UserError) carries the new container's log tail.
   */
  deploy(plan: DeployPlan, reporter: Reporter): Promise<DeployOutcome>;
  /**
   * Brings back an earlier release: a retained one is restarted (about a second), else it is
   * deployed like a new one. The health gate runs again.
   */
  rollback(plan: DeployPlan, reporter: Reporter): Promise<DeployOutcome>;
  /**
   * Stops the standby whose window has ended at `nowMs` (any standby, with force) and retains it
   * as a stopped release is; returns the names of what it stopped. deploy and rollback retire
   * a standby themselves before they start, so two earlier releases never run at once.
   */
  retireStandby(
    app: string,
    environment: string,
    options: { nowMs: number; force?: boolean },
  ): Promise<string[]>;
  /** What serves now and the state of its container, for the drift watcher. */
  observe(app: string, environment: string): Promise<EnvironmentObservation>;
  /**
   * Readies an HTTP probe of what the environment's clients reach (the Docker host's proxy, the
   * Swarm service's published port), sent from outside the app's container so that an image
   * without wget or curl can be probed. What it starts is labelled with `runId` for cleanUpRun.
   */
  openEnvironmentProbe(
    app: string,
    environment: string,
    runId: string,
    request: EnvironmentProbeRequest,
  ): Promise<HttpProbe>;
  /** The end of a release's log (`id` from ServingRelease), for the evidence of a rollback. */
  logTail(id: string, lines: number): Promise<string[]>;
  /**
   * The lines quai's proxy of the environment logged since then (clock milliseconds), one JSON
   * object a request (nginx-config.ts); undefined when the target has no quai proxy (Swarm).
   */
  accessLog(app: string, environment: string, sinceMs: number): Promise<string[] | undefined>;
  /** Removes what the run with this id started and never finished (the post step). */
  cleanUpRun(runId: string): Promise<string[]>;
  /**
   * The ids of other runs that left an unfinished deployment of this app and environment behind
   * (a candidate that never served): asked by a run that holds the environment's lease, so no
   * live run can own them. A run killed without its post step leaves those.
   */
  abandonedRuns(app: string, environment: string, currentRunId: string): Promise<string[]>;
}

/** Who holds a deployment lock, shown to whoever waits for it. */
export interface LeaseHolder {
  /** Workflow run URL, or `user@host (cli)`. */
  holder: string;
  runUrl?: string;
  runId: string;
}

export interface Lease {
  readonly holder: LeaseHolder;
  readonly expiresAt: Date;
  /** Moves the expiry to ttlMs from now, so a long deploy (a slow pull) keeps the lease it holds. */
  renew(ttlMs: number): Promise<void>;
  release(): Promise<void>;
}

/** One deployment per app and environment at a time, across runs and people. */
export interface LeaseStore {
  /**
   * Takes the lease or waits up to waitMs for it (a stale lease, past its expiry, is taken
   * over); fails with a UserError naming the current holder and its run URL.
   */
  acquire(
    key: { app: string; environment: string },
    holder: LeaseHolder,
    options: { ttlMs: number; waitMs: number; clock?: Clock },
  ): Promise<Lease>;
  /** Releases leases the run with this id still holds (the post step). */
  releaseRun(runId: string): Promise<number>;
  /** Who holds the lease now, or undefined when it is free or past its expiry (a sweep skips a held one). */
  heldBy(key: { app: string; environment: string }, clock?: Clock): Promise<LeaseHolder | undefined>;
}

/** `error`: the run that started it ended without finishing (killed), as the next deploy found it. */
export type DeploymentStatus = "in_progress" | "success" | "failure" | "error" | "rolled_back";

export interface DeploymentRecord {
  id: string;
  app: string;
  environment: string;
  version: string;
  digest: string;
  previousVersion?: string;
  previousDigest?: string;
  status: DeploymentStatus;
  actor: string;
  commit: string;
  /** Set when force overrode the promotion gate or a block. */
  forcedReason?: string;
  /** Set for a rollback: the deployment it undid. */
  rollbackOf?: string;
  /**
   * Set on an automatic rollback, saying why: while it is the environment's last success,
   * automatic deploys there are refused, until a person deploys or promotes by hand.
   */
  hold?: string;
  /** How it ended, in a person's words (at most 140 characters, as GitHub keeps them). */
  description?: string;
  url?: string;
  logUrl?: string;
  /** Where a person sees it, when the ledger has pages: GitHub's. */
  pageUrl?: string;
  /** Its traffic over a watch that verified it: the baseline the next release is compared with. */
  figures?: TrafficFigures;
  createdAt: string;
  updatedAt: string;
}

/** A release's requests as its proxy logged them over a span. */
export interface TrafficFigures {
  requests: number;
  /** The share of 5xx answers, 0 to 1. */
  share5xx: number;
  /** Nearest-rank percentiles of the request time, in milliseconds. */
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
}

export interface BlockedRelease {
  app: string;
  digest: string;
  version: string;
  reason: string;
  blockedBy: string;
  blockedAt: string;
  /** Where it was found bad, when known: the GitHub ledger records the block there. */
  environment?: string;
}

export type NewDeployment = Omit<
  DeploymentRecord,
  "id" | "status" | "pageUrl" | "figures" | "createdAt" | "updatedAt"
>;

/** Every deployment, as it happened. GitHub Deployments inside Actions, a JSON file elsewhere. */
export interface Ledger {
  readonly description: string;
  /** Records a deployment as in_progress and returns it with its id. */
  start(deployment: NewDeployment): Promise<DeploymentRecord>;
  /** Moves a deployment to its final status. */
  finish(
    id: string,
    status: Exclude<DeploymentStatus, "in_progress">,
    details?: { description?: string; url?: string; logUrl?: string },
  ): Promise<DeploymentRecord>;
  /** Keeps a deployment's traffic figures (replacing earlier ones); its status stays as it is. */
  recordFigures(id: string, figures: TrafficFigures): Promise<DeploymentRecord>;
  /** The environment's deployments of an app, newest first. */
  history(app: string, environment: string): Promise<DeploymentRecord[]>;
  /** Marks a release bad: the promotion gate refuses it everywhere (unless forced). */
  block(release: Omit<BlockedRelease, "blockedAt">): Promise<BlockedRelease>;
  blocked(app: string, digest: string): Promise<BlockedRelease | undefined>;
  /**
   * Lifts every block of a release (a person found it fine after all): the gate lets it through
   * again. Returns the block it lifted, or undefined when the release was not blocked.
   */
  unblock(app: string, digest: string, unblockedBy: string): Promise<BlockedRelease | undefined>;
}
