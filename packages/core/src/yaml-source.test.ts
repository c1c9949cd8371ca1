import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { billionLaughs } from "../../../test/support/yaml-bomb";
import { UserError } from "./errors";
import { readYamlSource } from "./yaml-source";

function read(text: string) {
  const path = join(mkdtempSync(join(tmpdir(), "quai-yaml-")), "settings.yml");
  writeFileSync(path, text);
  return readYamlSource(path, "settings.yml", "a settings file");
}

function errorOf(work: () => unknown): UserError {
  try {
    work();
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error("expected a UserError");
}

describe("readYamlSource", () => {
  it("expands aliases into the file's value, an anchor used hundreds of times included", () => {
    const services = Array.from({ length: 500 }, (_, index) => `  s${index}: *defaults`).join("\n");
    const source = read(`defaults: &defaults { restart: always }\nservices:\n${services}\n`);
    expect(source.value).toMatchObject({
      services: { s0: { restart: "always" }, s499: { restart: "always" } },
    });
  });

  it("refuses a billion laughs as a UserError at the anchor whose copies multiply", () => {
    const error = errorOf(() => read(`name: shop\n${billionLaughs("lol")}`));
    expect(error.message).toBe("settings.yml uses too many YAML aliases");
    expect(error.location).toEqual({ file: "settings.yml", line: 3 });
  });

  it("refuses an alias with no anchor before it, at its line", () => {
    const error = errorOf(() => read("name: shop\nenv: *common\n"));
    expect(error.message).toBe("settings.yml: the alias *common has no anchor &common before it");
    expect(error.location).toEqual({ file: "settings.yml", line: 2 });
  });
});
