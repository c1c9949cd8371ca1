import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { formatPlatform, logTailTitle, samePlatform, UserError } from "@quai/core";
import { createLayer, type Layer, type LayerEntry, normalizeTar, tarFromEntries } from "@quai/oci";
import { APP_HOME, withAppUser } from "./app-user";
import { type BaseImageParts, baseImageParts } from "./base-layers";
import { readBuildContext } from "./build-context";
import type { AssembledImage, BuildRequest, BuildSession, RoleLayer } from "./build-image";
import { ScriptFailedError } from "./container-script";
import { type ResolvedImage, resolveImage, SCRATCH } from "./engine-images";
import { BUSYBOX_PATH, ENTRYPOINT_PATH, entrypointScript, IMAGE_ENTRYPOINT } from "./entrypoint";
import { formatProcesses, type Process, parseProcesses } from "./procfile";
import { APP_DIR, type CompilePlan, type Recipe } from "./recipes";
import { type RuntimeTools, runtimeTools } from "./runtime-tools";

const CA_IN_BUILDER = "/etc/ssl/certs/quai-build-ca.crt";
const DISTROLESS_STATUS_DIR = "var/lib/dpkg/status.d";

/**
 * File time in the layers that must keep their digest from commit to commit (dependencies,
 * run-packages, quai's own): with the commit time, every commit would give them a new digest and
 * every push would upload them again. One second after the epoch, as Jib does, since some tools
 * read a zero time as "unset". The app layer keeps the commit time.
 */
const FIXED_LAYER_MTIME = 1;

/**
 * A recipe's image: the app built on the compile side (its dev dependencies and compilers stay
 * there), then the base's layers plus a dependencies layer, a quai layer (entrypoint, tini, the
 * processes, the app user) and an app layer, all with the commit's timestamps.
 */
