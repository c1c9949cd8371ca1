import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { InvalidValueError } from "@quai/core";
import { FakeClock } from "@quai/core/testing";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { CancelledError } from "./cancellation";
import { type ComposeTestRequest, runComposeTests } from "./run-compose-tests";
import { StackNotReadyError } from "./start-stack";
import { type ExecCall, FakeExec } from "./testing/fake-exec";
import { FakeReporter, psOutput } from "./testing/fake-stack";

const IMAGE_ID = `sha256:${"b3".repeat(32)}`;
const COMPOSE = `services:
  app:
    image: app:dev
    depends_on: [redis]
  redis:
    image: redis:7
  tests:
    image: node:22
    profiles: [tests]
`;
const DOCKER_SOCKET_BIND =
  "    image: redis:7\n    volumes:\n      - /var/run/docker.sock:/var/run/docker.sock\n";
const MODEL = {
  services: {
    app: { depends_on: { redis: {} } },
    redis: {},
    tests: { profiles: ["tests"], depends_on: { app: {} } },
  },
};
const PASSING = `<testsuite name="api"><testcase name="answers"/><testcase name="counts"/></testsuite>`;
const FAILING = `<testsuite name="api"><testcase name="answers"/><testcase name="counts" file="tests/api.test.js">
<failure message="expected 2, got 1">AssertionError: expected 2, got 1
    at /suite/tests/api.test.js:9:3</failure></testcase></testsuite>`;

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), "quai-compose-run-"));
  writeFileSync(join(dir, "compose.yml"), COMPOSE);
  mkdirSync(join(dir, "tests"));
  writeFileSync(join(dir, "tests/api.test.js"), "");
  return dir;
}

function request(dir: string, changes: Partial<ComposeTestRequest> = {}): ComposeTestRequest {
  return {
    composeFiles: [join(dir, "compose.yml")],
    workspace: dir,
    imageUnderTest: { image: "acme/app:1a2b", service: "app" },
    tests: { service: "tests" },
    env: { SUITE: "passing" },
    waitTimeoutMs: 5000,
    reports: "reports",
    keepOnFailure: false,
    allowPrivileged: true,
    project: "quai-42",
    runId: "42",
    workDir: join(dir, ".run"),
    ...changes,
  };
}

const exited = (exitCode: number, oomKilled = false) => ({
  stdout: JSON.stringify({
    State: { Status: "exited", ExitCode: exitCode, OOMKilled: oomKilled },
    HostConfig: { Memory: 50_331_648 },
    Config: { WorkingDir: "/suite" },
  }),
});

/** docker cp of the reports folder, as the engine does it: the folder becomes the destination. */
const copyReport = (xml: string) => (call: ExecCall) => {
  const destination = call.args[3] ?? "";
  mkdirSync(destination, { recursive: true });
  writeFileSync(join(destination, "junit.xml"), xml);
  return {};
};

/** A stack that comes up healthy and a test service that passes, unless a test says otherwise. */
function healthyStack(): FakeExec {
  return new FakeExec()
    .on(/^docker compose version/, { stdout: "2.26.1\n" })
    .on(/^docker image inspect/, { stdout: `${IMAGE_ID}\n` })
    .on(/ config --format json$/, { stdout: JSON.stringify(MODEL) })
    .on(/ (create|up --detach|down) /, {})
    .on(/ ps --all --format json$/, {
      stdout: psOutput(["redis", "running", "healthy"], ["app", "running", "healthy"]),
    })
    .on(/ run --no-TTY /, { stdout: "2 passed\n" })
    .on(/^docker container inspect/, exited(0))
    .on(/^docker container cp/, copyReport(PASSING))
    .on(/ logs /, (call) => ({ stdout: `log of ${call.args.at(-1)}\n` }));
}

const compose = (fake: FakeExec, pattern: RegExp) =>
  fake
    .linesMatching(pattern)
    .map((line) => line.replace(/^docker compose --ansi never -p quai-42 (-f \S+ )*/, ""));

