import { UserError } from "@quai/core";
import { describe, expect, it } from "vitest";
import { nodeDevOnlyPaths } from "./node-dev-dependencies";

// Trimmed from a real `npm install` (npm 10) of express with typescript, vitest and a workspace.
const LOCKFILE_V3 = JSON.stringify({
  name: "shop",
  version: "1.0.0",
  lockfileVersion: 3,
  requires: true,
  packages: {
    "": {
      name: "shop",
      version: "1.0.0",
      workspaces: ["packages/lib"],
      dependencies: { express: "^4.19.2" },
      devDependencies: { "@types/node": "^20.14.0", typescript: "^5.4.5", vitest: "^1.6.0" },
    },
    "node_modules/@types/node": { version: "20.14.2", dev: true },
    "node_modules/@esbuild/linux-x64": {
      version: "0.20.2",
      cpu: ["x64"],
      dev: true,
      optional: true,
      os: ["linux"],
    },
    "node_modules/debug": { version: "2.6.9", dependencies: { ms: "2.0.0" } },
    "node_modules/express": { version: "4.19.2", dependencies: { debug: "2.6.9" } },
    "node_modules/fsevents": { version: "2.3.3", devOptional: true, optional: true, os: ["darwin"] },
    "node_modules/lib": { resolved: "packages/lib", link: true },
    "node_modules/ms": { version: "2.0.0" },
    "node_modules/typescript": { version: "5.4.5", dev: true, bin: { tsc: "bin/tsc" } },
    "node_modules/vitest": { version: "1.6.0", dev: true },
    "node_modules/vitest/node_modules/ms": { version: "2.1.3", dev: true },
    "packages/lib": { version: "0.1.0" },
    "packages/lib/node_modules/typescript": { version: "5.3.3", dev: true },
  },
});

function refusalOf(action: () => unknown): UserError {
  try {
    action();
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error("expected a UserError, and nothing was thrown");
}

describe("nodeDevOnlyPaths", () => {
  it("lists the dev-only packages as image paths, outermost directories only", () => {
    expect(nodeDevOnlyPaths(LOCKFILE_V3, "app")).toEqual([
      "app/node_modules/@esbuild/linux-x64",
      "app/node_modules/@types/node",
      "app/node_modules/typescript",
      "app/node_modules/vitest",
      "app/packages/lib/node_modules/typescript",
    ]);
  });

  it("keeps devOptional packages, which an optional production dependency may need", () => {
    expect(nodeDevOnlyPaths(LOCKFILE_V3, "app")).not.toContain("app/node_modules/fsevents");
  });

  it("places the paths under the app root however it is spelled", () => {
    expect(nodeDevOnlyPaths(LOCKFILE_V3, "/srv/app/")[0]).toBe("srv/app/node_modules/@esbuild/linux-x64");
    expect(nodeDevOnlyPaths(LOCKFILE_V3, "")[0]).toBe("node_modules/@esbuild/linux-x64");
  });

  it("refuses a lockfile v1, which cannot tell dev-only packages apart", () => {
    const v1 = JSON.stringify({
      lockfileVersion: 1,
      dependencies: { typescript: { version: "5.4.5", dev: true } },
    });
    expect(refusalOf(() => nodeDevOnlyPaths(v1, "app"))).toMatchObject({
      message: 'package-lock.json (lockfileVersion 1) has no "packages" map to tell dev-only packages apart',
      hint: expect.stringContaining("npm 7 or later"),
    });
  });

  it("refuses a lockfile that is not JSON", () => {
    expect(() => nodeDevOnlyPaths("<<<<<<< HEAD", "app")).toThrowError("package-lock.json is not valid JSON");
  });
});
