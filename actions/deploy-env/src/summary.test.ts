import type { DeployEnvResult } from "@quai/deploy";
import { describe, expect, it } from "vitest";
import { captureSummary } from "../../../test/support/job-summary";
import { writeDeploySummary } from "./summary";

const INJECTION = "</td></tr></table><img src=x onerror=alert(1)>";

describe("writeDeploySummary", () => {
  it("shows a forced deploy's reason as text, and the image and digests as code", async () => {
    const result = {
      release: { app: "shop", version: "1.4.0", image: "ghcr.io/acme/shop@sha256:aaaa" },
      settings: {
        name: "production",
        target: "docker",
        strategy: "blue-green",
        after: "staging",
        publish: "127.0.0.1:18080",
      },
      previous: { version: "1.3.9", digest: "sha256:bbbbbbbbbbbbbbbbbbbbbbbb" },
      outcome: { reused: false, phases: [{ name: "health gate", ms: 1200 }] },
      deployment: { id: "42", status: "success" },
      forced: `staging has no successful deployment of 1.4.0; forced: ${INJECTION}`,
      durationMs: 61_000,
    } as DeployEnvResult;
    const summary = await captureSummary(() => writeDeploySummary(result, false));
    expect(summary.elements).not.toContain("img");
    expect(summary.elements.filter((element) => element === "table")).toHaveLength(2);
    expect(summary.elements.filter((element) => element === "code")).toHaveLength(2);
    expect(summary.html).not.toContain("<th></th>");
    expect(summary.html).toContain(
      "forced: &lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;img src=x onerror=alert(1)&gt;",
    );
    expect(summary.html).toContain("<td>1.3.9 (<code>sha256:bbbbbbbbbbbb</code>)</td>");
  });
});
