import { describe, expect, it } from "vitest";
import { newRunId, RUN_ID_LABEL, runLabels } from "./resource-labels";

describe("newRunId", () => {
  it("traces back to the workflow run and differs between executions", () => {
    const env = { GITHUB_RUN_ID: "4242", GITHUB_RUN_ATTEMPT: "2" };
    const first = newRunId(env);
    expect(first).toMatch(/^4242-2-[0-9a-f]{8}$/);
    expect(newRunId(env)).not.toBe(first);
  });

  it("works outside Actions", () => {
    expect(newRunId({})).toMatch(/^local-[0-9a-f]{8}$/);
  });

  it("labels resources with the run and the action", () => {
    expect(runLabels("1-1-abcd", "deploy-env")).toEqual({
      [RUN_ID_LABEL]: "1-1-abcd",
      "io.github.quai.action": "deploy-env",
    });
  });
});
