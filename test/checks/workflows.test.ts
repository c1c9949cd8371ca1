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
const workflowsIn = (dir: string) =>
  readdirSync(join(ROOT, dir))
    .filter((name) => name.endsWith(".yml"))
    .sort()
    .map((name) => `${dir}/${name}`);
const EXAMPLE_WORKFLOWS = workflowsIn("workflows-examples");
/** The repository the examples run in: its quai.yml is the one their deploy steps read. */
const EXAMPLE_REPOSITORY = join(ROOT, "workflows-examples/repository");
/** A user's repository: a small app, its quai.yml and workflows, as the README tells users to write them. */
const CONSUMER = "test/fixtures/consumer";
const CONSUMER_WORKFLOWS = workflowsIn(`${CONSUMER}/.github/workflows`);

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
    expect(EXAMPLE_WORKFLOWS).toEqual(
      expect.arrayContaining(
        ["deploy.yml", "drift.yml", "promote.yml", "release.yml", "rollback.yml"].map(
          (name) => `workflows-examples/${name}`,
        ),
      ),
    );
  });

  it.each(EXAMPLE_WORKFLOWS)("%s is valid, and fits the example quai.yml", async (file) => {
    const findings = await lintWorkflow(file, read(file), {
      actions: realActions(),
      repositoryRoot: EXAMPLE_REPOSITORY,
    });
    expect(formatFindings(findings)).toBe("");
  });
});

