// quai.yml: the environments of an app, declared once in its repository. The zod schema is the
// one source of truth: it validates the file (errors point at the line) and generates the
// published JSON Schema (schemas/quai.schema.json) that editors validate with.
import { existsSync, statSync } from "node:fs";
import {
  DURATION_EXAMPLE,
  DURATION_PATTERN,
  InvalidValueError,
  locateKey,
  parseDuration,
  promotionOrder,
  quoteValue,
  readYamlSource,
  UserError,
  type YamlSource,
} from "@quai/core";
import { z } from "zod";
import {
  CAPABILITY_HINT,
  CAPABILITY_PATTERN,
  capabilityProblem,
  MEMORY_HINT,
  memoryProblem,
  SIZE_PATTERN,
} from "./confinement";
import { PUBLISH_HINT, publishProblem } from "./publish-address";
import {
  environmentUrlProblem,
  HEALTH_PATH_HINT,
  HEALTH_PATH_PATTERN,
  healthPathProblem,
  URL_HINT,
} from "./url-checks";

const durationText = z
  .string()
  .regex(DURATION_PATTERN, "expected a duration such as 90s, 5m or 1h")
  .describe("A duration: 500ms, 90s, 5m, 1h, or bare seconds");

/** A value as a message shows it: a string quoted (and cut when long), a list or mapping by its kind. */
function shownValue(value: unknown): string {
  if (typeof value === "string") return quoteValue(value);
  if (Array.isArray(value)) return "a list";
  return value !== null && typeof value === "object" ? "a mapping" : String(value);
}

/** A refused value as the schema reports it, with the fix as the hint (see readQuaiFile). */
function refuse(ctx: z.RefinementCtx, value: unknown, why: string, hint: string): void {
  ctx.addIssue({ code: "custom", message: `${shownValue(value)} (${why})`, params: { hint } });
}

// For editors; publishProblem (which the engine's binding uses too) decides.
const PUBLISH_PATTERN =
  /^(?:(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d):|\[[0-9A-Fa-f:.]+\]:|localhost:)?\d{1,5}$/;

const publishSchema = z
  .union([z.number(), z.string()], {
    error: (issue) => `${shownValue(issue.input)} (expected a port, or address:port)`,
  })
  .superRefine((value, ctx) => {
    const problem = publishProblem(String(value));
    if (problem) refuse(ctx, value, problem, PUBLISH_HINT);
  })
  .meta({
    anyOf: [
      { type: "integer", minimum: 1, maximum: 65535 },
      { type: "string", pattern: PUBLISH_PATTERN.source },
    ],
  });

const healthPathSchema = z
  .string()
  .superRefine((path, ctx) => {
    const problem = healthPathProblem(path);
    if (problem) refuse(ctx, path, problem, HEALTH_PATH_HINT);
  })
  .meta({ pattern: HEALTH_PATH_PATTERN });

const urlSchema = z
  .string()
  .superRefine((url, ctx) => {
    const problem = environmentUrlProblem(url);
    if (problem) refuse(ctx, url, problem, URL_HINT);
  })
  .meta({ format: "uri", pattern: "^https?://" });

const capabilitySchema = z
  .string({ error: (issue) => `${shownValue(issue.input)} (expected a capability name)` })
  .superRefine((name, ctx) => {
    const problem = capabilityProblem(name);
    if (problem) refuse(ctx, name, problem, CAPABILITY_HINT);
  })
  .meta({ pattern: CAPABILITY_PATTERN });

const memorySchema = z
  .string({ error: (issue) => `${shownValue(issue.input)} (expected a size such as 512m or 1g)` })
  .superRefine((size, ctx) => {
    const problem = memoryProblem(size);
    if (problem) refuse(ctx, size, problem, MEMORY_HINT);
  })
  .meta({ pattern: SIZE_PATTERN });

const pidsSchema = z
  .int({ error: (issue) => `${shownValue(issue.input)} (expected a whole number of processes)` })
  .superRefine((pids, ctx) => {
    if (pids < 1) {
      refuse(
        ctx,
        pids,
        "a limit is at least 1 process",
        "Write the most processes the app runs at once, such as 4096",
      );
    }
  })
  .meta({ minimum: 1 });

