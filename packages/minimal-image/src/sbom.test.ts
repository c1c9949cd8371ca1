import { describe, expect, it } from "vitest";
import { type LayerView, type MemoryEntry, memoryLayer, mergeLayers } from "./image-filesystem";
import { cycloneDxSbom } from "./sbom";

const DPKG_STATUS = `Package: libc6
Status: install ok installed
Priority: optional
Architecture: amd64
Multi-Arch: same
Version: 2.36-9+deb12u4
Description: GNU C Library: Shared libraries
 Contains the standard libraries that are used by nearly all programs on
 the system.

Package: zlib1g
Status: install ok installed
Architecture: amd64
Version: 1:1.2.13.dfsg-1

Package: tzdata
Status: install ok installed
Architecture: all
Version: 2024a-0+deb12u1

Package: nodejs
Status: hold ok installed
Architecture: amd64
Version: 18.19.0+dfsg-6~deb12u2

Package: gcc-12
Status: deinstall ok config-files
Architecture: amd64
Version: 12.2.0-14
`;

const packageJson = (manifest: object) => JSON.stringify(manifest, null, 2);
const pythonMetadata = (headers: string) =>
  `Metadata-Version: 2.1\n${headers}\n\nLong description: License: GPL\n`;

const BASE: Record<string, MemoryEntry> = {
  "var/lib/dpkg/status": DPKG_STATUS,
  "usr/local/lib/python3.12/site-packages/Flask_Cors-4.0.1.dist-info/METADATA": pythonMetadata(
    "Name: Flask_Cors\nVersion: 4.0.1\nLicense: MIT",
  ),
  "usr/local/lib/python3.12/site-packages/torch-2.3.0+cpu.dist-info/METADATA": pythonMetadata(
    "Name: torch\nVersion: 2.3.0+cpu\nLicense-Expression: BSD-3-Clause\nLicense: BSD-3",
  ),
  "usr/lib/python3/dist-packages/zope.interface-6.4.dist-info/METADATA": pythonMetadata(
    "Name: zope.interface\nVersion: 6.4\nLicense: Copyright (c) Zope Foundation\n        All rights reserved.",
  ),
};

const DEPENDENCIES: Record<string, MemoryEntry> = {
  "app/node_modules/ms/package.json": packageJson({ name: "ms", version: "2.1.3", license: "MIT" }),
  "app/node_modules/debug/node_modules/ms/package.json": packageJson({ name: "ms", version: "2.0.0" }),
  "app/node_modules/other/node_modules/ms/package.json": packageJson({ name: "ms", version: "2.1.3" }),
  "app/node_modules/@fastify/busboy/package.json": packageJson({
    name: "@fastify/busboy",
    version: "2.1.1",
    license: "(MIT OR Apache-2.0)",
  }),
  "app/node_modules/string-width-cjs/package.json": packageJson({
    name: "string-width",
    version: "4.2.3",
    license: "SEE LICENSE IN LICENSE.md",
  }),
  "app/node_modules/debug/package.json": packageJson({
    name: "debug",
    version: "2.6.9",
    license: "UNLICENSED",
  }),
  "app/node_modules/debug/dist/package.json": packageJson({ type: "module" }),
  "app/node_modules/resolve/test/resolver/node_modules/foo/package.json": packageJson({
    name: "foo",
    version: "1.0.0",
  }),
  "app/node_modules/esm/package.json": packageJson({ name: "esm" }),
  "app/node_modules/broken/package.json": "{ not json",
};

const IMAGE = { name: "ghcr.io/acme/shop", version: "1.2.0", digest: `sha256:${"a".repeat(64)}` };
const CREATED = "2024-05-01T12:00:00Z";

function sbomOf(layers: LayerView[], image: { name: string; version?: string; digest?: string } = IMAGE) {
  return cycloneDxSbom({ filesystem: mergeLayers(layers), image, created: CREATED });
}

const layers = () => [
  memoryLayer("base", BASE, { fromBase: true }),
  memoryLayer("dependencies", DEPENDENCIES),
];

interface Bom {
  serialNumber: string;
  metadata: unknown;
  components: { purl: string; name: string; type: string; licenses?: unknown }[];
}

const parse = (sbom: string): Bom => JSON.parse(sbom);
const componentWithPurl = (bom: Bom, purl: string) =>
  bom.components.find((component) => component.purl === purl);

