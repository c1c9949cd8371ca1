import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { runnerFolders } from "../../../test/support/runner-folders";
import { InvalidValueError } from "./errors";
import { isWithin, shownPath, workspaceDir, workspacePath } from "./workspace-path";

describe("workspacePath", () => {
  let home: string;
  let workspace: string;
  let runnerTemp: string;
  let outside: string;

  beforeEach(() => {
    ({ home, workspace, runnerTemp } = runnerFolders("workspace-path"));
    outside = join(home, "outside");
    mkdirSync(outside);
    writeFileSync(join(outside, "secret"), "not yours");
  });

  afterEach(() => {
    vi.unstubAllEnvs();
  });

  const refusal = (run: () => unknown): InvalidValueError => {
    try {
      run();
    } catch (error) {
      if (error instanceof InvalidValueError) return error;
      throw error;
    }
    throw new Error("expected a refusal");
  };

  it("resolves a relative path inside the workspace, existing or not", () => {
    writeFileSync(join(workspace, "quai.yml"), "environments: {}\n");
    expect(workspacePath("config", "quai.yml")).toBe(join(workspace, "quai.yml"));
    expect(workspacePath("output", "build/oci")).toBe(join(workspace, "build/oci"));
    expect(workspacePath("oci-layout", "./build/../build/oci/")).toBe(join(workspace, "build/oci"));
    expect(workspacePath("oci-layout", ".")).toBe(workspace);
    expect(workspacePath("config", join(workspace, "quai.yml"))).toBe(join(workspace, "quai.yml"));
    expect(workspacePath("config", "..quai.yml")).toBe(join(workspace, "..quai.yml"));
  });

  it("refuses .. that leaves the workspace, naming the input, the value and the fix", () => {
    const error = refusal(() => workspacePath("sbom", "../../../../etc/hostname"));
    expect(error.input).toBe("sbom");
    expect(error.summary).toBe(
      `Invalid sbom: "../../../../etc/hostname" (outside the workspace). Give a path inside the workspace (${workspace})`,
    );
    expect(() => workspacePath("config", "deploy/../../quai.yml")).toThrowError(
      'Invalid config: "deploy/../../quai.yml" (outside the workspace)',
    );
  });

  it("quotes what the input said when the path is part of it", () => {
    expect(() => workspacePath("reports", "../reports", { given: "../reports/*.xml" })).toThrowError(
      'Invalid reports: "../reports/*.xml" (outside the workspace)',
    );
  });

  it("refuses an absolute path outside the workspace", () => {
    expect(() => workspacePath("ledger", join(outside, "secret"))).toThrowError(
      `Invalid ledger: "${join(outside, "secret")}" (outside the workspace)`,
    );
    expect(() => workspacePath("ledger", "/etc/hostname")).toThrowError(InvalidValueError);
  });

  it("takes an absolute path under RUNNER_TEMP only when allowed, and never a relative one", () => {
    const layout = join(runnerTemp, "quai-build-1", "oci");
    expect(workspacePath("oci-layout", layout, { allowRunnerTemp: true })).toBe(layout);
    expect(() => workspacePath("config", layout)).toThrowError(InvalidValueError);
    expect(() =>
      workspacePath("oci-layout", "../runner-temp/quai-build-1/oci", { allowRunnerTemp: true }),
    ).toThrowError('Invalid oci-layout: "../runner-temp/quai-build-1/oci" (outside the workspace)');
    expect(refusal(() => workspacePath("output", "/etc/x", { allowRunnerTemp: true })).hint).toBe(
      `Give a path inside the workspace (${workspace}), or an absolute path under ${runnerTemp}`,
    );
  });

  it("refuses RUNNER_TEMP when the runner sets none", () => {
    vi.stubEnv("RUNNER_TEMP", "");
    expect(() => workspacePath("output", join(runnerTemp, "oci"), { allowRunnerTemp: true })).toThrowError(
      InvalidValueError,
    );
  });

  it("takes an absolute path under a folder the options name", () => {
    const bundle = join(outside, "secret");
    expect(workspacePath("ca-certificates", bundle, { allowUnder: [outside] })).toBe(bundle);
    expect(() => workspacePath("ca-certificates", "/etc/hostname", { allowUnder: [outside] })).toThrowError(
      InvalidValueError,
    );
  });

  it("follows symbolic links: one inside the workspace pointing outside is refused", () => {
    symlinkSync(join(outside, "secret"), join(workspace, "sbom.json"));
    symlinkSync(outside, join(workspace, "build"));
    expect(() => workspacePath("sbom", "sbom.json")).toThrowError(
      `Invalid sbom: "sbom.json" (it leads to ${join(outside, "secret")}, outside the workspace)`,
    );
    // A path that does not exist yet, under a linked folder: it would be written outside.
    expect(() => workspacePath("output", "build/oci")).toThrowError(
      `Invalid output: "build/oci" (it leads to ${join(outside, "oci")}, outside the workspace)`,
    );
  });

  it("follows symbolic links under RUNNER_TEMP too", () => {
    symlinkSync(join(outside, "secret"), join(runnerTemp, "sbom.json"));
    expect(() =>
      workspacePath("sbom", join(runnerTemp, "sbom.json"), { allowRunnerTemp: true }),
    ).toThrowError(InvalidValueError);
  });

  it("takes a link that stays inside the workspace", () => {
    mkdirSync(join(workspace, "real"));
    symlinkSync(join(workspace, "real"), join(workspace, "linked"));
    expect(workspacePath("config", "linked/quai.yml")).toBe(join(workspace, "linked/quai.yml"));
  });

  it("refuses a link that leads nowhere", () => {
    symlinkSync(join(outside, "missing"), join(workspace, "dangling"));
    expect(() => workspacePath("ledger", "dangling")).toThrowError(
      'Invalid ledger: "dangling" (it is a symbolic link that leads nowhere)',
    );
  });

  it("reads the workspace from GITHUB_WORKSPACE, else the current folder", () => {
    expect(workspaceDir()).toBe(workspace);
    vi.stubEnv("GITHUB_WORKSPACE", "");
    expect(workspaceDir()).toBe(process.cwd());
    expect(workspacePath("config", "quai.yml")).toBe(join(process.cwd(), "quai.yml"));
  });
});

describe("isWithin and shownPath", () => {
  it("compares whole path segments", () => {
    expect(isWithin("/w", "/w")).toBe(true);
    expect(isWithin("/w", "/w/a")).toBe(true);
    expect(isWithin("/w", "/w/..a")).toBe(true);
    expect(isWithin("/w", "/wa")).toBe(false);
    expect(isWithin("/w", "/")).toBe(false);
  });

  it("shows a path inside the workspace relative to it, any other as it is", () => {
    expect(shownPath("/w/quai.yml", "/w")).toBe("quai.yml");
    expect(shownPath("/w", "/w")).toBe(".");
    expect(shownPath("/etc/quai.yml", "/w")).toBe("/etc/quai.yml");
  });
});
