import { describe, expect, it } from "vitest";
import { abbreviate, InvalidValueError, UserError } from "./errors";

describe("UserError", () => {
  it("joins message and hint into one line", () => {
    const error = new UserError("No Docker engine answers at unix:///var/run/docker.sock", {
      hint: "Start dockerd or set DOCKER_HOST",
    });
    expect(error.summary).toBe(
      "No Docker engine answers at unix:///var/run/docker.sock. Start dockerd or set DOCKER_HOST",
    );
    expect(error.summary).not.toContain("\n");
  });

  it("is only the message without a hint, and keeps its location", () => {
    const error = new UserError("bad line", { location: { file: "Procfile", line: 3 } });
    expect(error.summary).toBe("bad line");
    expect(error.location).toEqual({ file: "Procfile", line: 3 });
  });
});

describe("InvalidValueError", () => {
  it("names the input, the value and why", () => {
    const error = new InvalidValueError("wait-timeout", "soon", "expected a duration such as 90s or 5m");
    expect(error.message).toBe('Invalid wait-timeout: "soon" (expected a duration such as 90s or 5m)');
    expect(error).toBeInstanceOf(UserError);
    expect(error.input).toBe("wait-timeout");
  });
});

describe("InvalidValueError with a long value", () => {
  it("quotes its first 200 characters and says how long it is", () => {
    const value = "x".repeat(100_000);
    const error = new InvalidValueError("password", value, "expected no newline");
    expect(error.message).toBe(
      `Invalid password: "${"x".repeat(200)}"… (100000 characters) (expected no newline)`,
    );
    expect(error.value).toBe(value);
  });

  it("quotes a value of 200 characters whole, and never cuts a character in two", () => {
    expect(new InvalidValueError("tag", "a".repeat(200), "why").message).toBe(
      `Invalid tag: "${"a".repeat(200)}" (why)`,
    );
    const emoji = "😀".repeat(300);
    expect(new InvalidValueError("tag", emoji, "why").message).toBe(
      `Invalid tag: "${"😀".repeat(200)}"… (300 characters) (why)`,
    );
  });
});

describe("abbreviate", () => {
  it("cuts a long part of a value the same way, unquoted", () => {
    expect(abbreviate("999.1.1.1")).toBe("999.1.1.1");
    expect(abbreviate("9".repeat(1000))).toBe(`${"9".repeat(200)}… (1000 characters)`);
  });
});
