import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { InvalidValueError, parseImageRef } from "@quai/core";
import { describe, expect, it } from "vitest";
import {
  type DeployFromConfigOptions,
  deployFromConfig,
  openLedger,
  readTls,
  servedOn,
} from "./deploy-from-config";
import { resolveEnvironment } from "./environment-settings";
import { readQuaiFile } from "./quai-file";
import { makeTestCertificates } from "./testing/test-certificates";

describe("servedOn", () => {
  it("says what the engine binds, not what quai.yml wrote", () => {
    expect(servedOn({ target: "docker", publish: "8080" })).toBe("0.0.0.0:8080 and [::]:8080");
    expect(servedOn({ target: "ssh://deploy@host", publish: "localhost:8080" })).toBe("127.0.0.1:8080");
    expect(servedOn({ target: "docker", publish: "127.0.0.1:8080" })).toBe("127.0.0.1:8080");
    expect(servedOn({ target: "swarm", publish: "0.0.0.0:8080" })).toBe(
      "0.0.0.0:8080 and [::]:8080 of every node",
    );
  });
});

describe("openLedger", () => {
  it("names the ledger input when its path is a directory, before any deploy starts", () => {
    const folder = mkdtempSync(join(tmpdir(), "quai-ledger-dir-"));
    expect(() => openLedger({ kind: "file", path: folder })).toThrow(InvalidValueError);
    expect(() => openLedger({ kind: "file", path: folder })).toThrow(
      `Invalid ledger: ${JSON.stringify(folder)} (it is a directory, not a file)`,
    );
    expect(openLedger({ kind: "file", path: join(folder, "deployments.json") }).description).toBe(
      `JSON file ${join(folder, "deployments.json")}`,
    );
  });
});

describe("readTls", () => {
  const certificates = makeTestCertificates();
  const QUAI_YML = `app: shop
environments:
  production:
    target: TARGET
    publish: 127.0.0.1:8443
    tls:
      certificate: { secret: TLS_CERT }
      key: { secret: TLS_KEY }
      redirect-http: 127.0.0.1:8080
`;
  function settingsFor(target: string) {
    const folder = mkdtempSync(join(tmpdir(), "quai-tls-"));
    writeFileSync(join(folder, "quai.yml"), QUAI_YML.replace("TARGET", target));
    return resolveEnvironment(readQuaiFile(join(folder, "quai.yml"), "quai.yml"), "production");
  }
  const secrets: Record<string, string> = {
    TLS_CERT: certificates.certificatePem,
    TLS_KEY: certificates.keyPem,
  };

  it("reads the certificate and key from the step's variables named in quai.yml, checked", () => {
    const settings = settingsFor("docker");
    expect(settings.tls).toEqual({
      certificateFrom: "TLS_CERT",
      keyFrom: "TLS_KEY",
      redirectHttp: "127.0.0.1:8080",
    });
    expect(readTls(settings, (name) => secrets[name])).toEqual({
      certificate: certificates.certificatePem,
      key: certificates.keyPem,
      redirectHttp: "127.0.0.1:8080",
    });
  });

  it("refuses a variable the step does not set, a key that does not match, and a Swarm target", () => {
    expect(() =>
      readTls(settingsFor("docker"), (name) => (name === "TLS_KEY" ? undefined : secrets[name])),
    ).toThrow("The TLS key of production reads TLS_KEY, which the step does not set");
    const mismatched: Record<string, string> = { ...secrets, TLS_KEY: certificates.otherKeyPem };
    expect(() => readTls(settingsFor("docker"), (name) => mismatched[name])).toThrow(
      "The certificate in TLS_CERT does not match the key in TLS_KEY",
    );
    expect(() => readTls(settingsFor("swarm"), (name) => secrets[name])).toThrow(
      "production declares tls, but its target swarm is a Swarm",
    );
  });
});

describe("deployFromConfig on a Swarm with the job's token", () => {
  it("warns that Swarm keeps the login, which expires with the job, before it connects", async () => {
    const folder = mkdtempSync(join(tmpdir(), "quai-swarm-token-"));
    writeFileSync(
      join(folder, "quai.yml"),
      "app: shop\nenvironments:\n  staging:\n    target: swarm+unix:///nonexistent.sock\n    publish: 8080\n",
    );
    const warnings: string[] = [];
    const reporter = {
      info: () => {},
      warning: (line: string) => warnings.push(line),
      group: <T>(_: string, work: () => Promise<T>) => work(),
    };
    await expect(
      deployFromConfig({
        workspace: folder,
        config: "quai.yml",
        environment: "staging",
        version: "1.0.0",
        repository: parseImageRef("ghcr.io/acme/shop"),
        registryAuth: { username: "acme", password: "ghs_0123456789abcdef" },
        ledger: { kind: "file", path: join(folder, "ledger.json") },
        engine: {},
        readSecret: () => undefined,
        actor: "octocat",
        commit: "abc",
        runId: "run-1",
        lockTimeoutMs: 1000,
        reporter,
      } as unknown as DeployFromConfigOptions),
    ).rejects.toThrow();
    expect(warnings.join("\n")).toMatch(
      /stores this registry login .* GITHUB_TOKEN, which expires when the job ends/,
    );
  });
});
