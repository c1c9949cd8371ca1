import { existsSync } from "node:fs";
import * as core from "@actions/core";
import { formatImageRef, workspaceDir, workspacePath } from "@quai/core";
import { InputReader, run } from "@quai/github";
import type { ReleaseRequest, ReleaseResult } from "@quai/registry";
import { type Inputs, readInputs } from "./inputs";
import { describeReleaseFailure, type ReleaseProgress, writeReleaseSummary } from "./summary";

const progress: ReleaseProgress = {};

async function main(): Promise<void> {
  const started = Date.now();
  const inputs = readInputs(new InputReader());
  const request = await releaseRequest(inputs);
  progress.request = request;
  progress.source = inputs.source && formatImageRef(inputs.source);
  const result = await release(inputs, request);
  core.setOutput("digest", result.digest);
  core.setOutput("version", result.version);
  core.setOutput(
    "tags",
    result.tags
      .filter((tag) => tag.action !== "kept")
      .map((tag) => tag.tag)
      .join("\n"),
  );
  core.setOutput("image-ref", result.imageRef);
  core.setOutput("pushed-bytes", String(result.blobs.pushedBytes));
  core.setOutput("mounted-blobs", String(result.blobs.mounted));
  await writeReleaseSummary(result, Date.now() - started);
}

/** The one library call of the mode the inputs chose. */
async function release(inputs: Inputs, request: ReleaseRequest): Promise<ReleaseResult> {
  const { promoteRelease, pushEngineImage, pushOciLayout } = await import("@quai/registry");
  if (inputs.source) return promoteRelease(inputs.source, request);
  if (inputs.image) {
    // Loaded only here: the Docker client is most of the bundle, and a layout push needs none of it.
    const { connectEngine, readEngineImage } = await import("@quai/docker");
    const engine = await connectEngine();
    const image = inputs.image;
    return pushEngineImage(() => readEngineImage(engine.api, image), request);
  }
  return pushOciLayout(inputs["oci-layout"] ?? workspaceDir(), request);
}

async function releaseRequest(inputs: Inputs): Promise<ReleaseRequest> {
  // Loaded once the inputs are valid: the registry client and the OCI layout reader are most of
  // the bundle, and a step that fails on its inputs needs none of them.
  const { resolveReleaseVersion } = await import("@quai/registry");
  const { username, password } = inputs;
  return {
    target: inputs.repository,
    version: resolveReleaseVersion(inputs.version, process.env.GITHUB_REF),
    tagRules: inputs.tags,
    commit: process.env.GITHUB_SHA,
    credentials: username && password ? { username, password } : undefined,
    insecureRegistries: inputs["insecure-registries"],
    sbom: sbomPath(inputs),
    reporter: {
      group: (title, work) => core.group(title, work),
      info: (message) => core.info(message),
      warning: (message) => core.warning(message),
    },
  };
}

/** The sbom input, else the SBOM build-minimal-image writes beside its layout, when there is one. */
function sbomPath(inputs: Inputs): string | undefined {
  if (inputs.sbom) return inputs.sbom;
  const layout = inputs["oci-layout"];
  const besideLayout = layout && `${layout}.sbom.cdx.json`;
  return besideLayout && existsSync(besideLayout)
    ? workspacePath("sbom", besideLayout, { allowRunnerTemp: true })
    : undefined;
}

await run(main, { describeFailure: () => describeReleaseFailure(progress) });
