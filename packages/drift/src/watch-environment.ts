// auto-rollback-on-drift as one library call: watch what serves an environment against what the
// ledger says serves it, and on evidence restore or roll back through deploy-env's own library
// call, so the same lock, gate and health checks apply as to any deploy.
import { resolve } from "node:path";
import { type Clock, formatDuration, shownPath, systemClock, UserError } from "@quai/core";
import {
  connectTarget,
  type DeployFromConfigOptions,
  type DeployFromConfigResult,
  type DeploymentRecord,
  type DeployTarget,
  deployFromConfig,
  type EnvironmentObservation,
  type EnvironmentSettings,
  type HttpProbe,
  type LeaseStore,
  type Ledger,
  openLedger,
  productionEnvironments,
  readQuaiFile,
  resolveEnvironment,
  type TrafficFigures,
} from "@quai/deploy";
import { CONFIGURATION_DRIFT, configurationDriftSignal } from "./configuration-signal";
import { httpProbeSignal } from "./probe-signals";
import { type PrometheusApi, prometheusHttpApi } from "./prometheus-api";
import { prometheusSignals } from "./prometheus-signals";
import {
  containerHealthSignal,
  type DeclaredRelease,
  DIGEST_DRIFT,
  digestDriftSignal,
  type Observe,
} from "./release-signals";
import type { Signal } from "./signal";
import { describeFigures, type ReadAccessLog, trafficSignals, windowFigures } from "./traffic-signals";
import { type SampleListener, type WatchResult, type WatchRules, watchRelease } from "./watch";

/** Everything deploy-env takes but what the watcher decides (a rollback, and to what). */
export type WatchDeployOptions = Omit<DeployFromConfigOptions, "rollback" | "version" | "imageRef" | "force">;

export interface WatchEnvironmentOptions extends WatchDeployOptions {
  /** How long to watch: the watch input, or one sweep window. */
  windowMs: number;
  /** Decide and report, but change nothing. */
  dryRun: boolean;
  clock?: Clock;
  onSample?: SampleListener;
}

/** What the watcher did about its verdict, and why in one line. */
export type WatchAction =
  | { kind: "none"; why: string }
  /** Not watched at all: a deploy holds the environment's lock. */
  | { kind: "skipped"; why: string }
  | { kind: "reported"; why: string }
  | { kind: "restored"; why: string; to: string; deploy: DeployFromConfigResult }
  | { kind: "rolled-back"; why: string; to: string; blocked: string; deploy: DeployFromConfigResult }
  /** Rolled back, and what it went back to failed its own watch: stopped there, for a person. */
  | { kind: "escalated"; why: string; to: string; blocked: string; deploy: DeployFromConfigResult };

export interface WatchEnvironmentResult extends WatchResult {
  settings: EnvironmentSettings;
  /** Each signal's threshold, by its name, as a person reads it. */
  thresholds: Record<string, string>;
  declared?: DeclaredRelease & { commit: string; deploymentId: string };
  action: WatchAction;
  /** The serving release's last log lines when it drifted, secrets masked. */
  logTail: string[];
  /** After a rollback: the watch of the release gone back to (ROLLBACK_TARGET_WATCH_MS at most). */
  targetWatch?: WatchResult;
  /** What served when the drift was decided, as the target saw it: its running digest, exit code, OOM flag, restarts, last health outputs. */
  drifting?: EnvironmentObservation;
  /** What was observed and done, in order, for the report. */
  timeline: TimelineEvent[];
}

export interface TimelineEvent {
  atMs: number;
  event: string;
}

/** At most one automatic rollback per environment within this span, so two bad releases cannot ping-pong. */
export const ROLLBACK_COOLDOWN_MS = 60 * 60_000;
const LOG_TAIL_LINES = 50;
/** How long a probe of the environment waits for its answer. */
const PROBE_TIMEOUT_MS = 5_000;
/** How long the release a rollback went back to is watched, at most (the watch window if shorter). */
export const ROLLBACK_TARGET_WATCH_MS = 5 * 60_000;

