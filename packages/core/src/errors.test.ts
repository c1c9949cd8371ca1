import { describe, expect, it } from "vitest";
import { InvalidValueError, NotImplementedError, UserError } from "./errors";

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

describe("NotImplementedError", () => {
  it("says what is missing and where it is tracked", () => {
    const error = new NotImplementedError("deploy-env", 6);
    expect(error.summary).toMatch(/^deploy-env is not implemented yet\. It is tracked in quai issue #6/);
    expect(new NotImplementedError("drift").summary).toMatch(/No issue tracks it yet/);
  });
});
