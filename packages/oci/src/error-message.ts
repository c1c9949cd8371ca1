/** An error's message cut to its first line, to quote it inside a one-line UserError. */
export function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n", 1)[0]?.trim() ?? "";
}
