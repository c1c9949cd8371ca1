import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { expectStoppedAtTimeLimit } from "../../../test/support/processes";
import { NOT_INSTALLED, nodeExec } from "./exec";

describe("nodeExec", () => {
  it("returns the exit code and the output, streaming each line of both streams", async () => {
    const lines: string[] = [];
    const result = await nodeExec("sh", ["-c", "echo one; echo two >&2; printf three; exit 3"], {
      onLine: (line) => lines.push(line),
    });
    expect(result).toEqual({ exitCode: 3, stdout: "one\nthree", stderr: "two\n" });
    expect(lines.sort()).toEqual(["one", "three", "two"]);
  });

  it("runs in the given folder with exactly the given environment", async () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a shell expansion, for sh to expand.
    const script = 'pwd; echo "$ONLY_THIS-${HOME:-unset}"';
    const result = await nodeExec("sh", ["-c", script], {
      cwd: "/tmp",
      env: { ONLY_THIS: "set", PATH: process.env.PATH },
    });
    expect(result.stdout).toBe("/tmp\nset-unset\n");
  });

  it("says a program that is not installed exited 127, as a shell would", async () => {
    const result = await nodeExec("quai-no-such-program", ["--version"]);
    expect(result).toEqual({
      exitCode: NOT_INSTALLED,
      stdout: "",
      stderr: "quai-no-such-program: command not found",
    });
  });

  it("stops the command and what it started when the signal aborts", async () => {
    const dir = mkdtempSync(join(tmpdir(), "quai-exec-"));
    const controller = new AbortController();
    const result = await nodeExec("sh", ["-c", "(sleep 0.3; touch survived) & echo started; wait"], {
      cwd: dir,
      signal: controller.signal,
      onLine: () => controller.abort(),
    });
    expect(result.exitCode).toBe(128 + 15);
    // Had the background child outlived the abort, it would have written its file by now.
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(existsSync(join(dir, "survived"))).toBe(false);
  });

  it("stops the command and what it started past its time limit, and fails naming both", async () => {
    await expectStoppedAtTimeLimit((script, options) => nodeExec("sh", ["-c", script], options));
  });
});
