// integration-test-compose through the action harness, on the test bed's real engine: the counter
// app (test/fixtures/apps/counter-app) built by build-minimal-image, with a real Redis built from
// Debian's packages, tested by the fixture's suites (test/fixtures/compose). After every run,
// nothing of it is left: no container, network or volume of its project or with its run's label.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { connectEngine, listRunResources } from "@quai/docker";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ActionResult, REPO_ROOT, runAction, startAction } from "../harness/action-harness";
import { baseImage, docker, workspaceWith } from "../support/testbed";

const IMAGE = "quai-e2e/counter-app:test";
const PROJECT_LABEL = "com.docker.compose.project";
const REGRESSIONS = readFileSync(join(REPO_ROOT, "test/fixtures/compose/tests/regressions.test.js"), "utf8");

/** The line of the fixture's regressions suite where `text` is. */
function lineOf(text: string): number {
  return REGRESSIONS.split("\n").findIndex((line) => line.includes(text)) + 1;
}

/** A workspace holding the fixture stack (compose files and test suites) at its root. */
function stackWorkspace(): string {
  const workspace = mkdtempSync(join(tmpdir(), "quai-compose-workspace-"));
  cpSync(join(REPO_ROOT, "test/fixtures/compose"), workspace, { recursive: true });
  return workspace;
}

function inputsWith(inputs: Record<string, string>): Record<string, string> {
  return {
    "compose-file": "compose.yml",
    image: IMAGE,
    service: "app",
    "test-service": "tests",
    reports: "reports",
    ...inputs,
  };
}

function testStack(inputs: Record<string, string> = {}, workspace = stackWorkspace()): Promise<ActionResult> {
  return runAction("integration-test-compose", { workspace, inputs: inputsWith(inputs) });
}

function errorsOf(result: ActionResult): string[] {
  return result.main.annotations.filter((annotation) => annotation.level === "error").map((a) => a.message);
}

/** Nothing of the run is left: containers by its label and its project's, networks and volumes by its project's. */
async function expectNothingLeft(result: ActionResult): Promise<void> {
  const { "run-id": runId, project } = result.main.state;
  expect(runId).toBeTruthy();
  expect(project).toBeTruthy();
  const engine = await connectEngine();
  expect(await listRunResources(engine.api, runId ?? "")).toEqual({
    containers: [],
    networks: [],
    volumes: [],
  });
  const filter = `label=${PROJECT_LABEL}=${project}`;
  expect(await docker("container", "ls", "--all", "--quiet", "--filter", filter)).toBe("");
  expect(await docker("network", "ls", "--quiet", "--filter", filter)).toBe("");
  expect(await docker("volume", "ls", "--quiet", "--filter", filter)).toBe("");
}

beforeAll(async () => {
  const built = await runAction("build-minimal-image", {
    workspace: workspaceWith("counter-app"),
    inputs: {
      context: "app",
      "base-image": baseImage("base/node:18"),
      "builder-image": baseImage("base/node:18-build"),
      image: IMAGE,
      "cache-dir": join(tmpdir(), "quai-e2e-cache"),
    },
  });
  expect(built.main.exitCode, built.main.log).toBe(0);
  expect(built.main.outputs.image).toBe(IMAGE);
}, 300_000);

