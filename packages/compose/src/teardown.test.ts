import { tmpdir } from "node:os";
import { describe, expect, it } from "vitest";
import { cleanUpRun, tearDownStack } from "./teardown";
import { FakeExec } from "./testing/fake-exec";
import { FakeReporter, fakeProject } from "./testing/fake-stack";

const NONE = { containers: [], networks: [], volumes: [] };

describe("tearDownStack", () => {
  it("runs down with volumes and orphans, every profile enabled for the test container", async () => {
    const fake = new FakeExec().on(/ down /, {});
    expect(await tearDownStack(fakeProject(fake), new FakeReporter())).toBe(true);
    expect(fake.calls[0]?.line).toMatch(
      / -p quai-test -f \/ws\/compose\.yml --profile \* down --volumes --remove-orphans$/,
    );
  });

  it("warns, rather than fails, when compose cannot: the post step tries again", async () => {
    const fake = new FakeExec().on(/ down /, { exitCode: 1, stderr: "Error: network is in use\n" });
    const reporter = new FakeReporter();
    expect(await tearDownStack(fakeProject(fake), reporter)).toBe(false);
    expect(reporter.warnings).toEqual(["Could not tear the stack quai-test down: Error: network is in use"]);
  });
});

describe("cleanUpRun", () => {
  const run = { project: "quai-42-1-abcd", runId: "42-1-abcd" };

  it("does nothing more than look when nothing is left", async () => {
    const fake = new FakeExec().on(/^docker (container|network|volume) ls /, {});
    const removed: string[] = [];
    const removeRunResources = async (runId: string) => {
      removed.push(runId);
      return NONE;
    };
    const cleanUp = await cleanUpRun(run, { exec: fake.exec, removeRunResources }, new FakeReporter());
    expect(cleanUp).toEqual({ leftovers: NONE, removed: NONE });
    expect(fake.calls.every((call) => / ls /.test(call.line))).toBe(true);
    expect(removed).toEqual([]);
  });

  it("tears down what is left by project name alone, then removes what carries the run's label", async () => {
    const fake = new FakeExec()
      .on(/^docker volume ls /, {})
      .on(/ down /, {})
      .on(/^docker container ls .*label=com\.docker\.compose\.project=quai-42-1-abcd/, {
        stdout: "quai-42-1-abcd-redis-1\n",
      })
      .on(/^docker container ls .*label=io\.github\.quai\.run-id=42-1-abcd/, {
        stdout: "quai-42-1-abcd-redis-1\n",
      })
      .on(/^docker network ls/, { stdout: "quai-42-1-abcd_default\n" })
      .on(/^docker compose version/, { stdout: "2.26.1\n" });
    const cleanUp = await cleanUpRun(
      run,
      {
        exec: fake.exec,
        removeRunResources: async () => ({ ...NONE, containers: ["straggler"] }),
        env: { COMPOSE_FILE: "/gone/compose.yml", PATH: "/usr/bin" },
      },
      new FakeReporter(),
    );
    expect(cleanUp).toEqual({
      leftovers: {
        containers: ["quai-42-1-abcd-redis-1"],
        networks: ["quai-42-1-abcd_default"],
        volumes: [],
      },
      removed: { ...NONE, containers: ["straggler"] },
    });
    const [down] = fake.calls.filter((call) => / down /.test(call.line));
    expect(down?.line).toBe(
      "docker compose --ansi never -p quai-42-1-abcd --profile * down --volumes --remove-orphans",
    );
    expect(down?.options).toMatchObject({ cwd: tmpdir(), env: { PATH: "/usr/bin" } });
  });
});
