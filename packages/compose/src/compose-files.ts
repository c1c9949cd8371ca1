import { existsSync, readFileSync } from "node:fs";
import { isAbsolute, relative } from "node:path";
import { InvalidValueError, type SourceLocation, UserError } from "@quai/core";
import { type Document, isMap, isNode, isScalar, isSeq, LineCounter, type Node, parseDocument } from "yaml";

const COMPOSE_REFERENCE = "See the Compose file reference: https://docs.docker.com/reference/compose-file/";

type NonEmpty<T> = [T, ...T[]];

interface ComposeSource {
  path: string;
  /** The path as the user reads it: relative to the workspace when it is inside. */
  shown: string;
  document: Document;
  lineCounter: LineCounter;
}

/**
 * The user's Compose files as YAML, read to fail early and point at the right line: syntax
 * errors, a service input that names no service, compose's own complaints about a key.
 */
export class ComposeFiles {
  private constructor(private readonly sources: NonEmpty<ComposeSource>) {}

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
    const names = this.sources.flatMap((source) => keysOf(source.document.get("services", true)));
    return [...new Set(names)];
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
    const source = this.sources.find((candidate) => candidate.path === path) ?? this.first;
    const offset = deepestKeyOffset(source.document.contents, keys);
    if (offset === undefined) return { file: source.shown };
    const { line, col } = source.lineCounter.linePos(offset);
    return { file: source.shown, line, column: col };
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

  private get first(): ComposeSource {
    return this.sources[0];
  }

  private get shownNames(): string {
    return this.sources.map((source) => source.shown).join(", ");
  }

  private get declare(): string {
    return this.sources.length === 1 ? "declares" : "declare";
  }
}

function readSource(path: string, workspace: string): ComposeSource {
  const inside = relative(workspace, path);
  const shown = inside.startsWith("..") || isAbsolute(inside) ? path : inside;
  if (!existsSync(path)) {
    throw new InvalidValueError("compose-file", shown, "no such file", {
      hint: "Paths are relative to the workspace",
    });
  }
  const lineCounter = new LineCounter();
  const document = parseDocument(readFileSync(path, "utf8"), { lineCounter });
  const [error] = document.errors;
  if (error) {
    const position = error.linePos?.[0];
    throw new UserError(`${shown} is not valid YAML: ${error.message.split("\n")[0]}`, {
      location: { file: shown, line: position?.line, column: position?.col },
      cause: error,
    });
  }
  const top = document.contents;
  if (top !== null && !isMap(top)) {
    throw new UserError(`${shown} is not a Compose file: its top level is not a mapping`, {
      location: { file: shown, line: 1 },
    });
  }
  return { path, shown, document, lineCounter };
}

function isNonEmpty<T>(items: T[]): items is NonEmpty<T> {
  return items.length > 0;
}

function keysOf(node: unknown): string[] {
  if (!isMap(node)) return [];
  return node.items.flatMap((pair) => (isScalar(pair.key) ? [String(pair.key.value)] : []));
}

/** Where the deepest key of `keys` that exists starts (a list index counts as a key). */
function deepestKeyOffset(root: Node | null, keys: readonly string[]): number | undefined {
  let node: unknown = root;
  let offset: number | undefined;
  for (const key of keys) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === key);
      if (!pair || !isScalar(pair.key)) break;
      offset = pair.key.range?.[0];
      node = pair.value;
    } else if (isSeq(node) && /^\d+$/.test(key)) {
      const item = node.items[Number(key)];
      if (!isNode(item)) break;
      offset = item.range?.[0];
      node = item;
    } else {
      break;
    }
  }
  return offset;
}
