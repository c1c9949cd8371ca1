import { InvalidValueError } from "@quai/core";
import { describe, expect, it } from "vitest";
import { epochDate, epochTimestamp } from "./epoch";

describe("the build's epoch", () => {
  it("is written as RFC 3339 in UTC, without fractions", () => {
    expect(epochTimestamp(0)).toBe("1970-01-01T00:00:00Z");
    expect(epochTimestamp(1_700_000_000)).toBe("2023-11-14T22:13:20Z");
  });

  it.each([-1, 1.5, Number.NaN, 2 ** 31])("refuses %s, which a tar header cannot hold", (seconds) => {
    expect(() => epochDate(seconds)).toThrowError(InvalidValueError);
    expect(() => epochDate(seconds)).toThrowError(
      `Invalid SOURCE_DATE_EPOCH: "${seconds}" (must be whole seconds`,
    );
  });
});
