import { randomBytes } from "node:crypto";

/** Label carried by every container, network and volume a run creates, so post steps and tests find them. */
export const RUN_ID_LABEL = "io.github.quai.run-id";
export const ACTION_LABEL = "io.github.quai.action";

/**
 * An id unique to one action execution: the workflow run and attempt (to trace it back) plus
 * random bytes, because two jobs of one run may share a Docker host.
 */
export function newRunId(env: NodeJS.ProcessEnv = process.env): string {
  const run = env.GITHUB_RUN_ID ? `${env.GITHUB_RUN_ID}-${env.GITHUB_RUN_ATTEMPT ?? "1"}` : "local";
  return `${run}-${randomBytes(4).toString("hex")}`;
}

export function runLabels(runId: string, action: string): Record<string, string> {
  return { [RUN_ID_LABEL]: runId, [ACTION_LABEL]: action };
}
