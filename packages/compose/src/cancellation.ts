import { UserError } from "@quai/core";

/** The runner cancelled the job (SIGINT, then SIGTERM): the stack is torn down, the step fails. */
export class CancelledError extends UserError {
  constructor(reason: unknown) {
    super(`The run was cancelled (${String(reason)})`, { hint: "The stack was torn down" });
    this.name = "CancelledError";
  }
}

export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new CancelledError(signal.reason);
}
