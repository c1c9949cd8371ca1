import { writeFileSync } from "node:fs";
import {
  formatImageRef,
  formatPlatform,
  type Platform,
  parseImageRef,
  type Reporter,
  runLabels,
  UserError,
} from "@quai/core";
import { type ImageStore, imageStoreOf, registryMirrorsOf } from "@quai/docker";
import {
  BASE_NAME_ANNOTATION,
  buildImageConfig,
  buildManifest,
  type ContainerConfig,
  type Layer,
  writeOciLayout,
} from "@quai/oci";
import { type AuditReport, auditImage } from "./audit";
import type { BuildEngine } from "./build-engine";
import { detectRecipe, type RecipeChoice, type RecipeName } from "./detect-recipe";
import { imageFromDockerfile } from "./dockerfile-image";
import type { ResolvedImage } from "./engine-images";
import { loadIntoEngine } from "./engine-load";
import { mergeLayers } from "./image-filesystem";
import { layerView } from "./layer-view";
import type { Process } from "./procfile";
import { imageFromRecipe } from "./recipe-image";
import { RECIPES } from "./recipes";
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
  recipe: RecipeChoice;
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
  /** Reuse an npm install from cacheDir when nothing it depends on changed. */
  dependencyCache: boolean;
  source: SourceInfo;
  runId: string;
  /** The platform to build; undefined builds the engine's own. */
  platform?: Platform;
}

/** The engine's image store and the platform being built, settled before the build starts. */
export interface BuildTarget {
  store: ImageStore;
  platform: Platform;
  /** The engine's Docker Hub mirrors, which it pulls the base through, and quai reads it through. */
  registryMirrors: string[];
}

export type LayerRole = "base" | "run-packages" | "dependencies" | "quai" | "app" | "dockerfile";

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
  /** The compile side's image; none for a Dockerfile build. */
  builder?: ResolvedImage;
  layers: LayerSummary[];
  audit: AuditReport;
  processes: Process[];
  /** What a single-stage build would weigh: the builder image plus the app and its dependencies. */
  naiveSize?: number;
  /** The platform the image is of, as its config says. */
  platform: Platform;
}

/** One build's settings and seams, handed to each of its steps in place of a long parameter list. */
export interface BuildSession {
  engine: BuildEngine;
  request: BuildRequest;
  reporter: Reporter;
  /** The run's labels, on every container and image the build makes, so cleanup finds them. */
  labels: Record<string, string>;
  target: BuildTarget;
}

export interface RoleLayer {
  role: LayerRole;
  layer: Layer;
  holds: string;
}

/** What a recipe or a Dockerfile made: the layers and how to run them, before config and audit. */
export interface AssembledImage {
  layers: RoleLayer[];
  config: ContainerConfig;
  processes: Process[];
  base?: ResolvedImage;
  builder?: ResolvedImage;
  /** Directories that must not be in the image (dev-only dependencies). */
  devDependencyPaths: string[];
  naiveSize?: number;
  /** The platform of the image's files: its base's. */
  platform: Platform;
}

/**
 * Builds the image, then gives it the commit's timestamps and OCI labels; the image must pass
 * the audit before anything is written. Then the OCI layout, the SBOM and the engine's copy are
 * written. The recipes (node, python, static) build reproducibly: the same commit and base
 * digests give the same image digest.
 */
