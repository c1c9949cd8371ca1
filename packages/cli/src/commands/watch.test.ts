import { describe, expect, it } from "vitest";
import { cliWorkspace } from "../testing";

// A watch that samples a release runs against the test bed; these are refusals before any sample.
describe("quai watch", () => {
  it("refuses a window that is not a whole number of seconds, exit 2", async () => {
    const { run, ledgerPath } = cliWorkspace();
    expect(await run(["watch", "staging", "--for", "soon", "--ledger", ledgerPath])).toEqual({
      code: 2,
      stdout: "",
      stderr: 'quai: --for must be a whole number of at least 1, not "soon". Pass --for 10, say\n',
    });
  });

  it("refuses an environment quai.yml does not declare, exit 2", async () => {
    const { run, ledgerPath } = cliWorkspace();
    const result = await run(["watch", "qa", "--ledger", ledgerPath]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^quai: Invalid environment: "qa"/);
  });
});
