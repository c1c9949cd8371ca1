import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { UserError } from "@quai/core";
import { readTarFile } from "@quai/oci";
import type { BuildEngine } from "./build-engine";

/**
 * The two static binaries quai images carry: tini as PID 1 in every one, and busybox, the shell
 * of scratch images only.
 */
export interface RuntimeTools {
  tini: Buffer;
  busybox: Buffer;
  /**
   * The control fields of the Debian packages they come from, by package name: the image records
   * them in /var/lib/dpkg/status.d/ as distroless images do, so the SBOM and any scanner see them.
   */
  packages: Record<ToolPackage, Buffer>;
}

const TOOL_PACKAGES = ["tini", "busybox-static"] as const;
type ToolPackage = (typeof TOOL_PACKAGES)[number];

/** The cache entry's files; the entry is complete when each is there (older quai wrote fewer). */
const CACHED_FILES = ["tini", "busybox", ...TOOL_PACKAGES.map((name) => `${name}.control`)];

// Fetched from Debian's own packages with the builder image's apt: nothing to trust beyond the
// distribution the builder already is.
const FETCH_SCRIPT = `set -eu
command -v apt-get >/dev/null || { echo "quai: the builder image has no apt-get" >&2; exit 3; }
apt-get update -qq
mkdir -p /tmp/quai /out && cd /tmp/quai
apt-get download -qq -o APT::Sandbox::User=root tini busybox-static
dpkg-deb -x tini_*.deb tini && cp tini/usr/bin/tini-static /out/tini
dpkg-deb -x busybox-static_*.deb busybox && cp busybox/bin/busybox /out/busybox
dpkg-deb -f tini_*.deb > /out/tini.control
dpkg-deb -f busybox-static_*.deb > /out/busybox-static.control
`;

/**
 * tini-static and busybox-static with their packages' control fields, from the cache when this
 * builder already gave them, else fetched once in a container from it. Keyed by the builder's
 * image id, so the same builder always yields the same bytes, and so the same image digest.
 */
export async function runtimeTools(
  engine: Pick<BuildEngine, "runScript">,
  builder: { ref: string; id: string },
  options: {
    cacheDir: string;
    labels: Record<string, string>;
    env: string[];
    binds: string[];
    onLog?: (line: string) => void;
  },
): Promise<RuntimeTools> {
  const dir = join(options.cacheDir, "runtime-tools", builder.id.replace(/^sha256:/, ""));
  if (!CACHED_FILES.every((name) => existsSync(join(dir, name)))) {
    const {
      outputs: [archive],
    } = await engine
      .runScript({
        what: `Fetching tini and busybox-static with ${builder.ref}`,
        image: builder.ref,
        script: FETCH_SCRIPT,
        env: options.env,
        binds: options.binds,
        labels: options.labels,
        outputs: ["/out"],
        onLog: options.onLog,
      })
      .catch((error: unknown) => {
        throw new UserError(`Could not fetch tini and busybox-static with the builder image ${builder.ref}`, {
          hint: "quai takes them from Debian's packages: use a Debian-based builder-image that reaches its package mirror",
          cause: error,
        });
      });
    if (!archive) throw new UserError("The runtime tools container returned nothing");
    const staging = `${dir}.partial-${process.pid}`;
    mkdirSync(staging, { recursive: true });
    for (const name of CACHED_FILES) {
      const content = await readTarFile(archive, name);
      if (!content) throw new UserError(`The runtime tools container did not produce ${name}`);
      writeFileSync(join(staging, name), content);
    }
    mkdirSync(join(options.cacheDir, "runtime-tools"), { recursive: true });
    // An entry an older quai left without the control files makes way for the complete one.
    rmSync(dir, { recursive: true, force: true });
    renameSync(staging, dir);
  }
  const read = (name: string) => readFileSync(join(dir, name));
  return {
    tini: read("tini"),
    busybox: read("busybox"),
    packages: { tini: read("tini.control"), "busybox-static": read("busybox-static.control") },
  };
}
