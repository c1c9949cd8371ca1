// Static checks of the actions' metadata and of workflows that use them. GitHub's own parser
// (@actions/workflow-parser) validates the schema and the expressions; the checks written here
// add what it cannot know: quai's conventions, and how a workflow fits our local actions.
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from "@actions/workflow-parser";
import {
  type ActionTemplate,
  convertActionTemplate,
  parseAction,
} from "@actions/workflow-parser/actions/index";
import type { TemplateValidationError } from "@actions/workflow-parser/templates/template-validation-error";
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

/** What a workflow may pass to, and read from, one local action. */
export interface ActionSpec {
  inputs: ReadonlyMap<string, ActionInput>;
  outputs: ReadonlySet<string>;
}

/** Local actions by directory name, as in `uses: ./actions/<name>`. */
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

export async function lintWorkflow(file: string, text: string, actions: ActionSpecs): Promise<Finding[]> {
  const findings = await workflowParserFindings(file, text);
  const yaml = locate(text);
  // The parser has reported the syntax errors; a broken tree is not worth walking.
  if (yaml.hasErrors) return findings;
  const localFindings = readJobs(yaml).flatMap((job) => jobFindings(job, actions));
  return [...findings, ...inFile(file, localFindings)];
}

async function workflowParserFindings(file: string, text: string): Promise<Finding[]> {
  const { context, value } = parseWorkflow({ name: file, content: text }, new NoOperationTraceWriter());
  // Conversion checks more (duplicate step ids, cron, needs, concurrency), into the same context.
  if (value) await convertWorkflowTemplate(context, value);
  return parserFindings(file, context.errors.getErrors());
}

interface JobView {
  id: string;
  steps: StepView[];
  /** Every string in the job, to find the expressions in. */
  strings: { text: string; line: number }[];
}

interface StepView {
  id?: string;
  uses?: string;
  line: number;
  with: { key: string; line: number }[];
}

/** A step that runs one of our actions, `uses: ./actions/<action>`; `spec` is unset when no such action exists. */
interface LocalStep extends StepView {
  action: string;
  spec?: ActionSpec;
}

const LOCAL_ACTION = /^\.\/actions\/([^/]+)\/?$/;

function jobFindings(job: JobView, actions: ActionSpecs): LocatedMessage[] {
  const localSteps = job.steps.flatMap((step): LocalStep[] => {
    const action = step.uses?.match(LOCAL_ACTION)?.[1];
    return action === undefined ? [] : [{ ...step, action, spec: actions.get(action) }];
  });
  return [...localSteps.flatMap(localStepFindings), ...outputReferenceFindings(job, localSteps)];
}

/** A local step must name an existing action, and pass only, and all, the inputs that action needs. */
function localStepFindings(step: LocalStep): LocatedMessage[] {
  if (!step.spec) return [{ line: step.line, message: `./actions/${step.action} does not exist` }];
  const { inputs } = step.spec;
  const unknown = step.with
    .filter(({ key }) => !inputs.has(key))
    .map(({ key, line }) => ({
      line,
      message: `./actions/${step.action} has no input "${key}" (it has: ${[...inputs.keys()].join(", ")})`,
    }));
  const given = new Set(step.with.map(({ key }) => key));
  const missing = [...inputs]
    .filter(([name, input]) => input.required && !input.hasDefault && !given.has(name))
    .map(([name]) => ({
      line: step.line,
      message: `./actions/${step.action} needs input "${name}" (required, no default)`,
    }));
  return [...unknown, ...missing];
}

// `steps.<id>.outputs.<name>` or `steps.<id>.outputs['<name>']`.
const STEP_OUTPUT = /\bsteps\.([\w-]+)\.outputs(?:\.([\w-]+)|\[\s*'([^']+)'\s*\])/g;

/** A step output read in a job must come from a step of that job and, for a local action, be declared. */
function outputReferenceFindings(job: JobView, localSteps: LocalStep[]): LocatedMessage[] {
  const stepIds = new Set(job.steps.flatMap((step) => step.id ?? []));
  const localById = new Map(localSteps.flatMap((step) => (step.id ? [[step.id, step] as const] : [])));
  return job.strings.flatMap(({ text, line }) =>
    [...text.matchAll(STEP_OUTPUT)].flatMap(([reference, stepId = "", dotted, bracketed]) => {
      const problem = stepIds.has(stepId)
        ? undeclaredOutput(localById.get(stepId), dotted ?? bracketed ?? "")
        : `job ${job.id} has no step ${stepId}`;
      return problem ? [{ line, message: `${reference}: ${problem}` }] : [];
    }),
  );
}

function undeclaredOutput(step: LocalStep | undefined, output: string): string | undefined {
  if (!step?.spec || step.spec.outputs.has(output)) return undefined;
  return `./actions/${step.action} has no output "${output}"`;
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

function readJobs(yaml: LocatedYaml): JobView[] {
  return entriesOf(entryOf(yaml.document.contents, "jobs")?.value).map((job) => ({
    id: job.key,
    steps: itemsOf(entryOf(job.value, "steps")?.value).map((step) => readStep(step, yaml)),
    strings: stringsIn(job.value, yaml),
  }));
}

function readStep(step: unknown, yaml: LocatedYaml): StepView {
  const uses = entryOf(step, "uses");
  return {
    id: textOf(entryOf(step, "id")?.value),
    uses: textOf(uses?.value),
    line: yaml.lineAt(uses?.keyNode ?? step),
    with: entriesOf(entryOf(step, "with")?.value).map((input) => ({
      key: input.key,
      line: yaml.lineAt(input.keyNode),
    })),
  };
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
