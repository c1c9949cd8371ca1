// A stateful stand-in for GitHub's REST API on 127.0.0.1, so tests of what talks to GitHub send
// no request off this machine. Every request and every response it returns is checked against
// GitHub's official OpenAPI description (the operations scripts/extract-github-openapi.ts keeps
// in test/fixtures/github-openapi/operations.json); whatever does not match is answered as GitHub
// would (404, 422) and recorded as a violation, which tests assert is empty.
//
// Adding an operation: extract it (see the script), then add a handler to EMULATED keyed by its
// operationId. The routing, validation and recording come with it.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Ajv, type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";

const DESCRIPTION_FILE = new URL("../fixtures/github-openapi/operations.json", import.meta.url);
const DOCUMENT_ID = "github-openapi";
const MAX_PER_PAGE = 100;
const WRITE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

interface Parameter {
  name: string;
  in: string;
  required: boolean;
}

interface Operation {
  method: string;
  path: string;
  documentationUrl: string;
  parameters: Parameter[];
  requestBody?: { required: boolean };
  responses: Record<string, unknown>;
}

interface Description {
  version: string;
  operations: Record<string, Operation>;
  components: { schemas: Record<string, unknown> };
}

type Json = Record<string, unknown>;

export interface User {
  login: string;
  id: number;
}

export interface Deployment {
  id: number;
  sha: string;
  ref: string;
  task: string;
  payload: Json | string;
  environment: string;
  description: string | null;
  transient_environment: boolean;
  production_environment: boolean;
  creator: User;
  created_at: string;
  updated_at: string;
  statuses: DeploymentStatus[];
}

export interface DeploymentStatus {
  id: number;
  state: string;
  description: string;
  environment: string;
  environment_url: string;
  log_url: string;
  creator: User;
  created_at: string;
}

/** One repository's state, as the emulated operations leave it. */
export class Repository {
  readonly deployments: Deployment[] = [];

  constructor(readonly fullName: string) {}

  deployment(id: number): Deployment {
    const found = this.deployments.find((deployment) => deployment.id === id);
    if (!found) throw new HttpFailure(404, "Not Found");
    return found;
  }
}

export interface RecordedRequest {
  method: string;
  url: string;
  operationId?: string;
  body?: unknown;
  status: number;
}

export interface GitHubApiServerOptions {
  /** Repositories that exist (`owner/name`); any other answers 404. */
  repositories: string[];
  /** Token → what it may do; a write with a read token answers 403, no known token 401. */
  tokens?: Record<string, "read" | "write">;
  /** The user the tokens act as. */
  user?: string;
}

export interface GitHubApiServer {
  /** The API base URL, for GITHUB_API_URL. */
  readonly url: string;
  readonly requests: RecordedRequest[];
  /** Requests or responses that do not match GitHub's description; tests expect none. */
  readonly violations: string[];
  repository(fullName: string): Repository;
  close(): Promise<void>;
}

/** What a handler throws to answer with an error status, as GitHub words it. */
export class HttpFailure extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

interface Call {
  repository: Repository;
  /** Path and query parameters, typed as the description says. */
  params: Json;
  body: Json;
  user: User;
  /** `https://…/repos/owner/name`, for the URLs in responses. */
  repositoryUrl: string;
  requestUrl: URL;
}

interface Answer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

type Handler = (call: Call) => Answer;

