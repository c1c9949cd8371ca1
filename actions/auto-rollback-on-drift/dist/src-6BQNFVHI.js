import { createRequire as __quaiCreateRequire } from "node:module";
import { dirname as __quaiDirname } from "node:path";
import { fileURLToPath as __quaiFileURLToPath } from "node:url";
const require = __quaiCreateRequire(import.meta.url);
const __filename = __quaiFileURLToPath(import.meta.url);
const __dirname = __quaiDirname(__filename);
import {
  connectTarget,
  deployEnv,
  openLedger,
  productionEnvironments,
  readQuaiFile,
  resolveEnvironment,
  systemClock
} from "./chunk-YJVMYHQJ.js";
import {
  formatDuration,
  shownPath
} from "./chunk-TRO5O6NJ.js";
import "./chunk-NF6C2MSR.js";
import {
  UserError
} from "./chunk-66BUOHPB.js";

// packages/drift/src/release-signals.ts
var DIGEST_DRIFT = "digest drift";
var CONTAINER_HEALTH = "container health";
var RESTART_BURST = { count: 3, withinMs: 5 * 6e4 };
function digestDriftSignal(observe, declared) {
  return {
    name: DIGEST_DRIFT,
    threshold: `serves ${declared.version} (${declared.digest.slice(0, 19)})`,
    async read(window) {
      const { serving } = await observe(window);
      if (!serving)
        return { kind: "fail", now: true, detail: `nothing serves; the ledger says ${declared.version}` };
      if (serving.digest === declared.digest) {
        return { kind: "pass", detail: `serves ${serving.version} as the ledger says` };
      }
      return {
        kind: "fail",
        now: true,
        detail: `serves ${serving.version || "an unlabelled container"} (${serving.digest.slice(0, 19) || "no digest"}), the ledger says ${declared.version} (${declared.digest.slice(0, 19)})`
      };
    }
  };
}
function containerHealthSignal(observe) {
  const restarts = [];
  return {
    name: CONTAINER_HEALTH,
    threshold: `no OOM kill, not unhealthy, < ${RESTART_BURST.count} restarts in 5 min`,
    async read(window) {
      const { state } = await observe(window);
      if (!state) return { kind: "error", detail: "nothing serves the environment to look at" };
      restarts.push({ atMs: window.endMs, count: state.restartCount });
      const burst = restartsWithin(restarts, window.endMs - RESTART_BURST.withinMs);
      if (state.oomKilled) return { kind: "fail", now: true, detail: `OOM-killed (${describe(state)})` };
      if (state.health === "unhealthy") {
        return { kind: "fail", now: true, detail: `HEALTHCHECK unhealthy (${describe(state)})` };
      }
      if (burst >= RESTART_BURST.count) {
        return {
          kind: "fail",
          now: true,
          detail: `restarted ${burst} times within 5 min (${describe(state)})`
        };
      }
      if (!state.running) return { kind: "fail", now: true, detail: `stopped (${describe(state)})` };
      if (burst > 0) return { kind: "fail", value: burst, detail: `restarted ${burst} times within 5 min` };
      return { kind: "pass", value: 0, detail: `running, ${state.restartCount} restarts in all` };
    }
  };
}
function restartsWithin(seen, sinceMs) {
  const inSpan = seen.filter((look) => look.atMs >= sinceMs);
  const before = seen.filter((look) => look.atMs < sinceMs).at(-1) ?? inSpan[0];
  const last = inSpan.at(-1);
  return before && last ? last.count - before.count : 0;
}
function describe(state) {
  return `exit code ${state.exitCode}, ${state.restartCount} restarts${state.running ? ", running" : ", not running"}`;
}

