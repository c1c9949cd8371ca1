import type { EngineInfo } from "./image-store";

/**
 * The engine's mirrors of Docker Hub (its daemon.json's `registry-mirrors`), in the order it tries
 * them, as URLs (`https://mirror.example.com/`). A runner behind a corporate mirror, or with no
 * way out to Docker Hub at all, pulls Docker Hub images through them: what quai reads of such an
 * image without the engine must come the same way.
 */
export function registryMirrorsOf(info: EngineInfo): string[] {
  return info.RegistryConfig?.Mirrors ?? [];
}
