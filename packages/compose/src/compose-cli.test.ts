import { UserError } from "@quai/core";
import { describe, expect, it } from "vitest";
import { locateComposeCli } from "./compose-cli";
import { FakeExec } from "./testing/fake-exec";

const NOT_A_PLUGIN = { exitCode: 1, stderr: "docker: 'compose' is not a docker command.\n" };

describe("locateComposeCli", () => {
  it("prefers the docker compose plugin", async () => {
    const fake = new FakeExec().on(/^docker compose version --short$/, { stdout: "2.26.1-4\n" });
    expect(await locateComposeCli(fake.exec)).toEqual({
      command: "docker",
      prefix: ["compose"],
      version: "2.26.1-4",
    });
    expect(fake.calls).toHaveLength(1);
  });

  it("falls back to a standalone docker-compose v2", async () => {
    const fake = new FakeExec()
      .on(/^docker compose/, NOT_A_PLUGIN)
      .on(/^docker-compose version --short$/, { stdout: "v2.29.7\n" });
    expect(await locateComposeCli(fake.exec)).toEqual({
      command: "docker-compose",
      prefix: [],
      version: "v2.29.7",
    });
  });

  it("refuses Compose v1, saying what to install", async () => {
    const fake = new FakeExec()
      .on(/^docker compose/, NOT_A_PLUGIN)
      .on(/^docker-compose/, { stdout: "1.29.2\n" });
    const error = await locateComposeCli(fake.exec).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).summary).toBe(
      "docker-compose 1.29.2 is Compose v1, which quai does not support. Install the Compose v2 plugin (docker-compose-plugin, or Debian's docker-compose 2.x), which GitHub-hosted runners have",
    );
  });

  it("says so when there is no Compose at all", async () => {
    const fake = new FakeExec()
      .on(/^docker compose/, NOT_A_PLUGIN)
      .on(/^docker-compose/, { exitCode: 127, stderr: "docker-compose: command not found" });
    await expect(locateComposeCli(fake.exec)).rejects.toThrow(
      "Docker Compose is not installed: neither `docker compose` nor `docker-compose` answers (docker: 'compose' is not a docker command.)",
    );
  });
});
