import {
  type ImageRef,
  InvalidValueError,
  isDigest,
  UserError,
  type Version,
  validateEnvironmentName,
} from "@quai/core";
import type { Strategy } from "@quai/deploy";
import { type InputReader, readTargetInputs, type TargetInputs } from "@quai/github";

export const STRATEGIES: readonly Strategy[] = ["blue-green", "recreate"];

/** The inputs of action.yml, by their names there (those shared with auto-rollback-on-drift in TargetInputs). */
export interface Inputs extends TargetInputs {
  environment: string;
  version?: Version;
  "image-ref"?: ImageRef;
  repository?: ImageRef;
  strategy?: Strategy;
  "health-path"?: string;
  "deploy-timeout"?: number;
  rollback: boolean;
  force: boolean;
  reason?: string;
}

export function readInputs(read: InputReader): Inputs {
  const inputs: Inputs = {
    environment: validateEnvironmentName(read.required("environment")),
    version: read.version("version"),
    "image-ref": read.optional("image-ref") === undefined ? undefined : read.image("image-ref"),
    repository: read.optional("repository") === undefined ? undefined : read.repository("repository"),
    strategy: read.optional("strategy") === undefined ? undefined : read.choice("strategy", STRATEGIES),
    "health-path": read.optional("health-path"),
    "deploy-timeout":
      read.optional("deploy-timeout") === undefined ? undefined : read.duration("deploy-timeout"),
    rollback: read.boolean("rollback"),
    force: read.boolean("force"),
    reason: read.optional("reason"),
    ...readTargetInputs(read),
  };
  const imageRef = inputs["image-ref"];
  if (inputs.version && imageRef) {
    throw new UserError("Set version or image-ref, not both", {
      hint: "A version is looked up in repository; an image-ref names the digest itself",
    });
  }
  if (imageRef && !(imageRef.digest && isDigest(imageRef.digest))) {
    throw new InvalidValueError("image-ref", read.optional("image-ref") ?? "", "it has no digest", {
      hint: "Deploy registry/name@sha256:… (the digest output of push-versioned), never a tag that can move",
    });
  }
  if (!inputs.rollback && !inputs.version && !imageRef) {
    throw new UserError("Say what to deploy: version, image-ref, or rollback: true", {
      hint: "version is looked up in repository (or quai.yml's repository)",
    });
  }
  if (inputs.force && !inputs.reason) {
    throw new UserError("force needs a reason", {
      hint: "Say why with reason: …; it is recorded in the ledger",
    });
  }
  return inputs;
}
