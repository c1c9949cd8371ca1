import { readFile } from "node:fs/promises";
import { type Clock, type ImageRef, imageName, UserError, type Version } from "@quai/core";
import type { BlobOutcome } from "./blob-upload";
import { type CopyStats, copyImage } from "./copy-image";
import {
  type CredentialLookup,
  type Credentials,
  credentialsFor,
  dockerConfigCredentials,
} from "./credentials";
import { floatingTagMayMove } from "./floating-tags";
import type { HttpTransport } from "./http-transport";
import { dockerArchiveContent, type ImageContent, layoutContent, registryContent } from "./image-content";
import { SBOM_ARTIFACT_TYPE } from "./manifest-types";
import { type AttachedArtifact, attachArtifact } from "./referrers";
import { RegistryClient } from "./registry-client";
import { expandTagRules, type PlannedTag } from "./tag-rules";

/** How a release run reports progress: one log group per phase, and lines within. */
export interface ReleaseReporter {
  group<T>(title: string, work: () => Promise<T>): Promise<T>;
  info(message: string): void;
}

export interface ReleaseRequest {
  /** registry/namespace/name, without tag or digest. */
  target: ImageRef;
  version: Version;
  tagRules: readonly string[];
  /** The commit, for `{{sha}}`. */
  commit?: string;
  /** Credentials for the target's registry; other registries use the Docker config. */
  credentials?: Credentials;
  insecureRegistries?: readonly string[];
  /** A CycloneDX SBOM file attached to the image. */
  sbom?: string;
  reporter?: ReleaseReporter;
  /** Seams and tuning, for tests and benchmarks. */
  connection?: { transport?: HttpTransport; clock?: Clock; attempts?: number; retryIntervalMs?: number };
  chunkBytes?: number;
  dockerConfig?: CredentialLookup;
}

export interface TagOutcome {
  tag: string;
  /** written; unchanged (a pinned tag already on this digest); kept (a floating tag on a higher version). */
  action: "written" | "unchanged" | "kept";
}

export interface ReleaseResult {
  digest: string;
  version: string;
  /** `registry/repository@digest`, what deployments run. */
  imageRef: string;
  tags: TagOutcome[];
  blobs: CopyStats;
  sbom?: AttachedArtifact;
}

const silent: ReleaseReporter = { group: (_title, work) => work(), info: () => {} };

/** Pushes the image of an OCI layout (what build-minimal-image wrote) as a release. */
export function pushOciLayout(dir: string, request: ReleaseRequest): Promise<ReleaseResult> {
  return publishRelease(request, () => layoutContent(dir));
}

/** Pushes an engine image, given as its `docker save` stream, as a release. */
export function pushDockerArchive(
  openArchive: () => Promise<NodeJS.ReadableStream>,
  request: ReleaseRequest,
): Promise<ReleaseResult> {
  return publishRelease(request, async () => dockerArchiveContent(await openArchive()));
}

/**
 * Promotes a pushed release (`registry/repository@digest`) to the target without rebuilding: the
 * same bytes and digest, an index with all its platforms, blobs mounted within one registry and
 * streamed between two.
 */
export function promoteRelease(source: ImageRef, request: ReleaseRequest): Promise<ReleaseResult> {
  const { digest } = source;
  if (!digest) throw new UserError(`${imageName(source)} names no digest to promote`);
  return publishRelease(request, () =>
    registryContent(clientFor(source.registry, request), source.repository, digest),
  );
}

/**
 * The one way a release lands: tags planned and the image read (and checked) before any write;
 * pinned tags that already name other bytes refused; blobs, then manifests by digest, then the
 * SBOM, then tags, pinned first and floating last. A failure before the tags leaves no tag.
 */