const healthSchema = z
  .strictObject({
    path: healthPathSchema.optional().describe("HTTP path probed inside the container"),
    status: z.int().min(100).max(599).optional().describe("HTTP status a healthy release answers (200)"),
    command: z
      .array(z.string())
      .min(1)
      .optional()
      .describe("A command run in the container; exit 0 is healthy"),
    image: z.literal(true).optional().describe("Use the image's own HEALTHCHECK"),
    successes: z.int().min(1).max(100).optional().describe("Consecutive successes needed (3)"),
    interval: durationText.optional().describe("Time between probes (1s)"),
  })
  .describe("How a new release proves it is fit to take traffic: one of path, command or image");

const secretSource = z
  .string()
  .regex(/^[A-Za-z_][A-Za-z0-9_]*$/)
  .describe("Name of the environment variable of the step that holds it (pass secrets with env:)");

const tlsSchema = z
  .strictObject({
    certificate: z.strictObject({ secret: secretSource }).describe("The PEM certificate chain, leaf first"),
    key: z.strictObject({ secret: secretSource }).describe("The PEM private key of the certificate"),
    "redirect-http": publishSchema
      .optional()
      .describe("Where plain HTTP is served, redirected to HTTPS: 80, 127.0.0.1:8080 (none)"),
  })
  .describe("HTTPS at the proxy (Docker host): publish then serves HTTPS");

const variableSchema = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z
    .strictObject({
      secret: secretSource,
    })
    .describe("A secret: masked, never in labels, logs or the ledger"),
]);

// watch: how long and by what a new release is judged after it takes traffic (issue #16). Every
// refusal shows the value as written, so the annotation says what to change.
const watchDuration = z
  .string({ error: (issue) => `${shownValue(issue.input)} (expected ${DURATION_EXAMPLE})` })
  .superRefine((text, ctx) => {
    if (parseDuration(text) === undefined) {
      refuse(ctx, text, `expected ${DURATION_EXAMPLE}`, "Write 500ms, 30s, 5m or 1h");
    }
  })
  .meta({ pattern: DURATION_PATTERN.source });

/** A whole number of at least `min`; `what` names its unit in the message. */
function countSchema(min: number, what: string) {
  return z
    .int({ error: (issue) => `${shownValue(issue.input)} (expected a whole number of ${what})` })
    .superRefine((count, ctx) => {
      if (count < min)
        refuse(ctx, count, `at least ${min}`, `Write a whole number of ${what} of ${min} or more`);
    })
    .meta({ minimum: min });
}

const percentageSchema = z
  .number({ error: (issue) => `${shownValue(issue.input)} (expected a percentage from 0 to 100)` })
  .superRefine((share, ctx) => {
    if (share < 0 || share > 100) {
      refuse(ctx, share, "a percentage is from 0 to 100", "Write the percentage as a number: 1 for 1%");
    }
  })
  .meta({ minimum: 0, maximum: 100 });

const ratioSchema = z
  .number({ error: (issue) => `${shownValue(issue.input)} (expected a ratio such as 2)` })
  .superRefine((ratio, ctx) => {
    // A ratio of 1 or less would fail a release that is merely as good as the one before it.
    if (ratio <= 1)
      refuse(ctx, ratio, "a ratio to the baseline is above 1", "Write 2 for twice the baseline's share");
  })
  .meta({ exclusiveMinimum: 1 });

const prometheusUrlSchema = z
  .string({ error: (issue) => `${shownValue(issue.input)} (expected an http:// or https:// URL)` })
  .superRefine((url, ctx) => {
    const problem = environmentUrlProblem(url);
    if (problem)
      refuse(ctx, url, problem, "Write the Prometheus server's address, such as http://prometheus:9090");
  })
  .meta({ format: "uri", pattern: "^https?://" });

const prometheusSchema = z
  .strictObject({
    url: prometheusUrlSchema.describe("The Prometheus server: an http:// or https:// URL"),
    queries: z
      .array(
        z.strictObject({
          name: z.string().min(1).describe("Shown in the summary and the verdict"),
          query: z.string().min(1).describe("A PromQL expression that returns one number"),
          max: z
            .number({
              error: (issue) =>
                issue.input === undefined
                  ? "missing (a query fails the release when its result is above max)"
                  : `${shownValue(issue.input)} (expected a number)`,
            })
            .describe("The release fails when the result is above it"),
        }),
      )
      .min(1)
      .describe("Queries whose result fails the release when above their max"),
  })
  .describe("Prometheus queries that judge the release too");

