import type { ComposeCli } from "./compose-cli";
import type { Exec, ExecOptions, ExecResult } from "./exec";

/** What every compose command of a run shares: the project name, the files, the environment. */
export interface ProjectSpec {
  name: string;
  /** Compose files in order; the generated override comes last. Empty: by project name alone. */
  files: string[];
  /** Compose's whole environment (interpolation of the files, COMPOSE_* settings). */
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export type ComposeRunOptions = Pick<ExecOptions, "onLine" | "signal" | "timeLimitMs">;

/** `docker compose -p <name> -f … <args>`: compose commands scoped to one project. */
export class ComposeProject {
  constructor(
    private readonly exec: Exec,
    private readonly cli: ComposeCli,
    readonly spec: ProjectSpec,
  ) {}

  get name(): string {
    return this.spec.name;
  }

  run(args: readonly string[], options: ComposeRunOptions = {}): Promise<ExecResult> {
    return this.exec(this.cli.command, this.argsFor(args), {
      cwd: this.spec.cwd,
      env: this.spec.env,
      what: this.commandLine(args),
      ...options,
    });
  }

  /** A command for the user to copy, by project name alone: compose finds the containers by their labels. */
  commandLine(args: readonly string[]): string {
    return [this.cli.command, ...this.cli.prefix, "-p", this.spec.name, ...args].map(shellWord).join(" ");
  }

  private argsFor(args: readonly string[]): string[] {
    const files = this.spec.files.flatMap((file) => ["-f", file]);
    return [...this.cli.prefix, "--ansi", "never", "-p", this.spec.name, ...files, ...args];
  }
}

function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
