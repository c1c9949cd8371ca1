// quai in a real terminal (tmux): `status --watch` redraws its table in place and leaves the
// screen clean on Ctrl-C, and a command's live progress leaves one line per finished step, no
// half-drawn frames. The ledger is a JSON file; the target is the test bed's engine.
import { createHash } from "node:crypto";
import { mkdirSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { JsonFileLedger } from "@quai/deploy";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { cliCheckout, cliEnvironment, QUAI_BIN } from "../support/cli-checkout";
import { freePort } from "../support/free-port";
import { TmuxTerminal } from "../support/tmux-terminal";

const APP = "terminal-app";
const HEADER = /^ENVIRONMENT\s+VERSION\s+DIGEST\s/;
/** What the shell prints once quai has exited: `echo EXIT=$?`, after the ^C the terminal echoes. */
const EXITED = /^(\^C)?EXIT=(\d+)$/;

let workspace: string;
let ledger: JsonFileLedger;
let terminal: TmuxTerminal | undefined;

/** A successful deployment of VERSION to staging, as deploy-env records one. */
async function recordDeployment(version: string): Promise<void> {
  const digest = `sha256:${createHash("sha256").update(version).digest("hex")}`;
  const started = await ledger.start({
    app: APP,
    environment: "staging",
    version,
    digest,
    actor: "alice",
    commit: "c".repeat(40),
  });
  await ledger.finish(started.id, "success");
}

/** A terminal whose shell finds `quai` on its PATH, in the checkout, as after a global install. */
function openTerminal(): Promise<TmuxTerminal> {
  const bin = join(workspace, ".bin");
  mkdirSync(bin);
  symlinkSync(QUAI_BIN, join(bin, "quai"));
  const env = cliEnvironment();
  return TmuxTerminal.open({ cwd: workspace, env: { ...env, PATH: `${bin}:${env.PATH}` } });
}

/** What quai wrote: the screen below the command line typed. */
function outputOf(lines: string[], commandLine: string): string[] {
  const typed = lines.indexOf(`$ ${commandLine}`);
  expect(typed, lines.join("\n")).toBeGreaterThanOrEqual(0);
  return lines.slice(typed + 1);
}

const count = (lines: string[], pattern: RegExp) => lines.filter((line) => pattern.test(line)).length;
const exitLine = (lines: string[]) => lines.findIndex((line) => EXITED.test(line));

beforeAll(async () => {
  // The bin runs the bundle when it is newer than the sources; build it as cli.test.ts does.
  await import("../../scripts/build-cli");
});

beforeEach(async () => {
  let ledgerPath: string;
  ({ workspace, ledgerPath } = cliCheckout(
    `app: ${APP}
repository: 127.0.0.1:5000/quai-tests/${APP}
defaults:
  port: 8080
  publish: 127.0.0.1:${await freePort()}
environments:
  staging: {}
  production:
    after: staging
`,
  ));
  ledger = new JsonFileLedger(ledgerPath);
});

afterEach(() => {
  terminal?.close();
  terminal = undefined;
});

describe("quai in a terminal", () => {
  it("status --watch redraws its table in place, and Ctrl-C leaves the last frame once", async () => {
    await recordDeployment("1.0.0");
    const command = "quai status --watch --interval 1 --ledger ledger.json --config quai.yml; echo EXIT=$?";
    terminal = await openTerminal();
    terminal.type(command);
    await terminal.waitForScreen("the first table", (lines) =>
      lines.some((line) => /^staging\s+1\.0\.0\s/.test(line)),
    );
    // log-update hides the cursor while it redraws.
    expect(terminal.cursorVisible()).toBe(false);

    await recordDeployment("1.1.0");
    const redrawn = outputOf(
      await terminal.waitForScreen("the table with 1.1.0", (lines) =>
        lines.some((line) => /^staging\s+1\.1\.0\s.*\s1\.0\.0\s/.test(line)),
      ),
      command,
    );
    // Redrawn over the first frame, not appended below it.
    expect(count(redrawn, HEADER), redrawn.join("\n")).toBe(1);
    expect(count(redrawn, /^staging\s/)).toBe(1);
    expect(count(redrawn, /^\(every 1s; Ctrl-C to stop\)$/)).toBe(1);

    terminal.press("C-c");
    const screen = await terminal.waitForScreen("quai to exit", (lines) => exitLine(lines) >= 0);
    const after = outputOf(screen, command);
    expect(after[exitLine(after)]).toMatch(/EXIT=0$/);
    // The last frame once, then the exit line straight below it: no partial frame, no stray line.
    expect(after.slice(0, exitLine(after)), after.join("\n")).toEqual([
      `${APP} (ledger: JSON file ${join(workspace, "ledger.json")})`,
      expect.stringMatching(HEADER),
      expect.stringMatching(/^staging\s+1\.1\.0\s/),
      expect.stringMatching(/^production\s+-\s/),
      "",
      "(every 1s; Ctrl-C to stop)",
    ]);
    expect(after.slice(exitLine(after) + 1)).toEqual(["$"]);
    expect(terminal.cursorVisible()).toBe(true);
  });

  it("progress leaves one line per finished step, and no half-drawn frame", async () => {
    await recordDeployment("1.0.0");
    await recordDeployment("1.1.0");
    // A dry run connects to the target (a live step) and changes nothing.
    const command = "quai rollback staging --dry-run --ledger ledger.json --config quai.yml; echo EXIT=$?";
    terminal = await openTerminal();
    terminal.type(command);
    const after = outputOf(
      await terminal.waitForScreen("the dry run to end", (lines) => exitLine(lines) >= 0),
      command,
    );
    const output = after.slice(0, exitLine(after));
    expect(after[exitLine(after)], after.join("\n")).toMatch(/EXIT=0$/);
    // ✓ and the time it took: the live reporter's line (the line reporter prints `▸ Connect to docker`).
    expect(output.filter((line) => line.includes("Connect to docker"))).toEqual([
      expect.stringMatching(/^✓ Connect to docker \d[\d.]* m?s$/),
    ]);
    // A running step is drawn as `… name`; none may stay on the screen once it has finished.
    expect(count(output, /…/), output.join("\n")).toBe(0);
    expect(count(output, /^Would roll back terminal-app /)).toBe(1);
    expect(count(output, /^Dry run: nothing was changed/)).toBe(1);
    // capture-pane prints what the terminal shows: a broken escape sequence would show as text.
    expect(output.filter((line) => /\[\??\d*(;\d+)*[A-Za-z]/.test(line))).toEqual([]);
    expect(after.slice(exitLine(after) + 1)).toEqual(["$"]);
    expect(terminal.cursorVisible()).toBe(true);
  });
});
