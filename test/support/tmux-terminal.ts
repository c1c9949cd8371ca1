// A real terminal for tests: a tmux server of its own (its own socket in the run's scratch folder,
// so a developer's tmux is never touched and nothing is left in /tmp) with one window of a fixed size running an interactive bash, driven as a person
// would with send-keys and read back with capture-pane: what is on the screen, not the bytes written.
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { poll } from "@quai/core";

export interface TerminalOptions {
  cwd: string;
  /** The whole environment of the shell (nothing of the test's own leaks in, CI=true least of all). */
  env: Record<string, string>;
  columns?: number;
  rows?: number;
}

export class TmuxTerminal {
  private constructor(private readonly socket: string) {}

  /** Resolves once the shell shows its prompt: keys typed before it would be echoed ahead of it. */
  static async open({ cwd, env, columns = 120, rows = 30 }: TerminalOptions): Promise<TmuxTerminal> {
    const terminal = new TmuxTerminal(join(tmpdir(), `tmux-${randomBytes(4).toString("hex")}`));
    const shellEnvironment = Object.entries({ TERM: "screen", PS1: "$ ", ...env }).map(
      ([name, value]) => `${name}=${value}`,
    );
    terminal.tmux(
      ["new-session", "-d", "-s", "main", "-x", String(columns), "-y", String(rows), "-c", cwd],
      ["env", "-i", ...shellEnvironment, "bash", "--norc", "--noprofile"],
    );
    try {
      await terminal.waitForScreen("the shell's prompt", (lines) => lines.join("\n") === "$");
    } catch (error) {
      terminal.close();
      throw error;
    }
    return terminal;
  }

  /** Types a command line and presses Enter. */
  type(line: string): void {
    this.tmux(["send-keys", "-t", "main", "-l", line]);
    this.press("Enter");
  }

  /** Presses a key as tmux names it (Enter, C-c). */
  press(key: string): void {
    this.tmux(["send-keys", "-t", "main", key]);
  }

  /** The screen's lines as shown, without the blank rows under the last one written. */
  screen(): string[] {
    const lines = this.tmux(["capture-pane", "-p", "-t", "main"]).split("\n");
    while (lines.length && lines.at(-1)?.trim() === "") lines.pop();
    return lines;
  }

  cursorVisible(): boolean {
    return this.tmux(["display-message", "-p", "-t", "main", "#{cursor_flag}"]).trim() === "1";
  }

  /** Reads the screen until `shows` holds; its last reading is in the timeout's message. */
  async waitForScreen(
    what: string,
    shows: (lines: string[]) => boolean,
    timeoutMs = 30_000,
  ): Promise<string[]> {
    return poll(
      async () => {
        const lines = this.screen();
        return shows(lines) ? { done: true, value: lines } : { done: false, reason: `\n${lines.join("\n")}` };
      },
      { what, timeoutMs, intervalMs: 200 },
    );
  }

  close(): void {
    try {
      this.tmux(["kill-server"]);
    } catch {
      // Already gone: the shell exited, and the server with its last session.
    }
    rmSync(this.socket, { force: true });
  }

  private tmux(args: string[], command: string[] = []): string {
    return execFileSync("tmux", ["-S", this.socket, ...args, ...command], { encoding: "utf8" });
  }
}
