import { InvalidValueError } from "@quai/core";
import { type Exec, QUERY_TIME_LIMIT_MS } from "./exec";

export interface ImageUnderTest {
  /** As the user gave it: a local name:tag, an image id or a repository digest. */
  ref: string;
  /** The engine's image id, which the stack runs: the image tested is the image built. */
  id: string;
  service: string;
}

const BARE_DIGEST = /^sha256:[0-9a-f]{64}$/;

/** The image as this engine holds it; it is never pulled or built here. */
export async function resolveImageUnderTest(
  exec: Exec,
  ref: string,
  service: string,
): Promise<ImageUnderTest> {
  const inspected = await exec("docker", ["image", "inspect", "--format", "{{.Id}}", ref], {
    timeLimitMs: QUERY_TIME_LIMIT_MS,
  });
  if (inspected.exitCode !== 0) {
    const why = BARE_DIGEST.test(ref)
      ? "no image in this Docker engine has that id; a manifest digest, such as build-minimal-image's digest output, names an image in a registry"
      : "no such image in this Docker engine";
    throw new InvalidValueError("image", ref, why, {
      hint: "Pass the image output of build-minimal-image, which loads the image into the engine, or load the image before this step",
    });
  }
  return { ref, id: inspected.stdout.trim(), service };
}
