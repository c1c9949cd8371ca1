// The rollback's one change in Git: the bad release added to quai.yml's `blocked:` list, through
// the yaml library's document, so the file keeps its comments, its order and its formatting.
import { isAlias, isMap, isNode, isScalar, isSeq, parseDocument, visit } from "yaml";

/** Long lines stay whole: a reason folded over two lines would read as a reformatted file. */
const WRITE_OPTIONS = { lineWidth: 0 };

export interface BlockEntry {
  version: string;
  reason: string;
}

/** The edited text, or why quai.yml cannot be edited safely (the report is then an issue). */
export type BlockEdit = { edited: true; text: string } | { edited: false; why: string };

export function addBlockEntry(text: string, entry: BlockEntry): BlockEdit {
  const document = parseDocument(text);
  if (document.errors.length > 0) {
    return {
      edited: false,
      why: `quai.yml is not valid YAML (${document.errors[0]?.message.split("\n")[0]})`,
    };
  }
  if (!isMap(document.contents)) return { edited: false, why: "quai.yml's top level is not a mapping" };
  const blocked = document.get("blocked", true);
  if (isNode(blocked) && hasAnchorsOrAliases(blocked)) {
    return {
      edited: false,
      why: "quai.yml's blocked: list uses YAML anchors or aliases, which an edit could break",
    };
  }
  // What the library writes back must be the file as it is, or the edit would reformat it all.
  if (document.toString(WRITE_OPTIONS) !== text) {
    return { edited: false, why: "the yaml library would rewrite more of quai.yml than the blocked: entry" };
  }
  if (isSeq(blocked)) {
    const listed = blocked.items.some((item) => isMap(item) && String(item.get("version")) === entry.version);
    if (listed) return { edited: false, why: `quai.yml's blocked: list already has ${entry.version}` };
    blocked.items.push(document.createNode(entry));
  } else if (blocked === undefined || (isScalar(blocked) && blocked.value === null)) {
    document.set("blocked", document.createNode([entry]));
  } else {
    return { edited: false, why: "quai.yml's blocked: is not a list" };
  }
  return { edited: true, text: document.toString(WRITE_OPTIONS) };
}

function hasAnchorsOrAliases(node: Parameters<typeof visit>[0]): boolean {
  let found = false;
  visit(node, (_key, visited) => {
    if (isAlias(visited) || (isNode(visited) && visited.anchor)) {
      found = true;
      return visit.BREAK;
    }
    return undefined;
  });
  return found;
}
