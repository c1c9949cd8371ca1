import { existsSync } from "node:fs";
import {
  InvalidValueError,
  locateKey,
  mappingKeys,
  readYamlSource,
  type SourceLocation,
  shownPath,
  UserError,
  type YamlSource,
} from "@quai/core";
import { type HostAccess, hostAccessIn } from "./host-access";

const COMPOSE_REFERENCE = "See the Compose file reference: https://docs.docker.com/reference/compose-file/";

type NonEmpty<T> = [T, ...T[]];

/**
 * The user's Compose files as YAML, read to fail early and point at the right line: syntax
 * errors, a service input that names no service, compose's own complaints about a key.
 */
export class ComposeFiles {
  private constructor(private readonly sources: NonEmpty<YamlSource>) {}

  static read(paths: readonly string[], workspace: string): ComposeFiles {
    const sources = paths.map((path) => readSource(path, workspace));
    if (!isNonEmpty(sources)) throw new InvalidValueError("compose-file", "", "it is required");
    const files = new ComposeFiles(sources);
    if (files.serviceNames.length === 0) {
      throw new UserError(`${files.shownNames} ${files.declare} no services`, {
        hint: "A Compose file lists its containers under services:",
        location: { file: files.first.shown },
      });
    }
    return files;
  }

  get paths(): string[] {
    return this.sources.map((source) => source.path);
  }

  /** Every service the files declare, those behind a profile included, in the order they come. */
  get serviceNames(): string[] {
    const names = this.sources.flatMap((source) => mappingKeys(source.document.get("services", true)));
    return [...new Set(names)];
  }

  /** The settings, file by file and service by service, that give a service the runner. */
  get hostAccess(): HostAccess[] {
    return this.sources.flatMap(hostAccessIn);
  }

  /** Fails, pointing at `services:`, when the value of `input` is not a service of the files. */
  requireService(input: string, name: string): void {
    if (this.serviceNames.includes(name)) return;
    throw new InvalidValueError(
      input,
      name,
      `not a service of ${this.shownNames}, which ${this.declare} ${this.serviceNames.join(", ")}`,
      { location: this.locate(this.first.path, ["services"]) },
    );
  }

  /** The line of a dotted path as compose names it (services.app.ports), or of its deepest existing part. */
  locate(path: string, keys: readonly string[]): SourceLocation {
    return locateKey(this.sources.find((candidate) => candidate.path === path) ?? this.first, keys);
  }

  /**
   * Compose's own complaint about the files (its last line), pointing at the key it names:
   * `validating /abs/compose.yml: services.app Additional property imagee is not allowed`.
   */
  refusal(complaint: string): UserError {
    const [, path = "", keyPath = "", problem = ""] = complaint.match(/^validating (.+?): (\S+) (.*)$/) ?? [];
    if (!keyPath)
      return new UserError(`Compose refused the files: ${complaint}`, { hint: COMPOSE_REFERENCE });
    const unknownKey = problem.match(/^Additional property (\S+) is not allowed/)?.[1];
    const keys = keyPath.split(".");
    return new UserError(`${this.shownPath(path)}: ${keyPath} ${problem}`, {
      hint: COMPOSE_REFERENCE,
      location: this.locate(path, unknownKey ? [...keys, unknownKey] : keys),
    });
  }

  private shownPath(path: string): string {
    return this.sources.find((source) => source.path === path)?.shown ?? path;
  }

  private get first(): YamlSource {
    return this.sources[0];
  }

  private get shownNames(): string {
    return this.sources.map((source) => source.shown).join(", ");
  }

  private get declare(): string {
    return this.sources.length === 1 ? "declares" : "declare";
  }
}

function readSource(path: string, workspace: string): YamlSource {
  const shown = shownPath(path, workspace);
  if (!existsSync(path)) {
    throw new InvalidValueError("compose-file", shown, "no such file", {
      hint: "Paths are relative to the workspace",
    });
  }
  return readYamlSource(path, shown, "a Compose file");
}

function isNonEmpty<T>(items: T[]): items is NonEmpty<T> {
  return items.length > 0;
}
