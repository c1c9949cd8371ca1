import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { formatImageRef, parseImageRef, runLabels, UserError } from "@quai/core";
import {
  buildImageConfig,
  buildManifest,
  createLayer,
  digestHex,
  dockerArchive,
  type Layer,
  type LayerEntry,
  loadImage,
  MEDIA_TYPES,
  normalizeTar,
  readDockerArchive,
  readTarFile,
  sha256Digest,
  tarFromEntries,
  writeOciLayout,
} from "@quai/oci";
import type Dockerode from "dockerode";
import { APP_HOME, withAppUser } from "./app-user";
import { type AuditReport, auditImage } from "./audit";
import { readBuildContext } from "./build-context";
import { type ContainerApi, runScript, ScriptFailedError } from "./container-script";
import { detectRecipe, type RecipeName, requireNodeLockfile } from "./detect-recipe";
import { type ImageApi, type ResolvedImage, resolveImage, SCRATCH, saveImage } from "./engine-images";
import { BUSYBOX_PATH, ENTRYPOINT_PATH, entrypointScript, IMAGE_ENTRYPOINT } from "./entrypoint";
import { mergeLayers } from "./image-filesystem";
import { layerView } from "./layer-view";
import { nodeDevOnlyPaths } from "./node-dev-dependencies";
import { formatProcesses, type Process, parseProcesses } from "./procfile";
import { APP_DIR, RECIPES, type Recipe } from "./recipes";
import { runtimeTools } from "./runtime-tools";
import { cycloneDxSbom } from "./sbom";

/** Where the build comes from: the commit fixes the image's timestamps, and so its digest. */
export interface SourceInfo {
  /** SOURCE_DATE_EPOCH: the commit time, in seconds. */
  epoch: number;
  revision?: string;
  url?: string;
  version?: string;
}

export interface BuildRequest {
  context: string;
  recipe: RecipeName | "auto";
  /** From the `processes` input; empty means the context's Procfile. */
  processes: Process[];
  buildPackages: string[];
  runPackages: string[];
  baseImage?: string;
  builderImage?: string;
  /** Local name:tag the image is loaded into the engine as. */
  imageName: string;
  user: number;
  labels: Record<string, string>;
  /** The OCI layout directory to write. */
  outputDir: string;
  /** A CA bundle mounted into the compile side (never into the image). */
  caCertificates?: string;
  buildEnv: Record<string, string>;
  cacheDir: string;
  source: SourceInfo;
  runId: string;
}

/** How the build reports progress; the action maps it to core.group and friends. */
export interface BuildReporter {
  group<T>(title: string, work: () => Promise<T>): Promise<T>;
  info(message: string): void;
  warning(message: string): void;
}

export type LayerRole = "base" | "run-packages" | "dependencies" | "quai" | "app";

export interface LayerSummary {
  role: LayerRole;
  digest: string;
  size: number;
  uncompressedSize: number;
  holds: string;
}

export interface BuildResult {
  recipe: RecipeName;
  digest: string;
  imageId: string;
  image: string;
  ociLayout: string;
  sbom: string;
  size: { compressed: number; uncompressed: number };
  base?: ResolvedImage;
  builder: ResolvedImage;
  layers: LayerSummary[];
  audit: AuditReport;
  processes: Process[];
  /** What a single-stage build would weigh: the builder image plus the app and its dependencies. */
  naiveSize: number;
}

export type BuildEngine = ContainerApi & ImageApi & Pick<Dockerode, "loadImage">;

interface RoleLayer {
  role: LayerRole;
  layer: Layer;
  holds: string;
}

const CA_IN_BUILDER = "/etc/ssl/certs/quai-build-ca.crt";

/**
 * Builds the app on the compile side (its dev dependencies and compilers stay there), then
 * assembles the runtime image from the base's layers plus a dependencies layer, a quai layer
 * (entrypoint, tini, the processes) and an app layer, all with the commit's timestamps: the same
 * commit and base digests give the same image digest. The image must pass the audit before
 * anything is written; then the OCI layout, the SBOM and the engine's copy are written.
 */
