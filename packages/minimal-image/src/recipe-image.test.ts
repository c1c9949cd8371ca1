import { describe, expect, it } from "vitest";
import { mergeEnv } from "./recipe-image";

describe("mergeEnv", () => {
  it("lays the recipe's variables over the base's, keeping the base's order", () => {
    expect(
      mergeEnv(["PATH=/usr/bin", "LANG=C.UTF-8"], ["PATH=/app/venv/bin:/usr/bin", "PYTHONUNBUFFERED=1"]),
    ).toEqual(["PATH=/app/venv/bin:/usr/bin", "LANG=C.UTF-8", "PYTHONUNBUFFERED=1"]);
  });
});
