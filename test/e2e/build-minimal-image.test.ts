// build-minimal-image through the action harness, on the test bed's real engine, for the three
// example apps: each image runs its processes as a non-root user, stops cleanly, carries no dev
// dependency, passes the audit, and builds to the same digest twice.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { poll } from "@quai/core";
import { connectEngine, listRunResources } from "@quai/docker";
import { readOciLayout } from "@quai/oci";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ActionResult, runAction, startAction } from "../harness/action-harness";
import { factsOf, renderSummary } from "../support/job-summary";
import {
  baseImage,
  docker,
  hubMirrorDigest,
  publishedPort,
  testbed,
  testEngine,
  waitForHttp,
  waitForLog,
  workspaceWith,
} from "../support/testbed";

const TEST_LABEL = "io.github.quai.test=build-minimal-image";
// A fixed commit time: the same sources must give the same digest, build after build.
const SOURCE_DATE_EPOCH = "1763800000";

interface App {
  fixture: string;
  base: string;
  builder: string;
  /** What the web process answers. */
  answer: RegExp;
  /** Prepares the workspace (the static app's binary is compiled here, as a user's CI would). */
  prepare?: (workspace: string) => Promise<void>;
}

const APPS: App[] = [
  {
    fixture: "node-app",
    base: baseImage("base/node:18"),
    builder: baseImage("base/node:18-build"),
    answer: /"app":"quai-example-node"/,
  },
  {
    fixture: "python-app",
    base: baseImage("base/python:3.11"),
    builder: baseImage("base/python:3.11-build"),
    answer: /"sum": 5, "greeting": "hello, quai"/,
  },
  {
    fixture: "static-app",
    base: "scratch",
    builder: baseImage("base/debian:bookworm-slim"),
    answer: /^static ok$/m,
    prepare: async (workspace) => {
      const app = join(workspace, "app");
      mkdirSync(join(app, "bin"));
      await docker(
        "run",
        "--rm",
        "--label",
        TEST_LABEL,
        "-v",
        `${app}:/src`,
        baseImage("base/python:3.11-build"),
        "gcc",
        "-static",
        "-O2",
        "-o",
        "/src/bin/server",
        "/src/server.c",
      );
      rmSync(join(app, "server.c"));
    },
  },
];

function build(
  workspace: string,
  app: App,
  inputs: Record<string, string> = {},
  commitTime = SOURCE_DATE_EPOCH,
): Promise<ActionResult> {
  return runAction("build-minimal-image", {
    workspace,
    env: { SOURCE_DATE_EPOCH: commitTime },
    inputs: {
      context: "app",
      "base-image": app.base,
      "builder-image": app.builder,
      image: `quai-e2e/${app.fixture}:test`,
      "cache-dir": join(workspace, "..", "quai-e2e-cache"),
      "build-env": "PIP_NO_INDEX=1",
      ...inputs,
    },
  });
}

/** Nothing the build created is left in the engine. */
async function expectNothingLeft(result: ActionResult): Promise<void> {
  const runId = result.main.state["run-id"];
  expect(runId).toBeTruthy();
  const engine = await connectEngine();
  expect(await listRunResources(engine.api, runId ?? "")).toEqual({
    containers: [],
    networks: [],
    volumes: [],
  });
}

afterAll(async () => {
  const leftovers = await docker("ps", "-aq", "--filter", `label=${TEST_LABEL}`);
  if (leftovers) await docker("rm", "-f", ...leftovers.split("\n"));
});

