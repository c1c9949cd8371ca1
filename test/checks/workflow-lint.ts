// Static checks of the actions' metadata and of workflows that use them. GitHub's own parser
// (@actions/workflow-parser) validates the schema and the expressions; the checks written here
// add what it cannot know: quai's conventions, how a workflow fits quai's actions and the quai.yml
// its deploy steps read, and that other repositories' actions are pinned.
import { join } from "node:path";
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from "@actions/workflow-parser";
import {
  type ActionTemplate,
  convertActionTemplate,
  parseAction,
} from "@actions/workflow-parser/actions/index";
import type { TemplateValidationError } from "@actions/workflow-parser/templates/template-validation-error";
import { UserError } from "@quai/core";
import {
  type EnvironmentSettings,
  type ParsedQuaiFile,
  parseTarget,
  readQuaiFile,
  resolveEnvironment,
} from "@quai/deploy";
import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, visit } from "yaml";

/** One problem, located so that an editor can jump to it. */
export interface Finding {
  file: string;
  line: number;
  message: string;
}

export interface ActionInput {
  required: boolean;
  hasDefault: boolean;
}

/** What a workflow may pass to, and read from, one of quai's actions. */
export interface ActionSpec {
  inputs: ReadonlyMap<string, ActionInput>;
  outputs: ReadonlySet<string>;
}

/** quai's actions by directory name, as in `uses: quai-dev/quai/actions/<name>@v1`. */
export type ActionSpecs = ReadonlyMap<string, ActionSpec>;

export function formatFindings(findings: readonly Finding[]): string {
  return findings.map(({ file, line, message }) => `${file}:${line}: ${message}`).join("\n");
}

type LocatedMessage = Omit<Finding, "file">;

function inFile(file: string, messages: LocatedMessage[]): Finding[] {
  return messages.map((message) => ({ file, ...message }));
}

function parserFindings(file: string, errors: readonly TemplateValidationError[]): Finding[] {
  return errors.map((error) => ({
    file,
    line: error.range?.start.line ?? 1,
    // YAML syntax errors carry a multi-line excerpt of the source after the message.
    message: error.rawMessage.split("\n")[0] ?? error.rawMessage,
  }));
}

// ---------------------------------------------------------------------------------------------
// action.yml

const RUNTIME = "node24";
const ENTRY_POINT = "dist/index.js";

export function lintAction(file: string, text: string): Finding[] {
  const { findings, template } = parseActionMetadata(file, text);
  // The typed model is only trustworthy once the schema is satisfied (the parser's own policy).
  if (!template) return findings;
  const yaml = locate(text);
  return inFile(file, [
    ...runsFindings(template, yaml),
    ...brandingFindings(template, yaml),
    ...descriptionFindings(template, yaml),
  ]);
}

/** The inputs and outputs an action declares; throws when its action.yml is invalid. */
export function readActionSpec(file: string, text: string): ActionSpec {
  const { findings, template } = parseActionMetadata(file, text);
  if (!template) throw new Error(`Invalid action metadata:\n${formatFindings(findings)}`);
  const inputs = new Map<string, ActionInput>();
  for (const input of template.inputs ?? []) {
    inputs.set(input.id, { required: input.required === true, hasDefault: input.default !== undefined });
  }
  return { inputs, outputs: new Set((template.outputs ?? []).map((output) => output.id)) };
}

function parseActionMetadata(file: string, text: string): { findings: Finding[]; template?: ActionTemplate } {
  const { context, value } = parseAction({ name: file, content: text }, new NoOperationTraceWriter());
  if (!value || context.errors.count > 0) {
    return { findings: parserFindings(file, context.errors.getErrors()) };
  }
  const template = convertActionTemplate(context, value);
  // Conversion may report errors of its own, into the same context.
  const findings = parserFindings(file, context.errors.getErrors());
  return findings.length > 0 ? { findings } : { findings, template };
}

function runsFindings({ runs }: ActionTemplate, yaml: LocatedYaml): LocatedMessage[] {
  const at = (key: string) => yaml.lineOf(["runs", key]);
  if (runs.using !== RUNTIME) {
    return [{ line: at("using"), message: `runs.using is ${runs.using}, expected ${RUNTIME}` }];
  }
  const findings: LocatedMessage[] = [];
  if (runs.main !== ENTRY_POINT) {
    findings.push({ line: at("main"), message: `runs.main is ${runs.main}, expected ${ENTRY_POINT}` });
  }
  // One bundle per action: dist/index.js serves the post phase too.
  if (runs.post !== undefined && runs.post !== ENTRY_POINT) {
    findings.push({ line: at("post"), message: `runs.post is ${runs.post}, expected ${ENTRY_POINT}` });
  }
  return findings;
}

