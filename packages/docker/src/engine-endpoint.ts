import { readFileSync } from "node:fs";
import { BlockList, isIP } from "node:net";
import { homedir } from "node:os";
import { join } from "node:path";
import { InvalidValueError, UserError } from "@quai/core";
import type Dockerode from "dockerode";
import { verifyHostKey } from "./known-hosts";
import { errorCode } from "./node-errors";

export interface UnixEndpoint {
  kind: "unix";
  /** The endpoint as a user would write it in DOCKER_HOST, for messages. */
  address: string;
  socketPath: string;
}

export interface TcpEndpoint {
  kind: "tcp";
  address: string;
  host: string;
  port: number;
  tls: boolean;
}

export interface SshEndpoint {
  kind: "ssh";
  address: string;
  user: string;
  host: string;
  port: number;
  knownHostsPath: string;
  /**
   * Where a user records the host's key, for hints: the known_hosts file, or what it was written
   * from (deploy-env's ssh-known-hosts input, whose file is removed once connected).
   */
  knownHostsSource: string;
}

export type EngineEndpoint = UnixEndpoint | TcpEndpoint | SshEndpoint;

export interface DockerHost {
  endpoint: EngineEndpoint;
  dockerodeOptions: Dockerode.DockerOptions;
}

export interface DockerHostHooks {
  /** Told why an SSH host key was refused: ssh2 itself only says "Host denied (verification failed)". */
  onHostKeyRejected?: (reason: string) => void;
}

const DEFAULT_SOCKET_PATH = "/var/run/docker.sock";
const PLAIN_TCP_PORT = 2375;
const TLS_TCP_PORT = 2376;
const SSH_PORT = 22;

const ACCEPTED_FORMS =
  "Set DOCKER_HOST to unix:///path/to/docker.sock, tcp://host:port (TLS when DOCKER_TLS_VERIFY=1 or DOCKER_CERT_PATH is set) or ssh://user@host[:port], or leave it unset for unix:///var/run/docker.sock";

export const REFUSED_ENGINE_HOST_HINT =
  "Point it at the Docker host's own address or name: ssh://user@host, or tcp://host:2376 with TLS";

// Link-local addresses are where cloud metadata endpoints serve the machine's credentials
// (169.254.169.254 and its IPv6 twins); AWS's IPv6 one is no link-local address.
const METADATA_ADDRESSES = new BlockList();
METADATA_ADDRESSES.addSubnet("169.254.0.0", 16, "ipv4");
METADATA_ADDRESSES.addSubnet("fe80::", 10, "ipv6");
METADATA_ADDRESSES.addAddress("fd00:ec2::254", "ipv6");
const METADATA_NAMES = ["metadata.google.internal"];

const LOOPBACK_ADDRESSES = new BlockList();
LOOPBACK_ADDRESSES.addSubnet("127.0.0.0", 8, "ipv4");
LOOPBACK_ADDRESSES.addAddress("::1", "ipv6");

/**
 * Why quai refuses to reach an engine at `host` (a hostname of a tcp:// or ssh:// URL): a
 * link-local or cloud metadata address. Undefined when it may.
 */
export function refusedEngineHost(host: string): string | undefined {
  const canonical = canonicalHost(host);
  if (METADATA_NAMES.includes(canonical) || inBlockList(METADATA_ADDRESSES, canonical)) {
    return `${canonical} is a link-local or cloud metadata address, where clouds serve the machine's credentials (169.254.169.254), not a Docker engine`;
  }
  return undefined;
}

/** Is `host` this machine's loopback (127.0.0.0/8, ::1, localhost), which no network sees? */
export function isLoopbackHost(host: string): boolean {
  const canonical = canonicalHost(host);
  return canonical === "localhost" || inBlockList(LOOPBACK_ADDRESSES, canonical);
}

/**
 * The risk of an endpoint that is plain tcp:// off the loopback, to warn about: the engine's API
 * is root on its host. Undefined for TLS, ssh://, unix:// and the loopback.
 */
export function plainTcpRisk(endpoint: EngineEndpoint): string | undefined {
  if (endpoint.kind !== "tcp" || endpoint.tls || isLoopbackHost(endpoint.host)) return undefined;
  return `${endpoint.address} is plain TCP without TLS: everything sent to the engine, and the engine's root access to its host, go unencrypted and unauthenticated to anyone on the network. Use TLS (tcp://host:2376 with the engine's CA and a client certificate: DOCKER_TLS_VERIFY=1 and DOCKER_CERT_PATH, or deploy-env's tls-ca, tls-cert and tls-key) or ssh://user@host`;
}

