// deploy-env as one library call: from the action's inputs (already validated) to a finished,
// recorded deployment. Everything with a side effect is opened here and passed down as a seam.
import { randomUUID } from "node:crypto";
import { statSync } from "node:fs";
import { join, resolve } from "node:path";
import {
  formatImageRef,
  type ImageRef,
  InvalidValueError,
  parseImageRef,
  type Reporter,
  shortDigest,
  shownPath,
  UserError,
} from "@quai/core";
import { createGitHubApi, gitHubApiUrl } from "@quai/github";
import { credentialsFor, dockerConfigCredentials, RegistryClient } from "@quai/registry";
import type { Ledger, ProxyTls, RegistryAuth, Variable } from "./contract";
import {
  type DeployDependencies,
  type DeployPreview,
  type DeployProgress,
  type DeployRequest,
  type DeployResult,
  previewDeployment,
  type ReleaseChoice,
  type ReleaseRegistry,
  runDeployment,
} from "./deployment-run";
import {
  type EnvironmentOverrides,
  type EnvironmentSettings,
  resolveEnvironment,
} from "./environment-settings";
import { GitHubDeploymentsLedger, JsonFileLedger } from "./ledger";
import { describeBinding, parsePublish } from "./publish-address";
import { type QuaiFile, readQuaiFile } from "./quai-file";
import { connectTarget, type EngineMaterial, parseTarget } from "./target-connection";
import { checkTlsPair } from "./tls-certificate";

export interface DeployFromConfigOptions {
  workspace: string;
  /** Path of quai.yml: absolute, or relative to the workspace. */
  config: string;
  environment: string;
  overrides: EnvironmentOverrides;
  version?: string;
  imageRef?: ImageRef;
  repository?: ImageRef;
  rollback: boolean;
  force?: { reason: string };
  /** Started by an event, not by a person (the workflow's trigger): held environments refuse it. */
  automatic?: boolean;
  /** Recorded on the deployment, holding automatic deploys after it (the drift watcher's rollback). */
  hold?: string;
  /** The ledger's status for the release rolled back from: why it was bad. */
  rollbackReason?: string;
  lockTimeoutMs: number;
  ledger: LedgerSpec;
  engine: EngineMaterial;
  registryAuth?: RegistryAuth;
  insecureRegistries: string[];
  /** The step's environment variable holding a secret, masked as soon as it is read. */
  readSecret(name: string): string | undefined;
  actor: string;
  commit: string;
  runId: string;
  runUrl?: string;
  /** Told the environment's target before anything changes there, so a post step can clean it. */
  onTarget?(target: string): void;
  /** Filled in as the run learns each part, for the summary of a run that fails part-way. */
  progress?: DeployProgress;
  reporter: Reporter;
}

export interface DeployFromConfigResult extends DeployResult {
  settings: EnvironmentSettings;
}

export async function deployFromConfig(options: DeployFromConfigOptions): Promise<DeployFromConfigResult> {
  const { request, dependencies, settings } = await prepareFromConfig(options);
  return { ...(await runDeployment(request, dependencies)), settings };
}

export interface DeployFromConfigPreview extends DeployPreview {
  settings: EnvironmentSettings;
}

/**
 * What deployFromConfig would do, changing nothing: the same settings, secrets, target, release and
 * gate (a refusal throws as it would), read but never acted on (the CLI's --dry-run).
 */
export async function previewFromConfig(options: DeployFromConfigOptions): Promise<DeployFromConfigPreview> {
  const { request, dependencies, settings } = await prepareFromConfig(options);
  return { ...(await previewDeployment(request, dependencies)), settings };
}

