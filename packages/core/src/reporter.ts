import type { SourceLocation } from "./errors";

/** Progress lines, warnings and log groups: an action maps them to core.info, core.warning and core.group. */
export interface Reporter {
  info(message: string): void;
  /** A warning annotation, at `location` when it points into the user's files. */
  warning(message: string, location?: SourceLocation): void;
  group<T>(title: string, work: () => Promise<T>): Promise<T>;
  /**
   * How a long step stands now (bytes pulled, seconds of a drain left): a terminal redraws it in
   * place; a log, where every line stays, leaves it out.
   */
  progress?(message: string): void;
}
