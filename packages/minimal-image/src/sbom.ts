import { createHash } from "node:crypto";
import { hasContent, type ImageFile, type ImageFilesystem } from "./image-filesystem";

export interface SbomInput {
  filesystem: ImageFilesystem;
  image: { name: string; version?: string; digest?: string };
  /** ISO 8601: the commit time, so that building the same commit again gives the same SBOM. */
  created: string;
}

type License = { expression: string } | { license: { name: string } };

interface Component {
  type: "library" | "application";
  "bom-ref": string;
  name: string;
  version: string;
  purl: string;
  licenses?: License[];
}

/**
 * A CycloneDX 1.5 JSON SBOM of the npm packages, Python distributions and Debian packages installed in
 * the image. The same files give byte-identical output: components are sorted by purl, nothing depends
 * on the clock or on chance, and the serial number is derived from the content.
 */
export function cycloneDxSbom({ filesystem, image, created }: SbomInput): string {
  const files = filesystem.files().filter(hasContent);
  const found = [
    ...npmPackages(files, filesystem),
    ...pythonDistributions(files, filesystem),
    ...debianPackages(files, filesystem),
  ];
  // The same package installed at two paths is one component: a bom-ref must be unique.
  const components = [...new Map(found.map((component) => [component.purl, component])).values()].sort(
    (a, b) => (a.purl < b.purl ? -1 : 1),
  );
  const metadata = {
    timestamp: created,
    tools: [{ vendor: "quai", name: "build-minimal-image" }],
    component: {
      type: "container",
      name: image.name,
      version: image.version,
      hashes: digestHashes(image.digest),
    },
  };
  const bom = {
    bomFormat: "CycloneDX",
    specVersion: "1.5",
    serialNumber: `urn:uuid:${contentUuid(JSON.stringify({ metadata, components }))}`,
    version: 1,
    metadata,
    components,
  };
  return `${JSON.stringify(bom, null, 2)}\n`;
}

function component(
  type: Component["type"],
  purl: string,
  name: string,
  version: string,
  licenses?: License[],
): Component {
  return { type, "bom-ref": purl, name, version, purl, licenses };
}

// purl percent-encodes everything but unreserved characters: 1:1.2 → 1%3A1.2, 9+deb12u4 → 9%2Bdeb12u4.
const purlEncode = encodeURIComponent;

const NPM_MANIFEST = /^(?:(.*)\/)?node_modules\/(?:@[^/]+\/)?[^/]+\/package\.json$/;
const TEST_DIRECTORY = /(?:^|\/)(?:test|tests|__tests__|fixtures|__fixtures__)(?:\/|$)/;

function npmPackages(files: ImageFile[], filesystem: ImageFilesystem): Component[] {
  return files.flatMap(({ path }) => {
    const match = NPM_MANIFEST.exec(path);
    if (match === null || isInsidePackageTests(match[1] ?? "")) return [];
    const { name, version, license } = readJson(filesystem, path) ?? {};
    if (typeof name !== "string" || typeof version !== "string") return [];
    // The name from package.json, not the directory: an alias (npm:string-width@4) installs under another name.
    const purl = `pkg:npm/${name.split("/").map(purlEncode).join("/")}@${purlEncode(version)}`;
    return [component("library", purl, name, version, licenseOf(license, "spdx"))];
  });
}

/** Packages' own test fixtures may hold node_modules of their own, which nothing installs. */
function isInsidePackageTests(directoryOfNodeModules: string): boolean {
  const insidePackages = /(?:^|\/)node_modules\/(.*)$/.exec(directoryOfNodeModules)?.[1];
  return insidePackages !== undefined && TEST_DIRECTORY.test(insidePackages);
}

function readJson(
  filesystem: ImageFilesystem,
  path: string,
): { name?: unknown; version?: unknown; license?: unknown } | null {
  try {
    return JSON.parse(readText(filesystem, path));
  } catch {
    return null;
  }
}

// pip on Debian's own Python installs into dist-packages.
const PYTHON_METADATA = /^(?:.*\/)?(?:site|dist)-packages\/[^/]+\.dist-info\/METADATA$/;

