// The test bed that every integration test stands on: checked as a user of it would.
import { execFile } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { poll } from "@quai/core";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../harness/action-harness";

const exec = promisify(execFile);
const TESTBED = join(REPO_ROOT, "scripts/testbed");
const testbed = JSON.parse(
  readFileSync(join(process.env.QUAI_TESTBED_DIR ?? "/tmp/quai-testbed", "testbed.json"), "utf8"),
);

describe("the test bed", () => {
  it("is idempotent: a second `up` reuses every component", async () => {
    const { stdout } = await exec(TESTBED, ["up"]);
    const rows = stdout.split("\n").filter((line) => line.startsWith("  "));
    expect(rows.length).toBeGreaterThanOrEqual(10);
    for (const row of rows) expect(row).toMatch(/ (reused|cached) /);
  });

  it("runs the pinned Compose v2 and buildx next to the engine", () => {
    expect(testbed.compose).toBe("2.26.1");
    expect(testbed.buildx).toBe("0.13.1");
    expect(testbed.engine.version).toMatch(/^20\.10\./);
    expect(testbed.swarm).toBe("active");
  });

  it("serves an anonymous registry holding the base images by digest", async () => {
    expect(testbed.baseImages.map((image: { tag: string }) => image.tag)).toEqual(
      expect.arrayContaining(["base/debian:bookworm-slim", "base/node:18", "base/python:3.11"]),
    );
    for (const image of testbed.baseImages as { digestRef: string }[]) {
      const [name, digest] = image.digestRef.replace(`${testbed.registry.address}/`, "").split("@");
      const response = await fetch(`http://${testbed.registry.address}/v2/${name}/manifests/${digest}`, {
        method: "HEAD",
        headers: { accept: "application/vnd.docker.distribution.manifest.v2+json" },
      });
      expect(response.status, image.digestRef).toBe(200);
      expect(response.headers.get("docker-content-digest")).toBe(digest);
    }
  });

  it("serves a second registry that asks for basic auth", async () => {
    const url = `http://${testbed.authRegistry.address}/v2/`;
    const anonymous = await fetch(url);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get("www-authenticate")).toMatch(/^Basic realm="quai-testbed"/);
    const { username, password } = testbed.authRegistry;
    const wrong = await fetch(url, { headers: { authorization: `Basic ${btoa(`${username}:wrong`)}` } });
    expect(wrong.status).toBe(401);
    const right = await fetch(url, {
      headers: { authorization: `Basic ${btoa(`${username}:${password}`)}` },
    });
    expect(right.status).toBe(200);
  });

  it("runs a second engine on containerd's image store, on its own socket, and says which uses which", async () => {
    expect(testbed.engines).toEqual([
      expect.objectContaining({
        name: "classic",
        imageStore: "classic",
        host: "unix:///var/run/docker.sock",
      }),
      expect.objectContaining({
        name: "containerd",
        imageStore: "containerd",
        version: expect.stringMatching(/^26\.1\./),
        host: "unix:///run/quai/docker-containerd.sock",
      }),
    ]);
    const { stdout } = await exec("docker", ["info", "--format", "{{json .DriverStatus}}"], {
      env: { ...process.env, DOCKER_HOST: testbed.engines[1].host },
    });
    expect(stdout).toContain("io.containerd.snapshotter");
  });

  it("starts the containerd-store engine again over the pid file a kill -9 left, and keeps docker0", async () => {
    const pidFile = "/run/quai/docker-containerd.pid";
    const pid = Number(readFileSync(pidFile, "utf8"));
    process.kill(pid, "SIGKILL");
    await poll(
      async () => {
        const { stdout } = await exec("ps", ["-o", "stat=", "-p", String(pid)]).catch(() => ({ stdout: "" }));
        return stdout.trim() === "" || stdout.startsWith("Z")
          ? { done: true, value: undefined }
          : { done: false, reason: "still running" };
      },
      { what: "the killed dockerd to end", timeoutMs: 10_000, intervalMs: 100 },
    );
    expect(existsSync(pidFile)).toBe(true);
    const { stdout } = await exec(TESTBED, ["up"]);
    expect(stdout).toMatch(/docker engine \(containerd\) started/);
    // A dockerd with its own address pools deletes docker0 when it restarts, unless it live-restores.
    await exec("ip", ["link", "show", "docker0"]);
    const run = (host: string) =>
      exec("docker", ["run", "--rm", "base/debian:bookworm-slim", "echo", "up"], {
        env: { ...process.env, DOCKER_HOST: host },
      });
    for (const engine of testbed.engines) expect((await run(engine.host)).stdout.trim()).toBe("up");
  });

  it("runs bookworm's Prometheus on 127.0.0.1 only, scraping each target file every second", async () => {
    expect(testbed.prometheus).toEqual({
      address: "127.0.0.1:9090",
      url: "http://127.0.0.1:9090",
      version: "2.42.0",
      targetsDir: `${testbed.stateDir}/prometheus/targets`,
    });
    const flags = (await (await fetch(`${testbed.prometheus.url}/api/v1/status/flags`)).json()) as {
      data: Record<string, string>;
    };
    expect(flags.data).toMatchObject({
      "web.listen-address": "127.0.0.1:9090",
      "storage.tsdb.path": `${testbed.stateDir}/prometheus/data`,
    });
    const { data } = (await (await fetch(`${testbed.prometheus.url}/api/v1/status/config`)).json()) as {
      data: { yaml: string };
    };
    expect(data.yaml).toContain("scrape_interval: 1s");
    expect(data.yaml).toContain(`- ${testbed.prometheus.targetsDir}/*.json`);
    // The package's own service never started: ours is the only Prometheus.
    const { stdout } = await exec("ps", ["-C", "prometheus", "-o", "args="]);
    expect(stdout.trim().split("\n")).toEqual([
      expect.stringContaining(`--config.file=${testbed.stateDir}/prometheus/`),
    ]);
  });

  it("starts Prometheus again over the pid file a kill -9 left", async () => {
    const pid = Number(readFileSync(`${testbed.stateDir}/prometheus/prometheus.pid`, "utf8"));
    process.kill(pid, "SIGKILL");
    await poll(
      async () => {
        const { stdout } = await exec("ps", ["-o", "stat=", "-p", String(pid)]).catch(() => ({ stdout: "" }));
        return stdout.trim() === "" || stdout.startsWith("Z")
          ? { done: true, value: undefined }
          : { done: false, reason: "still running" };
      },
      { what: "the killed prometheus to end", timeoutMs: 10_000, intervalMs: 100 },
    );
    const { stdout } = await exec(TESTBED, ["up"]);
    expect(stdout).toMatch(/prometheus +started/);
    expect((await fetch(`${testbed.prometheus.url}/-/ready`)).status).toBe(200);
  });

  it("says in one line what to do when the user may not run or install an engine", async () => {
    const stateDir = mkdtempSync(join(tmpdir(), "quai-testbed-nobody-"));
    chmodSync(stateDir, 0o777);
    const run = exec("runuser", ["-u", "nobody", "--", TESTBED, "up"], {
      env: { PATH: process.env.PATH, QUAI_TESTBED_DIR: stateDir },
    });
    const failure = await run.then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    const lines = failure?.stderr.trim().split("\n") ?? [];
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^testbed: error: .*(run as root|re-run as root)/);
  });

  // A fresh machine without Docker, made real: a container from the Debian base image, which has
  // no docker CLI and no engine, with the script mounted in.
  async function testbedInFreshMachine(options: { user?: string; debian: boolean }) {
    const script = options.debian ? "/testbed up" : "rm /etc/debian_version && /testbed up";
    const args = ["run", "--rm", "--network", "none", "-v", `${TESTBED}:/testbed:ro`];
    if (options.user) args.push("--user", options.user, "-e", "QUAI_TESTBED_DIR=/tmp/testbed");
    return exec("docker", [...args, "base/debian:bookworm-slim", "bash", "-c", script]).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
  }

  it("on a machine that is not Debian and has no Docker, says to install Docker", async () => {
    const failure = await testbedInFreshMachine({ debian: false });
    expect(failure?.code).toBe(1);
    expect(failure?.stderr.trim()).toBe(
      "testbed: error: cannot install docker.io iptables: this is not Debian. Install Docker Engine, Compose v2, buildx and the CNCF registry yourself, then re-run 'scripts/testbed up'.",
    );
  });

  it("on Debian without Docker and without root, says to re-run as root", async () => {
    const failure = await testbedInFreshMachine({ debian: true, user: "65534:65534" });
    expect(failure?.code).toBe(1);
    expect(failure?.stderr.trim()).toBe(
      "testbed: error: cannot install docker.io iptables without root: re-run as root (sudo scripts/testbed up) or install it yourself.",
    );
  });

  it("names the engine a DOCKER_HOST points at when it does not answer", async () => {
    const failure = await exec(TESTBED, ["up"], {
      env: { ...process.env, DOCKER_HOST: "unix:///nonexistent/docker.sock" },
    }).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr.trim()).toBe(
      "testbed: error: DOCKER_HOST=unix:///nonexistent/docker.sock does not answer 'docker info': start that engine or unset DOCKER_HOST.",
    );
  });
});
