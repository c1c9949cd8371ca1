import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { InvalidValueError, UserError } from "@quai/core";
import { describe, expect, it } from "vitest";
import { parseDockerHost, plainTcpRisk } from "./engine-endpoint";

function temporaryDirectory(): string {
  return mkdtempSync(join(tmpdir(), "quai-endpoint-"));
}

/** A DOCKER_CERT_PATH holding the named files, with their names as contents. */
function certDirectory(files = ["ca.pem", "cert.pem", "key.pem"]): string {
  const directory = temporaryDirectory();
  for (const file of files) writeFileSync(join(directory, file), file);
  return directory;
}

function knownHostsFile(text: string): string {
  const path = join(temporaryDirectory(), "known_hosts");
  writeFileSync(path, text);
  return path;
}

function thrown(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error("expected it to throw");
}

describe("parseDockerHost: unix", () => {
  it("uses /var/run/docker.sock when DOCKER_HOST is unset or empty", () => {
    for (const env of [{}, { DOCKER_HOST: "" }]) {
      expect(parseDockerHost(env)).toEqual({
        endpoint: {
          kind: "unix",
          address: "unix:///var/run/docker.sock",
          socketPath: "/var/run/docker.sock",
        },
        dockerodeOptions: expect.objectContaining({ socketPath: "/var/run/docker.sock", protocol: "http" }),
      });
    }
  });

  it("takes the socket path after unix://", () => {
    const { endpoint, dockerodeOptions } = parseDockerHost({
      DOCKER_HOST: "unix:///run/user/1000/docker.sock",
    });
    expect(endpoint).toEqual({
      kind: "unix",
      address: "unix:///run/user/1000/docker.sock",
      socketPath: "/run/user/1000/docker.sock",
    });
    expect(dockerodeOptions.socketPath).toBe("/run/user/1000/docker.sock");
  });

  it("rejects a unix address without an absolute path", () => {
    expect(() => parseDockerHost({ DOCKER_HOST: "unix://" })).toThrow(
      'Invalid DOCKER_HOST: "unix://" (expected an absolute socket path after unix://)',
    );
  });
});

describe("parseDockerHost: tcp", () => {
  it("speaks plain HTTP without TLS settings, on 2375 unless a port is given", () => {
    expect(parseDockerHost({ DOCKER_HOST: "tcp://127.0.0.1:12375" })).toEqual({
      endpoint: { kind: "tcp", address: "tcp://127.0.0.1:12375", host: "127.0.0.1", port: 12375, tls: false },
      dockerodeOptions: expect.objectContaining({ host: "127.0.0.1", port: 12375, protocol: "http" }),
    });
    expect(parseDockerHost({ DOCKER_HOST: "tcp://docker.internal" }).endpoint).toMatchObject({ port: 2375 });
  });

  it("speaks HTTPS with the three PEM files of DOCKER_CERT_PATH, on 2376 unless a port is given", () => {
    const directory = certDirectory();
    const { endpoint, dockerodeOptions } = parseDockerHost({
      DOCKER_HOST: "tcp://docker.internal",
      DOCKER_CERT_PATH: directory,
    });
    expect(endpoint).toMatchObject({ address: "tcp://docker.internal:2376", tls: true });
    expect(dockerodeOptions).toMatchObject({ protocol: "https", port: 2376 });
    expect(String(dockerodeOptions.ca)).toBe("ca.pem");
    expect(String(dockerodeOptions.cert)).toBe("cert.pem");
    expect(String(dockerodeOptions.key)).toBe("key.pem");
  });

  it("reads ~/.docker when DOCKER_TLS_VERIFY=1 names no DOCKER_CERT_PATH", () => {
    const home = temporaryDirectory();
    const error = thrown(() =>
      parseDockerHost({ DOCKER_HOST: "tcp://docker.internal:2376", DOCKER_TLS_VERIFY: "1", HOME: home }),
    );
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toBe(
      `Cannot read the Docker TLS CA certificate ${join(home, ".docker", "ca.pem")} (it does not exist)`,
    );
  });

  it("names the one TLS file that is missing", () => {
    const directory = certDirectory(["ca.pem", "cert.pem"]);
    const error = thrown(() =>
      parseDockerHost({ DOCKER_HOST: "tcp://docker.internal", DOCKER_CERT_PATH: directory }),
    );
    expect((error as UserError).message).toBe(
      `Cannot read the Docker TLS client key ${join(directory, "key.pem")} (it does not exist)`,
    );
    expect((error as UserError).hint).toMatch(/put ca\.pem, cert\.pem and key\.pem in /);
  });

  it("rejects a path after the port", () => {
    expect(() => parseDockerHost({ DOCKER_HOST: "tcp://127.0.0.1:2375/v1.41" })).toThrow(InvalidValueError);
  });
});

