import { formatPlatform, logTailTitle, RUN_ID_LABEL } from "@quai/core";
import { createLayer } from "@quai/oci";
import type { AssembledImage, BuildSession } from "./build-image";
import { type CommandRunner, runCommand } from "./command";
import { ScriptFailedError } from "./container-script";

/** A Dockerfile may compile a large program on a cold cache: longer than quai's default limit. */
const DOCKERFILE_BUILD_TIME_LIMIT_MS = 60 * 60_000;

/**
 * The user's own Dockerfile, built with buildx into the engine, then taken apart into layers so
 * it gets the same OCI layout, labels and audit as a recipe's image. Its layers keep whatever
 * timestamps the Dockerfile's steps wrote: such an image is not reproducible byte for byte.
 */
export async function imageFromDockerfile(
  { engine, request, reporter, labels, target }: BuildSession,
  run: CommandRunner = runCommand,
): Promise<AssembledImage> {
  const tag = `quai-build-${request.runId.toLowerCase()}:dockerfile`;
  const args = ["buildx", "build", "--load", "--progress", "plain", "-t", tag];
  if (request.platform) args.push("--platform", formatPlatform(request.platform));
  for (const [key, value] of Object.entries(labels)) args.push("--label", `${key}=${value}`);
  for (const [key, value] of Object.entries(request.buildEnv)) args.push("--build-arg", `${key}=${value}`);
  args.push("--build-arg", `SOURCE_DATE_EPOCH=${request.source.epoch}`, request.context);
  try {
    await reporter.group(`docker buildx build ${request.context}`, () =>
      run("docker", args, reporter.info, { timeLimitMs: DOCKERFILE_BUILD_TIME_LIMIT_MS }),
    );
  } catch (error) {
    if (error instanceof ScriptFailedError) {
      await reporter.group(logTailTitle(error.logTail), async () => {
        for (const line of error.logTail.lines) reporter.info(line);
      });
    }
    throw error;
  }
  try {
    return await reporter.group("Take the built image apart", async () => {
      const archive = await engine.saveImage(tag, { platform: target.platform });
      const layers = [];
      for (const [index, { tar }] of archive.layers.entries()) {
        layers.push({
          role: "dockerfile" as const,
          layer: await createLayer(tar),
          holds: `Dockerfile layer ${index + 1}`,
        });
      }
      const config = archive.configJson.config ?? {};
      // The build's run label marked the temporary image for cleanup; the result must not carry it.
      const {
        [RUN_ID_LABEL]: _runId,
        "io.github.quai.action": _action,
        ...imageLabels
      } = config.Labels ?? {};
      return {
        layers,
        config: { ...config, Labels: imageLabels },
        processes: [],
        devDependencyPaths: [],
        platform: archive.platform,
      };
    });
  } finally {
    await engine.removeImage(tag).catch(() => undefined);
  }
}
