import { readFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";

export interface Credentials {
  username: string;
  password: string;
}

/** Finds the credentials for a registry host; undefined means anonymous access. */
export type CredentialLookup = (registry: string) => Credentials | undefined;

type DockerConfig = {
  auths?: Record<string, { auth?: string; username?: string; password?: string }>;
  credsStore?: string;
};

/**
 * The `auths` entries of the runner's Docker config (what `docker login` and docker/login-action
 * write): `$DOCKER_CONFIG/config.json`, else `~/.docker/config.json`. A missing file means no
 * credentials. Credential helpers are not run, and a file that is not JSON gives none: both warn,
 * naming the file, since a registry's bare 401 would not say why.
 */
export function dockerConfigCredentials(
  env: NodeJS.ProcessEnv = process.env,
  warn: (message: string) => void = (message) => console.warn(message),
): CredentialLookup {
  const path = join(env.DOCKER_CONFIG ?? join(homedir(), ".docker"), "config.json");
  const auths = readDockerConfig(path, warn)?.auths ?? {};
  return (registry) => {
    const entry = Object.entries(auths).find(([key]) => configHost(key) === registry)?.[1];
    if (!entry) return undefined;
    if (entry.auth) return decodeAuth(entry.auth);
    return entry.username && entry.password
      ? { username: entry.username, password: entry.password }
      : undefined;
  };
}

function readDockerConfig(path: string, warn: (message: string) => void): DockerConfig | undefined {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    // No docker login on this runner.
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    warn(`Could not read the Docker config ${path}, so no registry credentials come from it: ${error}`);
    return undefined;
  }
  let config: DockerConfig;
  try {
    config = JSON.parse(text) as DockerConfig;
  } catch (error) {
    warn(`The Docker config ${path} is not valid JSON, so no registry credentials come from it: ${error}`);
    return undefined;
  }
  if (config.credsStore) {
    warn(
      `The Docker config ${path} keeps credentials in the credential store "${config.credsStore}", which quai does not run: only its auths entries are used. Log in with docker/login-action, or give the registry's credentials as inputs`,
    );
  }
  return config;
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
