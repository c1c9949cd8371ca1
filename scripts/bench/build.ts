/**
 * npm run bench -- build: build-minimal-image against the Docker CLI on the node example app.
 *   size        quai's image vs a naive single-stage Dockerfile (goal ≤ 0.35×), and vs the base
 *               image plus the app's runtime closure (goal ≤ 1.03×); every size in uncompressed
 *               layer bytes as `docker save` gives them, the same measure on either image store
 *   cold build  quai with empty caches vs `docker buildx build --no-cache` of a hand-written
 *               multi-stage Dockerfile
 *   warm build  after an app-only change, quai vs buildx with its layer cache (goal ≤ 0.5×), and
 *               the app's own build step alone: the floor under any builder that runs it
 * Every row is measured on each of the test bed's engines (Docker's classic image store and
 * containerd's), side by side in one run.
 * The builder is a stand-in for node:22-bookworm, the node recipe's default and the image a naive
 * Dockerfile starts FROM: the test bed's node and npm plus the packages buildpack-deps:bookworm
 * puts in it (compilers, headers, git…), built once from Debian's archive. The test bed's npm-only
 * builder gives a second, informative naive size.
 */
import { appendFileSync, copyFileSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { connectEngine, readEngineImage } from "@quai/docker";
import { runAction } from "../../test/harness/action-harness";
import { baseImage, type TestbedEngine, testbed, workspaceWith } from "../../test/support/testbed";
import { type Comparison, median, report, sh, timed } from "./support";

const WARM_ROUNDS = 3;
const HOST_CA = "/etc/ssl/certs/ca-certificates.crt";
const FULL_BUILDER = "quai-bench/node-full:18";

// buildpack-deps:bookworm's curl, scm and full layers, which node:22-bookworm is built FROM.
const BUILDPACK_DEPS = `ca-certificates curl gnupg netbase wget git mercurial openssh-client subversion procps
autoconf automake bzip2 default-libmysqlclient-dev dpkg-dev file g++ gcc imagemagick libbz2-dev libc6-dev
libcurl4-openssl-dev libdb-dev libevent-dev libffi-dev libgdbm-dev libglib2.0-dev libgmp-dev libjpeg-dev
libkrb5-dev liblzma-dev libmagickcore-dev libmagickwand-dev libmaxminddb-dev libncurses5-dev libncursesw5-dev
libpng-dev libpq-dev libreadline-dev libsqlite3-dev libssl-dev libtool libwebp-dev libxml2-dev libxslt-dev
libyaml-dev make patch unzip xz-utils zlib1g-dev python3`.replace(/\s+/g, " ");

const fullBuilderDockerfile = (npmBuilder: string) => `FROM ${npmBuilder}
RUN apt-get update && apt-get install -y --no-install-recommends ${BUILDPACK_DEPS} && rm -rf /var/lib/apt/lists/*
`;

const naiveDockerfile = (builder: string) => `FROM ${builder}
COPY ca.crt /etc/ssl/certs/bench-ca.crt
ENV NODE_EXTRA_CA_CERTS=/etc/ssl/certs/bench-ca.crt
WORKDIR /app
COPY . .
RUN npm ci && npm run build
CMD ["node", "dist/server.js"]
`;

// The build stage of the multi-stage file up to its build step, which the benchmark also runs alone.
const buildStageDockerfile = (builder: string) => `FROM ${builder} AS build
COPY ca.crt /etc/ssl/certs/bench-ca.crt
ENV NODE_EXTRA_CA_CERTS=/etc/ssl/certs/bench-ca.crt
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
`;

// What a careful hand would write: dependencies cached apart from the code, a slim runtime stage.
const multiStageDockerfile = (
  builder: string,
  base: string,
) => `${buildStageDockerfile(builder)}RUN npm run build && npm prune --omit=dev

FROM ${base}
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json Procfile ./
USER 10001
CMD ["node", "dist/server.js"]
`;

export async function bench(): Promise<boolean> {
  const rows: Comparison[][] = [];
  for (const engine of testbed.engines) rows.push(await measureOn(engine));
  // Side by side: each row of the first engine, then the same row of the second.
  const sideBySide = (rows[0] ?? []).flatMap((_, index) => rows.map((engineRows) => engineRows[index]));
  return report(
    "build-minimal-image vs the Docker CLI (node example app), on each engine",
    sideBySide.filter((row): row is Comparison => row !== undefined),
  );
}

/** Every comparison on one engine, with the same Docker CLI work as the baseline on that engine. */
async function measureOn(engine: TestbedEngine): Promise<Comparison[]> {
  const env = { ...process.env, DOCKER_HOST: engine.host };
  const docker = (args: string[]) => sh("docker", args, { env });
  console.log(
    `build: on the ${engine.name} engine (Docker ${engine.version}, ${engine.imageStore} image store)`,
  );
  const npmBuilder = baseImage("base/node:18-build");
  const base = baseImage("base/node:18");
  const workspace = workspaceWith("node-app");
  const app = join(workspace, "app");
  const cacheDir = mkdtempSync(join(tmpdir(), "quai-bench-cache-"));
  console.log(`build: the node:22-bookworm stand-in ${FULL_BUILDER} (cached after the first run)…`);
  const builderContext = mkdtempSync(join(tmpdir(), "quai-bench-builder-"));
  writeFileSync(join(builderContext, "Dockerfile"), fullBuilderDockerfile(npmBuilder));
  await docker(["buildx", "build", "--load", "-q", "-t", FULL_BUILDER, builderContext]);
  const builder = FULL_BUILDER;
  copyFileSync(HOST_CA, join(app, "ca.crt"));
  writeFileSync(join(app, "Dockerfile.naive"), naiveDockerfile(builder));
  writeFileSync(join(app, "Dockerfile.naive-npm"), naiveDockerfile(npmBuilder));
  writeFileSync(join(app, "Dockerfile.multi"), multiStageDockerfile(builder, base));
  writeFileSync(join(app, ".dockerignore"), "node_modules\ndist\n");

  const quaiBuild = async (tag: string) => {
    const result = await runAction("build-minimal-image", {
      workspace,
      env: { SOURCE_DATE_EPOCH: "1763800000", DOCKER_HOST: engine.host },
      inputs: {
        context: "app",
        "base-image": base,
        "builder-image": builder,
        image: tag,
        "cache-dir": cacheDir,
      },
    });
    if (result.main.exitCode !== 0) throw new Error(`quai build failed:\n${result.main.log.slice(-3000)}`);
  };
  const buildx = (dockerfile: string, tag: string, ...flags: string[]) =>
    docker(["buildx", "build", "--load", "-q", ...flags, "-f", join(app, dockerfile), "-t", tag, app]);
  // Uncompressed layer bytes, as `docker save` gives them: the same measure on either store (the
  // classic store's .Size counts that, containerd's counts its compressed content).
  const engineApi = (await connectEngine({ ...process.env, DOCKER_HOST: engine.host })).api;
  const imageSize = async (tag: string) =>
    (await readEngineImage(engineApi, tag)).layers.reduce((sum, layer) => sum + layer.tar.length, 0);

  console.log("build: cold builds (empty caches)…");
  const quaiCold = await timed(() => quaiBuild("quai-bench/quai:cold"));
  const multiCold = await timed(() => buildx("Dockerfile.multi", "quai-bench/multi:cold", "--no-cache"));
  await buildx("Dockerfile.naive", "quai-bench/naive:latest", "--no-cache");
  await buildx("Dockerfile.naive-npm", "quai-bench/naive-npm:latest", "--no-cache");

  console.log(`build: ${WARM_ROUNDS} warm rebuilds after an app-only change…`);
  const quaiWarm: number[] = [];
  const multiWarm: number[] = [];
  for (let round = 1; round <= WARM_ROUNDS; round++) {
    // A change never made before, so no builder finds it in a cache from an earlier run.
    appendFileSync(join(app, "src/server.ts"), `\n// app-only change ${round} at ${Date.now()}\n`);
    quaiWarm.push((await timed(() => quaiBuild(`quai-bench/quai:warm${round}`))).ms);
    multiWarm.push((await timed(() => buildx("Dockerfile.multi", `quai-bench/multi:warm${round}`))).ms);
  }
  // The build step by itself, on the app as it stands after the last change with its
  // dependencies installed: what no builder that runs the app's build can go under.
  writeFileSync(join(app, "Dockerfile.build-step"), buildStageDockerfile(builder));
  await buildx("Dockerfile.build-step", "quai-bench/multi-build:latest");
  const buildStepAlone: number[] = [];
  for (let round = 1; round <= WARM_ROUNDS; round++) {
    const step = () => docker(["run", "--rm", "quai-bench/multi-build:latest", "npm", "run", "build"]);
    buildStepAlone.push((await timed(step)).ms);
  }

  const quaiSize = await imageSize("quai-bench/quai:cold");
  const closure =
    (await imageSize(base)) +
    Number(
      await docker(["run", "--rm", "--entrypoint", "du", "quai-bench/quai:cold", "-sb", "/app"]).then(
        (out) => out.split("\t")[0],
      ),
    );
  const comparisons: Comparison[] = [
    {
      what: "image size",
      unit: "bytes",
      quai: quaiSize,
      baseline: await imageSize("quai-bench/naive:latest"),
      baselineName: "naive single-stage Dockerfile",
      goal: 0.35,
    },
    {
      what: "image size",
      unit: "bytes",
      quai: quaiSize,
      baseline: await imageSize("quai-bench/naive-npm:latest"),
      baselineName: "naive, FROM the test bed's npm-only builder",
    },
    {
      what: "image size",
      unit: "bytes",
      quai: quaiSize,
      baseline: closure,
      baselineName: "base + runtime closure",
      goal: 1.03,
    },
    {
      what: "cold build",
      unit: "ms",
      quai: quaiCold.ms,
      baseline: multiCold.ms,
      baselineName: "buildx multi-stage, --no-cache",
    },
    {
      what: "warm rebuild (app-only change, median)",
      unit: "ms",
      quai: median(quaiWarm),
      baseline: median(multiWarm),
      baselineName: "buildx multi-stage, cached",
      goal: 0.5,
    },
    {
      what: "the app's build step alone (median)",
      unit: "ms",
      quai: median(buildStepAlone),
      baseline: median(multiWarm),
      baselineName: "buildx multi-stage, cached",
    },
  ];
  const warmTags = Array.from({ length: WARM_ROUNDS }, (_, round) => [
    `quai-bench/quai:warm${round + 1}`,
    `quai-bench/multi:warm${round + 1}`,
  ]).flat();
  await docker([
    "rmi",
    "-f",
    "quai-bench/quai:cold",
    "quai-bench/multi:cold",
    "quai-bench/naive:latest",
    "quai-bench/naive-npm:latest",
    "quai-bench/multi-build:latest",
    ...warmTags,
  ]).catch(() => "");
  return comparisons.map((comparison) => ({ ...comparison, what: `${engine.name}: ${comparison.what}` }));
}
