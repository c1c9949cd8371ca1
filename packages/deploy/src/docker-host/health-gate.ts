// Decides whether a started release may take traffic. An http probe runs from a probe container
// on the environment's network (network-probe.ts), so any image can be judged, even one without a
// shell; a command probe runs inside the app's container, and `image` reads its HEALTHCHECK.
import { type Clock, formatDuration, poll, UserError } from "@quai/core";
import type { HealthGate, HealthProbe } from "../contract";
import { probePath } from "../probe/probe-programs";
import type { ProbeResult } from "../probe/probe-verdict";
import type { HostApi } from "./engine-api";
import { type HttpProbeRequest, openHttpProbe, type ProbeSite, probeFromProxy } from "./network-probe";

/** The container being gated. */
export interface GatedContainer {
  id: string;
  name: string;
}

export interface HealthCheckRun {
  container: GatedContainer;
  gate: HealthGate;
  containerPort: number;
  /** Where an http probe's container goes, and its labels. */
  probeSite: ProbeSite;
  clock?: Clock;
  /** Told each probe's outcome, for the Health group of the log. */
  report?: (line: string) => void;
}

/** The longest a single probe may take; a slower answer counts as a failed check. */
const PROBE_TIMEOUT_MS = 10_000;
/** Exec's codes for a command that is not there (127) or cannot be executed (126). */
const COMMAND_MISSING = new Set([126, 127]);

/**
 * Waits until `gate.successes` consecutive probes pass within `gate.timeoutMs`. A container that
 * stops running fails at once: waiting out the timeout would only delay the same verdict.
 */
export async function waitUntilHealthy(api: HostApi, run: HealthCheckRun): Promise<void> {
  const { container, gate } = run;
  const timeoutMs = Math.min(PROBE_TIMEOUT_MS, gate.timeoutMs);
  const ensureRunning = async () => {
    const state = await api.inspectContainer(container.id);
    if (!state?.running) {
      throw new UserError(
        `${container.name} stopped during its health check (exit code ${state?.exitCode ?? "unknown"})`,
      );
    }
  };
  await ensureRunning();
  const probe = await prober(api, run, timeoutMs);
  let passed = 0;
  let tries = 0;
  try {
    await poll(
      async () => {
        await ensureRunning();
        const result = await probe.run();
        tries++;
        if (!result.healthy) {
          passed = 0;
          run.report?.(`Check ${tries}: ${result.reason}`);
          return { done: false, reason: result.reason };
        }
        passed++;
        run.report?.(`Check ${tries}: passed (${passed} of ${gate.successes} in a row)`);
        return passed >= gate.successes
          ? { done: true, value: undefined }
          : { done: false, reason: `${passed} of ${gate.successes} checks passed in a row` };
      },
      {
        what: `${container.name} to pass ${gate.successes} health check(s) in a row`,
        timeoutMs: gate.timeoutMs,
        intervalMs: gate.intervalMs,
        hint: "Check the app's health settings, or give it longer with deploy-timeout",
        clock: run.clock,
      },
    );
  } finally {
    await probe.close();
  }
}

/**
 * One probe of a release that has been running and serving (the standby a rollback switches
 * back to): does it answer now? The gate's consecutive successes were its when it first went
 * live. An http probe runs from the proxy (probeFromProxy), a probe container would take longer
 * than the switch itself.
 */
export async function probeOnce(
  api: HostApi,
  run: HealthCheckRun & { proxy: { id: string; network: string } },
): Promise<ProbeResult> {
  const { container, gate } = run;
  const state = await api.inspectContainer(container.id);
  if (!state?.running) return { healthy: false, reason: `${container.name} does not run` };
  const timeoutMs = Math.min(PROBE_TIMEOUT_MS, gate.timeoutMs);
  const { probe } = gate;
  const result =
    probe.kind === "http"
      ? await probeFromProxy(api, run.proxy, httpProbeRequest(run, probe, timeoutMs))
      : await oneProbe(await prober(api, run, timeoutMs));
  run.report?.(`Check: ${result.healthy ? "passed" : result.reason}`);
  return result;
}

/** The gate's HTTP probe of the run's container, as both probe paths send it. */
function httpProbeRequest(
  run: HealthCheckRun,
  probe: Extract<HealthProbe, { kind: "http" }>,
  timeoutMs: number,
): HttpProbeRequest {
  return {
    containerId: run.container.id,
    containerName: run.container.name,
    port: run.containerPort,
    path: probePath(probe.path),
    expectedStatus: probe.expectedStatus,
    timeoutMs,
  };
}

async function oneProbe(probe: Prober): Promise<ProbeResult> {
  try {
    return await probe.run();
  } finally {
    await probe.close();
  }
}

interface Prober {
  run(): Promise<ProbeResult>;
  close(): Promise<void>;
}

async function prober(api: HostApi, run: HealthCheckRun, timeoutMs: number): Promise<Prober> {
  const { container } = run;
  const probe: HealthProbe = run.gate.probe;
  const nothingToClose = async () => {};
  switch (probe.kind) {
    case "http": {
      const http = await openHttpProbe(api, run.probeSite, httpProbeRequest(run, probe, timeoutMs));
      return { run: () => http.probe(), close: () => http.close() };
    }
    case "image":
      return { run: () => imageHealth(api, container), close: nothingToClose };
    case "command":
      return {
        run: async () => {
          const { exitCode, output } = await api.exec(container.id, probe.command, timeoutMs);
          if (exitCode === 0) return { healthy: true };
          // Not a failed check but a check that can never pass: said at once, not at the timeout.
          if (exitCode !== null && COMMAND_MISSING.has(exitCode)) {
            throw new UserError(
              `The health command ${probe.command[0]} cannot run in ${container.name} (${exitCode === 127 ? "not found" : "not executable"})`,
              {
                hint: "Give the image that command, or use an http health check (it needs nothing in the image) or health: image",
              },
            );
          }
          return {
            healthy: false,
            reason: failedCommand(probe.command.join(" "), exitCode, output, timeoutMs),
          };
        },
        close: nothingToClose,
      };
  }
}

async function imageHealth(api: HostApi, container: GatedContainer): Promise<ProbeResult> {
  const health = (await api.inspectContainer(container.id))?.health;
  if (health === undefined) {
    throw new UserError(
      `The image of ${container.name} has no HEALTHCHECK, so health: image cannot judge it`,
      {
        hint: "Add a HEALTHCHECK to the image, or use an http or command health check",
      },
    );
  }
  return health === "healthy"
    ? { healthy: true }
    : { healthy: false, reason: `the HEALTHCHECK says ${health}` };
}

function failedCommand(what: string, exitCode: number | null, output: string, timeoutMs: number): string {
  if (exitCode === null) return `${what} did not finish within ${formatDuration(timeoutMs)}`;
  const lastLine = output.trim().split("\n").at(-1)?.trim();
  return `${what} exited with ${exitCode}${lastLine ? `: ${lastLine}` : ""}`;
}
