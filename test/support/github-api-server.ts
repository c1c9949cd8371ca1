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

/** A commit: the whole tree as path → text, and the commit it follows. */
export interface Commit {
  sha: string;
  message: string;
  parent?: string;
  files: Map<string, string>;
}

export interface Comment {
  id: number;
  body: string;
  user: User;
  created_at: string;
}

/** An issue or a pull request: GitHub numbers both in one sequence, and lists both as issues. */
export interface Issue {
  number: number;
  id: number;
  title: string;
  body: string | null;
  state: "open" | "closed";
  labels: string[];
  assignees: string[];
  user: User;
  comments: Comment[];
  created_at: string;
  /** Set for a pull request. */
  pull?: { head: string; base: string; reviewers: string[] };
}

export type PullRequest = Issue & { pull: NonNullable<Issue["pull"]> };

/** The longest body GitHub takes for an issue, a pull request or a comment. */
const MAX_BODY_CHARACTERS = 65_536;

function checkBodyLength(body: Json): void {
  if (typeof body.body === "string" && body.body.length > MAX_BODY_CHARACTERS) {
    throw new HttpFailure(
      422,
      `Validation Failed: body is too long (maximum is ${MAX_BODY_CHARACTERS} characters)`,
    );
  }
}

/** The exact 403 GitHub answers when the repository does not let Actions open pull requests. */
export const ACTIONS_MAY_NOT_CREATE_PULL_REQUESTS =
  "GitHub Actions is not permitted to create or approve pull requests.";

/** One repository's state, as the emulated operations leave it. */
export class Repository {
  readonly deployments: Deployment[] = [];
  readonly defaultBranch = "main";
  /** Full ref name (`refs/heads/main`) → commit SHA. */
  readonly refs = new Map<string, string>();
  readonly commits = new Map<string, Commit>();
  readonly issues: Issue[] = [];
  /** The labels that exist (GitHub creates the ones an issue is given). */
  readonly labels = new Map<string, { id: number; name: string }>();
  /** Pull request creation answers GitHub's 403 (Settings → Actions → "Allow GitHub Actions to create and approve pull requests" off). */
  pullRequestsForbidden = false;
  readonly id = nextId();

  constructor(
    readonly fullName: string,
    files: Record<string, string> = {},
  ) {
    const first = this.commit("Initial commit", new Map(Object.entries(files)));
    this.refs.set(`refs/heads/${this.defaultBranch}`, first.sha);
  }

  deployment(id: number): Deployment {
    const found = this.deployments.find((deployment) => deployment.id === id);
    if (!found) throw new HttpFailure(404, "Not Found");
    return found;
  }

  /** A file's text on a branch (the default branch unless named), or undefined. */
  file(path: string, branch: string = this.defaultBranch): string | undefined {
    return this.tree(branch)?.files.get(path);
  }

  /** The commit a branch name, a full ref or a commit SHA stands for. */
  tree(ref: string): Commit | undefined {
    const sha = this.refs.get(ref.startsWith("refs/") ? ref : `refs/heads/${ref}`) ?? ref;
    return this.commits.get(sha);
  }

  commit(message: string, files: Map<string, string>, parent?: string): Commit {
    const sha = createHash("sha1")
      .update(`${parent ?? ""}\n${message}\n${nextId()}`)
      .digest("hex");
    const commit: Commit = { sha, message, parent, files };
    this.commits.set(sha, commit);
    return commit;
  }

  issue(number: number): Issue {
    const found = this.issues.find((issue) => issue.number === number);
    if (!found) throw new HttpFailure(404, "Not Found");
    return found;
  }

  pull(number: number): PullRequest {
    const found = this.issue(number);
    if (!found.pull) throw new HttpFailure(404, "Not Found");
    return found as PullRequest;
  }

  /** Adds labels by name, creating those that do not exist yet as GitHub does. */
  label(names: string[]): void {
    for (const name of names) if (!this.labels.has(name)) this.labels.set(name, { id: nextId(), name });
  }
}

export interface RecordedRequest {
  method: string;
  url: string;
  operationId?: string;
  body?: unknown;
  status: number;
}

/**
 * What a token may do: read only, write everything, or write with some of GitHub's permissions
 * only (a job's `permissions:`), such as `["issues", "pull-requests"]` without `contents`.
 */
export type TokenAccess = "read" | "write" | GitHubPermission[];

export type GitHubPermission = "contents" | "deployments" | "issues" | "pull-requests";

