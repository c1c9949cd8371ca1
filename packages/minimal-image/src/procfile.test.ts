import { UserError } from "@quai/core";
import { describe, expect, it } from "vitest";
import { formatProcesses, parseProcesses } from "./procfile";

describe("parseProcesses", () => {
  it("reads names and commands, skipping comments and blank lines", () => {
    const text = "# processes\nweb: node server.js --port $PORT\n\nworker:node worker.js\n";
    expect(parseProcesses(text)).toEqual([
      { name: "web", command: "node server.js --port $PORT" },
      { name: "worker", command: "node worker.js" },
    ]);
  });

  it("points at the file and line of a bad Procfile line", () => {
    const read = () =>
      parseProcesses("web: node server.js\nthis is not a process\n", { file: "app/Procfile" });
    expect(read).toThrowError(UserError);
    expect(read).toThrowError('app/Procfile line 2 is not NAME: COMMAND: "this is not a process"');
    try {
      read();
    } catch (error) {
      expect((error as UserError).location).toEqual({ file: "app/Procfile", line: 2 });
    }
  });

  it("names the processes input when the lines came from it", () => {
    expect(() => parseProcesses("web:")).toThrowError(
      'Invalid processes: "web:" (line 1: is not NAME: COMMAND)',
    );
  });

  it("refuses reserved and repeated names", () => {
    expect(() => parseProcesses("shell: bash")).toThrowError("uses the reserved name shell");
    expect(() => parseProcesses("web: a\nweb: b")).toThrowError("declares web a second time");
  });

  it("writes back what it read", () => {
    const processes = parseProcesses("web: node server.js\nworker: node worker.js");
    expect(parseProcesses(formatProcesses(processes))).toEqual(processes);
  });
});
