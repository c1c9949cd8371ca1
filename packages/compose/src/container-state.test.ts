import { describe, expect, it } from "vitest";
import { type ContainerState, inspectContainer, killReason } from "./container-state";
import { FakeExec } from "./testing/fake-exec";

const INSPECTED = {
  State: {
    Status: "running",
    ExitCode: 0,
    OOMKilled: false,
    Health: { Status: "starting", Log: [{ ExitCode: 1, Output: "loading\n", Start: "…" }] },
  },
  HostConfig: { Memory: 0 },
  Config: { WorkingDir: "" },
};

const state = (changes: Partial<ContainerState>): ContainerState => ({
  status: "exited",
  exitCode: 0,
  oomKilled: false,
  memoryLimit: 0,
  workingDir: "/",
  healthLog: [],
  ...changes,
});

describe("inspectContainer", () => {
  it("reads the state, the limits, the working folder and the health checks", async () => {
    const fake = new FakeExec().on(/^docker container inspect/, { stdout: JSON.stringify(INSPECTED) });
    expect(await inspectContainer(fake.exec, "p-redis-1")).toEqual({
      status: "running",
      exitCode: 0,
      oomKilled: false,
      memoryLimit: 0,
      workingDir: "/",
      healthLog: [{ exitCode: 1, output: "loading\n" }],
    });
  });

  it("says undefined for a container that does not exist", async () => {
    const fake = new FakeExec().on(/^docker container inspect/, {
      exitCode: 1,
      stderr: "Error: No such container",
    });
    expect(await inspectContainer(fake.exec, "p-tests-run")).toBeUndefined();
  });
});

describe("killReason", () => {
  it("names an out-of-memory kill and the limit", () => {
    expect(killReason(state({ exitCode: 137, oomKilled: true, memoryLimit: 48 * 1024 * 1024 }))).toBe(
      "out of memory, limit 48 MiB",
    );
    expect(killReason(state({ exitCode: 137, oomKilled: true }))).toBe("out of memory");
  });

  it("names a SIGKILL, and nothing for an ordinary exit", () => {
    expect(killReason(state({ exitCode: 137 }))).toBe("SIGKILL");
    expect(killReason(state({ exitCode: 1 }))).toBeUndefined();
  });
});