/** The permission an operation's write needs, by its operationId. */
function permissionOf(operationId: string): GitHubPermission {
  if (operationId.startsWith("issues/")) return "issues";
  if (operationId.startsWith("pulls/")) return "pull-requests";
  if (operationId.includes("deployment")) return "deployments";
  return "contents";
}

export interface GitHubApiServerOptions {
  /**
   * Repositories that exist (`owner/name`); any other answers 404. Each has a default branch
   * `main`, holding the files given (path → text).
   */
  repositories: string[] | Record<string, Record<string, string>>;
  /** Token → what it may do; a write with a read token answers 403, no known token 401. */
  tokens?: Record<string, TokenAccess>;
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

  "repos/get": ({ repository, user, repositoryUrl }) => ({
    status: 200,
    body: { ...repositoryJson(repository, user, repositoryUrl), network_count: 0, subscribers_count: 0 },
  }),

  "git/get-ref": ({ repository, params, repositoryUrl }) => {
    const ref = `refs/${String(params.ref)}`;
    const sha = repository.refs.get(ref);
    if (!sha) throw new HttpFailure(404, "Not Found");
    return { status: 200, body: refJson(ref, sha, repositoryUrl) };
  },

  "git/create-ref": ({ repository, body, repositoryUrl }) => {
    const ref = String(body.ref);
    const sha = String(body.sha);
    if (!/^refs\/.+\/.+/.test(ref))
      throw new HttpFailure(422, "Reference name must start with 'refs/' and have at least two slashes.");
    if (repository.refs.has(ref)) throw new HttpFailure(422, "Reference already exists");
    if (!repository.commits.has(sha)) throw new HttpFailure(422, "Object does not exist");
    repository.refs.set(ref, sha);
    return { status: 201, body: refJson(ref, sha, repositoryUrl) };
  },

  "git/update-ref": ({ repository, params, body, repositoryUrl }) => {
    const ref = `refs/${String(params.ref)}`;
    const sha = String(body.sha);
    const current = repository.refs.get(ref);
    if (!current) throw new HttpFailure(422, "Reference does not exist");
    if (!repository.commits.has(sha)) throw new HttpFailure(422, "Object does not exist");
    if (body.force !== true && !descendsFrom(repository, sha, current))
      throw new HttpFailure(422, "Update is not a fast forward");
    repository.refs.set(ref, sha);
    return { status: 200, body: refJson(ref, sha, repositoryUrl) };
  },

  "repos/get-content": ({ repository, params, repositoryUrl }) => {
    const path = String(params.path);
    const ref = typeof params.ref === "string" ? params.ref : repository.defaultBranch;
    const text = repository.tree(ref)?.files.get(path);
    if (text === undefined) throw new HttpFailure(404, "Not Found");
    return {
      status: 200,
      body: {
        ...contentJson(repository, path, text, ref, repositoryUrl),
        content: Buffer.from(text).toString("base64"),
        encoding: "base64",
      },
    };
  },

  // GitHub's answers: a changed file needs the sha it replaces (422 without it), and a sha that is
  // not the file's current one is a conflict (409).
  "repos/create-or-update-file-contents": ({ repository, params, body, user, repositoryUrl }) => {
    const path = String(params.path);
    const branch = typeof body.branch === "string" ? body.branch : repository.defaultBranch;
    const head = repository.tree(branch);
    if (!head) throw new HttpFailure(404, `Branch ${branch} not found`);
    const existing = head.files.get(path);
    if (existing !== undefined && body.sha === undefined)
      throw new HttpFailure(422, `Invalid request.\n\n"sha" wasn't supplied.`);
    if (existing !== undefined && body.sha !== blobSha(existing))
      throw new HttpFailure(409, `${path} does not match ${String(body.sha)}`);
    const text = Buffer.from(String(body.content), "base64").toString("utf8");
    const commit = repository.commit(String(body.message), new Map([...head.files, [path, text]]), head.sha);
    repository.refs.set(`refs/heads/${branch}`, commit.sha);
    const date = timestamp();
    const author = { name: user.login, email: `${user.id}+${user.login}@users.noreply.github.com`, date };
    return {
      status: existing === undefined ? 201 : 200,
      body: {
        content: contentJson(repository, path, text, branch, repositoryUrl),
        commit: {
          sha: commit.sha,
          node_id: `C_${commit.sha}`,
          url: `${repositoryUrl}/git/commits/${commit.sha}`,
          html_url: `${htmlUrlOf(repository)}/commit/${commit.sha}`,
          author,
          committer: author,
          message: commit.message,
          tree: { url: `${repositoryUrl}/git/trees/${commit.sha}`, sha: commit.sha },
          parents: [
            {
              url: `${repositoryUrl}/git/commits/${head.sha}`,
              html_url: `${htmlUrlOf(repository)}/commit/${head.sha}`,
              sha: head.sha,
            },
          ],
          verification: {
            verified: false,
            reason: "unsigned",
            signature: null,
            payload: null,
            verified_at: null,
          },
        },
      },
    };
  },