/** The operations this server emulates, by operationId. */
const EMULATED: Record<string, Handler> = {
  "repos/create-deployment": ({ repository, body, user, repositoryUrl }) => {
    const environment = typeof body.environment === "string" ? body.environment : "production";
    const now = timestamp();
    const deployment: Deployment = {
      id: nextId(),
      sha: shaOf(String(body.ref)),
      ref: String(body.ref),
      task: typeof body.task === "string" ? body.task : "deploy",
      payload: (body.payload as Json | string | undefined) ?? {},
      environment,
      description: typeof body.description === "string" ? body.description : null,
      transient_environment: body.transient_environment === true,
      production_environment:
        typeof body.production_environment === "boolean"
          ? body.production_environment
          : environment === "production",
      creator: user,
      created_at: now,
      updated_at: now,
      statuses: [],
    };
    repository.deployments.push(deployment);
    return { status: 201, body: deploymentJson(deployment, repositoryUrl) };
  },

  "repos/list-deployments": ({ repository, params, repositoryUrl, requestUrl }) => {
    const matching = repository.deployments
      .filter((deployment) =>
        (["sha", "ref", "task", "environment"] as const).every(
          (filter) => params[filter] === undefined || deployment[filter] === params[filter],
        ),
      )
      .reverse();
    return page(matching, params, requestUrl, (deployment) => deploymentJson(deployment, repositoryUrl));
  },

  "repos/get-deployment": ({ repository, params, repositoryUrl }) => ({
    status: 200,
    body: deploymentJson(repository.deployment(Number(params.deployment_id)), repositoryUrl),
  }),

  "repos/create-deployment-status": ({ repository, params, body, user, repositoryUrl }) => {
    const deployment = repository.deployment(Number(params.deployment_id));
    const description = typeof body.description === "string" ? body.description : "";
    if (description.length > 140) {
      throw new HttpFailure(422, "Validation Failed: description is too long (maximum is 140 characters)");
    }
    const logUrl = String(body.log_url ?? body.target_url ?? "");
    const status: DeploymentStatus = {
      id: nextId(),
      state: String(body.state),
      description,
      environment: typeof body.environment === "string" ? body.environment : deployment.environment,
      environment_url: String(body.environment_url ?? ""),
      log_url: logUrl,
      creator: user,
      created_at: timestamp(),
    };
    // GitHub marks the environment's earlier successful deployments inactive (auto_inactive).
    if (status.state === "success" && body.auto_inactive !== false) {
      for (const earlier of repository.deployments) {
        if (
          earlier !== deployment &&
          earlier.environment === deployment.environment &&
          !earlier.transient_environment &&
          earlier.statuses.at(-1)?.state === "success"
        ) {
          earlier.statuses.push({ ...status, id: nextId(), state: "inactive", description: "" });
        }
      }
    }
    deployment.statuses.push(status);
    deployment.updated_at = status.created_at;
    return { status: 201, body: statusJson(deployment, status, repositoryUrl) };
  },

  "repos/list-deployment-statuses": ({ repository, params, repositoryUrl, requestUrl }) => {
    const deployment = repository.deployment(Number(params.deployment_id));
    return page([...deployment.statuses].reverse(), params, requestUrl, (status) =>
      statusJson(deployment, status, repositoryUrl),
    );
  },
};

let lastId = 1000;
function nextId(): number {
  return ++lastId;
}

/** GitHub's timestamps: seconds, UTC. */
function timestamp(): string {
  return new Date().toISOString().replace(/\.\d+Z$/, "Z");
}

/** A ref that is not a commit SHA stands for some commit; the same one each time. */
function shaOf(ref: string): string {
  return /^[0-9a-f]{40}$/.test(ref) ? ref : createHash("sha1").update(ref).digest("hex");
}

