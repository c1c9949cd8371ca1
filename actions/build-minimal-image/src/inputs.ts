import { readFileSync, statSync } from "node:fs";
import { dirname } from "node:path";
import { InvalidValueError, type Platform, parseImageRef, parsePlatform, workspacePath } from "@quai/core";
import type { InputReader } from "@quai/github";
import type { RecipeChoice } from "@quai/minimal-image";

/** The recipe input's choices: recipe names, not the recipes (those are the package's Recipe objects). */
export const RECIPE_CHOICES: readonly RecipeChoice[] = ["auto", "node", "python", "static", "dockerfile"];

/** The inputs of action.yml, by their names there. */
export interface Inputs {
  /** Absolute, inside the workspace. */
  context: string;
  recipe: RecipeChoice;
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
  /** Absolute: inside the workspace, or under RUNNER_TEMP when given absolute. */
  output?: string;
  /** Absolute, a PEM bundle of certificates: inside the workspace, or under RUNNER_TEMP or /etc/ssl/certs. */
  "ca-certificates"?: string;
  "build-env": Record<string, string>;
  "cache-dir"?: string;
  "dependency-cache": boolean;
}

/** The host's CA bundle, mounted when ca-certificates is empty. */
export const HOST_CA_BUNDLE = "/etc/ssl/certs/ca-certificates.crt";

const DEBIAN_PACKAGE = /^[a-z0-9][a-z0-9+.-]+(=[A-Za-z0-9.+:~-]+)?$/;

export function readInputs(read: InputReader): Inputs {
  const inputs: Inputs = {
    context: read.path("context", { fallback: "." }),
    recipe: read.choice("recipe", RECIPE_CHOICES),
    processes: read.optional("processes") ?? "",
    "build-packages": packages(read, "build-packages"),
    "run-packages": packages(read, "run-packages"),
    "base-image": imageRef(read, "base-image"),
    "builder-image": imageRef(read, "builder-image"),
    image: localImageName(read, "image"),
    user: read.integer("user", { min: 1, max: 2_147_483_647 }),
    labels: read.keyValues("labels"),
    platforms: onePlatform(read.list("platforms")),
    output: read.path("output", { allowRunnerTemp: true }),
    "ca-certificates": caBundle(read),
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

/**
 * The ca-certificates input: mounted where the app's install scripts can read it, so it must be
 * a PEM bundle of certificates (at least one, and no private key), inside the workspace, or under
 * RUNNER_TEMP or the host's certificate folder.
 */
function caBundle(read: InputReader): string | undefined {
  const value = read.optional("ca-certificates");
  if (value === undefined) return undefined;
  const path = workspacePath("ca-certificates", value, {
    allowRunnerTemp: true,
    allowUnder: [dirname(HOST_CA_BUNDLE)],
  });
  const refuse = (why: string) =>
    new InvalidValueError("ca-certificates", value, why, {
      hint: "Point it at a PEM file of CA certificates (-----BEGIN CERTIFICATE-----), such as /etc/ssl/certs/ca-certificates.crt",
    });
  const kind = statSync(path, { throwIfNoEntry: false });
  if (!kind) throw refuse("no such file");
  if (!kind.isFile()) throw refuse("not a file");
  const pem = readFileSync(path, "latin1");
  if (/-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----/.test(pem)) throw refuse("it holds a private key");
  if (!pem.includes("-----BEGIN CERTIFICATE-----")) throw refuse("it holds no PEM certificate");
  return path;
}

/** Debian package names, refused before they reach a shell. */
function packages(read: InputReader, name: string): string[] {
  const list = read.list(name).flatMap((item) => item.split(/\s+/));
  const bad = list.find((item) => !DEBIAN_PACKAGE.test(item));
  if (bad !== undefined) throw new InvalidValueError(name, bad, "not a Debian package name");
  return list;
}