describe("runComposeTests", () => {
  it("tests the image with its services and tears the stack down", async () => {
    const dir = workspace();
    const fake = healthyStack();
    const reporter = new FakeReporter();
    const result = await runComposeTests(
      request(dir),
      { exec: fake.exec, clock: new FakeClock(), env: {} },
      reporter,
    );

    expect(result).toMatchObject({
      verdict: "passed",
      failure: undefined,
      project: "quai-42",
      composeVersion: "2.26.1",
      image: { ref: "acme/app:1a2b", id: IMAGE_ID, service: "app" },
      services: [
        { service: "redis", as: "healthy" },
        { service: "app", as: "healthy" },
      ],
      testRun: { exitCode: 0, log: ["2 passed"] },
      report: { totals: { passed: 2, failed: 0, skipped: 0, durationMs: 0 } },
      logsDir: join(dir, ".run/logs"),
    });
    expect(result.logs.map((log) => log.name)).toEqual(["tests"]);
    expect(reporter.groups).toEqual([
      "Prepare the stack",
      "Start the stack and wait until it is ready",
      "Run the tests (test service tests)",
      "Read the JUnit reports",
      "Tear the stack down",
    ]);
    expect(compose(fake, / (create|up|run|down) /)).toEqual([
      "create app redis",
      "up --detach app redis",
      "run --no-TTY --no-deps --name quai-42-tests-run tests",
      "--profile * down --volumes --remove-orphans",
    ]);
    const up = fake.calls.find((call) => / up /.test(call.line));
    expect(up?.options.env).toEqual({ SUITE: "passing" });
    const override = parse(readFileSync(join(dir, ".run/compose.quai-override.yml"), "utf8"));
    expect(override.services.app).toMatchObject({ image: IMAGE_ID, pull_policy: "never" });
    expect(override.services.tests.labels).toEqual({
      "io.github.quai.run-id": "42",
      "io.github.quai.action": "integration-test-compose",
    });
  });

  it("fails with the failed tests annotated, and saves every service's log", async () => {
    const dir = workspace();
    const fake = healthyStack()
      .on(/ run --no-TTY /, { stdout: "1 passed, 1 failed\n", exitCode: 1 })
      .on(/^docker container inspect/, exited(1))
      .on(/^docker container cp/, copyReport(FAILING));
    const reporter = new FakeReporter();
    const result = await runComposeTests(request(dir), { exec: fake.exec, clock: new FakeClock() }, reporter);

    expect(result.verdict).toBe("failed");
    expect(result.failure?.summary).toBe(
      "1 of 2 tests failed (test service tests exited with code 1). Each failure is annotated and listed in the job summary",
    );
    expect(reporter.failedTests).toEqual([
      {
        suite: "api",
        name: "counts",
        message: "expected 2, got 1",
        location: { file: "tests/api.test.js", line: 9 },
      },
    ]);
    expect(result.logs.map((log) => [log.name, log.lines])).toEqual([
      ["tests", ["1 passed, 1 failed"]],
      ["app", ["log of app"]],
      ["redis", ["log of redis"]],
    ]);
    expect(readFileSync(join(dir, ".run/logs/redis.log"), "utf8")).toBe("log of redis\n");
    expect(reporter.groups).toContain("Logs of redis");
    expect(compose(fake, / down /)).toHaveLength(1);
  });

  it("fails, after showing why, when the stack does not come up; it never runs the tests", async () => {
    const dir = workspace();
    const fake = healthyStack().on(/ ps --all --format json$/, {
      stdout: psOutput(["redis", "running", "healthy"], ["app", "exited", "", 1]),
    });
    const reporter = new FakeReporter();
    const result = await runComposeTests(request(dir), { exec: fake.exec, clock: new FakeClock() }, reporter);

    expect(result.failure).toBeInstanceOf(StackNotReadyError);
    expect(result.failure?.message).toBe("The stack did not start: app exited with code 1");
    expect(result.diagnoses).toMatchObject([
      { service: "app", why: "exited with code 1", logTail: ["log of app"] },
    ]);
    expect(result.testRun).toBeUndefined();
    expect(reporter.groups).toContain("app exited with code 1");
    expect(compose(fake, / (run|down) /)).toEqual(["--profile * down --volumes --remove-orphans"]);
  });

  it("leaves a failed stack up with keep-on-failure, saying how to reach it", async () => {
    const dir = workspace();
    const fake = healthyStack()
      .on(/ run --no-TTY /, { exitCode: 1 })
      .on(/^docker container inspect/, exited(1));
    const reporter = new FakeReporter();
    const result = await runComposeTests(
      request(dir, { keepOnFailure: true }),
      { exec: fake.exec, clock: new FakeClock() },
      reporter,
    );

    expect(result.verdict).toBe("failed");
    expect(result.keptUp).toEqual([
      "docker compose -p quai-42 ps --all",
      "docker compose -p quai-42 logs --follow",
      "docker compose -p quai-42 exec app sh",
      "docker compose -p quai-42 down --volumes --remove-orphans",
    ]);
    expect(compose(fake, / down /)).toEqual([]);
    expect(reporter.warnings).toContain(
      "keep-on-failure: the stack quai-42 is left up; the commands to reach it and remove it are in the log and the job summary",
    );
  });

  it("tears the stack down and stops when the run is cancelled", async () => {
    const dir = workspace();
    const controller = new AbortController();
    const fake = healthyStack().on(/ run --no-TTY /, () => {
      controller.abort("SIGTERM");
      return { exitCode: 143 };
    });
    await expect(
      runComposeTests(
        request(dir),
        { exec: fake.exec, clock: new FakeClock(), signal: controller.signal },
        new FakeReporter(),
      ),
    ).rejects.toThrow(CancelledError);
    expect(compose(fake, / down /)).toHaveLength(1);
  });

  it("refuses a test service the files do not declare, before running anything", async () => {
    const dir = workspace();
    const fake = healthyStack();
    await expect(
      runComposeTests(request(dir, { tests: { service: "e2e" } }), { exec: fake.exec }, new FakeReporter()),
    ).rejects.toThrow(InvalidValueError);
    expect(fake.calls).toEqual([]);
  });

  it("with allow-privileged false, refuses a service binding the Docker socket, before running anything", async () => {
    const dir = workspace();
    writeFileSync(join(dir, "compose.yml"), COMPOSE.replace("    image: redis:7\n", DOCKER_SOCKET_BIND));
    const fake = healthyStack();
    const refused = runComposeTests(
      request(dir, { allowPrivileged: false }),
      { exec: fake.exec },
      new FakeReporter(),
    );
    await expect(refused).rejects.toMatchObject({
      message: expect.stringMatching(
        /^compose\.yml:8: service redis binds the Docker socket \/var\/run\/docker\.sock/,
      ),
      location: { file: "compose.yml", line: 8 },
    });
    expect(fake.calls).toEqual([]);
  });

  it("with allow-privileged true, runs such a service with a warning at its line", async () => {
    const dir = workspace();
    writeFileSync(join(dir, "compose.yml"), COMPOSE.replace("    image: redis:7\n", DOCKER_SOCKET_BIND));
    const reporter = new FakeReporter();
    const result = await runComposeTests(
      request(dir),
      { exec: healthyStack().exec, clock: new FakeClock(), env: {} },
      reporter,
    );
    expect(result.verdict).toBe("passed");
    expect(reporter.warningsAt).toEqual([
      {
        message: expect.stringMatching(
          /^compose\.yml:8: service redis binds the Docker socket .*: it can take over the runner/,
        ),
        location: { file: "compose.yml", line: 8, column: 9 },
      },
    ]);
  });

  it("runs a test command on the runner, which reaches the stack with plain compose commands", async () => {
    const dir = workspace();
    const fake = healthyStack().on(/^sh -c/, () => {
      mkdirSync(join(dir, "reports"), { recursive: true });
      writeFileSync(join(dir, "reports/junit.xml"), PASSING);
      return { stdout: "2 passed\n" };
    });
    const result = await runComposeTests(
      request(dir, { tests: { command: "npm run test:integration" }, reports: "reports/*.xml" }),
      { exec: fake.exec, clock: new FakeClock(), env: { PATH: "/usr/bin" } },
      new FakeReporter(),
    );

    expect(result.verdict).toBe("passed");
    expect(result.report?.totals.passed).toBe(2);
    expect(result.logs.map((log) => log.name)).toEqual(["test-command"]);
    const command = fake.calls.find((call) => call.command === "sh");
    expect(command?.options).toMatchObject({
      cwd: dir,
      env: {
        PATH: "/usr/bin",
        SUITE: "passing",
        COMPOSE_PROJECT_NAME: "quai-42",
        COMPOSE_FILE: `${join(dir, "compose.yml")}:${join(dir, ".run/compose.quai-override.yml")}`,
      },
    });
    expect(compose(fake, / create /)).toEqual(["create app redis"]);
  });

  it("goes by the exit code when the reports disagree, and says so", async () => {
    const dir = workspace();
    const fake = healthyStack().on(/^docker container cp/, copyReport(FAILING));
    const reporter = new FakeReporter();
    const result = await runComposeTests(request(dir), { exec: fake.exec, clock: new FakeClock() }, reporter);
    expect(result.verdict).toBe("passed");
    expect(reporter.warnings).toContain(
      "The JUnit reports count 1 failed test, but test service tests exited with code 0: the exit code decides",
    );
  });

  it("says when the tests ran out of memory", async () => {
    const dir = workspace();
    const fake = healthyStack()
      .on(/ run --no-TTY /, { exitCode: 137 })
      .on(/^docker container inspect/, exited(137, true))
      .on(/^docker container cp/, { exitCode: 1 });
    const result = await runComposeTests(
      request(dir),
      { exec: fake.exec, clock: new FakeClock() },
      new FakeReporter(),
    );
    expect(result.failure?.summary).toBe(
      "The test service tests was killed (out of memory, limit 48 MiB). Raise the test service's mem_limit, or find what allocates so much in its log above",
    );
  });
});
