import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  inputVariable,
  parseFileCommands,
  parseWorkflowCommands,
  REPO_ROOT,
  runAction,
  startAction,
} from "./action-harness";

const PROBE = join(REPO_ROOT, "test/fixtures/actions/probe");

describe("the action harness", () => {
  it("mangles input names as the runner does", () => {
    expect(inputVariable("wait-timeout")).toBe("INPUT_WAIT-TIMEOUT");
    expect(inputVariable("Display Name")).toBe("INPUT_DISPLAY_NAME");
  });

  it("reads heredoc and plain file commands", () => {
    expect(parseFileCommands("a<<EOF\nx\ny\nEOF\nb=1\n")).toEqual({ a: "x\ny", b: "1" });
  });

  it("reads annotations with their properties and escapes", () => {
    const { annotations, masks } = parseWorkflowCommands(
      "::error file=a.yml,line=4,col=2::bad%0Athing\n::add-mask::s3cret\n::debug::x\nplain\n",
    );
    expect(annotations).toEqual([
      { level: "error", message: "bad\nthing", file: "a.yml", line: 4, column: 2 },
    ]);
    expect(masks).toEqual(["s3cret"]);
  });

  it("runs main then post with defaults, outputs, state, env, path, summary, annotations and masks", async () => {
    const { main, post } = await runAction(PROBE, {
      inputs: { "Display Name": "Ada" },
      githubToken: "ghs_secret123",
    });
    expect(main.exitCode).toBe(1);
    expect(main.outputs).toEqual({
      greeting: "hello, Ada",
      multiline: "line 1\nline 2",
      "event-ref": "refs/heads/main",
    });
    expect(main.state).toEqual({ "cleanup-id": "probe-42" });
    expect(main.exportedEnv).toEqual({ PROBE_EXPORTED: "yes" });
    expect(main.addedPath).toEqual(["/opt/probe/bin"]);
    expect(main.summary).toContain("### Probe");
    expect(main.annotations).toEqual([
      { level: "warning", message: "bad, line\ntwo", file: "app,v2/Procfile", line: 3, column: 5 },
      { level: "error", message: "it failed: 100%", file: undefined, line: undefined, column: undefined },
    ]);
    expect(main.masks).toEqual(["ghs_secret123"]);
    expect(main.log).toContain("token is ***");
    expect(main.log).not.toContain("ghs_secret123");
    expect(post?.exitCode).toBe(0);
    expect(post?.log).toContain("post sees cleanup-id=probe-42");
    expect(post?.summary).toBe("cleaned up\n");
  });

  it("warns about inputs the action does not declare, as the runner does", async () => {
    const { main } = await runAction(PROBE, { inputs: { colour: "red" }, post: false });
    expect(main.annotations[0]).toMatchObject({
      level: "warning",
      message: expect.stringMatching(/^Unexpected input\(s\) 'colour'/),
    });
  });

  it("cancels the main step with a signal and still runs post", async () => {
    const running = startAction(PROBE, { inputs: { "wait-for-signal": "true" } });
    await running.waitForLog(/waiting for a signal/);
    running.cancel("SIGTERM");
    const { main, post } = await running.result;
    expect(main.log).toContain("cancelled by SIGTERM");
    expect(main.exitCode).toBe(1);
    expect(post?.log).toContain("post sees cleanup-id=probe-42");
  });
});
