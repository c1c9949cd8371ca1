// For unit tests: an Exec that answers from a script instead of running anything.
import type { Exec, ExecOptions, ExecResult } from "../exec";

export interface ExecCall {
  command: string;
  args: string[];
  options: ExecOptions;
  /** The command line, words joined by spaces, as the handlers match it. */
  line: string;
}

type Answer = Partial<ExecResult>;
type Handler = (call: ExecCall) => Answer | Promise<Answer>;

/**
 * Answers each call with the last handler whose pattern matches its command line (so a test
 * overrides a default by adding a handler). A call no handler matches throws: answering it with
 * success would let a test pass on a command it never meant to allow. Streams the answer's lines
 * to onLine as the real one does, and records every call.
 */
export class FakeExec {
  readonly calls: ExecCall[] = [];
  private readonly handlers: Array<{ pattern: RegExp; handle: Handler }> = [];

  on(pattern: RegExp, answer: Answer | Handler): this {
    this.handlers.push({ pattern, handle: typeof answer === "function" ? answer : () => answer });
    return this;
  }

  /** The command lines that matched `pattern`, in order. */
  linesMatching(pattern: RegExp): string[] {
    return this.calls.map((call) => call.line).filter((line) => pattern.test(line));
  }

  readonly exec: Exec = async (command, args, options = {}) => {
    const call = { command, args: [...args], options, line: [command, ...args].join(" ") };
    this.calls.push(call);
    const handler = this.handlers.findLast(({ pattern }) => pattern.test(call.line));
    if (!handler) throw new Error(`FakeExec: no handler scripted for \`${call.line}\``);
    const result: ExecResult = { exitCode: 0, stdout: "", stderr: "", ...(await handler.handle(call)) };
    for (const line of `${result.stdout}${result.stderr}`.split("\n").filter(Boolean)) options.onLine?.(line);
    return result;
  };
}