export async function imageFromRecipe(session: BuildSession, recipe: Recipe): Promise<AssembledImage> {
  const { engine, request, reporter, labels, target } = session;
  recipe.checkContext?.(request.context);
  const foreign = !samePlatform(target.platform, target.store.platform);
  const processes = request.processes.length > 0 ? request.processes : readProcfile(request.context);
  const { builder, base } = await reporter.group("Resolve images", async () => {
    const builderImage = await resolveImage(
      engine,
      request.builderImage ?? recipe.defaultBuilderImage,
      "builder-image",
    );
    const baseRef = request.baseImage ?? recipe.defaultBaseImage;
    const baseImage = baseRef === SCRATCH ? undefined : await resolveImage(engine, baseRef, "base-image");
    reporter.info(`builder ${builderImage.ref} → ${builderImage.pinned}`);
    reporter.info(`base    ${baseRef} → ${baseImage?.pinned ?? "(empty filesystem)"}`);
    return { builder: builderImage, base: baseImage };
  });
  if (!base && request.runPackages.length > 0) {
    throw new UserError("run-packages needs a Debian-based base-image, and scratch has no package manager", {
      hint: "Set base-image to a Debian image, or ship those files with the app",
    });
  }
  const engineRuns = formatPlatform(target.store.platform);
  if (foreign && request.runPackages.length > 0) {
    throw new UserError(
      `run-packages are installed by running the base, and this engine runs ${engineRuns}, not ${formatPlatform(target.platform)}`,
      {
        hint: `Build ${formatPlatform(target.platform)} on a runner of that platform, or ship those files with the app`,
      },
    );
  }
  if (foreign && recipe.compileScript) {
    reporter.warning(
      `The compile step runs on this engine's ${engineRuns}: native code it builds (node addons, Python C extensions) is for ${engineRuns}, not ${formatPlatform(target.platform)}. Build on a ${formatPlatform(target.platform)} runner if the app has any`,
    );
  }

  // The base's layers are read and compressed while the app compiles: neither needs the other.
  const baseParts = base
    ? baseImageParts(
        {
          engine,
          store: target.store,
          registryMirrors: target.registryMirrors,
          warn: (message) => reporter.warning(message),
        },
        base,
        target.platform,
        request.cacheDir,
      )
    : Promise.resolve(undefined);
  // Awaited when the image is assembled; a compile failure before then must not leave it unhandled.
  baseParts.catch(() => undefined);
  const compileSide = compileSideSettings(request);
  // tini and busybox are fetched while the app compiles too (the first time, an apt-get update
  // in the builder: seconds). Their log is held and shown in their own group afterwards.
  const toolsLog: string[] = [];
  const fetchingTools = runtimeTools(engine, builder, {
    cacheDir: request.cacheDir,
    labels,
    ...compileSide,
    onLog: (line) => toolsLog.push(line),
  });
  fetchingTools.catch(() => undefined);
  const compiled = await reporter
    .group(`Compile (${recipe.name} recipe, ${builder.ref})`, () =>
      compile(session, recipe, builder, compileSide),
    )
    .catch(async (error: unknown) => {
      // The fetch's container is removed before the step ends, not left to the post step.
      await fetchingTools.catch(() => undefined);
      throw error;
    });
  const tools = await reporter.group("Fetch tini and busybox-static", async () => {
    try {
      return await fetchingTools;
    } finally {
      for (const line of toolsLog) reporter.info(line);
    }
  });

  const assembled = await reporter.group("Assemble the runtime image", async () => {
    const baseLayers = await baseParts;
    if (baseLayers) reporter.info(`base layers from ${baseLayers.origin}`);
    const layers: RoleLayer[] = [];
    for (const [index, layer] of (baseLayers?.layers ?? []).entries()) {
      layers.push({
        role: "base",
        layer,
        holds: `base layer ${index + 1}`,
      });
    }
    if (base && request.runPackages.length > 0) {
      const tar = await runPackagesTar(session, base, compileSide);
      layers.push({
        role: "run-packages",
        layer: await createLayer(tar),
        holds: request.runPackages.join(" "),
      });
    }
    layers.push({ role: "dependencies", layer: compiled.dependencies, holds: recipe.dependenciesHold });
    const quaiTar = await quaiLayerTar({
      base: baseLayers,
      scratch: !base,
      tools,
      processes,
      request,
    });
    layers.push({
      role: "quai",
      layer: await createLayer(quaiTar),
      holds: "entrypoint, tini, processes, app user",
    });
    layers.push({ role: "app", layer: await createLayer(compiled.app), holds: `app code in ${APP_DIR}` });
    return { layers, baseEnv: baseLayers?.env ?? [], platform: baseLayers?.platform ?? target.platform };
  });

  const ownLayers = assembled.layers.filter(({ role }) => role === "dependencies" || role === "app");
  return {
    layers: assembled.layers,
    config: {
      User: `${request.user}:${request.user}`,
      Env: mergeEnv(assembled.baseEnv, [...recipe.env, `HOME=${APP_HOME}`]),
      Entrypoint: IMAGE_ENTRYPOINT,
      WorkingDir: APP_DIR,
      StopSignal: "SIGTERM",
    },
    processes,
    base,
    builder,
    devDependencyPaths: recipe.devDependencyPaths?.(request.context) ?? [],
    naiveSize: builder.size + ownLayers.reduce((sum, { layer }) => sum + layer.uncompressedSize, 0),
    platform: assembled.platform,
  };
}

function readProcfile(context: string): Process[] {
  const path = join(context, "Procfile");
  if (!existsSync(path)) {
    throw new UserError(`No process to start: ${context} has no Procfile and the processes input is empty`, {
      hint: "Add a Procfile (web: node server.js) or set processes",
    });
  }
  const processes = parseProcesses(readFileSync(path, "utf8"), { file: path });
  if (processes.length === 0)
    throw new UserError(`${path} declares no process`, { location: { file: path } });
  return processes;
}

interface CompileSide {
  env: string[];
  binds: string[];
}