  "pulls/create": ({ repository, body, user, repositoryUrl }) => {
    if (repository.pullRequestsForbidden) throw new HttpFailure(403, ACTIONS_MAY_NOT_CREATE_PULL_REQUESTS);
    checkBodyLength(body);
    const head = String(body.head).replace(/^[^:]+:/, "");
    const base = String(body.base);
    if (!repository.tree(head) || !repository.tree(base)) throw new HttpFailure(422, "Validation Failed");
    if (repository.issues.some((issue) => issue.state === "open" && issue.pull?.head === head)) {
      throw new HttpFailure(
        422,
        `Validation Failed: A pull request already exists for ${repository.fullName.split("/")[0]}:${head}.`,
      );
    }
    const pull = newIssue(repository, user, {
      title: String(body.title ?? head),
      body: typeof body.body === "string" ? body.body : null,
      pull: { head, base, reviewers: [] },
    });
    return { status: 201, body: pullJson(repository, pull as PullRequest, user, repositoryUrl) };
  },

  "pulls/get": ({ repository, params, user, repositoryUrl }) => ({
    status: 200,
    body: pullJson(repository, repository.pull(Number(params.pull_number)), user, repositoryUrl),
  }),

  "pulls/list": ({ repository, params, user, repositoryUrl, requestUrl }) => {
    const state = String(params.state ?? "open");
    const head = typeof params.head === "string" ? params.head.replace(/^[^:]+:/, "") : undefined;
    const matching = repository.issues
      .filter((issue) => issue.pull && (state === "all" || issue.state === state))
      .filter((issue) => head === undefined || issue.pull?.head === head)
      .filter((issue) => params.base === undefined || issue.pull?.base === params.base)
      .reverse();
    return page(matching as PullRequest[], params, requestUrl, (pull) =>
      pullSimpleJson(repository, pull, user, repositoryUrl),
    );
  },

  "pulls/request-reviewers": ({ repository, params, body, user, repositoryUrl }) => {
    const pull = repository.pull(Number(params.pull_number));
    const reviewers = (body.reviewers as string[] | undefined) ?? [];
    if (reviewers.includes(pull.user.login)) {
      throw new HttpFailure(422, "Review cannot be requested from pull request author.");
    }
    pull.pull.reviewers.push(...reviewers);
    return { status: 201, body: pullSimpleJson(repository, pull, user, repositoryUrl) };
  },

  "issues/create": ({ repository, body, user, repositoryUrl }) => {
    checkBodyLength(body);
    const labels = ((body.labels as unknown[] | undefined) ?? []).map(labelName);
    const issue = newIssue(repository, user, {
      title: String(body.title),
      body: typeof body.body === "string" ? body.body : null,
      labels,
      assignees: (body.assignees as string[] | undefined) ?? [],
    });
    return { status: 201, body: issueJson(repository, issue, repositoryUrl) };
  },

  "issues/list-for-repo": ({ repository, params, repositoryUrl, requestUrl }) => {
    const state = String(params.state ?? "open");
    const labels = typeof params.labels === "string" ? params.labels.split(",").filter(Boolean) : [];
    const matching = repository.issues
      .filter((issue) => state === "all" || issue.state === state)
      .filter((issue) => labels.every((label) => issue.labels.includes(label)))
      .reverse();
    return page(matching, params, requestUrl, (issue) => issueJson(repository, issue, repositoryUrl));
  },

  "issues/create-comment": ({ repository, params, body, user, repositoryUrl }) => {
    const issue = repository.issue(Number(params.issue_number));
    checkBodyLength(body);
    const comment: Comment = { id: nextId(), body: String(body.body), user, created_at: timestamp() };
    issue.comments.push(comment);
    return { status: 201, body: commentJson(repository, issue, comment, repositoryUrl) };
  },

