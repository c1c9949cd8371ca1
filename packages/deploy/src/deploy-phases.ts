// What both targets share while they run a release: its phases, timed for the job summary, and
// the one error a release that did not go live ends with.
import { type Clock, type LogTail, type Reporter, UserError } from "@quai/core";
import type { DeployOutcome } from "./contract";

export interface ReleaseFailure {
  hint: string;
  /** The release's last log lines (secrets masked), for the log and the job summary. */
  logTail: LogTail;
  /** False when undoing the release failed too: what serves the environment is then unknown. */
  undone?: boolean;
  cause?: unknown;
}

/** A release that failed to go live; the environment still serves what it did before, if undone. */
export class ReleaseFailedError extends UserError {
  declare readonly logTail: LogTail;
  readonly undone: boolean;

  constructor(message: string, { hint, logTail, undone = true, cause }: ReleaseFailure) {
    super(message, { hint, logTail, cause });
    this.name = "ReleaseFailedError";
    this.undone = undone;
  }
}

/** The phases of one deployment, timed for the job summary, each in its own log group. */
export class DeployPhases {
  readonly done: DeployOutcome["phases"] = [];

  constructor(
    private readonly clock: Clock,
    private readonly reporter: Reporter,
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
