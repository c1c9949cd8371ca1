// Opens the rollback report on GitHub: a pull request whose one commit adds the bad release to
// quai.yml's blocked: list, or an issue when nothing in Git changes or a pull request cannot be
// opened; a comment on the open report when the same drift is found again.
//
// Contract: the rollback has happened and is recorded before this is called, and nothing here
// undoes it. What openRollbackReport can foresee fails as a UserError with the fix in its hint (a
// bad `report` value, a token GitHub does not know or that may not write issues, GitHub out of
// reach); a refused pull request is no failure but an issue. The caller catches what it throws,
// shows it as a warning, and the rollback stands: reporting never blocks the safety action.
import { posix } from "node:path";
import { InvalidValueError, UserError } from "@quai/core";
import type { WatchEnvironmentResult } from "@quai/drift";
import { type GitHubApi, GitHubApiError, type GitHubParams } from "@quai/github";
import { addBlockEntry } from "./block-entry";
import {
  fitBody,
  mask,
  type ReportContext,
  type ReportKind,
  renderReport,
  reportKind,
  reportMarker,
  reportTitle,
} from "./render";

export const REPORT_SETTINGS = ["pull-request", "issue"] as const;
export type ReportSetting = (typeof REPORT_SETTINGS)[number];

/** The label every report carries, beside the environment's name: how open reports are found. */
export const REPORT_LABEL = "quai:rollback";
/** Open reports read when looking for the same one: the newest first, PER_PAGE each. */
const PER_PAGE = 100;
const MAX_PAGES = 5;

/** The `report` input as a setting; anything else is refused, naming the input. */
export function reportSetting(value: string): ReportSetting {
  const setting = REPORT_SETTINGS.find((candidate) => candidate === value.trim());
  if (!setting) {
    throw new InvalidValueError("report", value, "expected pull-request or issue", {
      hint: "Write report: pull-request (the default: the block as a pull request) or report: issue",
    });
  }
  return setting;
}

export interface RollbackReportLog {
  info(line: string): void;
  warning(line: string): void;
}

export interface RollbackReportOptions {
  /** The `report` input, as written. */
  report: string;
  result: WatchEnvironmentResult;
  /** On GitHub, so with the repository the report goes to. */
  context: ReportContext & { repository: string };
  /** quai.yml's path in the repository (the config input). */
  config: string;
  assignees?: string[];
  reviewers?: string[];
  log: RollbackReportLog;
}

export interface RollbackReport {
  /** What was opened: the comment when an open report had the same marker. */
  kind: "pull-request" | "issue" | "comment";
  /** Where a person reads it: the deployment status's log_url. */
  url: string;
  /** The pull request or issue's number. */
  number: number;
}

interface GitHubIssue {
  number: number;
  html_url: string;
  body?: string | null;
}

/** Opens the report of a watch, or returns undefined when it found nothing to report. */
export async function openRollbackReport(
  api: GitHubApi,
  options: RollbackReportOptions,
): Promise<RollbackReport | undefined> {
  const setting = reportSetting(options.report);
  const kind = reportKind(options.result);
  if (!kind) return undefined;
  const github = new RepositoryCalls(api, options.context.repository);
  const secrets = options.context.secrets ?? [];
  const body = renderReport(options.result, options.context);
  const marker = reportMarker(options.result, kind);
  const open = await github.openReport(marker);
  if (open) {
    const comment = await github.call<{ html_url: string }>(
      "comment on the open report",
      "POST /repos/{owner}/{repo}/issues/{issue_number}/comments",
      { issue_number: open.number, body: fitBody(`**Seen again.**\n\n${body}`, options.context.runUrl) },
    );
    options.log.info(`The same drift has an open report: commented on ${open.html_url}`);
    return { kind: "comment", url: comment.data.html_url, number: open.number };
  }
  const title = mask(reportTitle(options.result, kind), secrets);
  const labels = [REPORT_LABEL, options.result.settings.name];
  const why = pullRequestRefusal(setting, kind);
  if (!why) {
    const opened = await openPullRequest(github, options, { title, body, labels });
    if (!("why" in opened)) return opened;
    options.log.warning(
      `Could not open a pull request (${opened.why}): opening an issue with the same report`,
    );
    return openIssue(github, options, {
      title,
      body: `> ${opened.why}: this is an issue, not the pull request that blocks the release.\n\n${body}`,
      labels,
    });
  }
  options.log.info(`Opening an issue: ${why}`);
  return openIssue(github, options, { title, body, labels });
}