export async function buildMinimalImage(
  engine: BuildEngine,
  request: BuildRequest,
  reporter: Reporter,
): Promise<BuildResult> {
  const recipeName: RecipeName = request.recipe === "auto" ? detectRecipe(request.context) : request.recipe;
  const labels = runLabels(request.runId, "build-minimal-image");
  const info = await engine.info();
  const store = imageStoreOf(info);
  const target: BuildTarget = {
    store,
    platform: request.platform ?? store.platform,
    registryMirrors: registryMirrorsOf(info),
  };
  reporter.info(`Building ${formatPlatform(target.platform)} on ${store.description}`);
  const session: BuildSession = { engine, request, reporter, labels, target };
  const assembled =
    recipeName === "dockerfile"
      ? await imageFromDockerfile(session)
      : await imageFromRecipe(session, RECIPES[recipeName]);

  const labelsOfImage = { ...imageLabels(request, assembled.base), ...request.labels };
  const config = buildImageConfig({
    epoch: request.source.epoch,
    platform: assembled.platform,
    config: { ...assembled.config, Labels: { ...assembled.config.Labels, ...labelsOfImage } },
    layers: assembled.layers.map(({ layer, role, holds }) => ({
      diffId: layer.diffId,
      createdBy: `quai build-minimal-image: ${role}`,
      comment: holds,
    })),
  });
  const layers = assembled.layers.map(({ layer }) => layer);
  const manifest = buildManifest({ config: config.descriptor, layers, annotations: labelsOfImage });
  const digest = manifest.descriptor.digest;

  const { audit, sbom } = await reporter.group("Audit", async () => {
    const views = [];
    for (const { layer, role, holds } of assembled.layers) {
      views.push(
        await layerView(layer.tar, holds, {
          fromBase: role === "base",
          fromDockerfile: role === "dockerfile",
        }),
      );
    }
    const filesystem = mergeLayers(views);
    const report = auditImage({
      filesystem,
      user: assembled.config.User ?? "",
      devDependencyPaths: assembled.devDependencyPaths,
    });
    for (const warning of report.warnings) reporter.warning(warning.message);
    if (report.failures.length > 0) {
      for (const failure of report.failures) reporter.info(`✗ ${failure.message}`);
      throw new UserError(
        `The image failed its audit: ${report.failures.map((failure) => failure.message).join("; ")}`,
        { hint: "Nothing was written or loaded; fix the app or its .dockerignore and build again" },
      );
    }
    const created = new Date(request.source.epoch * 1000).toISOString();
    const image = { name: request.imageName, version: request.source.version, digest };
    return { audit: report, sbom: cycloneDxSbom({ filesystem, image, created }) };
  });

  await reporter.group("Write the OCI layout and load the image", async () => {
    await writeOciLayout(request.outputDir, {
      config: config.bytes,
      layers,
      manifest: manifest.bytes,
      refName: request.imageName,
    });
    writeFileSync(sbomPath(request.outputDir), sbom);
    const loaded = await loadIntoEngine(
      engine,
      store,
      { config: config.bytes, layers, repoTags: [request.imageName] },
      assembled.base,
      reporter.info,
    );
    const how =
      loaded === "without-base-layers"
        ? " (the engine already held the base's layers)"
        : assembled.base && store.kind === "containerd"
          ? " (whole: containerd's image store keeps the files it is sent as the image's layers)"
          : "";
    reporter.info(`${request.imageName} → ${digest}${how}`);
  });

  return {
    recipe: recipeName,
    digest,
    imageId: config.descriptor.digest,
    image: request.imageName,
    ociLayout: request.outputDir,
    sbom: sbomPath(request.outputDir),
    size: {
      compressed: layers.reduce((sum, layer) => sum + layer.size, 0),
      uncompressed: layers.reduce((sum, layer) => sum + layer.uncompressedSize, 0),
    },
    base: assembled.base,
    builder: assembled.builder,
    layers: assembled.layers.map(({ role, layer, holds }) => ({
      role,
      digest: layer.digest,
      size: layer.size,
      uncompressedSize: layer.uncompressedSize,
      holds,
    })),
    audit,
    processes: assembled.processes,
    naiveSize: assembled.naiveSize,
    platform: assembled.platform,
  };
}

export function sbomPath(outputDir: string): string {
  return `${outputDir.replace(/\/+$/, "")}.sbom.cdx.json`;
}

/** OCI labels, also the manifest's annotations. */
function imageLabels(request: BuildRequest, base: ResolvedImage | undefined): Record<string, string> {
  const labels: Record<string, string> = {
    "org.opencontainers.image.created": new Date(request.source.epoch * 1000).toISOString(),
  };
  if (request.source.url) labels["org.opencontainers.image.source"] = request.source.url;
  if (request.source.revision) labels["org.opencontainers.image.revision"] = request.source.revision;
  if (request.source.version) labels["org.opencontainers.image.version"] = request.source.version;
  if (base) {
    labels[BASE_NAME_ANNOTATION] = formatImageRef({
      ...parseImageRef(base.ref),
      digest: undefined,
    });
    if (base.digest) labels["org.opencontainers.image.base.digest"] = base.digest;
  }
  return labels;
}