  "issues/list-comments": ({ repository, params, repositoryUrl, requestUrl }) => {
    const issue = repository.issue(Number(params.issue_number));
    return page(issue.comments, params, requestUrl, (comment) =>
      commentJson(repository, issue, comment, repositoryUrl),
    );
  },

  "issues/add-labels": ({ repository, params, body, repositoryUrl }) => {
    const issue = repository.issue(Number(params.issue_number));
    const names = ((body.labels as unknown[] | undefined) ?? []).map(labelName);
    repository.label(names);
    issue.labels = [...new Set([...issue.labels, ...names])];
    return { status: 200, body: issue.labels.map((name) => labelJson(repository, name, repositoryUrl)) };
  },

  "issues/add-assignees": ({ repository, params, body, repositoryUrl }) => {
    const issue = repository.issue(Number(params.issue_number));
    const logins = ((body.assignees as unknown[] | undefined) ?? []).map((assignee) =>
      typeof assignee === "string" ? assignee : String((assignee as Json).login),
    );
    issue.assignees = [...new Set([...issue.assignees, ...logins])];
    return { status: 201, body: issueJson(repository, issue, repositoryUrl) };
  },
};

/** A new issue or pull request, numbered after every other one of the repository. */
function newIssue(
  repository: Repository,
  user: User,
  fields: Pick<Issue, "title" | "body"> & Partial<Pick<Issue, "labels" | "assignees" | "pull">>,
): Issue {
  repository.label(fields.labels ?? []);
  const issue: Issue = {
    number: repository.issues.length + 1,
    id: nextId(),
    state: "open",
    labels: [],
    assignees: [],
    user,
    comments: [],
    created_at: timestamp(),
    ...fields,
  };
  repository.issues.push(issue);
  return issue;
}

function labelName(label: unknown): string {
  return typeof label === "string" ? label : String((label as Json).name);
}

/** Whether `sha` is `ancestor` or a commit after it. */
function descendsFrom(repository: Repository, sha: string, ancestor: string): boolean {
  for (let at: string | undefined = sha; at; at = repository.commits.get(at)?.parent) {
    if (at === ancestor) return true;
  }
  return false;
}

/** Git's blob SHA of a file's text, as the contents API names a file's version. */
export function blobSha(text: string): string {
  const bytes = Buffer.from(text);
  return createHash("sha1").update(`blob ${bytes.length}\0`).update(bytes).digest("hex");
}

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

function htmlUrlOf(repository: Repository): string {
  return `https://github.com/${repository.fullName}`;
}

function repositoryJson(repository: Repository, user: User, repositoryUrl: string): Json {
  const [owner = "", name = ""] = repository.fullName.split("/");
  const html = htmlUrlOf(repository);
  const now = timestamp();
  return {
    id: repository.id,
    node_id: `R_${repository.id}`,
    name,
    full_name: repository.fullName,
    owner: userJson({ ...user, login: owner }, apiUrlOf(repositoryUrl)),
    private: false,
    html_url: html,
    description: null,
    fork: false,
    url: repositoryUrl,
    ...Object.fromEntries(
      [
        ["archive_url", "/{archive_format}{/ref}"],
        ["assignees_url", "/assignees{/user}"],
        ["blobs_url", "/git/blobs{/sha}"],
        ["branches_url", "/branches{/branch}"],
        ["collaborators_url", "/collaborators{/collaborator}"],
        ["comments_url", "/comments{/number}"],
        ["commits_url", "/commits{/sha}"],
        ["compare_url", "/compare/{base}...{head}"],
        ["contents_url", "/contents/{+path}"],
        ["contributors_url", "/contributors"],
        ["deployments_url", "/deployments"],
        ["downloads_url", "/downloads"],
        ["events_url", "/events"],
        ["forks_url", "/forks"],
        ["git_commits_url", "/git/commits{/sha}"],
        ["git_refs_url", "/git/refs{/sha}"],
        ["git_tags_url", "/git/tags{/sha}"],
        ["hooks_url", "/hooks"],
        ["issue_comment_url", "/issues/comments{/number}"],
        ["issue_events_url", "/issues/events{/number}"],
        ["issues_url", "/issues{/number}"],
        ["keys_url", "/keys{/key_id}"],
        ["labels_url", "/labels{/name}"],
        ["languages_url", "/languages"],
        ["merges_url", "/merges"],
        ["milestones_url", "/milestones{/number}"],
        ["notifications_url", "/notifications{?since,all,participating}"],
        ["pulls_url", "/pulls{/number}"],
        ["releases_url", "/releases{/id}"],
        ["stargazers_url", "/stargazers"],
        ["statuses_url", "/statuses/{sha}"],
        ["subscribers_url", "/subscribers"],
        ["subscription_url", "/subscription"],
        ["tags_url", "/tags"],
        ["teams_url", "/teams"],
        ["trees_url", "/git/trees{/sha}"],
      ].map(([field, path]) => [field, `${repositoryUrl}${path}`]),
    ),
    clone_url: `${html}.git`,
    git_url: `git://github.com/${repository.fullName}.git`,
    ssh_url: `git@github.com:${repository.fullName}.git`,
    svn_url: html,
    mirror_url: null,
    homepage: null,
    language: null,
    default_branch: repository.defaultBranch,
    forks: 0,
    forks_count: 0,
    stargazers_count: 0,
    watchers: 0,
    watchers_count: 0,
    size: 0,
    open_issues: repository.issues.filter((issue) => issue.state === "open").length,
    open_issues_count: repository.issues.filter((issue) => issue.state === "open").length,
    has_issues: true,
    has_projects: true,
    has_wiki: true,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    archived: false,
    disabled: false,
    license: null,
    pushed_at: now,
    created_at: now,
    updated_at: now,
  };
}