/** Why the report is an issue from the start, or undefined for a pull request. */
function pullRequestRefusal(setting: ReportSetting, kind: ReportKind): string | undefined {
  if (setting === "issue") return "report is issue";
  if (kind !== "rollback")
    return "nothing changes in Git for this verdict, so there is no pull request to open";
  return undefined;
}

interface Report {
  title: string;
  body: string;
  labels: string[];
}

async function openIssue(
  github: RepositoryCalls,
  options: RollbackReportOptions,
  report: Report,
): Promise<RollbackReport> {
  const created = await github.call<GitHubIssue>(
    "open the report's issue",
    "POST /repos/{owner}/{repo}/issues",
    {
      title: report.title,
      body: fitBody(report.body, options.context.runUrl),
      labels: report.labels,
      ...(options.assignees?.length ? { assignees: options.assignees } : {}),
    },
  );
  options.log.info(`Opened issue ${created.data.html_url}`);
  return { kind: "issue", url: created.data.html_url, number: created.data.number };
}

/**
 * A branch from the default branch, one commit adding the block, and the pull request; or why it
 * cannot be (quai.yml not safely editable, a token or a repository that does not allow it).
 */
async function openPullRequest(
  github: RepositoryCalls,
  options: RollbackReportOptions,
  report: Report,
): Promise<RollbackReport | { why: string }> {
  const { result } = options;
  const { declared, deciding } = result;
  if (!declared) return { why: "the ledger names no release to block" };
  const secrets = options.context.secrets ?? [];
  const entry = {
    version: declared.version,
    reason: mask(
      `${deciding?.signal ?? "drift"} in ${result.settings.name}: ${deciding?.reason ?? result.action.why}`,
      secrets,
    ),
  };
  // The contents API takes the path from the repository's root, without `./`.
  const path = posix.normalize(options.config).replace(/^\/+/, "");
  let opened: GitHubIssue;
  try {
    const repository = await github.call<{ default_branch: string }>(
      "read the repository",
      "GET /repos/{owner}/{repo}",
      {},
    );
    const base = repository.data.default_branch;
    const file = await github.call<{ content: string; sha: string }>(
      `read ${path}`,
      "GET /repos/{owner}/{repo}/contents/{path}",
      {
        path,
        ref: base,
      },
    );
    const edit = addBlockEntry(Buffer.from(file.data.content, "base64").toString("utf8"), entry);
    if (!edit.edited) return { why: edit.why };
    const branch = `quai/rollback/${result.settings.name}/${declared.version}`;
    await github.branchAt(branch, base);
    await github.call("commit the block", "PUT /repos/{owner}/{repo}/contents/{path}", {
      path,
      message: `Block ${result.settings.app} ${declared.version}: ${entry.reason}`,
      content: Buffer.from(edit.text).toString("base64"),
      sha: file.data.sha,
      branch,
    });
    const pull = await github.call<GitHubIssue>("open the pull request", "POST /repos/{owner}/{repo}/pulls", {
      title: report.title,
      head: branch,
      base,
      body: fitBody(report.body, options.context.runUrl),
    });
    opened = pull.data;
  } catch (error) {
    // Refused (permissions, the repository's settings, no quai.yml there): an issue says it all the same.
    const refused =
      error instanceof UserError &&
      error.cause instanceof GitHubApiError &&
      [403, 404, 409, 422].includes(error.cause.status);
    if (refused) return { why: error.summary };
    throw error;
  }
  options.log.info(`Opened pull request ${opened.html_url}, blocking ${declared.version} in ${path}`);
  await addPeople(github, options, opened.number, report.labels);
  return { kind: "pull-request", url: opened.html_url, number: opened.number };
}

/**
 * The pull request's labels, assignees and reviewers. It is open by then: one GitHub refuses (a
 * reviewer who is not a collaborator) is a warning, never a second report.
 */
