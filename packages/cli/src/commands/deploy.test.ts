import { describe, expect, it } from "vitest";
import { cliWorkspace } from "../testing";

// A deploy that reaches its target runs in the e2e test (test/e2e/cli.test.ts); these are the
// refusals made before anything is read from a target or written to the ledger.
describe("quai deploy, promote and rollback", () => {
  it("needs --reason with --force, exit 2", async () => {
    const { run, ledgerPath } = cliWorkspace();
    expect(await run(["deploy", "staging", "1.0.0", "--force", "--ledger", ledgerPath])).toEqual({
      code: 2,
      stdout: "",
      stderr:
        'quai: --force needs --reason. Say why the gate is overridden: --force --reason "hotfix for the checkout outage"\n',
    });
  });

  it("refuses an environment quai.yml does not declare, exit 2", async () => {
    const { run, ledgerPath } = cliWorkspace();
    const result = await run(["rollback", "qa", "--ledger", ledgerPath]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^quai: Invalid environment: "qa"/);
  });

  it("refuses to deploy a version outside a git checkout: it has no commit to record", async () => {
    const { run, ledgerPath } = cliWorkspace();
    expect(await run(["deploy", "staging", "1.0.0", "--ledger", ledgerPath])).toEqual({
      code: 2,
      stdout: "",
      stderr:
        "quai: No git commit to record the deployment with. Run quai inside the git checkout of the release, or promote a release another environment runs\n",
    });
  });

  it("has nothing to promote from an environment never deployed to, exit 2", async () => {
    const { run, ledgerPath } = cliWorkspace();
    expect(await run(["promote", "staging", "production", "--dry-run", "--ledger", ledgerPath])).toEqual({
      code: 2,
      stdout: "",
      stderr: "quai: staging has no successful deployment to promote. Deploy a release to staging first\n",
    });
  });

  it("refuses an unreachable target on one line, exit 2, with --dry-run too", async () => {
    const { run, ledgerPath } = cliWorkspace();
    const result = await run(["rollback", "staging", "--dry-run", "--ledger", ledgerPath], {
      dependencies: { run: (program) => (program === "git" ? "c".repeat(40) : undefined) },
    });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(
      /\nquai: No Docker engine answers at unix:\/\/\/nonexistent\/docker\.sock .*\n$/,
    );
  });
});