const probeSchema = z
  .strictObject(
    {
      path: z
        .string({
          error: (issue) =>
            issue.input === undefined
              ? "missing (a probe requests a path, such as /health)"
              : `${shownValue(issue.input)} (expected a path starting with /)`,
        })
        .superRefine((path, ctx) => {
          const problem = healthPathProblem(path);
          if (problem) refuse(ctx, path, problem, "Write the path a probe requests, such as /health");
        })
        .meta({ pattern: HEALTH_PATH_PATTERN })
        .describe("The path requested, starting with /"),
      status: z
        .int({ error: (issue) => `${shownValue(issue.input)} (expected an HTTP status such as 200)` })
        .superRefine((status, ctx) => {
          if (status < 100 || status > 599)
            refuse(
              ctx,
              status,
              "an HTTP status is from 100 to 599",
              "Write the status a healthy answer has, such as 200",
            );
        })
        .meta({ minimum: 100, maximum: 599 })
        .optional()
        .describe("The status the answer must have (200)"),
    },
    { error: (issue) => `${shownValue(issue.input)} (expected a mapping of path and status)` },
  )
  .describe("An HTTP request sent where the environment's clients send theirs");

const watchSchema = z
  .strictObject({
    interval: watchDuration.optional().describe("Time between samples (30s)"),
    "failure-limit": countSchema(1, "samples")
      .optional()
      .describe("Consecutive failing samples that roll the release back (3)"),
    "error-limit": countSchema(1, "samples")
      .optional()
      .describe("Consecutive samples that could not be measured before the watch gives up (4)"),
    "min-requests": countSchema(0, "requests")
      .optional()
      .describe("Requests a sample needs before its traffic is judged (50)"),
    "max-5xx-share": percentageSchema.optional().describe("Largest share of 5xx answers, in percent (1)"),
    "max-5xx-ratio-to-baseline": ratioSchema
      .optional()
      .describe("Largest 5xx share as a multiple of the previous release's (2)"),
    "max-p99": watchDuration.optional().describe("Largest 99th percentile latency (500ms)"),
    "max-p99-increase": percentageSchema
      .optional()
      .describe("Largest rise of the p99 over the previous release's, in percent (25)"),
    prometheus: prometheusSchema.optional(),
    "on-digest-drift": z
      .enum(["restore", "report"], {
        error: (issue) => `${shownValue(issue.input)} (expected restore or report)`,
      })
      .optional()
      .describe("When the running digest is not the deployed one: restore it (default) or report it"),
    probes: z
      .array(probeSchema, {
        error: (issue) => `${shownValue(issue.input)} (expected a list of { path, status })`,
      })
      .optional()
      .describe(
        "HTTP probes of the environment from outside the app's container; a failing one fails the sample (the health check's path)",
      ),
    standby: watchDuration
      .optional()
      .describe("How long the previous release stays ready to take traffic back (as long as the watch)"),
  })
  .describe("How a release is watched after it takes traffic, and rolled back when it fails");

const environmentSchema = z
  .strictObject({
    after: z.string().optional().describe("The stage that must have deployed a digest successfully first"),
    order: z.int().min(0).optional().describe("Position in listings; defaults to the promotion order"),
    target: z
      .string()
      .optional()
      .describe(
        "Where it runs: docker (DOCKER_HOST), unix://…, tcp://host:2376, ssh://user@host, swarm, or swarm+<one of those>",
      ),
    url: urlSchema.optional().describe("Where users reach the environment: an http:// or https:// URL"),
    port: z.int().min(1).max(65535).optional().describe("Port the app listens on in its container (8080)"),
    publish: publishSchema
      .optional()
      .describe(
        "Where the environment is served on the host: 8080 (every address), 127.0.0.1:8080, [::1]:8080 or localhost:8080",
      ),
    strategy: z.enum(["blue-green", "recreate"]).optional().describe("blue-green (default) or recreate"),
    health: healthSchema.optional(),
    "deploy-timeout": durationText
      .optional()
      .describe("How long a new release may take to become healthy (2m)"),
    retain: z
      .int()
      .min(1)
      .max(20)
      .optional()
      .describe("Earlier releases kept stopped for instant rollback (3)"),
    drain: durationText.optional().describe("How long the old release finishes in-flight requests (5s)"),
    "proxy-image": z.string().optional().describe("nginx image that switches traffic on a Docker host"),
    tls: tlsSchema.optional(),
    watch: watchSchema.optional(),
    networks: z
      .array(
        z
          .string()
          .min(1)
          // Docker's own networks cannot be joined beside the environment's: the join fails after
          // the container exists.
          .refine((network) => !["host", "none", "bridge"].includes(network), {
            message:
              "host, none and bridge are Docker's own networks, which a container on the environment's network cannot also join",
          }),
      )
      .optional()
      .describe("Existing Docker networks the app also joins, to reach its database (Docker host)"),
    production: z
      .boolean()
      .optional()
      .describe("A production environment for GitHub (default: named production)"),
    cap_add: z
      .array(capabilitySchema)
      .optional()
      .describe(
        "Linux capabilities the app gets back, such as NET_BIND_SERVICE: every other one is dropped, and it gains no new privileges",
      ),
    read_only: z
      .boolean()
      .optional()
      .describe("Run on a read-only root filesystem (false); on a Docker host /tmp stays writable"),
    memory: memorySchema.optional().describe("Memory limit of each container: 512m, 1g (none)"),
    pids: pidsSchema.optional().describe("Most processes each container may run at once (4096)"),
    variables: z
      .record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/), variableSchema)
      .optional()
      .describe("Environment variables of the app"),
  })
  .describe("One stage a release goes through");

