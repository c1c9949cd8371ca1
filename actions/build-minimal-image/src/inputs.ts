import { InvalidValueError, type Platform, parseImageRef, parsePlatform } from "@quai/core";
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
    "base-image": imageRef(read, "base-image"),
    "builder-image": imageRef(read, "builder-image"),
    image: localImageName(read, "image"),
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

/** An image to pull or use, refused before it reaches the engine's API (where it is a URL path). */
function imageRef(read: InputReader, name: string): string | undefined {
  const value = read.optional(name);
  if (value !== undefined) parseImageRef(value, name);
  return value;
}

const LOCAL_NAME_HINT =
  "Use a lower-case name with an optional tag, as docker tag takes it: my-app:1.0 or ghcr.io/acme/app";

/**
 * The name:tag the image is loaded as, by Docker's rules (lower-case repository path components,
 * an optional tag), refused before the build rather than by the engine after it; `docker load`
 * needs a tag, so a name without one gets `:latest`, as `docker tag` gives it.
 */
function localImageName(read: InputReader, name: string): string | undefined {
  const value = read.optional(name);
  if (value === undefined) return undefined;
  const ref = parseImageRef(value, name, LOCAL_NAME_HINT);
  if (ref.digest) {
    throw new InvalidValueError(
      name,
      value,
      "a digest is the build's output, not a name to load the image as",
      {
        hint: LOCAL_NAME_HINT,
      },
    );
  }
  return ref.tag ? value : `${value}:latest`;
}

/** Debian package names, refused before they reach a shell. */
function packages(read: InputReader, name: string): string[] {
  const list = read.list(name).flatMap((item) => item.split(/\s+/));
  const bad = list.find((item) => !DEBIAN_PACKAGE.test(item));
  if (bad !== undefined) throw new InvalidValueError(name, bad, "not a Debian package name");
  return list;
}
