import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { UserError } from "@quai/core";

export type RecipeName = "node" | "python" | "static" | "dockerfile";
/** What the recipe input names: a recipe (its RecipeName), or auto to detect one from the context. */
export type RecipeChoice = RecipeName | "auto";

const NODE_LOCKFILES = ["package-lock.json", "npm-shrinkwrap.json"];

/**
 * The recipe a context asks for. Language recipes come before a Dockerfile: a minimal image
 * built by quai is the point, and `recipe: dockerfile` is there for the user who wants theirs.
 */
export function detectRecipe(context: string): RecipeName {
  const has = (name: string) => existsSync(join(context, name));
  if (has("package.json")) {
    requireNodeLockfile(context);
    return "node";
  }
  if (has("pyproject.toml") || has("requirements.txt")) return "python";
  if (has("Dockerfile")) return "dockerfile";
  if (has("Procfile")) return "static";
  throw new UserError(`No recognisable app in ${context}`, {
    hint: "Expected package.json with package-lock.json (node), pyproject.toml or requirements.txt (python), a Dockerfile, or a Procfile beside files to ship (static); or set recipe",
  });
}

/** `npm ci` needs a lockfile, and a reproducible image needs `npm ci`. */
export function requireNodeLockfile(context: string): string {
  const lockfile = NODE_LOCKFILES.find((name) => existsSync(join(context, name)));
  if (!lockfile) {
    throw new UserError(`${join(context, "package.json")} has no lockfile beside it`, {
      hint: "Run npm install and commit package-lock.json: the build installs exactly what it pins (npm ci)",
      location: { file: join(context, "package.json") },
    });
  }
  return lockfile;
}

/** The parts of a node app's package.json the build reads, and its bytes. */
export interface NodePackage {
  bytes: Buffer;
  scripts: Record<string, unknown>;
}

export function readNodePackage(context: string): NodePackage {
  const path = join(context, "package.json");
  const bytes = readFileSync(path);
  let parsed: { scripts?: unknown } | null;
  try {
    parsed = JSON.parse(bytes.toString("utf8"));
  } catch (error) {
    throw new UserError(`${path} is not valid JSON`, { location: { file: path }, cause: error });
  }
  const scripts = parsed?.scripts;
  return {
    bytes,
    scripts: typeof scripts === "object" && scripts !== null ? (scripts as Record<string, unknown>) : {},
  };
}
