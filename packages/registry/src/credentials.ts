import { readFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

export interface Credentials {
  username: string;
  password: string;
}

/** Finds the credentials for a registry host; undefined means anonymous access. */
export type CredentialLookup = (registry: string) => Credentials | undefined;

type DockerConfig = { auths?: Record<string, { auth?: string; username?: string; password?: string }> };

/**
 * The `auths` entries of the runner's Docker config (what `docker login` and docker/login-action
 * write): `$DOCKER_CONFIG/config.json`, else `~/.docker/config.json`. Credential helpers are not
 * run; a missing or unreadable file means no credentials.
 */
export function dockerConfigCredentials(env: NodeJS.ProcessEnv = process.env): CredentialLookup {
  const path = join(env.DOCKER_CONFIG ?? join(homedir(), ".docker"), "config.json");
  let auths: NonNullable<DockerConfig["auths"]> = {};
  try {
    auths = (JSON.parse(readFileSync(path, "utf8")) as DockerConfig).auths ?? {};
  } catch {
    // No docker login on this runner.
  }
  return (registry) => {
    const entry = Object.entries(auths).find(([key]) => configHost(key) === registry)?.[1];
    if (!entry) return undefined;
    if (entry.auth) return decodeAuth(entry.auth);
    return entry.username && entry.password
      ? { username: entry.username, password: entry.password }
      : undefined;
  };
}

/** Credentials given as inputs for one registry, the Docker config for the others. */
export function credentialsFor(
  registry: string,
  given: Credentials | undefined,
  fallback: CredentialLookup,
): CredentialLookup {
  return (host) => (host === registry && given ? given : fallback(host));
}

/** Keys are hosts, or URLs such as `https://index.docker.io/v1/`. */
function configHost(key: string): string {
  const host = key.replace(/^https?:\/\//, "").replace(/\/.*$/, "");
  return host === "index.docker.io" ? "docker.io" : host;
}

function decodeAuth(auth: string): Credentials | undefined {
  const decoded = Buffer.from(auth, "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  if (colon < 0) return undefined;
  return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}
