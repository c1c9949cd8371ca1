import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { saveLog, serviceLog } from "./service-logs";
import { FakeExec } from "./testing/fake-exec";
import { fakeProject } from "./testing/fake-stack";

describe("serviceLog", () => {
  it("reads a service's log, or its last lines, without colours or prefixes", async () => {
    const fake = new FakeExec().on(/ logs /, { stdout: "\u001b[2Kready\n" });
    expect(await serviceLog(fakeProject(fake), "redis", 20)).toEqual(["ready"]);
    expect(await serviceLog(fakeProject(fake), "redis")).toEqual(["ready"]);
    expect(fake.calls.map((call) => call.line.replace(/^.* -f \S+ /, ""))).toEqual([
      "logs --no-color --no-log-prefix --tail 20 redis",
      "logs --no-color --no-log-prefix redis",
    ]);
  });

  it("says why there is no log rather than failing", async () => {
    const fake = new FakeExec().on(/ logs /, { exitCode: 1, stderr: "no such service: redis\n" });
    expect(await serviceLog(fakeProject(fake), "redis")).toEqual(["(no log: no such service: redis)"]);
  });
});

describe("saveLog", () => {
  it("writes <name>.log in the folder, making it when needed", () => {
    const dir = join(mkdtempSync(join(tmpdir(), "quai-logs-")), "logs");
    const saved = saveLog(dir, "redis", ["one", "two"]);
    expect(saved).toEqual({ name: "redis", path: join(dir, "redis.log"), lines: ["one", "two"] });
    expect(readFileSync(saved.path, "utf8")).toBe("one\ntwo\n");
  });
});
