/**
 * Runs an action's committed bundle the way the GitHub runner does: `INPUT_*` variables with the
 * runner's name mangling and action.yml defaults, file commands (GITHUB_OUTPUT, GITHUB_STATE,
 * GITHUB_ENV, GITHUB_PATH, GITHUB_STEP_SUMMARY), an event payload, stdout workflow commands,
 * masking, cancellation by signal, and the `post:` step with the saved state.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { randomInt } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const PUSH_EVENT = join(REPO_ROOT, "test/harness/events/push.json");

export interface Annotation {
  level: "error" | "warning" | "notice";
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

/** What one step (main or post) left behind, as the runner would read it. */
export interface StepResult {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  outputs: Record<string, string>;
  state: Record<string, string>;
  exportedEnv: Record<string, string>;
  addedPath: string[];
  summary: string;
  annotations: Annotation[];
  masks: string[];
  /** stdout and stderr with masked values replaced by ***, as the log shows them. */
  log: string;
}

export interface ActionResult {
  main: StepResult;
  post?: StepResult;
  /** Temporary folder of the run: workspace, RUNNER_TEMP and the command files. */
  home: string;
}

export interface ActionOptions {
  /** Inputs by their action.yml names; defaults are applied for the others. */
  inputs?: Record<string, string>;
  eventName?: string;
  /** Event payload; defaults to a push to main. */
  event?: Record<string, unknown>;
  /** GITHUB_* and other variables to add or override. */
  env?: Record<string, string>;
  /** The workspace (cwd of the step); defaults to an empty temporary folder. */
  workspace?: string;
  githubToken?: string;
  /** Run the post step after main, as the runner does (default: when action.yml declares one). */
  post?: boolean;
  timeoutMs?: number;
}

interface ActionMetadata {
  inputs?: Record<string, { default?: string; required?: boolean }>;
  runs: { using: string; main: string; post?: string };
}

export function actionDir(name: string): string {
  return existsSync(name) ? resolve(name) : join(REPO_ROOT, "actions", name);
}

export function readActionMetadata(dir: string): ActionMetadata {
  return parse(readFileSync(join(dir, "action.yml"), "utf8")) as ActionMetadata;
}

/** The runner's mangling: spaces become `_`, the name is upper-cased, hyphens stay. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, "_").toUpperCase()}`;
}

/** The few `${{ github.* }}` expressions action.yml defaults use. */
function evaluateDefault(value: string, github: Record<string, string>): string {
  return value.replace(/\$\{\{\s*github\.([\w]+)\s*\}\}/g, (_, key: string) => {
    const resolved = github[key];
    if (resolved === undefined)
      throw new Error(`harness: cannot evaluate github.${key} in an action.yml default`);
    return resolved;
  });
}

/** Reads a file-command file: `name<<DELIMITER` heredocs and plain `name=value` lines. */
export function parseFileCommands(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const heredoc = line.match(/^([^=]+?)<<(.+)$/);
    if (heredoc?.[1] && heredoc[2]) {
      const end = lines.indexOf(heredoc[2], i + 1);
      if (end < 0) throw new Error(`harness: unterminated ${heredoc[1]}<<${heredoc[2]}`);
      values[heredoc[1]] = lines.slice(i + 1, end).join("\n");
      i = end;
    } else if (line.includes("=")) {
      values[line.slice(0, line.indexOf("="))] = line.slice(line.indexOf("=") + 1);
    }
  }
  return values;
}

const unescapeData = (text: string) => text.replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%25/g, "%");
const unescapeProperty = (text: string) => unescapeData(text).replace(/%3A/g, ":").replace(/%2C/g, ",");

/** Workflow commands the step printed: annotations and masks. */
export function parseWorkflowCommands(stdout: string): { annotations: Annotation[]; masks: string[] } {
  const annotations: Annotation[] = [];
  const masks: string[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const command = line.match(/^::([\w-]+)(?: ([^:]*))?::(.*)$/);
    if (!command?.[1]) continue;
    const [, name, props = "", data = ""] = command;
    if (name === "add-mask") masks.push(unescapeData(data));
    if (name !== "error" && name !== "warning" && name !== "notice") continue;
    const properties = Object.fromEntries(
      props
        .split(",")
        .filter(Boolean)
        .map((pair) => [
          pair.slice(0, pair.indexOf("=")),
          unescapeProperty(pair.slice(pair.indexOf("=") + 1)),
        ]),
    );
    annotations.push({
      level: name,
      message: unescapeData(data),
      file: properties.file,
      line: properties.line === undefined ? undefined : Number(properties.line),
      column: properties.col === undefined ? undefined : Number(properties.col),
    });
  }
  return { annotations, masks };
}