/** Everything deployFromConfig opens and reads before the deployment itself, in the order it does. */
async function prepareFromConfig(
  options: DeployFromConfigOptions,
): Promise<{ request: DeployRequest; dependencies: DeployDependencies; settings: EnvironmentSettings }> {
  const config = resolve(options.workspace, options.config);
  const parsed = readQuaiFile(config, shownPath(config, options.workspace));
  const settings = resolveEnvironment(parsed, options.environment, options.overrides);
  if (options.progress) options.progress.settings = settings;
  const variables = readVariables(settings, options.readSecret);
  const tls = readTls(settings, options.readSecret);
  warnOfJobTokenOnSwarm(settings, options);
  const choice = releaseChoice(options, settings);
  const ledger = openLedger(options.ledger, productionEnvironments(parsed.file));
  options.onTarget?.(settings.target);
  const { target, leases } = await options.reporter.group(`Connect to ${settings.target}`, () =>
    connectTarget(settings.target, options.engine, process.env, { reporter: options.reporter }),
  );
  const request: DeployRequest = {
    settings,
    choice,
    force: options.force,
    variables,
    tls,
    actor: options.actor,
    commit: options.commit,
    runId: options.runId,
    runUrl: options.runUrl,
    deployId: randomUUID().slice(0, 8),
    lockTimeoutMs: options.lockTimeoutMs,
    registryAuth: options.registryAuth,
    automatic: options.automatic,
    hold: options.hold,
    rollbackReason: options.rollbackReason,
  };
  const dependencies: DeployDependencies = {
    target,
    leases,
    ledger,
    registry: registryLookup(options),
    reporter: options.reporter,
    progress: options.progress,
  };
  return { request, dependencies, settings };
}

/**
 * Where the engine binds the environment, for the summary: what it binds, not what was written
 * (a port alone is every address; Swarm publishes on every address of each node).
 */
export function servedOn(settings: Pick<EnvironmentSettings, "target" | "publish">): string {
  const binding = parsePublish(settings.publish);
  if (parseTarget(settings.target).kind === "swarm") {
    return `${describeBinding({ hostIp: "", hostPort: binding.hostPort })} of every node`;
  }
  return describeBinding(binding);
}

/** Removes what a cancelled or failed run left on the environment's target (the post step). */
export async function cleanUpDeployRun(
  targetText: string,
  material: EngineMaterial,
  runId: string,
): Promise<{ removed: string[]; leases: number }> {
  const { target, leases } = await connectTarget(targetText, material);
  return { removed: await target.cleanUpRun(runId), leases: await leases.releaseRun(runId) };
}

export type LedgerSpec =
  | { kind: "github"; token: string | undefined; env: NodeJS.ProcessEnv }
  | { kind: "file"; path: string };

/** GitHub Deployments inside Actions (the job's token), or a JSON file elsewhere. */
export function openLedger(spec: LedgerSpec, productionEnvironments: string[] = ["production"]): Ledger {
  if (spec.kind === "file") {
    // Refused before the target is reached, not when the first record is written.
    if (statSync(spec.path, { throwIfNoEntry: false })?.isDirectory()) {
      throw new InvalidValueError("ledger", spec.path, "it is a directory, not a file", {
        hint: `Set ledger to the path of a JSON file (made on first use), such as ${join(spec.path, "deployments.json")}, or to github`,
      });
    }
    return new JsonFileLedger(spec.path);
  }
  const { token, env } = spec;
  if (!token || !env.GITHUB_REPOSITORY) {
    throw new UserError("The github ledger needs github-token and GITHUB_REPOSITORY", {
      hint: "Inside Actions both are there by default; elsewhere set ledger to the path of a JSON file",
    });
  }
  return new GitHubDeploymentsLedger({
    api: createGitHubApi(token, gitHubApiUrl(env)),
    repository: env.GITHUB_REPOSITORY,
    ref: env.GITHUB_SHA ?? "HEAD",
    productionEnvironments,
    serverUrl: env.GITHUB_SERVER_URL,
  });
}

/** Environments GitHub should show as production: `production: true`, or named production. */
export function productionEnvironments(file: QuaiFile): string[] {
  return Object.entries(file.environments)
    .filter(([name, entry]) => entry.production ?? file.defaults?.production ?? name === "production")
    .map(([name]) => name);
}

