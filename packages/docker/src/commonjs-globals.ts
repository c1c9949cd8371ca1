// Bundled as ESM (ncc), CommonJS dependencies lose __dirname and __filename; ssh2, which
// dockerode loads for ssh:// engines, reads __dirname while it loads. The bundle is one file, so
// its own folder is what those modules would have seen. Imported first by this package's index.
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";

const globals = globalThis as { __dirname?: string; __filename?: string };
globals.__filename ??= fileURLToPath(import.meta.url);
globals.__dirname ??= dirname(globals.__filename);
