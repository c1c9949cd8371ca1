import { describe, expect, it } from "vitest";
import { isRetryable, registryMessage, responseError, TransientRegistryError } from "./registry-errors";

describe("responseError", () => {
  it("shows a 401 as such, with the registry's own message", () => {
    const body = JSON.stringify({ errors: [{ code: "UNAUTHORIZED", message: "authentication required" }] });
    expect(responseError("push", "r.io", 401, body).message).toBe(
      "r.io refused to push (401 Unauthorized: UNAUTHORIZED: authentication required)",
    );
  });

  it("makes 5xx and 429 retryable, other statuses final", () => {
    expect(isRetryable(responseError("push", "r.io", 503, ""))).toBe(true);
    expect(isRetryable(responseError("push", "r.io", 429, ""))).toBe(true);
    expect(isRetryable(responseError("push", "r.io", 400, ""))).toBe(false);
  });

  it("retries broken connections", () => {
    expect(isRetryable(Object.assign(new Error("reset"), { code: "ECONNRESET" }))).toBe(true);
    expect(isRetryable(new TransientRegistryError("x"))).toBe(true);
    expect(isRetryable(new Error("bug"))).toBe(false);
  });
});

describe("registryMessage", () => {
  it("reads plain text bodies by their first line", () => {
    expect(registryMessage("denied\nmore")).toBe("denied");
  });
});
