import {
  type Clock,
  type ImageRef,
  imageName,
  type Reporter,
  shortDigest,
  systemClock,
  UserError,
  type Version,
} from "@quai/core";
import type { DockerArchiveContents } from "@quai/oci";
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
import { engineImageContent, type ImageContent, layoutContent, registryContent } from "./image-content";
import { type AttachedArtifact, attachArtifact } from "./referrers";
import { RegistryClient } from "./registry-client";
import { readSbomFile } from "./sbom-file";
import { expandTagRules, type PlannedTag } from "./tag-rules";

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
  /** A CycloneDX or SPDX JSON SBOM file attached to the image; any other file is refused first. */
  sbom?: string;
  reporter?: Reporter;
  /** Seams and tuning, for tests and benchmarks. */
  connection?: { transport?: HttpTransport; clock?: Clock; attempts?: number; retryIntervalMs?: number };
  chunkBytes?: number;
  dockerConfig?: CredentialLookup;
}

export interface TagOutcome {
  tag: string;
  /** written; unchanged (the tag was already on this digest); kept (a floating tag on a higher version). */
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

/** The image to release: how to read it, and its digest when known before reading. */
interface ImageToRelease {
  load: () => Promise<ImageContent>;
  digest?: string;
}

const silent: Reporter = { group: (_title, work) => work(), info: () => {}, warning: () => {} };

/** Pushes the image of an OCI layout (what build-minimal-image wrote) as a release. */
export function pushOciLayout(dir: string, request: ReleaseRequest): Promise<ReleaseResult> {
  return publishRelease(request, { load: () => layoutContent(dir) });
}

/** Pushes an engine image, read from its `docker save` archive, as a release. */
export function pushEngineImage(
  readImage: () => Promise<DockerArchiveContents>,
  request: ReleaseRequest,
): Promise<ReleaseResult> {
  return publishRelease(request, { load: async () => engineImageContent(await readImage()) });
}

/**
 * Promotes a pushed release (`registry/repository@digest`) to the target without rebuilding: the
 * same bytes and digest, an index with all its platforms, blobs mounted within one registry and
 * streamed between two.
 */
export function promoteRelease(source: ImageRef, request: ReleaseRequest): Promise<ReleaseResult> {
  const { digest } = source;
  if (!digest) throw new UserError(`${imageName(source)} names no digest to promote`);
  return publishRelease(request, {
    load: () => registryContent(clientFor(source.registry, request), source.repository, digest),
    digest,
  });
}

/**
 * The one way a release lands: tags planned and the image read (and checked) before any write;
 * pinned tags that already name other bytes refused; blobs, then manifests by digest (the top one
 * by the first tag when no SBOM comes between), then the SBOM, then tags, pinned first and
 * floating last, each read back. A failure before the tags leaves no tag.
 */
async function publishRelease(request: ReleaseRequest, image: ImageToRelease): Promise<ReleaseResult> {
  const reporter = request.reporter ?? silent;
  const planned = expandTagRules(request.tagRules, { version: request.version, commit: request.commit });
  // Read and checked before the first request: a file that is no SBOM never leaves the runner.
  const sbom = request.sbom === undefined ? undefined : await readSbomFile(request.sbom);
  const client = clientFor(request.target.registry, request);
  const repository = request.target.repository;
  const name = `${client.registry}/${repository}`;
  // The tags and the manifest itself, looked up at once.
  const lookUp = (digest: string) =>
    currentDigests(client, repository, [...planned.map(({ tag }) => tag), digest]);
  const { content, current } = await readImageAndTarget(image, name, lookUp, reporter);
  const { digest } = content.manifest;
  reporter.info(`${name}@${digest}, version ${request.version.text}`);
  refuseMovedPinnedTags(name, planned, current, digest);
  // With no SBOM to attach before the tags, the first tag written (a pinned or literal one, which
  // is always written) puts the manifest: no separate put by digest.
  const tagPutsManifest =
    sbom === undefined && planned.some(({ tag, kind }) => kind !== "floating" && current.get(tag) !== digest);
  const blobs = await reporter.group(`Push blobs and manifests to ${name}`, () =>
    copyImage(client, repository, content, {
      targetHasManifest: current.get(digest) !== undefined,
      topManifestByTag: tagPutsManifest,
      chunkBytes: request.chunkBytes,
      onBlob: (descriptor, outcome) =>
        reporter.info(describeBlob(descriptor.digest, descriptor.size, outcome)),
      onRetry: (descriptor, attempt) =>
        reporter.info(`${shortDigest(descriptor.digest)}: upload try ${attempt}`),
    }),
  );
  const attached =
    sbom &&
    (await reporter.group("Attach the SBOM", () =>
      attachArtifact(client, repository, content.manifest, sbom),
    ));
  const tags = await reporter.group("Write the tags", () =>
    writeTags(
      client,
      repository,
      content,
      planned,
      current,
      request.version,
      reporter,
      request.connection?.clock ?? systemClock,
    ),
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

/**
 * The image, and the digest each planned tag and the image itself name in the target now. When
 * the digest is known before the image is read (a promotion), the target is looked up meanwhile.
 */
async function readImageAndTarget(
  image: ImageToRelease,
  name: string,
  lookUp: (digest: string) => Promise<Map<string, string | undefined>>,
  reporter: Reporter,
): Promise<{ content: ImageContent; current: Map<string, string | undefined> }> {
  const known = image.digest;
  if (known) {
    return reporter.group(`Read the image and check the tags of ${name}`, async () => {
      const [content, current] = await Promise.all([image.load(), lookUp(known)]);
      return { content, current };
    });
  }
  const content = await reporter.group("Read the image", image.load);
  const current = await reporter.group(`Check the tags of ${name}`, () => lookUp(content.manifest.digest));
  return { content, current };
}

function clientFor(registry: string, request: ReleaseRequest): RegistryClient {
  const credentials = credentialsFor(
    request.target.registry,
    request.credentials,
    request.dockerConfig ??
      dockerConfigCredentials(process.env, (message) => request.reporter?.warning(message)),
  );
  return new RegistryClient({
    registry,
    credentials: credentials(registry),
    insecureRegistries: request.insecureRegistries,
    ...request.connection,
  });
}

/** The digest each reference (a tag, or a digest) names now, undefined where none; read all at once. */
async function currentDigests(
  client: RegistryClient,
  repository: string,
  references: readonly string[],
): Promise<Map<string, string | undefined>> {
  const digests = await Promise.all(
    references.map((reference) => client.manifestDigest(repository, reference)),
  );
  return new Map(references.map((reference, index) => [reference, digests[index]]));
}

/** A version is forever: a pinned tag that names other bytes is refused before anything is written. */
function refuseMovedPinnedTags(
  name: string,
  planned: readonly PlannedTag[],
  current: ReadonlyMap<string, string | undefined>,
  digest: string,
): void {
  for (const { tag } of planned.filter((candidate) => candidate.kind === "pinned")) {
    const existing = current.get(tag);
    if (existing !== undefined && existing !== digest) {
      throw new UserError(`${name}:${tag} already exists as ${existing}; refusing to move it to ${digest}`, {
        hint: "A released version is immutable: release a new version instead",
      });
    }
  }
}

/**
 * Writes the tags not already on the digest, in three waves so a failure part-way never leaves
 * a floating tag on a release without its version tag: the version's own tag, then the other
 * pinned and literal tags, then the floating ones, each wave's writes at once.
 */
async function writeTags(
  client: RegistryClient,
  repository: string,
  content: ImageContent,
  planned: readonly PlannedTag[],
  current: ReadonlyMap<string, string | undefined>,
  version: Version,
  reporter: Reporter,
  clock: Clock,
): Promise<TagOutcome[]> {
  const { digest } = content.manifest;
  const outcomes = new Map<string, TagOutcome["action"]>();
  const pending = planned.filter(({ tag }) => {
    if (current.get(tag) !== digest) return true;
    outcomes.set(tag, "unchanged");
    return false;
  });
  const write = async (tags: readonly PlannedTag[]) => {
    await Promise.all(tags.map((tag) => writeTag(client, repository, tag, content.manifest, clock)));
    for (const { tag } of tags) {
      reporter.info(`${tag} → ${digest}`);
      outcomes.set(tag, "written");
    }
  };
  const [own, ...others] = pending.filter(({ kind }) => kind !== "floating");
  if (own) await write([own]);
  await write(others);
  const floating = pending.filter(({ kind }) => kind === "floating");
  // Read after the version's own tag is written: the list then holds this version too.
  const repositoryTags = floating.some(({ range }) => range) ? await client.listTags(repository) : [];
  const moving = floating.filter(({ tag, range }) => {
    if (!range || floatingTagMayMove(range, version, repositoryTags)) return true;
    reporter.info(`${tag}: kept where it is (a higher version holds it)`);
    outcomes.set(tag, "kept");
    return false;
  });
  await write(moving);
  return planned.map(({ tag }) => ({ tag, action: outcomes.get(tag) ?? "written" }));
}

/**
 * Puts the manifest under a tag and reads the tag back. The distribution spec has no
 * compare-and-swap on tags (no conditional manifest PUT): two pushes of one version can both find
 * its tag free, both write it, and the last write stands; no registry refuses the second. So a
 * pinned tag is looked at again just before it is written (the window shrinks from the whole
 * upload to a round trip), and every tag is read back after, so that the push whose write was
 * overwritten fails instead of reporting bytes the tag does not name. Two pushes started together
 * reach their writes together too, and each could read its own write back before the other's
 * lands: a pinned tag is therefore read back only after twice the write's own round trip, by when
 * a write racing it has landed. Both can still succeed only when one push's look and write are
 * further apart than that, around the other's write and read-back.
 */
async function writeTag(
  client: RegistryClient,
  repository: string,
  planned: PlannedTag,
  manifest: ImageContent["manifest"],
  clock: Clock,
): Promise<void> {
  const { tag, kind } = planned;
  const named = () => client.manifestDigest(repository, tag);
  const lost =
    kind === "pinned"
      ? {
          why: "another push of the same version won the race",
          hint: "Registries cannot guard a tag against a concurrent write: let one run release each version (a concurrency group)",
        }
      : {
          why: "another push moved it meanwhile",
          hint: "Run the release again to move it forward (a higher version keeps it)",
        };
  const refuseOther = (found: string | undefined) => {
    if (found === manifest.digest) return;
    throw new UserError(
      `${client.registry}/${repository}:${tag} names ${found ?? "nothing"}, not this push's ${manifest.digest}: ${lost.why}`,
      { hint: lost.hint },
    );
  };
  if (kind === "pinned") {
    const before = await named();
    if (before !== undefined) refuseOther(before);
  }
  const writing = clock.now();
  await client.putManifest(repository, tag, manifest);
  if (kind === "pinned") await clock.sleep(Math.max(MIN_SETTLE_MS, 2 * (clock.now() - writing)));
  refuseOther(await named());
}

/** The least wait before a pinned tag is read back: a loopback registry answers in about 1 ms. */
const MIN_SETTLE_MS = 5;

function describeBlob(digest: string, size: number, outcome: BlobOutcome): string {
  return `${shortDigest(digest)} (${size} B): ${outcome === "present" ? "already there" : outcome}`;
}
