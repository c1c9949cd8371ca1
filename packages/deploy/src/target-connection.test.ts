import { InvalidValueError } from "@quai/core";
import { type Engine, parseDockerHost } from "@quai/docker";
import type Dockerode from "dockerode";
import { describe, expect, it } from "vitest";
import { connectTarget, parseTarget } from "./target-connection";
import { RecordingReporter } from "./testing/fake-host-api";

/** Connects nowhere: the engine the step's DOCKER_HOST names, as connectEngine would report it. */
async function fakeConnect(env: NodeJS.ProcessEnv = {}): Promise<Engine> {
  const { endpoint } = parseDockerHost(env);
  return { api: {} as Dockerode, endpoint, serverVersion: "27.0.0", apiVersion: "1.46" };
}

describe("parseTarget", () => {
  it("refuses a link-local or cloud metadata address, naming the target and why", () => {
    for (const target of [
      "tcp://169.254.169.254:2375",
      "swarm+tcp://169.254.169.254:2376",
      "ssh://root@[fe80::1]",
      "tcp://2852039166",
    ]) {
      expect(() => parseTarget(target)).toThrow(InvalidValueError);
      expect(() => parseTarget(target)).toThrow(`Invalid target: ${JSON.stringify(target)} (`);
      expect(() => parseTarget(target)).toThrow(
        "is a link-local or cloud metadata address, where clouds serve the machine's credentials (169.254.169.254), not a Docker engine)",
      );
    }
  });

  it("quotes an unknown target of 100 kB in short", () => {
    expect(() => parseTarget("t".repeat(100_000))).toThrowError(
      `Unknown target "${"t".repeat(200)}"… (100000 characters)`,
    );
  });

  it("takes docker, swarm and unix/tcp/ssh addresses", () => {
    expect(parseTarget("docker")).toEqual({ kind: "docker-host", dockerHost: undefined });
    expect(parseTarget("swarm+ssh://deploy@10.0.0.5")).toEqual({
      kind: "swarm",
      dockerHost: "ssh://deploy@10.0.0.5",
    });
  });
});

describe("connectTarget", () => {
  it("warns that plain tcp:// to another host sends everything and root access in the clear", async () => {
    const reporter = new RecordingReporter();
    await connectTarget("tcp://10.0.0.5:2375", {}, {}, { reporter, connect: fakeConnect });
    expect(reporter.warnings).toHaveLength(1);
    expect(reporter.warnings[0]).toMatch(
      /^tcp:\/\/10\.0\.0\.5:2375 is plain TCP without TLS: .*unencrypted and unauthenticated.* Use TLS .* or ssh:\/\/user@host$/,
    );
  });

  it("is quiet for the loopback and for TLS", async () => {
    const reporter = new RecordingReporter();
    await connectTarget("tcp://127.0.0.1:2375", {}, {}, { reporter, connect: fakeConnect });
    await connectTarget(
      "tcp://10.0.0.5:2376",
      { tls: { ca: "ca", cert: "cert", key: "key" } },
      {},
      { reporter, connect: fakeConnect },
    );
    expect(reporter.warnings).toEqual([]);
  });
});
