/** A `WWW-Authenticate` challenge: `Basic realm="…"` or `Bearer realm="…",service="…",scope="…"`. */
export interface AuthChallenge {
  scheme: "basic" | "bearer";
  params: Record<string, string>;
}

const PARAM = /([a-zA-Z_]+)=(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))/g;

export function parseChallenge(header: string | undefined): AuthChallenge | undefined {
  const match = header?.trim().match(/^(\w+)\s*(.*)$/);
  if (!match?.[1]) return undefined;
  const scheme = match[1].toLowerCase();
  if (scheme !== "basic" && scheme !== "bearer") return undefined;
  const params: Record<string, string> = {};
  for (const param of (match[2] ?? "").matchAll(PARAM)) {
    if (param[1]) params[param[1].toLowerCase()] = (param[2] ?? param[3] ?? "").replace(/\\(.)/g, "$1");
  }
  return { scheme, params };
}
