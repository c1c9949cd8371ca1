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
    expect(dockerConfigCredentials({ DOCKER_CONFIG: empty })("ghcr.io")).toBeUndefined();
  });
});

describe("credentialsFor", () => {
  it("uses the given credentials for their registry only", () => {
    const lookup = credentialsFor("a.io", { username: "u", password: "p" }, () => undefined);
    expect(lookup("a.io")).toEqual({ username: "u", password: "p" });
    expect(lookup("b.io")).toBeUndefined();
  });
});
