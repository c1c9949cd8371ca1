/** The text form of a duration, for schemas: 90s, 5m, 1h, 500ms, or bare seconds. */
export const DURATION_PATTERN = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h)?$/;
const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

export const DURATION_EXAMPLE = "a duration such as 90s, 5m or 1h";

/** Milliseconds of `90s`, `5m`, `1h`, `500ms` or bare seconds; undefined when it is none of them. */
export function parseDuration(text: string): number | undefined {
  const match = text.trim().match(DURATION_PATTERN);
  if (!match?.[1]) return undefined;
  return Math.round(Number(match[1]) * (UNIT_MS[match[2] ?? "s"] ?? 1000));
}
