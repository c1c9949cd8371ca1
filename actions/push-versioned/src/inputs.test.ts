import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { actionInputReader } from "../../../test/fixtures/action-inputs";
import { runnerFolders } from "../../../test/support/runner-folders";
import { readInputs } from "./inputs";

const read = (values: Record<string, string>) => readInputs(actionInputReader("push-versioned", values));

describe("push-versioned inputs", () => {
  let workspace: string;
  let runnerTemp: string;

  beforeEach(() => {
    ({ workspace, runnerTemp } = runnerFolders("push-inputs"));
  });

  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
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

  it("keeps oci-layout inside the workspace, or given absolute under RUNNER_TEMP (build-minimal-image's default)", () => {
    expect(read({ "oci-layout": "build/oci" })["oci-layout"]).toBe(join(workspace, "build/oci"));
    const built = join(runnerTemp, "quai-build-1", "oci");
    expect(read({ "oci-layout": built })["oci-layout"]).toBe(built);
    expect(() => read({ "oci-layout": "../elsewhere/oci" })).toThrowError(
      'Invalid oci-layout: "../elsewhere/oci" (outside the workspace)',
    );
    expect(() => read({ "oci-layout": "/var/lib/oci" })).toThrowError(
      'Invalid oci-layout: "/var/lib/oci" (outside the workspace)',
    );
  });

  it("lower-cases a repository with capitals, as ghcr.io/ followed by github.repository gives for an owner such as Acme", () => {
    vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    const inputs = read({ "oci-layout": "build/oci", repository: "ghcr.io/Acme/Shop" });
    expect(inputs.repository).toEqual({ registry: "ghcr.io", repository: "acme/shop" });
  });
});
