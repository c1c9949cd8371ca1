// Where a person looks at an image in a registry's web interface, for the links of job summaries.
// Only registries whose pages have a known address get one; for any other there is no link.
import { DOCKER_HUB, type ImageRef } from "./image-ref";

const LIBRARY = "library/";
/** The names Docker Hub's registry goes by in image references. */
const DOCKER_HUB_HOSTS = new Set([DOCKER_HUB, "index.docker.io", "registry-1.docker.io"]);

/**
 * The registry's page for an image, as close to its digest as the registry has one: Quay's page
 * of the manifest, Docker Hub's page of the tag, GitHub's page of the package (ghcr.io sends a
 * browser there; it has no page per digest that a name leads to).
 */
export function imagePageUrl(ref: ImageRef): string | undefined {
  const path = ref.repository.split("/").map(encodeURIComponent).join("/");
  if (ref.registry === "ghcr.io") return `https://ghcr.io/${path}`;
  if (ref.registry === "quay.io") {
    const repository = `https://quay.io/repository/${path}`;
    return ref.digest ? `${repository}/manifest/${ref.digest}` : repository;
  }
  if (DOCKER_HUB_HOSTS.has(ref.registry)) {
    const repository = ref.repository.startsWith(LIBRARY)
      ? `https://hub.docker.com/_/${path.slice(LIBRARY.length)}`
      : `https://hub.docker.com/r/${path}`;
    return ref.tag ? `${repository}/tags?name=${encodeURIComponent(ref.tag)}` : repository;
  }
  return undefined;
}
