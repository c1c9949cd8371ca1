import { createReadStream } from "node:fs";
import { chmod, mkdir, mkdtemp, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import type { Readable } from "node:stream";
import { UserError } from "@quai/core";
import { canonicalJson } from "./canonical-json";
import { type Descriptor, descriptorOf, isDescriptor } from "./descriptor";
import { digestHex, sha256Digest, streamDigest } from "./digest";
import { type ImageConfig, isImageConfig } from "./image-config";
import type { Layer } from "./layer";
import { type ImageManifest, isImageManifest } from "./manifest";
import { MEDIA_TYPES } from "./media-types";
import { isRecord, parseJson } from "./parse-json";

/** The annotation that names an image in an index, like a tag. */
export const REF_NAME_ANNOTATION = "org.opencontainers.image.ref.name";

/** The annotation (and label) naming the image an image was built FROM. */
export const BASE_NAME_ANNOTATION = "org.opencontainers.image.base.name";

const LAYOUT_FILE = "oci-layout";
const INDEX_FILE = "index.json";
const LAYOUT_VERSION = "1.0.0";
const REBUILD_HINT = "The layout was damaged or changed after the build; build the image again";

export interface OciImage {
  config: Buffer;
  layers: Layer[];
  manifest: Buffer;
  refName?: string;
}

export type ImageIndex = {
  schemaVersion: 2;
  mediaType: typeof MEDIA_TYPES.index;
  manifests: Descriptor[];
};

export interface OciLayout {
  dir: string;
  index: ImageIndex;
  manifestDescriptor: Descriptor;
  manifest: ImageManifest;
  config: ImageConfig;
  blobPath(digest: string): string;
  openBlob(digest: string): Readable;
}

/**
 * Writes the image as an OCI image layout in `dir`, which must not exist or be empty. The files go
 * into a directory beside it first, renamed into place when all are written, so a failed write
 * never leaves what looks like a complete layout.
 */
export async function writeOciLayout(
  dir: string,
  image: OciImage,
): Promise<{ manifestDigest: string; indexPath: string }> {
  const target = resolve(dir);
  await mkdir(dirname(target), { recursive: true });
  const staging = await mkdtemp(join(dirname(target), `.${basename(target)}.partial-`));
  try {
    const manifestDigest = await writeLayoutFiles(staging, image);
    // mkdtemp makes the directory private; a layout is as readable as any other build output.
    await chmod(staging, 0o755);
    await moveIntoPlace(staging, target);
    return { manifestDigest, indexPath: join(target, INDEX_FILE) };
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}

async function writeLayoutFiles(dir: string, image: OciImage): Promise<string> {
  await mkdir(join(dir, "blobs", "sha256"), { recursive: true });
  const blobs = [image.config, ...image.layers.map((layer) => layer.gzip), image.manifest];
  for (const blob of blobs) await writeFile(blobFile(dir, sha256Digest(blob)), blob);
  const manifest = descriptorOf(MEDIA_TYPES.manifest, image.manifest);
  const annotations = image.refName === undefined ? undefined : { [REF_NAME_ANNOTATION]: image.refName };
  const index: ImageIndex = {
    schemaVersion: 2,
    mediaType: MEDIA_TYPES.index,
    manifests: [{ ...manifest, annotations }],
  };
  await writeFile(join(dir, LAYOUT_FILE), canonicalJson({ imageLayoutVersion: LAYOUT_VERSION }));
  await writeFile(join(dir, INDEX_FILE), canonicalJson(index));
  return manifest.digest;
}

/** rename() replaces an empty directory and refuses one with files, which is what we want. */
async function moveIntoPlace(staging: string, target: string): Promise<void> {
  try {
    await rename(staging, target);
  } catch (error) {
    if (!hasCode(error, "ENOTEMPTY", "EEXIST", "ENOTDIR")) throw error;
    throw new UserError(
      `Cannot write the OCI layout to ${target}: it already exists and is not an empty directory`,
      {
        hint: "Remove it, or choose another output directory",
        cause: error,
      },
    );
  }
}

/** The layout's one image: index, manifest and config, the last two checked against their digests. */
export async function readOciLayout(dir: string): Promise<OciLayout> {
  const root = resolve(dir);
  await checkLayoutVersion(root);
  const index = parseJson(await readLayoutFile(root, INDEX_FILE), `${INDEX_FILE} in ${root}`, isImageIndex);
  const [manifestDescriptor, ...others] = index.manifests;
  if (manifestDescriptor === undefined || others.length > 0) {
    throw new UserError(
      `The OCI layout at ${root} holds ${index.manifests.length} images; quai reads layouts of one`,
    );
  }
  const manifest = await readJsonBlob(root, manifestDescriptor, "manifest", isImageManifest);
  const config = await readJsonBlob(root, manifest.config, "config", isImageConfig);
  return {
    dir: root,
    index,
    manifestDescriptor,
    manifest,
    config,
    blobPath: (digest) => blobFile(root, digest),
    openBlob: (digest) => createReadStream(blobFile(root, digest)),
  };
}

/**
 * Checks these blobs of the layout against their descriptors' size and digest: a push hashes only
 * the blobs it is about to upload, and a re-push of what the registry holds hashes nothing.
 */
export async function verifyLayoutBlobs(layout: OciLayout, blobs: readonly Descriptor[]): Promise<void> {
  for (const blob of blobs) {
    const role = blobRole(layout, blob.digest);
    const size = await blobSize(layout.dir, blob, role);
    checkBlob(layout.dir, blob, role, { size, digest: await streamDigest(layout.openBlob(blob.digest)) });
  }
}

function blobRole(layout: OciLayout, digest: string): string {
  if (digest === layout.manifest.config.digest) return "config";
  const { layers } = layout.manifest;
  return `layer ${layers.findIndex((layer) => layer.digest === digest) + 1} of ${layers.length}`;
}

async function checkLayoutVersion(root: string): Promise<void> {
  const layout = parseJson(await readLayoutFile(root, LAYOUT_FILE), `${LAYOUT_FILE} in ${root}`, isRecord);
  if (layout.imageLayoutVersion !== LAYOUT_VERSION) {
    throw new UserError(
      `The OCI layout at ${root} has version ${JSON.stringify(layout.imageLayoutVersion)}; quai reads ${LAYOUT_VERSION}`,
    );
  }
}

async function readLayoutFile(root: string, name: string): Promise<string> {
  try {
    return await readFile(join(root, name), "utf8");
  } catch (error) {
    if (!hasCode(error, "ENOENT", "ENOTDIR")) throw error;
    throw new UserError(`No OCI layout at ${root} (it has no ${name})`, {
      hint: "Point to the directory build-minimal-image wrote",
      cause: error,
    });
  }
}

async function readJsonBlob<T>(
  root: string,
  descriptor: Descriptor,
  role: string,
  isExpected: (value: unknown) => value is T,
): Promise<T> {
  await blobSize(root, descriptor, role);
  const bytes = await readFile(blobFile(root, descriptor.digest));
  checkBlob(root, descriptor, role, { size: bytes.byteLength, digest: sha256Digest(bytes) });
  return parseJson(bytes.toString("utf8"), `The ${role} of the OCI layout at ${root}`, isExpected);
}

async function blobSize(root: string, descriptor: Descriptor, role: string): Promise<number> {
  try {
    return (await stat(blobFile(root, descriptor.digest))).size;
  } catch (error) {
    if (!hasCode(error, "ENOENT")) throw error;
    throw new UserError(`The OCI layout at ${root} lacks blob ${descriptor.digest} (${role})`, {
      hint: REBUILD_HINT,
      cause: error,
    });
  }
}

function checkBlob(
  root: string,
  expected: Descriptor,
  role: string,
  actual: { size: number; digest: string },
): void {
  const blob = `Blob ${expected.digest} (${role}) of the OCI layout at ${root}`;
  if (actual.size !== expected.size) {
    throw new UserError(`${blob} is ${actual.size} bytes, not the ${expected.size} its descriptor says`, {
      hint: REBUILD_HINT,
    });
  }
  if (actual.digest !== expected.digest) {
    throw new UserError(`${blob} does not match its digest: its content hashes to ${actual.digest}`, {
      hint: REBUILD_HINT,
    });
  }
}

function blobFile(root: string, digest: string): string {
  return join(root, "blobs", "sha256", digestHex(digest));
}

function isImageIndex(value: unknown): value is ImageIndex {
  return isRecord(value) && Array.isArray(value.manifests) && value.manifests.every(isDescriptor);
}

function hasCode(error: unknown, ...codes: string[]): boolean {
  return (
    error instanceof Error && "code" in error && typeof error.code === "string" && codes.includes(error.code)
  );
}
