// The health path and the environment's URL end up in HTTP requests, links and GitHub's
// deployments: only what is a path or an http(s) URL as written gets that far.

// Whitespace and control characters (C0, DEL, C1): CR LF in a path would end the probe's request
// line and start a header of the user's choosing.
const UNSAFE_CHARACTER = /[\s\p{Cc}]/u;

/** For editors (the JSON Schema, so no \p{…}, which needs the u flag); healthPathProblem decides. */
export const HEALTH_PATH_PATTERN = "^/[^\\s\\u0000-\\u001f\\u007f-\\u009f#]*$";

export const HEALTH_PATH_HINT =
  "Write the path the app answers health checks on, such as /health or /ready?deep=1";

export const URL_HINT = "Write where users reach the environment, such as https://staging.example.com";

/** Why `path` is not a URL path a probe can request as written; undefined when it is. */
export function healthPathProblem(path: string): string | undefined {
  if (!path.startsWith("/")) return "expected a path starting with /";
  if (UNSAFE_CHARACTER.test(path)) return "a URL path has no whitespace or control characters";
  if (path.includes("#")) return "a fragment (#…) is never sent to the app";
  return undefined;
}

/** Why `url` is not an http:// or https:// URL; undefined when it is. */
export function environmentUrlProblem(url: string): string | undefined {
  // The URL parser drops tabs and newlines silently, so they are refused before it sees them.
  if (UNSAFE_CHARACTER.test(url)) return "a URL has no whitespace or control characters";
  const parsed = URL.canParse(url) ? new URL(url) : undefined;
  if (!parsed || !["http:", "https:"].includes(parsed.protocol) || !parsed.hostname) {
    return "expected an http:// or https:// URL";
  }
  return undefined;
}
