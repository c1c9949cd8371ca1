import { DOCKER_HUB } from "@quai/core";
import type { CredentialLookup } from "./credentials";
import { RegistryClient, type RegistryClientOptions } from "./registry-client";

export interface PullClientOptions extends Omit<RegistryClientOptions, "registry" | "credentials" | "url"> {
  /** Credentials by host: the registry's own, and each mirror's by the mirror's host. */
  credentials: CredentialLookup;
}

/**
 * The clients to pull an image of `registry` with, in the order dockerd pulls it: for Docker Hub,
 * one per mirror the engine is set to (`registry-mirrors`, as `docker info` lists them), then
 * Docker Hub itself; any other registry alone, as dockerd mirrors Docker Hub only. A mirror is
 * spoken to with its own credentials, never Docker Hub's. For reads only: a push must see what
 * the registry itself holds, which a mirror may not.
 */
export function pullClients(
  registry: string,
  mirrors: readonly string[],
  options: PullClientOptions,
): RegistryClient[] {
  const { credentials, ...common } = options;
  const own = new RegistryClient({ ...common, registry, credentials: credentials(registry) });
  if (registry !== DOCKER_HUB) return [own];
  const throughMirrors = mirrors.map((mirror) => {
    const { host } = new URL(mirror);
    return new RegistryClient({ ...common, registry: host, url: mirror, credentials: credentials(host) });
  });
  return [...throughMirrors, own];
}
