// The inputs deploy-env and auto-rollback-on-drift share, by the same names: where quai.yml is,
// how to reach the target and the registry, and which ledger to keep. Read and turned into the
// deploy library's options once, here, so both actions mean the same by them.
import * as core from "@actions/core";
import { UserError, workspacePath } from "@quai/core";
import type { InputReader } from "./inputs";

export interface TargetInputs {
  /** Absolute, inside the workspace. */
  config: string;
  target?: string;
  "lock-timeout": number;
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

export function readTargetInputs(read: InputReader): TargetInputs {
  const inputs: TargetInputs = {
    config: read.path("config", { fallback: "quai.yml" }),
    target: read.optional("target"),
    "lock-timeout": read.duration("lock-timeout"),
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

/** How to reach the engine: the TLS client material of a tcp:// target, the SSH hosts of an ssh:// one. */
export function engineMaterial(inputs: TargetInputs) {
  const [ca, cert, key] = [inputs["tls-ca"], inputs["tls-cert"], inputs["tls-key"]];
  return {
    tls: ca && cert && key ? { ca, cert, key } : undefined,
    knownHosts: inputs["ssh-known-hosts"],
  };
}

/**
 * A run a person started (workflow_dispatch) is a deploy by hand; any other trigger (push,
 * workflow_run, schedule) is automatic, and waits while an automatic rollback holds the environment.
 */
export function startedByEvent(env: NodeJS.ProcessEnv): boolean {
  return env.GITHUB_EVENT_NAME !== undefined && env.GITHUB_EVENT_NAME !== "workflow_dispatch";
}

/** The parts of the deploy library's options that come from these inputs and the runner. */
export function targetOptions(inputs: TargetInputs, env: NodeJS.ProcessEnv = process.env) {
  const { username, password } = inputs;
  return {
    config: inputs.config,
    lockTimeoutMs: inputs["lock-timeout"],
    ledger:
      inputs.ledger === "github"
        ? { kind: "github" as const, token: inputs["github-token"], env }
        : { kind: "file" as const, path: inputs.ledger },
    engine: engineMaterial(inputs),
    registryAuth: username && password ? { username, password } : undefined,
    insecureRegistries: inputs["insecure-registries"],
    readSecret: (name: string) => {
      const value = env[name];
      if (value) core.setSecret(value);
      // A multi-line secret (a TLS key) is masked line by line too, as the log may show it split.
      for (const line of value?.split("\n") ?? []) if (line.trim().length >= 8) core.setSecret(line.trim());
      return value;
    },
    actor: env.GITHUB_ACTOR ?? env.USER ?? "unknown",
    automatic: startedByEvent(env),
    commit: env.GITHUB_SHA ?? "",
    runUrl:
      env.GITHUB_RUN_ID && env.GITHUB_REPOSITORY
        ? `${env.GITHUB_SERVER_URL ?? "https://github.com"}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`
        : undefined,
    reporter: {
      info: (line: string) => core.info(line),
      warning: (line: string) => core.warning(line),
      group: <T>(name: string, work: () => Promise<T>) => core.group(name, work),
    },
  };
}
