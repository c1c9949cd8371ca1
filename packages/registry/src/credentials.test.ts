import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { credentialsFor, dockerConfigCredentials } from "./credentials";

function configDir(auths: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), "quai-docker-config-"));
  writeFileSync(join(dir, "config.json"), JSON.stringify({ auths }));
  return dir;
}

describe("dockerConfigCredentials", () => {
  it("decodes the base64 auth of a registry's entry", () => {
    const dir = configDir({ "ghcr.io": { auth: Buffer.from("me:s3cr:et").toString("base64") } });
    expect(dockerConfigCredentials({ DOCKER_CONFIG: dir })("ghcr.io")).toEqual({
      username: "me",
      password: "s3cr:et",
    });
  });

  it("reads Docker Hub's URL key as docker.io", () => {
    const dir = configDir({ "https://index.docker.io/v1/": { username: "me", password: "pw" } });
    expect(dockerConfigCredentials({ DOCKER_CONFIG: dir })("docker.io")).toEqual({
      username: "me",
      password: "pw",
    });
  });

  it("gives none without a config file or an entry", () => {
    const empty = mkdtempSync(join(tmpdir(), "quai-docker-config-"));
    const warnings: string[] = [];
    expect(
      dockerConfigCredentials({ DOCKER_CONFIG: empty }, (message) => warnings.push(message))("ghcr.io"),
    ).toBeUndefined();
    expect(warnings).toEqual([]);
  });

  it("warns, naming the file, when the config is not JSON, and gives none", () => {
    const dir = mkdtempSync(join(tmpdir(), "quai-docker-config-"));
    writeFileSync(join(dir, "config.json"), '{"auths": {');
    const warnings: string[] = [];
    expect(
      dockerConfigCredentials({ DOCKER_CONFIG: dir }, (message) => warnings.push(message))("ghcr.io"),
    ).toBeUndefined();
    expect(warnings).toEqual([
      expect.stringMatching(
        new RegExp(
          `^The Docker config ${join(dir, "config.json")} is not valid JSON, so no registry credentials come from it: SyntaxError`,
        ),
      ),
    ]);
  });

  it("warns, naming the file, that a credsStore is not run, and still reads the auths entries", () => {
    const dir = mkdtempSync(join(tmpdir(), "quai-docker-config-"));
    writeFileSync(
      join(dir, "config.json"),
      JSON.stringify({ credsStore: "desktop", auths: { "ghcr.io": { username: "me", password: "pw" } } }),
    );
    const warnings: string[] = [];
    const lookup = dockerConfigCredentials({ DOCKER_CONFIG: dir }, (message) => warnings.push(message));
    expect(lookup("ghcr.io")).toEqual({ username: "me", password: "pw" });
    expect(warnings).toEqual([
      `The Docker config ${join(dir, "config.json")} keeps credentials in the credential store "desktop", which quai does not run: only its auths entries are used. Log in with docker/login-action, or give the registry's credentials as inputs`,
    ]);
  });
});

describe("credentialsFor", () => {
  it("uses the given credentials for their registry only", () => {
    const lookup = credentialsFor("a.io", { username: "u", password: "p" }, () => undefined);
    expect(lookup("a.io")).toEqual({ username: "u", password: "p" });
    expect(lookup("b.io")).toBeUndefined();
  });
});
