import { InputReader } from "@quai/github";
import { describe, expect, it } from "vitest";
import { readInputs } from "./inputs";

const VALID = { "compose-file": "compose.yml", "test-command": "npm test", "wait-timeout": "2m" };

function inputs(values: Record<string, string>) {
  const all: Record<string, string> = { ...VALID, ...values };
  return readInputs(new InputReader((name) => all[name] ?? ""));
}

describe("readInputs", () => {
  it.each([
    ["true", true],
    ["false", false],
    ["", true],
  ])("reads allow-privileged %j as %s (empty is action.yml's default, true)", (value, allowed) => {
    expect(inputs({ "allow-privileged": value })["allow-privileged"]).toBe(allowed);
  });

  it("refuses an allow-privileged that is not a boolean", () => {
    expect(() => inputs({ "allow-privileged": "sometimes" })).toThrow(
      'Invalid allow-privileged: "sometimes" (expected true or false)',
    );
  });
});
