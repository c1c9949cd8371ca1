import { InvalidValueError } from "@quai/core";

/**
 * The newest epoch a tar header holds: tar-stream writes mtime through a 32-bit integer, so later
 * times would wrap to negative ones.
 */
const LATEST_EPOCH = 2 ** 31 - 1;

/** The build's timestamp (SOURCE_DATE_EPOCH, in seconds) as a Date, refused when a tar cannot hold it. */
export function epochDate(seconds: number): Date {
  if (!Number.isInteger(seconds) || seconds < 0 || seconds > LATEST_EPOCH) {
    throw new InvalidValueError(
      "SOURCE_DATE_EPOCH",
      String(seconds),
      `must be whole seconds from 0 to ${LATEST_EPOCH}`,
      { hint: "Use the commit time, e.g. $(git log -1 --format=%ct)" },
    );
  }
  return new Date(seconds * 1000);
}

/** The epoch as image configs write times: RFC 3339 in UTC, without fractions (1970-01-01T00:00:00Z). */
export function epochTimestamp(seconds: number): string {
  return epochDate(seconds).toISOString().replace(".000Z", "Z");
}