// packages/drift/src/watch.ts
async function watchRelease(signals, rules, clock, onSample = () => {
}) {
  const startedMs = clock.now();
  const samples = [];
  const failures = /* @__PURE__ */ new Map();
  const errors = /* @__PURE__ */ new Map();
  const end = (verdict, deciding) => ({
    verdict,
    deciding,
    samples,
    startedMs,
    endedMs: clock.now()
  });
  let window = { startMs: startedMs, endMs: startedMs };
  for (; ; ) {
    await clock.sleep(Math.min(rules.intervalMs, startedMs + rules.windowMs - window.endMs));
    window = { startMs: window.endMs, endMs: clock.now() };
    for (const signal of signals) {
      const reading = await readSafely(signal, window);
      const sample = { atMs: window.endMs, signal: signal.name, reading };
      samples.push(sample);
      onSample(sample);
      const failed = reading.kind === "fail" ? (failures.get(signal.name) ?? 0) + 1 : 0;
      const errored = reading.kind === "error" ? (errors.get(signal.name) ?? 0) + 1 : 0;
      failures.set(signal.name, failed);
      errors.set(signal.name, errored);
      if (reading.kind === "fail" && (reading.now || failed >= rules.failureLimit)) {
        const count = reading.now ? "" : ` for ${failed} samples`;
        return end("drifted", { signal: signal.name, reason: `${reading.detail}${count}` });
      }
      if (errored >= rules.errorLimit) {
        return end("inconclusive", {
          signal: signal.name,
          reason: `${signal.name} could not be measured ${errored} times in a row: ${reading.detail}`
        });
      }
    }
    if (window.endMs - startedMs >= rules.windowMs) return end("verified");
  }
}
async function readSafely(signal, window) {
  try {
    return await signal.read(window);
  } catch (error) {
    return {
      kind: "error",
      detail: (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? ""
    };
  }
}

// packages/drift/src/watch-environment.ts
import { resolve } from "node:path";
var ROLLBACK_COOLDOWN_MS = 60 * 6e4;
var LOG_TAIL_LINES = 50;
var ROLLBACK_TARGET_WATCH_MS = 5 * 6e4;
async function watchEnvironment(options) {
  const clock = options.clock ?? systemClock;
  const config = resolve(options.workspace, options.config);
  const parsed = readQuaiFile(config, shownPath(config, options.workspace));
  const settings = resolveEnvironment(parsed, options.environment, options.overrides);
  const rules = watchRules(settings, options.windowMs);
  warnOfWatchKeysNotActedOn(settings, options);
  const ledger = openLedger(options.ledger, productionEnvironments(parsed.file));
  const history = await ledger.history(settings.app, settings.name);
  const last = history.find((deployment) => deployment.status === "success");
  const { target, leases } = await options.reporter.group(
    `Connect to ${settings.target}`,
    () => connectTarget(settings.target, options.engine, process.env, { reporter: options.reporter })
  );
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
      action: { kind: "skipped", why }
    };
  }
  const declared = last && declaredRelease(last);
  const signalsFor = (release) => {
    const observe = oncePerSample(() => target.observe(settings.app, settings.name));
    const signals2 = [containerHealthSignal(observe)];
    if (release) signals2.unshift(digestDriftSignal(observe, release));
    return signals2;
  };
  const signals = signalsFor(declared);
  const watched = await options.reporter.group(
    `Watch ${settings.name}`,
    () => watchRelease(signals, rules, clock, options.onSample)
  );
  const thresholds = Object.fromEntries(signals.map((signal) => [signal.name, signal.threshold]));
  const base = { ...watched, settings, thresholds, declared, logTail: [] };
  const deciding = watched.deciding;
  if (watched.verdict !== "drifted" || !deciding) {
    const why = watched.deciding?.reason ?? `${signals.length} signals passed for the whole window`;
    return { ...base, action: { kind: watched.verdict === "verified" ? "none" : "reported", why } };
  }
  const { serving } = await target.observe(settings.app, settings.name);
  base.logTail = serving ? masked(await target.logTail(serving.id, LOG_TAIL_LINES), settings, options) : [];
  const action = await options.reporter.group(
    "Act on the drift",
    () => actOnDrift(deciding, options, { settings, ledger, history, declared, clock })
  );
  if (action.kind !== "rolled-back") return { ...base, action };
  const rollbackTarget = declaredRelease(action.deploy.deployment);
  const targetRules = { ...rules, windowMs: Math.min(ROLLBACK_TARGET_WATCH_MS, rules.windowMs) };
  const targetWatch = await options.reporter.group(
    `Watch ${rollbackTarget.version}, rolled back to`,
    () => watchRelease(signalsFor(rollbackTarget), targetRules, clock, options.onSample)
  );
  if (targetWatch.verdict !== "drifted" || !targetWatch.deciding) return { ...base, action, targetWatch };
  const escalated = {
    ...action,
    kind: "escalated",
    why: `${action.why}; the rollback target ${rollbackTarget.version} is also failing (${targetWatch.deciding.signal}: ${targetWatch.deciding.reason}): escalated, quai does not walk further back`
  };
  return { ...base, action: escalated, targetWatch };
}
function declaredRelease(deployment) {
  return {
    version: deployment.version,
    digest: deployment.digest,
    commit: deployment.commit,
    deploymentId: deployment.id
  };
}
async function actOnDrift({ signal, reason: verdictReason }, options, context) {
  const { settings, ledger, history, declared } = context;
  if (!declared)
    return { kind: "reported", why: "the ledger has no successful deployment here to compare with" };
  const newest = (await ledger.history(settings.app, settings.name)).find(
    (deployment) => deployment.status === "success"
  );
  if (newest && newest.id !== declared.deploymentId) {
    return { kind: "none", why: `superseded: ${newest.version} was deployed while the watch ran` };
  }
  if (signal === DIGEST_DRIFT) {
    if (settings.watch.onDigestDrift === "report")
      return { kind: "reported", why: "on-digest-drift is report" };
    if (options.dryRun) return { kind: "reported", why: `dry run: would restore ${declared.version}` };
    const deploy2 = await deployEnv({ ...options, rollback: true, version: declared.version });
    return {
      kind: "restored",
      why: `restored ${declared.version}, which the ledger says serves`,
      to: declared.version,
      deploy: deploy2
    };
  }
  const verifiedBefore = history.some(
    (deployment) => deployment.status === "success" && deployment.digest !== declared.digest
  );
  if (!verifiedBefore) {
    return { kind: "reported", why: "first deploy: there is no verified release to go back to" };
  }
  const guard = rollbackGuard(history, context.clock.now());
  if (guard) return { kind: "reported", why: guard };
  if (options.dryRun) return { kind: "reported", why: `dry run: would roll back ${declared.version}` };
  const reason = `${signal} drifted in ${settings.name}: rolled back by auto-rollback-on-drift`;
  const deploy = await deployEnv({
    ...options,
    rollback: true,
    automatic: true,
    hold: `${declared.version}: ${verdictReason}`,
    rollbackReason: `auto-rollback-on-drift: ${verdictReason}`
  });
  await ledger.block({
    app: settings.app,
    digest: declared.digest,
    version: declared.version,
    reason,
    blockedBy: options.actor,
    environment: settings.name
  });
  return {
    kind: "rolled-back",
    why: `rolled back ${declared.version} to ${deploy.release.version} and blocked ${declared.version}`,
    to: deploy.release.version,
    blocked: declared.version,
    deploy
  };
}
function warnOfWatchKeysNotActedOn(settings, options) {
  const unused = [
    settings.watch.prometheus && "prometheus",
    settings.watch.standbyMs !== void 0 && "standby"
  ].filter(Boolean);
  if (unused.length > 0) {
    options.reporter.warning(
      `quai.yml's watch: ${unused.join(" and ")} of ${settings.name} ${unused.length > 1 ? "are" : "is"} not acted on yet; the watch uses the container and digest signals only`
    );
  }
}
function watchRules(settings, windowMs) {
  const { intervalMs, failureLimit, errorLimit } = settings.watch;
  if (intervalMs > windowMs) {
    throw new UserError(
      `The watch interval of ${settings.name} (${formatDuration(intervalMs)}) is longer than the window watched (${formatDuration(windowMs)})`,
      { hint: "Watch longer (the watch input), or sample more often (watch: interval in quai.yml)" }
    );
  }
  return { windowMs, intervalMs, failureLimit, errorLimit };
}
function rollbackGuard(history, nowMs) {
  const last = history.find((deployment) => deployment.status === "success");
  if (last?.rollbackOf) {
    return `${last.version} serves after a rollback: quai never rolls back a rollback, a person decides`;
  }
  const recent = history.find(
    (deployment) => deployment.rollbackOf && nowMs - Date.parse(deployment.createdAt) < ROLLBACK_COOLDOWN_MS
  );
  if (recent) return `a rollback already happened within the hour (${recent.version}): at most one per hour`;
  return void 0;
}
function oncePerSample(observe) {
  let current;
  return (window) => {
    if (current?.endMs !== window.endMs) current = { endMs: window.endMs, observation: observe() };
    return current.observation;
  };
}
function masked(lines, settings, options) {
  const secrets = settings.variables.map((variable) => "secretFrom" in variable ? options.readSecret(variable.secretFrom) : void 0).filter((value) => Boolean(value));
  return lines.map((line) => secrets.reduce((text, secret) => text.replaceAll(secret, "***"), line));
}
export {
  CONTAINER_HEALTH,
  DIGEST_DRIFT,
  RESTART_BURST,
  ROLLBACK_COOLDOWN_MS,
  ROLLBACK_TARGET_WATCH_MS,
  containerHealthSignal,
  digestDriftSignal,
  rollbackGuard,
  watchEnvironment,
  watchRelease,
  watchRules
};
