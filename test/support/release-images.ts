// Releases of the release app (test/fixtures/apps/release-app), made the way a pipeline makes
// them: build-minimal-image, then push-versioned to the test bed's registry. Shared by deploy-env's
// e2e tests, its benchmark and the demo.
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { once } from "node:events";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { poll } from "@quai/core";
import { type ActionResult, runAction } from "../harness/action-harness";
import { baseImage, testbed, waitForHttp, workspaceWith } from "./testbed";

/** How a release behaves once it runs; server.js says what each mode does. */
export type ReleaseMode =
  | "ok"
  | "crash"
  | "unhealthy"
  | "crash-later"
  | "errors-later"
  | "slow-later"
  | "oom-later"
  | "flaky";

/** A mode alone, or with its options: when it starts misbehaving, how slowly, how often. */
export type ReleaseBehaviour =
  | ReleaseMode
  | { mode: ReleaseMode; afterMs?: number; delayMs?: number; errorShare?: number };

export interface PushedReleases {
  /** registry/namespace/name the releases were pushed to. */
  repository: string;
  /** Digest of each version. */
  digests: Record<string, string>;
}

function outputsOf(step: string, result: ActionResult): Record<string, string> {
  if (result.main.exitCode !== 0) {
    const error = result.main.annotations.find((annotation) => annotation.level === "error");
    throw new Error(`${step} failed: ${error?.message ?? result.main.log.slice(-2000)}`);
  }
  return result.main.outputs;
}

/** Builds and pushes each version (in order) to a repository of its own on 127.0.0.1:5000. */
export async function pushReleases(
  releases: readonly { version: string; behaviour: ReleaseBehaviour }[],
  name = `release-app-${randomBytes(4).toString("hex")}`,
): Promise<PushedReleases> {
  const workspace = workspaceWith("release-app");
  const repository = `${testbed.registry.address}/quai-tests/${name}`;
  const digests: Record<string, string> = {};
  for (const { version, behaviour } of releases) {
    const manifest = join(workspace, "app/package.json");
    writeFileSync(
      manifest,
      JSON.stringify({ ...JSON.parse(readFileSync(manifest, "utf8")), version }, null, 2),
    );
    writeBehaviour(workspace, behaviour);
    outputsOf(
      `build-minimal-image ${version}`,
      await runAction("build-minimal-image", {
        workspace,
        inputs: {
          context: "app",
          recipe: "node",
          "base-image": baseImage("base/node:18"),
          "builder-image": baseImage("base/node:18-build"),
          image: `quai-tests/${name}:${version}`,
          output: `build/${version}`,
        },
      }),
    );
    const pushed = outputsOf(
      `push-versioned ${version}`,
      await runAction("push-versioned", {
        workspace,
        inputs: { "oci-layout": `build/${version}`, repository, version },
      }),
    );
    digests[version] = pushed.digest ?? "";
  }
  return { repository, digests };
}

/** behaviour.json, which server.js reads at start (baked into an image, or beside it). */
function writeBehaviour(workspace: string, behaviour: ReleaseBehaviour): void {
  const options = typeof behaviour === "string" ? { mode: behaviour } : behaviour;
  writeFileSync(join(workspace, "app/behaviour.json"), JSON.stringify(options));
}

export interface RunningReleaseApp {
  /** host:port it listens on, on 127.0.0.1. */
  address: string;
  url: string;
  stop(): Promise<void>;
}

/**
 * The release app's server.js run with this machine's node, outside any container, on a free
 * port of 127.0.0.1: for tests of what watches an app (Prometheus scraping its /metrics).
 */
export async function startReleaseApp(behaviour: ReleaseBehaviour): Promise<RunningReleaseApp> {
  const workspace = workspaceWith("release-app");
  writeBehaviour(workspace, behaviour);
  const child = spawn(process.execPath, ["server.js"], {
    cwd: join(workspace, "app"),
    env: { ...process.env, HOST: "127.0.0.1", PORT: "0" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk) => {
    output += chunk;
  });
  child.stderr.on("data", (chunk) => {
    output += chunk;
  });
  const port = await poll(
    async () => {
      const listening = /listening on (\d+)/.exec(output);
      if (listening) return { done: true, value: Number(listening[1]) };
      if (child.exitCode !== null) throw new Error(`the release app exited ${child.exitCode}: ${output}`);
      return { done: false, reason: "not listening yet" };
    },
    { what: "the release app to listen", timeoutMs: 10_000, intervalMs: 50 },
  );
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(`${url}/health`);
  return { address: `127.0.0.1:${port}`, url, stop: () => stopProcess(child) };
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, "exit");
  child.kill("SIGTERM");
  await exited;
}
