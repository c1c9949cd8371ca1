import { formatBytes } from "@quai/core";
import { type Exec, QUERY_TIME_LIMIT_MS } from "./exec";

export interface HealthCheckResult {
  exitCode: number;
  output: string;
}

/** What a run needs to know of a container, from `docker inspect`. */
export interface ContainerState {
  status: string;
  exitCode: number;
  oomKilled: boolean;
  /** Bytes; 0 when unlimited. */
  memoryLimit: number;
  workingDir: string;
  /** The last health checks, oldest first; empty without a healthcheck. */
  healthLog: HealthCheckResult[];
}

interface InspectedContainer {
  State: {
    Status: string;
    ExitCode: number;
    OOMKilled: boolean;
    Health?: { Log?: Array<{ ExitCode: number; Output: string }> | null };
  };
  HostConfig: { Memory?: number };
  Config: { WorkingDir?: string };
}

/** The container's state, or undefined when there is no such container. */
export async function inspectContainer(exec: Exec, name: string): Promise<ContainerState | undefined> {
  const inspected = await exec("docker", ["container", "inspect", "--format", "{{json .}}", name], {
    timeLimitMs: QUERY_TIME_LIMIT_MS,
  });
  if (inspected.exitCode !== 0) return undefined;
  const { State, HostConfig, Config } = JSON.parse(inspected.stdout) as InspectedContainer;
  return {
    status: State.Status,
    exitCode: State.ExitCode,
    oomKilled: State.OOMKilled,
    memoryLimit: HostConfig.Memory ?? 0,
    workingDir: Config.WorkingDir || "/",
    healthLog: (State.Health?.Log ?? []).map((check) => ({ exitCode: check.ExitCode, output: check.Output })),
  };
}

/** Why the kernel or the engine killed a container, when that is how it ended: "out of memory, limit 64 MiB". */
export function killReason(state: ContainerState): string | undefined {
  if (state.oomKilled) {
    return `out of memory${state.memoryLimit > 0 ? `, limit ${formatBytes(state.memoryLimit)}` : ""}`;
  }
  // 128 + 9: the test process got SIGKILL (the engine's memory limit without OOMKilled, docker kill).
  return state.exitCode === 137 ? "SIGKILL" : undefined;
}
