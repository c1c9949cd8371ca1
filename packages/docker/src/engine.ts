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
      hint: `Check the key's fingerprint with whoever runs ${endpoint.host}, then record it in ${endpoint.knownHostsSource}${endpoint.knownHostsSource === endpoint.knownHostsPath ? " (or point QUAI_SSH_KNOWN_HOSTS at another known_hosts file)" : ""}`,
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
  if (endpoint.kind === "tcp" && endpoint.tls) {
    const tlsError = tlsFailure(endpoint.address, error);
    if (tlsError) return tlsError;
  }
  const cause = isAbort(error)
    ? `no answer within ${formatDuration(connection.timeoutMs)}`
    : firstLine(error);
  return new UserError(`No Docker engine answers at ${endpoint.address} (${cause})`, {
    hint: "Start dockerd (scripts/testbed up does it on Debian), or point DOCKER_HOST at a running engine",
    cause: error,
  });
}

/**
 * What went wrong in TLS, told apart by Node's error codes: the engine's certificate failed
 * verification (OpenSSL's verify codes), the engine closed the connection once it saw ours (it
 * verifies client certificates: dockerd --tlsverify), or the port does not speak TLS at all.
 * Undefined for anything else, which the general message covers.
 */
function tlsFailure(address: string, error: unknown): UserError | undefined {
  const code = errorCode(error) ?? "";
  const cause = `${firstLine(error)}${code ? `, ${code}` : ""}`;
  // OpenSSL could not read our own material, before any byte reached the engine.
  if (/^ERR_OSSL_(UNSUPPORTED|PEM_|X509_KEY_VALUES_MISMATCH|BAD_DECRYPT)/.test(code)) {
    return new UserError(
      `The TLS certificate or key for the Docker engine at ${address} cannot be used (${cause})`,
      {
        hint: "tls-key must be the PEM private key of tls-cert (key.pem and cert.pem), unencrypted",
        cause: error,
      },
    );
  }
  if (/CERT|ISSUER|LEAF_SIGNATURE/.test(code)) {
    return new UserError(`The Docker engine at ${address} failed TLS verification (${cause})`, {
      hint: "tls-ca (ca.pem) must be the CA that signed the engine's certificate, and that certificate must name the host DOCKER_HOST names",
      cause: error,
    });
  }
  if (code === "ECONNRESET" || code === "EPIPE" || /^ERR_SSL_.*ALERT/.test(code)) {
    return new UserError(`The Docker engine at ${address} closed the TLS connection (${cause})`, {
      hint: "An engine that verifies clients (dockerd --tlsverify) drops a certificate its --tlscacert did not sign: check tls-cert and tls-key (cert.pem, key.pem)",
      cause: error,
    });
  }
  // OpenSSL's words for a first answer that is not a TLS record (an HTTP one, here).
  if (/wrong version number/.test(firstLine(error))) {
    return new UserError(
      `The Docker engine at ${address} does not speak TLS (its answer is not a TLS record)`,
      {
        hint: "Give the port where dockerd listens with --tlsverify (2376 by convention), or drop the TLS material for a plain tcp:// engine",
        cause: error,
      },
    );
  }
  return undefined;
}

/** The timeout signal aborts the request; Node reports that as an AbortError, whatever the reason. */
function isAbort(error: unknown): boolean {
  return error instanceof Error && error.name === "AbortError";
}
