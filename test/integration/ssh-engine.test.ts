// connectEngine through ssh://, against the test bed's own sshd in front of this machine's engine:
// with a key file or an agent, running a container over it, and refusing a host key it does not know.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { newRunId, RUN_ID_LABEL, runLabels, UserError } from "@quai/core";
import { connectEngine, type Engine, listRunResources } from "@quai/docker";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseImage, testbed } from "../support/testbed";

const DOCKER_HOST = `ssh://${testbed.ssh.user}@${testbed.ssh.address}`;
const scratch = mkdtempSync(join(tmpdir(), "quai-ssh-engine-"));
let agent: { socket: string; pid: number } | undefined;

/** An ssh-agent of this test's own holding the test bed's key. */
function startAgent(): { socket: string; pid: number } {
  const socket = join(scratch, "agent.sock");
  const output = execFileSync("ssh-agent", ["-s", "-a", socket]).toString();
  const pid = Number(output.match(/SSH_AGENT_PID=(\d+)/)?.[1]);
  execFileSync("ssh-add", ["-q", testbed.ssh.identityFile], {
    env: { ...process.env, SSH_AUTH_SOCK: socket },
  });
  return { socket, pid };
}

/** A container run through the engine (listed, started, logged), removed after; its output. */
async function runContainer(engine: Engine): Promise<string> {
  const runId = newRunId();
  const container = await engine.api.createContainer({
    Image: baseImage("base/debian:bookworm-slim"),
    Cmd: ["echo", "hello over ssh"],
    Labels: runLabels(runId, "ssh-engine-test"),
  });
  try {
    const listed = await engine.api.listContainers({
      all: true,
      filters: JSON.stringify({ label: [`${RUN_ID_LABEL}=${runId}`] }),
    });
    expect(listed.map((summary) => summary.Id)).toEqual([container.id]);
    await container.start();
    expect((await container.wait()).StatusCode).toBe(0);
    return (await container.logs({ stdout: true, follow: false })).toString("utf8");
  } finally {
    await container.remove({ force: true });
    expect(await listRunResources(engine.api, runId)).toEqual({ containers: [], networks: [], volumes: [] });
  }
}

beforeAll(() => {
  agent = startAgent();
});

afterAll(() => {
  if (agent) process.kill(agent.pid);
  rmSync(scratch, { recursive: true, force: true });
});

describe("connectEngine over ssh://", () => {
  it("reaches the engine with the key QUAI_SSH_IDENTITY names, and runs a container through it", async () => {
    const engine = await connectEngine({
      DOCKER_HOST,
      QUAI_SSH_IDENTITY: testbed.ssh.identityFile,
      QUAI_SSH_KNOWN_HOSTS: testbed.ssh.knownHosts,
    });
    expect(engine.endpoint).toMatchObject({ kind: "ssh", address: DOCKER_HOST, port: 2222 });
    expect(await runContainer(engine)).toContain("hello over ssh");
  });

  it("reaches it with the key in an ssh agent", async () => {
    const engine = await connectEngine({
      DOCKER_HOST,
      SSH_AUTH_SOCK: agent?.socket,
      QUAI_SSH_KNOWN_HOSTS: testbed.ssh.knownHosts,
    });
    expect(engine.serverVersion).toMatch(/^20\.10\./);
  });

  it("refuses a host whose key known_hosts does not record, saying which key it presented", async () => {
    const otherKey = join(scratch, "other_host_key");
    execFileSync("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-f", otherKey]);
    const wrongKnownHosts = join(scratch, "wrong_known_hosts");
    const [type, key] = readFileSync(`${otherKey}.pub`, "utf8").split(" ");
    writeFileSync(wrongKnownHosts, `[127.0.0.1]:2222 ${type} ${key}\n`);

    const error = await connectEngine({
      DOCKER_HOST,
      QUAI_SSH_IDENTITY: testbed.ssh.identityFile,
      QUAI_SSH_KNOWN_HOSTS: wrongKnownHosts,
    }).catch((rejection: unknown) => rejection);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toMatch(
      /^Refused the SSH host key of ssh:\/\/root@127\.0\.0\.1:2222 \(\[127\.0\.0\.1\]:2222 presented the ssh-ed25519 key SHA256:\S+, not the one known_hosts records: /,
    );
    expect((error as UserError).hint).toContain(wrongKnownHosts);
  });
});
