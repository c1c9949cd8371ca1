import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { detectRecipe } from "./detect-recipe";

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
