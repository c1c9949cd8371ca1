import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findReportFiles, reportsInContainer, reportsOnRunner } from "./report-files";
import { FakeExec } from "./testing/fake-exec";

function folderWith(files: string[]): string {
  const root = mkdtempSync(join(tmpdir(), "quai-reports-"));
  for (const file of files) {
    mkdirSync(join(root, file, ".."), { recursive: true });
    writeFileSync(join(root, file), "<testsuite/>");
  }
  return root;
}

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
