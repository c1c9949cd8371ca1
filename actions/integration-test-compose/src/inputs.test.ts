import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { actionInputReader } from "../../../test/fixtures/action-inputs";
import { runnerFolders } from "../../../test/support/runner-folders";
import { readInputs } from "./inputs";

const read = (values: Record<string, string>) =>
  readInputs(actionInputReader("integration-test-compose", values));

describe("integration-test-compose inputs", () => {
  let workspace: string;
  let runnerTemp: string;

  beforeEach(() => {
    ({ workspace, runnerTemp } = runnerFolders("compose-inputs"));
  });

  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it("reads compose files inside the workspace, or given absolute under RUNNER_TEMP", () => {
    const generated = join(runnerTemp, "compose.ci.yml");
    expect(read({ "compose-file": `compose.yml\n${generated}` })["compose-file"]).toEqual([
      join(workspace, "compose.yml"),
      generated,
    ]);
  });

  it("refuses a compose file outside the workspace", () => {
    expect(() => read({ "compose-file": "compose.yml\n../../other/compose.yml" })).toThrowError(
      'Invalid compose-file: "../../other/compose.yml" (outside the workspace)',
    );
    expect(() => read({ "compose-file": "/srv/compose.yml" })).toThrowError(
      'Invalid compose-file: "/srv/compose.yml" (outside the workspace)',
    );
  });

  it("refuses reports outside the workspace when the tests run on the runner", () => {
    const onRunner = { "test-service": "", "test-command": "npm test" };
    expect(read({ ...onRunner, reports: "reports/*.xml" }).reports).toBe("reports/*.xml");
    expect(() => read({ ...onRunner, reports: "../../home/*.xml" })).toThrowError(
      'Invalid reports: "../../home/*.xml" (outside the workspace)',
    );
  });

  it("refuses a .. after a wildcard in the reports, in the test container too", () => {
    expect(read({ reports: "/suite/reports/*.xml" }).reports).toBe("/suite/reports/*.xml");
    expect(() => read({ reports: "reports/*/../../../../etc/*" })).toThrowError(
      'Invalid reports: "reports/*/../../../../etc/*" (a .. after a wildcard climbs out of the folder matched)',
    );
  });
});
