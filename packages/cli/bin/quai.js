#!/usr/bin/env node
// The bundle (npm run build -w @quai/cli) starts fast; in a checkout without it, the TypeScript
// sources run through tsx, as the repository's scripts do.
import { existsSync } from "node:fs";

const bundle = new URL("../dist/quai.js", import.meta.url);
if (existsSync(bundle)) {
  await import(bundle.href);
} else {
  const { register } = await import("tsx/esm/api");
  register();
  await import(new URL("../src/main.ts", import.meta.url).href);
}
