// One commit and one set of base digests make one image digest, whichever engine builds it: the
// test bed's classic-store engine and its containerd-store engine, each from an empty cache.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runAction } from "../harness/action-harness";
import { baseImage, testbed, workspaceWith } from "../support/testbed";

const SOURCE_DATE_EPOCH = "1763800000";

describe("build-minimal-image on both engines", () => {
  it.each(["node-app", "python-app"])(
    "builds %s to the same digest on Docker's classic image store and on containerd's",
    async (fixture) => {
      const [base, builder] =
        fixture === "node-app"
          ? [baseImage("base/node:18"), baseImage("base/node:18-build")]
          : [baseImage("base/python:3.11"), baseImage("base/python:3.11-build")];
      const digests: Record<string, string | undefined> = {};
      for (const engine of testbed.engines) {
        const workspace = workspaceWith(fixture);
        const result = await runAction("build-minimal-image", {
          workspace,
          env: { SOURCE_DATE_EPOCH, DOCKER_HOST: engine.host },
          inputs: {
            context: "app",
            "base-image": base,
            "builder-image": builder,
            image: `quai-e2e/across-engines-${fixture}:${engine.name}`,
            "cache-dir": join(workspace, "empty-cache"),
            "build-env": "PIP_NO_INDEX=1",
          },
        });
        expect(result.main.exitCode, result.main.log).toBe(0);
        expect(result.main.log).toContain(
          engine.imageStore === "containerd" ? "containerd image store" : "classic image store",
        );
        digests[engine.name] = result.main.outputs.digest;
      }
      expect(digests.containerd).toMatch(/^sha256:[0-9a-f]{64}$/);
      expect(digests.containerd).toBe(digests.classic);
    },
    600_000,
  );
});
