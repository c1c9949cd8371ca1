import { existsSync, mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { actionInputReader } from "../../../test/fixtures/action-inputs";
import { runnerFolders } from "../../../test/support/runner-folders";
import { HOST_CA_BUNDLE, readInputs } from "./inputs";

const read = (values: Record<string, string>) => readInputs(actionInputReader("build-minimal-image", values));

const CERTIFICATE = "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUJ4w=\n-----END CERTIFICATE-----\n";

describe("build-minimal-image inputs", () => {
  let home: string;
  let workspace: string;
  let runnerTemp: string;

  beforeEach(() => {
    ({ home, workspace, runnerTemp } = runnerFolders("build-inputs"));
  });

  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it("builds a context inside the workspace, the workspace itself by default", () => {
    expect(read({ context: "" }).context).toBe(workspace);
    expect(read({}).context).toBe(join(workspace, "app"));
    expect(() => read({ context: "../.." })).toThrowError('Invalid context: "../.." (outside the workspace)');
  });

  it("writes output inside the workspace, or given absolute under RUNNER_TEMP", () => {
    expect(read({}).output).toBeUndefined();
    expect(read({ output: "build/oci" }).output).toBe(join(workspace, "build/oci"));
    expect(read({ output: join(runnerTemp, "oci") }).output).toBe(join(runnerTemp, "oci"));
  });

  it("refuses an output outside the workspace, also through a linked folder", () => {
    expect(() => read({ output: "../oci" })).toThrowError('Invalid output: "../oci" (outside the workspace)');
    expect(() => read({ output: "/var/lib/oci" })).toThrowError(
      'Invalid output: "/var/lib/oci" (outside the workspace)',
    );
    symlinkSync(home, join(workspace, "build"));
    expect(() => read({ output: "build/oci" })).toThrowError(
      `Invalid output: "build/oci" (it leads to ${join(home, "oci")}, outside the workspace)`,
    );
  });

  it("takes a PEM bundle of certificates in the workspace or under RUNNER_TEMP", () => {
    writeFileSync(join(workspace, "corp-ca.pem"), `# Corp\n${CERTIFICATE}${CERTIFICATE}`);
    expect(read({ "ca-certificates": "corp-ca.pem" })["ca-certificates"]).toBe(
      join(workspace, "corp-ca.pem"),
    );
    writeFileSync(join(runnerTemp, "ca.pem"), CERTIFICATE);
    expect(read({ "ca-certificates": join(runnerTemp, "ca.pem") })["ca-certificates"]).toBe(
      join(runnerTemp, "ca.pem"),
    );
  });

  it.runIf(existsSync(HOST_CA_BUNDLE))("takes the host's bundle, as it mounts it by default", () => {
    expect(read({ "ca-certificates": HOST_CA_BUNDLE })["ca-certificates"]).toBe(HOST_CA_BUNDLE);
  });

  it("refuses a ca-certificates file outside the workspace and the host's certificates", () => {
    expect(() => read({ "ca-certificates": "/etc/passwd" })).toThrowError(
      'Invalid ca-certificates: "/etc/passwd" (outside the workspace)',
    );
    expect(() => read({ "ca-certificates": "/etc/ssl/certs/../../passwd" })).toThrowError(
      'Invalid ca-certificates: "/etc/ssl/certs/../../passwd" (outside the workspace)',
    );
    symlinkSync("/etc/passwd", join(workspace, "ca.pem"));
    expect(() => read({ "ca-certificates": "ca.pem" })).toThrowError(
      'Invalid ca-certificates: "ca.pem" (it leads to /etc/passwd, outside the workspace)',
    );
  });

  it.each([
    ["a private key", `${CERTIFICATE}-----BEGIN PRIVATE KEY-----\nMC4CAQA=\n-----END PRIVATE KEY-----\n`],
    ["an RSA private key", "-----BEGIN RSA PRIVATE KEY-----\nMC4CAQA=\n-----END RSA PRIVATE KEY-----\n"],
  ])("refuses a ca-certificates file holding %s: install scripts can read it", (_what, text) => {
    writeFileSync(join(workspace, "bundle.pem"), text);
    expect(() => read({ "ca-certificates": "bundle.pem" })).toThrowError(
      'Invalid ca-certificates: "bundle.pem" (it holds a private key)',
    );
    expect(() => read({ "ca-certificates": "bundle.pem" })).toThrowError(
      expect.objectContaining({ hint: expect.stringMatching(/^Point it at a PEM file of CA certificates/) }),
    );
  });

  it("refuses a ca-certificates file that is no PEM bundle, a folder or missing", () => {
    writeFileSync(join(workspace, "notes.txt"), "token=ghp_x\n");
    expect(() => read({ "ca-certificates": "notes.txt" })).toThrowError(
      'Invalid ca-certificates: "notes.txt" (it holds no PEM certificate)',
    );
    mkdirSync(join(workspace, "certs"));
    expect(() => read({ "ca-certificates": "certs" })).toThrowError(
      'Invalid ca-certificates: "certs" (not a file)',
    );
    expect(() => read({ "ca-certificates": "missing.pem" })).toThrowError(
      'Invalid ca-certificates: "missing.pem" (no such file)',
    );
  });
});
