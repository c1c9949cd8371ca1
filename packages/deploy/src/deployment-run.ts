// One run of deploy-env: resolve the release to a digest, pass the gate, take the environment's
// lease, record the deployment in the ledger, let the target run it, record how it ended.
import { type Clock, type Reporter, systemClock, UserError } from "@quai/core";
import type {
  DeploymentLabels,
  DeploymentRecord,
  DeployOutcome,
  DeployPlan,
  DeployTarget,
  Lease,
  LeaseHolder,
  LeaseStore,
  Ledger,
  ProxyTls,
  RegistryAuth,
  ReleaseToRun,
  ServingRelease,
  Variable,
} from "./contract";
import { ReleaseFailedError } from "./deploy-phases";
import { DEFAULT_WATCH_WINDOW_MS, type EnvironmentSettings } from "./environment-settings";
import { statusDescription } from "./ledger/status-description";
import { checkPromotionGate, rollbackDestination, UnknownReleaseError } from "./promotion-gate";

/** Where release digests come from: the registry, in the action. */
export interface ReleaseRegistry {
  /** The digest the registry holds for `repository:version`, or undefined if there is no such tag. */
  digestOf(repository: string, version: string): Promise<string | undefined>;
}

/** What the run asks for: a version (looked up), an exact image, or a rollback. */
export type ReleaseChoice =
  | { kind: "version"; version: string; repository: string }
  | { kind: "image"; image: string; digest: string; version: string }
  | { kind: "rollback"; version?: string };

export interface DeployRequest {
  settings: EnvironmentSettings;
  choice: ReleaseChoice;
  force?: { reason: string };
  variables: Variable[];
  /** HTTPS at the proxy, read and checked (deploy-from-config.ts). */
  tls?: ProxyTls;
  actor: string;
  commit: string;
  runId: string;
  runUrl?: string;
  deployId: string;
  lockTimeoutMs: number;
  registryAuth?: RegistryAuth;
  /** Started by an event (a push, a schedule), not by a person: refused while the environment is held. */
  automatic?: boolean;
  /** Recorded on this deployment: automatic deploys wait for a person after it (an automatic rollback). */
  hold?: string;
  /** Why the release rolled back from was bad, for its status in the ledger (the drift watcher's verdict). */
  rollbackReason?: string;
}

export interface DeployDependencies {
  target: DeployTarget;
  leases: LeaseStore;
  ledger: Ledger;
  registry: ReleaseRegistry;
  reporter: Reporter;
  /** Filled in as the run learns each part, for the summary of a run that fails part-way. */
  progress?: DeployProgress;
  clock?: Clock;
}

/** What a run has learned so far: the summary of a failed run says from it what still serves. */
export interface DeployProgress {
  settings?: EnvironmentSettings;
  release?: ReleaseToRun;
  /**
   * What serves the environment: unknown until the target is asked, and after a release the
   * target could not undo; what served before after one it undid; the new release once it serves.
   */
  serving: ServingRelease | "nothing" | "unknown";
  /** The ledger's record of this run's deployment, as it last stood. */
  deployment?: DeploymentRecord;
}

export interface DeployResult {
  release: ReleaseToRun;
  deployment: DeploymentRecord;
  outcome: DeployOutcome;
  previous?: ServingRelease;
  /** The gate refusal force overrode, if any. */
  forced?: string;
  durationMs: number;
}

/** A lease outlives a crashed run by this much at most; a live run finishes well within it. */
const LEASE_TTL_MARGIN_MS = 5 * 60_000;
/** How often a running deploy moves its lease's expiry on: a third of its lifetime, so two can fail. */
const LEASE_RENEWALS_PER_TTL = 3;

