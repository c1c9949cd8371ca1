// The build's orchestration on FakeBuildEngine: what each recipe asks of the engine, and what the
// image it makes holds. The engine's own behaviour is the contract's (build-engine-contract.ts).
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Reporter } from "@quai/core";
import { RUN_ID_LABEL, runLabels } from "@quai/core";
import { imageStoreOf } from "@quai/docker";
import { type LayerEntry, readTarEntries, tarFromEntries } from "@quai/oci";
import { beforeEach, describe, expect, it } from "vitest";
import { folderWith } from "../../../test/support/folder-with";
import { fileOf } from "./build-engine-contract";
import { type BuildRequest, buildMinimalImage } from "./build-image";
import { ScriptFailedError, type ScriptRun } from "./container-script";
import { imageFromDockerfile } from "./dockerfile-image";
import {
  FAKE_PLATFORM,
  FakeBuildEngine,
  type FakeScriptResult,
  fakeArchive,
} from "./testing/fake-build-engine";

const tar = (files: Record<string, string>) =>
  tarFromEntries(
    Object.entries(files).map(
      ([path, content]): LayerEntry => ({ path, type: "file", mode: 0o644, content }),
    ),
    0,
  );

/** A Debian-like image: a shell and a user database. */
const debianLayer = () =>
  tar({ "bin/sh": "#!", "etc/passwd": "root:x:0:0:root:/root:/bin/sh\n", "etc/group": "root:x:0:\n" });

const LOCKFILE = JSON.stringify({
  lockfileVersion: 3,
  packages: {
    "": { name: "app" },
    "node_modules/express": { version: "4.0.0" },
    "node_modules/vitest": { version: "4.0.0", dev: true },
  },
});

const appContext = (files: Record<string, string>) => folderWith("quai-build-context-", files);

const NODE_APP = {
  "package.json": JSON.stringify({ name: "app", dependencies: { express: "4" } }),
  "package-lock.json": LOCKFILE,
  Procfile: "web: node server.js\n",
  "server.js": "listen()\n",
};

function request(context: string, overrides: Partial<BuildRequest> = {}): BuildRequest {
  const work = mkdtempSync(join(tmpdir(), "quai-build-work-"));
  return {
    context,
    recipe: "node",
    processes: [],
    buildPackages: [],
    runPackages: [],
    imageName: "quai-test/app:1",
    user: 10001,
    labels: {},
    outputDir: join(work, "oci"),
    buildEnv: {},
    cacheDir: join(work, "cache"),
    dependencyCache: false,
    source: { epoch: 1_700_000_000 },
    runId: "run-1",
    ...overrides,
  };
}

function recordingReporter() {
  const infos: string[] = [];
  const groups: string[] = [];
  const reporter: Reporter = {
    group: (title, work) => {
      groups.push(title);
      return work();
    },
    info: (message) => infos.push(message),
    warning: (message) => infos.push(`warning: ${message}`),
  };
  return { reporter, infos, groups };
}

/** What each recipe's compile script writes, as the real scripts lay it out. */
async function compileOutputs(run: ScriptRun, devDependencyShipped: boolean): Promise<FakeScriptResult> {
  const deps: Record<string, string> = { "app/node_modules/express/index.js": "express" };
  if (devDependencyShipped) deps["app/node_modules/vitest/index.js"] = "vitest";
  if (run.what.includes("(python)")) {
    return {
      outputs: {
        "/out/app": await tar({ "app/main.py": "print()" }),
        "/out/deps": await tar({ "app/venv/bin/python": "#!" }),
      },
    };
  }
  return {
    outputs: {
      "/out/app": await tar({ "app/server.js": "listen()\n", "app/package.json": "{}" }),
      "/out/deps": await tar(deps),
      "/out/status": await tar({ node_modules: "untouched\n" }),
      "/out/node_modules-kept": await tar({ "node_modules/express/index.js": "express" }),
    },
  };
}

let engine: FakeBuildEngine;
let shipDevDependency: boolean;
let failCompile: boolean;

beforeEach(async () => {
  engine = new FakeBuildEngine();
  shipDevDependency = false;
  failCompile = false;
  for (const ref of [
    "node:22-bookworm",
    "node:22-bookworm-slim",
    "python:3.12-bookworm",
    "python:3.12-slim-bookworm",
    "debian:bookworm-slim",
  ]) {
    engine.registry.set(ref, await fakeArchive([await debianLayer()], { env: [`FROM=${ref}`] }));
  }
  engine.script = async (run) => {
    if (run.what.startsWith("Fetching tini")) {
      return {
        outputs: {
          "/out": await tar({
            tini: "tini",
            busybox: "busybox",
            "tini.control": "Package: tini\n",
            "busybox-static.control": "Package: busybox-static\n",
          }),
        },
      };
    }
    if (run.what.startsWith("Installing run-packages")) {
      return { addedFiles: await tar({ "usr/bin/curl": "curl", "var/log/apt/history.log": "log" }) };
    }
    if (failCompile) return { log: ["npm ERR! missing script"], exitCode: 1 };
    return compileOutputs(run, shipDevDependency);
  };
});

