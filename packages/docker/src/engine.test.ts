import { createServer, type Server } from "node:net";
import { InvalidValueError, UserError } from "@quai/core";
import { afterEach, describe, expect, it, vi } from "vitest";
import { connectEngine, engineUnreachableError } from "./engine";
import type { EngineEndpoint } from "./engine-endpoint";

const socketEndpoint: EngineEndpoint = {
  kind: "unix",
  address: "unix:///var/run/docker.sock",
  socketPath: "/var/run/docker.sock",
};

const sshEndpoint: EngineEndpoint = {
  kind: "ssh",
  address: "ssh://deploy@docker.example.com:22",
  user: "deploy",
  host: "docker.example.com",
  port: 22,
  knownHostsPath: "/home/deploy/.ssh/known_hosts",
  knownHostsSource: "/home/deploy/.ssh/known_hosts",
};

function systemError(message: string, code: string): Error {
  return Object.assign(new Error(message), { code });
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected it to reject");
}

/** A TCP server on loopback that accepts connections and never says a word. */
async function silentServer(): Promise<{ server: Server; port: number }> {
  const server = createServer(() => {});
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("expected a TCP address");
  return { server, port: address.port };
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("engineUnreachableError", () => {
  it("says no engine answers, quoting the cause and how to start one", () => {
    const error = engineUnreachableError(
      socketEndpoint,
      systemError("connect ENOENT /var/run/docker.sock", "ENOENT"),
      { timeoutMs: 5000 },
    );
    expect(error.message).toBe(
      "No Docker engine answers at unix:///var/run/docker.sock (connect ENOENT /var/run/docker.sock)",
    );
    expect(error.hint).toBe(
      "Start dockerd (scripts/testbed up does it on Debian), or point DOCKER_HOST at a running engine",
    );
  });

  it("tells a permission problem apart, pointing at the docker group", () => {
    const error = engineUnreachableError(
      socketEndpoint,
      systemError("connect EACCES /var/run/docker.sock", "EACCES"),
      { timeoutMs: 5000 },
    );
    expect(error.message).toBe(
      "No permission to use the Docker engine at unix:///var/run/docker.sock (connect EACCES /var/run/docker.sock)",
    );
    expect(error.hint).toMatch(/docker group.*root/);
  });

  it("turns the timeout's abort into how long it waited", () => {
    const abort = Object.assign(new Error("The operation was aborted"), { name: "AbortError" });
    expect(engineUnreachableError(socketEndpoint, abort, { timeoutMs: 5000 }).message).toBe(
      "No Docker engine answers at unix:///var/run/docker.sock (no answer within 5.0 s)",
    );
  });

  it("keeps one line of a many-line cause", () => {
    const error = engineUnreachableError(socketEndpoint, new Error("(HTTP code 502) bad gateway\n<html>…"), {
      timeoutMs: 5000,
    });
    expect(error.summary).not.toContain("\n");
    expect(error.message).toMatch(/\(\(HTTP code 502\) bad gateway\)$/);
  });

  it("says why an SSH host key was refused instead of ssh2's bare 'Host denied'", () => {
    const error = engineUnreachableError(sshEndpoint, new Error("Host denied (verification failed)"), {
      timeoutMs: 5000,
      hostKeyRejection:
        "docker.example.com is not in known_hosts; it presented the ssh-ed25519 key SHA256:abc",
    });
    expect(error.message).toBe(
      "Refused the SSH host key of ssh://deploy@docker.example.com:22 (docker.example.com is not in known_hosts; it presented the ssh-ed25519 key SHA256:abc)",
    );
    expect(error.hint).toMatch(/record it in \/home\/deploy\/\.ssh\/known_hosts/);
  });
});

describe("engineUnreachableError, where the user fixes it", () => {
  it("names the input a known_hosts file was written from, not the file, removed once connected", () => {
    const fromInput = {
      ...sshEndpoint,
      knownHostsPath: "/tmp/quai-x/known_hosts",
      knownHostsSource: "the ssh-known-hosts input",
    };
    const error = engineUnreachableError(fromInput, new Error("Host denied (verification failed)"), {
      timeoutMs: 5000,
      hostKeyRejection:
        "docker.example.com is not in known_hosts; it presented the ssh-ed25519 key SHA256:abc",
    });
    expect(error.hint).toBe(
      "Check the key's fingerprint with whoever runs docker.example.com, then record it in the ssh-known-hosts input",
    );
  });

  it("says a TLS key OpenSSL cannot read is ours, not an engine that does not answer", () => {
    const tcp: EngineEndpoint = {
      kind: "tcp",
      address: "tcp://docker.example.com:2376",
      tls: true,
    } as EngineEndpoint;
    const unreadable = Object.assign(new Error("error:1E08010C:DECODER routines::unsupported"), {
      code: "ERR_OSSL_UNSUPPORTED",
    });
    const error = engineUnreachableError(tcp, unreadable, { timeoutMs: 5000 });
    expect(error.message).toBe(
      "The TLS certificate or key for the Docker engine at tcp://docker.example.com:2376 cannot be used (error:1E08010C:DECODER routines::unsupported, ERR_OSSL_UNSUPPORTED)",
    );
    expect(error.hint).toMatch(/^tls-key must be the PEM private key of tls-cert/);
  });
});

describe("connectEngine", () => {
  it("gives up on a silent server after the timeout", async () => {
    const { server, port } = await silentServer();
    try {
      const error = await rejection(
        connectEngine({ DOCKER_HOST: `tcp://127.0.0.1:${port}` }, { timeoutMs: 200 }),
      );
      expect(error).toBeInstanceOf(UserError);
      expect((error as UserError).message).toBe(
        `No Docker engine answers at tcp://127.0.0.1:${port} (no answer within 200 ms)`,
      );
    } finally {
      server.close();
    }
  });

  it("reaches the engine its env names, whatever process.env says", async () => {
    vi.stubEnv("DOCKER_HOST", "tcp://127.0.0.1:1");
    const error = await rejection(connectEngine({ DOCKER_HOST: "unix:///nonexistent/quai.sock" }));
    expect((error as UserError).message).toBe(
      "No Docker engine answers at unix:///nonexistent/quai.sock (connect ENOENT /nonexistent/quai.sock)",
    );
  });

  it("passes a malformed DOCKER_HOST through as it is", async () => {
    await expect(connectEngine({ DOCKER_HOST: "npipe:////./pipe/docker_engine" })).rejects.toBeInstanceOf(
      InvalidValueError,
    );
  });
});
