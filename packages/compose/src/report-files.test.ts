import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { FakeExec } from "./fake-exec";
import {
  checkReportPattern,
  findReportFiles,
  reportsInContainer,
  reportsOnRunner,
  splitReportPattern,
} from "./report-files";

function folderWith(files: string[]): string {
  const root = mkdtempSync(join(tmpdir(), "quai-reports-"));
  for (const file of files) {
    mkdirSync(join(root, file, ".."), { recursive: true });
    writeFileSync(join(root, file), "<testsuite/>");
  }
  return root;
}

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

describe("findReportFiles", () => {
  const root = folderWith(["a/TEST-one.xml", "a/b/TEST-two.xml", "a/notes.txt"]);

  it("finds every .xml under a folder, the file itself, or what a glob matches", async () => {
    expect(await findReportFiles(join(root, "a"))).toEqual([
      join(root, "a/TEST-one.xml"),
      join(root, "a/b/TEST-two.xml"),
    ]);
    expect(await findReportFiles(join(root, "a/TEST-one.xml"))).toEqual([join(root, "a/TEST-one.xml")]);
    expect(await findReportFiles(join(root, "a"), "*.xml")).toEqual([join(root, "a/TEST-one.xml")]);
  });

  it("finds nothing where there is nothing", async () => {
    expect(await findReportFiles(join(root, "missing"))).toEqual([]);
  });
});

describe("checkReportPattern", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it("takes patterns whose folder is in the workspace", () => {
    vi.stubEnv("GITHUB_WORKSPACE", folderWith([]));
    for (const pattern of ["reports", "reports/**/*.xml", "out/../reports/*.xml", "*.xml", "TEST-..x*.xml"]) {
      expect(() => checkReportPattern(pattern, "runner")).not.toThrow();
    }
  });

  it.each(["../reports/*.xml", "/etc/*.xml", "reports/../../*.xml"])(
    "refuses %s on the runner: its folder is outside the workspace",
    (pattern) => {
      vi.stubEnv("GITHUB_WORKSPACE", folderWith([]));
      expect(() => checkReportPattern(pattern, "runner")).toThrowError(
        `Invalid reports: "${pattern}" (outside the workspace)`,
      );
    },
  );

  it("follows a linked reports folder out of the workspace", () => {
    const workspace = folderWith([]);
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
    vi.stubEnv("GITHUB_WORKSPACE", folderWith([]));
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

describe("reportsOnRunner", () => {
  it("resolves the pattern in the workspace", async () => {
    const workspace = folderWith(["reports/junit.xml"]);
    expect(await reportsOnRunner(workspace, "reports/*.xml")).toEqual([join(workspace, "reports/junit.xml")]);
  });

  it("leaves out what a symbolic link leads to outside the workspace", async () => {
    const workspace = folderWith(["reports/junit.xml"]);
    const outside = folderWith(["secret.xml", "more/other.xml"]);
    symlinkSync(join(outside, "secret.xml"), join(workspace, "reports/leak.xml"));
    symlinkSync(join(outside, "more"), join(workspace, "reports/more"));
    expect(await reportsOnRunner(workspace, "reports/**/*.xml")).toEqual([
      join(workspace, "reports/junit.xml"),
    ]);
    expect(await reportsOnRunner(workspace, "reports/leak.xml")).toEqual([]);
  });
});

describe("reportsInContainer", () => {
  const container = { name: "p-tests-run", workingDir: "/suite" };

  it("copies the pattern's folder out of the container, relative to its working folder, then matches", async () => {
    const into = mkdtempSync(join(tmpdir(), "quai-run-"));
    const fake = new FakeExec().on(/^docker container cp/, (call) => {
      const copy = call.args[3] ?? "";
      mkdirSync(join(copy, "nested"), { recursive: true });
      writeFileSync(join(copy, "nested/junit.xml"), "<testsuite/>");
      return {};
    });
    expect(await reportsInContainer(fake.exec, container, "reports/**/*.xml", into)).toEqual([
      join(into, "reports/nested/junit.xml"),
    ]);
    expect(fake.calls[0]?.args).toEqual([
      "container",
      "cp",
      "p-tests-run:/suite/reports",
      join(into, "reports"),
    ]);
  });

  it("leaves out a report that is a link, as copied out, to the runner's own files", async () => {
    const into = mkdtempSync(join(tmpdir(), "quai-run-"));
    const outside = folderWith(["secret.xml"]);
    const fake = new FakeExec().on(/^docker container cp/, (call) => {
      const copy = call.args[3] ?? "";
      mkdirSync(copy, { recursive: true });
      writeFileSync(join(copy, "junit.xml"), "<testsuite/>");
      symlinkSync(join(outside, "secret.xml"), join(copy, "leak.xml"));
      return {};
    });
    expect(await reportsInContainer(fake.exec, container, "reports/*.xml", into)).toEqual([
      join(into, "reports/junit.xml"),
    ]);
  });

  it("leaves out everything when the copied folder itself links out", async () => {
    const into = mkdtempSync(join(tmpdir(), "quai-run-"));
    const outside = folderWith(["secret.xml"]);
    const fake = new FakeExec().on(/^docker container cp/, (call) => {
      symlinkSync(outside, call.args[3] ?? "");
      return {};
    });
    expect(await reportsInContainer(fake.exec, container, "reports", into)).toEqual([]);
  });

  it("finds nothing when the container has no such path", async () => {
    const fake = new FakeExec().on(/^docker container cp/, {
      exitCode: 1,
      stderr: "Could not find the file",
    });
    expect(
      await reportsInContainer(fake.exec, container, "/reports", mkdtempSync(join(tmpdir(), "q-"))),
    ).toEqual([]);
  });
});