export async function watchEnvironment(options: WatchEnvironmentOptions): Promise<WatchEnvironmentResult> {
  const config = resolve(options.workspace, options.config);
  const parsed = readQuaiFile(config, shownPath(config, options.workspace));
  const settings = resolveEnvironment(parsed, options.environment, options.overrides);
  // Refused before the target or the ledger is asked anything.
  const rules = watchRules(settings, options.windowMs);
  const ledger = openLedger(options.ledger, productionEnvironments(parsed.file));
  const history = await ledger.history(settings.app, settings.name);
  const { target, leases } = await options.reporter.group(`Connect to ${settings.target}`, () =>
    connectTarget(settings.target, options.engine, process.env, { reporter: options.reporter }),
  );
  const { prometheus } = settings.watch;
  return watchConnected(options, {
    settings,
    rules,
    ledger,
    history,
    target,
    leases,
    prometheus: prometheus && prometheusHttpApi(prometheus.url),
  });
}

/** What the watch works with once quai.yml is read, the ledger asked and the target reached. */
export interface WatchContext {
  settings: EnvironmentSettings;
  rules: WatchRules;
  ledger: Ledger;
  /** The environment's deployments, newest first, as the ledger had them before the watch. */
  history: DeploymentRecord[];
  target: DeployTarget;
  leases: LeaseStore;
  /** The Prometheus quai.yml names, when it names one. */
  prometheus?: PrometheusApi;
  /** How a restore or a rollback is deployed: deploy-env's own library call, unless a test says. */
  deploy?: (options: DeployFromConfigOptions) => Promise<DeployFromConfigResult>;
}

/** The watch and what it does about its verdict, on a reached target. */
export async function watchConnected(
  options: WatchEnvironmentOptions,
  { settings, rules, ledger, history, target, leases, prometheus, deploy = deployFromConfig }: WatchContext,
): Promise<WatchEnvironmentResult> {
  const clock = options.clock ?? systemClock;
  // A deploy in progress changes what serves on purpose: watching it would call that drift.
  const deploying = await leases.heldBy({ app: settings.app, environment: settings.name }, clock);
  if (deploying) {
    const why = `${deploying.holder} is deploying ${settings.name}${deploying.runUrl ? ` (${deploying.runUrl})` : ""}: not watched now`;
    options.reporter.info(why);
    const now = clock.now();
    return {
      verdict: "inconclusive",
      samples: [],
      startedMs: now,
      endedMs: now,
      settings,
      thresholds: {},
      logTail: [],
      timeline: [{ atMs: now, event: why }],
      action: { kind: "skipped", why },
    };
  }
  const last = history.find((deployment) => deployment.status === "success");
  const declared = last && declaredRelease(last);
  const readAccessLog: ReadAccessLog = (sinceMs) => target.accessLog(settings.app, settings.name, sinceMs);
  // Prometheus' queries and the probes are about the environment, whichever release serves it:
  // made once, for the watch and for the watch of a rollback's target alike.
  const probes = settings.watch.probes.map((probe) => {
    const request = { ...probe, timeoutMs: PROBE_TIMEOUT_MS };
    const opened = openedOnFirstUse(() =>
      target.openEnvironmentProbe(settings.app, settings.name, options.runId, request),
    );
    return { opened, signal: httpProbeSignal(opened, request) };
  });
  const environmentSignals = [
    ...probes.map(({ signal }) => signal),
    ...(prometheus ? prometheusSignals(prometheus, settings.watch.prometheus) : []),
  ];
  let lastObservation: ReturnType<Observe> | undefined;
  /** The signals that hold the environment to `deployment`, the ledger's last success. */
  const signalsFor = (deployment: DeploymentRecord | undefined): Signal[] => {
    const observe = oncePerSample(() => {
      lastObservation = target.observe(settings.app, settings.name);
      return lastObservation;
    });
    if (!deployment) return [containerHealthSignal(observe), ...environmentSignals];
    const release = declaredRelease(deployment);
    return [
      digestDriftSignal(observe, release),
      containerHealthSignal(observe),
      configurationDriftSignal(observe),
      ...trafficSignals(readAccessLog, release.version, settings.watch, baselineOf(history, deployment)),
      ...environmentSignals,
    ];
  };
  try {
    return await watchAndAct(
      options,
      { settings, rules, ledger, history, target, deploy, clock },
      {
        signalsFor,
        lastObservation: () => lastObservation,
        last,
        declared,
        readAccessLog,
      },
    );
  } finally {
    // The probe containers go with the watch; the post step removes them if the run is killed.
    await Promise.all(probes.map(({ opened }) => opened.close()));
  }
}

