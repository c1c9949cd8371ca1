// Every action.yml and every example workflow passes GitHub's parser and our own checks; the
// fixtures below prove that each check can fail, and that it reports the right line.
// biome-ignore-all lint/suspicious/noTemplateCurlyInString: ${{ }} here is a GitHub expression in YAML.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { type ActionSpecs, formatFindings, lintAction, lintWorkflow, readActionSpec } from "./workflow-lint";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const read = (file: string) => readFileSync(join(ROOT, file), "utf8");

const ACTION_NAMES = readdirSync(join(ROOT, "actions"))
  .filter((name) => existsSync(join(ROOT, "actions", name, "action.yml")))
  .sort();
const actionFile = (name: string) => `actions/${name}/action.yml`;
const WORKFLOW_FILES = readdirSync(join(ROOT, "workflows-examples"))
  .filter((name) => name.endsWith(".yml"))
  .sort()
  .map((name) => `workflows-examples/${name}`);

// Read on use: an invalid action.yml must fail its own test, not the collection of every test.
function realActions(): ActionSpecs {
  return new Map(
    ACTION_NAMES.map((name) => [name, readActionSpec(actionFile(name), read(actionFile(name)))]),
  );
}

describe("action.yml", () => {
  it("exists for the five actions", () => {
    expect(ACTION_NAMES).toEqual(
      expect.arrayContaining([
        "auto-rollback-on-drift",
        "build-minimal-image",
        "deploy-env",
        "integration-test-compose",
        "push-versioned",
      ]),
    );
  });

  it.each(ACTION_NAMES.map(actionFile))("%s is valid", (file) => {
    expect(formatFindings(lintAction(file, read(file)))).toBe("");
  });
});

describe("example workflows", () => {
  it("exist", () => {
    expect(WORKFLOW_FILES).toEqual(
      expect.arrayContaining(
        ["deploy.yml", "drift.yml", "release.yml"].map((name) => `workflows-examples/${name}`),
      ),
    );
  });

  it.each(WORKFLOW_FILES)("%s is valid", async (file) => {
    expect(formatFindings(await lintWorkflow(file, read(file), realActions()))).toBe("");
  });
});

// Lines 1-6 of every fixture workflow; the steps given start on line 7.
function workflowWithSteps(...steps: string[]): string {
  const header = ["on: push", "jobs:", "  deploy:", "    runs-on: ubuntu-latest", "    steps:"];
  const lines = ["- uses: actions/checkout@v4", ...steps].map((line) => `      ${line}`);
  return [...header, ...lines, ""].join("\n");
}

async function workflowReport(text: string): Promise<string> {
  return formatFindings(await lintWorkflow("fixture.yml", text, realActions()));
}

