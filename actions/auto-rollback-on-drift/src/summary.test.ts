import { NotImplementedError } from "@quai/core";
import { describe, expect, it } from "vitest";
import { captureFailureSummary, renderingProblems } from "../../../test/support/job-summary";
import { describeWatchFailure } from "./summary";

describe("auto-rollback-on-drift's job summary", () => {
  it("says it did not run, why, and what to do meanwhile", async () => {
    const summary = await captureFailureSummary(
      new NotImplementedError("auto-rollback-on-drift"),
      describeWatchFailure,
    );
    expect(summary.dom.querySelector("h3")?.text).toBe("❌ auto-rollback-on-drift did not run");
    expect(summary.dom.querySelectorAll("p").map((paragraph) => paragraph.text)).toEqual([
      "auto-rollback-on-drift is not implemented yet",
      "No issue tracks it yet; use the steps before it in the pipeline",
    ]);
    expect(renderingProblems(summary)).toEqual([]);
  });
});
