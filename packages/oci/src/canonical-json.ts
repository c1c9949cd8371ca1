/** A value canonicalJson can write: what JSON holds, with undefined object members left out. */
export type JsonValue =
  | string
  | number
  | boolean
  | null
  | undefined
  | JsonValue[]
  | { [key: string]: JsonValue };

/**
 * JSON with object keys sorted (by UTF-16 code units, as RFC 8785 does) and no whitespace, so equal
 * values always give equal bytes, hence equal digests. JSON.stringify alone is not enough: it keeps
 * insertion order, and puts integer-like keys ("10", "9") first in numeric order.
 */
export function canonicalJson(value: JsonValue): string {
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item ?? null)).join(",")}]`;
  if (value !== null && typeof value === "object") return canonicalObject(value);
  if (typeof value === "number" && !Number.isFinite(value)) throw new Error(`JSON has no ${value}`);
  return JSON.stringify(value ?? null);
}

function canonicalObject(object: { [key: string]: JsonValue }): string {
  const members = Object.keys(object)
    .filter((key) => object[key] !== undefined)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonicalJson(object[key])}`);
  return `{${members.join(",")}}`;
}