function refJson(ref: string, sha: string, repositoryUrl: string): Json {
  return {
    ref,
    node_id: `REF_${Buffer.from(ref).toString("base64url")}`,
    url: `${repositoryUrl}/git/${ref}`,
    object: { type: "commit", sha, url: `${repositoryUrl}/git/commits/${sha}` },
  };
}

function contentJson(
  repository: Repository,
  path: string,
  text: string,
  ref: string,
  repositoryUrl: string,
): Json {
  const sha = blobSha(text);
  const url = `${repositoryUrl}/contents/${path}?ref=${encodeURIComponent(ref)}`;
  const html = `${htmlUrlOf(repository)}/blob/${ref}/${path}`;
  const git = `${repositoryUrl}/git/blobs/${sha}`;
  return {
    type: "file",
    name: path.split("/").at(-1) ?? path,
    path,
    sha,
    size: Buffer.byteLength(text),
    url,
    html_url: html,
    git_url: git,
    download_url: `https://raw.githubusercontent.com/${repository.fullName}/${ref}/${path}`,
    _links: { self: url, git, html },
  };
}

function labelJson(repository: Repository, name: string, repositoryUrl: string): Json {
  const label = repository.labels.get(name) ?? { id: 0, name };
  return {
    id: label.id,
    node_id: `LA_${label.id}`,
    url: `${repositoryUrl}/labels/${encodeURIComponent(name)}`,
    name,
    // Empty rather than null: a pull request's list fields describe it as a string.
    description: "",
    color: "ededed",
    default: false,
  };
}

function issueJson(repository: Repository, issue: Issue, repositoryUrl: string): Json {
  const url = `${repositoryUrl}/issues/${issue.number}`;
  const html = `${htmlUrlOf(repository)}/${issue.pull ? "pull" : "issues"}/${issue.number}`;
  const apiUrl = apiUrlOf(repositoryUrl);
  const assignees = issue.assignees.map((login, index) => userJson({ login, id: 1 + index }, apiUrl));
  return {
    id: issue.id,
    node_id: `I_${issue.id}`,
    number: issue.number,
    title: issue.title,
    body: issue.body,
    state: issue.state,
    locked: false,
    user: userJson(issue.user, apiUrl),
    labels: issue.labels.map((name) => labelJson(repository, name, repositoryUrl)),
    assignee: assignees[0] ?? null,
    assignees,
    milestone: null,
    comments: issue.comments.length,
    url,
    html_url: html,
    repository_url: repositoryUrl,
    labels_url: `${url}/labels{/name}`,
    comments_url: `${url}/comments`,
    events_url: `${url}/events`,
    closed_at: null,
    created_at: issue.created_at,
    updated_at: issue.created_at,
    author_association: "OWNER",
    ...(issue.pull
      ? {
          pull_request: {
            url: `${repositoryUrl}/pulls/${issue.number}`,
            html_url: html,
            diff_url: `${html}.diff`,
            patch_url: `${html}.patch`,
            merged_at: null,
          },
        }
      : {}),
  };
}

