import { describe, expect, it } from "vitest";
import { lastLine, linesOf, tail } from "./output-lines";

describe("output lines", () => {
  it("drops terminal escapes, trailing blanks and empty lines", () => {
    expect(linesOf("\u001b[2Kout1  \r\n\n\u001b[2Kout2\n")).toEqual(["out1", "out2"]);
  });

  it("keeps the last lines", () => {
    expect(tail(["a", "b", "c"], 2)).toEqual(["b", "c"]);
    expect(tail(["a"], 5)).toEqual(["a"]);
  });

  it("finds the last line of an error output", () => {
    expect(lastLine(" Container x  Starting\nError response from daemon: boom\n\n")).toBe(
      "Error response from daemon: boom",
    );
    expect(lastLine("")).toBe("");
  });
});