function mask(text: string, masks: readonly string[]): string {
  return masks.filter(Boolean).reduce((masked, secret) => masked.split(secret).join("***"), text);
}

/** A step started by {@link startAction}, which a test may cancel as the runner does. */
export interface RunningAction {
  readonly child: ChildProcess;
  /** Resolves when `pattern` appears in the step's stdout or stderr. */
  waitForLog(pattern: RegExp, timeoutMs?: number): Promise<void>;
  /** Sends the signal the runner sends on cancellation (SIGINT, then SIGTERM). */
  cancel(signal?: NodeJS.Signals): void;
  /** The state main has saved so far (core.saveState), as post will get it. */
  savedState(): Record<string, string>;
  readonly result: Promise<ActionResult>;
}

interface Prepared {
  dir: string;
  metadata: ActionMetadata;
  home: string;
  env: NodeJS.ProcessEnv;
  files: Record<"output" | "state" | "env" | "path" | "summary", string>;
}

function prepare(name: string, options: ActionOptions): Prepared {
  const dir = actionDir(name);
  const metadata = readActionMetadata(dir);
  const home = mkdtempSync(join(tmpdir(), "quai-harness-"));
  const workspace = options.workspace ?? join(home, "workspace");
  const runnerTemp = join(home, "runner-temp");
  mkdirSync(workspace, { recursive: true });
  mkdirSync(runnerTemp, { recursive: true });
  const event = options.event ?? JSON.parse(readFileSync(PUSH_EVENT, "utf8"));
  const eventPath = join(home, "event.json");
  writeFileSync(eventPath, JSON.stringify(event, null, 2));
  const files = {
    output: join(home, "github_output"),
    state: join(home, "github_state"),
    env: join(home, "github_env"),
    path: join(home, "github_path"),
    summary: join(home, "step_summary.md"),
  };
  const repository = (event.repository as { full_name?: string } | undefined)?.full_name ?? "quai-test/app";
  const github: Record<string, string> = {
    token: options.githubToken ?? "ghs_harnessTokenNotForGitHub0000000000",
    repository,
    actor: "ada",
    workspace,
    sha: (event.after as string | undefined) ?? "8c2b1f6a9d3e4c5b6a7f8e9d0c1b2a3f4e5d6c7b",
    ref: (event.ref as string | undefined) ?? "refs/heads/main",
    event_name: options.eventName ?? "push",
    run_id: String(randomInt(1_000_000_000, 9_999_999_999)),
  };

  const env: NodeJS.ProcessEnv = {
    // The runner hands steps its own environment; keep what the tools need, nothing of the test process.
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    LANG: process.env.LANG ?? "C.UTF-8",
    ...Object.fromEntries(
      Object.entries(process.env).filter(([key]) => /^(DOCKER_|SSH_AUTH_SOCK)/.test(key)),
    ),
    CI: "true",
    GITHUB_ACTIONS: "true",
    GITHUB_WORKSPACE: workspace,
    GITHUB_EVENT_NAME: github.event_name,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: repository,
    GITHUB_REPOSITORY_OWNER: repository.split("/")[0],
    GITHUB_SHA: github.sha,
    GITHUB_REF: github.ref,
    GITHUB_REF_NAME: github.ref?.replace(/^refs\/(heads|tags)\//, ""),
    GITHUB_RUN_ID: github.run_id,
    GITHUB_RUN_NUMBER: "7",
    GITHUB_RUN_ATTEMPT: "1",
    GITHUB_ACTOR: github.actor,
    GITHUB_JOB: "test",
    GITHUB_ACTION: "__run",
    GITHUB_ACTION_PATH: dir,
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_API_URL: "https://api.github.com",
    GITHUB_GRAPHQL_URL: "https://api.github.com/graphql",
    GITHUB_OUTPUT: files.output,
    GITHUB_STATE: files.state,
    GITHUB_ENV: files.env,
    GITHUB_PATH: files.path,
    GITHUB_STEP_SUMMARY: files.summary,
    RUNNER_TEMP: runnerTemp,
    RUNNER_TOOL_CACHE: join(home, "tool-cache"),
    RUNNER_OS: "Linux",
    RUNNER_ARCH: "X64",
    RUNNER_NAME: "quai-harness",
    ...options.env,
  };

  const declared = metadata.inputs ?? {};
  for (const [input, spec] of Object.entries(declared)) {
    if (spec.default !== undefined) env[inputVariable(input)] = evaluateDefault(String(spec.default), github);
  }
  for (const [input, value] of Object.entries(options.inputs ?? {})) env[inputVariable(input)] = value;
  return { dir, metadata, home, env, files };
}

function unexpectedInputs(prepared: Prepared, options: ActionOptions): Annotation[] {
  const declared = Object.keys(prepared.metadata.inputs ?? {});
  const unexpected = Object.keys(options.inputs ?? {}).filter((input) => !declared.includes(input));
  // The runner's own words, so tests see what a user would.
  return unexpected.length === 0
    ? []
    : [
        {
          level: "warning",
          message: `Unexpected input(s) '${unexpected.join("', '")}', valid inputs are ['${declared.join("', '")}']`,
        },
      ];
}

function readIfExists(path: string): string {
  return existsSync(path) ? readFileSync(path, "utf8") : "";
}

interface StartedStep {
  child: ChildProcess;
  output: { text: string };
  done: Promise<StepResult>;
}

function startStep(
  prepared: Prepared,
  entry: string,
  extraEnv: NodeJS.ProcessEnv,
  timeoutMs: number,
): StartedStep {
  for (const file of Object.values(prepared.files)) writeFileSync(file, "");
  const child = spawn(process.execPath, [join(prepared.dir, entry)], {
    cwd: prepared.env.GITHUB_WORKSPACE,
    env: { ...prepared.env, ...extraEnv },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output = { text: "" };
  let stdout = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    stdout += chunk;
    output.text += chunk;
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    output.text += chunk;
  });
  const done = new Promise<StepResult>((resolveStep, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(
        new Error(
          `harness: ${entry} did not finish within ${timeoutMs} ms; log:\n${output.text.slice(-2000)}`,
        ),
      );
    }, timeoutMs);
    child.on("error", reject);
    child.on("close", (exitCode, signal) => {
      clearTimeout(timer);
      const { annotations, masks } = parseWorkflowCommands(stdout);
      const addedPath = readIfExists(prepared.files.path).split("\n").filter(Boolean);
      resolveStep({
        exitCode,
        signal,
        outputs: parseFileCommands(readIfExists(prepared.files.output)),
        state: parseFileCommands(readIfExists(prepared.files.state)),
        exportedEnv: parseFileCommands(readIfExists(prepared.files.env)),
        addedPath,
        summary: readIfExists(prepared.files.summary),
        annotations,
        masks,
        log: mask(output.text, masks),
      });
    });
  });
  return { child, output, done };
}

