import { InvalidValueError } from "./errors";

/**
 * An image reference as Docker and the OCI distribution spec read it:
 * `[registry/]repository[:tag][@digest]`, with Docker Hub's defaults made explicit.
 */
export interface ImageRef {
  registry: string;
  repository: string;
  tag?: string;
  digest?: string;
}

export const DOCKER_HUB = "docker.io";

// The grammar of github.com/distribution/reference.
const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^sha256:[a-f0-9]{64}$/;
const REGISTRY =
  /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\[[0-9a-fA-F:]+\])(?::[0-9]+)?$/;

export function isDigest(value: string): boolean {
  return DIGEST.test(value);
}

export function isValidTag(value: string): boolean {
  return TAG.test(value);
}

/** `sha256:` and the first 12 hex digits (as `docker images` shows ids), for logs and summaries. */
export function shortDigest(digest: string): string {
  return digest.slice(0, "sha256:".length + 12);
}

const IMAGE_REF_HINT = "Use the form registry/namespace/name:tag or registry/namespace/name@sha256:<64 hex>";

/**
 * Parses a reference; `input` names the setting it came from, for the error message, and `hint`
 * says how to write one where only some forms will do.
 */
export function parseImageRef(text: string, input = "image", hint = IMAGE_REF_HINT): ImageRef {
  const value = text.trim();
  const invalid = (why: string) => new InvalidValueError(input, text, why, { hint });
  if (value === "") throw invalid("it is empty");

  let rest = value;
  let digest: string | undefined;
  const at = rest.indexOf("@");
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST.test(digest)) throw invalid(`"${digest}" is not a sha256 digest`);
  }

  let tag: string | undefined;
  const lastSlash = rest.lastIndexOf("/");
  const colon = rest.lastIndexOf(":");
  if (colon > lastSlash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG.test(tag)) throw invalid(`"${tag}" is not a valid tag`);
  }

  const parts = rest.split("/");
  let registry = DOCKER_HUB;
  const first = parts[0] ?? "";
  if (parts.length > 1 && (first.includes(".") || first.includes(":") || first === "localhost")) {
    registry = first;
    parts.shift();
    if (!REGISTRY.test(registry)) throw invalid(`"${registry}" is not a registry host`);
  }
  if (parts.length === 0 || parts.some((part) => !PATH_COMPONENT.test(part))) {
    throw invalid("the repository must be lower-case path components separated by /");
  }
  if (registry === DOCKER_HUB && parts.length === 1) parts.unshift("library");

  return { registry, repository: parts.join("/"), tag, digest };
}

/**
 * The reference with its registry and repository lower-cased, its tag and digest as written.
 * Registries take lower-case repositories only, and `ghcr.io/${{ github.repository }}` keeps the
 * owner's capitals: docker/metadata-action lower-cases image names the same way.
 */
export function lowerCaseImageName(text: string): string {
  const at = text.indexOf("@");
  const name = at >= 0 ? text.slice(0, at) : text;
  const colon = name.lastIndexOf(":");
  const end = colon > name.lastIndexOf("/") ? colon : name.length;
  return text.slice(0, end).toLowerCase() + text.slice(end);
}

/** `registry/repository`, the name a registry and `docker` know the image by. */
export function imageName(ref: ImageRef): string {
  return `${ref.registry}/${ref.repository}`;
}

export function formatImageRef(ref: ImageRef): string {
  return `${imageName(ref)}${ref.tag ? `:${ref.tag}` : ""}${ref.digest ? `@${ref.digest}` : ""}`;
}

/** The immutable form, `registry/repository@digest`, that deployments run. */
export function pinnedImageRef(ref: ImageRef): string {
  if (!ref.digest) throw new Error(`${formatImageRef(ref)} has no digest to pin`);
  return `${imageName(ref)}@${ref.digest}`;
}

/** True for registries on this machine, the only ones spoken to over plain HTTP by default. */
export function isLoopbackRegistry(registry: string): boolean {
  const host = registry.replace(/:[0-9]+$/, "").replace(/^\[|\]$/g, "");
  return host === "localhost" || host === "::1" || /^127\.\d+\.\d+\.\d+$/.test(host);
}