/**
 * The host as the resolver reads it: getaddrinfo takes 2852039166 and 0xa9.0xfe.0xa9.0xfe for
 * 169.254.169.254, which an http: URL normalises to (a tcp: or ssh: URL keeps them as written).
 */
function canonicalHost(host: string): string {
  const asHttp = `http://${host}/`;
  const hostname = URL.canParse(asHttp) ? new URL(asHttp).hostname : host.toLowerCase();
  return hostname.replace(/^\[(.*)\]$/, "$1").replace(/\.$/, "");
}

function inBlockList(list: BlockList, address: string): boolean {
  const family = isIP(address);
  return family !== 0 && list.check(address, family === 6 ? "ipv6" : "ipv4");
}

/**
 * docker-modem reads DOCKER_HOST, DOCKER_CERT_PATH… from process.env itself and lays our options
 * over what it found; naming every connection field, even as undefined, keeps the env we were
 * given in charge.
 */
const NOTHING_FROM_PROCESS_ENV = {
  socketPath: undefined,
  host: undefined,
  port: undefined,
  username: undefined,
  ca: undefined,
  cert: undefined,
  key: undefined,
} satisfies Dockerode.DockerOptions;

/** Where the Docker engine is, from DOCKER_HOST as the docker CLI reads it, and how dockerode reaches it. */
export function parseDockerHost(env: NodeJS.ProcessEnv, hooks: DockerHostHooks = {}): DockerHost {
  const value = env.DOCKER_HOST || `unix://${DEFAULT_SOCKET_PATH}`;
  if (value.startsWith("unix://")) return unixHost(value);
  const url = URL.canParse(value) ? new URL(value) : undefined;
  if (url?.protocol === "tcp:") return tcpHost(value, url, env);
  if (url?.protocol === "ssh:") return sshHost(value, url, env, hooks);
  throw invalidDockerHost(value, "expected a unix://, tcp:// or ssh:// address");
}

function unixHost(value: string): DockerHost {
  const socketPath = value.slice("unix://".length);
  if (!socketPath.startsWith("/")) {
    throw invalidDockerHost(value, "expected an absolute socket path after unix://");
  }
  return {
    endpoint: { kind: "unix", address: value, socketPath },
    dockerodeOptions: { ...NOTHING_FROM_PROCESS_ENV, socketPath, protocol: "http" },
  };
}

function tcpHost(value: string, url: URL, env: NodeJS.ProcessEnv): DockerHost {
  if (!url.hostname || url.username || hasMoreThanAuthority(url)) {
    throw invalidDockerHost(value, "expected tcp://host:port");
  }
  refuseHost(value, url.hostname);
  const tls = env.DOCKER_TLS_VERIFY === "1" || Boolean(env.DOCKER_CERT_PATH);
  const port = url.port ? Number(url.port) : tls ? TLS_TCP_PORT : PLAIN_TCP_PORT;
  const endpoint: TcpEndpoint = {
    kind: "tcp",
    address: `tcp://${url.hostname}:${port}`,
    host: url.hostname,
    port,
    tls,
  };
  const connection = { ...NOTHING_FROM_PROCESS_ENV, host: url.hostname, port };
  return {
    endpoint,
    dockerodeOptions: tls
      ? { ...connection, protocol: "https", ...tlsMaterial(env) }
      : { ...connection, protocol: "http" },
  };
}

/** The files `docker --tlsverify` uses; the server is always verified against ca.pem. */
function tlsMaterial(env: NodeJS.ProcessEnv): { ca: Buffer; cert: Buffer; key: Buffer } {
  const directory = env.DOCKER_CERT_PATH || join(homeDirectory(env), ".docker");
  const hint = `DOCKER_TLS_VERIFY=1 or DOCKER_CERT_PATH asks for TLS: put ca.pem, cert.pem and key.pem in ${directory} (DOCKER_CERT_PATH, default ~/.docker), or unset both for plain TCP`;
  return {
    ca: readRequiredFile(join(directory, "ca.pem"), "the Docker TLS CA certificate", hint),
    cert: readRequiredFile(join(directory, "cert.pem"), "the Docker TLS client certificate", hint),
    key: readRequiredFile(join(directory, "key.pem"), "the Docker TLS client key", hint),
  };
}