/** State saved by main comes back to post as `STATE_<name>`. */
function stateVariables(state: Record<string, string>): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(state).map(([key, value]) => [`STATE_${key}`, value]));
}

/** Starts an action's main step (then its post step) and returns a handle to watch or cancel it. */
export function startAction(name: string, options: ActionOptions = {}): RunningAction {
  const prepared = prepare(name, options);
  const timeoutMs = options.timeoutMs ?? 600_000;
  const main = startStep(prepared, prepared.metadata.runs.main, {}, timeoutMs);
  const runPost = options.post ?? Boolean(prepared.metadata.runs.post);
  const result = main.done.then(async (mainResult) => {
    mainResult.annotations.unshift(...unexpectedInputs(prepared, options));
    const postEntry = prepared.metadata.runs.post;
    if (!runPost || !postEntry) return { main: mainResult, home: prepared.home };
    const post = await startStep(prepared, postEntry, stateVariables(mainResult.state), timeoutMs).done;
    return { main: mainResult, post, home: prepared.home };
  });
  return {
    child: main.child,
    result,
    cancel: (signal = "SIGINT") => main.child.kill(signal),
    savedState: () => parseFileCommands(readIfExists(prepared.files.state)),
    waitForLog: (pattern, waitMs = 120_000) =>
      new Promise((resolveWait, reject) => {
        const started = Date.now();
        const look = () => {
          if (pattern.test(main.output.text)) return resolveWait();
          if (main.child.exitCode !== null || Date.now() - started > waitMs) {
            return reject(
              new Error(`harness: ${pattern} never appeared; log:\n${main.output.text.slice(-2000)}`),
            );
          }
          setTimeout(look, 50);
        };
        look();
      }),
  };
}

/** Runs an action's main step and, when it has one, its post step; resolves when both ended. */
export function runAction(name: string, options: ActionOptions = {}): Promise<ActionResult> {
  return startAction(name, options).result;
}
