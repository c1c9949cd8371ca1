import { mkdtempSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { checkReportPattern, splitReportPattern } from "./report-pattern";

const emptyFolder = () => mkdtempSync(join(tmpdir(), "quai-reports-"));

describe("splitReportPattern", () => {
  it.each([
    ["reports", { base: "reports" }],
    ["/suite/reports/junit.xml", { base: "/suite/reports/junit.xml" }],
    ["reports/**/*.xml", { base: "reports", glob: "**/*.xml" }],
    ["/reports/TEST-*.xml", { base: "/reports", glob: "TEST-*.xml" }],
    ["*.xml", { base: ".", glob: "*.xml" }],
    ["/*.xml", { base: "/", glob: "*.xml" }],
  ])("%s → %j", (pattern, split) => {
    expect(splitReportPattern(pattern)).toEqual(split);
  });
});

describe("checkReportPattern", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it("takes patterns whose folder is in the workspace", () => {
    vi.stubEnv("GITHUB_WORKSPACE", emptyFolder());
    for (const pattern of ["reports", "reports/**/*.xml", "out/../reports/*.xml", "*.xml", "TEST-..x*.xml"]) {
      expect(() => checkReportPattern(pattern, "runner")).not.toThrow();
    }
  });

  it.each(["../reports/*.xml", "/etc/*.xml", "reports/../../*.xml"])(
    "refuses %s on the runner: its folder is outside the workspace",
    (pattern) => {
      vi.stubEnv("GITHUB_WORKSPACE", emptyFolder());
      expect(() => checkReportPattern(pattern, "runner")).toThrowError(
        `Invalid reports: "${pattern}" (outside the workspace)`,
      );
    },
  );

  it("follows a linked reports folder out of the workspace", () => {
    const workspace = emptyFolder();
    symlinkSync("/etc", join(workspace, "reports"));
    vi.stubEnv("GITHUB_WORKSPACE", workspace);
    expect(() => checkReportPattern("reports/*.xml", "runner")).toThrowError(
      'Invalid reports: "reports/*.xml" (it leads to /etc, outside the workspace)',
    );
  });

  it.each([
    "reports/*/../../../etc/*.xml",
    "reports/**/..",
    "reports/*/{..,x}/*.xml",
    "reports/@(a|..)/*.xml",
  ])("refuses %s anywhere: a .. after a wildcard climbs out", (pattern) => {
    vi.stubEnv("GITHUB_WORKSPACE", emptyFolder());
    for (const place of ["runner", "container"] as const) {
      expect(() => checkReportPattern(pattern, place)).toThrowError(
        `Invalid reports: "${pattern}" (a .. after a wildcard climbs out of the folder matched)`,
      );
    }
  });

  it("lets a pattern name the test container's own files", () => {
    expect(() => checkReportPattern("/suite/reports/*.xml", "container")).not.toThrow();
    expect(() => checkReportPattern("../reports", "container")).not.toThrow();
  });
});
