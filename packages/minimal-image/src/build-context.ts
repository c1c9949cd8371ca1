import { lstatSync, readdirSync, readFileSync, readlinkSync } from "node:fs";
import { join } from "node:path";
import dockerignore from "@balena/dockerignore";

/** A file of the build context, as it goes into the compile container. */
export interface ContextEntry {
  path: string;
  type: "file" | "directory" | "symlink";
  mode: number;
  content?: Buffer;
  linkname?: string;
}

// Never part of an image, whatever .dockerignore says: history and secrets of the checkout.
const ALWAYS_IGNORED = [".git"];

/**
 * The files of `context` that a build may see: everything but what `.dockerignore` excludes
 * (Docker's own rules, `!` exceptions included) and `extraIgnores` (e.g. a local node_modules
 * that the compile side rebuilds). Sorted, so the same tree always gives the same list.
 */
export function readBuildContext(context: string, extraIgnores: readonly string[] = []): ContextEntry[] {
  const rules = dockerignore().add([...ALWAYS_IGNORED, ...extraIgnores, ...readDockerignore(context)]);
  const entries: ContextEntry[] = [];
  const walk = (relative: string) => {
    for (const name of readdirSync(join(context, relative)).sort()) {
      const path = relative ? `${relative}/${name}` : name;
      const stat = lstatSync(join(context, path));
      const ignored = rules.ignores(path);
      if (stat.isDirectory()) {
        // A directory may be ignored while a `!` rule brings back something inside it.
        if (!ignored) entries.push({ path, type: "directory", mode: stat.mode & 0o7777 });
        walk(path);
      } else if (!ignored && stat.isSymbolicLink()) {
        entries.push({ path, type: "symlink", mode: 0o777, linkname: readlinkSync(join(context, path)) });
      } else if (!ignored && stat.isFile()) {
        entries.push({
          path,
          type: "file",
          mode: stat.mode & 0o7777,
          content: readFileSync(join(context, path)),
        });
      }
    }
  };
  walk("");
  return entries;
}

function readDockerignore(context: string): string[] {
  try {
    return readFileSync(join(context, ".dockerignore"), "utf8").split(/\r?\n/);
  } catch {
    return [];
  }
}