function brandingFindings({ branding }: ActionTemplate, yaml: LocatedYaml): LocatedMessage[] {
  return (["icon", "color"] as const)
    .filter((key) => !branding?.[key])
    .map((key) => ({ line: yaml.lineOf(["branding", key]), message: `branding.${key} is missing` }));
}

function descriptionFindings(template: ActionTemplate, yaml: LocatedYaml): LocatedMessage[] {
  const undescribed = (section: "inputs" | "outputs", items: { id: string; description?: string }[] = []) =>
    items
      .filter((item) => !item.description?.trim())
      .map((item) => ({
        line: yaml.lineOf([section, item.id]),
        message: `${section}.${item.id} has no description`,
      }));
  return [...undescribed("inputs", template.inputs), ...undescribed("outputs", template.outputs)];
}

// ---------------------------------------------------------------------------------------------
// Workflows

/** Where quai's actions are published: a workflow runs them as `quai-dev/quai/actions/<name>@v1`. */
export const QUAI_REPOSITORY = "quai-dev/quai";

export interface WorkflowContext {
  /** quai's actions by directory name: what `quai-dev/quai/actions/<name>@…` resolves to. */
  actions: ActionSpecs;
  /**
   * The repository the workflow belongs to, where deploy-env finds its config (quai.yml); without
   * it, deploy steps are not checked against their quai.yml.
   */
  repositoryRoot?: string;
}

export async function lintWorkflow(file: string, text: string, context: WorkflowContext): Promise<Finding[]> {
  const findings = await workflowParserFindings(file, text);
  const yaml = locate(text);
  // The parser has reported the syntax errors; a broken tree is not worth walking.
  if (yaml.hasErrors) return findings;
  const workflow = readWorkflow(yaml);
  const ownFindings = workflow.jobs.flatMap((job) => jobFindings(job, workflow, context));
  return [...findings, ...inFile(file, ownFindings)];
}

async function workflowParserFindings(file: string, text: string): Promise<Finding[]> {
  const { context, value } = parseWorkflow({ name: file, content: text }, new NoOperationTraceWriter());
  // Conversion checks more (duplicate step ids, cron, needs, concurrency), into the same context.
  if (value) await convertWorkflowTemplate(context, value);
  return parserFindings(file, context.errors.getErrors());
}

/** The names an `env:` mapping sets; `dynamic` when it is an expression, which may set any. */
type EnvNames = ReadonlySet<string> | "dynamic";

interface WorkflowView {
  env: EnvNames;
  jobs: JobView[];
}

interface JobView {
  id: string;
  /** A reusable workflow the job calls. */
  uses?: { text: string; line: number };
  env: EnvNames;
  steps: StepView[];
  /** Every string in the job, to find the expressions in. */
  strings: { text: string; line: number }[];
}

interface StepView {
  id?: string;
  uses?: string;
  line: number;
  with: { key: string; value?: string; line: number }[];
  env: EnvNames;
}

/** A step that runs one of quai's actions; `spec` is unset when no such action exists. */
interface QuaiStep extends StepView {
  action: string;
  /** The action as messages name it: `quai-dev/quai/actions/<name>`, or `./actions/<name>`. */
  shown: string;
  spec?: ActionSpec;
}

const LOCAL_ACTION = /^\.\/actions\/([^/@]+)\/?$/;
const QUAI_ACTION = new RegExp(`^${QUAI_REPOSITORY}/actions/([^/@]+)/?@(.*)$`);
/** A release tag of quai: the moving major `v1`, or a full version `v1.2.3`. */
const RELEASE_REF = /^v\d+(?:\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)?$/;
const FULL_SHA = /^[0-9a-f]{40}$/;