/** Environment and mounts of the compile side: the CA bundle and caches, never part of the image. */
function compileSideSettings(request: BuildRequest): CompileSide {
  const env = [`SOURCE_DATE_EPOCH=${request.source.epoch}`];
  const binds: string[] = [];
  if (request.caCertificates) {
    binds.push(`${request.caCertificates}:${CA_IN_BUILDER}:ro`);
    env.push(
      `NODE_EXTRA_CA_CERTS=${CA_IN_BUILDER}`,
      `PIP_CERT=${CA_IN_BUILDER}`,
      `SSL_CERT_FILE=${CA_IN_BUILDER}`,
      `REQUESTS_CA_BUNDLE=${CA_IN_BUILDER}`,
    );
  }
  mkdirSync(join(request.cacheDir, "npm"), { recursive: true });
  binds.push(`${join(request.cacheDir, "npm")}:/root/.npm`);
  for (const [key, value] of Object.entries(request.buildEnv)) env.push(`${key}=${value}`);
  return { env, binds };
}

function aptInstall(packages: readonly string[]): string {
  if (packages.length === 0) return "";
  return `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${packages.join(" ")} >/dev/null\n`;
}

/** What the compile side made: the dependencies layer, and the app tree as a normalised tar. */
interface Compiled {
  dependencies: Layer;
  app: Buffer;
}

/** Runs the recipe's compile script and returns the dependencies layer and the app's tree. */
async function compile(
  session: BuildSession,
  recipe: Recipe,
  builder: ResolvedImage,
  compileSide: CompileSide,
): Promise<Compiled> {
  const { request, reporter, labels } = session;
  const mtime = request.source.epoch;
  const context = readBuildContext(request.context, recipe.contextIgnores);
  const root = { uid: 0, gid: 0 };
  if (!recipe.compileScript) {
    const app: LayerEntry[] = [{ path: APP_DIR.slice(1), type: "directory", mode: 0o755, ...root }];
    for (const entry of context) app.push({ ...entry, ...root, path: `${APP_DIR.slice(1)}/${entry.path}` });
    return {
      dependencies: await createLayer(await tarFromEntries([], FIXED_LAYER_MTIME)),
      app: await tarFromEntries(app, mtime),
    };
  }
  const contextTar = await tarFromEntries(
    context.map((entry) => ({ ...entry, ...root })),
    mtime,
  );
  const plan: CompilePlan = recipe.planCompile?.(session, builder, recipe.compileScript) ?? {
    env: [],
    inputs: [],
    outputs: [],
  };
  try {
    const {
      outputs: [app, deps, ...extra],
    } = await session.engine.runScript({
      what: `The compile step (${recipe.name})`,
      image: builder.pinned,
      script: aptInstall(request.buildPackages) + recipe.compileScript,
      inputs: [{ path: "/src", tar: contextTar }, ...plan.inputs],
      env: [...compileSide.env, ...plan.env],
      binds: compileSide.binds,
      labels,
      outputs: ["/out/app", "/out/deps", ...plan.outputs],
      onLog: reporter.info,
    });
    if (!app || !deps) throw new UserError("The compile step produced no output");
    const normalizedApp = await normalizeTar(app, { mtime, owner: root });
    const pack = async () => createLayer(await normalizeTar(deps, { mtime: FIXED_LAYER_MTIME, owner: root }));
    const dependencies = plan.dependencies ? await plan.dependencies({ extra }, pack) : await pack();
    return { dependencies, app: normalizedApp };
  } catch (error) {
    if (error instanceof ScriptFailedError) {
      await reporter.group(logTailTitle(error.logTail), async () => {
        for (const line of error.logTail.lines) reporter.info(line);
      });
    }
    throw error;
  }
}

