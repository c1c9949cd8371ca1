// Releases of the release app (test/fixtures/apps/release-app), made the way a pipeline makes
// them: build-minimal-image, then push-versioned to the test bed's registry. Shared by deploy-env's
// e2e tests, its benchmark and the demo.
import { randomBytes } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type ActionResult, runAction } from "../harness/action-harness";
import { baseImage, testbed, workspaceWith } from "./testbed";

/** ok: serves; crash: exits at start; unhealthy: runs but never passes /health. */
export type ReleaseBehaviour = "ok" | "crash" | "unhealthy" | "crash-later";

export interface PushedReleases {
  /** registry/namespace/name the releases were pushed to. */
  repository: string;
  /** Digest of each version. */
  digests: Record<string, string>;
}

function outputsOf(step: string, result: ActionResult): Record<string, string> {
  if (result.main.exitCode !== 0) {
    const error = result.main.annotations.find((annotation) => annotation.level === "error");
    throw new Error(`${step} failed: ${error?.message ?? result.main.log.slice(-2000)}`);
  }
  return result.main.outputs;
}

/** Builds and pushes each version (in order) to a repository of its own on 127.0.0.1:5000. */
export async function pushReleases(
  releases: readonly { version: string; behaviour: ReleaseBehaviour }[],
  name = `release-app-${randomBytes(4).toString("hex")}`,
): Promise<PushedReleases> {
  const workspace = workspaceWith("release-app");
  const repository = `${testbed.registry.address}/quai-tests/${name}`;
  const digests: Record<string, string> = {};
  for (const { version, behaviour } of releases) {
    const manifest = join(workspace, "app/package.json");
    writeFileSync(
      manifest,
      JSON.stringify({ ...JSON.parse(readFileSync(manifest, "utf8")), version }, null, 2),
    );
    writeFileSync(join(workspace, "app/behaviour.json"), JSON.stringify({ mode: behaviour }));
    outputsOf(
      `build-minimal-image ${version}`,
      await runAction("build-minimal-image", {
        workspace,
        inputs: {
          context: "app",
          recipe: "node",
          "base-image": baseImage("base/node:18"),
          "builder-image": baseImage("base/node:18-build"),
          image: `quai-tests/${name}:${version}`,
          output: `build/${version}`,
        },
      }),
    );
    const pushed = outputsOf(
      `push-versioned ${version}`,
      await runAction("push-versioned", {
        workspace,
        inputs: { "oci-layout": `build/${version}`, repository, version },
      }),
    );
    digests[version] = pushed.digest ?? "";
  }
  return { repository, digests };
}