function commentJson(repository: Repository, issue: Issue, comment: Comment, repositoryUrl: string): Json {
  const html = `${htmlUrlOf(repository)}/${issue.pull ? "pull" : "issues"}/${issue.number}`;
  return {
    id: comment.id,
    node_id: `IC_${comment.id}`,
    url: `${repositoryUrl}/issues/comments/${comment.id}`,
    html_url: `${html}#issuecomment-${comment.id}`,
    issue_url: `${repositoryUrl}/issues/${issue.number}`,
    body: comment.body,
    user: userJson(comment.user, apiUrlOf(repositoryUrl)),
    created_at: comment.created_at,
    updated_at: comment.created_at,
    author_association: "OWNER",
  };
}

/** The fields a pull request has in a list (pull-request-simple). */
function pullSimpleJson(repository: Repository, pull: PullRequest, user: User, repositoryUrl: string): Json {
  const url = `${repositoryUrl}/pulls/${pull.number}`;
  const issue = issueJson(repository, pull, repositoryUrl);
  const {
    pull_request: _issueLinks,
    comments: _comments,
    events_url: _events,
    labels_url: _labels,
    ...shared
  } = issue;
  const html = String(issue.html_url);
  const repo = repositoryJson(repository, user, repositoryUrl);
  const side = (branch: string) => ({
    label: `${repository.fullName.split("/")[0]}:${branch}`,
    ref: branch,
    sha: repository.refs.get(`refs/heads/${branch}`) ?? "",
    repo,
    user: repo.owner,
  });
  const links = {
    self: url,
    html,
    issue: `${repositoryUrl}/issues/${pull.number}`,
    comments: `${repositoryUrl}/issues/${pull.number}/comments`,
    review_comments: `${url}/comments`,
    review_comment: `${repositoryUrl}/pulls/comments{/number}`,
    commits: `${url}/commits`,
    statuses: `${repositoryUrl}/statuses/${side(pull.pull.head).sha}`,
  };
  return {
    ...shared,
    node_id: `PR_${pull.id}`,
    requested_reviewers: pull.pull.reviewers.map((login, index) =>
      userJson({ login, id: 100 + index }, apiUrlOf(repositoryUrl)),
    ),
    requested_teams: [],
    head: side(pull.pull.head),
    base: side(pull.pull.base),
    url,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: links.issue,
    commits_url: links.commits,
    review_comments_url: links.review_comments,
    review_comment_url: links.review_comment,
    comments_url: links.comments,
    statuses_url: links.statuses,
    _links: Object.fromEntries(Object.entries(links).map(([name, href]) => [name, { href }])),
    merge_commit_sha: null,
    merged_at: null,
    auto_merge: null,
    draft: false,
  };
}

/** A pull request as GitHub answers for one (pull-request): its list fields and its counts. */
function pullJson(repository: Repository, pull: PullRequest, user: User, repositoryUrl: string): Json {
  return {
    ...pullSimpleJson(repository, pull, user, repositoryUrl),
    merged: false,
    mergeable: null,
    mergeable_state: "unknown",
    merged_by: null,
    maintainer_can_modify: false,
    comments: pull.comments.length,
    review_comments: 0,
    commits: 1,
    additions: 1,
    deletions: 0,
    changed_files: 1,
  };
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

/**
 * `/repos/{owner}/{repo}` → a pattern capturing owner and repo. A trailing `{ref}` or `{path}`
 * (`heads/main`, `.github/quai.yml`) spans slashes, as GitHub reads them.
 */
function pathPattern(template: string): RegExp {
  const literals = template.split(/\{[^}]+\}/).map((literal) => literal.replace(/[.*+?^$()|[\]\\]/g, "\\$&"));
  const spansSlashes = /\{(ref|path)\}$/.test(template);
  const pattern = literals
    .map((literal, index) =>
      index === 0
        ? literal
        : `${spansSlashes && index === literals.length - 1 ? "(.+)" : "([^/]+)"}${literal}`,
    )
    .join("");
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
  const repositories = new Map(
    (Array.isArray(options.repositories)
      ? options.repositories.map((name) => [name, {}] as const)
      : Object.entries(options.repositories)
    ).map(([name, files]) => [name, new Repository(name, files)]),
  );
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
    const mayWrite = access === "write" || (Array.isArray(access) && access.includes(permissionOf(check.id)));
    if (WRITE_METHODS.has(method) && !mayWrite) return failure(403, "Resource not accessible by integration");

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