function pythonDistributions(files: ImageFile[], filesystem: ImageFilesystem): Component[] {
  return files.flatMap(({ path }) => {
    if (!PYTHON_METADATA.test(path)) return [];
    const headers = parseStanzas(readText(filesystem, path))[0];
    const name = headers?.get("Name");
    const version = headers?.get("Version");
    if (!headers || !name || !version) return [];
    const normalized = name.toLowerCase().replace(/[-_.]+/g, "-"); // PEP 503
    const purl = `pkg:pypi/${purlEncode(normalized)}@${purlEncode(version)}`;
    // License-Expression (PEP 639) is SPDX; the older License is free text.
    const licenses =
      licenseOf(headers.get("License-Expression"), "spdx") ?? licenseOf(headers.get("License"), "name");
    return [component("library", purl, normalized, version, licenses)];
  });
}

const DPKG_STATUS = "var/lib/dpkg/status";
// Distroless images have no dpkg database, only the control fields of each installed package here.
const DISTROLESS_STATUS = /^var\/lib\/dpkg\/status\.d\/[^/]+$/;

function debianPackages(files: ImageFile[], filesystem: ImageFilesystem): Component[] {
  const installed = [
    // "install ok installed", or "hold ok installed" for a package pinned with apt-mark hold.
    ...parseStanzas(readText(filesystem, DPKG_STATUS)).filter((fields) =>
      /^\w+ ok installed$/.test(fields.get("Status") ?? ""),
    ),
    ...files
      .filter(({ path }) => DISTROLESS_STATUS.test(path) && !path.endsWith(".md5sums"))
      .flatMap(({ path }) => parseStanzas(readText(filesystem, path))),
  ];
  return installed.flatMap((fields) => {
    const name = fields.get("Package");
    const version = fields.get("Version");
    const architecture = fields.get("Architecture");
    if (!name || !version) return [];
    const qualifiers = architecture ? `?arch=${purlEncode(architecture)}` : "";
    const purl = `pkg:deb/debian/${purlEncode(name)}@${purlEncode(version)}${qualifiers}`;
    return [component("application", purl, name, version)];
  });
}

function readText(filesystem: ImageFilesystem, path: string): string {
  return filesystem.read(path)?.toString("utf8") ?? "";
}

/**
 * RFC 822-style stanzas, as in dpkg's status and Python's METADATA: "Field: value" lines, continued by
 * indented lines, stanzas separated by an empty line.
 */
function parseStanzas(text: string): Map<string, string>[] {
  return text
    .replace(/\r\n/g, "\n")
    .split(/\n{2,}/)
    .map((stanza) => {
      const fields = new Map<string, string>();
      let field: string | undefined;
      for (const line of stanza.split("\n")) {
        const colon = line.indexOf(":");
        if (/^[ \t]/.test(line) && field !== undefined) {
          fields.set(field, `${fields.get(field)}\n${line.trim()}`);
        } else if (colon > 0) {
          field = line.slice(0, colon);
          fields.set(field, line.slice(colon + 1).trim());
        }
      }
      return fields;
    });
}

// npm's UNLICENSED and Python's UNKNOWN say there is no license to name.
const NO_LICENSE = new Set(["", "UNLICENSED", "UNKNOWN"]);
const SPDX_EXPRESSION = /^\(*[\w.+-]+\)*(?:\s+(?:AND|OR|WITH)\s+\(*[\w.+-]+\)*)*$/;

/**
 * CycloneDX takes a valid SPDX expression as an expression and anything else only as a name. Free text
 * that runs over several lines is a whole license pasted into a header, not a name.
 */
function licenseOf(value: unknown, declared: "spdx" | "name"): License[] | undefined {
  if (typeof value !== "string") return undefined;
  const text = value.trim();
  if (NO_LICENSE.has(text) || text.includes("\n")) return undefined;
  return [
    declared === "spdx" && SPDX_EXPRESSION.test(text) ? { expression: text } : { license: { name: text } },
  ];
}

function digestHashes(digest: string | undefined): { alg: string; content: string }[] | undefined {
  const match = /^sha(256|384|512):([0-9a-f]+)$/.exec(digest ?? "");
  return match ? [{ alg: `SHA-${match[1]}`, content: match[2] ?? "" }] : undefined;
}

// The namespace of quai's SBOM serial numbers (a random UUID, fixed once).
const SERIAL_NAMESPACE = Buffer.from("e5eee029dbb343f3894ef02a08f4f1ee", "hex");

/** A name-based UUID (RFC 4122 version 5): the same content always gets the same one. */
function contentUuid(content: string): string {
  const hash = createHash("sha1").update(SERIAL_NAMESPACE).update(content).digest().subarray(0, 16);
  hash.writeUInt8((hash.readUInt8(6) & 0x0f) | 0x50, 6);
  hash.writeUInt8((hash.readUInt8(8) & 0x3f) | 0x80, 8);
  const hex = hash.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
