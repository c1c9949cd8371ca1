import { createRequire as __quaiCreateRequire } from "node:module";
import { dirname as __quaiDirname } from "node:path";
import { fileURLToPath as __quaiFileURLToPath } from "node:url";
const require = __quaiCreateRequire(import.meta.url);
const __filename = __quaiFileURLToPath(import.meta.url);
const __dirname = __quaiDirname(__filename);

// packages/core/src/platform.ts
var ARCHITECTURE_ALIASES = {
  x86_64: "amd64",
  x86: "386",
  i386: "386",
  i686: "386",
  aarch64: "arm64",
  armhf: "arm",
  armel: "arm",
  armv7l: "arm",
  armv6l: "arm",
  ppc64el: "ppc64le"
};
var DEFAULT_VARIANTS = { arm64: "v8" };
function formatPlatform(platform) {
  return [platform.os, platform.architecture, platform.variant].filter(Boolean).join("/");
}
function enginePlatform(info) {
  const architecture = info.Architecture ?? "amd64";
  const normalized = ARCHITECTURE_ALIASES[architecture] ?? architecture;
  return {
    os: info.OSType ?? "linux",
    architecture: normalized,
    variant: architecture.startsWith("armv") ? architecture.slice(3, 5) : void 0
  };
}
function samePlatform(a, b) {
  const variant = (platform) => platform.variant ?? DEFAULT_VARIANTS[platform.architecture];
  return a.os === b.os && a.architecture === b.architecture && variant(a) === variant(b);
}

export {
  formatPlatform,
  enginePlatform,
  samePlatform
};