/** What watchAndAct is handed: how to build the signals for a release, and what the ledger declares. */
interface WatchPlan {
  signalsFor: (deployment: DeploymentRecord | undefined) => Signal[];
  /** The target as the last sample saw it: what served when the drift was decided. */
  lastObservation: () => ReturnType<Observe> | undefined;
  last: DeploymentRecord | undefined;
  declared: WatchEnvironmentResult["declared"];
  readAccessLog: ReadAccessLog;
}

/** Watches, then acts on the verdict: nothing, a report, a restore, or a rollback and its own watch. */
async function watchAndAct(
  options: WatchEnvironmentOptions,
  {
    settings,
    rules,
    ledger,
    history,
    target,
    deploy,
    clock,
  }: Omit<WatchContext, "leases" | "prometheus" | "deploy"> & {
    deploy: NonNullable<WatchContext["deploy"]>;
    clock: Clock;
  },
  { signalsFor, lastObservation, last, declared, readAccessLog }: WatchPlan,
): Promise<WatchEnvironmentResult> {
  const signals = signalsFor(last);
  const watched = await options.reporter.group(`Watch ${settings.name}`, () =>
    watchRelease(signals, rules, clock, options.onSample),
  );
  const thresholds = Object.fromEntries(signals.map((signal) => [signal.name, signal.threshold]));
  const timeline = watchTimeline(watched, declared?.version);
  const base = { ...watched, settings, thresholds, declared, logTail: [] as string[], timeline };
  const deciding = watched.deciding;
  if (watched.verdict !== "drifted" || !deciding) {
    const why = watched.deciding?.reason ?? `${signals.length} signals passed for the whole window`;
    if (watched.verdict === "verified" && last && !options.dryRun) {
      await recordBaseline(readAccessLog, ledger, last, settings, options, {
        startMs: watched.startedMs,
        endMs: watched.endedMs,
      });
    }
    if (!options.dryRun) await retireEndedStandby(target, settings, options, clock);
    return { ...base, action: { kind: watched.verdict === "verified" ? "none" : "reported", why } };
  }
  // What served at the deciding sample, as it saw it (a rollback switches it); its log tail is read
  // while the rollback goes on, which must not wait for it.
  const drifting = await (lastObservation() ?? target.observe(settings.app, settings.name));
  const { serving } = drifting;
  const [logTail, acted] = await Promise.allSettled([
    serving ? target.logTail(serving.id, LOG_TAIL_LINES) : Promise.resolve([]),
    options.reporter.group("Act on the drift", () =>
      actOnDrift(deciding, options, { settings, ledger, history, declared, clock, deploy }),
    ),
  ]);
  if (acted.status === "rejected") throw acted.reason;
  if (logTail.status === "rejected") throw logTail.reason;
  const action = acted.value;
  base.logTail = masked(logTail.value, settings, options);
  timeline.push({ atMs: clock.now(), event: action.why });
  if (action.kind !== "rolled-back") return { ...base, drifting, action };
  // The release gone back to must hold up too; if it fails as well, a person decides, not quai.
  const rollbackTarget = action.deploy.deployment;
  const targetRules = { ...rules, windowMs: Math.min(ROLLBACK_TARGET_WATCH_MS, rules.windowMs) };
  const targetWatch = await options.reporter.group(`Watch ${rollbackTarget.version}, rolled back to`, () =>
    watchRelease(signalsFor(rollbackTarget), targetRules, clock, options.onSample),
  );
  timeline.push(...watchTimeline(targetWatch, rollbackTarget.version));
  if (targetWatch.verdict !== "drifted" || !targetWatch.deciding) {
    return { ...base, drifting, action, targetWatch };
  }
  const escalated: WatchAction = {
    ...action,
    kind: "escalated",
    why: `${action.why}; the rollback target ${rollbackTarget.version} is also failing (${targetWatch.deciding.signal}: ${targetWatch.deciding.reason}): escalated, quai does not walk further back`,
  };
  timeline.push({ atMs: clock.now(), event: "escalated: no further rollback, a person decides" });
  return { ...base, drifting, action: escalated, targetWatch };
}