async function publishRelease(
  request: ReleaseRequest,
  load: () => Promise<ImageContent>,
): Promise<ReleaseResult> {
  const reporter = request.reporter ?? silent;
  const planned = expandTagRules(request.tagRules, { version: request.version, commit: request.commit });
  const sbom = request.sbom === undefined ? undefined : await readSbom(request.sbom);
  const content = await reporter.group("Read the image", load);
  const { digest } = content.manifest;
  const client = clientFor(request.target.registry, request);
  const repository = request.target.repository;
  const name = `${client.registry}/${repository}`;
  reporter.info(`${name}@${digest}, version ${request.version.text}`);
  const unchanged = await reporter.group(`Check the tags of ${name}`, () =>
    refuseMovedPinnedTags(client, repository, planned, digest),
  );
  const blobs = await reporter.group(`Push blobs and manifests to ${name}`, () =>
    copyImage(client, repository, content, {
      chunkBytes: request.chunkBytes,
      onBlob: (descriptor, outcome) =>
        reporter.info(describeBlob(descriptor.digest, descriptor.size, outcome)),
      onRetry: (descriptor, attempt) =>
        reporter.info(`${descriptor.digest.slice(0, 19)}: upload try ${attempt}`),
    }),
  );
  const attached =
    sbom &&
    (await reporter.group("Attach the SBOM", () =>
      attachArtifact(client, repository, content.manifest, {
        artifactType: SBOM_ARTIFACT_TYPE,
        bytes: sbom,
        title: "sbom.cdx.json",
      }),
    ));
  const tags = await reporter.group("Write the tags", () =>
    writeTags(client, repository, content, planned, unchanged, request.version, reporter),
  );
  return {
    digest,
    version: request.version.text,
    imageRef: `${name}@${digest}`,
    tags,
    blobs,
    sbom: attached,
  };
}

function clientFor(registry: string, request: ReleaseRequest): RegistryClient {
  const credentials = credentialsFor(
    request.target.registry,
    request.credentials,
    request.dockerConfig ?? dockerConfigCredentials(),
  );
  return new RegistryClient({
    registry,
    credentials: credentials(registry),
    insecureRegistries: request.insecureRegistries,
    ...request.connection,
  });
}

async function readSbom(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    throw new UserError(`Cannot read the SBOM ${path}`, {
      hint: "Point sbom to build-minimal-image's sbom output",
      cause: error,
    });
  }
}

/**
 * A version is forever: a pinned tag that names other bytes is refused before anything is
 * written. Returns the pinned tags already on this digest (a re-run), which are left alone.
 */
async function refuseMovedPinnedTags(
  client: RegistryClient,
  repository: string,
  planned: readonly PlannedTag[],
  digest: string,
): Promise<Set<string>> {
  const unchanged = new Set<string>();
  for (const { tag } of planned.filter((candidate) => candidate.kind === "pinned")) {
    const current = await client.manifestDigest(repository, tag);
    if (current === undefined) continue;
    if (current !== digest) {
      throw new UserError(
        `${client.registry}/${repository}:${tag} already exists as ${current}; refusing to move it to ${digest}`,
        { hint: "A released version is immutable: release a new version instead" },
      );
    }
    unchanged.add(tag);
  }
  return unchanged;
}

async function writeTags(
  client: RegistryClient,
  repository: string,
  content: ImageContent,
  planned: readonly PlannedTag[],
  unchanged: ReadonlySet<string>,
  version: Version,
  reporter: ReleaseReporter,
): Promise<TagOutcome[]> {
  const outcomes: TagOutcome[] = [];
  let repositoryTags: string[] | undefined;
  for (const tag of planned) {
    if (unchanged.has(tag.tag)) {
      outcomes.push({ tag: tag.tag, action: "unchanged" });
      continue;
    }
    if (tag.kind === "floating" && tag.range) {
      // Read once, after the pinned tags: the list then holds this version too.
      repositoryTags ??= await client.listTags(repository);
      if (!floatingTagMayMove(tag.range, version, repositoryTags)) {
        reporter.info(`${tag.tag}: kept where it is (a higher version holds it)`);
        outcomes.push({ tag: tag.tag, action: "kept" });
        continue;
      }
    }
    await client.putManifest(repository, tag.tag, content.manifest);
    reporter.info(`${tag.tag} → ${content.manifest.digest}`);
    outcomes.push({ tag: tag.tag, action: "written" });
  }
  return outcomes;
}

function describeBlob(digest: string, size: number, outcome: BlobOutcome): string {
  return `${digest.slice(0, 19)} (${size} B): ${outcome === "present" ? "already there" : outcome}`;
}
