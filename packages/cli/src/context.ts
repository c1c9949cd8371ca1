// What every command starts from: quai.yml (found by walking up from the working directory, or
// --config), the ledger (--ledger FILE, else GitHub Deployments), and who is running quai.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { hostname, userInfo } from "node:os";
import { dirname, join, resolve } from "node:path";
import { shownPath, UserError } from "@quai/core";
import {
  type ConnectedTarget,
  connectTarget,
  type EnvironmentObservation,
  type EnvironmentSettings,
  type LeaseHolder,
  type Ledger,
  type LedgerSpec,
  openLedger,
  type ParsedQuaiFile,
  productionEnvironments,
  readQuaiFile,
  resolveEnvironment,
} from "@quai/deploy";
import { UsageError } from "./exit-codes";
import type { CliIo } from "./io";

export interface GlobalOptions {
  config?: string;
  ledger?: string;
  repo?: string;
  progress: boolean;
}

/** What tests replace: the ledger (a MemoryLedger) and the programs quai asks (git, gh). */
export interface CliDependencies {
  openLedger?: (spec: LedgerSpec, productionEnvironments: string[]) => Ledger;
  /** Connects to an environment's target (DOCKER_HOST forms, the user's SSH agent and known_hosts). */
  connectTarget?: (
    target: string,
    env: NodeJS.ProcessEnv,
  ) => Promise<Pick<ConnectedTarget, "target" | "leases">>;
  /** Runs a program and returns its trimmed output, or undefined when it fails or is missing. */
  run?: (program: string, args: string[], cwd: string) => string | undefined;
}

export const CONFIG_FILE = "quai.yml";

export class CliContext {
  private parsed?: ParsedQuaiFile;
  /** Opened once per commit block records point at (undefined: the run's own, GITHUB_SHA). */
  private readonly opened = new Map<string | undefined, Ledger>();
  private readonly targets = new Map<string, Promise<Pick<ConnectedTarget, "target" | "leases">>>();
  private readonly run: (program: string, args: string[], cwd: string) => string | undefined;

  constructor(
    readonly io: CliIo,
    readonly options: GlobalOptions,
    private readonly dependencies: CliDependencies = {},
  ) {
    this.run = dependencies.run ?? runProgram;
  }

  get configPath(): string {
    if (this.options.config) return resolve(this.io.cwd, this.options.config);
    const found = findUp(this.io.cwd, CONFIG_FILE);
    if (!found) {
      throw new UsageError(
        `No ${CONFIG_FILE} in ${this.io.cwd} or any directory above it`,
        `Run quai inside the repository that declares the environments, or pass --config path/to/${CONFIG_FILE}`,
      );
    }
    return found;
  }

  quaiFile(): ParsedQuaiFile {
    if (!this.parsed) {
      const path = this.configPath;
      if (!existsSync(path)) {
        throw new UsageError(
          `No ${shownPath(path, this.io.cwd)}`,
          `Point --config at an existing ${CONFIG_FILE}`,
        );
      }
      this.parsed = readQuaiFile(path, shownPath(path, this.io.cwd));
    }
    return this.parsed;
  }

  get app(): string {
    return this.quaiFile().file.app;
  }

  /** Every environment quai.yml declares, in its order. */
  environmentNames(): string[] {
    return Object.keys(this.quaiFile().file.environments);
  }

  /** An environment's settings; an undeclared one is an InvalidValueError (exit 2). */
  settings(environment: string): EnvironmentSettings {
    return resolveEnvironment(this.quaiFile(), environment);
  }

  /**
   * The ledger the actions write: --ledger FILE, else GitHub Deployments of --repo (or the
   * origin remote) with GITHUB_TOKEN, GH_TOKEN or `gh auth token`. `ref` is the commit a block
   * record points at (GitHub wants one that exists there).
   */
  ledger(ref?: string): Ledger {
    let ledger = this.opened.get(ref);
    if (!ledger) {
      ledger = this.openLedger(ref);
      this.opened.set(ref, ledger);
    }
    return ledger;
  }

