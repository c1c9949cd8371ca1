import { parseImageRef, parseVersion, UserError } from "@quai/core";
import type { ReleaseRequest, ReleaseResult } from "@quai/registry";
import { describe, expect, it } from "vitest";
import {
  captureFailureSummary,
  captureSummary,
  factsOf,
  linksOf,
  renderingProblems,
} from "../../../test/support/job-summary";
import { describeReleaseFailure, writeReleaseSummary } from "./summary";

const DIGEST = `sha256:${"e".repeat(64)}`;

function released(repository: string): ReleaseResult {
  return {
    digest: DIGEST,
    version: "1.4.0",
    imageRef: `${repository}@${DIGEST}`,
    tags: [
      { tag: "1.4.0", action: "written" },
      { tag: "latest", action: "kept" },
    ],
    blobs: { pushedBytes: 2048, uploaded: 1, mounted: 2, present: 3 },
    sbom: { digest: DIGEST, listedBy: "fallback-tag" },
  };
}

describe("the release's job summary", () => {
  it("links the image to its registry's page of the tag, the digests as code, the tags in a table", async () => {
    const summary = await captureSummary(() => writeReleaseSummary(released("docker.io/acme/shop"), 1500));
    expect(summary.dom.querySelector("h3")?.text).toBe("Released 1.4.0");
    expect(linksOf(summary)).toEqual({
      [`docker.io/acme/shop@${DIGEST}`]: "https://hub.docker.com/r/acme/shop/tags?name=1.4.0",
    });
    expect(factsOf(summary).get("SBOM")?.querySelector("code")?.text).toBe(DIGEST);
    const tags = summary.dom.querySelectorAll("table").find((table) => table.querySelector("th"));
    expect(tags?.querySelectorAll("tr td").map((cell) => cell.text)).toEqual([
      "1.4.0",
      "written",
      "latest",
      "kept on a higher version",
    ]);
    expect(renderingProblems(summary)).toEqual([]);
  });

  it("has no link for a registry whose pages quai does not know", async () => {
    const summary = await captureSummary(() =>
      writeReleaseSummary(released("127.0.0.1:5000/acme/shop"), 1500),
    );
    expect(summary.elements).not.toContain("a");
    expect(factsOf(summary).get("Image")?.querySelector("code")?.text).toBe(
      `127.0.0.1:5000/acme/shop@${DIGEST}`,
    );
  });

  it("on failure names the release and links the repository it was going to", async () => {
    const request = {
      target: parseImageRef("ghcr.io/acme/shop"),
      version: parseVersion("1.4.0"),
    } as ReleaseRequest;
    const error = new UserError("ghcr.io refused the push of 1.4.0: denied", {
      hint: "Give the job `packages: write` in its `permissions:`",
    });
    const summary = await captureFailureSummary(error, () =>
      describeReleaseFailure({ request, source: `ghcr.io/acme/shop-staging@${DIGEST}` }),
    );
    expect(summary.dom.querySelector("h3")?.text).toBe("❌ Release 1.4.0 to ghcr.io/acme/shop failed");
    expect(summary.dom.querySelector("p b")?.text).toBe("ghcr.io refused the push of 1.4.0: denied");
    expect(summary.dom.querySelectorAll("p code").map((element) => element.text)).toEqual([
      "packages: write",
      "permissions:",
    ]);
    expect(linksOf(summary)).toEqual({ "ghcr.io/acme/shop": "https://ghcr.io/acme/shop" });
    expect(factsOf(summary).get("Promoted from")?.querySelector("code")?.text).toBe(
      `ghcr.io/acme/shop-staging@${DIGEST}`,
    );
    expect(summary.elements).not.toContain("details");
    expect(renderingProblems(summary)).toEqual([]);
  });

  it("on a failure before the release was known, says only that it failed", async () => {
    const summary = await captureFailureSummary(new UserError("Invalid version"), () =>
      describeReleaseFailure({}),
    );
    expect(summary.dom.querySelector("h3")?.text).toBe("❌ Release failed");
    expect(summary.elements).toEqual(["h3", "p", "b"]);
  });
});
