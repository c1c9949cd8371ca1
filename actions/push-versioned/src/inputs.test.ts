import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { InputReader } from "@quai/github";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { VALID_INPUTS } from "../../../test/fixtures/action-inputs";
import { readInputs } from "./inputs";

const read = (values: Record<string, string>) =>
  readInputs(new InputReader((name) => ({ ...VALID_INPUTS["push-versioned"], ...values })[name] ?? ""));

describe("push-versioned inputs", () => {
  let workspace: string;
  let runnerTemp: string;

  beforeEach(() => {
    const home = mkdtempSync(join(tmpdir(), "quai-push-inputs-"));
    workspace = join(home, "workspace");
    runnerTemp = join(home, "runner-temp");
    mkdirSync(workspace);
    mkdirSync(runnerTemp);
    vi.stubEnv("GITHUB_WORKSPACE", workspace);
    vi.stubEnv("RUNNER_TEMP", runnerTemp);
  });

  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it("refuses an sbom outside the workspace before anything is pushed", () => {
    expect(() => read({ sbom: "../../../../etc/hostname" })).toThrowError(
      'Invalid sbom: "../../../../etc/hostname" (outside the workspace)',
    );
    expect(() => read({ sbom: "/etc/hostname" })).toThrowError(
      'Invalid sbom: "/etc/hostname" (outside the workspace)',
    );
  });

  it("takes an sbom in the workspace, or given absolute under RUNNER_TEMP", () => {
    expect(read({ sbom: "build/oci.sbom.cdx.json" }).sbom).toBe(join(workspace, "build/oci.sbom.cdx.json"));
    const written = join(runnerTemp, "quai-build-1", "oci.sbom.cdx.json");
    expect(read({ sbom: written }).sbom).toBe(written);
  });
});
