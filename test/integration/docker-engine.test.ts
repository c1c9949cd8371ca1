// @quai/docker against the test bed's real engine: connecting, failing clearly, and cleaning up a run.
import { createServer } from "node:net";
import { newRunId, runLabels, UserError } from "@quai/core";
import { connectEngine, type Engine, listRunResources, removeRunResources } from "@quai/docker";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const IMAGE = "base/debian:bookworm-slim";

/** A loopback port nothing listens on: bound by us a moment ago, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
  if (address === null || typeof address === "string") throw new Error("expected a TCP address");
  return address.port;
}

async function connectionError(env: NodeJS.ProcessEnv): Promise<UserError> {
  const error = await connectEngine(env).then(
    () => undefined,
    (rejection: unknown) => rejection,
  );
  expect(error).toBeInstanceOf(UserError);
  return error as UserError;
}

function expectOneLineWithoutStack(error: UserError): void {
  expect(error.summary).not.toContain("\n");
  expect(error.summary).not.toMatch(/\bat .+:\d+:\d+/);
}

describe("connectEngine", () => {
  it("reaches the test bed's engine with the default environment", async () => {
    const engine = await connectEngine();
    expect(engine.serverVersion).toMatch(/^20\.10\./);
    expect(engine.apiVersion).toMatch(/^1\.\d+$/);
    expect(engine.endpoint.address).toBe(process.env.DOCKER_HOST || "unix:///var/run/docker.sock");
  });

  it("says in one line that no engine answers at a missing socket", async () => {
    const error = await connectionError({ DOCKER_HOST: "unix:///nonexistent.sock" });
    expect(error.message).toBe(
      "No Docker engine answers at unix:///nonexistent.sock (connect ENOENT /nonexistent.sock)",
    );
    expect(error.hint).toBe(
      "Start dockerd (scripts/testbed up does it on Debian), or point DOCKER_HOST at a running engine",
    );
    expectOneLineWithoutStack(error);
  });

  it("says in one line that no engine answers at a closed TCP port", async () => {
    const port = await closedPort();
    const error = await connectionError({ DOCKER_HOST: `tcp://127.0.0.1:${port}` });
    expect(error.message).toBe(
      `No Docker engine answers at tcp://127.0.0.1:${port} (connect ECONNREFUSED 127.0.0.1:${port})`,
    );
    expect(error.hint).toMatch(/^Start dockerd/);
    expectOneLineWithoutStack(error);
  });
});

describe("a run's resources", () => {
  const runId = newRunId({});
  const otherRunId = newRunId({});
  const name = `quai-test-${runId}`;
  let engine: Engine;

  beforeAll(async () => {
    engine = await connectEngine();
  });

  afterAll(async () => {
    // Whatever a failed assertion left behind, of this run and of the bystander run.
    await removeRunResources(engine.api, runId);
    await removeRunResources(engine.api, otherRunId);
  });

  it("are found by their run label, and all removed, in use or not", async () => {
    const labels = runLabels(runId, "test");
    await engine.api.createNetwork({ Name: name, Labels: labels });
    await engine.api.createVolume({ Name: name, Labels: labels });
    // Attached to the network and holding the volume, so removing in the wrong order would fail.
    const container = await engine.api.createContainer({
      name,
      Image: IMAGE,
      Cmd: ["sleep", "60"],
      Labels: labels,
      HostConfig: { NetworkMode: name, Mounts: [{ Type: "volume", Source: name, Target: "/data" }] },
    });
    await container.start();
    // Another run's volume on the same engine: neither listed nor removed.
    await engine.api.createVolume({ Name: `quai-test-${otherRunId}`, Labels: runLabels(otherRunId, "test") });

    const resources = { containers: [name], networks: [name], volumes: [name] };
    expect(await listRunResources(engine.api, runId)).toEqual(resources);
    expect(await removeRunResources(engine.api, runId)).toEqual(resources);
    expect(await listRunResources(engine.api, runId)).toEqual({ containers: [], networks: [], volumes: [] });
    expect((await listRunResources(engine.api, otherRunId)).volumes).toEqual([`quai-test-${otherRunId}`]);
  });
});
