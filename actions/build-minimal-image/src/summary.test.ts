import type { BuildRequest, BuildResult } from "@quai/minimal-image";
import { describe, expect, it } from "vitest";
import { ScriptFailedError } from "../../../packages/minimal-image/src/container-script";
import {
  captureFailureSummary,
  captureSummary,
  factsOf,
  renderingProblems,
} from "../../../test/support/job-summary";
import { describeBuildFailure, writeBuildSummary } from "./summary";

const DIGEST = `sha256:${"d".repeat(64)}`;

const result = {
  recipe: "node",
  digest: DIGEST,
  image: "shop:abc1234",
  ociLayout: "/runner/_temp/quai-build-1/oci",
  size: { compressed: 40_000_000, uncompressed: 120_000_000 },
  base: { ref: "node:22-bookworm-slim", pinned: `node@${DIGEST}` },
  builder: { ref: "node:22-bookworm", pinned: `node@${DIGEST}` },
  layers: [
    {
      role: "base",
      holds: "node:22-bookworm-slim",
      size: 30_000_000,
      uncompressedSize: 90_000_000,
      digest: DIGEST,
    },
    { role: "app", holds: "the app", size: 40_000, uncompressedSize: 90_000, digest: DIGEST },
  ],
  audit: {
    failures: [],
    warnings: [{ message: "Files that look like secrets: /app/.env (1 path)" }],
    largest: [],
    totalSize: 0,
    addedSize: 0,
  },
  processes: [
    { name: "web", command: "node server.js" },
    { name: "worker", command: "node worker.js" },
  ],
  platform: { os: "linux", architecture: "amd64" },
} as unknown as BuildResult;

describe("the build's job summary", () => {
  it("shows what was built in facts and code, its layers and phases in tables with headers", async () => {
    const summary = await captureSummary(() =>
      writeBuildSummary(result, [{ title: "Compile (node recipe)", ms: 61_000 }]),
    );
    expect(summary.dom.querySelector("h3")?.text).toBe("Built shop:abc1234");
    const facts = factsOf(summary);
    expect(facts.get("Digest")?.querySelector("code")?.text).toBe(DIGEST);
    expect(
      facts
        .get("Processes")
        ?.querySelectorAll("code")
        .map((element) => element.text),
    ).toEqual(["web", "worker"]);
    expect(facts.get("OCI layout")?.querySelector("code")?.text).toBe(result.ociLayout);
    const headers = summary.dom
      .querySelectorAll("table")
      .map((table) => table.querySelectorAll("th").map((cell) => cell.text)[0]);
    // The facts table has no header row; "Largest added files" has no rows, so no table.
    expect(headers).toEqual([undefined, "Layer", "Phase"]);
    expect(summary.dom.querySelectorAll("h4").map((heading) => heading.text)).toEqual([
      "Layers",
      "Audit: passed with 1 warning(s)",
      "Time",
    ]);
    expect(summary.dom.querySelector("p")?.text).toBe("⚠️ Files that look like secrets: /app/.env (1 path)");
    expect(renderingProblems(summary)).toEqual([]);
  });

  it("on failure says what was built, the phase it failed in, and the compile step's log tail", async () => {
    const request = { imageName: "shop:abc1234", context: "app", recipe: "auto" } as BuildRequest;
    const phases = [
      { title: "Read the context", ms: 120, failed: false },
      { title: "Compile (node recipe)", ms: 4200, failed: true },
    ];
    const error = new ScriptFailedError("The compile step (node)", 7, [
      "> tsc",
      "error TS2304: Cannot find name 'x'",
    ]);
    const summary = await captureFailureSummary(error, () => describeBuildFailure({ request, phases }));

    expect(summary.dom.querySelector("h3")?.text).toBe("❌ Build of shop:abc1234 failed");
    const [message, hint] = summary.dom.querySelectorAll("p");
    expect(message?.text).toBe("The compile step (node) failed with exit code 7");
    expect(hint?.text).toBe("Its last 2 log lines are in the log and the job summary");
    const facts = factsOf(summary);
    expect(facts.get("Context")?.querySelector("code")?.text).toBe("app");
    expect(facts.get("Failed in")?.text).toBe("Compile (node recipe) (after 4.2 s)");
    const details = summary.dom.querySelector("details");
    expect(details?.querySelector("summary")?.text).toBe("The compile step (node): last 2 log lines");
    expect(details?.querySelector("pre code")?.text).toBe("> tsc\nerror TS2304: Cannot find name 'x'");
    expect(renderingProblems(summary)).toEqual([]);
  });

  it("on a failure before the inputs were read, says only that the build failed", async () => {
    const summary = await captureFailureSummary(new Error("boom"), () =>
      describeBuildFailure({ phases: [] }),
    );
    expect(summary.dom.querySelector("h3")?.text).toBe("❌ Build failed");
    expect(summary.elements).not.toContain("table");
  });
});
