import { UserError } from "@quai/core";
import type { ComposeProject } from "./compose-project";
import { QUERY_TIME_LIMIT_MS } from "./exec";
import { lastLine } from "./output-lines";

/** One container of the stack, as `compose ps --format json` shows it. */
export interface ContainerStatus {
  name: string;
  service: string;
  /** created, running, restarting, exited, paused, dead. */
  state: string;
  /** healthy, unhealthy, starting, or empty without a healthcheck. */
  health: string;
  exitCode: number;
}

export type ReadyAs = "healthy" | "running" | "completed";

export type Readiness = { ready: true; as: ReadyAs } | { ready: false; broken: boolean; why: string };

interface PsEntry {
  Name: string;
  Service: string;
  State: string;
  Health?: string;
  ExitCode?: number;
}

/** The stack's containers, stopped ones included. */
export async function stackStatus(project: ComposeProject): Promise<ContainerStatus[]> {
  const listed = await project.run(["ps", "--all", "--format", "json"], { timeLimitMs: QUERY_TIME_LIMIT_MS });
  if (listed.exitCode !== 0)
    throw new UserError(`Could not list the containers of the stack: ${lastLine(listed.stderr)}`);
  return parseComposePs(listed.stdout);
}

export function parseComposePs(stdout: string): ContainerStatus[] {
  const text = stdout.trim();
  if (!text) return [];
  // Compose 2.21 and later print one JSON object per line; earlier 2.x releases print one array.
  const entries: PsEntry[] = text.startsWith("[")
    ? JSON.parse(text)
    : text.split("\n").map((line) => JSON.parse(line) as PsEntry);
  return entries.map((entry) => ({
    name: entry.Name,
    service: entry.Service,
    state: entry.State,
    health: entry.Health ?? "",
    exitCode: entry.ExitCode ?? 0,
  }));
}

/**
 * `up --wait` semantics: healthy when the service has a healthcheck, else running; a one-shot
 * container that exited 0 (a migration) has done its job. Unhealthy or a failed exit is broken:
 * waiting longer would not help.
 */
export function readinessOf(status: ContainerStatus): Readiness {
  if (status.health === "healthy") return { ready: true, as: "healthy" };
  if (status.health === "unhealthy") return { ready: false, broken: true, why: "is unhealthy" };
  if (status.health === "starting")
    return { ready: false, broken: false, why: "is starting (health: starting)" };
  if (status.state === "running") return { ready: true, as: "running" };
  if (status.state === "exited" && status.exitCode === 0) return { ready: true, as: "completed" };
  if (status.state === "exited" || status.state === "dead") {
    return { ready: false, broken: true, why: `exited with code ${status.exitCode}` };
  }
  if (status.state === "created") return { ready: false, broken: false, why: "is not started yet" };
  return { ready: false, broken: false, why: `is ${status.state}` };
}
