import { describe, expect, it } from "vitest";
import { expectGone, SHELL_WITH_CHILD } from "../../../test/support/processes";
import { runProcess } from "./child-process";
import { stopChildProcesses } from "./process-groups";

describe("stopChildProcesses", () => {
  it("stops every command still running, with what each started", async () => {
    const pids: number[] = [];
    const onLine = (line: string) => {
      pids.push(Number(line));
      if (pids.length === 4) stopChildProcesses();
    };
    const results = await Promise.all([
      runProcess("sh", ["-c", SHELL_WITH_CHILD], { onLine }),
      runProcess("sh", ["-c", SHELL_WITH_CHILD], { onLine }),
    ]);
    expect(results.map((result) => result.exitCode)).toEqual([128 + 15, 128 + 15]);
    for (const pid of pids) await expectGone(pid);
  });
});