/** Debian packages installed on the base, as one layer: the files the install added, normalised. */
async function runPackagesTar(
  { engine, request, labels, reporter }: BuildSession,
  base: ResolvedImage,
  compileSide: CompileSide,
): Promise<Buffer> {
  const { committedImage: committed } = await engine.runScript({
    what: `Installing run-packages (${request.runPackages.join(" ")})`,
    image: base.pinned,
    script: `set -eu\n${aptInstall(request.runPackages)}rm -rf /var/lib/apt/lists/* /var/cache/apt/* /var/log/* /tmp/*\n`,
    env: compileSide.env.filter((variable) => !variable.includes("CA_CERTS") && !variable.includes("CERT")),
    labels,
    onLog: reporter.info,
    commit: true,
  });
  if (!committed) throw new UserError("Could not capture the installed run-packages");
  try {
    const archive = await engine.saveImage(committed);
    const added = archive.layers.at(-1);
    if (!added) throw new UserError("The run-packages install added no layer");
    return await normalizeTar(added.tar, {
      mtime: FIXED_LAYER_MTIME,
      // Logs and caches of the install change from run to run and serve nothing at run time.
      exclude: (path) =>
        /^(var\/log|var\/cache|var\/lib\/apt\/lists|tmp)(\/|$)/.test(path) || path.endsWith("-old"),
    });
  } finally {
    await engine.removeImage(committed).catch(() => undefined);
  }
}

/**
 * The quai layer: the entrypoint and its processes, tini, on scratch busybox (its only shell:
 * deploy-env probes from outside the container, so no image needs an HTTP client), their
 * packages' control fields, and the app user.
 */
async function quaiLayerTar(options: {
  base?: BaseImageParts;
  scratch: boolean;
  tools: RuntimeTools;
  processes: Process[];
  request: BuildRequest;
}): Promise<Buffer> {
  const { request } = options;
  const shell = options.scratch ? `${BUSYBOX_PATH} sh` : "/bin/sh";
  const users = withAppUser(
    {
      passwd: options.base?.passwd,
      group: options.base?.group,
    },
    request.user,
  );
  const entries: LayerEntry[] = [
    { path: "etc", type: "directory", mode: 0o755 },
    { path: "etc/passwd", type: "file", mode: 0o644, content: users.passwd },
    { path: "etc/group", type: "file", mode: 0o644, content: users.group },
    { path: "home", type: "directory", mode: 0o755 },
    { path: APP_HOME.slice(1), type: "directory", mode: 0o750, uid: request.user, gid: request.user },
    { path: "quai", type: "directory", mode: 0o755 },
    { path: ENTRYPOINT_PATH.slice(1), type: "file", mode: 0o755, content: entrypointScript(shell) },
    { path: "quai/processes", type: "file", mode: 0o644, content: formatProcesses(options.processes) },
    { path: "quai/tini", type: "file", mode: 0o755, content: options.tools.tini },
    ...(options.scratch
      ? [{ path: BUSYBOX_PATH.slice(1), type: "file" as const, mode: 0o755, content: options.tools.busybox }]
      : []),
    // Where distroless images list their packages, for the SBOM and scanners (dpkg ignores it).
    ...["var", "var/lib", "var/lib/dpkg", DISTROLESS_STATUS_DIR].map(
      (path): LayerEntry => ({ path, type: "directory", mode: 0o755 }),
    ),
    ...Object.entries(options.tools.packages)
      .filter(([name]) => options.scratch || name !== "busybox-static")
      .map(
        ([name, control]): LayerEntry => ({
          path: `${DISTROLESS_STATUS_DIR}/${name}`,
          type: "file",
          mode: 0o644,
          content: control,
        }),
      ),
  ];
  if (options.scratch) entries.push({ path: "tmp", type: "directory", mode: 0o1777 });
  return tarFromEntries(entries, FIXED_LAYER_MTIME);
}

/** The base's environment with ours laid over it, key by key, keeping the base's order. */
export function mergeEnv(base: readonly string[], ours: readonly string[]): string[] {
  const merged = new Map<string, string>();
  for (const variable of [...base, ...ours]) merged.set(variable.split("=")[0] ?? variable, variable);
  return [...merged.values()];
}
