import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { InvalidValueError, poll, runProcess, UserError } from "@quai/core";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { captureSummary, factsOf } from "../../../test/support/job-summary";
import { expectGone, isGone, SHELL_WITH_CHILD } from "../../../test/support/processes";
import { run } from "./run";
import { addHeading, code } from "./summary";

let stdout: string[];
let stateFile: string;

beforeEach(() => {
  stdout = [];
  vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
    stdout.push(String(chunk));
    return true;
  });
  stateFile = join(mkdtempSync(join(tmpdir(), "quai-run-")), "state");
  writeFileSync(stateFile, "");
  vi.stubEnv("GITHUB_STATE", stateFile);
  vi.stubEnv("STATE_quai-in-post", "");
  process.exitCode = undefined;
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  process.exitCode = undefined;
});

describe("run", () => {
  it("runs main, leaves the exit code alone on success and marks the post step", async () => {
    const main = vi.fn(async () => {});
    const post = vi.fn(async () => {});
    await run(main, { post });
    expect(main).toHaveBeenCalledOnce();
    expect(post).not.toHaveBeenCalled();
    expect(process.exitCode).toBeUndefined();
    expect(readFileSync(stateFile, "utf8")).toMatch(/^quai-in-post<<ghadelimiter_.*\ntrue\n/);
  });

  it("runs post when started again as the post step", async () => {
    vi.stubEnv("STATE_quai-in-post", "true");
    const main = vi.fn(async () => {});
    const post = vi.fn(async () => {});
    await run(main, { post });
    expect(post).toHaveBeenCalledOnce();
    expect(main).not.toHaveBeenCalled();
  });

  it("turns a user error into one error line with its hint", async () => {
    await run(async () => {
      throw new InvalidValueError(
        "recipe",
        "cobol",
        "expected one of auto, node, python, static, dockerfile",
      );
    });
    expect(process.exitCode).toBe(1);
    const output = stdout.join("");
    expect(output).toBe(
      '::error::Invalid recipe: "cobol" (expected one of auto, node, python, static, dockerfile)\n',
    );
  });

  it("annotates the file and line a user error points at", async () => {
    await run(async () => {
      throw new UserError("Procfile line 2 is not NAME: COMMAND", {
        location: { file: "app/Procfile", line: 2 },
      });
    });
    expect(stdout.join("")).toBe("::error file=app/Procfile,line=2::Procfile line 2 is not NAME: COMMAND\n");
  });

  it("reports an unexpected error in one line, the stack only in the debug log", async () => {
    await run(async () => {
      throw new TypeError("Cannot read properties of undefined (reading 'Id')\n    at somewhere");
    });
    expect(process.exitCode).toBe(1);
    const errors = stdout
      .join("")
      .split("\n")
      .filter((line) => line.startsWith("::error"));
    expect(errors).toEqual([
      "::error::Unexpected error: Cannot read properties of undefined (reading 'Id') (a bug in quai: please report it with the debug log)",
    ]);
    expect(stdout.join("")).toContain("::debug::TypeError");
  });

  it("fails the post step too when its cleanup throws", async () => {
    vi.stubEnv("STATE_quai-in-post", "true");
    await run(async () => {}, {
      post: async () => {
        throw new UserError("Could not remove network quai-1");
      },
    });
    expect(process.exitCode).toBe(1);
    expect(stdout.join("")).toContain("::error::Could not remove network quai-1");
  });
});