describe("cycloneDxSbom", () => {
  it("lists installed npm, Python and Debian packages by purl, sorted, each once", () => {
    expect(parse(sbomOf(layers())).components.map(({ purl }) => purl)).toEqual([
      "pkg:deb/debian/libc6@2.36-9%2Bdeb12u4?arch=amd64",
      "pkg:deb/debian/nodejs@18.19.0%2Bdfsg-6~deb12u2?arch=amd64",
      "pkg:deb/debian/tzdata@2024a-0%2Bdeb12u1?arch=all",
      "pkg:deb/debian/zlib1g@1%3A1.2.13.dfsg-1?arch=amd64",
      "pkg:npm/%40fastify/busboy@2.1.1",
      "pkg:npm/debug@2.6.9",
      "pkg:npm/ms@2.0.0",
      "pkg:npm/ms@2.1.3",
      "pkg:npm/string-width@4.2.3",
      "pkg:pypi/flask-cors@4.0.1",
      "pkg:pypi/torch@2.3.0%2Bcpu",
      "pkg:pypi/zope-interface@6.4",
    ]);
  });

  it("describes each component, with its license when one is known", () => {
    const bom = parse(sbomOf(layers()));
    expect(componentWithPurl(bom, "pkg:npm/%40fastify/busboy@2.1.1")).toEqual({
      type: "library",
      "bom-ref": "pkg:npm/%40fastify/busboy@2.1.1",
      name: "@fastify/busboy",
      version: "2.1.1",
      purl: "pkg:npm/%40fastify/busboy@2.1.1",
      licenses: [{ expression: "(MIT OR Apache-2.0)" }],
    });
    expect(componentWithPurl(bom, "pkg:deb/debian/zlib1g@1%3A1.2.13.dfsg-1?arch=amd64")).toEqual({
      type: "application",
      "bom-ref": "pkg:deb/debian/zlib1g@1%3A1.2.13.dfsg-1?arch=amd64",
      name: "zlib1g",
      version: "1:1.2.13.dfsg-1",
      purl: "pkg:deb/debian/zlib1g@1%3A1.2.13.dfsg-1?arch=amd64",
    });
    const licenses = (purl: string) => componentWithPurl(bom, purl)?.licenses;
    expect(licenses("pkg:npm/string-width@4.2.3")).toEqual([
      { license: { name: "SEE LICENSE IN LICENSE.md" } },
    ]);
    expect(licenses("pkg:npm/debug@2.6.9")).toBeUndefined();
    expect(licenses("pkg:pypi/flask-cors@4.0.1")).toEqual([{ license: { name: "MIT" } }]);
    expect(licenses("pkg:pypi/torch@2.3.0%2Bcpu")).toEqual([{ expression: "BSD-3-Clause" }]);
    expect(licenses("pkg:pypi/zope-interface@6.4")).toBeUndefined();
    expect(componentWithPurl(bom, "pkg:pypi/zope-interface@6.4")?.name).toBe("zope-interface");
  });

  it("describes the image and the tool that made the SBOM", () => {
    const bom = parse(sbomOf(layers()));
    expect(bom).toMatchObject({ bomFormat: "CycloneDX", specVersion: "1.5", version: 1 });
    expect(bom.metadata).toEqual({
      timestamp: CREATED,
      tools: [{ vendor: "quai", name: "build-minimal-image" }],
      component: {
        type: "container",
        name: "ghcr.io/acme/shop",
        version: "1.2.0",
        hashes: [{ alg: "SHA-256", content: "a".repeat(64) }],
      },
    });
    expect(parse(sbomOf(layers(), { name: "shop" })).metadata).toMatchObject({
      component: { type: "container", name: "shop" },
    });
  });

  it("reads a distroless image's per-package status files", () => {
    const distroless = memoryLayer(
      "base",
      {
        "var/lib/dpkg/status.d/base-files":
          "Package: base-files\nVersion: 12.4+deb12u5\nArchitecture: amd64\n",
        "var/lib/dpkg/status.d/base-files.md5sums": "d41d8cd98f00b204e9800998ecf8427e  etc/debian_version\n",
      },
      { fromBase: true },
    );
    expect(parse(sbomOf([distroless])).components.map(({ purl }) => purl)).toEqual([
      "pkg:deb/debian/base-files@12.4%2Bdeb12u5?arch=amd64",
    ]);
  });

  it("gives byte-identical output for the same files, whatever order the layers list them in", () => {
    const reversed = [
      memoryLayer("base", Object.fromEntries(Object.entries(BASE).reverse()), { fromBase: true }),
      memoryLayer("dependencies", Object.fromEntries(Object.entries(DEPENDENCIES).reverse())),
    ];
    expect(sbomOf(reversed)).toBe(sbomOf(layers()));
  });

  it("derives a UUID v5 serial number from the content, so other content gets another", () => {
    const { serialNumber } = parse(sbomOf(layers()));
    expect(serialNumber).toMatch(
      /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    const upgraded = memoryLayer("app", {
      "app/node_modules/ms/package.json": packageJson({ name: "ms", version: "2.1.4" }),
    });
    expect(parse(sbomOf([...layers(), upgraded])).serialNumber).not.toBe(serialNumber);
    expect(parse(sbomOf(layers(), { name: "ghcr.io/acme/other" })).serialNumber).not.toBe(serialNumber);
  });
});
