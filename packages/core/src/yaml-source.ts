import { readFileSync } from "node:fs";
import { type Document, isMap, isNode, isScalar, isSeq, LineCounter, type Node, parseDocument } from "yaml";
import { type SourceLocation, UserError } from "./errors";

/** A user's YAML file, kept as a document so errors can point at the line of a key. */
export interface YamlSource {
  path: string;
  /** The path as the user reads it (relative to the workspace when inside it). */
  shown: string;
  document: Document;
  lineCounter: LineCounter;
}

/**
 * Reads and parses a YAML file whose top level must be a mapping; a syntax error is a UserError
 * at its line. `kind` names what the file should be ("a Compose file").
 */
export function readYamlSource(path: string, shown: string, kind: string): YamlSource {
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
    throw new UserError(`${shown} is not ${kind}: its top level is not a mapping`, {
      location: { file: shown, line: 1 },
    });
  }
  return { path, shown, document, lineCounter };
}

/** Where a key path (list indexes count as keys) is, or its deepest part that exists. */
export function locateKey(source: YamlSource, keys: readonly (string | number)[]): SourceLocation {
  const offset = deepestKeyOffset(source.document.contents, keys.map(String));
  if (offset === undefined) return { file: source.shown };
  const { line, col } = source.lineCounter.linePos(offset);
  return { file: source.shown, line, column: col };
}

/** The keys of a mapping node, in the order they come. */
export function mappingKeys(node: unknown): string[] {
  if (!isMap(node)) return [];
  return node.items.flatMap((pair) => (isScalar(pair.key) ? [String(pair.key.value)] : []));
}

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
