import {
  type ImageRef,
  InvalidValueError,
  isDigest,
  UserError,
  type Version,
  validateEnvironmentName,
  workspacePath,
} from "@quai/core";
import type { InputReader } from "@quai/github";

export const STRATEGIES = ["blue-green", "recreate"] as const;
export type Strategy = (typeof STRATEGIES)[number];

/** The inputs of action.yml, by their names there. */
export interface Inputs {
  environment: string;
  version?: Version;
  "image-ref"?: ImageRef;
  repository?: ImageRef;
  /** Absolute, inside the workspace. */
  config: string;
  target?: string;
  strategy?: Strategy;
  "health-path"?: string;
  "deploy-timeout"?: number;
  "lock-timeout": number;
  rollback: boolean;
  force: boolean;
  reason?: string;
  /** `github`, or the absolute path of a JSON file inside the workspace. */
  ledger: string;
  "github-token"?: string;
  "tls-ca"?: string;
  "tls-cert"?: string;
  "tls-key"?: string;
  "ssh-known-hosts"?: string;
  username?: string;
  password?: string;
  "insecure-registries": string[];
}

export function readInputs(read: InputReader): Inputs {
  const inputs: Inputs = {
    environment: validateEnvironmentName(read.required("environment")),
    version: read.version("version"),
    "image-ref": read.optional("image-ref") === undefined ? undefined : read.image("image-ref"),
    repository: read.optional("repository") === undefined ? undefined : read.repository("repository"),
    config: read.path("config", { fallback: "quai.yml" }),
    target: read.optional("target"),
    strategy: read.optional("strategy") === undefined ? undefined : read.choice("strategy", STRATEGIES),
    "health-path": read.optional("health-path"),
    "deploy-timeout":
      read.optional("deploy-timeout") === undefined ? undefined : read.duration("deploy-timeout"),
    "lock-timeout": read.duration("lock-timeout"),
    rollback: read.boolean("rollback"),
    force: read.boolean("force"),
    reason: read.optional("reason"),
    ledger: ledgerInput(read),
    "github-token": read.secret("github-token"),
    "tls-ca": read.optional("tls-ca"),
    "tls-cert": read.optional("tls-cert"),
    "tls-key": read.secret("tls-key"),
    "ssh-known-hosts": read.optional("ssh-known-hosts"),
    username: read.optional("username"),
    password: read.secret("password"),
    "insecure-registries": read.list("insecure-registries"),
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
  if ((inputs.username === undefined) !== (inputs.password === undefined)) {
    throw new UserError("Set both username and password, or neither", {
      hint: "Without them the runner's Docker config is used, else anonymous access",
    });
  }
  const tls = [inputs["tls-ca"], inputs["tls-cert"], inputs["tls-key"]];
  if (tls.some(Boolean) && !tls.every(Boolean)) {
    throw new UserError("Set tls-ca, tls-cert and tls-key together", {
      hint: "A tcp:// engine with TLS needs its CA and a client certificate and key",
    });
  }
  return inputs;
}

/** The ledger input: `github`, or a JSON file kept inside the workspace. */
function ledgerInput(read: InputReader): string {
  const ledger = read.optional("ledger") ?? "github";
  return ledger === "github" ? ledger : workspacePath("ledger", ledger);
}