describe("the consumer fixture", () => {
  const consumerReport = async (file: string, text = read(file)) =>
    formatFindings(
      await lintWorkflow(file, text, { actions: realActions(), repositoryRoot: join(ROOT, CONSUMER) }),
    );

  it("has a release and a rollback workflow", () => {
    expect(CONSUMER_WORKFLOWS).toEqual(
      ["release.yml", "rollback.yml"].map((name) => `${CONSUMER}/.github/workflows/${name}`),
    );
  });

  it.each(CONSUMER_WORKFLOWS)(
    "%s runs quai's actions as a user would, and passes the checks",
    async (file) => {
      expect(read(file)).toMatch(/uses: quai-dev\/quai\/actions\/deploy-env@v1\n/);
      expect(read(file)).not.toMatch(/uses: \.\//);
      expect(await consumerReport(file)).toBe("");
    },
  );

  it('is what the README\'s "Use quai in your repository" shows, file for file', () => {
    const readme = read("README.md");
    const section = readme.slice(
      readme.indexOf("## Use quai in your repository"),
      readme.indexOf("\n## ", readme.indexOf("## Use quai")),
    );
    const yamlBlocks = [...section.matchAll(/```yaml\n([\s\S]*?)```/g)].map(([, block]) => block);
    expect(yamlBlocks).toContain(read(`${CONSUMER}/quai.yml`));
    expect(yamlBlocks).toContain(read(`${CONSUMER}/.github/workflows/release.yml`));
    for (const name of ACTION_NAMES) expect(section).toContain(`- uses: quai-dev/quai/actions/${name}@v1\n`);
  });

  it("fails the checks when it names an action or an input quai does not have", async () => {
    const file = `${CONSUMER}/.github/workflows/release.yml`;
    const text = read(file)
      .replace("actions/build-minimal-image@v1", "actions/build-tiny-image@v1")
      .replace("test-service: tests", "test-services: tests");
    const report = await consumerReport(file, text);
    expect(report).toMatch(
      /^test\/fixtures\/consumer\/\.github\/workflows\/release\.yml:\d+: quai-dev\/quai\/actions\/build-tiny-image does not exist \(quai's actions: auto-rollback-on-drift, build-minimal-image, deploy-env, /m,
    );
    expect(report).toMatch(
      /: quai-dev\/quai\/actions\/integration-test-compose has no input "test-services" \(it has: /,
    );
    // The build step has no spec any more, so reading its outputs is not checked; nothing else is reported.
    expect(report.split("\n")).toHaveLength(2);
  });

  it("fails the checks when a deploy step does not give production its secret", async () => {
    const file = `${CONSUMER}/.github/workflows/release.yml`;
    const text = read(file).replace(/\n {8}env:\n {10}SESSION_SECRET: .*\n/, "\n");
    expect(await consumerReport(file, text)).toMatch(
      /^test\/fixtures\/consumer\/\.github\/workflows\/release\.yml:\d+: The secret SESSION_SECRET of production reads SESSION_SECRET, which the step does not set/,
    );
  });
});

const CHECKOUT_SHA = "3d3c42e5aac5ba805825da76410c181273ba90b1";

// Lines 1-6 of every fixture workflow; the steps given start on line 7.
function workflowWithSteps(...steps: string[]): string {
  const header = ["on: push", "jobs:", "  deploy:", "    runs-on: ubuntu-latest", "    steps:"];
  const lines = [`- uses: actions/checkout@${CHECKOUT_SHA}`, ...steps].map((line) => `      ${line}`);
  return [...header, ...lines, ""].join("\n");
}

async function workflowReport(text: string, repositoryRoot?: string): Promise<string> {
  return formatFindings(await lintWorkflow("fixture.yml", text, { actions: realActions(), repositoryRoot }));
}

describe("the workflow checks report", () => {
  it("nothing on a correct fixture", async () => {
    const text = workflowWithSteps(
      "- id: deploy",
      "  uses: quai-dev/quai/actions/deploy-env@v1",
      "  with:",
      "    environment: staging",
      "- run: echo ${{ steps.deploy.outputs.url }}",
    );
    expect(await workflowReport(text)).toBe("");
  });

  it("an input the action does not declare", async () => {
    const text = workflowWithSteps(
      "- uses: quai-dev/quai/actions/deploy-env@v1",
      "  with:",
      "    environment: staging",
      "    enviroment: production",
    );
    expect(await workflowReport(text)).toMatch(
      /^fixture\.yml:10: quai-dev\/quai\/actions\/deploy-env has no input "enviroment"/,
    );
  });

  it("a required input without default that is not given", async () => {
    const text = workflowWithSteps(
      "- uses: quai-dev/quai/actions/deploy-env@v1",
      "  with:",
      "    version: 1.2.3",
    );
    expect(await workflowReport(text)).toBe(
      'fixture.yml:7: quai-dev/quai/actions/deploy-env needs input "environment" (required, no default)',
    );
  });

  it("an action quai does not have", async () => {
    const text = workflowWithSteps("- uses: quai-dev/quai/actions/deploy-everywhere@v1");
    expect(await workflowReport(text)).toBe(
      "fixture.yml:7: quai-dev/quai/actions/deploy-everywhere does not exist (quai's actions: auto-rollback-on-drift, build-minimal-image, deploy-env, integration-test-compose, push-versioned)",
    );
  });

  it("an action of quai by its path in quai's own tree, which only works there", async () => {
    const text = workflowWithSteps("- uses: ./actions/build-minimal-image");
    expect(await workflowReport(text)).toBe(
      "fixture.yml:7: ./actions/build-minimal-image runs only inside quai's own repository: write quai-dev/quai/actions/build-minimal-image@v1",
    );
  });

  it("an action of quai at a branch rather than a release", async () => {
    const text = workflowWithSteps("- uses: quai-dev/quai/actions/build-minimal-image@main");
    expect(await workflowReport(text)).toBe(
      "fixture.yml:7: quai-dev/quai/actions/build-minimal-image@main: use a release of quai (@v1, @v1.2.3) or a full commit SHA",
    );
    const pinned = ["v1", "v1.4.0", "v2.0.0-rc.1", CHECKOUT_SHA].map(
      (ref) => `- uses: quai-dev/quai/actions/build-minimal-image@${ref}`,
    );
    expect(await workflowReport(workflowWithSteps(...pinned))).toBe("");
  });

  it("an action or reusable workflow of another repository that a tag, not a SHA, pins", async () => {
    const text = workflowWithSteps(
      "- uses: actions/cache@v4",
      "  with: { path: x, key: y }",
      "- uses: webfactory/ssh-agent",
      "- uses: docker://alpine:3.20",
      "- uses: ./.github/actions/own",
    ).concat(["  shared:", "    uses: acme/workflows/.github/workflows/ci.yml@main", ""].join("\n"));
    expect(await workflowReport(text)).toBe(
      [
        "fixture.yml:7: actions/cache@v4: pin actions of other repositories by full commit SHA (actions/cache@<40 hex> # v4)",
        "fixture.yml:9: webfactory/ssh-agent: pin actions of other repositories by full commit SHA (webfactory/ssh-agent@<40 hex>)",
        "fixture.yml:13: acme/workflows/.github/workflows/ci.yml@main: pin actions of other repositories by full commit SHA (acme/workflows/.github/workflows/ci.yml@<40 hex> # main)",
      ].join("\n"),
    );
  });

  it("an output the local action does not declare", async () => {
    const text = workflowWithSteps(
      "- id: build",
      "  uses: quai-dev/quai/actions/build-minimal-image@v1",
      "- run: echo ${{ steps.build.outputs.layout }} ${{ steps.build.outputs['oci-layout'] }}",
    );
    expect(await workflowReport(text)).toBe(
      'fixture.yml:9: steps.build.outputs.layout: quai-dev/quai/actions/build-minimal-image has no output "layout"',
    );
  });

  it("an output of a step that does not exist", async () => {
    const text = workflowWithSteps("- run: echo ${{ steps.build.outputs.digest }}");
    expect(await workflowReport(text)).toBe(
      "fixture.yml:7: steps.build.outputs.digest: job deploy has no step build",
    );
  });

  const SSH_AGENT = "- uses: webfactory/ssh-agent@a6f90b1f127823b31d4d4a8d96047790581349bd";
  // What a deploy step to the example's staging needs besides its secret (an ssh:// target).
  const deployTo = (environment: string, ...more: string[]) => [
    SSH_AGENT,
    "  with: { ssh-private-key: key }",
    "- uses: quai-dev/quai/actions/deploy-env@v1",
    "  with:",
    `    environment: ${environment}`,
    "    version: 1.0.0",
    "    ssh-known-hosts: staging.acme.example ssh-ed25519 AAAA",
    ...more,
  ];

  it("a secret of quai.yml that the deploy step does not set in env", async () => {
    const text = workflowWithSteps(...deployTo("staging"));
    expect(await workflowReport(text, EXAMPLE_REPOSITORY)).toBe(
      "fixture.yml:9: The secret API_KEY of staging reads API_KEY, which the step does not set (env: API_KEY: ${{ secrets.API_KEY }})",
    );
    const given = workflowWithSteps(...deployTo("staging", "  env:", "    API_KEY: ${{ secrets.API_KEY }}"));
    expect(await workflowReport(given, EXAMPLE_REPOSITORY)).toBe("");
    const inTheJob = text.replace(
      "    runs-on: ubuntu-latest\n",
      "    runs-on: ubuntu-latest\n    env:\n      API_KEY: ${{ secrets.API_KEY }}\n",
    );
    expect(await workflowReport(inTheJob, EXAMPLE_REPOSITORY)).toBe("");
  });

  it("the secrets of every environment an expression may name", async () => {
    const text = workflowWithSteps(...deployTo("${{ inputs.environment }}"));
    expect(await workflowReport(text, EXAMPLE_REPOSITORY)).toBe(
      "fixture.yml:9: The secret API_KEY of staging, API_KEY of production reads API_KEY, which the step does not set (env: API_KEY: ${{ secrets.API_KEY }})",
    );
  });

  it("an environment that quai.yml does not declare", async () => {
    const text = workflowWithSteps(...deployTo("prod"));
    expect(await workflowReport(text, EXAMPLE_REPOSITORY)).toBe(
      "fixture.yml:9: environment prod is not declared in quai.yml (it declares staging, qualification, production)",
    );
  });

  it("a target that deploy-env does not know", async () => {
    const text = workflowWithSteps(...deployTo("staging", "    target: ftp://staging.acme.example"));
    expect(await workflowReport(text, EXAMPLE_REPOSITORY)).toBe(
      'fixture.yml:9: quai-dev/quai/actions/deploy-env: Unknown target "ftp://staging.acme.example"',
    );
  });

  it("a config that the repository does not have", async () => {
    const text = workflowWithSteps(...deployTo("staging", "    config: deploy/quai.yml"));
    expect(await workflowReport(text, EXAMPLE_REPOSITORY)).toBe(
      "fixture.yml:9: quai-dev/quai/actions/deploy-env: No environments file at deploy/quai.yml",
    );
  });

  it("an ssh:// target without a key to log in with or known hosts to check the host against", async () => {
    const text = workflowWithSteps(
      "- uses: quai-dev/quai/actions/deploy-env@v1",
      "  with: { environment: qualification, version: 1.0.0 }",
    );
    expect(await workflowReport(text, EXAMPLE_REPOSITORY)).toBe(
      [
        "fixture.yml:7: deploy-env connects to ssh://deploy@qualification.acme.example (qualification) with an SSH key: start an SSH agent with it in an earlier step (webfactory/ssh-agent), or set QUAI_SSH_IDENTITY to the key's file",
        "fixture.yml:7: deploy-env connects to ssh://deploy@qualification.acme.example (qualification) and checks the host's key: give its known_hosts lines in ssh-known-hosts",
      ].join("\n"),
    );
    expect(await workflowReport(workflowWithSteps(...deployTo("qualification")), EXAMPLE_REPOSITORY)).toBe(
      "",
    );
    const elsewhere = text.replace("version: 1.0.0 }", "version: 1.0.0, target: tcp://10.0.0.5:2376 }");
    expect(await workflowReport(elsewhere, EXAMPLE_REPOSITORY)).toBe("");
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
