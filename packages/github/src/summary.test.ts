import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { addCollapsed, addFacts, addTable, writeSummary } from "./summary";

afterEach(() => vi.unstubAllEnvs());

describe("job summary helpers", () => {
  it("writes tables, facts and collapsed logs to the runner's summary file", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "quai-summary-")), "summary.md");
    writeFileSync(file, "");
    vi.stubEnv("GITHUB_STEP_SUMMARY", file);
    addTable(
      ["Layer", "Size"],
      [
        ["dependencies", "12 MiB"],
        ["app", "40 KiB"],
      ],
    );
    addFacts({ Digest: "sha256:abc", Skipped: undefined });
    addCollapsed("Log tail of web", "listening on :8080");
    await writeSummary();
    const html = readFileSync(file, "utf8");
    expect(html).toContain("<th>Layer</th><th>Size</th>");
    expect(html).toContain("<td>dependencies</td><td>12 MiB</td>");
    expect(html).toContain("<td>Digest</td><td>sha256:abc</td>");
    expect(html).not.toContain("Skipped");
    expect(html).toContain("<details><summary>Log tail of web</summary>");
    expect(html).toContain("listening on :8080");
  });

  it("drops the buffer when there is no summary file", async () => {
    vi.stubEnv("GITHUB_STEP_SUMMARY", "");
    addFacts({ a: 1 });
    await writeSummary();
    const file = join(mkdtempSync(join(tmpdir(), "quai-summary-")), "summary.md");
    writeFileSync(file, "");
    vi.stubEnv("GITHUB_STEP_SUMMARY", file);
    await writeSummary();
    expect(readFileSync(file, "utf8")).toBe("");
  });
});
