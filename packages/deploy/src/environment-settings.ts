// One environment of quai.yml made whole: its own keys over `defaults:` over quai's defaults,
// then the action's inputs over all of them for this run.
import { InvalidValueError, locateKey, parseDuration, UserError } from "@quai/core";
import { type Confinement, capabilityName, DEFAULT_PIDS, parseSize } from "./confinement";
import type { HealthGate, HealthProbe, Strategy } from "./contract";
import { probePath } from "./probe/probe-programs";
import type { EnvironmentEntry, ParsedQuaiFile } from "./quai-file";
import { HEALTH_PATH_HINT, healthPathProblem } from "./url-checks";

export const DEFAULT_PROXY_IMAGE = "nginx:1.27-alpine";

/** A variable as declared: a value, or the name of the step's environment variable holding a secret. */
export type DeclaredVariable = { name: string; value: string } | { name: string; secretFrom: string };

export interface EnvironmentSettings {
  app: string;
  name: string;
  after?: string;
  /** The target as written: docker, unix://…, tcp://…, ssh://…, swarm, swarm+<host>. */
  target: string;
  url?: string;
  containerPort: number;
  publish: string;
  strategy: Strategy;
  health: HealthGate;
  retain: number;
  drainMs: number;
  proxyImage: string;
  /** HTTPS at the proxy: the step's variables that hold the certificate and key. */
  tls?: { certificateFrom: string; keyFrom: string; redirectHttp?: string };
  production: boolean;
  networks: string[];
  /** cap_add, read_only, memory and pids. */
  confinement: Confinement;
  variables: DeclaredVariable[];
  /** Registry repository from quai.yml, when it names one. */
  repository?: string;
  /** Versions quai.yml marks as never to deploy, with why. */
  blocked: { version: string; reason: string }[];
  watch: WatchSettings;
}

/** The watch of quai.yml made whole: every default filled, durations in milliseconds. */
export interface WatchSettings {
  intervalMs: number;
  /** Consecutive failing samples that roll the release back. */
  failureLimit: number;
  /** Consecutive unmeasurable samples before the watch gives up. */
  errorLimit: number;
  /** Fewer requests in a sample than this and its traffic is not judged. */
  minRequests: number;
  /** Percentages are as written: 1 is 1%. */
  max5xxShare: number;
  max5xxRatioToBaseline: number;
  maxP99Ms: number;
  maxP99Increase: number;
  prometheus?: { url: string; queries: { name: string; query: string; max: number }[] };
  onDigestDrift: "restore" | "report";
  /** HTTP probes of the environment as its clients reach it; each path starts with "/". */
  probes: { path: string; expectedStatus: number }[];
  /** How long the previous release stays ready; undefined: as long as the watch. */
  standbyMs?: number;
}

/**
 * How long a release is watched after it takes traffic unless told otherwise: the drift watcher's
 * default window, and the standby's when quai.yml sets none (deploy-env does not know the watch).
 */
export const DEFAULT_WATCH_WINDOW_MS = 15 * 60_000;

export const DEFAULT_WATCH: WatchSettings = {
  intervalMs: 30_000,
  failureLimit: 3,
  errorLimit: 4,
  minRequests: 50,
  max5xxShare: 1,
  max5xxRatioToBaseline: 2,
  maxP99Ms: 500,
  maxP99Increase: 25,
  onDigestDrift: "restore",
  // The health check's path when it has one (watchSettings), as quai's default health check has.
  probes: [{ path: "/health", expectedStatus: 200 }],
};

/** What a run's inputs may override. */
export interface EnvironmentOverrides {
  target?: string;
  strategy?: Strategy;
  healthPath?: string;
  deployTimeoutMs?: number;
}

