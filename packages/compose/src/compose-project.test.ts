import { describe, expect, it } from "vitest";
import { ComposeProject } from "./compose-project";
import { FakeExec } from "./testing/fake-exec";

const PLUGIN = { command: "docker", prefix: ["compose"], version: "2.26.1" };

describe("ComposeProject", () => {
  const fake = new FakeExec().on(/ up --detach redis$/, {});
  const project = new ComposeProject(fake.exec, PLUGIN, {
    name: "quai-42-1-abcd",
    files: ["/ws/compose.yml", "/tmp/override.yml"],
    env: { APP_IMAGE: "app:dev" },
    cwd: "/ws",
  });

  it("scopes every command to its project and files, in the project's folder and environment", async () => {
    const onLine = () => undefined;
    await project.run(["up", "--detach", "redis"], { onLine });
    const [call] = fake.calls;
    expect(call?.line).toBe(
      "docker compose --ansi never -p quai-42-1-abcd -f /ws/compose.yml -f /tmp/override.yml up --detach redis",
    );
    expect(call?.options).toEqual({
      cwd: "/ws",
      env: { APP_IMAGE: "app:dev" },
      what: "docker compose -p quai-42-1-abcd up --detach redis",
      onLine,
    });
  });

  it("writes commands for the user by project name alone, quoted for a shell", () => {
    expect(project.commandLine(["exec", "app", "sh", "-c", "echo it's me"])).toBe(
      "docker compose -p quai-42-1-abcd exec app sh -c 'echo it'\\''s me'",
    );
  });
});