describe("parseDockerHost: ssh", () => {
  const sshEnv = (extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({
    DOCKER_HOST: "ssh://deploy@docker.example.com:2222",
    SSH_AUTH_SOCK: "/tmp/ssh-agent.sock",
    QUAI_SSH_KNOWN_HOSTS: knownHostsFile(""),
    ...extra,
  });

  it("reaches the engine through the ssh agent, on port 22 unless one is given", () => {
    const env = sshEnv();
    const { endpoint, dockerodeOptions } = parseDockerHost(env);
    expect(endpoint).toEqual({
      kind: "ssh",
      address: "ssh://deploy@docker.example.com:2222",
      user: "deploy",
      host: "docker.example.com",
      port: 2222,
      knownHostsPath: env.QUAI_SSH_KNOWN_HOSTS,
      // Where a refused key is to be recorded: the file, when nothing says it came from elsewhere.
      knownHostsSource: env.QUAI_SSH_KNOWN_HOSTS,
    });
    expect(dockerodeOptions).toMatchObject({
      protocol: "ssh",
      host: "docker.example.com",
      port: 2222,
      username: "deploy",
      sshOptions: { agent: "/tmp/ssh-agent.sock", hostVerifier: expect.any(Function) },
    });
    expect(
      parseDockerHost(sshEnv({ DOCKER_HOST: "ssh://deploy@docker.example.com" })).endpoint,
    ).toMatchObject({
      port: 22,
    });
  });

  it("verifies the host key against known_hosts and says why it refused one", () => {
    const key = Buffer.from("AAAAC3NzaC1lZDI1NTE5AAAAILdWIluS+gMuD0e+uaHA7j8Bj1dh1quTuzjkhCX10yjN", "base64");
    const env = sshEnv({
      QUAI_SSH_KNOWN_HOSTS: knownHostsFile(
        `[docker.example.com]:2222 ssh-ed25519 ${key.toString("base64")}\n`,
      ),
    });
    const rejections: string[] = [];
    const { sshOptions } = parseDockerHost(env, {
      onHostKeyRejected: (reason) => rejections.push(reason),
    }).dockerodeOptions;
    const verify = sshOptions?.hostVerifier as (key: Buffer) => boolean;

    expect(verify(key)).toBe(true);
    expect(rejections).toEqual([]);
    const otherKey = Buffer.concat([key.subarray(0, -1), Buffer.from([0])]);
    expect(verify(otherKey)).toBe(false);
    expect(rejections).toEqual([
      expect.stringMatching(/^\[docker\.example\.com\]:2222 presented the ssh-ed25519 key/),
    ]);
  });

  it("defaults known_hosts to ~/.ssh/known_hosts and names it when it is missing", () => {
    const home = temporaryDirectory();
    mkdirSync(join(home, ".ssh"));
    const error = thrown(() => parseDockerHost(sshEnv({ QUAI_SSH_KNOWN_HOSTS: undefined, HOME: home })));
    expect((error as UserError).message).toBe(
      `Cannot read the SSH known_hosts file ${join(home, ".ssh", "known_hosts")} (it does not exist)`,
    );
    expect((error as UserError).hint).toMatch(/QUAI_SSH_KNOWN_HOSTS/);
  });

  it("needs an ssh agent or a key file", () => {
    expect(() => parseDockerHost(sshEnv({ SSH_AUTH_SOCK: undefined }))).toThrow(
      "DOCKER_HOST ssh://deploy@docker.example.com:2222 needs an SSH agent or key, and neither SSH_AUTH_SOCK nor QUAI_SSH_IDENTITY is set",
    );
  });

  it("authenticates with the key file QUAI_SSH_IDENTITY names, with or without an agent", () => {
    const identity = join(temporaryDirectory(), "id_ed25519");
    writeFileSync(identity, "the private key");
    const withoutAgent = parseDockerHost(sshEnv({ SSH_AUTH_SOCK: undefined, QUAI_SSH_IDENTITY: identity }));
    expect(withoutAgent.dockerodeOptions.sshOptions).toMatchObject({
      agent: undefined,
      privateKey: Buffer.from("the private key"),
    });
    const withAgent = parseDockerHost(sshEnv({ QUAI_SSH_IDENTITY: identity }));
    expect(withAgent.dockerodeOptions.sshOptions).toMatchObject({
      agent: "/tmp/ssh-agent.sock",
      privateKey: Buffer.from("the private key"),
    });
  });

  it("names a key file that cannot be read", () => {
    const missing = join(temporaryDirectory(), "id_missing");
    const error = thrown(() => parseDockerHost(sshEnv({ QUAI_SSH_IDENTITY: missing })));
    expect((error as UserError).message).toBe(
      `Cannot read the SSH identity file ${missing} (it does not exist)`,
    );
    expect((error as UserError).hint).toMatch(/QUAI_SSH_IDENTITY names the private key/);
  });

  it("rejects an address without a user, or with a password", () => {
    for (const DOCKER_HOST of ["ssh://docker.example.com", "ssh://deploy:secret@docker.example.com"]) {
      expect(() => parseDockerHost(sshEnv({ DOCKER_HOST }))).toThrow(
        /expected ssh:\/\/user@host\[:port\], without a password/,
      );
    }
  });
});

describe("parseDockerHost: anything else", () => {
  it.each(["npipe:////./pipe/docker_engine", "http://127.0.0.1:2375", "127.0.0.1:2375", "garbage"])(
    "rejects %s, listing the accepted forms",
    (value) => {
      const error = thrown(() => parseDockerHost({ DOCKER_HOST: value }));
      expect(error).toBeInstanceOf(InvalidValueError);
      expect((error as InvalidValueError).message).toBe(
        `Invalid DOCKER_HOST: ${JSON.stringify(value)} (expected a unix://, tcp:// or ssh:// address)`,
      );
      expect((error as InvalidValueError).hint).toMatch(
        /unix:\/\/.*tcp:\/\/host:port.*ssh:\/\/user@host\[:port\]/,
      );
    },
  );
});

describe("parseDockerHost: link-local and cloud metadata addresses", () => {
  it.each([
    "tcp://169.254.169.254:2375",
    "tcp://169.254.0.1",
    "tcp://[fe80::1]:2376",
    "tcp://[fd00:ec2::254]",
    "tcp://metadata.google.internal",
    // Forms the resolver reads as 169.254.169.254 too.
    "tcp://2852039166:2375",
    "tcp://0xa9.0xfe.0xa9.0xfe",
    "tcp://[::ffff:169.254.169.254]",
    "ssh://deploy@169.254.169.254",
    "ssh://deploy@[FE80::1]:22",
  ])("refuses %s, saying why", (value) => {
    const error = thrown(() => parseDockerHost({ DOCKER_HOST: value, SSH_AUTH_SOCK: "/tmp/agent.sock" }));
    expect(error).toBeInstanceOf(InvalidValueError);
    expect((error as InvalidValueError).message).toMatch(
      /^Invalid DOCKER_HOST: ".*" \(\S+ is a link-local or cloud metadata address, where clouds serve the machine's credentials \(169\.254\.169\.254\), not a Docker engine\)$/,
    );
    expect((error as InvalidValueError).hint).toMatch(/ssh:\/\/user@host, or tcp:\/\/host:2376 with TLS/);
  });

  it("takes a private or public address next to them", () => {
    for (const value of [
      "tcp://169.253.255.255",
      "tcp://[fec0::1]",
      "tcp://10.0.0.5",
      "tcp://docker.internal",
    ]) {
      expect(parseDockerHost({ DOCKER_HOST: value }).endpoint.kind).toBe("tcp");
    }
  });
});

describe("plainTcpRisk", () => {
  const endpoint = (value: string, env: NodeJS.ProcessEnv = {}) =>
    parseDockerHost({ DOCKER_HOST: value, ...env }).endpoint;

  it("warns of plain tcp:// off the loopback: unencrypted, unauthenticated root access, and how to fix it", () => {
    const risk = plainTcpRisk(endpoint("tcp://10.0.0.5"));
    expect(risk).toMatch(/^tcp:\/\/10\.0\.0\.5:2375 is plain TCP without TLS: /);
    expect(risk).toMatch(/unencrypted and unauthenticated/);
    expect(risk).toMatch(/root access/);
    expect(risk).toMatch(/Use TLS .* or ssh:\/\/user@host$/);
    expect(plainTcpRisk(endpoint("tcp://docker.internal:2375"))).toBeDefined();
  });

  it("is quiet for the loopback, TLS, ssh:// and unix://", () => {
    for (const value of ["tcp://127.0.0.1:2375", "tcp://127.1.2.3", "tcp://localhost", "tcp://[::1]:2375"]) {
      expect(plainTcpRisk(endpoint(value))).toBeUndefined();
    }
    expect(plainTcpRisk(endpoint("tcp://10.0.0.5", { DOCKER_CERT_PATH: certDirectory() }))).toBeUndefined();
    expect(plainTcpRisk(endpoint("unix:///var/run/docker.sock"))).toBeUndefined();
    expect(
      plainTcpRisk({
        kind: "ssh",
        address: "ssh://deploy@10.0.0.5:22",
        user: "deploy",
        host: "10.0.0.5",
        port: 22,
        knownHostsSource: "/home/deploy/.ssh/known_hosts",
        knownHostsPath: "/dev/null",
      }),
    ).toBeUndefined();
  });
});
