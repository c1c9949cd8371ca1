import { describe, expect, it } from "vitest";
import { CancelledError, throwIfCancelled } from "./cancellation";

describe("throwIfCancelled", () => {
  it("throws once the signal is aborted, saying why", () => {
    const controller = new AbortController();
    expect(() => throwIfCancelled(controller.signal)).not.toThrow();
    expect(() => throwIfCancelled(undefined)).not.toThrow();
    controller.abort("SIGTERM");
    expect(() => throwIfCancelled(controller.signal)).toThrow(new CancelledError("SIGTERM"));
    expect(new CancelledError("SIGTERM").summary).toBe(
      "The run was cancelled (SIGTERM). The stack was torn down",
    );
  });
});
