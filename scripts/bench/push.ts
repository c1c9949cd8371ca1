/**
 * npm run bench -- push: push-versioned against the Docker CLI on the node example app's image.
 *   cold push   quai pushing the build's OCI layout vs `docker push` of the same image loaded in
 *               the engine, each to its own fresh registry (goal ≤ 1×)
 *   warm push   the same release again (goal ≤ 0.2×)
 *   promotion   quai `source:` to another repository vs docker pull + tag + push (goal ≤ 0.2×)
 * Both sides write the same one tag, the version. Warm push and promotion are measured twice:
 * as the action step (a Node process, whose start alone is ~130 ms) and as the library call the
 * step makes, in this process; the goals are read on the library call, the figure comparable to
 * the daemon's work behind `docker push`. Each figure is the median of a few rounds. Every row is
 * measured on each of the test bed's engines (Docker's classic image store and containerd's), side
 * by side in one run; "cold push, engine image" pushes the image from the engine (`image:`), which
 * reads `docker save` of that engine's store.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseImageRef, parseVersion, poll } from "@quai/core";
import { promoteRelease, pushOciLayout, type ReleaseRequest } from "@quai/registry";
import { runAction } from "../../test/harness/action-harness";
import { baseImage, type TestbedEngine, testbed, workspaceWith } from "../../test/support/testbed";
import { type Comparison, median, report, sh, timed } from "./support";

const ROUNDS = 3;
const LIBRARY_ROUNDS = 7;
/** docker push writes one tag; quai writes the same one. */
const TAG_RULES = "{{version}}";
/** Fresh registries for the cold rounds: a port each, so neither tool finds blobs it pushed before. */
const FIRST_COLD_PORT = 5020;
const IMAGE = "quai-bench/push-app:1.0.0";

/** The engine a round runs on: the docker CLI and the action both use it. */
interface OnEngine {
  engine: TestbedEngine;
  docker: (args: string[]) => Promise<string>;
}

const onEngine = (engine: TestbedEngine): OnEngine => ({
  engine,
  docker: (args) => sh("docker", args, { env: { ...process.env, DOCKER_HOST: engine.host } }),
});

async function quaiPush(on: OnEngine, inputs: Record<string, string>, workspace: string): Promise<void> {
  const result = await runAction("push-versioned", {
    workspace,
    env: { DOCKER_HOST: on.engine.host },
    inputs: { version: "1.0.0", tags: TAG_RULES, ...inputs },
  });
  if (result.main.exitCode !== 0) throw new Error(`quai push failed:\n${result.main.log.slice(-2000)}`);
}

async function dockerPush(on: OnEngine, target: string): Promise<void> {
  await on.docker(["tag", IMAGE, target]);
  await on.docker(["push", "-q", target]);
}

/** A registry of its own on `port`, with empty storage, stopped by the returned function. */
async function freshRegistry(port: number): Promise<() => void> {
  const dir = mkdtempSync(join(tmpdir(), "quai-bench-registry-"));
  const config = join(dir, "config.yml");
  writeFileSync(
    config,
    `version: 0.1\nlog:\n  level: error\nstorage:\n  filesystem:\n    rootdirectory: ${dir}/data\nhttp:\n  addr: 127.0.0.1:${port}\n`,
  );
  const registry: ChildProcess = spawn("docker-registry", ["serve", config], { stdio: "ignore" });
  await poll(
    async () => {
      const answer = await fetch(`http://127.0.0.1:${port}/v2/`).catch(() => undefined);
      return answer?.ok ? { done: true, value: undefined } : { done: false, reason: "not answering" };
    },
    { what: `a registry on 127.0.0.1:${port}`, timeoutMs: 20_000, intervalMs: 100 },
  );
  return () => registry.kill();
}

/** The release request the action step makes, for timing the library call alone. */
const libraryRequest = (repository: string): ReleaseRequest => ({
  target: parseImageRef(repository, "repository"),
  version: parseVersion("1.0.0"),
  tagRules: [TAG_RULES],
});

/** One cold round: quai's layout push, quai's push of the engine image and docker push, each to a fresh registry. */
async function coldRound(
  on: OnEngine,
  firstPort: number,
  workspace: string,
): Promise<{ quai: number; quaiLibrary: number; quaiEngineImage: number; docker: number }> {
  const stops = await Promise.all([0, 1, 2, 3].map((offset) => freshRegistry(firstPort + offset)));
  try {
    const quai = await timed(() =>
      quaiPush(on, { "oci-layout": "build/oci", repository: `127.0.0.1:${firstPort}/bench/app` }, workspace),
    );
    const quaiLibrary = await timed(() =>
      pushOciLayout(join(workspace, "build/oci"), libraryRequest(`127.0.0.1:${firstPort + 3}/bench/app`)),
    );
    const quaiEngineImage = await timed(() =>
      quaiPush(on, { image: IMAGE, repository: `127.0.0.1:${firstPort + 1}/bench/app` }, workspace),
    );
    const docker = await timed(() => dockerPush(on, `127.0.0.1:${firstPort + 2}/bench/app:1.0.0`));
    return {
      quai: quai.ms,
      quaiLibrary: quaiLibrary.ms,
      quaiEngineImage: quaiEngineImage.ms,
      docker: docker.ms,
    };
  } finally {
    for (const stop of stops) stop();
  }
}

