import { UserError } from "@quai/core";
import { FakeClock } from "@quai/core/testing";
import { beforeEach, describe, expect, it } from "vitest";
import type { HealthGate, HealthProbe } from "../contract";
import { type FakeContainer, FakeHostApi } from "../testing/fake-host-api";
import { waitUntilHealthy } from "./health-gate";

const HTTP: HealthProbe = { kind: "http", path: "/health", expectedStatus: 200 };

function gate(probe: HealthProbe, successes = 1): HealthGate {
  return { probe, successes, intervalMs: 1000, timeoutMs: 5000 };
}

describe("waitUntilHealthy", () => {
  let api: FakeHostApi;
  let clock: FakeClock;
  let container: { id: string; name: string };
  let commands: string[][];

  beforeEach(async () => {
    api = new FakeHostApi();
    clock = new FakeClock();
    api.images.add("app@sha256:1");
    const id = await api.createContainer({
      name: "app-1",
      image: "app@sha256:1",
      labels: {},
      network: "quai-shop-staging",
    });
    await api.startContainer(id);
    container = { id, name: "app-1" };
    commands = [];
    reported = [];
  });

  const site = {
    name: "app-1-probe",
    network: "quai-shop-staging",
    labels: { "io.github.quai.deploy.role": "probe" },
  };
  let reported: string[];
  const gateOn = (healthGate: HealthGate) =>
    waitUntilHealthy(api, {
      container,
      gate: healthGate,
      containerPort: 3000,
      probeSite: site,
      clock,
      report: (line) => reported.push(line),
    });

  it("probes over HTTP from a probe container on the app's network, removed afterwards", async () => {
    api.probe = (target, command) => {
      commands.push([target.name, ...command]);
      return { exitCode: 0, output: "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok" };
    };
    await gateOn(gate(HTTP));
    // Run in the probe container, answered by the app: the program needs nothing from its image.
    expect(commands).toEqual([["app-1", "/quai-probe"]]);
    const probeImage = [...api.images].find((image) => image.startsWith("quai/probe:x86_64-"));
    expect(api.events).toEqual(
      expect.arrayContaining([
        `import ${probeImage}`,
        "create app-1-probe",
        "start app-1-probe",
        "remove app-1-probe",
      ]),
    );
    expect(api.named("app-1-probe")).toBeUndefined();
    expect(reported).toEqual(["Check 1: passed (1 of 1 in a row)"]);
  });

  it("makes the probe container unprivileged, with the request for the app's address baked into its program", async () => {
    let probeContainer: FakeContainer | undefined;
    api.probe = () => {
      probeContainer = api.named("app-1-probe");
      return { exitCode: 0, output: "HTTP/1.1 200 OK" };
    };
    await gateOn(gate({ kind: "http", path: "health?deep=1", expectedStatus: 200 }));
    expect(probeContainer?.spec).toMatchObject({
      cmd: ["/quai-idle"],
      user: "65534:65534",
      network: "quai-shop-staging",
      capDrop: ["ALL"],
      securityOpt: ["no-new-privileges:true"],
      labels: site.labels,
    });
    const program = probeContainer?.files.get("/quai-probe") ?? "";
    expect(program.startsWith("\x7fELF")).toBe(true);
    expect(probeContainer?.modes.get("/quai-probe")).toBe(0o755);
    const address = await api.containerAddress(container.id, "quai-shop-staging");
    expect(program).toContain(`GET /health?deep=1 HTTP/1.1\r\nHost: ${address}:3000\r\n`);
  });

  it("uses the arm64 program on an arm64 engine, and says so on an engine it has none for", async () => {
    api.engineArchitecture = "aarch64";
    await gateOn(gate(HTTP));
    expect([...api.images].some((image) => image.startsWith("quai/probe:aarch64-"))).toBe(true);

    api.engineArchitecture = "s390x";
    const error = (await gateOn(gate(HTTP)).catch((rejection: unknown) => rejection)) as UserError;
    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toBe("quai's HTTP probe has no program for s390x Docker hosts");
    expect(error.hint).toMatch(/health: image/);
  });

  it("reports a refused connection, and each check in the log", async () => {
    const results = [
      { exitCode: 111, output: "" },
      { exitCode: 0, output: "HTTP/1.1 200 OK" },
    ];
    api.probe = () => results.shift() ?? { exitCode: 1, output: "" };
    await gateOn(gate(HTTP));
    expect(reported).toEqual([
      "Check 1: GET /health failed: connection refused",
      "Check 2: passed (1 of 1 in a row)",
    ]);
  });

  it("needs the successes in a row: a failure in between starts the count again", async () => {
    const statuses = [200, 500, 200, 200];
    api.probe = () => ({ exitCode: 0, output: `HTTP/1.1 ${statuses.shift()} X\r\n` });
    await gateOn(gate(HTTP, 2));
    expect(statuses).toEqual([]);
    expect(clock.sleeps).toEqual([1000, 1000, 1000]);
  });

  it("times out with the last reason", async () => {
    api.probe = () => ({ exitCode: 0, output: "HTTP/1.1 503 Service Unavailable\r\n" });
    await expect(gateOn(gate(HTTP))).rejects.toThrow(
      "Timed out after 5.0 s waiting for app-1 to pass 1 health check(s) in a row (6 tries; last: GET /health answered 503, not 200)",
    );
    expect(api.named("app-1-probe")).toBeUndefined();
  });

  it("fails at once when the container stops", async () => {
    const stopped = api.containers.get(container.id);
    if (stopped) Object.assign(stopped, { running: false, exitCode: 137 });
    await expect(gateOn(gate(HTTP))).rejects.toThrow("app-1 stopped during its health check (exit code 137)");
    expect(clock.sleeps).toEqual([]);
  });

  it("reads the image's HEALTHCHECK verdict, waiting while it is starting", async () => {
    // Each inspection moves the verdict on; the last one stays.
    const verdicts = ["starting", "starting", "starting", "healthy"];
    api.inspectContainer = async () => ({
      ...container,
      image: "",
      labels: {},
      env: [],
      restartCount: 0,
      oomKilled: false,
      healthLog: [],
      running: true,
      created: 0,
      exitCode: 0,
      restartPolicy: "no",
      health: verdicts.length > 1 ? verdicts.shift() : verdicts[0],
    });
    await gateOn(gate({ kind: "image" }));
    expect(verdicts).toEqual(["healthy"]);
    expect(reported[0]).toBe("Check 1: the HEALTHCHECK says starting");
    expect(reported.at(-1)).toBe(`Check ${reported.length}: passed (1 of 1 in a row)`);
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

  it("fails at once, saying why, when the health command cannot run in the image", async () => {
    api.probe = () => ({ exitCode: 127, output: 'exec: "pg_isready": executable file not found in $PATH' });
    const error = (await gateOn(gate({ kind: "command", command: ["pg_isready", "-q"] })).catch(
      (rejection: unknown) => rejection,
    )) as UserError;
    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toBe("The health command pg_isready cannot run in app-1 (not found)");
    expect(error.hint).toMatch(/http health check \(it needs nothing in the image\)/);
    expect(clock.sleeps).toEqual([]);
  });
});
