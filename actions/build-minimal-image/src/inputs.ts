import { InvalidValueError, type Platform, parsePlatform } from "@quai/core";
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
  /** One platform per build; undefined builds the engine's own. */
  platforms?: Platform;
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
    platforms: onePlatform(read.list("platforms")),
    output: read.optional("output"),
    "ca-certificates": read.optional("ca-certificates"),
    "build-env": read.keyValues("build-env"),
    "cache-dir": read.optional("cache-dir"),
    "dependency-cache": read.boolean("dependency-cache"),
  };
  return inputs;
}

/** A build makes one platform's image: several come from a matrix, one job per platform. */
function onePlatform(list: string[]): Platform | undefined {
  const platforms = list
    .flatMap((item) => item.split(","))
    .map((item) => item.trim())
    .filter(Boolean);
  if (platforms.length > 1) {
    throw new InvalidValueError("platforms", platforms.join(","), "a build makes one platform's image", {
      hint: "Build each platform in its own job (a matrix over platforms), on a runner of that platform where the app compiles native code",
    });
  }
  return platforms[0] === undefined ? undefined : parsePlatform(platforms[0], "platforms");
}

/** Debian package names, refused before they reach a shell. */
function packages(read: InputReader, name: string): string[] {
  const list = read.list(name).flatMap((item) => item.split(/\s+/));
  const bad = list.find((item) => !DEBIAN_PACKAGE.test(item));
  if (bad !== undefined) throw new InvalidValueError(name, bad, "not a Debian package name");
  return list;
}
