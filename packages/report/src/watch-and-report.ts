// auto-rollback-on-drift as one library call: the watch and what it does (packages/drift), then
// the report to the team on GitHub. The report comes after the safety action and never undoes or
// blocks it: a report that cannot be opened is a problem said, beside a rollback that stands.
import { relative, resolve } from "node:path";
import { firstLine } from "@quai/core";
import { openLedger } from "@quai/deploy";
import { type WatchEnvironmentOptions, type WatchEnvironmentResult, watchEnvironment } from "@quai/drift";
import { createGitHubApi, type GitHubApi, gitHubApiUrl } from "@quai/github";
import { openRollbackReport, type RollbackReport, reportSetting } from "./open-report";
import { renderReport, reportKind, reportTitle } from "./render";

export interface ReportInputs {
  /** The `report` input as written: pull-request or issue. */
  report: string;
  assignees: string[];
  reviewers: string[];
  /** The token and the runner's variables (GITHUB_REPOSITORY, GITHUB_SERVER_URL, GITHUB_API_URL). */
  github: { token: string | undefined; env: NodeJS.ProcessEnv };
  /** Values the report never shows: the step's secrets. */
  secrets: string[];
}

export interface WatchAndReportResult extends WatchEnvironmentResult {
  report?: RollbackReport;
  /** Why no report could be opened when the watch had one to make, in one line. */
  reportProblem?: string;
  /** The report quai would have opened, when there is no GitHub to open it on (no token or repository). */
  unopened?: { title: string; body: string };
}

/** The side effects watchAndReport starts from: the watch itself, and GitHub. */
export interface WatchAndReportSeams {
  watch?: (options: WatchEnvironmentOptions) => Promise<WatchEnvironmentResult>;
  connectGitHub?: (token: string, url: string) => GitHubApi;
}

export async function watchAndReport(
  options: WatchEnvironmentOptions & { reporting: ReportInputs },
  { watch = watchEnvironment, connectGitHub = createGitHubApi }: WatchAndReportSeams = {},
): Promise<WatchAndReportResult> {
  const result = await watch(options);
  const { reporting } = options;
  const repository = reporting.github.env.GITHUB_REPOSITORY;
  if (result.action.kind === "none" || result.action.kind === "skipped") return result;
  try {
    // Refused here, after the watch acted: a bad report input must not cost the rollback.
    reportSetting(reporting.report);
  } catch (error) {
    return { ...result, reportProblem: firstLine(error) };
  }
  if (!reporting.github.token || !repository) {
    options.reporter.info(
      "No GitHub token or repository: the drift is in the job summary, not reported on GitHub",
    );
    const kind = reportKind(result);
    if (!kind) return result;
    const body = renderReport(result, {
      repository,
      runUrl: options.runUrl,
      jobToken: false,
      secrets: reporting.secrets,
    });
    return { ...result, unopened: { title: reportTitle(result, kind), body } };
  }
  try {
    const secrets = [...reporting.secrets, reporting.github.token];
    const report = await options.reporter.group("Report to the team", () =>
      openRollbackReport(connectGitHub(reporting.github.token ?? "", gitHubApiUrl(reporting.github.env)), {
        report: reporting.report,
        result,
        context: {
          repository,
          serverUrl: reporting.github.env.GITHUB_SERVER_URL,
          runUrl: options.runUrl,
          // Installation tokens, the job's GITHUB_TOKEN among them, start ghs_; what they open starts no workflow.
          jobToken: reporting.github.token?.startsWith("ghs_") ?? false,
          secrets,
        },
        // The contents API's path: from the repository's root, as the workspace checks it out.
        config: relative(options.workspace, resolve(options.workspace, options.config)),
        assignees: reporting.assignees,
        reviewers: reporting.reviewers,
        log: options.reporter,
      }),
    );
    if (report) await linkReport(options, result, report);
    return { ...result, report };
  } catch (error) {
    return { ...result, reportProblem: firstLine(error) };
  }
}

/** The bad deployment's status links to the report, where the team reads what happened. */
async function linkReport(
  options: WatchEnvironmentOptions,
  result: WatchEnvironmentResult,
  report: RollbackReport,
): Promise<void> {
  const rolledBack = result.action.kind === "rolled-back" || result.action.kind === "escalated";
  if (!rolledBack || !result.declared) return;
  const ledger = openLedger(options.ledger);
  await ledger.finish(result.declared.deploymentId, "rolled_back", {
    description: `auto-rollback-on-drift: ${result.deciding?.reason ?? result.action.why}`,
    logUrl: report.url,
  });
}
