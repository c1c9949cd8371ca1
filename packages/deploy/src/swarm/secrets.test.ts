import { describe, expect, it } from "vitest";
import { secretName } from "./secrets";

describe("secretName", () => {
  const token = (value: string) => ({ name: "API_TOKEN", value, secret: true });

  it("names a secret by app, environment, variable and a hash of its value", () => {
    const name = secretName("shop", "staging", token("s3cret"));
    expect(name).toMatch(/^quai-shop-staging-API_TOKEN-[0-9a-f]{12}$/);
    expect(name).not.toContain("s3cret");
    expect(secretName("shop", "staging", token("s3cret"))).toBe(name);
    expect(secretName("shop", "staging", token("other"))).not.toBe(name);
    expect(secretName("shop", "production", token("s3cret")).slice(-12)).not.toBe(name.slice(-12));
  });

  it("refuses a variable whose secret name Swarm would not take", () => {
    expect(() => secretName("shop", "staging", { name: "A".repeat(60), value: "x", secret: true })).toThrow(
      /^Invalid secret variable name/,
    );
  });
});
