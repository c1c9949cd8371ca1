// What both targets share while they run a release: its phases, timed for the job summary, and
// the one error a release that did not go live ends with.
import { type Clock, UserError } from "@quai/core";
import type { DeployOutcome, DeployReporter } from "./contract";

/** A release that failed to go live; the environment still serves what it did before. */
export class ReleaseFailedError extends UserError {
  constructor(
    message: string,
    hint: string,
    /** The release's last log lines (secrets masked), for the log and the error. */
    readonly logTail: string[],
    cause?: unknown,
  ) {
    super(message, { hint, cause });
    this.name = "ReleaseFailedError";
  }
}

/** The phases of one deployment, timed for the job summary, each in its own log group. */
export class DeployPhases {
  readonly done: DeployOutcome["phases"] = [];

  constructor(
    private readonly clock: Clock,
    private readonly reporter: DeployReporter,
  ) {}

  async run<T>(name: string, work: () => Promise<T>): Promise<T> {
    const started = this.clock.now();
    try {
      return await this.reporter.group(name, work);
    } finally {
      this.done.push({ name, ms: this.clock.now() - started });
    }
  }
}