/** A watch as events: its start, the deciding signal's first failing sample, and how it ended. */
function watchTimeline(watch: WatchResult, version: string | undefined): TimelineEvent[] {
  const events: TimelineEvent[] = [
    { atMs: watch.startedMs, event: `watch of ${version ?? "the environment"} started` },
  ];
  const { deciding } = watch;
  const firstFailure = deciding
    ? watch.samples.find((sample) => sample.signal === deciding.signal && sample.reading.kind !== "pass")
    : undefined;
  if (deciding && firstFailure) {
    events.push({
      atMs: firstFailure.atMs,
      event: `${deciding.signal} first ${firstFailure.reading.kind === "fail" ? "failed" : "could not be measured"}: ${firstFailure.reading.detail}`,
    });
  }
  events.push({
    atMs: watch.endedMs,
    event: deciding ? `${watch.verdict}: ${deciding.signal}, ${deciding.reason}` : watch.verdict,
  });
  return events;
}

/**
 * Stops the previous release deploy-env kept running for a fast rollback, once its standby window
 * has ended: after that a rollback restarts it (about 2 s), and it no longer costs its memory.
 */
async function retireEndedStandby(
  target: DeployTarget,
  settings: EnvironmentSettings,
  options: WatchEnvironmentOptions,
  clock: Clock,
): Promise<void> {
  const stopped = await target.retireStandby(settings.app, settings.name, { nowMs: clock.now() });
  if (stopped.length > 0) {
    options.reporter.info(`The standby window ended: stopped and retained ${stopped.join(", ")}`);
  }
}

/** The ledger's deployment as the release the watch holds the environment to. */
function declaredRelease(deployment: DeploymentRecord): NonNullable<WatchEnvironmentResult["declared"]> {
  return {
    version: deployment.version,
    digest: deployment.digest,
    commit: deployment.commit,
    deploymentId: deployment.id,
  };
}

/**
 * The figures of the release `watched` replaced: the newest successful deployment of another
 * digest that left some. A first deploy has none, and is judged by absolute thresholds alone.
 */
export function baselineOf(
  history: DeploymentRecord[],
  watched: DeploymentRecord | undefined,
): TrafficFigures | undefined {
  if (!watched) return undefined;
  return history.find(
    (deployment) =>
      deployment.status === "success" && deployment.digest !== watched.digest && deployment.figures,
  )?.figures;
}

/**
 * Keeps the verified release's traffic over the whole window in the ledger, as the baseline of
 * the release after it: once (the watch after its deploy, or the first with enough requests),
 * never from fewer than min-requests.
 */
