import { promisify } from "node:util";
import { gunzip } from "node:zlib";
import { type ImageConfig, type Layer, MEDIA_TYPES, sha256Digest } from "@quai/oci";
import {
  isIndexMediaType,
  type ManifestDocument,
  parseManifest,
  type RegistryClient,
  type StoredManifest,
} from "@quai/registry";

const gunzipAsync = promisify(gunzip);

/** Layer blobs quai can reuse as they are: gzip tars, under OCI's or Docker's name. */
const GZIP_LAYER_TYPES = new Set<string>([
  MEDIA_TYPES.layer,
  "application/vnd.docker.image.rootfs.diff.tar.gzip",
]);

/** The base as its registry stores it, or why that copy cannot serve. */
export type RegistryBase = { layers: Layer[]; config: ImageConfig } | { unusable: string };

/**
 * The base image's layers as its registry stores them, the way ko and Jib take a base: nothing to
 * compress, and blob digests equal to every other copy of that base, so a push finds them in place
 * or mounts them. Only when the registry serves the very image the engine has (its config digest
 * is the engine's image id) in gzip layers; each layer is checked against its diff id.
 */
export async function registryBase(
  client: RegistryClient,
  repository: string,
  digest: string,
  imageId: string,
): Promise<RegistryBase> {
  const image = await amd64Manifest(client, repository, digest);
  if ("unusable" in image) return image;
  const { config, layers = [] } = image.document;
  if (config?.digest !== imageId) {
    return { unusable: `its image there (config ${config?.digest}) is not the engine's (${imageId})` };
  }
  const foreign = layers.find(({ mediaType }) => !GZIP_LAYER_TYPES.has(mediaType));
  if (foreign) return { unusable: `a layer is ${foreign.mediaType}, not a gzip tar` };
  const configJson = JSON.parse(
    (await client.readBlob(repository, config.digest)).toString("utf8"),
  ) as ImageConfig;
  const diffIds = configJson.rootfs?.diff_ids ?? [];
  if (diffIds.length !== layers.length) return { unusable: "its config and manifest list different layers" };
  const read = await Promise.all(
    layers.map(async ({ digest: layerDigest }, index): Promise<Layer | string> => {
      const gzip = await client.readBlob(repository, layerDigest);
      const tar = await gunzipAsync(gzip);
      const diffId = sha256Digest(tar);
      if (diffId !== diffIds[index])
        return `layer ${layerDigest} unpacks to ${diffId}, not ${diffIds[index]}`;
      const size = gzip.length;
      return {
        tar,
        gzip,
        diffId,
        digest: layerDigest,
        size,
        uncompressedSize: tar.length,
        mediaType: MEDIA_TYPES.layer,
      };
    }),
  );
  const mismatch = read.find((layer): layer is string => typeof layer === "string");
  if (mismatch) return { unusable: mismatch };
  return { layers: read as Layer[], config: configJson };
}

/** The image manifest, the linux/amd64 one of an index. */
async function amd64Manifest(
  client: RegistryClient,
  repository: string,
  digest: string,
): Promise<{ document: ManifestDocument } | { unusable: string }> {
  let manifest: StoredManifest | undefined = await client.getManifest(repository, digest);
  if (manifest && isIndexMediaType(manifest.mediaType)) {
    const child = parseManifest(manifest).manifests?.find(
      ({ platform }) => platform?.os === "linux" && platform.architecture === "amd64",
    );
    if (!child) return { unusable: "its index has no linux/amd64 image" };
    manifest = await client.getManifest(repository, child.digest);
  }
  if (!manifest) return { unusable: `the registry does not have ${digest}` };
  return { document: parseManifest(manifest) };
}
