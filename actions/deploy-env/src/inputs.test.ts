import { symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { actionInputReader } from "../../../test/fixtures/action-inputs";
import { runnerFolders } from "../../../test/support/runner-folders";
import { readInputs } from "./inputs";

const read = (values: Record<string, string>) => readInputs(actionInputReader("deploy-env", values));

describe("deploy-env inputs", () => {
  let home: string;
  let workspace: string;

  beforeEach(() => {
    ({ home, workspace } = runnerFolders("deploy-inputs"));
  });

  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  it("lower-cases a repository with capitals, as an owner such as Acme gives in github.repository", () => {
    vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    expect(read({ version: "1.0.0", repository: "ghcr.io/Acme/Shop" }).repository).toEqual({
      registry: "ghcr.io",
      repository: "acme/shop",
    });
  });

  it("reads config in the workspace, quai.yml by default", () => {
    expect(read({}).config).toBe(join(workspace, "quai.yml"));
    expect(read({ config: "deploy/quai.yml" }).config).toBe(join(workspace, "deploy/quai.yml"));
  });

  it("refuses a config outside the workspace, also through a symbolic link", () => {
    expect(() => read({ config: "../../etc/quai.yml" })).toThrowError(
      'Invalid config: "../../etc/quai.yml" (outside the workspace)',
    );
    expect(() => read({ config: join(home, "runner-temp", "quai.yml") })).toThrowError(
      /^Invalid config: ".*quai\.yml" \(outside the workspace\)$/,
    );
    writeFileSync(join(home, "quai.yml"), "environments: {}\n");
    symlinkSync(join(home, "quai.yml"), join(workspace, "quai.yml"));
    expect(() => read({})).toThrowError(
      `Invalid config: "quai.yml" (it leads to ${join(home, "quai.yml")}, outside the workspace)`,
    );
  });

  it("keeps a file ledger inside the workspace, github meaning GitHub Deployments", () => {
    expect(read({}).ledger).toBe("github");
    expect(read({ ledger: "github" }).ledger).toBe("github");
    expect(read({ ledger: "deployments.json" }).ledger).toBe(join(workspace, "deployments.json"));
    expect(() => read({ ledger: "../deployments.json" })).toThrowError(
      'Invalid ledger: "../deployments.json" (outside the workspace)',
    );
    expect(() => read({ ledger: "/var/lib/quai/deployments.json" })).toThrowError(
      'Invalid ledger: "/var/lib/quai/deployments.json" (outside the workspace)',
    );
  });
});