function sshHost(value: string, url: URL, env: NodeJS.ProcessEnv, hooks: DockerHostHooks): DockerHost {
  if (!url.hostname || !url.username || url.password || hasMoreThanAuthority(url)) {
    throw invalidDockerHost(
      value,
      "expected ssh://user@host[:port], without a password: the ssh agent or QUAI_SSH_IDENTITY's key authenticates",
    );
  }
  refuseHost(value, url.hostname);
  const user = decodeURIComponent(url.username);
  const host = url.hostname;
  const port = url.port ? Number(url.port) : SSH_PORT;
  const address = `ssh://${user}@${host}:${port}`;
  if (!env.SSH_AUTH_SOCK && !env.QUAI_SSH_IDENTITY) {
    // Without a way to authenticate, ssh2 fails late and vaguely.
    throw new UserError(
      `DOCKER_HOST ${address} needs an SSH agent or key, and neither SSH_AUTH_SOCK nor QUAI_SSH_IDENTITY is set`,
      {
        hint: "Start ssh-agent and ssh-add the key that may log in to the Docker host, or set QUAI_SSH_IDENTITY to its private key file (without a passphrase)",
      },
    );
  }
  // A key file, as `ssh -i` takes it: for CI and machines without an agent.
  const privateKey =
    env.QUAI_SSH_IDENTITY &&
    readRequiredFile(
      env.QUAI_SSH_IDENTITY,
      "the SSH identity file",
      "QUAI_SSH_IDENTITY names the private key that may log in to the Docker host: fix the path, or unset it to use the ssh agent",
    );
  const knownHostsPath = env.QUAI_SSH_KNOWN_HOSTS || join(homeDirectory(env), ".ssh", "known_hosts");
  const knownHosts = readRequiredFile(
    knownHostsPath,
    "the SSH known_hosts file",
    `quai verifies the key of ${host}: record it there (ssh -p ${port} ${user}@${host} once, checking the fingerprint), or set QUAI_SSH_KNOWN_HOSTS to another known_hosts file`,
  ).toString("utf8");
  const hostVerifier = knownHostsVerifier(knownHosts, host, port, hooks);
  return {
    endpoint: {
      kind: "ssh",
      address,
      user,
      host,
      port,
      knownHostsPath,
      knownHostsSource: env.QUAI_SSH_KNOWN_HOSTS_SOURCE || knownHostsPath,
    },
    dockerodeOptions: {
      ...NOTHING_FROM_PROCESS_ENV,
      protocol: "ssh",
      host,
      port,
      username: user,
      sshOptions: { agent: env.SSH_AUTH_SOCK, privateKey, hostVerifier },
    },
  };
}

/** ssh2's synchronous hostVerifier: without one, ssh2 accepts any host key. */
function knownHostsVerifier(
  knownHosts: string,
  host: string,
  port: number,
  hooks: DockerHostHooks,
): (presentedKey: Buffer) => boolean {
  return (presentedKey) => {
    const verdict = verifyHostKey(knownHosts, host, port, presentedKey);
    if (!verdict.trusted) hooks.onHostKeyRejected?.(verdict.reason);
    return verdict.trusted;
  };
}

/** A path, query or fragment has no meaning in a Docker address, so it is a typo. */
function hasMoreThanAuthority(url: URL): boolean {
  return !["", "/"].includes(url.pathname) || url.search !== "" || url.hash !== "";
}

function homeDirectory(env: NodeJS.ProcessEnv): string {
  return env.HOME || homedir();
}

function readRequiredFile(path: string, what: string, hint: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    const why = errorCode(error) === "ENOENT" ? "it does not exist" : (errorCode(error) ?? String(error));
    throw new UserError(`Cannot read ${what} ${path} (${why})`, { hint, cause: error });
  }
}

function refuseHost(value: string, host: string): void {
  const why = refusedEngineHost(host);
  if (why) throw new InvalidValueError("DOCKER_HOST", value, why, { hint: REFUSED_ENGINE_HOST_HINT });
}

function invalidDockerHost(value: string, why: string): InvalidValueError {
  return new InvalidValueError("DOCKER_HOST", value, why, { hint: ACCEPTED_FORMS });
}
