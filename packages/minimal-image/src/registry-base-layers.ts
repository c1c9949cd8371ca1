import { promisify } from "node:util";
import { gunzip } from "node:zlib";
import { type Platform, samePlatform } from "@quai/core";
import { configPlatform, type ImageConfig, type Layer, MEDIA_TYPES, sha256Digest } from "@quai/oci";
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

/**
 * The base as a registry stores it, and which registry (a mirror, or its own) served it; why no
 * copy can serve; or, when a registry shows the base has no image of the platform, the platforms
 * it does have.
 */
export type RegistryBase =
  | { layers: Layer[]; config: ImageConfig; registry: string }
  | { unusable: string }
  | { platformsOffered: Platform[] };

type StoredBase =
  | { layers: Layer[]; config: ImageConfig }
  | { unusable: string }
  | { platformsOffered: Platform[] };

export interface RegistryBaseRequest {
  repository: string;
  /** The base's digest in its registry: an image manifest or an index. */
  digest: string;
  /** The platform to take from an index. */
  platform: Platform;
  /**
   * The engine's id of the base, when it holds that very platform's image: the registry's copy
   * must then be it (its config, manifest or index digest, as the classic or containerd store
   * names images).
   */
  engineImageId?: string;
}

/**
 * The base image's layers as its registry stores them, the way ko and Jib take a base: nothing to
 * compress, and blob digests equal to every other copy of that base, so a push finds them in place
 * or mounts them. The platform's image of an index; only in gzip layers, and, where the engine
 * holds that image, only when it is the engine's; each layer is checked against its diff id.
 * `clients` are tried in turn (the engine's Docker Hub mirrors, then the registry: pullClients),
 * as dockerd pulls: one that fails or lacks the base hands over to the next.
 */
export async function registryBase(
  clients: readonly RegistryClient[],
  request: RegistryBaseRequest,
): Promise<RegistryBase> {
  const failures: string[] = [];
  for (const client of clients) {
    const stored = await storedBase(client, request).catch((error: unknown) => ({
      unusable: (error as Error).message,
    }));
    if ("layers" in stored) return { ...stored, registry: client.registry };
    if ("platformsOffered" in stored) return stored;
    failures.push(clients.length > 1 ? `${client.registry}: ${stored.unusable}` : stored.unusable);
  }
  return { unusable: failures.join("; ") };
}

async function storedBase(client: RegistryClient, request: RegistryBaseRequest): Promise<StoredBase> {
  const { repository, digest, engineImageId } = request;
  const image = await platformManifest(client, request);
  if (!("document" in image)) return image;
  const { config, layers = [] } = image.document;
  const names = [config?.digest, image.manifestDigest, digest];
  if (engineImageId && !names.includes(engineImageId)) {
    return { unusable: `its image there (config ${config?.digest}) is not the engine's (${engineImageId})` };
  }
  const foreign = layers.find(({ mediaType }) => !GZIP_LAYER_TYPES.has(mediaType));
  if (foreign) return { unusable: `a layer is ${foreign.mediaType}, not a gzip tar` };
  if (!config) return { unusable: "its manifest names no config" };
  const configJson = JSON.parse(
    (await client.readBlob(repository, config.digest)).toString("utf8"),
  ) as ImageConfig;
  const platform = configPlatform(configJson);
  if (!samePlatform(platform, request.platform)) return { platformsOffered: [platform] };
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

/** The image manifest, or the platform's one of an index. */
async function platformManifest(
  client: RegistryClient,
  request: RegistryBaseRequest,
): Promise<
  | { document: ManifestDocument; manifestDigest: string }
  | { unusable: string }
  | { platformsOffered: Platform[] }
> {
  const { repository, digest, platform } = request;
  let manifest: StoredManifest | undefined = await client.getManifest(repository, digest);
  if (manifest && isIndexMediaType(manifest.mediaType)) {
    const images = (parseManifest(manifest).manifests ?? []).filter(
      (child) => child.platform && child.platform.os !== "unknown",
    );
    const child = images.find(
      (candidate) => candidate.platform && samePlatform(candidate.platform, platform),
    );
    if (!child)
      return {
        platformsOffered: images.flatMap((candidate) => (candidate.platform ? [candidate.platform] : [])),
      };
    manifest = await client.getManifest(repository, child.digest);
  }
  if (!manifest) return { unusable: `the registry does not have ${digest}` };
  return { document: parseManifest(manifest), manifestDigest: manifest.digest };
}
