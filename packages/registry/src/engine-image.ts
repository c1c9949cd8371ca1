/** The part of a Docker engine client (dockerode) that exports an image, as `docker save` does. */
export interface ImageExporter {
  getImage(name: string): { get(): Promise<NodeJS.ReadableStream> };
}

/** Opens the `docker save` stream of a local engine image. */
export function engineImageArchive(
  engine: ImageExporter,
  image: string,
): () => Promise<NodeJS.ReadableStream> {
  return () => engine.getImage(image).get();
}
