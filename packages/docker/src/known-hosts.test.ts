import { generateKeyPairSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { verifyHostKey } from "./known-hosts";

interface TestKey {
  type: string;
  /** The SSH wire format: what a server presents, and what known_hosts stores in base64. */
  blob: Buffer;
}

function sshString(value: Buffer | string): Buffer {
  const bytes = Buffer.from(value);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(bytes.length);
  return Buffer.concat([length, bytes]);
}

function ed25519Key(): TestKey {
  const jwk = generateKeyPairSync("ed25519").publicKey.export({ format: "jwk" });
  const type = "ssh-ed25519";
  return { type, blob: Buffer.concat([sshString(type), sshString(Buffer.from(String(jwk.x), "base64url"))]) };
}

function ecdsaKey(): TestKey {
  const jwk = generateKeyPairSync("ec", { namedCurve: "P-256" }).publicKey.export({ format: "jwk" });
  const point = Buffer.concat([
    Buffer.from([4]),
    Buffer.from(String(jwk.x), "base64url"),
    Buffer.from(String(jwk.y), "base64url"),
  ]);
  const type = "ecdsa-sha2-nistp256";
  return { type, blob: Buffer.concat([sshString(type), sshString("nistp256"), sshString(point)]) };
}

function entry(hosts: string, key: TestKey): string {
  return `${hosts} ${key.type} ${key.blob.toString("base64")}`;
}

// Made with ssh-keygen: a key pair, its public line recorded for docker.example.com and for
// [docker.example.com]:2222, then `ssh-keygen -H` to hash the names, so the hashing is checked
// against OpenSSH rather than against a copy of our own code.
const FIXTURE_KEY = Buffer.from(
  "AAAAC3NzaC1lZDI1NTE5AAAAILdWIluS+gMuD0e+uaHA7j8Bj1dh1quTuzjkhCX10yjN",
  "base64",
);
const FIXTURE_FINGERPRINT = "SHA256:YbejgDLkTSE41ox7QlbXe4RVg1K3EA3vNPPxS0rUMzQ";
const HASHED_KNOWN_HOSTS = [
  "|1|KBjQqreA+l8Ok4jYCNZkqzYlanU=|96x33qnh6fmFhOKIoKs/L6Kiarc= ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAILdWIluS+gMuD0e+uaHA7j8Bj1dh1quTuzjkhCX10yjN",
  "|1|zskoWUvpxictibpGKzFQTWfLiPo=|lSJJCgS9VCTasVSQ+KZXHgK1BXI= ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAILdWIluS+gMuD0e+uaHA7j8Bj1dh1quTuzjkhCX10yjN",
].join("\n");

describe("verifyHostKey", () => {
  const key = ed25519Key();

  it("trusts the key recorded under the bare name on port 22, whatever the case", () => {
    const knownHosts = `# deploy hosts\n\n${entry("docker.example.com", key)} ops@laptop\n`;
    expect(verifyHostKey(knownHosts, "docker.example.com", 22, key.blob)).toEqual({ trusted: true });
    expect(verifyHostKey(knownHosts, "Docker.Example.COM", 22, key.blob)).toEqual({ trusted: true });
  });

  it("trusts [host]:port entries on other ports, and only them", () => {
    const knownHosts = `${entry("[docker.example.com]:2222", key)}\n${entry("build.example.com", key)}`;
    expect(verifyHostKey(knownHosts, "docker.example.com", 2222, key.blob)).toEqual({ trusted: true });
    expect(verifyHostKey(knownHosts, "build.example.com", 2222, key.blob)).toMatchObject({ trusted: false });
    expect(verifyHostKey(knownHosts, "docker.example.com", 22, key.blob)).toMatchObject({ trusted: false });
  });

  it("finds a host in a comma-separated list of names", () => {
    const knownHosts = entry("docker.example.com,10.0.0.5,[10.0.0.5]:2222", key);
    expect(verifyHostKey(knownHosts, "10.0.0.5", 22, key.blob)).toEqual({ trusted: true });
    expect(verifyHostKey(knownHosts, "10.0.0.5", 2222, key.blob)).toEqual({ trusted: true });
  });

  it("trusts hashed entries written by ssh-keygen -H, for port 22 and [host]:port", () => {
    expect(verifyHostKey(HASHED_KNOWN_HOSTS, "docker.example.com", 22, FIXTURE_KEY)).toEqual({
      trusted: true,
    });
    expect(verifyHostKey(HASHED_KNOWN_HOSTS, "docker.example.com", 2222, FIXTURE_KEY)).toEqual({
      trusted: true,
    });
    expect(verifyHostKey(HASHED_KNOWN_HOSTS, "other.example.com", 22, FIXTURE_KEY)).toMatchObject({
      trusted: false,
    });
  });

  it("refuses an unknown host, quoting the fingerprint ssh would show", () => {
    expect(verifyHostKey(entry("build.example.com", key), "docker.example.com", 22, FIXTURE_KEY)).toEqual({
      trusted: false,
      reason: `docker.example.com is not in known_hosts; it presented the ssh-ed25519 key ${FIXTURE_FINGERPRINT}`,
    });
  });

  it("refuses a key of the recorded type that is not the recorded key, warning of interception", () => {
    const verdict = verifyHostKey(
      entry("docker.example.com", key),
      "docker.example.com",
      22,
      ed25519Key().blob,
    );
    expect(verdict).toMatchObject({ trusted: false, reason: expect.stringMatching(/may be intercepting/) });
  });

  it("refuses a key type known_hosts has no key of for the host, naming the types it has", () => {
    const verdict = verifyHostKey(
      entry("docker.example.com", key),
      "docker.example.com",
      22,
      ecdsaKey().blob,
    );
    expect(verdict).toMatchObject({
      trusted: false,
      reason: expect.stringMatching(
        /^known_hosts records only ssh-ed25519 keys for docker.example.com, which presented the ecdsa-sha2-nistp256 key SHA256:/,
      ),
    });
  });

  it("trusts any of several recorded keys of different types", () => {
    const ecdsa = ecdsaKey();
    const knownHosts = `${entry("docker.example.com", key)}\n${entry("docker.example.com", ecdsa)}`;
    expect(verifyHostKey(knownHosts, "docker.example.com", 22, ecdsa.blob)).toEqual({ trusted: true });
  });

  it("refuses a @revoked key even where it is also recorded for the host", () => {
    const knownHosts = `@revoked * ${key.type} ${key.blob.toString("base64")}\n${entry("docker.example.com", key)}`;
    expect(verifyHostKey(knownHosts, "docker.example.com", 22, key.blob)).toMatchObject({
      trusted: false,
      reason: expect.stringMatching(/marks @revoked$/),
    });
  });

  it("never trusts through @cert-authority lines or wildcard patterns", () => {
    const knownHosts = `@cert-authority docker.example.com ${key.type} ${key.blob.toString("base64")}\n${entry("*.example.com", key)}`;
    expect(verifyHostKey(knownHosts, "docker.example.com", 22, key.blob)).toMatchObject({ trusted: false });
  });
});