export const quaiFileSchema = z
  .strictObject({
    app: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]{0,40}$/)
      .describe("The app's name: lower-case letters, digits and dashes"),
    repository: z.string().optional().describe("registry/namespace/name its releases are pushed to"),
    defaults: environmentSchema.optional().describe("Settings every environment starts from"),
    environments: z
      .record(z.string().regex(/^[a-z][a-z0-9-]{0,62}$/), environmentSchema)
      .refine((environments) => Object.keys(environments).length > 0, "declare at least one environment"),
    blocked: z
      .array(
        z.strictObject({
          version: z.string().describe("The bad release"),
          reason: z.string().min(1).describe("Why it must never be deployed again"),
        }),
      )
      .optional()
      .describe("Releases refused in every environment"),
  })
  .describe("quai.yml: the environments a release is promoted through");

export type QuaiFile = z.infer<typeof quaiFileSchema>;
export type EnvironmentEntry = z.infer<typeof environmentSchema>;

/** The published JSON Schema of quai.yml. */
export function quaiFileJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(quaiFileSchema, { target: "draft-2020-12" }),
    $id: "https://github.com/quai-dev/quai/raw/main/schemas/quai.schema.json",
    title: "quai.yml",
  };
}

export interface ParsedQuaiFile {
  file: QuaiFile;
  source: YamlSource;
}

/** Reads and validates quai.yml; every mistake is a UserError at its line. */
export function readQuaiFile(path: string, shown: string): ParsedQuaiFile {
  if (!existsSync(path)) {
    throw new UserError(`No environments file at ${shown}`, {
      hint: "Declare the environments in quai.yml at the repository root, or point the config input at the file",
    });
  }
  if (statSync(path).isDirectory()) {
    throw new InvalidValueError("config", shown, "it is a directory, not a file", {
      hint: `Point config at the quai.yml file itself, such as ${shown.replace(/\/+$/, "")}/quai.yml`,
    });
  }
  const source = readYamlSource(path, shown, "a quai.yml");
  const result = quaiFileSchema.safeParse(source.value ?? {});
  if (!result.success) {
    const [issue] = result.error.issues;
    const path = (issue?.path ?? []).map((key) => (typeof key === "number" ? key : String(key)));
    const unknownKey = issue?.code === "unrecognized_keys" ? issue.keys[0] : undefined;
    const keys = unknownKey ? [...path, unknownKey] : path;
    throw new UserError(`${shown}: ${keys.join(".") || "(top level)"}: ${issueMessage(issue)}`, {
      hint: issueHint(issue) ?? SCHEMA_HINT,
      location: locateKey(source, keys),
    });
  }
  const file = result.data;
  try {
    promotionOrder(Object.entries(file.environments).map(([name, entry]) => ({ name, after: entry.after })));
  } catch (error) {
    if (error instanceof UserError) {
      throw new UserError(`${shown}: ${error.message}`, {
        hint: error.hint,
        location: locateKey(source, ["environments"]),
      });
    }
    throw error;
  }
  return { file, source };
}

const SCHEMA_HINT =
  "The schema is in schemas/quai.schema.json; add `# yaml-language-server: $schema=…` for editor checks";

/** The fix a refinement of the schema names (see refuse). */
function issueHint(issue: z.core.$ZodIssue | undefined): string | undefined {
  const hint = issue?.code === "custom" ? issue.params?.hint : undefined;
  return typeof hint === "string" ? hint : undefined;
}

function issueMessage(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return "invalid";
  if (issue.code === "unrecognized_keys") return "unknown key (check its spelling against the schema)";
  return issue.message.replace(/^Invalid input: /, "");
}