describe.each(APPS)("build-minimal-image: $fixture", (app) => {
  let first: ActionResult;
  let second: ActionResult;
  const image = `quai-e2e/${app.fixture}:test`;
  const run = (...args: string[]) => docker("run", "--rm", "--label", TEST_LABEL, image, ...args);

  beforeAll(async () => {
    const workspace = workspaceWith(app.fixture);
    await app.prepare?.(workspace);
    first = await build(workspace, app);
    second = await build(workspace, app);
  }, 600_000);

  it("builds, passes the audit and sets its outputs", async () => {
    expect(first.main.exitCode, first.main.log).toBe(0);
    expect(first.main.outputs.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(first.main.outputs.image).toBe(image);
    expect(JSON.parse(first.main.outputs.size ?? "{}")).toEqual({
      compressed: expect.any(Number),
      uncompressed: expect.any(Number),
    });
    expect(first.main.summary).toContain("Audit: passed");
    // The SBOM names the Debian packages of the binaries quai adds: tini, and on scratch busybox,
    // its only shell (a Debian base keeps its /bin/sh; health probes need nothing in the image).
    const sbom = JSON.parse(readFileSync(first.main.outputs.sbom ?? "", "utf8"));
    const purls: string[] = sbom.components.map(({ purl }: { purl: string }) => purl);
    expect(purls).toContainEqual(expect.stringMatching(/^pkg:deb\/debian\/tini@0\.19\.0-[^?]+\?arch=amd64$/));
    const busybox = expect.stringMatching(/^pkg:deb\/debian\/busybox-static@1%3A1\.\d+/);
    if (app.base === "scratch") expect(purls).toContainEqual(busybox);
    else expect(purls).not.toContainEqual(busybox);
    const layout = await readOciLayout(first.main.outputs["oci-layout"] ?? "");
    expect(layout.manifestDescriptor.digest).toBe(first.main.outputs.digest);
    // Built for the engine's own platform, which the config says.
    expect(layout.config).toMatchObject({ os: "linux", architecture: "amd64" });
    expect(first.main.summary).toContain("linux/amd64");
    // The engine pulled the base to build on it: the classic store gets the image without the
    // base's layers, containerd's gets it whole.
    const baseLeftOut = "(the engine already held the base's layers)";
    const sentWhole = "(whole: containerd's image store keeps the files it is sent as the image's layers)";
    if (app.base === "scratch") expect(first.main.log).not.toMatch(/engine already held|whole: containerd/);
    else expect(first.main.log).toContain(testEngine.imageStore === "containerd" ? sentWhole : baseLeftOut);
    await expectNothingLeft(first);
  });

  it("gives the same digest when built again", () => {
    expect(second.main.exitCode).toBe(0);
    expect(second.main.outputs.digest).toBe(first.main.outputs.digest);
  });

  it("runs its web process, answering on a published port, and stops cleanly on SIGTERM", async () => {
    const container = await docker("run", "-d", "--label", TEST_LABEL, "-p", "127.0.0.1::8080", image);
    const body = await waitForHttp(`http://127.0.0.1:${await publishedPort(container, 8080)}/`);
    expect(body).toMatch(app.answer);
    // The app itself is tini's child: no shell stays between them.
    const processes = await docker("top", container, "-o", "pid,ppid,user,args");
    expect(processes).not.toMatch(/\bsh -c\b/);
    // docker stop kills with SIGKILL (exit 137) whatever has not stopped within 2 s.
    await docker("stop", "-t", "2", container);
    expect(await docker("inspect", "-f", "{{.State.ExitCode}}", container)).toBe("0");
    await docker("rm", container);
  });

  it("runs its worker process by name", async () => {
    const container = await docker("run", "-d", "--label", TEST_LABEL, image, "worker");
    await waitForLog(container, /worker ready/);
    await docker("rm", "-f", container);
  });

  it("runs as the non-root user 10001, with a shell and any command at hand", async () => {
    const id = app.base === "scratch" ? ["run", "/quai/busybox", "id", "-u"] : ["run", "id", "-u"];
    expect(await run(...id)).toBe("10001");
    expect(await run("shell", "-c", "echo from the shell")).toBe("from the shell");
    // busybox only where it is the shell: a Debian-based image carries no extra wget, nc or httpd.
    const busybox = await run("shell", "-c", "test -e /quai/busybox && echo present || echo absent");
    expect(busybox).toBe(app.base === "scratch" ? "present" : "absent");
  });

  it.runIf(app.fixture === "node-app")("carries the production dependency and no devDependency", async () => {
    expect((await run("run", "ls", "/app/node_modules")).split("\n")).toEqual(["ms"]);
  });

  it("says which processes exist when asked for one that does not", async () => {
    const failure = await run("cron").then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(64);
    expect(failure?.stderr).toContain("quai: no process named 'cron'; this image has: web worker");
  });
});

/**
 * The recipes' defaults, Docker Hub images the test bed serves stand-ins of through the engine's
 * mirror, and what the default base's runtime says of itself in the image.
 */
const RECIPE_DEFAULTS: Record<string, { builder: string; base: string; runtime?: [string[], RegExp] }> = {
  "node-app": {
    builder: "node:22-bookworm",
    base: "node:22-bookworm-slim",
    runtime: [["node", "-p", 'process.version + " " + process.env.NODE_VERSION'], /^v(22\.\S+) \1$/],
  },
  "python-app": {
    builder: "python:3.12-bookworm",
    base: "python:3.12-slim-bookworm",
    // The venv made in the builder points at its python3 in /usr/local/bin, which the base has too.
    runtime: [
      [
        "/app/venv/bin/python",
        "-c",
        "import os, sys; print(sys.prefix, os.readlink(sys.prefix + '/bin/python3'))",
      ],
      /^\/app\/venv \/usr\/local\/bin\/python3$/,
    ],
  },
  "static-app": { builder: "debian:bookworm-slim", base: "scratch" },
};

/** `docker.io/library/node@sha256:…`, as the engine records a Docker Hub image it pulled. */
const hubPinned = (name: string) => `docker.io/library/${name.split(":")[0]}@${hubMirrorDigest(name)}`;

describe.each(APPS)("build-minimal-image: $fixture with no image input at all", (app) => {
  const defaults = RECIPE_DEFAULTS[app.fixture] as (typeof RECIPE_DEFAULTS)[string];
  let result: ActionResult;
  let image: string;
  const run = (...args: string[]) => docker("run", "--rm", "--label", TEST_LABEL, image, ...args);

  beforeAll(async () => {
    const workspace = workspaceWith(app.fixture);
    await app.prepare?.(workspace);
    // Neither builder-image, base-image nor image: the recipe's Docker Hub defaults, pulled by the
    // engine through its registry-mirrors, and the image named after the repository and commit.
    result = await runAction("build-minimal-image", {
      workspace,
      env: { SOURCE_DATE_EPOCH },
      inputs: { context: "app", "cache-dir": join(workspace, "empty-cache"), "build-env": "PIP_NO_INDEX=1" },
    });
    image = result.main.outputs.image ?? "";
  }, 600_000);

  it("pins the defaults to what their Docker Hub names resolve to through the engine's mirror", async () => {
    expect(result.main.exitCode, result.main.log).toBe(0);
    expect(result.main.log).toContain(`builder ${defaults.builder} → ${hubPinned(defaults.builder)}`);
    const base = defaults.base === "scratch" ? "(empty filesystem)" : hubPinned(defaults.base);
    expect(result.main.log).toContain(`base    ${defaults.base} → ${base}`);
    await expectNothingLeft(result);
  });

  it.runIf(defaults.base !== "scratch")(
    "reads the base's layers through the engine's Docker Hub mirror, byte for byte",
    async () => {
      const repository = `library/${defaults.base.split(":")[0]}`;
      expect(result.main.log).toContain(`base layers from ${testbed.hubMirror.address}/${repository}`);
      const layout = await readOciLayout(result.main.outputs["oci-layout"] ?? "");
      const baseLayers = await registryLayerDigests(
        `${testbed.hubMirror.address}/${repository}@${hubMirrorDigest(defaults.base)}`,
      );
      expect(layout.manifest.layers.slice(0, baseLayers.length).map((layer) => layer.digest)).toEqual(
        baseLayers,
      );
    },
  );

  it("runs its web process on the default base, as the non-root user 10001", async () => {
    const container = await docker("run", "-d", "--label", TEST_LABEL, "-p", "127.0.0.1::8080", image);
    const body = await waitForHttp(`http://127.0.0.1:${await publishedPort(container, 8080)}/`);
    expect(body).toMatch(app.answer);
    await docker("rm", "-f", container);
    const id = defaults.base === "scratch" ? ["run", "/quai/busybox", "id", "-u"] : ["run", "id", "-u"];
    expect(await run(...id)).toBe("10001");
  });

  it.runIf(defaults.runtime)("runs on the default base's runtime", async () => {
    const [command, says] = defaults.runtime ?? [[], /$^/];
    expect(await run("run", ...command)).toMatch(says);
  });
});

describe("build-minimal-image: what changes when only the code changes", () => {
  it("keeps the dependency and quai layers byte-identical in the next commit and re-creates the app layer", async () => {
    const app = APPS[0] as App;
    const workspace = workspaceWith(app.fixture);
    // Installed afresh both times: the layer itself must not depend on the commit, not only a cache.
    const fresh = { "dependency-cache": "false" };
    const before = await build(workspace, app, { ...fresh, image: "quai-e2e/layers:before" });
    const server = join(workspace, "app/src/server.ts");
    writeFileSync(server, `${readFileSync(server, "utf8")}\n// A code-only change.\n`);
    // A later commit: a new commit time, which the app layer's files take and the others must not.
    const nextCommitTime = String(Number(SOURCE_DATE_EPOCH) + 86_400);
    const after = await build(workspace, app, { ...fresh, image: "quai-e2e/layers:after" }, nextCommitTime);
    expect([before.main.exitCode, after.main.exitCode]).toEqual([0, 0]);
    const layers = async (result: ActionResult) => {
      const layout = await readOciLayout(result.main.outputs["oci-layout"] ?? "");
      const roles = layout.config.history?.map((entry) => entry.created_by?.replace(/^.*: /, "")) ?? [];
      return Object.fromEntries(layout.manifest.layers.map((layer, index) => [roles[index], layer.digest]));
    };
    const [old, changed] = [await layers(before), await layers(after)];
    expect(changed.dependencies).toBe(old.dependencies);
    expect(changed.quai).toBe(old.quai);
    expect(changed.base).toBe(old.base);
    expect(changed.app).not.toBe(old.app);
  }, 600_000);
});

/** The layer digests of a manifest in the test bed's registry, from `registry/repository@digest`. */
async function registryLayerDigests(ref: string): Promise<string[]> {
  const [name, digest] = ref.split("@");
  const [registry, ...repository] = (name ?? "").split("/");
  const response = await fetch(`http://${registry}/v2/${repository.join("/")}/manifests/${digest}`, {
    headers: {
      accept:
        "application/vnd.docker.distribution.manifest.v2+json, application/vnd.oci.image.manifest.v1+json",
    },
  });
  const manifest = (await response.json()) as { layers: { digest: string }[] };
  return manifest.layers.map((layer) => layer.digest);
}

describe("build-minimal-image: from an empty cache-dir", () => {
  it("takes the base's layers from its registry, byte for byte", async () => {
    const app = APPS[0] as App;
    const workspace = workspaceWith(app.fixture);
    const result = await build(workspace, app, { "cache-dir": join(workspace, "empty-cache") });
    expect(result.main.exitCode, result.main.log).toBe(0);
    expect(result.main.log).toContain(`base layers from ${app.base.split("@")[0]}`);
    const layout = await readOciLayout(result.main.outputs["oci-layout"] ?? "");
    const baseLayers = await registryLayerDigests(app.base);
    expect(layout.manifest.layers.slice(0, baseLayers.length).map((layer) => layer.digest)).toEqual(
      baseLayers,
    );
  }, 600_000);

  it("keeps the node install, restores it next time, and builds the digest a build without the cache does", async () => {
    const app = APPS[0] as App;
    const workspace = workspaceWith(app.fixture);
    const cacheDir = join(workspace, "empty-cache");
    const kept = await build(workspace, app, { "cache-dir": cacheDir, image: "quai-e2e/node-cache:kept" });
    const restored = await build(workspace, app, {
      "cache-dir": cacheDir,
      image: "quai-e2e/node-cache:restored",
    });
    const uncached = await build(workspace, app, {
      "cache-dir": cacheDir,
      "dependency-cache": "false",
      image: "quai-e2e/node-cache:uncached",
    });
    expect([kept, restored, uncached].map((result) => result.main.exitCode)).toEqual([0, 0, 0]);
    expect(kept.main.log).toContain("node_modules kept in the cache for the next build");
    expect(restored.main.log).toContain("node_modules restored from the cache");
    expect(restored.main.log).not.toContain("The build wrote into node_modules");
    expect(uncached.main.log).not.toMatch(/node_modules (restored from|kept in) the cache/);
    expect(restored.main.outputs.digest).toBe(uncached.main.outputs.digest);
    expect(kept.main.outputs.digest).toBe(uncached.main.outputs.digest);
    await expectNothingLeft(restored);
  }, 600_000);
});

describe("build-minimal-image: a build that writes into node_modules", () => {
  it("packs the production dependencies from that build, never from the cache", async () => {
    const app = APPS[0] as App;
    const workspace = workspaceWith(app.fixture);
    const appDir = join(workspace, "app");
    // A code generator, as Prisma's is: it writes what it makes of an app file into node_modules,
    // here over a file the install put there, keeping that file's times as `cp -p` would.
    writeFileSync(
      join(appDir, "generate.js"),
      [
        'const fs = require("fs");',
        'const target = "node_modules/ms/license.md";',
        'if (fs.existsSync("schema.txt")) {',
        "  const { atime, mtime } = fs.statSync(target);",
        '  fs.copyFileSync("schema.txt", target);',
        "  fs.utimesSync(target, atime, mtime);",
        "}",
      ].join("\n"),
    );
    const packageJson = JSON.parse(readFileSync(join(appDir, "package.json"), "utf8"));
    packageJson.scripts.build = "tsc -p tsconfig.json && node generate.js";
    writeFileSync(join(appDir, "package.json"), JSON.stringify(packageJson, null, 2));
    const cacheDir = join(workspace, "empty-cache");
    const image = "quai-e2e/node-generated:test";
    const kept = await build(workspace, app, { "cache-dir": cacheDir, image });
    expect(kept.main.exitCode, kept.main.log).toBe(0);
    expect(kept.main.log).toContain("node_modules kept in the cache for the next build");
    writeFileSync(join(appDir, "schema.txt"), "schema v2\n");
    const generated = await build(workspace, app, { "cache-dir": cacheDir, image });
    expect(generated.main.exitCode, generated.main.log).toBe(0);
    expect(generated.main.log).toContain("node_modules restored from the cache");
    expect(generated.main.log).toContain("The build wrote into node_modules");
    const schema = await docker(
      "run",
      "--rm",
      "--label",
      TEST_LABEL,
      image,
      "run",
      "cat",
      "/app/node_modules/ms/license.md",
    );
    expect(schema).toBe("schema v2");
  }, 600_000);
});

describe("build-minimal-image: bad input gets one clear error and leaves nothing behind", () => {
  const node = APPS[0] as App;
  const staticApp = APPS[2] as App;

  /** Builds a broken copy of an app and returns the single error, after checking the host is clean. */
  async function failingBuild(
    app: App,
    breakIt: (appDir: string) => void,
    inputs: Record<string, string> = {},
  ): Promise<{ message: string; result: ActionResult }> {
    const workspace = workspaceWith(app.fixture);
    breakIt(join(workspace, "app"));
    const output = join(workspace, "out/oci");
    const result = await build(workspace, app, { output, ...inputs });
    expect(result.main.exitCode).toBe(1);
    const errors = result.main.annotations.filter((annotation) => annotation.level === "error");
    expect(errors, result.main.log).toHaveLength(1);
    expect(result.main.log).not.toMatch(/\n\s+at /);
    expect(existsSync(output)).toBe(false);
    if (result.main.state["run-id"]) await expectNothingLeft(result);
    return { message: errors[0]?.message ?? "", result };
  }

  it("a folder with no recognisable app", async () => {
    const { message } = await failingBuild(node, (dir) => {
      for (const file of ["package.json", "package-lock.json", "Procfile"]) rmSync(join(dir, file));
    });
    expect(message).toMatch(
      /^No recognisable app in .*\/app\. Expected package\.json with package-lock\.json/,
    );
  });

  it("a node app without its lockfile, pointing at package.json", async () => {
    const { result } = await failingBuild(node, (dir) => rmSync(join(dir, "package-lock.json")));
    expect(result.main.annotations[0]).toMatchObject({
      message: expect.stringMatching(/app\/package\.json has no lockfile beside it/),
      file: expect.stringMatching(/app\/package\.json$/),
    });
  });

  it("a Procfile with a bad line, annotated with its file and line", async () => {
    const { result } = await failingBuild(node, (dir) =>
      writeFileSync(join(dir, "Procfile"), "web: node dist/server.js\nworker node dist/worker.js\n"),
    );
    expect(result.main.annotations[0]).toMatchObject({
      message: expect.stringContaining('line 2 is not NAME: COMMAND: "worker node dist/worker.js"'),
      file: expect.stringMatching(/app\/Procfile$/),
      line: 2,
    });
  });

  it("a platform the base image does not have, naming the ones it offers", async () => {
    const { message } = await failingBuild(node, () => undefined, {
      "base-image": testbed.platformIndex.digestRef,
      platforms: "linux/s390x",
    });
    expect(message).toBe(
      `The base-image ${testbed.platformIndex.digestRef} has no linux/s390x image: it offers linux/amd64, linux/arm64/v8. Set platforms to one of these, or choose a base image built for linux/s390x`,
    );
  });

  it("several platforms, or one that is not os/arch", async () => {
    const several = await failingBuild(node, () => undefined, { platforms: "linux/amd64,linux/arm64" });
    expect(several.message).toMatch(
      /^Invalid platforms: "linux\/amd64,linux\/arm64" \(a build makes one platform's image\)/,
    );
    const bad = await failingBuild(node, () => undefined, { platforms: "arm64" });
    expect(bad.message).toMatch(
      /^Invalid platforms: "arm64" \(a platform is os\/architecture\[\/variant\]\)/,
    );
  });

  it("an unknown recipe", async () => {
    const { message } = await failingBuild(node, () => undefined, { recipe: "cobol" });
    expect(message).toBe('Invalid recipe: "cobol" (expected one of auto, node, python, static, dockerfile)');
  });

  it("a base image that does not exist", async () => {
    const missing = "127.0.0.1:5000/quai-e2e/missing:1.0.0";
    const { message } = await failingBuild(node, () => undefined, { "base-image": missing });
    expect(message).toMatch(
      new RegExp(`^The base-image ${missing} does not exist or cannot be reached \\(.*\\)`),
    );
  });

  it("a compile step that fails, its log tail shown in a group", async () => {
    const { message, result } = await failingBuild(node, (dir) => {
      const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
      manifest.scripts.build = "echo the compiler broke >&2; exit 7";
      writeFileSync(join(dir, "package.json"), JSON.stringify(manifest));
    });
    expect(message).toMatch(
      /^The compile step \(node\) failed with exit code 7\. Its last \d+ log lines are in the log and the job summary$/,
    );
    expect(result.main.log).toMatch(
      /::group::The compile step \(node\): last \d+ log lines\n(.*\n)*the compiler broke/,
    );
    const summary = renderSummary(result.main.summary);
    expect(summary.dom.querySelector("h3")?.text).toMatch(/^❌ Build of .* failed$/);
    expect(factsOf(summary).get("Failed in")?.text).toMatch(/^Compile \(node recipe/);
    expect(summary.dom.querySelector("details pre code")?.text).toContain("the compiler broke");
  });

  it("an image that fails the audit (a secret in the app), naming the path", async () => {
    const { message } = await failingBuild(
      staticApp,
      (dir) => {
        writeFileSync(join(dir, ".env"), "API_KEY=do-not-ship-me\n");
        mkdirSync(join(dir, "bin"));
        writeFileSync(join(dir, "bin/server"), "#!/quai/busybox sh\n", { mode: 0o755 });
      },
      { image: "quai-e2e/static-app:audit" },
    );
    expect(message).toMatch(/^The image failed its audit: .*app\/\.env/);
    expect(await docker("images", "-q", "quai-e2e/static-app:audit")).toBe("");
  }, 120_000);
});

describe("build-minimal-image: the other inputs of a build", () => {
  it("builds the user's Dockerfile with buildx and holds it to the same audit", async () => {
    const workspace = workspaceWith("dockerfile-app");
    const image = "quai-e2e/dockerfile-app:test";
    const result = await runAction("build-minimal-image", { workspace, inputs: { context: "app", image } });
    expect(result.main.exitCode, result.main.log).toBe(0);
    expect(result.main.summary).toContain("Audit: passed");
    expect(await docker("run", "--rm", "--label", TEST_LABEL, image)).toBe(
      "hello from a Dockerfile, as uid 10001",
    );
    const layout = await readOciLayout(result.main.outputs["oci-layout"] ?? "");
    expect(layout.manifestDescriptor.digest).toBe(result.main.outputs.digest);
    await expectNothingLeft(result);
  }, 300_000);

  it("refuses a Dockerfile image that runs as root", async () => {
    const workspace = workspaceWith("dockerfile-app");
    const dockerfile = join(workspace, "app/Dockerfile");
    writeFileSync(dockerfile, readFileSync(dockerfile, "utf8").replace(/^USER .*$/m, ""));
    const result = await runAction("build-minimal-image", {
      workspace,
      inputs: { context: "app", image: "quai-e2e/root:test" },
    });
    expect(result.main.exitCode).toBe(1);
    expect(result.main.annotations.find((annotation) => annotation.level === "error")?.message).toMatch(
      /^The image failed its audit: .*root/,
    );
    expect(await docker("images", "-q", "quai-e2e/root:test")).toBe("");
    await expectNothingLeft(result);
  }, 300_000);

  it("installs build-packages on the compile side only and run-packages in the runtime image", async () => {
    const app = APPS[0] as App;
    const workspace = workspaceWith(app.fixture);
    // The build script needs jq: it only succeeds when build-packages reached the compile side.
    const manifestPath = join(workspace, "app/package.json");
    const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
    manifest.scripts.build = `jq --version && ${manifest.scripts.build}`;
    writeFileSync(manifestPath, JSON.stringify(manifest));
    const image = "quai-e2e/packages:test";
    const result = await build(workspace, app, { image, "build-packages": "jq", "run-packages": "netbase" });
    expect(result.main.exitCode, result.main.log).toBe(0);
    const run = (...args: string[]) => docker("run", "--rm", "--label", TEST_LABEL, image, "run", ...args);
    expect(await run("sh", "-c", "test -f /etc/services && echo netbase")).toBe("netbase");
    expect(await run("sh", "-c", "command -v jq || echo no jq")).toBe("no jq");
    const layout = await readOciLayout(result.main.outputs["oci-layout"] ?? "");
    expect(layout.config.history?.map((entry) => entry.comment)).toContain("netbase");
  }, 300_000);
});

describe("build-minimal-image: another platform than the engine's", () => {
  it("takes the base's linux/arm64 entry and says arm64 in the image's config", async () => {
    const app = APPS[0] as App;
    const workspace = workspaceWith(app.fixture);
    const result = await build(
      workspace,
      { ...app, base: testbed.platformIndex.digestRef },
      {
        platforms: "linux/arm64",
        image: "quai-e2e/arm64:test",
      },
    );
    expect(result.main.exitCode, result.main.log).toBe(0);
    const layout = await readOciLayout(result.main.outputs["oci-layout"] ?? "");
    expect(layout.config).toMatchObject({ os: "linux", architecture: "arm64", variant: "v8" });
    expect(
      await docker("image", "inspect", "--format", "{{.Os}}/{{.Architecture}}", "quai-e2e/arm64:test"),
    ).toBe("linux/arm64");
    expect(result.main.summary).toContain("linux/arm64/v8");
    // The builder ran on the engine's amd64: native code it compiled would not fit the image.
    expect(result.main.annotations).toContainEqual(
      expect.objectContaining({
        level: "warning",
        message: expect.stringContaining("The compile step runs on this engine's linux/amd64"),
      }),
    );
    await expectNothingLeft(result);
    await docker("rmi", "quai-e2e/arm64:test");
  }, 600_000);
});

describe("build-minimal-image: a cancelled build", () => {
  it("is cleaned up by the post step: the compile container does not outlive the run", async () => {
    const app = APPS[0] as App;
    const workspace = workspaceWith(app.fixture);
    const running = startAction("build-minimal-image", {
      workspace,
      inputs: {
        context: "app",
        "base-image": app.base,
        "builder-image": app.builder,
        image: "quai-e2e/cancelled:test",
        // apt-get keeps the compile container busy while the runner cancels the step.
        "build-packages": "jq",
      },
    });
    await running.waitForLog(/::group::Compile/);
    // Cancelled once the compile container exists, whatever else the build is busy with then.
    const engine = await connectEngine();
    await poll(
      async () => {
        const runId = running.savedState()["run-id"];
        const { containers } = runId ? await listRunResources(engine.api, runId) : { containers: [] };
        return containers.length > 0 ? { done: true, value: undefined } : { done: false, reason: "none yet" };
      },
      { what: "the compile container", timeoutMs: 60_000, intervalMs: 50 },
    );
    running.cancel("SIGTERM");
    const result = await running.result;
    expect(result.main.exitCode).not.toBe(0);
    expect(result.post?.exitCode).toBe(0);
    // The compile container, and tini and busybox's fetch when it is still running alongside.
    expect(result.post?.log).toMatch(/Removed [12] leftover resource\(s\) of build /);
    await expectNothingLeft(result);
  }, 300_000);
});
