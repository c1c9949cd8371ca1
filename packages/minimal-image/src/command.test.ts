import { describe, expect, it } from "vitest";
import { expectStoppedAtTimeLimit } from "../../../test/support/processes";
import { runCommand } from "./command";
import { ScriptFailedError } from "./container-script";

describe("runCommand", () => {
  it("streams the lines and fails with the exit code and the tail of the output", async () => {
    const lines: string[] = [];
    const run = runCommand("sh", ["-c", "echo one; echo two >&2; exit 3"], (line) => lines.push(line));
    await expect(run).rejects.toBeInstanceOf(ScriptFailedError);
    await expect(run).rejects.toThrowError("sh -c echo one; echo two >&2; exit 3 failed with exit code 3");
    await run.catch((error: ScriptFailedError) =>
      expect([...error.logTail.lines].sort()).toEqual(["one", "two"]),
    );
    expect(lines.sort()).toEqual(["one", "two"]);
  });

  it("stops the command and what it started past its time limit, and fails naming both", async () => {
    await expectStoppedAtTimeLimit((script, { onLine, timeLimitMs }) =>
      runCommand("sh", ["-c", script], onLine, { timeLimitMs }),
    );
  });
});
