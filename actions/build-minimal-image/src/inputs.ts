import { InvalidValueError } from "@quai/core";
import type { InputReader } from "@quai/github";

export const RECIPES = ["auto", "node", "python", "static", "dockerfile"] as const;
export type Recipe = (typeof RECIPES)[number];

/** The inputs of action.yml, by their names there. */
export interface Inputs {
  context: string;
  recipe: Recipe;
  processes: string;
  "build-packages": string[];
  "run-packages": string[];
  "base-image"?: string;
  "builder-image"?: string;
  image?: string;
  user: number;
  labels: Record<string, string>;
  platforms: string[];
  output?: string;
  "ca-certificates"?: string;
  "build-env": Record<string, string>;
  "cache-dir"?: string;
  "dependency-cache": boolean;
}

const DEBIAN_PACKAGE = /^[a-z0-9][a-z0-9+.-]+(=[A-Za-z0-9.+:~-]+)?$/;

export function readInputs(read: InputReader): Inputs {
  const inputs: Inputs = {
    context: read.optional("context") ?? ".",
    recipe: read.choice("recipe", RECIPES),
    processes: read.optional("processes") ?? "",
    "build-packages": packages(read, "build-packages"),
    "run-packages": packages(read, "run-packages"),
    "base-image": read.optional("base-image"),
    "builder-image": read.optional("builder-image"),
    image: read.optional("image"),
    user: read.integer("user", { min: 1, max: 2_147_483_647 }),
    labels: read.keyValues("labels"),
    platforms: read.list("platforms"),
    output: read.optional("output"),
    "ca-certificates": read.optional("ca-certificates"),
    "build-env": read.keyValues("build-env"),
    "cache-dir": read.optional("cache-dir"),
    "dependency-cache": read.boolean("dependency-cache"),
  };
  const unsupported = inputs.platforms.filter((platform) => platform !== "linux/amd64");
  if (unsupported.length > 0) {
    throw new InvalidValueError("platforms", unsupported.join(","), "only linux/amd64 is built so far");
  }
  return inputs;
}

/** Debian package names, refused before they reach a shell. */
function packages(read: InputReader, name: string): string[] {
  const list = read.list(name).flatMap((item) => item.split(/\s+/));
  const bad = list.find((item) => !DEBIAN_PACKAGE.test(item));
  if (bad !== undefined) throw new InvalidValueError(name, bad, "not a Debian package name");
  return list;
}
