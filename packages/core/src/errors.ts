/** Where in a user's file an error points, for `::error file=…,line=…` annotations. */
export interface SourceLocation {
  file: string;
  line?: number;
  column?: number;
}

/** The end of a log that says why something failed: a compile step's, a release's. */
export interface LogTail {
  /** Whose log it is: "the compile step (node)", "shop-staging-green". */
  of: string;
  lines: readonly string[];
}

export interface UserErrorOptions {
  /** What the user can do about it, shown after the message. */
  hint?: string;
  location?: SourceLocation;
  /** Shown with the error in the job summary, collapsed. */
  logTail?: LogTail;
  cause?: unknown;
}

/**
 * An error the user can fix (bad input, missing engine, refused release). The action runner
 * prints it as one line, never with a stack trace; anything that is not a UserError is a bug.
 */
export class UserError extends Error {
  readonly hint?: string;
  readonly location?: SourceLocation;
  readonly logTail?: LogTail;

  constructor(message: string, options: UserErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "UserError";
    this.hint = options.hint;
    this.location = options.location;
    this.logTail = options.logTail;
  }

  /** The message and the hint, as the one line a user reads. */
  get summary(): string {
    return this.hint ? `${this.message}. ${this.hint}` : this.message;
  }
}

/** The title a log tail is shown under, in the step's log and in the job summary alike. */
export function logTailTitle(tail: LogTail): string {
  return `${tail.of}: last ${tail.lines.length} log lines`;
}

/**
 * The sentence of a hint that says where a log tail is, or undefined when it is empty: run()
 * shows an error's log tail in the job summary, and whoever made it showed it in the log.
 */
export function logTailNote(tail: LogTail): string | undefined {
  return tail.lines.length > 0
    ? `Its last ${tail.lines.length} log lines are in the log and the job summary`
    : undefined;
}

/** One hint from the sentences that apply (the others undefined), in order. */
export function joinSentences(...sentences: (string | undefined)[]): string {
  return sentences.filter((sentence) => sentence !== undefined && sentence !== "").join(". ");
}

/** How much of a rejected value a message quotes: enough to recognise it, on one readable line. */
export const QUOTED_VALUE_LIMIT = 200;

/**
 * A value as an error message quotes it: JSON-quoted (so control characters show), and a long one
 * cut to its first QUOTED_VALUE_LIMIT characters with its length, never a 100 kB line in the log.
 */
export function quoteValue(value: string): string {
  const { start, length } = cut(value);
  return start === value ? JSON.stringify(value) : `${JSON.stringify(start)}… (${length} characters)`;
}

/** A part of a value a message names unquoted (an address, a port), cut like quoteValue's. */
export function abbreviate(text: string): string {
  const { start, length } = cut(text);
  return start === text ? text : `${start}… (${length} characters)`;
}

/** The first QUOTED_VALUE_LIMIT characters (code points: no emoji cut in two) and the length. */
function cut(text: string): { start: string; length: number } {
  if (text.length <= QUOTED_VALUE_LIMIT) return { start: text, length: text.length };
  const characters = Array.from(text);
  if (characters.length <= QUOTED_VALUE_LIMIT) return { start: text, length: characters.length };
  return { start: characters.slice(0, QUOTED_VALUE_LIMIT).join(""), length: characters.length };
}

/** `Invalid <name>: <value> (<why>)`: the one shape of every rejected input or setting. */
export class InvalidValueError extends UserError {
  readonly input: string;
  /** The whole value; the message quotes at most QUOTED_VALUE_LIMIT characters of it. */
  readonly value: string;

  constructor(input: string, value: string, why: string, options: UserErrorOptions = {}) {
    super(`Invalid ${input}: ${quoteValue(value)} (${why})`, options);
    this.name = "InvalidValueError";
    this.input = input;
    this.value = value;
  }
}

/** An error's message cut to its first line, to quote it inside a one-line UserError. */
export function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n", 1)[0]?.trim() ?? "";
}
