import { UserError } from "@quai/core";
import { beforeEach, describe, expect, it } from "vitest";
import type { HealthGate, HealthProbe } from "../contract";
import { FakeHostApi, SteppingClock } from "./fake-host-api";
import { lastHttpStatus, waitUntilHealthy } from "./health-gate";

const HTTP: HealthProbe = { kind: "http", path: "/health", expectedStatus: 200 };

function gate(probe: HealthProbe, successes = 1): HealthGate {
  return { probe, successes, intervalMs: 1000, timeoutMs: 5000 };
}

describe("waitUntilHealthy", () => {
  let api: FakeHostApi;
  let clock: SteppingClock;
  let container: { id: string; name: string };
  let commands: string[][];

  beforeEach(async () => {
    api = new FakeHostApi();
    clock = new SteppingClock();
    api.images.add("app@sha256:1");
    const id = await api.createContainer({ name: "app-1", image: "app@sha256:1", labels: {} });
    await api.startContainer(id);
    container = { id, name: "app-1" };
    commands = [];
  });

  const gateOn = (healthGate: HealthGate) => waitUntilHealthy(api, container, healthGate, 3000, clock);

  it("fetches the path with /quai/busybox wget inside the container", async () => {
    api.probe = (_container, command) => {
      commands.push(command);
      return { exitCode: 0, output: "Connecting to 127.0.0.1:3000\n  HTTP/1.1 200 OK\n" };
    };
    await gateOn(gate(HTTP));
    expect(commands).toEqual([
      ["/quai/busybox", "wget", "-S", "-q", "-O", "/dev/null", "http://127.0.0.1:3000/health"],
    ]);
  });

  it("falls back to curl when the image has neither busybox nor wget, and keeps using it", async () => {
    api.probe = (_container, command) => {
      commands.push(command);
      return command[0] === "curl"
        ? { exitCode: 0, output: "HTTP/1.1 200" }
        : { exitCode: 126, output: `exec: "${command[0]}": executable file not found in $PATH` };
    };
    await gateOn(gate(HTTP, 2));
    expect(commands.map((command) => command[0])).toEqual(["/quai/busybox", "wget", "curl", "curl"]);
  });

  it("says to use the image's HEALTHCHECK or a command when the image has no HTTP client", async () => {
    api.probe = () => ({ exitCode: 127, output: "not found" });
    const error = (await gateOn(gate(HTTP)).catch((rejection: unknown) => rejection)) as UserError;
    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toBe("app-1 has no HTTP client to run the http health check with");
    expect(error.hint).toMatch(/health: image \(its HEALTHCHECK\) or a command/);
  });

  it("needs the successes in a row: a failure in between starts the count again", async () => {
    const statuses = [200, 500, 200, 200];
    api.probe = () => ({ exitCode: 0, output: `  HTTP/1.1 ${statuses.shift()} X` });
    await gateOn(gate(HTTP, 2));
    expect(statuses).toEqual([]);
    expect(clock.sleeps).toEqual([1000, 1000, 1000]);
  });

  it("times out with the last reason", async () => {
    api.probe = () => ({
      exitCode: 1,
      output: "  HTTP/1.1 503 Service Unavailable\nwget: server returned error",
    });
    await expect(gateOn(gate(HTTP))).rejects.toThrow(
      "Timed out after 5.0 s waiting for app-1 to pass 1 health check(s) in a row (6 tries; last: GET /health answered 503)",
    );
  });

  it("fails at once when the container stops", async () => {
    api.probe = () => ({ exitCode: 1, output: "wget: can't connect to remote host: Connection refused" });
    const stopped = api.containers.get(container.id);
    if (stopped) Object.assign(stopped, { running: false, exitCode: 137 });
    await expect(gateOn(gate(HTTP))).rejects.toThrow("app-1 stopped during its health check (exit code 137)");
    expect(clock.sleeps).toEqual([]);
  });

  it("reads the image's HEALTHCHECK verdict", async () => {
    const verdicts = ["starting", "healthy"];
    api.inspectContainer = async () => ({
      ...container,
      image: "",
      labels: {},
      env: [],
      running: true,
      created: 0,
      exitCode: 0,
      restartPolicy: "no",
      health: verdicts.shift(),
    });
    await gateOn(gate({ kind: "image" }));
    expect(verdicts).toEqual([]);
  });

  it("refuses health: image for an image without a HEALTHCHECK", async () => {
    await expect(gateOn(gate({ kind: "image" }))).rejects.toThrow(
      "The image of app-1 has no HEALTHCHECK, so health: image cannot judge it",
    );
  });

  it("runs a command probe; exit 0 is healthy, a command that hangs is a failed check", async () => {
    const results = [
      { exitCode: null, output: "" },
      { exitCode: 0, output: "" },
    ];
    api.probe = (_container, command) => {
      commands.push(command);
      return results.shift() ?? { exitCode: 1, output: "" };
    };
    await gateOn(gate({ kind: "command", command: ["pg_isready", "-q"] }));
    expect(commands).toEqual([
      ["pg_isready", "-q"],
      ["pg_isready", "-q"],
    ]);
  });
});

describe("lastHttpStatus", () => {
  it("reads the last status line, after redirects", () => {
    expect(lastHttpStatus("  HTTP/1.1 301 Moved\n  Location: /h\n  HTTP/1.1 204 No Content\n")).toBe(204);
    expect(lastHttpStatus("HTTP/2 200")).toBe(200);
  });

  it("is undefined without an answer (curl prints 000)", () => {
    expect(lastHttpStatus("HTTP/1.1 000")).toBeUndefined();
    expect(lastHttpStatus("wget: can't connect to remote host")).toBeUndefined();
  });
});