describe("the workflow checks report", () => {
  it("nothing on a correct fixture", async () => {
    const text = workflowWithSteps(
      "- id: deploy",
      "  uses: ./actions/deploy-env",
      "  with:",
      "    environment: staging",
      "- run: echo ${{ steps.deploy.outputs.url }}",
    );
    expect(await workflowReport(text)).toBe("");
  });

  it("an input the local action does not declare", async () => {
    const text = workflowWithSteps(
      "- uses: ./actions/deploy-env",
      "  with:",
      "    environment: staging",
      "    enviroment: production",
    );
    expect(await workflowReport(text)).toMatch(
      /^fixture\.yml:10: \.\/actions\/deploy-env has no input "enviroment"/,
    );
  });

  it("a required input without default that is not given", async () => {
    const text = workflowWithSteps("- uses: ./actions/deploy-env", "  with:", "    version: 1.2.3");
    expect(await workflowReport(text)).toBe(
      'fixture.yml:7: ./actions/deploy-env needs input "environment" (required, no default)',
    );
  });

  it("a local action that does not exist", async () => {
    const text = workflowWithSteps("- uses: ./actions/deploy-everywhere");
    expect(await workflowReport(text)).toBe("fixture.yml:7: ./actions/deploy-everywhere does not exist");
  });

  it("an output the local action does not declare", async () => {
    const text = workflowWithSteps(
      "- id: build",
      "  uses: ./actions/build-minimal-image",
      "- run: echo ${{ steps.build.outputs.layout }} ${{ steps.build.outputs['oci-layout'] }}",
    );
    expect(await workflowReport(text)).toBe(
      'fixture.yml:9: steps.build.outputs.layout: ./actions/build-minimal-image has no output "layout"',
    );
  });

  it("an output of a step that does not exist", async () => {
    const text = workflowWithSteps("- run: echo ${{ steps.build.outputs.digest }}");
    expect(await workflowReport(text)).toBe(
      "fixture.yml:7: steps.build.outputs.digest: job deploy has no step build",
    );
  });

  it("an invalid expression, from the parser", async () => {
    const text = workflowWithSteps("- run: echo ${{ github. }}");
    expect(await workflowReport(text)).toMatch(/^fixture\.yml:7: Unexpected symbol/);
  });

  it("an unknown named value, from the parser", async () => {
    const text = workflowWithSteps("- run: echo ${{ secret.TOKEN }}");
    expect(await workflowReport(text)).toBe("fixture.yml:7: Unrecognized named-value: 'secret'");
  });

  it("an unknown top-level key, from the parser", async () => {
    const text = workflowWithSteps().replace("jobs:", "permission: read-all\njobs:");
    expect(await workflowReport(text)).toBe("fixture.yml:2: Unexpected value 'permission'");
  });

  it("an error found while converting, from the parser", async () => {
    const text = workflowWithSteps("- id: same", "  run: echo", "- id: same", "  run: echo");
    expect(await workflowReport(text)).toMatch(
      /^fixture\.yml:9: The identifier 'same' may not be used more than once/,
    );
  });

  it("a YAML syntax error, from the parser", async () => {
    const text = workflowWithSteps("- run: [echo");
    expect(await workflowReport(text)).toMatch(/^fixture\.yml:\d+: .*flow sequence/i);
  });
});

// Line numbers the assertions below rely on are marked.
const VALID_ACTION = `name: fixture
description: An action made up for the tests.
branding:
  icon: box
  color: blue
inputs:
  level:
    description: How much.
    required: false
outputs:
  result:
    description: What happened.
runs:
  using: node24
  main: dist/index.js
`;
// inputs.level: line 7; outputs.result: line 11; runs: line 13; runs.using: line 14; runs.main: line 15.

function actionReport(text: string): string {
  return formatFindings(lintAction("action.yml", text));
}

describe("the action checks report", () => {
  it("nothing on a correct fixture", () => {
    expect(actionReport(VALID_ACTION)).toBe("");
  });

  it("a runtime other than node24", () => {
    expect(actionReport(VALID_ACTION.replace("using: node24", "using: node12"))).toBe(
      "action.yml:14: runs.using is node12, expected node24",
    );
  });

  it("an entry point other than dist/index.js", () => {
    expect(actionReport(VALID_ACTION.replace("main: dist/index.js", "main: lib/main.js"))).toBe(
      "action.yml:15: runs.main is lib/main.js, expected dist/index.js",
    );
  });

  it("a post step other than dist/index.js", () => {
    expect(actionReport(`${VALID_ACTION}  post: dist/post.js\n`)).toBe(
      "action.yml:16: runs.post is dist/post.js, expected dist/index.js",
    );
  });

  it("an input or output without description", () => {
    const text = VALID_ACTION.replace("    description: How much.\n", "").replace(
      "    description: What happened.\n",
      "    description: ''\n",
    );
    expect(actionReport(text)).toBe(
      [
        "action.yml:7: inputs.level has no description",
        "action.yml:10: outputs.result has no description",
      ].join("\n"),
    );
  });

  it("missing branding", () => {
    expect(actionReport(VALID_ACTION.replace("  color: blue\n", ""))).toBe(
      "action.yml:3: branding.color is missing",
    );
  });

  it("a missing action description, from the parser", () => {
    expect(actionReport(VALID_ACTION.replace(/^description: .*\n/m, ""))).toBe(
      "action.yml:1: Required property is missing: description",
    );
  });

  it("an unknown key, from the parser", () => {
    expect(actionReport(`${VALID_ACTION}outputz: {}\n`)).toBe("action.yml:16: Unexpected value 'outputz'");
  });
});