export async function buildMinimalImage(
  engine: BuildEngine,
  request: BuildRequest,
  reporter: BuildReporter,
): Promise<BuildResult> {
  const recipeName = request.recipe === "auto" ? detectRecipe(request.context) : request.recipe;
  if (recipeName === "dockerfile") {
    throw new UserError("recipe: dockerfile is not supported yet", {
      hint: "Use recipe node, python or static; the Dockerfile recipe is tracked in quai issue #3",
    });
  }
  const recipe = RECIPES[recipeName];
  if (recipeName === "node") requireNodeLockfile(request.context);
  const processes = request.processes.length > 0 ? request.processes : readProcfile(request.context);
  const labels = runLabels(request.runId, "build-minimal-image");

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

  const compileSide = compileSideSettings(request);
  const tools = await reporter.group("Fetch tini and busybox-static", () =>
    runtimeTools(engine, builder, {
      cacheDir: request.cacheDir,
      labels,
      ...compileSide,
      onLog: reporter.info,
    }),
  );
  const compiled = await reporter.group(`Compile (${recipe.name} recipe, ${builder.ref})`, () =>
    compile(engine, recipe, request, builder, labels, compileSide, reporter),
  );

  const assembled = await reporter.group("Assemble the runtime image", async () => {
    const baseArchive = base ? await readDockerArchive(await saveImage(engine, base.pinned)) : undefined;
    const layers: RoleLayer[] = [];
    for (const [index, tar] of (baseArchive?.layers ?? []).entries()) {
      layers.push({
        role: "base",
        layer: await cachedLayer(tar, request.cacheDir),
        holds: `base layer ${index + 1}`,
      });
    }
    if (base && request.runPackages.length > 0) {
      const tar = await runPackagesTar(engine, base, request, labels, compileSide, reporter);
      layers.push({
        role: "run-packages",
        layer: await createLayer(tar),
        holds: request.runPackages.join(" "),
      });
    }
    layers.push({
      role: "dependencies",
      layer: await createLayer(compiled.deps),
      holds: dependencyDescription(recipe),
    });
    const quaiTar = await quaiLayerTar({
      baseLayers: baseArchive?.layers ?? [],
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
    return { layers, baseEnv: baseArchive?.configJson.config?.Env ?? [] };
  });

  const labelsOfImage = imageLabels(request, base);
  const config = buildImageConfig({
    epoch: request.source.epoch,
    config: {
      User: `${request.user}:${request.user}`,
      Env: mergeEnv(assembled.baseEnv, [...recipe.env, `HOME=${APP_HOME}`]),
      Entrypoint: IMAGE_ENTRYPOINT,
      WorkingDir: APP_DIR,
      Labels: labelsOfImage,
      StopSignal: "SIGTERM",
    },
    layers: assembled.layers.map(({ layer, role, holds }) => ({
      diffId: layer.diffId,
      createdBy: `quai build-minimal-image: ${role}`,
      comment: holds,
    })),
  });
  const manifest = buildManifest({
    config: config.descriptor,
    layers: assembled.layers.map(({ layer }) => layer),
    annotations: labelsOfImage,
  });
  const digest = manifest.descriptor.digest;

  const { audit, sbom } = await reporter.group("Audit", async () => {
    const views = [];
    for (const { layer, role, holds } of assembled.layers)
      views.push(await layerView(layer.tar, holds, role === "base"));
    const filesystem = mergeLayers(views);
    const report = auditImage({
      filesystem,
      user: `${request.user}:${request.user}`,
      devDependencyPaths:
        recipe.name === "node" ? nodeDevOnlyPaths(readLockfile(request.context), APP_DIR.slice(1)) : [],
    });
    for (const warning of report.warnings) reporter.warning(warning.message);
    if (report.failures.length > 0) {
      for (const failure of report.failures) reporter.info(`✗ ${failure.message}`);
      throw new UserError(
        `The image failed its audit: ${report.failures.map((failure) => failure.message).join("; ")}`,
        {
          hint: "Nothing was written or loaded; fix the app or its .dockerignore and build again",
        },
      );
    }
    const created = new Date(request.source.epoch * 1000).toISOString();
    return {
      audit: report,
      sbom: cycloneDxSbom({
        filesystem,
        image: { name: request.imageName, version: request.source.version, digest },
        created,
      }),
    };
  });

  const layers = assembled.layers.map(({ layer }) => layer);
  await reporter.group("Write the OCI layout and load the image", async () => {
    await writeOciLayout(request.outputDir, {
      config: config.bytes,
      layers,
      manifest: manifest.bytes,
      refName: request.imageName,
    });
    writeFileSync(sbomPath(request.outputDir), sbom);
    await loadImage(engine, dockerArchive({ config: config.bytes, layers, repoTags: [request.imageName] }));
    reporter.info(`${request.imageName} → ${digest}`);
  });

  const compressed = layers.reduce((sum, layer) => sum + layer.size, 0);
  const uncompressed = layers.reduce((sum, layer) => sum + layer.uncompressedSize, 0);
  const ownLayers = assembled.layers.filter(({ role }) => role === "dependencies" || role === "app");
  return {
    recipe: recipe.name,
    digest,
    imageId: config.descriptor.digest,
    image: request.imageName,
    ociLayout: request.outputDir,
    sbom: sbomPath(request.outputDir),
    size: { compressed, uncompressed },
    base,
    builder,
    layers: assembled.layers.map(({ role, layer, holds }) => ({
      role,
      digest: layer.digest,
      size: layer.size,
      uncompressedSize: layer.uncompressedSize,
      holds,
    })),
    audit,
    processes,
    naiveSize: builder.size + ownLayers.reduce((sum, { layer }) => sum + layer.uncompressedSize, 0),
  };
}

export function sbomPath(outputDir: string): string {
  return `${outputDir.replace(/\/+$/, "")}.sbom.cdx.json`;
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

function readLockfile(context: string): string {
  return readFileSync(join(context, requireNodeLockfile(context)), "utf8");
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

/** Runs the recipe's compile script and returns the dependencies and app trees as normalised tars. */
async function compile(
  engine: BuildEngine,
  recipe: Recipe,
  request: BuildRequest,
  builder: ResolvedImage,
  labels: Record<string, string>,
  compileSide: CompileSide,
  reporter: BuildReporter,
): Promise<{ deps: Buffer; app: Buffer }> {
  const mtime = request.source.epoch;
  const context = readBuildContext(request.context, recipe.contextIgnores);
  const root = { uid: 0, gid: 0 };
  if (!recipe.compileScript) {
    const app: LayerEntry[] = [{ path: APP_DIR.slice(1), type: "directory", mode: 0o755, ...root }];
    for (const entry of context) app.push({ ...entry, ...root, path: `${APP_DIR.slice(1)}/${entry.path}` });
    return { deps: await tarFromEntries([], mtime), app: await tarFromEntries(app, mtime) };
  }
  const contextTar = await tarFromEntries(
    context.map((entry) => ({ ...entry, ...root })),
    mtime,
  );
  const env = [...compileSide.env];
  // Debug info holds the random paths pip builds in: without it, compiled wheels are reproducible.
  if (recipe.name === "python" && !("CFLAGS" in request.buildEnv)) env.push("CFLAGS=-g0");
  try {
    const [deps, app] = await runScript(engine, {
      what: `The compile step (${recipe.name})`,
      image: builder.pinned,
      script: aptInstall(request.buildPackages) + recipe.compileScript,
      input: { path: "/src", tar: contextTar },
      env,
      binds: compileSide.binds,
      labels,
      outputs: ["/out/deps", "/out/app"],
      onLog: reporter.info,
    });
    if (!deps || !app) throw new UserError("The compile step produced no output");
    return {
      deps: await normalizeTar(deps, { mtime, owner: root }),
      app: await normalizeTar(app, { mtime, owner: root }),
    };
  } catch (error) {
    if (error instanceof ScriptFailedError) {
      await reporter.group(`${error.message}: last ${error.logTail.length} log lines`, async () => {
        for (const line of error.logTail) reporter.info(line);
      });
    }
    throw error;
  }
}

/** Debian packages installed on the base, as one layer: the files the install added, normalised. */
async function runPackagesTar(
  engine: BuildEngine,
  base: ResolvedImage,
  request: BuildRequest,
  labels: Record<string, string>,
  compileSide: CompileSide,
  reporter: BuildReporter,
): Promise<Buffer> {
  let committed: string | undefined;
  await runScript(engine, {
    what: `Installing run-packages (${request.runPackages.join(" ")})`,
    image: base.pinned,
    script: `set -eu\n${aptInstall(request.runPackages)}rm -rf /var/lib/apt/lists/* /var/cache/apt/* /var/log/* /tmp/*\n`,
    env: compileSide.env.filter((variable) => !variable.includes("CA_CERTS") && !variable.includes("CERT")),
    labels,
    onLog: reporter.info,
    onSuccess: async (container) => {
      committed = ((await container.commit({ changes: [] })) as { Id: string }).Id;
    },
  });
  if (!committed) throw new UserError("Could not capture the installed run-packages");
  try {
    const archive = await readDockerArchive(await saveImage(engine, committed));
    const added = archive.layers.at(-1);
    if (!added) throw new UserError("The run-packages install added no layer");
    return await normalizeTar(added, {
      mtime: request.source.epoch,
      // Logs and caches of the install change from run to run and serve nothing at run time.
      exclude: (path) =>
        /^(var\/log|var\/cache|var\/lib\/apt\/lists|tmp)(\/|$)/.test(path) || path.endsWith("-old"),
    });
  } finally {
    await engine
      .getImage(committed)
      .remove({ force: true })
      .catch(() => undefined);
  }
}

/** The quai layer: the entrypoint and its processes, tini, busybox for scratch, and the app user. */
async function quaiLayerTar(options: {
  baseLayers: Buffer[];
  scratch: boolean;
  tools: { tini: Buffer; busybox: Buffer };
  processes: Process[];
  request: BuildRequest;
}): Promise<Buffer> {
  const { request } = options;
  const shell = options.scratch ? `${BUSYBOX_PATH} sh` : "/bin/sh";
  const users = withAppUser(
    {
      passwd: await lastVersionOf(options.baseLayers, "etc/passwd"),
      group: await lastVersionOf(options.baseLayers, "etc/group"),
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
  ];
  if (options.scratch) {
    entries.push(
      { path: BUSYBOX_PATH.slice(1), type: "file", mode: 0o755, content: options.tools.busybox },
      { path: "tmp", type: "directory", mode: 0o1777 },
    );
  }
  return tarFromEntries(entries, request.source.epoch);
}

/** A file as the base image's layers leave it: the top-most layer that has it wins. */
async function lastVersionOf(layers: Buffer[], path: string): Promise<Buffer | undefined> {
  for (const layer of [...layers].reverse()) {
    const content = await readTarFile(layer, path);
    if (content) return content;
  }
  return undefined;
}

/** Base layers are big and the same build after build: their gzip is kept, keyed by their content. */
async function cachedLayer(tar: Buffer, cacheDir: string): Promise<Layer> {
  const diffId = sha256Digest(tar);
  const path = join(cacheDir, "layers", `${digestHex(diffId)}.tar.gz`);
  if (existsSync(path)) {
    const gzip = readFileSync(path);
    return {
      tar,
      gzip,
      diffId,
      digest: sha256Digest(gzip),
      size: gzip.length,
      uncompressedSize: tar.length,
      mediaType: MEDIA_TYPES.layer,
    };
  }
  const layer = await createLayer(tar);
  mkdirSync(dirname(path), { recursive: true });
  // Written aside then renamed: a build killed halfway never leaves a truncated gzip to reuse.
  writeFileSync(`${path}.partial`, layer.gzip);
  renameSync(`${path}.partial`, path);
  return layer;
}

function dependencyDescription(recipe: Recipe): string {
  if (recipe.name === "node") return `production node_modules in ${APP_DIR}/node_modules`;
  if (recipe.name === "python") return `virtualenv in ${APP_DIR}/venv`;
  return "none (static)";
}

/** OCI labels, also the manifest's annotations; user labels win. */
function imageLabels(request: BuildRequest, base: ResolvedImage | undefined): Record<string, string> {
  const labels: Record<string, string> = {
    "org.opencontainers.image.created": new Date(request.source.epoch * 1000).toISOString(),
  };
  if (request.source.url) labels["org.opencontainers.image.source"] = request.source.url;
  if (request.source.revision) labels["org.opencontainers.image.revision"] = request.source.revision;
  if (request.source.version) labels["org.opencontainers.image.version"] = request.source.version;
  if (base) {
    labels["org.opencontainers.image.base.name"] = formatImageRef({
      ...parseImageRef(base.ref),
      digest: undefined,
    });
    if (base.digest) labels["org.opencontainers.image.base.digest"] = base.digest;
  }
  return { ...labels, ...request.labels };
}

/** The base's environment with ours laid over it, key by key, keeping the base's order. */
export function mergeEnv(base: readonly string[], ours: readonly string[]): string[] {
  const merged = new Map<string, string>();
  for (const variable of [...base, ...ours]) merged.set(variable.split("=")[0] ?? variable, variable);
  return [...merged.values()];
}
