import { parseImageRef, UserError } from "@quai/core";
import type { BuildEngine } from "./build-engine";

/** An image the engine has, pinned: what was asked for and the digest it resolved to. */
export interface ResolvedImage {
  ref: string;
  /** The engine's image id: the config digest (classic store) or the manifest or index digest (containerd's). */
  id: string;
  /** The registry manifest digest, when the image came from a registry. */
  digest?: string;
  /** `name@digest`, or the image id for an image that never was in a registry. */
  pinned: string;
  size: number;
  /** Its layers' diff ids, base first: the chain of layers the engine holds for it. */
  layers: string[];
}

/** `scratch` is no image: an empty filesystem. */
export const SCRATCH = "scratch";

/** Makes sure the engine has `ref` (pulling it if needed) and pins it to a digest. */
export async function resolveImage(
  engine: Pick<BuildEngine, "inspectImage" | "pullImage">,
  ref: string,
  input: string,
): Promise<ResolvedImage> {
  // Refused here, not by Node's HTTP client: the engine's API takes the reference as a URL path.
  parseImageRef(ref, input);
  let inspected = await engine.inspectImage(ref);
  if (!inspected) {
    await pull(engine, ref, input);
    inspected = await engine.inspectImage(ref);
    if (!inspected) throw new UserError(`The ${input} ${ref} was pulled but the engine does not show it`);
  }
  const name = nameOf(ref);
  const digests = inspected.repoDigests
    .filter((repoDigest) => nameOf(repoDigest) === name)
    .map((repoDigest) => repoDigest.split("@")[1]);
  // A base pinned by digest keeps that digest: an image pulled through a multi-platform index has
  // the index's digest and its own platform manifest's, and only the index has every platform.
  const asked = parseImageRef(ref).digest;
  const digest = asked && digests.includes(asked) ? asked : digests[0];
  return {
    ref,
    id: inspected.id,
    digest,
    pinned: digest ? `${name}@${digest}` : inspected.id,
    size: inspected.size,
    layers: inspected.layers,
  };
}

function nameOf(ref: string): string {
  const parsed = parseImageRef(ref);
  return `${parsed.registry}/${parsed.repository}`;
}

async function pull(engine: Pick<BuildEngine, "pullImage">, ref: string, input: string): Promise<void> {
  try {
    await engine.pullImage(ref);
  } catch (error) {
    const reason = (error as Error).message.split("\n")[0];
    throw new UserError(`The ${input} ${ref} does not exist or cannot be reached (${reason})`, {
      hint: `Check the name and tag, and that this machine may pull from ${parseImageRef(ref).registry}`,
    });
  }
}
