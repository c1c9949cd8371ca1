// Every action runs from its committed bundle through the harness and rejects a bad input with one
// clear line. An action whose capability has not landed must fail the step clearly: never report success.
import { describe, expect, it } from "vitest";
import { ISSUE_OF_ACTION, PENDING_ACTIONS, VALID_INPUTS } from "../fixtures/action-inputs";
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

describe.each(PENDING_ACTIONS)("%s (not landed yet)", (action) => {
  it("fails with one clear line saying so, and sets no output", async () => {
    const { main } = await runAction(action, { inputs: VALID_INPUTS[action] });
    expect(main.exitCode).toBe(1);
    const errors = main.annotations.filter((annotation) => annotation.level === "error");
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toMatch(new RegExp(`^${action} is not implemented yet\\. `));
    const issue = ISSUE_OF_ACTION[action];
    if (issue) expect(errors[0]?.message).toContain(`quai issue #${issue}`);
    expect(main.outputs).toEqual({});
    expect(main.log).not.toMatch(/\n\s+at /);
  });
});

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
