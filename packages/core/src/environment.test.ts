import { describe, expect, it } from "vitest";
import { promotionOrder, validateEnvironmentName } from "./environment";

describe("promotionOrder", () => {
  it("puts every stage after the one it names, whatever the declaration order", () => {
    const order = promotionOrder([
      { name: "production", after: "qualification" },
      { name: "staging" },
      { name: "qualification", after: "staging" },
    ]);
    expect(order.map((environment) => environment.name)).toEqual(["staging", "qualification", "production"]);
  });

  it("refuses a stage that comes after an undeclared one", () => {
    expect(() => promotionOrder([{ name: "production", after: "qa" }])).toThrowError(
      "Environment production comes after qa, which is not declared",
    );
  });

  it("refuses cycles and duplicates", () => {
    expect(() =>
      promotionOrder([
        { name: "a", after: "b" },
        { name: "b", after: "a" },
      ]),
    ).toThrowError("Environments form a cycle: a → b → a");
    expect(() => promotionOrder([{ name: "a" }, { name: "a" }])).toThrowError(
      "Environment a is declared twice",
    );
  });
});

describe("validateEnvironmentName", () => {
  it("accepts GitHub-style environment names and refuses others", () => {
    expect(validateEnvironmentName("production")).toBe("production");
    expect(() => validateEnvironmentName("Prod env")).toThrowError(/^Invalid environment: "Prod env"/);
  });
});
