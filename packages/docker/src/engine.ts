import { formatDuration, UserError } from "@quai/core";
import Dockerode from "dockerode";
import { type EngineEndpoint, parseDockerHost } from "./engine-endpoint";
import { errorCode, firstLine } from "./node-errors";

/** dockerode 5 takes an abortSignal on version(); @types/dockerode 4 does not declare it yet. */
interface AbortableVersion {
  version(options: { abortSignal: AbortSignal }): Promise<Dockerode.DockerVersion>;
}

export interface Engine {
  api: Dockerode;
  endpoint: EngineEndpoint;
  /** The engine's release, as `docker version` shows it (e.g. 20.10.24). */
  serverVersion: string;
  /** The newest Engine API version the engine speaks (e.g. 1.41). */
  apiVersion: string;
}

export interface ConnectOptions {
  /** How long the first call may take before the engine counts as absent. */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 5_000;

/** A client for the engine DOCKER_HOST names, proven to answer, or one UserError saying why not. */
export async function connectEngine(
  env: NodeJS.ProcessEnv = process.env,
  options: ConnectOptions = {},
): Promise<Engine> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  let hostKeyRejection: string | undefined;
  const { endpoint, dockerodeOptions } = parseDockerHost(env, {
    onHostKeyRejected: (reason) => {
      hostKeyRejection = reason;
    },
  });
  const api = new Dockerode(dockerodeOptions);
  try {
    const version = await (api as AbortableVersion).version({ abortSignal: AbortSignal.timeout(timeoutMs) });
    return { api, endpoint, serverVersion: version.Version, apiVersion: version.ApiVersion };
  } catch (error) {
    throw engineUnreachableError(endpoint, error, { timeoutMs, hostKeyRejection });
  }
}

export interface FailedConnection {
  timeoutMs: number;
  /** Why the SSH host key was refused, when that is what ended the connection. */
  hostKeyRejection?: string;
}

/** The one-line UserError for an engine that did not answer, with what the user can do about it. */
export function engineUnreachableError(
  endpoint: EngineEndpoint,
  error: unknown,
  connection: FailedConnection,
): UserError {
  if (endpoint.kind === "ssh" && connection.hostKeyRejection) {
    return new UserError(`Refused the SSH host key of ${endpoint.address} (${connection.hostKeyRejection})`, {
      hint: `Check the key's fingerprint with whoever runs ${endpoint.host}, then record it in ${endpoint.knownHostsPath} (or point QUAI_SSH_KNOWN_HOSTS at another known_hosts file)`,
      cause: error,
    });
  }
  if (errorCode(error) === "EACCES") {
    return new UserError(
      `No permission to use the Docker engine at ${endpoint.address} (${firstLine(error)})`,
      {
        hint: "Add this user to the docker group (then log in again), run as root, or point DOCKER_HOST at an engine this user may use",
        cause: error,
      },
    );
  }
  const cause = isAbort(error)
    ? `no answer within ${formatDuration(connection.timeoutMs)}`
    : firstLine(error);
  return new UserError(`No Docker engine answers at ${endpoint.address} (${cause})`, {
    hint: "Start dockerd (scripts/testbed up does it on Debian), or point DOCKER_HOST at a running engine",
    cause: error,
  });
}

/** The timeout signal aborts the request; Node reports that as an AbortError, whatever the reason. */
function isAbort(error: unknown): boolean {
  return error instanceof Error && error.name === "AbortError";
}