export async function bench(): Promise<boolean> {
  const rows: Comparison[][] = [];
  for (const [index, engine] of testbed.engines.entries())
    rows.push(await measureOn(onEngine(engine), index));
  // Side by side: each row of the first engine, then the same row of the second.
  const sideBySide = (rows[0] ?? []).flatMap((_, row) => rows.map((engineRows) => engineRows[row]));
  return report(
    `push-versioned: node example app, median of ${ROUNDS}, on each engine`,
    sideBySide.filter((row): row is Comparison => row !== undefined),
  );
}

async function measureOn(on: OnEngine, engineIndex: number): Promise<Comparison[]> {
  console.log(
    `push: on the ${on.engine.name} engine (Docker ${on.engine.version}, ${on.engine.imageStore} image store)`,
  );
  const workspace = workspaceWith("node-app");
  const build = await runAction("build-minimal-image", {
    workspace,
    env: { SOURCE_DATE_EPOCH: "1763800000", DOCKER_HOST: on.engine.host },
    inputs: {
      context: "app",
      "base-image": baseImage("base/node:18"),
      "builder-image": baseImage("base/node:18-build"),
      image: IMAGE,
      output: "build/oci",
      "cache-dir": mkdtempSync(join(tmpdir(), "quai-bench-cache-")),
    },
  });
  if (build.main.exitCode !== 0) throw new Error(`build failed:\n${build.main.log.slice(-2000)}`);
  const digest = build.main.outputs.digest ?? "";
  const imageId = await on.docker(["image", "inspect", "-f", "{{.Id}}", IMAGE]);

  const cold = [];
  for (let round = 0; round < ROUNDS; round++) {
    cold.push(await coldRound(on, FIRST_COLD_PORT + 4 * (ROUNDS * engineIndex + round), workspace));
  }

  const suffix = Date.now().toString(36);
  const quaiRepository = `127.0.0.1:5000/bench/quai-${suffix}`;
  const dockerRepository = `127.0.0.1:5000/bench/docker-${suffix}`;
  await quaiPush(on, { "oci-layout": "build/oci", repository: quaiRepository }, workspace);
  await dockerPush(on, `${dockerRepository}:1.0.0`);
  const warmQuai: number[] = [];
  const warmDocker: number[] = [];
  const promoteQuai: number[] = [];
  const promoteDocker: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    warmQuai.push(
      (await timed(() => quaiPush(on, { "oci-layout": "build/oci", repository: quaiRepository }, workspace)))
        .ms,
    );
    warmDocker.push((await timed(() => dockerPush(on, `${dockerRepository}:1.0.0`))).ms);
    const promoted = `${quaiRepository}-promoted-${round}`;
    promoteQuai.push(
      (
        await timed(() =>
          quaiPush(on, { source: `${quaiRepository}@${digest}`, repository: promoted }, workspace),
        )
      ).ms,
    );
    promoteDocker.push(
      (
        await timed(async () => {
          await on.docker(["pull", "-q", `${dockerRepository}:1.0.0`]);
          await on.docker([
            "tag",
            `${dockerRepository}:1.0.0`,
            `${dockerRepository}-promoted-${round}:1.0.0`,
          ]);
          await on.docker(["push", "-q", `${dockerRepository}-promoted-${round}:1.0.0`]);
        })
      ).ms,
    );
  }
  const layout = join(workspace, "build/oci");
  const warmLibrary: number[] = [];
  const promoteLibrary: number[] = [];
  for (let round = 0; round < LIBRARY_ROUNDS; round++) {
    warmLibrary.push((await timed(() => pushOciLayout(layout, libraryRequest(quaiRepository)))).ms);
    const source = parseImageRef(`${quaiRepository}@${digest}`, "source");
    const target = `${quaiRepository}-library-${round}`;
    promoteLibrary.push((await timed(() => promoteRelease(source, libraryRequest(target)))).ms);
  }
  const comparisons: Comparison[] = [
    {
      what: "cold push",
      unit: "ms",
      quai: median(cold.map((round) => round.quai)),
      baseline: median(cold.map((round) => round.docker)),
      baselineName: "docker push",
      goal: 1,
    },
    {
      what: "cold push, library call",
      unit: "ms",
      quai: median(cold.map((round) => round.quaiLibrary)),
      baseline: median(cold.map((round) => round.docker)),
      baselineName: "docker push",
    },
    {
      what: "cold push, engine image (image:)",
      unit: "ms",
      quai: median(cold.map((round) => round.quaiEngineImage)),
      baseline: median(cold.map((round) => round.docker)),
      baselineName: "docker push",
    },
    {
      what: "warm re-push, action step",
      unit: "ms",
      quai: median(warmQuai),
      baseline: median(warmDocker),
      baselineName: "docker push",
    },
    {
      what: "warm re-push, library call",
      unit: "ms",
      quai: median(warmLibrary),
      baseline: median(warmDocker),
      baselineName: "docker push",
      goal: 0.2,
    },
    {
      what: "promotion, action step",
      unit: "ms",
      quai: median(promoteQuai),
      baseline: median(promoteDocker),
      baselineName: "docker pull+tag+push",
    },
    {
      what: "promotion, library call",
      unit: "ms",
      quai: median(promoteLibrary),
      baseline: median(promoteDocker),
      baselineName: "docker pull+tag+push",
      goal: 0.2,
    },
  ];
  // Every tag and registry digest the docker side gave the image goes with it (-f, by its id).
  await on.docker(["rmi", "-f", imageId]).catch(() => "");
  return comparisons.map((comparison) => ({ ...comparison, what: `${on.engine.name}: ${comparison.what}` }));
}
