import * as core from "@actions/core";
import {
  DURATION_EXAMPLE,
  type ImageRef,
  InvalidValueError,
  lowerCaseImageName,
  parseDuration,
  parseImageRef,
  parseVersion,
  type Version,
  type WorkspacePathOptions,
  workspacePath,
} from "@quai/core";

/** Where raw input values come from: the runner's `INPUT_*` variables, or a map in tests. */
export type InputSource = (name: string) => string;

export const runnerInputs: InputSource = (name) => core.getInput(name);

const TRUE = ["true", "True", "TRUE", "yes", "on"];
const FALSE = ["false", "False", "FALSE", "no", "off"];
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Typed reading of action inputs. Every rejected value fails with
 * `Invalid <input>: <value> (<why>)`; it also records which inputs were read, so tests can
 * prove an action reads exactly what its action.yml declares.
 */
export class InputReader {
  readonly read = new Set<string>();

  constructor(private readonly source: InputSource = runnerInputs) {}

  private raw(name: string): string {
    this.read.add(name);
    return this.source(name).trim();
  }

  /** The value, or undefined when empty. */
  optional(name: string): string | undefined {
    return this.raw(name) || undefined;
  }

  required(name: string): string {
    const value = this.raw(name);
    if (!value) throw new InvalidValueError(name, value, "it is required", { hint: `Set with: ${name}: …` });
    return value;
  }

  boolean(name: string): boolean {
    const value = this.raw(name);
    if (value === "" || FALSE.includes(value)) return false;
    if (TRUE.includes(value)) return true;
    throw new InvalidValueError(name, value, "expected true or false");
  }

  choice<T extends string>(name: string, choices: readonly T[]): T {
    const value = this.raw(name);
    if ((choices as readonly string[]).includes(value)) return value as T;
    throw new InvalidValueError(name, value, `expected one of ${choices.join(", ")}`);
  }

  integer(name: string, bounds: { min?: number; max?: number } = {}): number {
    const value = this.raw(name);
    const number = Number(value);
    const { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = bounds;
    if (!/^-?\d+$/.test(value) || number < min || number > max) {
      throw new InvalidValueError(name, value, `expected a whole number from ${min} to ${max}`);
    }
    return number;
  }

  /** A duration in milliseconds: `90s`, `5m`, `1h`, `500ms`, or bare seconds. */
  duration(name: string): number {
    const value = this.raw(name);
    const ms = parseDuration(value);
    if (ms === undefined) throw new InvalidValueError(name, value, `expected ${DURATION_EXAMPLE}`);
    return ms;
  }

  /** Items one per line or separated by commas; blank lines and `#` comments are skipped. */
  list(name: string): string[] {
    return this.raw(name)
      .split(/\r?\n/)
      .filter((line) => !line.trim().startsWith("#"))
      .flatMap((line) => line.split(","))
      .map((item) => item.trim())
      .filter(Boolean);
  }

  /** Multiline `KEY=VALUE` pairs, as GitHub's own actions take environment variables. */
  keyValues(name: string): Record<string, string> {
    const pairs: Record<string, string> = {};
    const lines = this.raw(name).split(/\r?\n/);
    lines.forEach((line, index) => {
      const text = line.trim();
      if (!text || text.startsWith("#")) return;
      const equals = text.indexOf("=");
      const key = equals > 0 ? text.slice(0, equals).trim() : "";
      if (!ENV_NAME.test(key)) {
        throw new InvalidValueError(name, text, `line ${index + 1} is not KEY=VALUE`);
      }
      pairs[key] = text.slice(equals + 1);
    });
    return pairs;
  }

  /** A credential: masked in the log the moment it is read. */
  secret(name: string): string | undefined {
    const value = this.raw(name);
    if (!value) return undefined;
    core.setSecret(value);
    return value;
  }

  /**
   * A path, absolute, kept inside the workspace (see workspacePath); undefined when empty.
   * `fallback` stands for an empty input and is checked the same way.
   */
  path(name: string, options: WorkspacePathOptions & { fallback: string }): string;
  path(name: string, options?: WorkspacePathOptions & { fallback?: string }): string | undefined;
  path(name: string, options: WorkspacePathOptions & { fallback?: string } = {}): string | undefined {
    const value = this.optional(name) ?? options.fallback;
    return value === undefined ? undefined : workspacePath(name, value, options);
  }

  /** Paths one per line or separated by commas, each as path() takes it. */
  paths(name: string, options: WorkspacePathOptions = {}): string[] {
    return this.list(name).map((value) => workspacePath(name, value, options));
  }

  image(name: string): ImageRef {
    return parseImageRef(this.required(name), name);
  }

  /**
   * A registry repository, registry/namespace/name. Capitals are lower-cased with a notice rather
   * than refused: `ghcr.io/${{ github.repository }}` keeps the owner's, which registries refuse.
   */
  repository(name: string): ImageRef {
    const value = this.required(name);
    const lowered = lowerCaseImageName(value);
    // A name still invalid once lower-cased is refused as the user wrote it.
    const ref = (() => {
      try {
        return parseImageRef(lowered, name);
      } catch (error) {
        parseImageRef(value, name);
        throw error;
      }
    })();
    if (lowered !== value) {
      core.notice(
        `${name} ${value} is pushed and pulled as ${lowered}: registries take lower-case names only`,
      );
    }
    return ref;
  }

  version(name: string): Version | undefined {
    const value = this.optional(name);
    return value === undefined ? undefined : parseVersion(value, name);
  }
}