function jobFindings(job: JobView, workflow: WorkflowView, context: WorkflowContext): LocatedMessage[] {
  const quaiSteps: QuaiStep[] = [];
  const findings: LocatedMessage[] = [];
  if (job.uses) findings.push(...pinFindings(job.uses.text, job.uses.line));
  for (const [index, step] of job.steps.entries()) {
    const quai = step.uses === undefined ? undefined : quaiAction(step.uses);
    if (!quai) {
      if (step.uses !== undefined) findings.push(...pinFindings(step.uses, step.line));
      continue;
    }
    const quaiStep: QuaiStep = { ...step, ...quai, spec: context.actions.get(quai.action) };
    quaiSteps.push(quaiStep);
    findings.push(...referenceFindings(quaiStep, quai.ref, context.actions));
    if (quaiStep.spec) findings.push(...inputFindings(quaiStep, quaiStep.spec));
    if (quaiStep.spec && quai.action === DEPLOY_ACTION && context.repositoryRoot) {
      const env = unionOf(step.env, job.env, workflow.env);
      const earlier = job.steps.slice(0, index);
      findings.push(...deployFindings(quaiStep, { env, earlier }, context.repositoryRoot));
    }
  }
  return [...findings, ...outputReferenceFindings(job, quaiSteps)];
}

/** `./actions/<name>` (ref undefined) or `quai-dev/quai/actions/<name>@<ref>`; undefined for any other action. */
function quaiAction(uses: string): { action: string; shown: string; ref?: string } | undefined {
  const local = uses.match(LOCAL_ACTION);
  if (local?.[1]) return { action: local[1], shown: `./actions/${local[1]}` };
  const published = uses.match(QUAI_ACTION);
  if (published?.[1]) {
    return { action: published[1], shown: `${QUAI_REPOSITORY}/actions/${published[1]}`, ref: published[2] };
  }
  return undefined;
}

function referenceFindings(step: QuaiStep, ref: string | undefined, actions: ActionSpecs): LocatedMessage[] {
  const at = (message: string) => ({ line: step.line, message });
  const findings: LocatedMessage[] = [];
  if (ref === undefined) {
    findings.push(
      at(
        `${step.shown} runs only inside quai's own repository: write ${QUAI_REPOSITORY}/actions/${step.action}@v1`,
      ),
    );
  } else if (!RELEASE_REF.test(ref) && !FULL_SHA.test(ref)) {
    findings.push(at(`${step.shown}@${ref}: use a release of quai (@v1, @v1.2.3) or a full commit SHA`));
  }
  if (!step.spec) {
    findings.push(at(`${step.shown} does not exist (quai's actions: ${[...actions.keys()].join(", ")})`));
  }
  return findings;
}

/**
 * Another repository's action or reusable workflow must be pinned by full commit SHA: a tag can
 * be moved to other code, a SHA cannot. Local paths and `docker://` images are not actions of a
 * repository.
 */
function pinFindings(uses: string, line: number): LocatedMessage[] {
  if (uses.startsWith("./") || uses.startsWith("docker://")) return [];
  const at = uses.lastIndexOf("@");
  const [name, ref] = at < 0 ? [uses, ""] : [uses.slice(0, at), uses.slice(at + 1)];
  if (FULL_SHA.test(ref)) return [];
  const was = ref ? ` # ${ref}` : "";
  return [
    {
      line,
      message: `${uses}: pin actions of other repositories by full commit SHA (${name}@<40 hex>${was})`,
    },
  ];
}

/** A step must pass only, and all, the inputs its action needs. */
function inputFindings(step: QuaiStep, { inputs }: ActionSpec): LocatedMessage[] {
  const unknown = step.with
    .filter(({ key }) => !inputs.has(key))
    .map(({ key, line }) => ({
      line,
      message: `${step.shown} has no input "${key}" (it has: ${[...inputs.keys()].join(", ")})`,
    }));
  const given = new Set(step.with.map(({ key }) => key));
  const missing = [...inputs]
    .filter(([name, input]) => input.required && !input.hasDefault && !given.has(name))
    .map(([name]) => ({
      line: step.line,
      message: `${step.shown} needs input "${name}" (required, no default)`,
    }));
  return [...unknown, ...missing];
}

// `steps.<id>.outputs.<name>` or `steps.<id>.outputs['<name>']`.
const STEP_OUTPUT = /\bsteps\.([\w-]+)\.outputs(?:\.([\w-]+)|\[\s*'([^']+)'\s*\])/g;

/** A step output read in a job must come from a step of that job and, for one of quai's actions, be declared. */
function outputReferenceFindings(job: JobView, quaiSteps: QuaiStep[]): LocatedMessage[] {
  const stepIds = new Set(job.steps.flatMap((step) => step.id ?? []));
  const quaiById = new Map(quaiSteps.flatMap((step) => (step.id ? [[step.id, step] as const] : [])));
  return job.strings.flatMap(({ text, line }) =>
    [...text.matchAll(STEP_OUTPUT)].flatMap(([reference, stepId = "", dotted, bracketed]) => {
      const problem = stepIds.has(stepId)
        ? undeclaredOutput(quaiById.get(stepId), dotted ?? bracketed ?? "")
        : `job ${job.id} has no step ${stepId}`;
      return problem ? [{ line, message: `${reference}: ${problem}` }] : [];
    }),
  );
}

