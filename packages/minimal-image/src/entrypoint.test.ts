import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { entrypointScript, PROCESSES_PATH, SECRETS_DIR } from "./entrypoint";

// The script is run by the machine's own /bin/sh (dash), with the processes file path rewritten
// to a temporary one: the same shell Debian-based images use.
function entrypoint(
  procfile: string,
  secrets: Record<string, string> = {},
): (...args: string[]) => { status: number | null; stdout: string; stderr: string } {
  const dir = mkdtempSync(join(tmpdir(), "quai-entrypoint-"));
  writeFileSync(join(dir, "processes"), procfile);
  mkdirSync(join(dir, "secrets"));
  for (const [name, value] of Object.entries(secrets)) writeFileSync(join(dir, "secrets", name), value);
  const script = join(dir, "entrypoint");
  writeFileSync(
    script,
    entrypointScript("/bin/sh")
      .replaceAll(PROCESSES_PATH, join(dir, "processes"))
      .replaceAll(SECRETS_DIR, join(dir, "secrets")),
  );
  chmodSync(script, 0o755);
  return (...args) => {
    const result = spawnSync(script, args, {
      encoding: "utf8",
      env: { PATH: process.env.PATH, PORT: "8080" },
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  };
}

const run = entrypoint("# comment\nweb: echo web on port $PORT\nworker: echo worker with\n");

describe("the entrypoint script", () => {
  it("starts the first process without an argument, with shell syntax in the command", () => {
    expect(run()).toMatchObject({ status: 0, stdout: "web on port 8080\n" });
  });

  it("starts a named process and passes its extra arguments", () => {
    expect(run("worker", "two words", "and more")).toMatchObject({
      status: 0,
      stdout: "worker with two words and more\n",
    });
  });

  it("gives the process each secret file as a variable, multi-line values whole", () => {
    const withSecrets = entrypoint("web: echo web\n", {
      API_KEY: "s3cr3t",
      TLS_KEY: "-----BEGIN KEY-----\nabc\n-----END KEY-----\n",
      "not-a-name": "skipped",
    });
    const shown = withSecrets(
      "run",
      "sh",
      "-c",
      'printf "%s|%s|%s" "$API_KEY" "$TLS_KEY" "$(env | grep -c skipped)"',
    );
    expect(shown).toMatchObject({
      status: 0,
      stdout: "s3cr3t|-----BEGIN KEY-----\nabc\n-----END KEY-----|0",
    });
  });

  it("runs any command, and a shell", () => {
    expect(run("run", "printf", "%s-%s", "a", "b")).toMatchObject({ status: 0, stdout: "a-b" });
    expect(run("shell", "-c", "echo from the shell")).toMatchObject({
      status: 0,
      stdout: "from the shell\n",
    });
  });

  it("exec's the process instead of keeping a shell as its parent", () => {
    const pidOfScript = run("run", "sh", "-c", "echo $$ $PPID");
    const [pid, parent] = pidOfScript.stdout.trim().split(" ");
    // The command got the script's own process (same pid as the one spawnSync started), not a child.
    expect(Number(pid)).toBeGreaterThan(0);
    expect(parent).toBe(String(process.pid));
  });

  it("says which processes exist when asked for an unknown one", () => {
    expect(run("cron")).toMatchObject({
      status: 64,
      stderr: "quai: no process named 'cron'; this image has: web worker (or shell, run <command...>)\n",
    });
    expect(run("run")).toMatchObject({ status: 64, stderr: "quai: run needs a command, e.g. run ls -l\n" });
  });

  it("says so when the image declares no process", () => {
    expect(entrypoint("")()).toMatchObject({
      status: 64,
      stderr: "quai: this image declares no process; use: shell | run <command...>\n",
    });
  });

  it("is valid POSIX sh", () => {
    expect(() => execFileSync("sh", ["-n", "-c", entrypointScript("/bin/sh")])).not.toThrow();
  });
});
