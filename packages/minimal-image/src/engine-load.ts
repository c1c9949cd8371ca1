import type { ImageStore } from "@quai/docker";
import { type DockerArchiveImage, dockerArchive, type Layer } from "@quai/oci";
import type { BuildEngine } from "./build-engine";
import type { ResolvedImage } from "./engine-images";

/** How the image went in: without the base's layers, which the engine held, or whole. */
export type LoadedAs = "without-base-layers" | "whole";

/**
 * Loads the built image into the engine. The engine pulled the base to build on it, so it holds
 * the base's layers: when it keeps its own layer store, the archive leaves them out (see
 * DockerArchiveImage.layersInEngine), and a build no longer sends and unpacks the whole base
 * again (hundreds of MiB for a language base). Should the engine refuse that archive (the base
 * removed meanwhile), the image is loaded whole.
 */
export async function loadIntoEngine(
  engine: Pick<BuildEngine, "loadArchive">,
  store: ImageStore,
  image: DockerArchiveImage,
  base: ResolvedImage | undefined,
  onRefusal: (why: string) => void,
): Promise<LoadedAs> {
  const held = base ? heldLayers(image.layers, base.layers) : 0;
  // Docker's own layer store looks a layer up by its chain before it reads the file. containerd's
  // image store runs such an archive too, but keeps its empty files as the base's layer blobs, so
  // a later save or push of the image would be broken: it gets the whole image.
  if (held > 0 && store.kind === "classic") {
    try {
      await engine.loadArchive(dockerArchive({ ...image, layersInEngine: held }));
      return "without-base-layers";
    } catch (error) {
      onRefusal(`the engine refused the image without the base's layers (${(error as Error).message})`);
    }
  }
  await engine.loadArchive(dockerArchive(image));
  return "whole";
}

/** How many of the image's first layers are the chain the engine holds for the base: all or none. */
function heldLayers(layers: readonly Layer[], baseChain: readonly string[]): number {
  if (baseChain.length === 0 || baseChain.length > layers.length) return 0;
  return baseChain.every((diffId, position) => layers[position]?.diffId === diffId) ? baseChain.length : 0;
}
