// Compose writes terminal escapes (erase line) even with --ansi never; they are no use in a log file.
// biome-ignore lint/suspicious/noControlCharactersInRegex: ESC is what starts the escapes removed here.
const ANSI_ESCAPE = /\u001b\[[0-9;?]*[A-Za-z]/g;

/** The lines of a program's output, without terminal escapes and empty lines. */
export function linesOf(text: string): string[] {
  return text
    .replace(ANSI_ESCAPE, "")
    .split(/\r?\n/)
    .map((line) => line.trimEnd())
    .filter(Boolean);
}

/** The last `count` lines. */
export function tail(lines: readonly string[], count: number): string[] {
  return lines.slice(Math.max(0, lines.length - count));
}

/** The last line of an error output: where docker and compose say what went wrong. */
export function lastLine(text: string): string {
  return tail(linesOf(text), 1)[0] ?? "";
}