  get ledgerDescription(): string {
    return (this.opened.values().next().value ?? this.ledger()).description;
  }

  /** The environment's target, connected once per target however many environments share it. */
  target(settings: EnvironmentSettings): Promise<Pick<ConnectedTarget, "target" | "leases">> {
    let connected = this.targets.get(settings.target);
    if (!connected) {
      connected = this.dependencies.connectTarget
        ? this.dependencies.connectTarget(settings.target, this.io.env)
        : connectTarget(settings.target, {}, this.io.env).catch((error: unknown) => {
            // An unreachable target is a mistake in where quai was pointed: exit 2, nothing changed.
            if (!(error instanceof UserError)) throw error;
            throw new UsageError(
              error.message,
              error.hint ?? `Check the target of ${settings.name} in quai.yml`,
            );
          });
      this.targets.set(settings.target, connected);
    }
    return connected;
  }

  /** What the environment's target runs now, as the engine tells it (the watcher's own look). */
  async observe(settings: EnvironmentSettings): Promise<EnvironmentObservation> {
    const { target } = await this.target(settings);
    return target.observe(settings.app, settings.name);
  }

  /** Who holds the environment's deployment lock now, or undefined when it is free. */
  async lockHolder(settings: EnvironmentSettings): Promise<LeaseHolder | undefined> {
    const { leases } = await this.target(settings);
    return leases.heldBy({ app: settings.app, environment: settings.name });
  }

  private openLedger(ref: string | undefined): Ledger {
    const open = this.dependencies.openLedger ?? openLedger;
    return open(this.ledgerSpec(ref), productionEnvironments(this.quaiFile().file));
  }

  /** Where the ledger is, as deployFromConfig takes it (see ledger()). */
  ledgerSpec(ref?: string): LedgerSpec {
    if (this.options.ledger) return { kind: "file", path: resolve(this.io.cwd, this.options.ledger) };
    const token =
      this.io.env.GITHUB_TOKEN || this.io.env.GH_TOKEN || this.run("gh", ["auth", "token"], this.io.cwd);
    if (!token) {
      throw new UsageError(
        "No token for the GitHub ledger",
        "Set GITHUB_TOKEN or GH_TOKEN, run gh auth login, or pass --ledger FILE for a JSON ledger",
      );
    }
    const env = {
      ...this.io.env,
      GITHUB_REPOSITORY: this.repository(),
      GITHUB_SHA: ref ?? this.io.env.GITHUB_SHA,
    };
    return { kind: "github", token, env };
  }

  /** The commit checked out where quai.yml is, recorded on a deployment of a version; undefined outside git. */
  headCommit(): string | undefined {
    return this.run("git", ["rev-parse", "HEAD"], dirname(this.configPath));
  }

  /** owner/name: --repo, else the origin remote of the repository quai.yml is in. */
  repository(): string {
    if (this.options.repo) return this.options.repo;
    const remote = this.run("git", ["remote", "get-url", "origin"], dirname(this.configPath));
    const repository = remote && repositoryOfRemote(remote);
    if (!repository) {
      throw new UsageError(
        remote
          ? `The origin remote ${remote} is not a GitHub repository`
          : "No origin remote to find the GitHub repository by",
        "Pass --repo owner/name, or --ledger FILE for a JSON ledger",
      );
    }
    return repository;
  }

  /** Who a block or a released lock is recorded as: `user@host (cli)`, as LeaseHolder says. */
  actor(): string {
    return `${userInfo().username}@${hostname()} (cli)`;
  }
}

/** owner/name from git@github.com:owner/name.git, https://github.com/owner/name, ssh://…; else undefined. */
export function repositoryOfRemote(remote: string): string | undefined {
  return /[/:]([^/:]+\/[^/]+?)(?:\.git)?\/?$/.exec(remote.trim())?.[1];
}

function findUp(start: string, name: string): string | undefined {
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    const candidate = join(dir, name);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

function runProgram(program: string, args: string[], cwd: string): string | undefined {
  try {
    return (
      execFileSync(program, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim() ||
      undefined
    );
  } catch {
    return undefined;
  }
}
