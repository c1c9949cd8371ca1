import { describe, expect, it } from "vitest";
import { type ContainerStatus, parseComposePs, readinessOf } from "./stack-status";

const status = (changes: Partial<ContainerStatus>): ContainerStatus => ({
  name: "p-redis-1",
  service: "redis",
  state: "running",
  health: "",
  exitCode: 0,
  ...changes,
});

describe("parseComposePs", () => {
  const redis = { Name: "p-redis-1", Service: "redis", State: "running", Health: "healthy", ExitCode: 0 };
  const migrate = { Name: "p-migrate-1", Service: "migrate", State: "exited", Health: "", ExitCode: 0 };

  it("reads one JSON object per line (Compose 2.21 and later)", () => {
    expect(parseComposePs(`${JSON.stringify(redis)}\n${JSON.stringify(migrate)}\n`)).toEqual([
      { name: "p-redis-1", service: "redis", state: "running", health: "healthy", exitCode: 0 },
      { name: "p-migrate-1", service: "migrate", state: "exited", health: "", exitCode: 0 },
    ]);
  });

  it("reads one JSON array (earlier Compose 2 releases) and nothing at all", () => {
    expect(parseComposePs(JSON.stringify([redis]))).toHaveLength(1);
    expect(parseComposePs("\n")).toEqual([]);
  });
});

describe("readinessOf", () => {
  it.each([
    [{ health: "healthy" }, { ready: true, as: "healthy" }],
    [{ health: "" }, { ready: true, as: "running" }],
    [
      { state: "exited", exitCode: 0 },
      { ready: true, as: "completed" },
    ],
    [{ health: "starting" }, { ready: false, broken: false, why: "is starting (health: starting)" }],
    [{ state: "created" }, { ready: false, broken: false, why: "is not started yet" }],
    [{ state: "restarting" }, { ready: false, broken: false, why: "is restarting" }],
    [{ health: "unhealthy" }, { ready: false, broken: true, why: "is unhealthy" }],
    [
      { state: "exited", exitCode: 3 },
      { ready: false, broken: true, why: "exited with code 3" },
    ],
  ])("%j → %j", (changes, readiness) => {
    expect(readinessOf(status(changes))).toEqual(readiness);
  });
});