export function resolveEnvironment(
  parsed: ParsedQuaiFile,
  name: string,
  overrides: EnvironmentOverrides = {},
): EnvironmentSettings {
  const { file, source } = parsed;
  const own = file.environments[name];
  if (!own) {
    throw new InvalidValueError(
      "environment",
      name,
      `not declared in ${source.shown}, which declares ${Object.keys(file.environments).join(", ")}`,
      { location: locateKey(source, ["environments"]) },
    );
  }
  // Variables add up (defaults, then the environment's own), and so do watch keys one by one
  // (prometheus replaced whole); every other key is replaced whole.
  const entry: EnvironmentEntry = {
    ...file.defaults,
    ...own,
    variables: { ...file.defaults?.variables, ...own.variables },
    watch: { ...file.defaults?.watch, ...own.watch },
  };
  const where = (...keys: string[]) => locateKey(source, ["environments", name, ...keys]);
  const publish = entry.publish === undefined ? undefined : String(entry.publish);
  if (!publish) {
    throw new UserError(`${source.shown}: environment ${name} has no publish port`, {
      hint: "Say where it is served, e.g. publish: 127.0.0.1:8080 (in the environment or under defaults:)",
      location: where(),
    });
  }
  const deployTimeoutMs = overrides.deployTimeoutMs ?? duration(entry["deploy-timeout"], 120_000);
  const health = healthGate(entry.health, overrides.healthPath, deployTimeoutMs, () => where("health"));
  return {
    app: file.app,
    name,
    after: entry.after,
    target: overrides.target ?? entry.target ?? "docker",
    url: entry.url,
    containerPort: entry.port ?? 8080,
    publish,
    strategy: overrides.strategy ?? entry.strategy ?? "blue-green",
    health,
    retain: entry.retain ?? 3,
    drainMs: duration(entry.drain, 5_000),
    proxyImage: entry["proxy-image"] ?? DEFAULT_PROXY_IMAGE,
    tls: entry.tls && {
      certificateFrom: entry.tls.certificate.secret,
      keyFrom: entry.tls.key.secret,
      redirectHttp: entry.tls["redirect-http"] === undefined ? undefined : String(entry.tls["redirect-http"]),
    },
    production: entry.production ?? name === "production",
    networks: entry.networks ?? [],
    confinement: {
      capAdd: [...new Set((entry.cap_add ?? []).map(capabilityName))],
      readOnly: entry.read_only ?? false,
      memoryBytes: entry.memory === undefined ? undefined : parseSize(entry.memory),
      pids: entry.pids ?? DEFAULT_PIDS,
    },
    variables: Object.entries(entry.variables ?? {}).map(([variable, value]) =>
      typeof value === "object"
        ? { name: variable, secretFrom: value.secret }
        : { name: variable, value: String(value) },
    ),
    repository: file.repository,
    blocked: file.blocked ?? [],
    watch: watchSettings(entry.watch ?? {}, entry.tls ? undefined : health),
  };
}

/** `health`: the gate whose HTTP check is probed by default; none with tls (the probe speaks plain HTTP). */
function watchSettings(
  watch: NonNullable<EnvironmentEntry["watch"]>,
  health: HealthGate | undefined,
): WatchSettings {
  return {
    intervalMs: duration(watch.interval, DEFAULT_WATCH.intervalMs),
    failureLimit: watch["failure-limit"] ?? DEFAULT_WATCH.failureLimit,
    errorLimit: watch["error-limit"] ?? DEFAULT_WATCH.errorLimit,
    minRequests: watch["min-requests"] ?? DEFAULT_WATCH.minRequests,
    max5xxShare: watch["max-5xx-share"] ?? DEFAULT_WATCH.max5xxShare,
    max5xxRatioToBaseline: watch["max-5xx-ratio-to-baseline"] ?? DEFAULT_WATCH.max5xxRatioToBaseline,
    maxP99Ms: duration(watch["max-p99"], DEFAULT_WATCH.maxP99Ms),
    maxP99Increase: watch["max-p99-increase"] ?? DEFAULT_WATCH.maxP99Increase,
    prometheus: watch.prometheus && {
      url: watch.prometheus.url,
      queries: watch.prometheus.queries.map(({ name, query, max }) => ({ name, query, max })),
    },
    onDigestDrift: watch["on-digest-drift"] ?? DEFAULT_WATCH.onDigestDrift,
    standbyMs: watch.standby === undefined ? undefined : parseDuration(watch.standby),
    probes: watch.probes
      ? watch.probes.map(({ path, status }) => ({ path, expectedStatus: status ?? 200 }))
      : defaultProbes(health),
  };
}

/**
 * The health gate's own HTTP check, sent now where clients reach the environment: what a release
 * passed to take traffic. A command or image health check names no path, so there is no probe.
 */
function defaultProbes(health: HealthGate | undefined): WatchSettings["probes"] {
  const probe = health?.probe;
  return probe?.kind === "http"
    ? [{ path: probePath(probe.path), expectedStatus: probe.expectedStatus }]
    : [];
}

function healthGate(
  health: EnvironmentEntry["health"],
  pathOverride: string | undefined,
  timeoutMs: number,
  where: () => ReturnType<typeof locateKey>,
): HealthGate {
  const successes = health?.successes ?? 3;
  const intervalMs = duration(health?.interval, 1_000);
  if (pathOverride !== undefined) {
    const problem = healthPathProblem(pathOverride);
    if (problem)
      throw new InvalidValueError("health-path", pathOverride, problem, { hint: HEALTH_PATH_HINT });
    return {
      probe: { kind: "http", path: pathOverride, expectedStatus: health?.status ?? 200 },
      successes,
      intervalMs,
      timeoutMs,
    };
  }
  const probes: HealthProbe[] = [];
  if (health?.path) probes.push({ kind: "http", path: health.path, expectedStatus: health.status ?? 200 });
  if (health?.command) probes.push({ kind: "command", command: health.command });
  if (health?.image) probes.push({ kind: "image" });
  if (probes.length > 1) {
    throw new UserError("A health check is one of path, command or image, not several", {
      location: where(),
    });
  }
  const probe = probes[0] ?? { kind: "http", path: "/health", expectedStatus: 200 };
  return { probe, successes, intervalMs, timeoutMs };
}

function duration(text: string | undefined, fallback: number): number {
  return text === undefined ? fallback : (parseDuration(text) ?? fallback);
}