async function recordBaseline(
  readAccessLog: ReadAccessLog,
  ledger: Ledger,
  verified: DeploymentRecord,
  settings: EnvironmentSettings,
  options: WatchEnvironmentOptions,
  window: { startMs: number; endMs: number },
): Promise<void> {
  if (verified.figures) return;
  try {
    const figures = await windowFigures(readAccessLog, verified.version, window);
    if (!figures || figures.requests < settings.watch.minRequests) return;
    await ledger.recordFigures(verified.id, figures);
    options.reporter.info(
      `Recorded the traffic of ${verified.version} as the baseline of the next release: ${describeFigures(figures, verified.version)}`,
    );
  } catch (error) {
    // The release is verified all the same: the next one is judged by absolute thresholds.
    options.reporter.warning(
      `Could not record the traffic of ${verified.version} as the next release's baseline: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

interface DriftContext {
  settings: EnvironmentSettings;
  ledger: Ledger;
  history: DeploymentRecord[];
  declared: WatchEnvironmentResult["declared"];
  clock: Clock;
  deploy: (options: DeployFromConfigOptions) => Promise<DeployFromConfigResult>;
}

async function actOnDrift(
  { signal, reason: verdictReason }: { signal: string; reason: string },
  options: WatchEnvironmentOptions,
  context: DriftContext,
): Promise<WatchAction> {
  const { settings, ledger, history, declared } = context;
  if (!declared)
    return { kind: "reported", why: "the ledger has no successful deployment here to compare with" };
  const newest = (await ledger.history(settings.app, settings.name)).find(
    (deployment) => deployment.status === "success",
  );
  if (newest && newest.id !== declared.deploymentId) {
    return { kind: "none", why: `superseded: ${newest.version} was deployed while the watch ran` };
  }
  if (signal === CONFIGURATION_DRIFT) {
    // A change by hand is someone's decision: undoing it without them would hide why it was made.
    return { kind: "reported", why: "configuration drift is reported, never changed: a person decides" };
  }
  if (signal === DIGEST_DRIFT) {
    if (settings.watch.onDigestDrift === "report")
      return { kind: "reported", why: "on-digest-drift is report" };
    if (options.dryRun) return { kind: "reported", why: `dry run: would restore ${declared.version}` };
    // The ledger's release is the only one the promotion gate let into this environment.
    const deploy = await context.deploy({ ...options, rollback: true, version: declared.version });
    return {
      kind: "restored",
      why: `restored ${declared.version}, which the ledger says serves`,
      to: declared.version,
      deploy,
    };
  }
  const verifiedBefore = history.some(
    (deployment) => deployment.status === "success" && deployment.digest !== declared.digest,
  );
  if (!verifiedBefore) {
    return { kind: "reported", why: "first deploy: there is no verified release to go back to" };
  }
  const guard = rollbackGuard(history, context.clock.now());
  if (guard) return { kind: "reported", why: guard };
  if (options.dryRun) return { kind: "reported", why: `dry run: would roll back ${declared.version}` };
  const reason = `${signal} drifted in ${settings.name}: rolled back by auto-rollback-on-drift`;
  const deploy = await context.deploy({
    ...options,
    rollback: true,
    automatic: true,
    hold: `${declared.version}: ${verdictReason}`,
    rollbackReason: `auto-rollback-on-drift: ${verdictReason}`,
  });
  await ledger.block({
    app: settings.app,
    digest: declared.digest,
    version: declared.version,
    reason,
    blockedBy: options.actor,
    environment: settings.name,
  });
  return {
    kind: "rolled-back",
    why: `rolled back ${declared.version} to ${deploy.release.version} and blocked ${declared.version}`,
    to: deploy.release.version,
    blocked: declared.version,
    deploy,
  };
}

/** The environment's watch block over this window; an interval longer than the window never samples. */
export function watchRules(settings: EnvironmentSettings, windowMs: number): WatchRules {
  const { intervalMs, failureLimit, errorLimit } = settings.watch;
  if (intervalMs > windowMs) {
    throw new UserError(
      `The watch interval of ${settings.name} (${formatDuration(intervalMs)}) is longer than the window watched (${formatDuration(windowMs)})`,
      { hint: "Watch longer (the watch input), or sample more often (watch: interval in quai.yml)" },
    );
  }
  return { windowMs, intervalMs, failureLimit, errorLimit };
}

/** Why an automatic rollback must not happen now, or undefined when it may. */
export function rollbackGuard(history: DeploymentRecord[], nowMs: number): string | undefined {
  const last = history.find((deployment) => deployment.status === "success");
  if (last?.rollbackOf) {
    return `${last.version} serves after a rollback: quai never rolls back a rollback, a person decides`;
  }
  // Automatic rollbacks are the ones that hold the environment; a person's rollback does not count.
  const recent = history.find(
    (deployment) =>
      deployment.rollbackOf &&
      deployment.hold &&
      nowMs - Date.parse(deployment.createdAt) < ROLLBACK_COOLDOWN_MS,
  );
  if (recent) {
    return `an automatic rollback already happened within the hour (to ${recent.version}): at most one per hour`;
  }
  return undefined;
}

/** A probe whose container is made when it is first asked: a watch that ends at once makes none. */
function openedOnFirstUse(open: () => Promise<HttpProbe>): HttpProbe {
  let opened: Promise<HttpProbe> | undefined;
  return {
    probe: async () => {
      opened ??= open();
      return (await opened).probe();
    },
    close: async () => {
      if (opened) await (await opened.catch(() => undefined))?.close();
    },
  };
}

/** One target observation per sample (by the window's end), however many signals read it. */
function oncePerSample(observe: () => ReturnType<Observe>): Observe {
  let current: { endMs: number; observation: ReturnType<Observe> } | undefined;
  return (window) => {
    if (current?.endMs !== window.endMs) current = { endMs: window.endMs, observation: observe() };
    return current.observation;
  };
}

/** The secret variables' values, as the step has them, never shown in the evidence. */
function masked(lines: string[], settings: EnvironmentSettings, options: WatchEnvironmentOptions): string[] {
  const secrets = settings.variables
    .map((variable) => ("secretFrom" in variable ? options.readSecret(variable.secretFrom) : undefined))
    .filter((value): value is string => Boolean(value));
  return lines.map((line) => secrets.reduce((text, secret) => text.replaceAll(secret, "***"), line));
}