describe("run's job summary of a failed main step", () => {
  const failing = (error: unknown) => async () => {
    throw error;
  };

  it("shows the heading, the error, its hint, the step's facts and the error's log tail", async () => {
    const error = new UserError("The compile step (node) failed with exit code 7", {
      hint: "Run `npm run build` locally to see it fail",
      logTail: { of: "The compile step (node)", lines: ["> build", "the compiler <broke>"] },
    });
    const summary = await captureSummary(() =>
      run(failing(error), {
        describeFailure: () => ({ heading: "Build of shop failed", facts: { Context: code("app") } }),
      }),
    );
    const { dom } = summary;
    expect(dom.querySelector("h3")?.text).toBe("❌ Build of shop failed");
    const [message, hint] = dom.querySelectorAll("p");
    expect(message?.querySelector("b")?.text).toBe("The compile step (node) failed with exit code 7");
    expect(hint?.text).toBe("Run npm run build locally to see it fail");
    expect(hint?.querySelector("code")?.text).toBe("npm run build");
    expect(factsOf(summary).get("Context")?.querySelector("code")?.text).toBe("app");
    const details = dom.querySelector("details");
    expect(details?.querySelector("summary")?.text).toBe("The compile step (node): last 2 log lines");
    expect(details?.querySelector("pre code")?.text).toBe("> build\nthe compiler <broke>");
    expect(process.exitCode).toBe(1);
  });

  it("says the step failed with the one line of a bug, and no log tail", async () => {
    const summary = await captureSummary(() => run(failing(new TypeError("x is undefined"))));
    expect(summary.dom.querySelector("h3")?.text).toBe("❌ The step failed");
    expect(summary.dom.querySelector("p b")?.text).toBe(
      "Unexpected error: x is undefined (a bug in quai: please report it with the debug log)",
    );
    expect(summary.dom.querySelector("details")).toBeNull();
  });

  it("drops what the step had added to the summary before it failed", async () => {
    const summary = await captureSummary(() =>
      run(async () => {
        addHeading("Released 1.0.0", 3);
        throw new UserError("The registry refused the push");
      }),
    );
    expect(summary.dom.querySelectorAll("h3").map((heading) => heading.text)).toEqual(["❌ The step failed"]);
  });

  it("writes none when the step summarised the failure itself", async () => {
    const summary = await captureSummary(() =>
      run(failing(new UserError("2 of 8 tests failed")), { describeFailure: () => undefined }),
    );
    expect(summary.markdown).toBe("");
    expect(stdout.join("")).toContain("::error::2 of 8 tests failed");
  });

  it("never hides the failure when the summary cannot be written", async () => {
    await run(failing(new UserError("The registry refused the push")), {
      describeFailure: () => {
        throw new Error("summary file is read-only");
      },
    });
    expect(process.exitCode).toBe(1);
    expect(stdout.join("").split("\n")).toEqual([
      "::error::The registry refused the push",
      "::warning::Could not write the job summary of this failure: summary file is read-only",
      "",
    ]);
  });

  it("writes none for a failed post step", async () => {
    vi.stubEnv("STATE_quai-in-post", "true");
    const summary = await captureSummary(() =>
      run(async () => {}, { post: failing(new UserError("Could not remove network quai-1")) }),
    );
    expect(summary.markdown).toBe("");
  });
});

describe("run, when the runner cancels the step", () => {
  it("stops the step's commands at the first signal, and lets a step that listens for it go on", async () => {
    const stepListens = () => undefined;
    process.on("SIGINT", stepListens);
    try {
      const pids: number[] = [];
      let exitCode: number | undefined;
      await run(async () => {
        ({ exitCode } = await runProcess("sh", ["-c", SHELL_WITH_CHILD], {
          onLine: (line) => {
            pids.push(Number(line));
            if (pids.length === 2) process.emit("SIGINT", "SIGINT");
          },
        }));
      });
      expect(exitCode).toBe(128 + 15);
      for (const pid of pids) await expectGone(pid);
      expect(process.listeners("SIGINT")).toEqual([stepListens]);
    } finally {
      process.off("SIGINT", stepListens);
    }
  });

  it("ends a step that does not listen, and leaves none of its commands running", async () => {
    // A step of its own process, as the runner starts it, its command run through compose's exec.
    const script = `
      import { run } from "./packages/github/src/run.ts";
      import { nodeExec } from "./packages/compose/src/exec.ts";
      await run(() => nodeExec("sh", ["-c", ${JSON.stringify(SHELL_WITH_CHILD)}], { onLine: console.log }).then(() => {}));
    `;
    const step = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
      cwd: join(import.meta.dirname, "../../.."),
      stdio: ["ignore", "pipe", "inherit"],
    });
    const pids: number[] = [];
    step.stdout.setEncoding("utf8");
    step.stdout.on("data", (chunk: string) => {
      pids.push(...chunk.split("\n").filter(Boolean).map(Number));
      if (pids.length === 2) step.kill("SIGINT");
    });
    const [code, signal] = await new Promise<[number | null, string | null]>((resolve) =>
      step.once("exit", (...ending) => resolve(ending)),
    );
    expect(pids).toHaveLength(2);
    await poll(
      async () => {
        const left = pids.filter((pid) => !isGone(pid));
        return left.length === 0
          ? { done: true, value: undefined }
          : { done: false, reason: `${left} running` };
      },
      { what: "the step's commands to be gone", timeoutMs: 5000, intervalMs: 50 },
    );
    expect({ code, signal }).toEqual({ code: 128 + 2, signal: null });
  }, 30_000);
});
