import { FakeClock } from "@quai/core/testing";
import { describe, expect, it } from "vitest";
import { runTestCommand, runTestService } from "./test-run";
import { FakeExec } from "./testing/fake-exec";
import { fakeProject } from "./testing/fake-stack";

const exited = (exitCode: number, oomKilled = false) =>
  JSON.stringify({
    State: { Status: "exited", ExitCode: exitCode, OOMKilled: oomKilled },
    HostConfig: { Memory: oomKilled ? 50_331_648 : 0 },
    Config: { WorkingDir: "/suite" },
  });

describe("runTestService", () => {
  it("runs the service once, without its dependencies, and keeps its log and exit code", async () => {
    const fake = new FakeExec()
      .on(/ run /, { stdout: "✓ answers\n✗ counts\n", exitCode: 1 })
      .on(/^docker container inspect --format \{\{json \.\}\} quai-test-tests-run$/, { stdout: exited(1) });
    const lines: string[] = [];
    const run = await runTestService(fakeProject(fake), fake.exec, "tests", {
      clock: new FakeClock(),
      onLine: (line) => lines.push(line),
    });
    expect(fake.linesMatching(/ run /)[0]).toMatch(
      / run --no-TTY --no-deps --name quai-test-tests-run tests$/,
    );
    expect(run).toEqual({
      runner: { service: "tests" },
      exitCode: 1,
      killed: undefined,
      durationMs: 0,
      log: ["✓ answers", "✗ counts"],
      container: { name: "quai-test-tests-run", workingDir: "/suite" },
    });
    expect(lines).toEqual(run.log);
  });

  it("says when the kernel killed the tests for memory", async () => {
    const fake = new FakeExec()
      .on(/ run /, { exitCode: 137 })
      .on(/^docker container inspect/, { stdout: exited(137, true) });
    const run = await runTestService(fakeProject(fake), fake.exec, "tests", {
      clock: new FakeClock(),
      onLine: () => undefined,
    });
    expect(run.killed).toBe("out of memory, limit 48 MiB");
  });

  it("fails with compose's reason when the test container never existed", async () => {
    const fake = new FakeExec()
      .on(/ run /, { exitCode: 1, stderr: "Error response from daemon: No such image: acme/tests:1\n" })
      .on(/^docker container inspect/, { exitCode: 1 });
    await expect(
      runTestService(fakeProject(fake), fake.exec, "tests", {
        clock: new FakeClock(),
        onLine: () => undefined,
      }),
    ).rejects.toThrow(
      "The test service tests did not start: Error response from daemon: No such image: acme/tests:1",
    );
  });
});

describe("runTestCommand", () => {
  it("runs the command with sh in the given folder and environment", async () => {
    const fake = new FakeExec().on(/^sh -c/, { stdout: "4 passed\n", exitCode: 0 });
    const run = await runTestCommand(
      fake.exec,
      "npm test",
      { cwd: "/ws", env: { A: "1" } },
      { clock: new FakeClock(), onLine: () => undefined },
    );
    expect(fake.calls[0]).toMatchObject({
      args: ["-c", "npm test"],
      options: { cwd: "/ws", env: { A: "1" } },
    });
    expect(run).toEqual({ runner: { command: "npm test" }, exitCode: 0, durationMs: 0, log: ["4 passed"] });
  });
});