function undeclaredOutput(step: QuaiStep | undefined, output: string): string | undefined {
  if (!step?.spec || step.spec.outputs.has(output)) return undefined;
  return `${step.shown} has no output "${output}"`;
}

// ---------------------------------------------------------------------------------------------
// A deploy-env step against the quai.yml it reads: what deploy-env would otherwise find only on
// the runner, after the jobs before it have run.

const DEPLOY_ACTION = "deploy-env";
const DEFAULT_CONFIG = "quai.yml";
/** An SSH agent an earlier step may start; deploy-env finds it through SSH_AUTH_SOCK. */
const SSH_AGENT_ACTION = "webfactory/ssh-agent@";

function deployFindings(
  step: QuaiStep,
  /** The environment variables the step gets (its own, its job's, the workflow's), and the steps before it. */
  job: { env: EnvNames; earlier: StepView[] },
  repositoryRoot: string,
): LocatedMessage[] {
  const at = (message: string) => ({ line: step.line, message });
  const config = givenValue(step, "config") ?? DEFAULT_CONFIG;
  const environment = givenValue(step, "environment");
  const target = givenValue(step, "target");
  // What an expression gives is known only on the runner; a missing environment is reported already.
  if (isExpression(config) || environment === undefined) return [];
  let parsed: ParsedQuaiFile;
  let settings: EnvironmentSettings[];
  let sshTargets: EnvironmentSettings[];
  try {
    parsed = readQuaiFile(join(repositoryRoot, config), config);
    const declared = Object.keys(parsed.file.environments);
    if (!isExpression(environment) && !declared.includes(environment)) {
      return [
        at(`environment ${environment} is not declared in ${config} (it declares ${declared.join(", ")})`),
      ];
    }
    // An environment given by an expression may be any of them.
    const names = isExpression(environment) ? declared : [environment];
    const overrides = target === undefined || isExpression(target) ? {} : { target };
    settings = names.map((name) => resolveEnvironment(parsed, name, overrides));
    sshTargets = settings.filter((entry) => parseTarget(entry.target).dockerHost?.startsWith("ssh://"));
  } catch (error) {
    if (error instanceof UserError) return [at(`${step.shown}: ${error.message}`)];
    throw error;
  }
  const { env } = job;
  if (env === "dynamic") return [];
  const agentStarted = job.earlier.some((earlier) => earlier.uses?.startsWith(SSH_AGENT_ACTION));
  return [
    ...secretFindings(settings, env).map(at),
    ...sshFindings(sshTargets, env, { agentStarted, knownHosts: givenValue(step, "ssh-known-hosts") }).map(
      at,
    ),
  ];
}

/** Each secret of quai.yml is read from the step's environment variable it names. */
function secretFindings(settings: EnvironmentSettings[], env: ReadonlySet<string>): string[] {
  const unset = new Map<string, string[]>();
  for (const environment of settings) {
    for (const variable of environment.variables) {
      if (!("secretFrom" in variable) || env.has(variable.secretFrom)) continue;
      const readers = unset.get(variable.secretFrom) ?? [];
      readers.push(`${variable.name} of ${environment.name}`);
      unset.set(variable.secretFrom, readers);
    }
  }
  return [...unset].map(
    ([source, readers]) =>
      `The secret ${readers.join(", ")} reads ${source}, which the step does not set (env: ${source}: \${{ secrets.${source} }})`,
  );
}

/** An ssh:// target needs a key to log in with and the host's key to check. */
function sshFindings(
  sshTargets: EnvironmentSettings[],
  env: ReadonlySet<string>,
  step: { agentStarted: boolean; knownHosts?: string },
): string[] {
  if (sshTargets.length === 0) return [];
  const targets = sshTargets.map((environment) => `${environment.target} (${environment.name})`);
  const where = `deploy-env connects to ${targets.join(", ")}`;
  const findings: string[] = [];
  if (!step.agentStarted && !env.has("SSH_AUTH_SOCK") && !env.has("QUAI_SSH_IDENTITY")) {
    findings.push(
      `${where} with an SSH key: start an SSH agent with it in an earlier step (webfactory/ssh-agent), or set QUAI_SSH_IDENTITY to the key's file`,
    );
  }
  if (step.knownHosts === undefined && !env.has("QUAI_SSH_KNOWN_HOSTS")) {
    findings.push(`${where} and checks the host's key: give its known_hosts lines in ssh-known-hosts`);
  }
  return findings;
}