const compileRun = () => engine.runs.find((run) => run.what.startsWith("The compile step"));
const roles = (layers: { role: string }[]) => layers.map(({ role }) => role);

describe("buildMinimalImage with the node recipe", () => {
  it("compiles in the node builder, told where node_modules comes from, and stacks base, dependencies, quai and app", async () => {
    const { reporter } = recordingReporter();
    const result = await buildMinimalImage(engine, request(appContext(NODE_APP)), reporter);

    expect(engine.events.filter((event) => event.startsWith("pull"))).toEqual([
      "pull node:22-bookworm",
      "pull node:22-bookworm-slim",
    ]);
    const compile = compileRun();
    expect(compile?.image).toMatch(/^sha256:/);
    expect(compile?.env).toEqual(
      expect.arrayContaining(["QUAI_NODE_BUILD_SCRIPT=no", "QUAI_NODE_MODULES=install"]),
    );
    expect(compile?.outputs).toEqual(["/out/app", "/out/deps", "/out/status"]);
    expect(roles(result.layers)).toEqual(["base", "dependencies", "quai", "app"]);
    expect(result.layers[1]?.holds).toBe("production node_modules in /app/node_modules");
    const loaded = engine.loaded("quai-test/app:1");
    expect(loaded?.configJson.config?.Env).toEqual(
      expect.arrayContaining(["FROM=node:22-bookworm-slim", "NODE_ENV=production"]),
    );
    expect(await fileOf(loaded?.layers[3]?.tar, "app/server.js")).toBe("listen()\n");
  });

  it("refuses an app without a lockfile before asking the engine anything", async () => {
    const { "package-lock.json": _lockfile, ...withoutLockfile } = NODE_APP;
    const { reporter } = recordingReporter();
    await expect(buildMinimalImage(engine, request(appContext(withoutLockfile)), reporter)).rejects.toThrow(
      /has no lockfile beside it/,
    );
    expect(engine.events).toEqual([]);
  });

  it("fails the audit, loading nothing, when a package only dev dependencies need reaches the image", async () => {
    shipDevDependency = true;
    const { reporter } = recordingReporter();
    await expect(buildMinimalImage(engine, request(appContext(NODE_APP)), reporter)).rejects.toThrow(
      /Dev-only dependencies in the image/,
    );
    expect(engine.loaded("quai-test/app:1")).toBeUndefined();
  });

  it("keeps the install for the next build, which restores it instead of installing, with the same dependencies layer", async () => {
    const context = appContext(NODE_APP);
    const first = request(context, { dependencyCache: true });
    const { reporter, infos } = recordingReporter();
    const kept = await buildMinimalImage(engine, first, reporter);
    expect(compileRun()?.env).toContain("QUAI_NODE_MODULES=install-and-keep");
    expect(compileRun()?.outputs).toEqual(["/out/app", "/out/deps", "/out/status", "/out/node_modules-kept"]);
    expect(infos).toContain("node_modules kept in the cache for the next build");

    engine.runs.length = 0;
    const restored = await buildMinimalImage(
      engine,
      { ...first, outputDir: `${first.outputDir}-2` },
      reporter,
    );
    expect(compileRun()?.env).toContain("QUAI_NODE_MODULES=restored");
    expect(compileRun()?.inputs).toHaveLength(2);
    expect(restored.layers[1]?.digest).toBe(kept.layers[1]?.digest);
  });

  it("shows the end of a failed compile's log in a group of its own, and fails with its exit code", async () => {
    failCompile = true;
    const { reporter, groups, infos } = recordingReporter();
    const failure = await buildMinimalImage(engine, request(appContext(NODE_APP)), reporter).catch(
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(ScriptFailedError);
    expect(failure).toMatchObject({ exitCode: 1 });
    expect(groups).toContain("The compile step (node): last 1 log lines");
    expect(infos).toContain("npm ERR! missing script");
  });
});

describe("buildMinimalImage with the python recipe", () => {
  const PYTHON_APP = {
    "requirements.txt": "flask\n",
    Procfile: "web: python main.py\n",
    "main.py": "print()",
  };

  it("builds wheels without debug info, so they are reproducible, and ships the virtualenv", async () => {
    const { reporter } = recordingReporter();
    const result = await buildMinimalImage(
      engine,
      request(appContext(PYTHON_APP), { recipe: "python" }),
      reporter,
    );
    expect(compileRun()?.image).toBe(engine.images.get("python:3.12-bookworm")?.details.id);
    expect(compileRun()?.env).toContain("CFLAGS=-g0");
    expect(compileRun()?.outputs).toEqual(["/out/app", "/out/deps"]);
    expect(result.layers.find(({ role }) => role === "dependencies")?.holds).toBe("virtualenv in /app/venv");
    expect(engine.loaded("quai-test/app:1")?.configJson.config?.Env).toContain("VIRTUAL_ENV=/app/venv");
  });

  it("leaves the user's own CFLAGS alone", async () => {
    const { reporter } = recordingReporter();
    await buildMinimalImage(
      engine,
      request(appContext(PYTHON_APP), { recipe: "python", buildEnv: { CFLAGS: "-O2" } }),
      reporter,
    );
    expect(compileRun()?.env).toContain("CFLAGS=-O2");
    expect(compileRun()?.env).not.toContain("CFLAGS=-g0");
  });
});

describe("buildMinimalImage with the static recipe", () => {
  it("runs no compile step and ships the context on scratch, with busybox as its shell", async () => {
    const { reporter } = recordingReporter();
    const result = await buildMinimalImage(
      engine,
      request(appContext({ "index.html": "<h1>hi</h1>", Procfile: "web: httpd\n" }), { recipe: "static" }),
      reporter,
    );
    expect(engine.runs.map(({ what }) => what)).toEqual([
      "Fetching tini and busybox-static with debian:bookworm-slim",
    ]);
    expect(roles(result.layers)).toEqual(["dependencies", "quai", "app"]);
    expect(result.layers[0]?.holds).toBe("none (static)");
    const loaded = engine.loaded("quai-test/app:1");
    expect(await fileOf(loaded?.layers[1]?.tar, "quai/busybox")).toBe("busybox");
    expect(await fileOf(loaded?.layers[2]?.tar, "app/index.html")).toBe("<h1>hi</h1>");
  });
});

describe("buildMinimalImage with run-packages", () => {
  it("installs them on the base, takes the committed layer without its logs, and removes the committed image", async () => {
    const { reporter } = recordingReporter();
    const result = await buildMinimalImage(
      engine,
      request(appContext(NODE_APP), { runPackages: ["curl"] }),
      reporter,
    );
    const install = engine.runs.find((run) => run.what === "Installing run-packages (curl)");
    expect(install?.commit).toBe(true);
    expect(roles(result.layers)).toEqual(["base", "run-packages", "dependencies", "quai", "app"]);
    const layer = engine.loaded("quai-test/app:1")?.layers[1]?.tar ?? Buffer.alloc(0);
    expect((await readTarEntries(layer)).map(({ header }) => header.name)).toEqual(["usr/bin/curl"]);
    const committed = engine.events.find((event) => event.startsWith("commit "))?.slice("commit ".length);
    expect(engine.events).toContain(`remove ${committed}`);
  });
});

describe("imageFromDockerfile", () => {
  it("builds with buildx, takes the image apart without the run's labels, and removes the temporary image", async () => {
    const { reporter } = recordingReporter();
    const dockerfileRequest = request(appContext({ Dockerfile: "FROM scratch\n" }), {
      recipe: "dockerfile",
      buildEnv: { VERSION: "1" },
    });
    const labels = runLabels("run-1", "build-minimal-image");
    const target = { store: imageStoreOf(await engine.info()), platform: FAKE_PLATFORM, registryMirrors: [] };
    const commands: string[][] = [];
    const tag = "quai-build-run-1:dockerfile";
    const assembled = await imageFromDockerfile(
      { engine, request: dockerfileRequest, reporter, labels, target },
      async (command, args) => {
        commands.push([command, ...args]);
        const built = await fakeArchive([await tar({ "srv/app": "app" })], {
          labels: { ...labels, team: "shop" },
        });
        engine.hold(tag, built);
      },
    );
    expect(commands[0]).toEqual(
      expect.arrayContaining([
        "buildx",
        "--load",
        "-t",
        tag,
        "--build-arg",
        "VERSION=1",
        "--build-arg",
        "SOURCE_DATE_EPOCH=1700000000",
      ]),
    );
    expect(commands[0]).toContain(`${RUN_ID_LABEL}=run-1`);
    expect(assembled.config.Labels).toEqual({ team: "shop" });
    expect(assembled.layers.map(({ role, holds }) => `${role}: ${holds}`)).toEqual([
      "dockerfile: Dockerfile layer 1",
    ]);
    expect(await engine.inspectImage(tag)).toBeUndefined();
  });
});
