import { existsSync, mkdirSync, mkdtempSync, readdirSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createLayer, tarFromEntries } from "@quai/oci";
import { describe, expect, it } from "vitest";
import {
  keepInstall,
  keptInstall,
  type NodeInstallSetting,
  nodeDependencyKey,
} from "./node-dependency-cache";

const SETTING: NodeInstallSetting = {
  builderId: "sha256:builder",
  compileScript: "npm ci",
  buildPackages: [],
  buildEnv: {},
};

/** An app with a package.json and a v3 lockfile; `lockPackages` is the lockfile's packages map. */
function app(
  options: { scripts?: Record<string, string>; lockPackages?: Record<string, object>; npmrc?: string } = {},
): string {
  const dir = mkdtempSync(join(tmpdir(), "quai-node-cache-app-"));
  const packageJson = { name: "app", version: "1.0.0", scripts: options.scripts ?? { build: "tsc" } };
  writeFileSync(join(dir, "package.json"), JSON.stringify(packageJson));
  const packages = { "": { name: "app" }, "node_modules/ms": { version: "2.1.3" }, ...options.lockPackages };
  writeFileSync(join(dir, "package-lock.json"), JSON.stringify({ lockfileVersion: 3, packages }));
  if (options.npmrc !== undefined) writeFileSync(join(dir, ".npmrc"), options.npmrc);
  mkdirSync(join(dir, "src"));
  writeFileSync(join(dir, "src/server.ts"), "export {};\n");
  return dir;
}

const keyOf = (dir: string, setting: NodeInstallSetting = SETTING) => {
  const result = nodeDependencyKey(dir, "package-lock.json", setting);
  if (!("key" in result)) throw new Error(`not cacheable: ${result.uncacheable}`);
  return result.key;
};

describe("nodeDependencyKey", () => {
  it("stays the same when only the code changes", () => {
    const dir = app();
    const before = keyOf(dir);
    writeFileSync(join(dir, "src/server.ts"), "export const changed = true;\n");
    expect(keyOf(dir)).toBe(before);
  });

  it("changes with package.json, the lockfile, .npmrc, the builder, the compile script, build-packages and build-env", () => {
    const keys = [
      keyOf(app()),
      keyOf(app({ scripts: { build: "tsc -p ." } })),
      keyOf(app({ lockPackages: { "node_modules/left-pad": { version: "1.3.0" } } })),
      keyOf(app({ npmrc: "registry=https://npm.example/\n" })),
      keyOf(app(), { ...SETTING, builderId: "sha256:other-builder" }),
      keyOf(app(), { ...SETTING, compileScript: "npm ci --ignore-scripts" }),
      keyOf(app(), { ...SETTING, buildPackages: ["libpq-dev"] }),
      keyOf(app(), { ...SETTING, buildEnv: { npm_config_registry: "https://npm.example/" } }),
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("refuses to cache when a package runs an install script, naming it", () => {
    const dir = app({
      lockPackages: { "node_modules/@prisma/client": { version: "5.0.0", hasInstallScript: true } },
    });
    expect(nodeDependencyKey(dir, "package-lock.json", SETTING)).toEqual({
      uncacheable: "@prisma/client run install scripts",
    });
  });

  it("refuses to cache when the app has its own install lifecycle script", () => {
    const dir = app({ scripts: { build: "tsc", prepare: "node scripts/generate.js" } });
    expect(nodeDependencyKey(dir, "package-lock.json", SETTING)).toEqual({
      uncacheable: "package.json has a prepare script",
    });
  });
});

describe("keepInstall and keptInstall", () => {
  const production = async (name: string) =>
    createLayer(
      await tarFromEntries(
        [{ path: `app/node_modules/${name}`, type: "file", mode: 0o644, content: name }],
        1,
      ),
    );

  it("gives back what was kept, byte for byte", async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), "quai-node-cache-"));
    expect(keptInstall(cacheDir, "k1")).toBeUndefined();
    const layer = await production("ms");
    keepInstall(cacheDir, "k1", { developmentTar: Buffer.from("dev tree"), production: layer });
    const kept = keptInstall(cacheDir, "k1");
    expect(kept?.developmentTar.toString()).toBe("dev tree");
    expect(kept?.production.digest).toBe(layer.digest);
    expect(kept?.production.gzip.equals(layer.gzip)).toBe(true);
  });

  it("keeps the three most recently used entries", async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), "quai-node-cache-"));
    const layer = await production("ms");
    const ageBy = (key: string, seconds: number) => {
      const time = new Date(Date.now() - seconds * 1000);
      utimesSync(join(cacheDir, "node-dependencies", key, "entry.json"), time, time);
    };
    for (const [index, key] of ["old", "older", "used"].entries()) {
      keepInstall(cacheDir, key, { developmentTar: Buffer.from(key), production: layer });
      ageBy(key, 100 * (index + 1));
    }
    keptInstall(cacheDir, "used"); // now the most recently used
    keepInstall(cacheDir, "new", { developmentTar: Buffer.from("new"), production: layer });
    expect(readdirSync(join(cacheDir, "node-dependencies")).sort()).toEqual(["new", "old", "used"]);
    expect(existsSync(join(cacheDir, "node-dependencies", "older"))).toBe(false);
  });
});
