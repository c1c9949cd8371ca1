import { readTarEntries } from "@quai/oci";
import { type ImageFileType, type LayerView, normalizeImagePath } from "./image-filesystem";

const TYPES: Record<string, ImageFileType> = {
  file: "file",
  "contiguous-file": "file",
  directory: "directory",
  symlink: "symlink",
  link: "hardlink",
};

/** A layer's tar as the audit and the SBOM read it: its file list, and the contents of its files. */
export async function layerView(
  tar: Buffer,
  description: string,
  origin: Pick<LayerView, "fromBase" | "fromDockerfile">,
): Promise<LayerView> {
  const contents = new Map<string, Buffer>();
  const files: LayerView["files"] = [];
  for (const { header, content } of await readTarEntries(tar)) {
    const path = normalizeImagePath(header.name);
    if (!path) continue;
    const type = TYPES[header.type ?? "file"] ?? "other";
    files.push({
      path,
      type,
      size: header.size ?? content.length,
      mode: (header.mode ?? 0) & 0o7777,
      uid: header.uid ?? 0,
      gid: header.gid ?? 0,
      linkname: header.linkname ?? undefined,
    });
    if (type === "file") contents.set(path, content);
  }
  return { description, ...origin, files, read: (path) => contents.get(normalizeImagePath(path)) };
}