function userJson(user: User, apiUrl: string): Json {
  const url = `${apiUrl}/users/${user.login}`;
  return {
    login: user.login,
    id: user.id,
    node_id: `U_${user.id}`,
    avatar_url: `https://avatars.githubusercontent.com/u/${user.id}`,
    gravatar_id: "",
    url,
    html_url: `https://github.com/${user.login}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type: "User",
    site_admin: false,
  };
}

function apiUrlOf(repositoryUrl: string): string {
  return repositoryUrl.replace(/\/repos\/.*$/, "");
}

function deploymentJson(deployment: Deployment, repositoryUrl: string): Json {
  const { statuses: _statuses, creator, ...fields } = deployment;
  const url = `${repositoryUrl}/deployments/${deployment.id}`;
  return {
    ...fields,
    url,
    node_id: `DE_${deployment.id}`,
    original_environment: deployment.environment,
    creator: userJson(creator, apiUrlOf(repositoryUrl)),
    statuses_url: `${url}/statuses`,
    repository_url: repositoryUrl,
    performed_via_github_app: null,
  };
}

function statusJson(deployment: Deployment, status: DeploymentStatus, repositoryUrl: string): Json {
  const deploymentUrl = `${repositoryUrl}/deployments/${deployment.id}`;
  return {
    ...status,
    url: `${deploymentUrl}/statuses/${status.id}`,
    node_id: `DES_${status.id}`,
    creator: userJson(status.creator, apiUrlOf(repositoryUrl)),
    target_url: status.log_url,
    updated_at: status.created_at,
    deployment_url: deploymentUrl,
    repository_url: repositoryUrl,
    performed_via_github_app: null,
  };
}

/** One page of a list, with GitHub's `Link` header to the next one. */
function page<T>(items: T[], params: Json, requestUrl: URL, toJson: (item: T) => Json): Answer {
  const perPage = Math.min(Number(params.per_page ?? 30), MAX_PER_PAGE);
  const pageNumber = Number(params.page ?? 1);
  const body = items.slice((pageNumber - 1) * perPage, pageNumber * perPage).map(toJson);
  if (pageNumber * perPage >= items.length) return { status: 200, body };
  const next = new URL(requestUrl);
  next.searchParams.set("page", String(pageNumber + 1));
  return { status: 200, body, headers: { link: `<${next}>; rel="next"` } };
}

/** OpenAPI 3.0's `nullable` without a `type` (which Ajv refuses) as JSON Schema says it. */
function toJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (typeof node !== "object" || node === null) return node;
  const { nullable, ...rest } = node as Json;
  const converted = Object.fromEntries(
    Object.entries(rest).map(([key, value]) => [key, toJsonSchema(value)]),
  );
  if (nullable !== true) return converted;
  return "type" in rest ? { ...converted, nullable } : { anyOf: [{ type: "null" }, converted] };
}

/** `/repos/{owner}/{repo}` → a pattern capturing owner and repo. */
function pathPattern(template: string): RegExp {
  const pattern = template
    .split(/\{[^}]+\}/)
    .map((literal) => literal.replace(/[.*+?^$()|[\]\\]/g, "\\$&"))
    .join("([^/]+)");
  return new RegExp(`^${pattern}$`);
}

function pointer(...parts: (string | number)[]): string {
  return `${DOCUMENT_ID}#/${parts.map((part) => encodeURIComponent(String(part).replaceAll("~", "~0").replaceAll("/", "~1"))).join("/")}`;
}

/** Checks requests and responses of one operation; validators are compiled on first use. */
class OperationCheck {
  private readonly pattern: RegExp;
  private readonly names: string[];
  private compiled?: { params: ValidateFunction; body?: ValidateFunction };
  private readonly responses = new Map<number, ValidateFunction>();

  constructor(
    readonly id: string,
    readonly operation: Operation,
    private readonly coercing: Ajv,
    private readonly exact: Ajv,
  ) {
    this.pattern = pathPattern(operation.path);
    this.names = [...operation.path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1] ?? "");
  }

  /** The path parameters when the method and path are this operation's. */
  match(method: string, path: string): Json | undefined {
    if (method.toLowerCase() !== this.operation.method) return undefined;
    const values = this.pattern.exec(path)?.slice(1);
    return (
      values &&
      Object.fromEntries(this.names.map((name, index) => [name, decodeURIComponent(values[index] ?? "")]))
    );
  }

  /** Path and query parameters typed as described, or the problems with them. */
  params(values: Json): { params: Json; problems?: string } {
    const validate = this.validators().params;
    const params = { ...values };
    return validate(params)
      ? { params }
      : { params, problems: this.exact.errorsText(validate.errors, { dataVar: "parameters" }) };
  }

  bodyProblems(body: unknown): string | undefined {
    const validate = this.validators().body;
    if (!validate) return body === undefined ? undefined : "the operation takes no body";
    if (body === undefined)
      return this.operation.requestBody?.required ? "the request body is required" : undefined;
    return validate(body) ? undefined : this.exact.errorsText(validate.errors, { dataVar: "body" });
  }

  responseProblems(status: number, body: unknown): string | undefined {
    let validate = this.responses.get(status);
    if (!validate) {
      const documented = String(status) in this.operation.responses;
      // Any operation may answer 401, 403 or 404 with GitHub's basic error.
      if (!documented && status < 400) return `${status} is not a documented response`;
      const schema = documented
        ? { $ref: pointer("operations", this.id, "responses", status) }
        : { $ref: pointer("components", "schemas", "basic-error") };
      validate = this.exact.compile(schema);
      this.responses.set(status, validate);
    }
    return validate(body ?? null)
      ? undefined
      : this.exact.errorsText(validate.errors, { dataVar: "response" });
  }

  private validators(): { params: ValidateFunction; body?: ValidateFunction } {
    if (!this.compiled) {
      const parameters = this.operation.parameters.map((parameter, index) => ({ parameter, index }));
      const params = this.coercing.compile({
        type: "object",
        properties: Object.fromEntries(
          parameters.map(({ parameter, index }) => [
            parameter.name,
            { $ref: pointer("operations", this.id, "parameters", index, "schema") },
          ]),
        ),
        required: parameters
          .filter(({ parameter }) => parameter.required)
          .map(({ parameter }) => parameter.name),
        additionalProperties: false,
      });
      const body = this.operation.requestBody
        ? this.exact.compile({ $ref: pointer("operations", this.id, "requestBody", "schema") })
        : undefined;
      this.compiled = { params, body };
    }
    return this.compiled;
  }
}

function createAjv(description: unknown, coerceTypes: boolean): Ajv {
  // strict: false lets OpenAPI's own keywords (nullable, readOnly, …) through.
  const ajv = new Ajv({ strict: false, allErrors: true, coerceTypes });
  addFormats(ajv);
  // GitHub leaves URL fields it has no value for empty, as the description's defaults say.
  ajv.addFormat("uri", (value: string) => value === "" || URL.canParse(value));
  ajv.addSchema({ $id: DOCUMENT_ID, ...(description as Json) });
  return ajv;
}

