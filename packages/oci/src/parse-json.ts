import { firstLine, UserError } from "@quai/core";

/** A JSON document read from a file or an engine, checked for the fields the caller relies on. */
export function parseJson<T>(text: string, what: string, isExpected: (value: unknown) => value is T): T {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UserError(`${what} is not valid JSON (${firstLine(error)})`, { cause: error });
  }
  if (!isExpected(value)) throw new UserError(`${what} does not have the fields it should`);
  return value;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === "string");
}
