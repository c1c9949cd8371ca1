#!/usr/bin/env node
// The bundle (npm run build -w @quai/cli) starts fast. In a checkout without it, or with one
// older than a source file of the CLI, the TypeScript sources run through tsx, as the
// repository's scripts do, so an edit is never hidden behind a stale bundle.
import { existsSync, readdirSync, statSync } from "node:fs";

const bundle = new URL("../dist/quai.js", import.meta.url);
const sources = new URL("../src/", import.meta.url);

function bundleIsCurrent() {
  if (!existsSync(bundle)) return false;
  if (!existsSync(sources)) return true;
  const built = statSync(bundle).mtimeMs;
  return readdirSync(sources, { recursive: true }).every(
    (file) => statSync(new URL(file, sources)).mtimeMs <= built,
  );
}

if (bundleIsCurrent()) {
  await import(bundle.href);
} else {
  const { register } = await import("tsx/esm/api");
  register();
  await import(new URL("main.ts", sources).href);
}
