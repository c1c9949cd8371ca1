// What the integration tests know of the test bed (scripts/testbed writes testbed.json), and
// small helpers to drive the real engine the way a user would.
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { poll } from "@quai/core";
import { REPO_ROOT } from "../harness/action-harness";

const execFileAsync = promisify(execFile);

/** The registry that asks for bearer tokens, and what a token service needs to sign them. */
export interface TokenRegistry {
  address: string;
  realm: string;
  service: string;
  issuer: string;
  certificate: string;
  key: string;
}

/** One of the test bed's Docker engines: the classic image store, or containerd's. */
export interface TestbedEngine {
  name: "classic" | "containerd";
  imageStore: "classic" | "containerd";
  version: string;
  /** Its DOCKER_HOST. */
  host: string;
}

export interface Testbed {
  engines: TestbedEngine[];
  /** An OCI index of base/debian for linux/amd64 and linux/arm64/v8 (the same files, relabelled). */
  platformIndex: { digestRef: string; platforms: string[] };
  registry: { address: string };
  authRegistry: { address: string; username: string; password: string };
  tokenRegistry: TokenRegistry;
  baseImages: { tag: string; digestRef: string; size: number }[];
  /**
   * The loopback registry both engines pull Docker Hub images through (their registry-mirrors),
   * holding stand-ins of the actions' default images under the defaults' names.
   */
  hubMirror: { address: string; url: string; images: { name: string; digest: string }[] };
  /** The test sshd in front of this machine's engine, and the key and known_hosts to reach it. */
  ssh: { address: string; user: string; identityFile: string; knownHosts: string };
  /**
   * The test Prometheus (bookworm's 2.42), scraping every second the targets of each target file
   * (file_sd JSON) in targetsDir: add one with scrapeTarget().
   */
  prometheus: { address: string; url: string; version: string; targetsDir: string };
}

export const testbed: Testbed = JSON.parse(
  readFileSync(join(process.env.QUAI_TESTBED_DIR ?? "/tmp/quai-testbed", "testbed.json"), "utf8"),
);

/**
 * The engine this test process runs against: the one DOCKER_HOST names (the vitest project sets
 * it for the containerd-store run), else the first.
 */
export const testEngine: TestbedEngine = (() => {
  const host = process.env.DOCKER_HOST || "unix:///var/run/docker.sock";
  const engine = testbed.engines.find((candidate) => candidate.host === host);
  if (!engine) throw new Error(`DOCKER_HOST=${host} is none of the test bed's engines`);
  return engine;
})();

/** A base image of the test bed, pinned by digest in its local registry. */
export function baseImage(tag: string): string {
  const image = testbed.baseImages.find((candidate) => candidate.tag === tag);
  if (!image) throw new Error(`the test bed has no base image ${tag}`);
  return image.digestRef;
}

/**
 * The manifest digest the test bed's Docker Hub mirror serves for a Docker Hub name
 * (`node:22-bookworm`): what an engine pulling that name gets.
 */
export function hubMirrorDigest(name: string): string {
  const image = testbed.hubMirror?.images.find((candidate) => candidate.name === name);
  if (!image) throw new Error(`the test bed's Docker Hub mirror has no ${name}: run scripts/testbed up`);
  return image.digest;
}

/** Runs the docker CLI and returns its stdout, trimmed. */
export async function docker(...args: string[]): Promise<string> {
  return (await execFileAsync("docker", args, { maxBuffer: 64 * 1024 * 1024 })).stdout.trim();
}

/**
 * Removes every service, container and network deploy-env made for an app (they carry its
 * io.github.quai.deploy.app label), for tests and benchmarks that deploy it.
 */
export async function removeDeployedApp(app: string): Promise<void> {
  const filter = ["--filter", `label=io.github.quai.deploy.app=${app}`];
  // Only a Swarm manager has services (the test bed's second engine is none).
  if ((await docker("info", "--format", "{{.Swarm.ControlAvailable}}")) === "true") {
    const services = await docker("service", "ls", "-q", ...filter);
    if (services) await docker("service", "rm", ...services.split("\n"));
  }
  const containers = await docker("ps", "-aq", ...filter);
  if (containers) await docker("rm", "-f", ...containers.split("\n"));
  const networks = await docker("network", "ls", "-q", ...filter);
  if (networks) await docker("network", "rm", ...networks.split("\n"));
}

/** A workspace folder holding a copy of a fixture app under `app/`. */
export function workspaceWith(fixture: string): string {
  const workspace = mkdtempSync(join(tmpdir(), "quai-workspace-"));
  cpSync(join(REPO_ROOT, "test/fixtures/apps", fixture), join(workspace, "app"), { recursive: true });
  return workspace;
}

