import { describe, expect, it } from "vitest";
import { parseChallenge } from "./auth-challenge";

describe("parseChallenge", () => {
  it("reads a bearer challenge with its quoted parameters", () => {
    expect(
      parseChallenge(
        'Bearer realm="http://127.0.0.1:5003/token",service="quai-testbed",scope="repository:a/b:pull,push"',
      ),
    ).toEqual({
      scheme: "bearer",
      params: {
        realm: "http://127.0.0.1:5003/token",
        service: "quai-testbed",
        scope: "repository:a/b:pull,push",
      },
    });
  });

  it("reads a basic challenge", () => {
    expect(parseChallenge('Basic realm="quai-testbed"')).toEqual({
      scheme: "basic",
      params: { realm: "quai-testbed" },
    });
  });

  it("ignores schemes it cannot answer, and no header", () => {
    expect(parseChallenge('Negotiate realm="x"')).toBeUndefined();
    expect(parseChallenge(undefined)).toBeUndefined();
  });
});
