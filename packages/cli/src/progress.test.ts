import { describe, expect, it } from "vitest";
import type { CliIo } from "./io";
import { progressReporter } from "./progress";

function io(tty: boolean, env: NodeJS.ProcessEnv = {}) {
  let stderr = "";
  const stream = { write: (text: string) => (stderr += text), isTTY: tty, columns: 120, rows: 40 };
  const cliIo: CliIo = {
    stdout: { write: () => true },
    stderr: stream,
    env: { NO_COLOR: "1", ...env },
    cwd: "/",
  };
  return { cliIo, output: () => stderr };
}

async function healthChecks(reporter: ReturnType<typeof progressReporter>) {
  reporter.info("Deploying shop 1.1.0");
  await reporter.group("Health", async () => {
    reporter.info("Check 1: passed (1 of 2 in a row)");
    reporter.info("Check 2: passed (2 of 2 in a row)");
  });
  await expect(
    reporter.group("Switch", async () => {
      throw new Error("proxy refused");
    }),
  ).rejects.toThrow("proxy refused");
}

describe("progress", () => {
  it("prints every line, indented under its step, when stderr is not a terminal", async () => {
    const { cliIo, output } = io(false);
    await healthChecks(progressReporter(cliIo, true));
    expect(output()).toBe(
      "Deploying shop 1.1.0\n▸ Health\n  Check 1: passed (1 of 2 in a row)\n  Check 2: passed (2 of 2 in a row)\n▸ Switch\n",
    );
  });

  it("prints every line in CI and with --no-progress, even in a terminal", async () => {
    for (const [env, progress] of [[{ CI: "true" }, true] as const, [{}, false] as const]) {
      const { cliIo, output } = io(true, env);
      await healthChecks(progressReporter(cliIo, progress));
      expect(output()).toContain("  Check 1: passed (1 of 2 in a row)\n");
    }
  });

  it("in a terminal, redraws the running step and keeps one line per finished step", async () => {
    const { cliIo, output } = io(true);
    await healthChecks(progressReporter(cliIo, true));
    // What stays on screen: log-update erases each redraw (ESC[2K, ESC[1A) before the next.
    const kept = output()
      .split("\n")
      .map((line) =>
        ["\x1b[2K", "\x1b[1A", "\x1b[G"].reduce((text, sequence) => text.replaceAll(sequence, ""), line),
      )
      .filter((line) => !line.startsWith("…"));
    expect(kept).toEqual([
      "Deploying shop 1.1.0",
      expect.stringMatching(/^✓ Health \d+ ms: Check 2: passed \(2 of 2 in a row\)$/),
      expect.stringMatching(/^✗ Switch \d+ ms$/),
      "",
    ]);
    expect(output()).toContain("… Health: Check 1: passed (1 of 2 in a row)");
  });

  it("shows how a step stands while it runs (bytes pulled), in a terminal only, and not once it ends", async () => {
    const pull = async (reporter: ReturnType<typeof progressReporter>) =>
      reporter.group("Pull", async () => {
        reporter.info("Pulling shop:1.1.0");
        reporter.progress?.("12 MiB of 40 MiB pulled");
        reporter.progress?.("40 MiB of 40 MiB pulled");
      });
    const terminal = io(true);
    await pull(progressReporter(terminal.cliIo, true));
    expect(terminal.output()).toContain("… Pull: Pulling shop:1.1.0 (12 MiB of 40 MiB pulled)");
    expect(terminal.output()).toContain("… Pull: Pulling shop:1.1.0 (40 MiB of 40 MiB pulled)");
    expect(terminal.output()).toMatch(/✓ Pull \d+ ms: Pulling shop:1\.1\.0\n/);

    const log = io(false);
    await pull(progressReporter(log.cliIo, true));
    expect(log.output()).toBe("▸ Pull\n  Pulling shop:1.1.0\n");
  });
});
