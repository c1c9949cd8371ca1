import { FakeClock } from "@quai/core/testing";
import { describe, expect, it } from "vitest";
import { CancelledError } from "./cancellation";
import { StackNotReadyError, type StartStackOptions, startStack } from "./start-stack";
import { FakeExec } from "./testing/fake-exec";
import { FakeReporter, fakeProject, psOutput } from "./testing/fake-stack";

const UNHEALTHY_REDIS = JSON.stringify({
  State: {
    Status: "running",
    ExitCode: 0,
    OOMKilled: false,
    Health: { Log: [1, 2, 3, 4].map((n) => ({ ExitCode: 1, Output: `check ${n}: LOADING\n` })) },
  },
  HostConfig: {},
  Config: {},
});

function options(changes: Partial<StartStackOptions> = {}): StartStackOptions & { reporter: FakeReporter } {
  return {
    services: ["redis", "app"],
    timeoutMs: 5000,
    clock: new FakeClock(),
    reporter: new FakeReporter(),
    ...changes,
  } as StartStackOptions & {
    reporter: FakeReporter;
  };
}

const STARTING_REDIS = JSON.stringify({
  State: { Status: "running", ExitCode: 0, OOMKilled: false, Health: { Log: [] } },
  HostConfig: {},
  Config: {},
});

/**
 * Creating and starting succeed; answers `compose ps` with each output in turn, the last one from
 * then on; inspects find a container.
 */
function psInTurn(fake: FakeExec, ...outputs: string[]): FakeExec {
  let call = 0;
  return fake
    .on(/ (create|up --detach) /, {})
    .on(/^docker container inspect/, { stdout: STARTING_REDIS })
    .on(/ ps --all --format json$/, () => ({ stdout: outputs[Math.min(call++, outputs.length - 1)] }));
}

async function failure(work: Promise<unknown>): Promise<StackNotReadyError> {
  const error = await work.catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(StackNotReadyError);
  return error as StackNotReadyError;
}

describe("startStack", () => {
  it("creates, starts, then waits until every service is ready, warning about one without a healthcheck", async () => {
    const fake = psInTurn(
      new FakeExec(),
      psOutput(["redis", "running", "healthy"], ["app", "running", "starting"]),
      psOutput(
        ["redis", "running", "healthy"],
        ["app", "running", "healthy"],
        ["migrate", "exited"],
        ["stub", "running"],
      ),
    );
    const settings = options();
    const ready = await startStack(fakeProject(fake), fake.exec, settings);
    expect(ready).toEqual([
      { service: "redis", container: "quai-test-redis-1", as: "healthy" },
      { service: "app", container: "quai-test-app-1", as: "healthy" },
      { service: "migrate", container: "quai-test-migrate-1", as: "completed" },
      { service: "stub", container: "quai-test-stub-1", as: "running" },
    ]);
    expect(fake.linesMatching(/ (create|up) /).map((line) => line.replace(/^.* -f \S+ /, ""))).toEqual([
      "create redis app",
      "up --detach redis app",
    ]);
    expect(settings.reporter.warnings).toEqual([
      expect.stringMatching(/^Service stub has no healthcheck, so it counted as ready once running/),
    ]);
  });

  it("starts nothing when the test service is the only service", async () => {
    const fake = new FakeExec();
    expect(await startStack(fakeProject(fake), fake.exec, options({ services: [] }))).toEqual([]);
    expect(fake.calls).toEqual([]);
  });

  it("stops waiting at once for a service that failed, with its health checks and last log lines", async () => {
    const fake = psInTurn(new FakeExec(), psOutput(["redis", "running", "unhealthy"], ["app", "created"]))
      .on(/^docker container inspect/, { stdout: UNHEALTHY_REDIS })
      .on(/ logs --no-color --no-log-prefix --tail 20 redis$/, { stdout: "Ready to accept connections\n" });
    const error = await failure(startStack(fakeProject(fake), fake.exec, options()));
    expect(error.message).toBe("The stack did not start: redis is unhealthy");
    expect(error.diagnoses).toEqual([
      {
        service: "redis",
        container: "quai-test-redis-1",
        why: "is unhealthy",
        healthLog: [2, 3, 4].map((n) => ({ exitCode: 1, output: `check ${n}: LOADING\n` })),
        logTail: ["Ready to accept connections"],
      },
    ]);
  });

  it("times out naming what is not ready, the services that started first", async () => {
    const fake = psInTurn(new FakeExec(), psOutput(["app", "created"], ["redis", "running", "starting"])).on(
      / logs /,
      {},
    );
    const error = await failure(startStack(fakeProject(fake), fake.exec, options({ timeoutMs: 2000 })));
    expect(error.message).toBe(
      "The stack was not ready within 2.0 s (wait-timeout): redis is starting (health: starting), app is not started yet",
    );
    expect(error.diagnoses.map((diagnosis) => diagnosis.service)).toEqual(["redis"]);
  });

  it("times out when up itself waits longer than wait-timeout for a dependency", async () => {
    const fake = psInTurn(new FakeExec(), psOutput(["redis", "running", "starting"], ["app", "created"]))
      .on(/ logs /, {})
      .on(
        / up --detach /,
        (call) =>
          new Promise((resolve) => {
            call.options.signal?.addEventListener("abort", () =>
              resolve({ exitCode: 143, stderr: "canceled\n" }),
            );
          }),
      );
    const error = await failure(startStack(fakeProject(fake), fake.exec, options({ timeoutMs: 20 })));
    expect(error.message).toBe(
      "The stack was not ready within 20 ms (wait-timeout): redis is starting (health: starting), app is not started yet",
    );
  });

  it("says which host port is taken", async () => {
    const fake = psInTurn(new FakeExec(), psOutput(["redis", "running", "healthy"], ["app", "created"])).on(
      / up --detach /,
      {
        exitCode: 1,
        stderr:
          "Error response from daemon: driver failed programming external connectivity on endpoint quai-test-app-1 (9f0e): Bind for 127.0.0.1:8080 failed: port is already allocated\n",
      },
    );
    const error = await failure(startStack(fakeProject(fake), fake.exec, options()));
    expect(error.summary).toBe(
      'Could not start the stack: host port 127.0.0.1:8080 is already taken. A port the compose files publish is already taken on this host: publish on an ephemeral port ("127.0.0.1::8080") or free it',
    );
  });

  it("passes on compose's own reason when it cannot create the containers", async () => {
    const fake = new FakeExec().on(/ create /, {
      exitCode: 1,
      stderr: "Error response from daemon: pull access denied for redis\n",
    });
    await expect(startStack(fakeProject(fake), fake.exec, options())).rejects.toThrow(
      "Could not create the stack: Error response from daemon: pull access denied for redis",
    );
  });

  it("stops when the run is cancelled", async () => {
    const controller = new AbortController();
    const fake = new FakeExec().on(/ create /, {}).on(/ up --detach /, () => {
      controller.abort("SIGTERM");
      return { exitCode: 143 };
    });
    await expect(
      startStack(fakeProject(fake), fake.exec, options({ signal: controller.signal })),
    ).rejects.toThrow(CancelledError);
  });
});
