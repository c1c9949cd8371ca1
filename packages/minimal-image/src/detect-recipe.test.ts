import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { detectRecipe, readNodePackage } from "./detect-recipe";

function context(files: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), "quai-detect-"));
  for (const file of files) writeFileSync(join(dir, file), "");
  return dir;
}

describe("detectRecipe", () => {
  it.each([
    [["package.json", "package-lock.json"], "node"],
    [["package.json", "npm-shrinkwrap.json", "Dockerfile"], "node"],
    [["pyproject.toml"], "python"],
    [["requirements.txt", "Procfile"], "python"],
    [["Dockerfile"], "dockerfile"],
    [["Procfile", "server"], "static"],
  ])("%j → %s", (files, recipe) => {
    expect(detectRecipe(context(files))).toBe(recipe);
  });

  it("refuses a node app without a lockfile, pointing at package.json", () => {
    const dir = context(["package.json"]);
    expect(() => detectRecipe(dir)).toThrowError(`${join(dir, "package.json")} has no lockfile beside it`);
  });

  it("says what it looked for when nothing is recognisable", () => {
    expect(() => detectRecipe(context(["README.md"]))).toThrowError(/^No recognisable app in /);
  });
});

describe("readNodePackage", () => {
  it("gives the scripts, or none when package.json has no scripts object", () => {
    const dir = context([]);
    writeFileSync(join(dir, "package.json"), JSON.stringify({ scripts: { build: "tsc" } }));
    expect(readNodePackage(dir).scripts).toEqual({ build: "tsc" });
    writeFileSync(join(dir, "package.json"), JSON.stringify({ scripts: "tsc" }));
    expect(readNodePackage(dir).scripts).toEqual({});
  });

  it("refuses package.json that is not JSON, pointing at the file", () => {
    const dir = context([]);
    writeFileSync(join(dir, "package.json"), "{ name: app }");
    expect(() => readNodePackage(dir)).toThrow(
      expect.objectContaining({
        message: `${join(dir, "package.json")} is not valid JSON`,
        location: { file: join(dir, "package.json") },
      }),
    );
  });
});
