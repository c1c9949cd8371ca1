// Decides whether a started release may take traffic. Probes run inside the container through the
// engine: the runner may be on another machine and cannot reach container addresses.
import { type Clock, formatDuration, poll, UserError } from "@quai/core";
import type { HealthGate, HealthProbe } from "../contract";
import type { HostApi } from "./engine-api";

/** One probe's verdict. */
type ProbeResult = { healthy: true } | { healthy: false; reason: string };

/** The container being gated. */
export interface GatedContainer {
  id: string;
  name: string;
}

/** The longest a single probe may take; a slower answer counts as a failed check. */
const PROBE_TIMEOUT_MS = 10_000;
/** Exec's codes for a command that is not there (126: not executable, 127: not found). */
const COMMAND_MISSING = new Set([126, 127]);

/**
 * Waits until `gate.successes` consecutive probes pass within `gate.timeoutMs`. A container that
 * stops running fails at once: waiting out the timeout would only delay the same verdict.
 */
export async function waitUntilHealthy(
  api: HostApi,
  container: GatedContainer,
  gate: HealthGate,
  containerPort: number,
  clock?: Clock,
): Promise<void> {
  const probe = prober(api, container, gate.probe, containerPort, Math.min(PROBE_TIMEOUT_MS, gate.timeoutMs));
  let passed = 0;
  await poll(
    async () => {
      const state = await api.inspectContainer(container.id);
      if (!state?.running) {
        throw new UserError(
          `${container.name} stopped during its health check (exit code ${state?.exitCode ?? "unknown"})`,
        );
      }
      const result = await probe();
      if (!result.healthy) {
        passed = 0;
        return { done: false, reason: result.reason };
      }
      passed++;
      return passed >= gate.successes
        ? { done: true, value: undefined }
        : { done: false, reason: `${passed} of ${gate.successes} checks passed in a row` };
    },
    {
      what: `${container.name} to pass ${gate.successes} health check(s) in a row`,
      timeoutMs: gate.timeoutMs,
      intervalMs: gate.intervalMs,
      hint: "Check the app's health settings, or give it longer with deploy-timeout",
      clock,
    },
  );
}

function prober(
  api: HostApi,
  container: GatedContainer,
  probe: HealthProbe,
  containerPort: number,
  timeoutMs: number,
): () => Promise<ProbeResult> {
  switch (probe.kind) {
    case "http":
      return httpProber(api, container, probe, containerPort, timeoutMs);
    case "image":
      return () => imageHealth(api, container);
    case "command":
      return async () => {
        const { exitCode, output } = await api.exec(container.id, probe.command, timeoutMs);
        if (exitCode === 0) return { healthy: true };
        return {
          healthy: false,
          reason: failedCommand(probe.command.join(" "), exitCode, output, timeoutMs),
        };
      };
  }
}

/** An HTTP client found in the image, as the command that fetches a URL and prints the status line. */
type HttpClient = (url: string, timeoutSeconds: number) => string[];

/**
 * Every image quai builds carries /quai/busybox; others may have wget or curl on PATH. curl is
 * told to print a status line like wget -S does, so one parser reads them all. wget gets no -T:
 * Debian's static busybox crashes with it; the exec's own timeout bounds the probe instead.
 */
const HTTP_CLIENTS: HttpClient[] = [
  (url) => ["/quai/busybox", "wget", "-S", "-q", "-O", "/dev/null", url],
  (url) => ["wget", "-S", "-O", "/dev/null", url],
  (url, seconds) => [
    "curl",
    "-s",
    "-m",
    String(seconds),
    "-o",
    "/dev/null",
    "-w",
    "HTTP/1.1 %{http_code}\\n",
    url,
  ],
];

function httpProber(
  api: HostApi,
  container: GatedContainer,
  probe: Extract<HealthProbe, { kind: "http" }>,
  containerPort: number,
  timeoutMs: number,
): () => Promise<ProbeResult> {
  const url = `http://127.0.0.1:${containerPort}${probe.path.startsWith("/") ? "" : "/"}${probe.path}`;
  const seconds = Math.max(1, Math.floor(timeoutMs / 1000));
  // The client found by the first probe serves all the later ones.
  let clients = HTTP_CLIENTS;
  return async () => {
    for (const client of clients) {
      const command = client(url, seconds);
      // A little longer than the client's own timeout, so it is the client that reports it.
      const { exitCode, output } = await api.exec(container.id, command, timeoutMs + 2000);
      if (exitCode !== null && COMMAND_MISSING.has(exitCode)) continue;
      clients = [client];
      const status = lastHttpStatus(output);
      if (status === probe.expectedStatus) return { healthy: true };
      if (status !== undefined) return { healthy: false, reason: `GET ${probe.path} answered ${status}` };
      return { healthy: false, reason: failedCommand(`GET ${probe.path}`, exitCode, output, timeoutMs) };
    }
    throw new UserError(`${container.name} has no HTTP client to run the http health check with`, {
      hint: "The http probe runs /quai/busybox wget (in every image quai builds), wget or curl inside the container; give the image one of them, or use health: image (its HEALTHCHECK) or a command",
    });
  };
}

/** The status of the last HTTP status line (after redirects); 0 (curl's "no answer") is none. */
export function lastHttpStatus(output: string): number | undefined {
  const statuses = [...output.matchAll(/HTTP\/[\d.]+ (\d{3})/g)].map((match) => Number(match[1]));
  const status = statuses.at(-1);
  return status ? status : undefined;
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
