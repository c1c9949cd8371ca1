import { InvalidValueError } from "@quai/core";
import type { InputReader } from "@quai/github";

export const RECIPES = ["auto", "node", "python", "static", "dockerfile"] as const;
export type Recipe = (typeof RECIPES)[number];

/** The inputs of action.yml, by their names there. */
export interface Inputs {
  context: string;
  recipe: Recipe;
  processes: string[];
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
}

export function readInputs(read: InputReader): Inputs {
  const inputs: Inputs = {
    context: read.optional("context") ?? ".",
    recipe: read.choice("recipe", RECIPES),
    processes: read.list("processes"),
    "build-packages": read.list("build-packages"),
    "run-packages": read.list("run-packages"),
    "base-image": read.optional("base-image"),
    "builder-image": read.optional("builder-image"),
    image: read.optional("image"),
    user: read.integer("user", { min: 1, max: 2_147_483_647 }),
    labels: read.keyValues("labels"),
    platforms: read.list("platforms"),
    output: read.optional("output"),
    "ca-certificates": read.optional("ca-certificates"),
  };
  const unsupported = inputs.platforms.filter((platform) => platform !== "linux/amd64");
  if (unsupported.length > 0) {
    throw new InvalidValueError("platforms", unsupported.join(","), "only linux/amd64 is built so far");
  }
  return inputs;
}
