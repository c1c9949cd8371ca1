// Every action runs from its committed bundle through the harness and rejects a bad input with one
// clear line.
import { describe, expect, it } from "vitest";
import { VALID_INPUTS } from "../fixtures/action-inputs";
import { runAction } from "../harness/action-harness";

const INVALID_INPUT: Record<string, [Record<string, string>, string]> = {
  "build-minimal-image": [
    { recipe: "cobol" },
    'Invalid recipe: "cobol" (expected one of auto, node, python, static, dockerfile)',
  ],
  "integration-test-compose": [
    { "wait-timeout": "soon" },
    'Invalid wait-timeout: "soon" (expected a duration such as 90s, 5m or 1h)',
  ],
  "push-versioned": [
    { version: "1.2" },
    'Invalid version: "1.2" (not a semantic version). Use MAJOR.MINOR.PATCH, for example 1.4.0 or 2.0.0-rc.1',
  ],
  "deploy-env": [{ strategy: "canary" }, 'Invalid strategy: "canary" (expected one of blue-green, recreate)'],
  "auto-rollback-on-drift": [{ "dry-run": "maybe" }, 'Invalid dry-run: "maybe" (expected true or false)'],
};

describe.each(Object.keys(VALID_INPUTS))("%s", (action) => {
  it("validates its inputs first, naming the input, the value and the fix", async () => {
    const [override, message] = INVALID_INPUT[action] ?? [{}, ""];
    const { main } = await runAction(action, { inputs: { ...VALID_INPUTS[action], ...override } });
    expect(main.exitCode).toBe(1);
    expect(
      main.annotations.filter((annotation) => annotation.level === "error").map((a) => a.message),
    ).toEqual([message]);
    expect(main.log).not.toMatch(/\n\s+at /);
  });
});