function givenValue(step: StepView, key: string): string | undefined {
  return step.with.find((input) => input.key === key)?.value;
}

function isExpression(value: string): boolean {
  return value.includes("${{");
}

function unionOf(...scopes: EnvNames[]): EnvNames {
  if (scopes.includes("dynamic")) return "dynamic";
  return new Set(scopes.flatMap((names) => [...(names as ReadonlySet<string>)]));
}

// ---------------------------------------------------------------------------------------------
// YAML with lines: the parser's typed model drops `with:` and keeps no lines for our checks.

type LocatedYaml = ReturnType<typeof locate>;

function locate(text: string) {
  const lines = new LineCounter();
  const document = parseDocument(text, { lineCounter: lines });
  const lineAt = (node: unknown): number =>
    isNode(node) && node.range ? lines.linePos(node.range[0]).line : 1;
  return {
    document,
    hasErrors: document.errors.length > 0,
    lineAt,
    /** The line of the deepest key of `path` that exists: where a missing key would go. */
    lineOf(path: readonly string[]): number {
      let node: unknown = document.contents;
      let line = 1;
      for (const key of path) {
        const entry = entryOf(node, key);
        if (!entry) break;
        line = lineAt(entry.keyNode);
        node = entry.value;
      }
      return line;
    },
  };
}

interface Entry {
  key: string;
  keyNode: unknown;
  value: unknown;
}

function entriesOf(node: unknown): Entry[] {
  if (!isMap(node)) return [];
  return node.items.flatMap((pair) =>
    isScalar(pair.key) ? [{ key: String(pair.key.value), keyNode: pair.key, value: pair.value }] : [],
  );
}

function entryOf(node: unknown, key: string): Entry | undefined {
  return entriesOf(node).find((entry) => entry.key === key);
}

function itemsOf(node: unknown): unknown[] {
  return isSeq(node) ? node.items : [];
}

function textOf(node: unknown): string | undefined {
  return isScalar(node) && typeof node.value === "string" ? node.value : undefined;
}

function readWorkflow(yaml: LocatedYaml): WorkflowView {
  const root = yaml.document.contents;
  return {
    env: envNames(entryOf(root, "env")?.value),
    jobs: entriesOf(entryOf(root, "jobs")?.value).map((job) => readJob(job, yaml)),
  };
}

function readJob(job: Entry, yaml: LocatedYaml): JobView {
  const uses = entryOf(job.value, "uses");
  const usesText = textOf(uses?.value);
  return {
    id: job.key,
    uses: usesText === undefined ? undefined : { text: usesText, line: yaml.lineAt(uses?.keyNode) },
    env: envNames(entryOf(job.value, "env")?.value),
    steps: itemsOf(entryOf(job.value, "steps")?.value).map((step) => readStep(step, yaml)),
    strings: stringsIn(job.value, yaml),
  };
}

function readStep(step: unknown, yaml: LocatedYaml): StepView {
  const uses = entryOf(step, "uses");
  return {
    id: textOf(entryOf(step, "id")?.value),
    uses: textOf(uses?.value),
    line: yaml.lineAt(uses?.keyNode ?? step),
    with: entriesOf(entryOf(step, "with")?.value).map((input) => ({
      key: input.key,
      value: isScalar(input.value) && input.value.value !== null ? String(input.value.value) : undefined,
      line: yaml.lineAt(input.keyNode),
    })),
    env: envNames(entryOf(step, "env")?.value),
  };
}

function envNames(node: unknown): EnvNames {
  if (isScalar(node) && typeof node.value === "string") return "dynamic";
  return new Set(entriesOf(node).map((entry) => entry.key));
}

function stringsIn(node: unknown, yaml: LocatedYaml): JobView["strings"] {
  const strings: JobView["strings"] = [];
  if (!isNode(node)) return strings;
  visit(node, {
    Scalar(_, scalar) {
      if (typeof scalar.value === "string") strings.push({ text: scalar.value, line: yaml.lineAt(scalar) });
    },
  });
  return strings;
}
