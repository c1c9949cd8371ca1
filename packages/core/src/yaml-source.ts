import { readFileSync } from "node:fs";
import {
  type Alias,
  type Document,
  isMap,
  isNode,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  parseDocument,
  visit,
} from "yaml";
import { type SourceLocation, UserError } from "./errors";

/** A user's YAML file, kept as a document so errors can point at the line of a key. */
export interface YamlSource {
  path: string;
  /** The path as the user reads it (relative to the workspace when inside it). */
  shown: string;
  document: Document;
  lineCounter: LineCounter;
  /** The document as plain values, its aliases expanded (within MAX_ALIAS_COUNT). */
  value: unknown;
}

/**
 * The yaml library's weighted count of how often an anchor is expanded: past it, a document is a
 * "billion laughs" (aliases of anchors that hold aliases, multiplying), not a configuration file.
 * Its default of 100 refuses an anchor used 101 times, which a large Compose file may well do;
 * 1000 stops a billion laughs after a few thousand copies, in milliseconds.
 */
export const MAX_ALIAS_COUNT = 1000;

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
  return { path, shown, document, lineCounter, value: expandAliases(document, lineCounter, shown) };
}

function expandAliases(document: Document, lineCounter: LineCounter, shown: string): unknown {
  const at = (node: Node | undefined) => {
    const offset = node?.range?.[0];
    return { file: shown, line: offset === undefined ? undefined : lineCounter.linePos(offset).line };
  };
  try {
    return document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    const aliases = aliasesIn(document);
    const unresolved = aliases.find((alias) => !alias.resolve(document));
    if (unresolved) {
      throw new UserError(
        `${shown}: the alias *${unresolved.source} has no anchor &${unresolved.source} before it`,
        {
          hint: "An alias (*name) repeats a value marked &name earlier in the file",
          location: at(unresolved),
          cause: error,
        },
      );
    }
    throw new UserError(`${shown} uses too many YAML aliases`, {
      hint: `Past ${MAX_ALIAS_COUNT} copies of anchors, aliases of aliases are taken for a "billion laughs" attack: write the values out, or nest aliases less`,
      location: at(mostExpandedAnchor(document, aliases)),
      cause: error,
    });
  }
}

function aliasesIn(node: Document | Node): Alias[] {
  const aliases: Alias[] = [];
  visit(node, { Alias: (_key, alias) => void aliases.push(alias) });
  return aliases;
}

/** The anchor aliased most, counting the aliases it holds itself: where a bomb's copies multiply. */
function mostExpandedAnchor(document: Document, aliases: readonly Alias[]): Node | undefined {
  const uses = new Map<Node, number>();
  for (const alias of aliases) {
    const anchor = alias.resolve(document);
    if (anchor) uses.set(anchor, (uses.get(anchor) ?? 0) + 1);
  }
  let most: { anchor?: Node; weight: number } = { weight: 0 };
  for (const [anchor, count] of uses) {
    const weight = count * Math.max(1, aliasesIn(anchor).length);
    if (weight > most.weight) most = { anchor, weight };
  }
  return most.anchor;
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
