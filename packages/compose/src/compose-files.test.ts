import { join } from "node:path";
import { InvalidValueError, UserError } from "@quai/core";
import { describe, expect, it } from "vitest";
import { folderWith } from "../../../test/support/folder-with";
import { billionLaughs } from "../../../test/support/yaml-bomb";
import { ComposeFiles } from "./compose-files";

const BASE = `services:
  app:
    image: app:dev
  redis:
    image: redis:7
`;

/** A workspace holding the given files; returns its path. */
function workspaceWith(files: Record<string, string>): string {
  return folderWith("quai-compose-files-", files);
}

function read(files: Record<string, string>, names = Object.keys(files)): ComposeFiles {
  const workspace = workspaceWith(files);
  return ComposeFiles.read(
    names.map((name) => join(workspace, name)),
    workspace,
  );
}

function errorOf(work: () => unknown): UserError {
  try {
    work();
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error("expected a UserError");
}

describe("ComposeFiles", () => {
  it("lists the services of every file once, those behind a profile included", () => {
    const files = read({
      "compose.yml": BASE,
      "ci/compose.ci.yml":
        "services:\n  redis:\n    command: redis-server\n  tests:\n    profiles: [tests]\n",
    });
    expect(files.serviceNames).toEqual(["app", "redis", "tests"]);
  });

  it("points a YAML error at its file, line and column, relative to the workspace", () => {
    const error = errorOf(() => read({ "compose.yml": "services:\n  app:\n    image: x\n   bad: [\n" }));
    expect(error.message).toMatch(/^compose\.yml is not valid YAML: /);
    expect(error.location).toEqual({ file: "compose.yml", line: 4, column: expect.any(Number) });
  });

  it("refuses a billion laughs before compose expands it, at its file and line", () => {
    const error = errorOf(() =>
      read({ "compose.yml": BASE, "compose.ci.yml": `${BASE}${billionLaughs("x-lol")}` }),
    );
    expect(error.message).toBe("compose.ci.yml uses too many YAML aliases");
    expect(error.location).toEqual({ file: "compose.ci.yml", line: 7 });
  });

  it("names a compose file that does not exist as the input it came from", () => {
    const workspace = workspaceWith({});
    const error = errorOf(() => ComposeFiles.read([join(workspace, "compose.test.yml")], workspace));
    expect(error).toBeInstanceOf(InvalidValueError);
    expect(error.summary).toBe(
      'Invalid compose-file: "compose.test.yml" (no such file). Paths are relative to the workspace',
    );
  });

  it("refuses a file whose top level is not a mapping", () => {
    const error = errorOf(() => read({ "compose.yml": "- app\n- redis\n" }));
    expect(error.message).toBe("compose.yml is not a Compose file: its top level is not a mapping");
    expect(error.location).toEqual({ file: "compose.yml", line: 1 });
  });

  it("refuses files that declare no service", () => {
    const error = errorOf(() => read({ "compose.yml": "volumes:\n  data: {}\n" }));
    expect(error.message).toBe("compose.yml declares no services");
  });

  it("points a service input that names no service at services:", () => {
    const files = read({ "compose.yml": `# the stack\n${BASE}` });
    const error = errorOf(() => files.requireService("test-service", "tests"));
    expect(error.message).toBe(
      'Invalid test-service: "tests" (not a service of compose.yml, which declares app, redis)',
    );
    expect(error.location).toEqual({ file: "compose.yml", line: 2, column: 1 });
    expect(() => files.requireService("service", "app")).not.toThrow();
  });

  it("locates a key compose names, or the deepest part of it that exists", () => {
    const workspace = workspaceWith({ "compose.yml": `${BASE}    ports:\n      - "8080"\n      - 9090\n` });
    const path = join(workspace, "compose.yml");
    const files = ComposeFiles.read([path], workspace);
    expect(files.locate(path, ["services", "redis", "ports", "1"])).toEqual({
      file: "compose.yml",
      line: 8,
      column: 9,
    });
    expect(files.locate(path, ["services", "redis", "nope"])).toEqual({
      file: "compose.yml",
      line: 4,
      column: 3,
    });
    expect(files.locate(path, ["networks"])).toEqual({ file: "compose.yml" });
  });

  it("turns compose's validation complaint into an error at the key it names", () => {
    const workspace = workspaceWith({ "compose.yml": `${BASE}    imagee: redis:8\n` });
    const path = join(workspace, "compose.yml");
    const files = ComposeFiles.read([path], workspace);
    const error = files.refusal(
      `validating ${path}: services.redis Additional property imagee is not allowed`,
    );
    expect(error.message).toBe("compose.yml: services.redis Additional property imagee is not allowed");
    expect(error.location).toEqual({ file: "compose.yml", line: 6, column: 5 });
  });

  it("passes on any other complaint of compose's as it is", () => {
    const files = read({ "compose.yml": BASE });
    const error = files.refusal(
      "error while interpolating services.app.image: required variable TAG is missing a value",
    );
    expect(error.message).toBe(
      "Compose refused the files: error while interpolating services.app.image: required variable TAG is missing a value",
    );
    expect(error.location).toBeUndefined();
  });
});