function releaseChoice(options: DeployFromConfigOptions, settings: EnvironmentSettings): ReleaseChoice {
  if (options.rollback) return { kind: "rollback", version: options.version };
  const image = options.imageRef;
  if (image?.digest) {
    return {
      kind: "image",
      image: formatImageRef({ ...image, tag: undefined }),
      digest: image.digest,
      version: image.tag ?? shortDigest(image.digest),
    };
  }
  const repository =
    options.repository ??
    (settings.repository ? parseImageRef(settings.repository, "repository") : undefined);
  if (!repository || !options.version) {
    throw new UserError(`No repository to look up ${settings.app} ${options.version ?? "its version"} in`, {
      hint: "Set the repository input, or repository: in quai.yml",
    });
  }
  return { kind: "version", version: options.version, repository: formatImageRef(repository) };
}

function registryLookup(options: DeployFromConfigOptions): ReleaseRegistry {
  return {
    async digestOf(repositoryText, version) {
      const repository = parseImageRef(repositoryText, "repository");
      const credentials = credentialsFor(
        repository.registry,
        options.registryAuth,
        dockerConfigCredentials(process.env, (message) => options.reporter.warning(message)),
      );
      const client = new RegistryClient({
        registry: repository.registry,
        credentials: credentials(repository.registry),
        insecureRegistries: options.insecureRegistries,
      });
      return client.manifestDigest(repository.repository, version);
    },
  };
}

/**
 * A Swarm service keeps the registry login it was given and uses it whenever it pulls again (a
 * task rescheduled onto another node, a node restarted). A job token (GITHUB_TOKEN, `ghs_…`) dies
 * with the job, so those later pulls would fail: warned, not refused, as the deploy itself works.
 */
function warnOfJobTokenOnSwarm(settings: EnvironmentSettings, options: DeployFromConfigOptions): void {
  const password = options.registryAuth?.password;
  if (!password || parseTarget(settings.target).kind !== "swarm") return;
  if (!password.startsWith("ghs_") && password !== process.env.GITHUB_TOKEN) return;
  options.reporter.warning(
    `${settings.name} runs on a Swarm, which stores this registry login for later pulls, and the password is the job's GITHUB_TOKEN, which expires when the job ends: tasks Swarm reschedules afterwards cannot pull ${settings.app}. Give a long-lived pull credential instead (a token that may only read packages), or log the nodes in to the registry`,
  );
}

/** The proxy's certificate and key from the step's variables, checked as a pair and for dates. */
export function readTls(
  settings: EnvironmentSettings,
  readSecret: (name: string) => string | undefined,
): ProxyTls | undefined {
  if (!settings.tls) return undefined;
  if (parseTarget(settings.target).kind === "swarm") {
    throw new UserError(`${settings.name} declares tls, but its target ${settings.target} is a Swarm`, {
      hint: "quai's proxy, which serves HTTPS, runs on Docker hosts; on Swarm, terminate TLS in front of the published port",
    });
  }
  const { certificateFrom, keyFrom, redirectHttp } = settings.tls;
  const certificate = requiredSecret(readSecret, `The TLS certificate of ${settings.name}`, certificateFrom);
  const key = requiredSecret(readSecret, `The TLS key of ${settings.name}`, keyFrom);
  checkTlsPair(certificate, key, { certificateFrom, keyFrom }, new Date());
  return { certificate, key, redirectHttp };
}

function readVariables(
  settings: EnvironmentSettings,
  readSecret: (name: string) => string | undefined,
): Variable[] {
  return settings.variables.map((variable) => {
    if ("value" in variable) return { name: variable.name, value: variable.value, secret: false };
    const what = `The secret ${variable.name} of ${settings.name}`;
    return {
      name: variable.name,
      value: requiredSecret(readSecret, what, variable.secretFrom),
      secret: true,
    };
  });
}

/** The step's variable `name`, which `what` reads; a missing one says how to pass it. */
function requiredSecret(
  readSecret: (name: string) => string | undefined,
  what: string,
  name: string,
): string {
  const value = readSecret(name);
  if (value === undefined) {
    throw new UserError(`${what} reads ${name}, which the step does not set`, {
      hint: `Pass it to the step: env: { ${name}: \${{ secrets.${name} }} }`,
    });
  }
  return value;
}