export async function runDeployment(request: DeployRequest, deps: DeployDependencies): Promise<DeployResult> {
  const clock = deps.clock ?? systemClock;
  const started = clock.now();
  const { settings } = request;
  const { reporter } = deps;
  const progress = deps.progress ?? { serving: "unknown" };
  progress.settings = settings;
  reporter.info(`Target: ${deps.target.description}; ledger: ${deps.ledger.description}`);

  const holder: LeaseHolder = { holder: request.actor, runUrl: request.runUrl, runId: request.runId };
  const ttlMs = settings.health.timeoutMs + settings.drainMs + LEASE_TTL_MARGIN_MS;
  const lease = await reporter.group(`Lock ${settings.name}`, () =>
    deps.leases.acquire({ app: settings.app, environment: settings.name }, holder, {
      ttlMs,
      waitMs: request.lockTimeoutMs,
      clock,
    }),
  );
  const renewing = keepRenewing(lease, ttlMs, reporter);
  const cleanUp = () =>
    reporter.group("Clean up after runs that ended without finishing", () => cleanUpAbandoned(request, deps));
  // A rollback keeps the environment waiting on a bad release: what abandoned runs left is cleaned
  // after it, still under the lease (their deployments in progress are not the rollback's concern).
  const rollingBack = request.choice.kind === "rollback";
  try {
    if (!rollingBack) await cleanUp();
    const serving = await deps.target.serving(settings.app, settings.name);
    progress.serving = serving ?? "nothing";
    const { release, undoing } = await reporter.group("Resolve the release", () =>
      chooseRelease(request, deps, serving),
    );
    progress.release = release;
    const gate =
      request.choice.kind === "rollback"
        ? {}
        : await checkPromotionGate(release, settings, deps.ledger, request.force, request.automatic);
    if (gate.overridden) reporter.warning(`Promotion gate overridden: ${gate.overridden}`);
    reporter.info(
      `Deploying ${release.app} ${release.version} (${release.image}) to ${settings.name}` +
        (serving ? `, replacing ${serving.version}` : ", its first release"),
    );
    const deployment = await deps.ledger.start({
      app: settings.app,
      environment: settings.name,
      version: release.version,
      digest: release.digest,
      previousVersion: serving?.version,
      previousDigest: serving?.digest,
      actor: request.actor,
      commit: release.commit,
      forcedReason: gate.overridden,
      rollbackOf: undoing?.id,
      hold: request.hold,
      url: settings.url,
      logUrl: request.runUrl,
    });
    progress.deployment = deployment;
    const plan = deployPlan(request, release, clock);
    let outcome: DeployOutcome;
    try {
      outcome =
        request.choice.kind === "rollback"
          ? await deps.target.rollback(plan, reporter)
          : await deps.target.deploy(plan, reporter);
    } catch (error) {
      // A target leaves what served before on any failure it reports; a bug or a failed undo, maybe not.
      if (!(error instanceof UserError) || (error instanceof ReleaseFailedError && !error.undone)) {
        progress.serving = "unknown";
      }
      progress.deployment = await deps.ledger.finish(deployment.id, "failure", {
        description: error instanceof Error ? error.message.split("\n")[0] : String(error),
        url: settings.url,
        logUrl: request.runUrl,
      });
      throw error;
    }
    progress.serving = outcome.serving;
    const finished = await deps.ledger.finish(deployment.id, "success", {
      url: settings.url,
      logUrl: request.runUrl,
    });
    progress.deployment = finished;
    if (undoing) {
      await deps.ledger.finish(undoing.id, "rolled_back", {
        description: request.rollbackReason ?? `rolled back to ${release.version} by ${request.actor}`,
        url: settings.url,
        logUrl: request.runUrl,
      });
    }
    return {
      release,
      deployment: finished,
      outcome,
      previous: serving,
      forced: gate.overridden,
      durationMs: clock.now() - started,
    };
  } finally {
    try {
      if (rollingBack) await cleanUp();
    } finally {
      clearInterval(renewing);
      await lease.release();
    }
  }
}

/** What a deployment would do, as previewDeployment reads it: nothing is locked, written or run. */
export interface DeployPreview {
  release: ReleaseToRun;
  /** What serves now, and would be replaced (and drained, or kept as the standby). */
  serving?: ServingRelease;
  /** For a rollback: the ledger's deployment it would mark rolled back. */
  undoing?: DeploymentRecord;
  /** The gate refusal force would override; a refusal without force throws instead. */
  forced?: string;
  /** Who holds the environment's lock now: the deployment would wait for it, up to the lock timeout. */
  lockHolder?: LeaseHolder;
  /** The plan the target would be given. */
  plan: DeployPlan;
}

/**
 * The first half of deployEnvironment without its effects: the release it would resolve, the
 * gate it would pass (refusing as it would), and the plan the target would run.
 */
export async function previewDeployment(
  request: DeployRequest,
  deps: DeployDependencies,
): Promise<DeployPreview> {
  const { settings } = request;
  const lockHolder = await deps.leases.heldBy({ app: settings.app, environment: settings.name }, deps.clock);
  const serving = await deps.target.serving(settings.app, settings.name);
  const { release, undoing } = await chooseRelease(request, deps, serving);
  const gate =
    request.choice.kind === "rollback"
      ? {}
      : await checkPromotionGate(release, settings, deps.ledger, request.force, request.automatic);
  return {
    release,
    serving,
    undoing,
    forced: gate.overridden,
    lockHolder,
    plan: deployPlan(request, release, deps.clock ?? systemClock),
  };
}

/**
 * Renews the lease while the deploy runs (a long image pull must not let it expire and another
 * run take the environment over). A renewal that fails is said, and the next one tries again.
 */