function loadChecks(): OperationCheck[] {
  const description = JSON.parse(readFileSync(DESCRIPTION_FILE, "utf8")) as Description;
  const converted = toJsonSchema(description);
  const coercing = createAjv(converted, true);
  const exact = createAjv(converted, false);
  return Object.entries(description.operations).map(
    ([id, operation]) => new OperationCheck(id, operation, coercing, exact),
  );
}

async function readBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString("utf8");
  if (text === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpFailure(400, "Problems parsing JSON");
  }
}

function send(response: ServerResponse, answer: Answer): void {
  response.writeHead(answer.status, { "content-type": "application/json; charset=utf-8", ...answer.headers });
  response.end(answer.body === undefined ? undefined : JSON.stringify(answer.body));
}

/** Starts the server on a free port of 127.0.0.1. */
export async function startGitHubApiServer(options: GitHubApiServerOptions): Promise<GitHubApiServer> {
  const checks = loadChecks();
  const repositories = new Map(options.repositories.map((name) => [name, new Repository(name)]));
  const tokens = options.tokens ?? { "test-token": "write" };
  const user: User = { login: options.user ?? "octocat", id: 583231 };
  const requests: RecordedRequest[] = [];
  const violations: string[] = [];
  let baseUrl = "";

  /** The answer to one request, and the operation it was for. */
  const handle = async (
    request: IncomingMessage,
    url: URL,
    body: unknown,
  ): Promise<Answer & { operationId?: string }> => {
    const method = request.method ?? "GET";
    const where = `${method} ${url.pathname}${url.search}`;
    const routed = checks
      .map((check) => ({ check, pathParams: check.match(method, url.pathname) }))
      .find(({ pathParams }) => pathParams !== undefined);
    if (!routed?.pathParams) {
      violations.push(`${where}: no such operation in GitHub's description (or not extracted)`);
      return {
        status: 404,
        body: { message: "Not Found", documentation_url: "https://docs.github.com/rest" },
      };
    }
    const { check, pathParams } = routed;
    const failure = (status: number, message: string) => ({
      status,
      body: { message, documentation_url: check.operation.documentationUrl },
      operationId: check.id,
    });
    const handler = EMULATED[check.id];
    if (!handler) {
      violations.push(`${where}: ${check.id} is described but not emulated; add it to EMULATED`);
      return failure(404, "Not Found");
    }
    const access = tokens[(request.headers.authorization ?? "").replace(/^(token|bearer)\s+/i, "")];
    if (!access) return failure(401, "Bad credentials");
    const repository = repositories.get(`${pathParams.owner}/${pathParams.repo}`);
    if (!repository) return failure(404, "Not Found");
    if (WRITE_METHODS.has(method) && access !== "write")
      return failure(403, "Resource not accessible by integration");

    const { params, problems: paramProblems } = check.params({
      ...pathParams,
      ...Object.fromEntries(url.searchParams),
    });
    const problems = [paramProblems, check.bodyProblems(body)].filter(Boolean).join("; ");
    if (problems) {
      violations.push(`${where} (${check.id}): ${problems}`);
      return failure(422, `Invalid request.\n\n${problems}`);
    }
    try {
      const answer = handler({
        repository,
        params,
        body: (body ?? {}) as Json,
        user,
        repositoryUrl: `${baseUrl}/repos/${repository.fullName}`,
        requestUrl: url,
      });
      const responseProblems = check.responseProblems(answer.status, answer.body);
      if (responseProblems)
        violations.push(`${where} (${check.id}) answered ${answer.status}: ${responseProblems}`);
      return { ...answer, operationId: check.id };
    } catch (error) {
      if (error instanceof HttpFailure) return failure(error.status, error.message);
      throw error;
    }
  };

  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", baseUrl);
    const recorded: RecordedRequest = {
      method: request.method ?? "GET",
      url: `${url.pathname}${url.search}`,
      status: 0,
    };
    requests.push(recorded);
    readBody(request)
      .then((body) => {
        recorded.body = body;
        return handle(request, url, body);
      })
      .catch((error: unknown): Answer => {
        if (error instanceof HttpFailure) return { status: error.status, body: { message: error.message } };
        violations.push(`${recorded.method} ${recorded.url}: the server failed: ${String(error)}`);
        return { status: 500, body: { message: "Server Error" } };
      })
      .then((answer: Answer & { operationId?: string }) => {
        recorded.operationId = answer.operationId;
        recorded.status = answer.status;
        send(response, answer);
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: baseUrl,
    requests,
    violations,
    repository: (fullName) => {
      const repository = repositories.get(fullName);
      if (!repository) throw new Error(`${fullName} is not one of the server's repositories`);
      return repository;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
