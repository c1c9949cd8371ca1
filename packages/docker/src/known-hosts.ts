import { createHash, createHmac } from "node:crypto";

export type HostKeyVerdict = { trusted: true } | { trusted: false; reason: string };

interface KnownHostsLine {
  marker: string | undefined;
  hosts: string;
  keyType: string;
  key: Buffer;
}

const DEFAULT_SSH_PORT = 22;

/**
 * Whether `presentedKey` (the SSH wire-format public key a server sent during the handshake)
 * is a key that `knownHosts` (the text of an OpenSSH known_hosts file) records for host:port.
 *
 * Understands plain names, `[host]:port`, comma-separated lists, hashed `|1|salt|hash` names and
 * the `@revoked` marker. Wildcard patterns and `@cert-authority` lines never match, so hosts only
 * known through them are refused: failing closed is the safe side of a host-key check.
 */
export function verifyHostKey(
  knownHosts: string,
  host: string,
  port: number,
  presentedKey: Buffer,
): HostKeyVerdict {
  const name = knownHostsName(host, port);
  const lines = parseKnownHosts(knownHosts);
  const presented = `the ${sshKeyType(presentedKey)} key ${fingerprint(presentedKey)}`;

  if (lines.some((line) => line.marker === "@revoked" && line.key.equals(presentedKey))) {
    return { trusted: false, reason: `${name} presented ${presented}, which known_hosts marks @revoked` };
  }
  const recorded = lines.filter((line) => line.marker === undefined && namesHost(line.hosts, name));
  if (recorded.some((line) => line.key.equals(presentedKey))) return { trusted: true };
  if (recorded.length === 0) {
    return { trusted: false, reason: `${name} is not in known_hosts; it presented ${presented}` };
  }
  const recordedTypes = [...new Set(recorded.map((line) => line.keyType))];
  if (!recordedTypes.includes(sshKeyType(presentedKey))) {
    return {
      trusted: false,
      reason: `known_hosts records only ${recordedTypes.join(", ")} keys for ${name}, which presented ${presented}`,
    };
  }
  return {
    trusted: false,
    reason: `${name} presented ${presented}, not the one known_hosts records: the host may have been reinstalled, or someone may be intercepting the connection`,
  };
}

/** The name OpenSSH writes for a host: bare on port 22, `[host]:port` otherwise. */
function knownHostsName(host: string, port: number): string {
  const lowered = host.toLowerCase();
  return port === DEFAULT_SSH_PORT ? lowered : `[${lowered}]:${port}`;
}

function parseKnownHosts(text: string): KnownHostsLine[] {
  return text.split("\n").flatMap((line) => {
    const fields = line.trim().split(/\s+/);
    if (!fields[0] || fields[0].startsWith("#")) return [];
    const marker = fields[0].startsWith("@") ? fields.shift() : undefined;
    const [hosts, keyType, key] = fields;
    if (!hosts || !keyType || !key) return [];
    return [{ marker, hosts, keyType, key: Buffer.from(key, "base64") }];
  });
}

function namesHost(hosts: string, name: string): boolean {
  if (hosts.startsWith("|1|")) return hashedNameMatches(hosts, name);
  return hosts.toLowerCase().split(",").includes(name);
}

/** `|1|<salt>|<hash>` (HashKnownHosts): the hash is HMAC-SHA1 of the name, keyed with the salt. */
function hashedNameMatches(hashed: string, name: string): boolean {
  const [, , salt, hash] = hashed.split("|");
  if (!salt || !hash) return false;
  return createHmac("sha1", Buffer.from(salt, "base64")).update(name).digest("base64") === hash;
}

/** A wire-format key starts with its type as a length-prefixed string (RFC 4253 §6.6). */
function sshKeyType(key: Buffer): string {
  return key.subarray(4, 4 + key.readUInt32BE(0)).toString("latin1");
}

/** The fingerprint `ssh` and `ssh-keygen -l` show, so a user can compare it with theirs. */
function fingerprint(key: Buffer): string {
  return `SHA256:${createHash("sha256").update(key).digest("base64").replace(/=+$/, "")}`;
}