/** The host port Docker published a container's port on (always on 127.0.0.1). */
export async function publishedPort(container: string, port: number): Promise<number> {
  const mapping = await docker("port", container, `${port}/tcp`);
  return Number(mapping.split("\n")[0]?.split(":").pop());
}

/** Waits until a URL on this machine answers 200, and returns the body. */
export async function waitForHttp(url: string, timeoutMs = 30_000): Promise<string> {
  return poll(
    async () => {
      try {
        const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
        return response.ok
          ? { done: true, value: await response.text() }
          : { done: false, reason: `HTTP ${response.status}` };
      } catch (error) {
        return { done: false, reason: (error as Error).message };
      }
    },
    { what: url, timeoutMs, intervalMs: 200 },
  );
}

/** Waits until a container's log shows `pattern`. */
export async function waitForLog(container: string, pattern: RegExp, timeoutMs = 30_000): Promise<void> {
  await poll(
    async () => {
      const { stdout, stderr } = await execFileAsync("docker", ["logs", container]);
      return pattern.test(stdout + stderr)
        ? { done: true, value: undefined }
        : { done: false, reason: "not yet logged" };
    },
    { what: `${pattern} in the log of ${container}`, timeoutMs, intervalMs: 200 },
  );
}

/** The test bed's Prometheus; a testbed.json written before it had one says to run up. */
export function testbedPrometheus(): Testbed["prometheus"] {
  if (!testbed.prometheus) throw new Error("the test bed has no Prometheus: run scripts/testbed up");
  return testbed.prometheus;
}

export interface ScrapeTarget {
  /** The job label its series carry: select them with {job="…"}. */
  job: string;
  /** Stops the scraping (its series stay in Prometheus' storage). */
  remove(): void;
}

/**
 * Has the test bed's Prometheus scrape /metrics of `address` (host:port) under a job of its own,
 * and resolves once it has scraped it (Prometheus applies a new target file within about 5 s).
 */
export async function scrapeTarget(address: string): Promise<ScrapeTarget> {
  const prometheus = testbedPrometheus();
  const job = `quai-test-${randomBytes(4).toString("hex")}`;
  const file = join(prometheus.targetsDir, `${job}.json`);
  // Written whole, then renamed in: Prometheus reads a file the moment it appears.
  writeFileSync(`${file}.tmp`, JSON.stringify([{ targets: [address], labels: { job } }]));
  renameSync(`${file}.tmp`, file);
  const remove = () => rmSync(file, { force: true });
  try {
    await poll(
      async () => {
        const body = new URLSearchParams({ query: `up{job="${job}"}` });
        const response = await fetch(`${prometheus.url}/api/v1/query`, { method: "POST", body });
        const answer = (await response.json()) as { data?: { result?: { value: [number, string] }[] } };
        const up = answer.data?.result?.[0]?.value[1];
        return up === "1"
          ? { done: true, value: undefined }
          : { done: false, reason: up === undefined ? "not scraped yet" : `up is ${up}` };
      },
      { what: `Prometheus to scrape ${address} (${file})`, timeoutMs: 30_000, intervalMs: 250 },
    );
  } catch (error) {
    remove();
    throw error;
  }
  return { job, remove };
}

/**
 * Builds test/fixtures/deploy's release image of `version` (`Dockerfile.plain`: no busybox, HTTP
 * client or shell), pushes it to `repository` on the test bed's registry, returns repository@digest.
 */
export async function pushDeployFixture(
  repository: string,
  version: string,
  dockerfile = "Dockerfile",
): Promise<string> {
  const tag = `${repository}:${version}`;
  const fixture = join(REPO_ROOT, "test/fixtures/deploy");
  await docker(
    "build",
    "-q",
    "-f",
    join(fixture, dockerfile),
    "--build-arg",
    `DEBIAN=${baseImage("base/debian:bookworm-slim")}`,
    "--build-arg",
    `NODE=${baseImage("base/node:18")}`,
    "--build-arg",
    `VERSION=${version}`,
    "-t",
    tag,
    fixture,
  );
  await docker("push", "-q", tag);
  const digests = await docker("image", "inspect", "--format", '{{join .RepoDigests "\\n"}}', tag);
  const digest = digests.split("\n").find((ref) => ref.startsWith(`${repository}@`));
  if (!digest) throw new Error(`pushing ${tag} gave no digest`);
  return digest;
}
