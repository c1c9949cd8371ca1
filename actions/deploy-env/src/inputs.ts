import { type ImageRef, UserError, type Version, validateEnvironmentName } from "@quai/core";
import type { InputReader } from "@quai/github";

export const STRATEGIES = ["blue-green", "recreate"] as const;
export type Strategy = (typeof STRATEGIES)[number];

/** The inputs of action.yml, by their names there. */
export interface Inputs {
  environment: string;
  version?: Version;
  "image-ref"?: ImageRef;
  repository?: ImageRef;
  config: string;
  target?: string;
  strategy?: Strategy;
  "health-path"?: string;
  "deploy-timeout": number;
  rollback: boolean;
  force: boolean;
  reason?: string;
  "github-token"?: string;
  username?: string;
  password?: string;
}

export function readInputs(read: InputReader): Inputs {
  const inputs: Inputs = {
    environment: validateEnvironmentName(read.required("environment")),
    version: read.version("version"),
    "image-ref": read.optional("image-ref") === undefined ? undefined : read.image("image-ref"),
    repository: read.optional("repository") === undefined ? undefined : read.image("repository"),
    config: read.optional("config") ?? "quai.yml",
    target: read.optional("target"),
    strategy: read.optional("strategy") === undefined ? undefined : read.choice("strategy", STRATEGIES),
    "health-path": read.optional("health-path"),
    "deploy-timeout": read.duration("deploy-timeout"),
    rollback: read.boolean("rollback"),
    force: read.boolean("force"),
    reason: read.optional("reason"),
    "github-token": read.secret("github-token"),
    username: read.optional("username"),
    password: read.secret("password"),
  };
  if (inputs.version && inputs["image-ref"]) {
    throw new UserError("Set version or image-ref, not both", {
      hint: "A version is looked up in repository",
    });
  }
  if (inputs.force && !inputs.reason) {
    throw new UserError("force needs a reason", {
      hint: "Say why with reason: …; it is recorded in the ledger",
    });
  }
  return inputs;
}