describe("integration-test-compose: the counter app with Redis", () => {
  it("passes the passing suite, with the image as built, its JUnit results in the summary", async () => {
    const result = await testStack();
    expect(result.main.exitCode, result.main.log).toBe(0);
    expect(result.main.outputs).toMatchObject({ result: "passed", passed: "4", failed: "0", skipped: "0" });
    expect(Number(result.main.outputs.duration)).toBeGreaterThan(0);
    const imageId = await docker("image", "inspect", "--format", "{{.Id}}", IMAGE);
    expect(result.main.log).toContain(`Image under test: ${IMAGE} (${imageId}) as service app`);
    expect(result.main.summary).toContain("<h3>Integration tests passed</h3>");
    expect(result.main.summary).toContain("<td>counter</td><td>4</td><td>0</td><td>0</td>");
    expect(errorsOf(result)).toEqual([]);
    expect(readdirSync(result.main.outputs["logs-dir"] ?? "")).toEqual(["tests.log"]);
    expect(result.post?.exitCode).toBe(0);
    await expectNothingLeft(result);
  });

  it("fails the failing suite, annotating each failed test at its file and line, with every service's log", async () => {
    const result = await testStack({ env: "SUITE=failing" });
    expect(result.main.exitCode).toBe(1);
    expect(result.main.outputs).toMatchObject({ result: "failed", passed: "5", failed: "2", skipped: "1" });
    const errors = result.main.annotations.filter((annotation) => annotation.level === "error");
    expect(errors).toEqual([
      expect.objectContaining({
        message: "regressions › resets a counter: DELETE /counters/pages answered 405, expected 204",
        file: "tests/regressions.test.js",
        line: lineOf("assert.equal(status, 204"),
      }),
      expect.objectContaining({
        message: "regressions › starts a new counter at zero: a new counter came back as 1, expected 0",
        file: "tests/regressions.test.js",
        line: lineOf("assert.equal(body.value, 0"),
      }),
      expect.objectContaining({
        message:
          "2 of 8 tests failed (test service tests exited with code 1). Each failure is annotated and listed in the job summary",
        file: undefined,
      }),
    ]);
    expect(result.main.summary).toContain(
      "<td>regressions › resets a counter</td><td>tests/regressions.test.js:",
    );
    expect(result.main.log).toMatch(/::group::Logs of redis\n(.*\n)*.*Ready to accept connections/);
    expect(readdirSync(result.main.outputs["logs-dir"] ?? "").sort()).toEqual([
      "app.log",
      "redis.log",
      "tests.log",
    ]);
    expect(result.main.log).not.toMatch(/\n\s+at /);
    await expectNothingLeft(result);
  });

  it("runs a test command on the runner against a published port, warning about a service without a healthcheck", async () => {
    const result = await testStack({
      "compose-file": "compose.yml\ncompose.no-healthcheck.yml",
      "test-service": "",
      "test-command": "APP_URL=http://$(docker compose port app 8080) node tests/run.js",
      reports: "reports/*.xml",
    });
    expect(result.main.exitCode, result.main.log).toBe(0);
    expect(result.main.outputs).toMatchObject({ result: "passed", passed: "4" });
    expect(result.main.log).toMatch(/running 4 tests of the passing suite against http:\/\/127\.0\.0\.1:\d+/);
    expect(result.main.annotations).toContainEqual(
      expect.objectContaining({
        level: "warning",
        message: expect.stringMatching(
          /^Service app has no healthcheck, so it counted as ready once running/,
        ),
      }),
    );
    expect(readdirSync(result.main.outputs["logs-dir"] ?? "")).toEqual(["test-command.log"]);
    await expectNothingLeft(result);
  });

  it("runs twice at once on the same compose file, each in a project of its own", async () => {
    const workspace = stackWorkspace();
    const [first, second] = await Promise.all([testStack({}, workspace), testStack({}, workspace)]);
    for (const result of [first, second]) {
      expect(result.main.exitCode, result.main.log).toBe(0);
      await expectNothingLeft(result);
    }
    expect(first.main.state.project).not.toBe(second.main.state.project);
  });

  it("leaves a failed stack up with keep-on-failure, and says how to reach it and remove it", async () => {
    const result = await testStack({ env: "SUITE=failing", "keep-on-failure": "true" });
    expect(result.main.exitCode).toBe(1);
    const project = result.main.state.project ?? "";
    try {
      const running = await docker(
        "container",
        "ls",
        "--filter",
        `label=${PROJECT_LABEL}=${project}`,
        "--format",
        "{{.Names}}",
      );
      expect(running.split("\n").sort()).toEqual([`${project}-app-1`, `${project}-redis-1`]);
      expect(result.main.log).toContain(`docker compose -p ${project} exec app sh`);
      expect(result.main.summary).toContain(`docker compose -p ${project} down --volumes --remove-orphans`);
      expect(result.post?.log).toContain(`the stack ${project} stays up`);
    } finally {
      await docker("compose", "-p", project, "down", "--volumes", "--remove-orphans");
    }
    await expectNothingLeft(result);
  });

  it("stops and tears down when the runner cancels it (SIGTERM to the main step, then the post step)", async () => {
    const running = startAction("integration-test-compose", {
      workspace: stackWorkspace(),
      inputs: inputsWith({ env: "SUITE=slow" }),
    });
    await running.waitForLog(/slow test started/);
    running.cancel("SIGTERM");
    const result = await running.result;
    expect(result.main.exitCode).toBe(1);
    expect(errorsOf(result)).toEqual(["The run was cancelled (SIGTERM). The stack was torn down"]);
    expect(result.post?.exitCode).toBe(0);
    await expectNothingLeft(result);
  });

  it("is torn down by the post step when the main step is killed outright", async () => {
    const running = startAction("integration-test-compose", {
      workspace: stackWorkspace(),
      inputs: inputsWith({ env: "SUITE=slow" }),
    });
    await running.waitForLog(/slow test started/);
    running.cancel("SIGKILL");
    const result = await running.result;
    expect(result.main.signal).toBe("SIGKILL");
    expect(result.post?.exitCode).toBe(0);
    expect(result.post?.log).toMatch(/Tore down \d+ leftover resource\(s\) of the stack /);
    await expectNothingLeft(result);
  });
});

