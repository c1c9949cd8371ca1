import { basename } from "node:path";

/** How long a default name may be: readable in a log line, well under Docker's 255. */
const NAME_LIMIT = 128;

/**
 * `<repository or folder name>:<commit>`, as Docker's rules for a repository path component have
 * it, whatever the folder is called (`my app #1 (ü)` gives `my-app-1`): lower-case letters and
 * digits, joined by one `.`, one or two `_`, or dashes; anything else becomes one `-`.
 */
export function defaultImageName(
  context: string,
  revision: string | undefined,
  repository: string | undefined,
): string {
  const name = (repository?.split("/")[1] ?? basename(context))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, (separator) => (/^(?:\.|_|__|-+)$/.test(separator) ? separator : "-"))
    .slice(0, NAME_LIMIT)
    .replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, "");
  return `${name || "app"}:${revision ? revision.slice(0, 12) : "latest"}`;
}
