import { readFile } from "node:fs/promises";
import { InvalidValueError, UserError } from "@quai/core";
import { SBOM_ARTIFACT_TYPE, SPDX_ARTIFACT_TYPE } from "./manifest-types";
import type { Artifact } from "./referrers";

const HINT =
  "Point sbom at a CycloneDX JSON (bomFormat: CycloneDX) or SPDX JSON (spdxVersion) file, such as build-minimal-image's sbom output";

/** The SBOM formats a release attaches, each known by what its JSON says of itself. */
const FORMATS = [
  {
    artifactType: SBOM_ARTIFACT_TYPE,
    title: "sbom.cdx.json",
    is: (document: Record<string, unknown>) => document.bomFormat === "CycloneDX",
  },
  {
    artifactType: SPDX_ARTIFACT_TYPE,
    title: "sbom.spdx.json",
    is: (document: Record<string, unknown>) => typeof document.spdxVersion === "string",
  },
];

/**
 * The SBOM file as the artifact attached to a release: refused unless it is CycloneDX or SPDX
 * JSON, so that no other file (a host's hostname, a key) is ever pushed as one.
 */
export async function readSbomFile(path: string): Promise<Artifact> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new UserError(`Cannot read the SBOM ${path}`, { hint: HINT, cause: error });
  }
  const document = parseObject(bytes.toString("utf8").replace(/^\uFEFF/, ""));
  const format = document && FORMATS.find((candidate) => candidate.is(document));
  if (!format) {
    const why = document ? "not a CycloneDX or SPDX document" : "not a JSON object";
    throw new InvalidValueError("sbom", path, why, { hint: HINT });
  }
  return { artifactType: format.artifactType, bytes, title: format.title };
}

function parseObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}