describe("integration-test-compose: bad input gets one clear error and leaves a clean host", () => {
  /** Runs the action expecting it to fail with a single error, no stack trace, nothing left; returns the error. */
  async function failingRun(inputs: Record<string, string>, workspace = stackWorkspace()) {
    const result = await testStack(inputs, workspace);
    expect(result.main.exitCode).toBe(1);
    const errors = result.main.annotations.filter((annotation) => annotation.level === "error");
    expect(errors, result.main.log).toHaveLength(1);
    expect(result.main.log).not.toMatch(/\n\s+at /);
    if (result.main.state["run-id"]) await expectNothingLeft(result);
    return { error: errors[0], result };
  }

  it("a compose file that does not exist", async () => {
    const { error } = await failingRun({ "compose-file": "compose.test.yml" });
    expect(error?.message).toBe(
      'Invalid compose-file: "compose.test.yml" (no such file). Paths are relative to the workspace',
    );
  });

  it("a compose file that is not valid YAML (a key given twice), annotated at its line", async () => {
    const workspace = stackWorkspace();
    const compose = join(workspace, "compose.yml");
    const text = readFileSync(compose, "utf8").replace(
      "    image: base/redis:7\n",
      "    image: base/redis:7\n    image: base/redis:8\n",
    );
    writeFileSync(compose, text);
    const { error } = await failingRun({}, workspace);
    expect(error).toMatchObject({
      message: expect.stringMatching(/^compose\.yml is not valid YAML: Map keys must be unique/),
      file: "compose.yml",
      line: text.split("\n").indexOf("    image: base/redis:8") + 1,
    });
  });

  it("a service, or a test service, that the compose files do not declare, annotated at services:", async () => {
    const service = await failingRun({ service: "web" });
    expect(service.error).toMatchObject({
      message: 'Invalid service: "web" (not a service of compose.yml, which declares app, redis, tests)',
      file: "compose.yml",
      line: 3,
    });
    const testService = await failingRun({ "test-service": "e2e" });
    expect(testService.error?.message).toBe(
      'Invalid test-service: "e2e" (not a service of compose.yml, which declares app, redis, tests)',
    );
  });

  it("both or neither of test-service and test-command", async () => {
    const expected =
      "Set exactly one of test-service and test-command. test-service runs the tests in a compose container; test-command runs them on the runner";
    expect((await failingRun({ "test-command": "npm test" })).error?.message).toBe(expected);
    expect((await failingRun({ "test-service": "" })).error?.message).toBe(expected);
  });

  it("an image that is not in the local engine", async () => {
    const { error } = await failingRun({ image: "quai-e2e/counter-app:never-built" });
    expect(error?.message).toMatch(
      /^Invalid image: "quai-e2e\/counter-app:never-built" \(no such image in this Docker engine\)\. Pass the image output of build-minimal-image/,
    );
  });

  describe("a host port that is already taken", () => {
    let server: Server;
    let port: number;
    beforeAll(async () => {
      server = createServer();
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      port = (server.address() as { port: number }).port;
    });
    afterAll(() => server.close());

    it("names the port", async () => {
      const { error } = await failingRun({
        "compose-file": "compose.yml\ncompose.fixed-port.yml",
        env: `APP_PORT=${port}`,
      });
      expect(error?.message).toBe(
        `Could not start the stack: host port 127.0.0.1:${port} is already taken. A port the compose files publish is already taken on this host: publish on an ephemeral port ("127.0.0.1::8080") or free it`,
      );
    });
  });

  it("a service that never becomes healthy, with its health checks and last log lines", async () => {
    const { error, result } = await failingRun({
      "compose-file": "compose.yml\ncompose.never-healthy.yml",
      "wait-timeout": "5s",
    });
    expect(error?.message).toBe(
      "The stack was not ready within 5.0 s (wait-timeout): redis is starting (health: starting), app is not started yet. The health checks and last log lines of each service that is not ready are in the log and the job summary",
    );
    expect(result.main.log).toMatch(
      /::group::redis is starting \(health: starting\)\nhealth check exited 1: redis is still loading its dataset\n/,
    );
    expect(result.main.summary).toContain("<summary>redis is starting (health: starting)</summary>");
    expect(result.main.outputs.result).toBe("failed");
    expect(existsSync(join(result.main.outputs["logs-dir"] ?? "", "redis.log"))).toBe(true);
  });

  it("a test container that is killed for lack of memory", async () => {
    const { error } = await failingRun({ "compose-file": "compose.yml\ncompose.out-of-memory.yml" });
    expect(error?.message).toBe(
      "The test service tests was killed (out of memory, limit 48 MiB). Raise the test service's mem_limit, or find what allocates so much in its log above",
    );
  });
});
