// The exit codes quai documents (README "For release managers"), and which error means which.
import { InvalidValueError, UserError } from "@quai/core";

export const EXIT = { ok: 0, failed: 1, usage: 2, refused: 3 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A mistake in how quai was called (a missing quai.yml, token or version): exit 2, nothing changed. */
export class UsageError extends UserError {
  constructor(message: string, hint: string) {
    super(message, { hint });
    this.name = "UsageError";
  }
}

/**
 * The gate's refusals (GateRefusal) exit 3, a version that names no release (UnknownReleaseError)
 * exits 2: both from promotion-gate.ts, told by name so that quai's start loads no deploy library.
 */
export function exitCodeOf(error: unknown): ExitCode {
  if (error instanceof UsageError || error instanceof InvalidValueError) return EXIT.usage;
  if (error instanceof UserError && error.name === "UnknownReleaseError") return EXIT.usage;
  if (error instanceof UserError && error.name === "GateRefusal") return EXIT.refused;
  return EXIT.failed;
}

/** The one line a person reads: a UserError's message and fix; anything else its message. */
export function errorLine(error: unknown): string {
  // The gate's hint speaks of the action's inputs (force, reason): the CLI's flags are these.
  if (exitCodeOf(error) === EXIT.refused)
    return `${(error as UserError).summary} (with quai: --force --reason "…")`;
  if (error instanceof UserError) return error.summary;
  return error instanceof Error ? error.message : String(error);
}