async function addPeople(
  github: RepositoryCalls,
  options: RollbackReportOptions,
  number: number,
  labels: string[],
): Promise<void> {
  const additions: [string, string, GitHubParams][] = [
    [
      "label the pull request",
      "POST /repos/{owner}/{repo}/issues/{issue_number}/labels",
      { issue_number: number, labels },
    ],
  ];
  if (options.assignees?.length) {
    additions.push([
      "assign the pull request",
      "POST /repos/{owner}/{repo}/issues/{issue_number}/assignees",
      { issue_number: number, assignees: options.assignees },
    ]);
  }
  if (options.reviewers?.length) {
    additions.push([
      "request reviews",
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
      { pull_number: number, reviewers: options.reviewers },
    ]);
  }
  for (const [what, route, params] of additions) {
    try {
      await github.call(what, route, params);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      options.log.warning(error.summary);
    }
  }
}

/** GitHub calls on one repository, each failure a UserError that says what to do. */
class RepositoryCalls {
  private readonly owner: string;
  private readonly repo: string;

  constructor(
    private readonly api: GitHubApi,
    private readonly repository: string,
  ) {
    const [owner, repo, ...rest] = repository.split("/");
    if (!owner || !repo || rest.length) {
      throw new UserError(`Invalid repository: ${JSON.stringify(repository)} (expected owner/name)`);
    }
    this.owner = owner;
    this.repo = repo;
  }

  /** The open report with this marker, newest first, among those labelled REPORT_LABEL. */
  async openReport(marker: string): Promise<GitHubIssue | undefined> {
    for (let page = 1; page <= MAX_PAGES; page++) {
      const response = await this.call<GitHubIssue[]>(
        "look for an open report",
        "GET /repos/{owner}/{repo}/issues",
        {
          labels: REPORT_LABEL,
          state: "open",
          per_page: PER_PAGE,
          page,
        },
      );
      const found = response.data.find((issue) => issue.body?.includes(marker));
      if (found || response.data.length < PER_PAGE) return found;
    }
    return undefined;
  }

  /** The branch at the head of `base`: made, or moved there when an earlier report left it. */
  async branchAt(branch: string, base: string): Promise<void> {
    const head = await this.call<{ object: { sha: string } }>(
      `read ${base}`,
      "GET /repos/{owner}/{repo}/git/ref/{ref}",
      {
        ref: `heads/${base}`,
      },
    );
    const sha = head.data.object.sha;
    try {
      await this.api.request("POST /repos/{owner}/{repo}/git/refs", {
        owner: this.owner,
        repo: this.repo,
        ref: `refs/heads/${branch}`,
        sha,
      });
    } catch (error) {
      if (!(error instanceof GitHubApiError && error.status === 422))
        throw this.explained("create the branch", error);
      // No open report uses it (openReport found none): the branch of a closed one, reset.
      await this.call("move the branch", "PATCH /repos/{owner}/{repo}/git/refs/{ref}", {
        ref: `heads/${branch}`,
        sha,
        force: true,
      });
    }
  }

  async call<T>(what: string, route: string, params: GitHubParams) {
    try {
      return await this.api.request<T>(route, { owner: this.owner, repo: this.repo, ...params });
    } catch (error) {
      throw this.explained(what, error);
    }
  }

  private explained(what: string, error: unknown): unknown {
    if (!(error instanceof GitHubApiError)) return error;
    const hints: Record<number, string> = {
      401: "The token is invalid or expired; inside Actions pass the job's github.token",
      403: "Give the job's token `contents: write`, `pull-requests: write` and `issues: write` in the workflow's `permissions:`; for a pull request by GITHUB_TOKEN, also allow it in Settings → Actions → General → \"Allow GitHub Actions to create and approve pull requests\"",
      404: `Check that ${this.repository} exists, that the token may see it, and that the config input names quai.yml's path in it`,
    };
    return new UserError(`Cannot ${what} in ${this.repository}: ${error.message}`, {
      hint:
        hints[error.status] ??
        "GitHub may be having trouble; the rollback stands, and the next sweep reports again",
      cause: error,
    });
  }
}
