import { UserError } from "@quai/core";

/** What the registry said, as the distribution spec's `{"errors":[{code,message}]}` body carries it. */
export function registryMessage(body: string): string {
  try {
    const parsed = JSON.parse(body) as { errors?: Array<{ code?: string; message?: string }> };
    const messages = (parsed.errors ?? []).map((error) =>
      [error.code, error.message].filter(Boolean).join(": "),
    );
    if (messages.length > 0) return messages.join("; ");
  } catch {
    // Not JSON: a proxy's or a token service's plain text.
  }
  return body.trim().split("\n")[0]?.slice(0, 200) ?? "";
}

/** A registry answer that another try may change (5xx, 429) or a connection that broke. */
export class TransientRegistryError extends UserError {
  constructor(message: string, options: { hint?: string; cause?: unknown } = {}) {
    super(message, options);
    this.name = "TransientRegistryError";
  }
}

/** The registry answered with a status the operation does not expect. */
export class RegistryResponseError extends UserError {
  readonly status: number;

  constructor(status: number, message: string, hint?: string) {
    super(message, { hint });
    this.name = "RegistryResponseError";
    this.status = status;
  }
}

const NETWORK_CODES = ["ECONNRESET", "ECONNREFUSED", "EPIPE", "ETIMEDOUT", "EAI_AGAIN", "ECONNABORTED"];

/** Worth another try: a transient answer, or one of the network failures a restart causes. */
export function isRetryable(error: unknown): boolean {
  if (error instanceof TransientRegistryError) return true;
  return networkCode(error) !== undefined;
}

export function networkCode(error: unknown): string | undefined {
  const code = error instanceof Error && "code" in error ? error.code : undefined;
  return typeof code === "string" && NETWORK_CODES.includes(code) ? code : undefined;
}

/** The failure of one HTTP exchange, as one line naming the operation and never a credential. */
export function responseError(operation: string, registry: string, status: number, body: string): UserError {
  const said = registryMessage(body);
  const detail = `${status}${said ? `: ${said}` : ""}`;
  if (status === 401 || status === 403) {
    return new RegistryResponseError(
      status,
      `${registry} refused to ${operation} (${status === 401 ? "401 Unauthorized" : "403 Forbidden"}${said ? `: ${said}` : ""})`,
      "Check username and password (or the runner's docker login) and that they may push to this repository",
    );
  }
  if (status >= 500 || status === 429) {
    return new TransientRegistryError(`${registry} failed to ${operation} (HTTP ${detail})`);
  }
  return new RegistryResponseError(status, `${registry} could not ${operation} (HTTP ${detail})`);
}

/** A connection that failed, as one line; `cause` keeps the original for the debug log. */
export function connectionError(operation: string, registry: string, error: unknown): UserError {
  const reason = networkCode(error) ?? (error instanceof Error ? error.message : String(error));
  return new TransientRegistryError(`Could not reach ${registry} to ${operation} (${reason})`, {
    hint: "Check that the registry is up and its address is right",
    cause: error,
  });
}