function keepRenewing(lease: Lease, ttlMs: number, reporter: Reporter): NodeJS.Timeout {
  const timer = setInterval(() => {
    lease.renew(ttlMs).catch((error: unknown) => {
      reporter.warning(
        `Could not renew the deployment lock (${error instanceof Error ? error.message : String(error)})`,
      );
    });
  }, ttlMs / LEASE_RENEWALS_PER_TTL);
  // It must not keep the step's process alive on its own.
  timer.unref();
  return timer;
}

async function chooseRelease(
  request: DeployRequest,
  deps: DeployDependencies,
  serving: ServingRelease | undefined,
): Promise<{ release: ReleaseToRun; undoing?: DeploymentRecord }> {
  const { settings, choice } = request;
  if (choice.kind === "rollback") {
    const history = await deps.ledger.history(settings.app, settings.name);
    const destination = await rollbackDestination(settings, deps.ledger, history, serving, choice.version);
    const undoing = history.find(
      (deployment) => deployment.status === "success" && deployment.digest === serving?.digest,
    );
    const repository = imageRepository(serving?.image) ?? settings.repository;
    if (!repository) {
      throw new UserError(`Cannot tell which repository ${destination.version} comes from`, {
        hint: "Set repository in quai.yml or as an input",
      });
    }
    deps.reporter.info(
      `Rolling back ${settings.name} to ${destination.version} (deployed ${destination.createdAt})`,
    );
    return {
      release: {
        app: settings.app,
        version: destination.version,
        image: `${repository}@${destination.digest}`,
        digest: destination.digest,
        commit: destination.commit,
      },
      undoing,
    };
  }
  if (choice.kind === "image") {
    return {
      release: {
        app: settings.app,
        version: choice.version,
        image: choice.image,
        digest: choice.digest,
        commit: request.commit,
      },
    };
  }
  const digest = await deps.registry.digestOf(choice.repository, choice.version);
  if (!digest) {
    throw new UnknownReleaseError(
      `${choice.repository} has no release ${choice.version}`,
      "Push it with push-versioned first, or check the version and the repository",
    );
  }
  deps.reporter.info(`${choice.repository}:${choice.version} is ${digest}`);
  return {
    release: {
      app: settings.app,
      version: choice.version,
      image: `${choice.repository}@${digest}`,
      digest,
      commit: request.commit,
    },
  };
}

/** `registry/name` of `registry/name@sha256:…`. */
function imageRepository(image: string | undefined): string | undefined {
  return image?.replace(/@sha256:[a-f0-9]{64}$/, "").replace(/:[\w][\w.-]*$/, "");
}

function deployPlan(request: DeployRequest, release: ReleaseToRun, clock: Clock): DeployPlan {
  const { settings } = request;
  const labels: DeploymentLabels = {
    app: release.app,
    environment: settings.name,
    version: release.version,
    digest: release.digest,
    commit: release.commit,
    "deploy-id": request.deployId,
    "deployed-at": new Date(clock.now()).toISOString(),
    actor: request.actor,
  };
  return {
    release,
    environment: settings.name,
    strategy: settings.strategy,
    health: settings.health,
    containerPort: settings.containerPort,
    publish: settings.publish,
    variables: request.variables,
    networks: settings.networks,
    confinement: settings.confinement,
    labels,
    retain: settings.retain,
    drainMs: settings.drainMs,
    standbyMs: settings.watch.standbyMs ?? DEFAULT_WATCH_WINDOW_MS,
    proxyImage: settings.proxyImage,
    tls: request.tls,
    registryAuth: request.registryAuth,
    runId: request.runId,
  };
}

/**
 * What runs killed without their post step left (their lease expired, which is how this run got
 * it): their candidates are removed, and their deployments still in progress in the ledger are
 * closed as `error`, saying why. Holding the lease, this run is the only one deploying here.
 */
async function cleanUpAbandoned(request: DeployRequest, deps: DeployDependencies): Promise<void> {
  const { settings } = request;
  for (const runId of await deps.target.abandonedRuns(settings.app, settings.name, request.runId)) {
    const removed = await deps.target.cleanUpRun(runId);
    deps.reporter.info(`Removed what run ${runId} left: ${removed.join(", ") || "nothing"}`);
  }
  const unfinished = (await deps.ledger.history(settings.app, settings.name)).filter(
    (deployment) => deployment.status === "in_progress",
  );
  for (const deployment of unfinished) {
    await deps.ledger.finish(deployment.id, "error", {
      description: statusDescription(
        `Abandoned: its run ended without finishing; closed by ${request.actor}'s deploy`,
      ),
      url: settings.url,
      logUrl: request.runUrl,
    });
    deps.reporter.info(
      `Closed deployment ${deployment.id} (${deployment.version}) as error: its run ended without finishing`,
    );
  }
}
