// The ledger as GitHub Deployments, inside Actions with the job's token: each quai deployment is a
// GitHub deployment (task `deploy` or `deploy:rollback`, the release in its payload) whose
// statuses say how it went, so the repository's Environments page shows what quai did.
//
// GitHub has no state for "rolled back", and marks earlier successful deployments `inactive` by
// itself when a newer one succeeds (auto_inactive). So:
//   in_progress → in_progress; success → success; failure → failure; error → error (a run that
//   ended without finishing, closed by the next deploy)
//   rolled_back → inactive, description starting with "Rolled back"
//   inactive without that prefix → success: it succeeded, then a newer deployment superseded it.
// A deployment's traffic figures (the baseline of the release after it) are a status of its own,
// in the state of the status before it, its description the figures (figuresDescription): GitHub
// keeps no other field that can change after a deployment is made. Its state is read from the
// newest status that is not one of those.
// A blocked release is a deployment with task `quai:block` (the release and the reason in its
// payload) in the environment it was found bad in, its only status `inactive`: it never runs,
// GitHub never shows it as active, and blocked() finds it across all environments by its task.
// Unblocking adds a status to it whose description starts "Unblocked" (who lifted it): GitHub
// keeps that trail, and a lifted block no longer counts.

import { UserError } from "@quai/core";
import { type GitHubApi, GitHubApiError, type GitHubParams } from "@quai/github";
import type {
  BlockedRelease,
  DeploymentRecord,
  DeploymentStatus,
  Ledger,
  NewDeployment,
  TrafficFigures,
} from "../contract";
import { statusDescription } from "./status-description";

const DEPLOY_TASK = "deploy";
const ROLLBACK_TASK = "deploy:rollback";
const BLOCK_TASK = "quai:block";
/** Where a block found outside any environment is recorded. */
const BLOCKS_ENVIRONMENT = "quai-blocked-releases";
const ROLLED_BACK = "Rolled back";
const UNBLOCKED = "Unblocked";
const PER_PAGE = 100;
/** At most this many pages of a list (PER_PAGE each): the ledger reads recent history. */
const MAX_PAGES = 10;
/** Statuses read of each deployment: its state, and its figures under the few GitHub adds after them. */
const STATUSES_READ = 10;
/** Status look-ups sent at once. */
const CONCURRENCY = 8;

type FinalStatus = Exclude<DeploymentStatus, "in_progress">;

/** The status description when the caller gives none: `1.4.0 deployed`. */
const OUTCOME: Record<FinalStatus, string> = {
  success: "deployed",
  failure: "failed",
  error: "abandoned: its run ended without finishing",
  rolled_back: "replaced by an earlier release",
};

/** GitHub's state for a rolled-back deployment (its description starts with "Rolled back"). */
export const ROLLED_BACK_STATE = "inactive";

const STATE_OF: Record<FinalStatus, string> = {
  success: "success",
  failure: "failure",
  error: "error",
  rolled_back: ROLLED_BACK_STATE,
};

/** The fields of GitHub's deployment the ledger reads. */
interface GitHubDeployment {
  id: number;
  sha: string;
  task: string;
  environment: string;
  payload: Record<string, unknown> | string;
  creator: { login: string } | null;
  created_at: string;
  updated_at: string;
}

interface GitHubDeploymentStatus {
  state: string;
  description: string;
  environment_url?: string;
  log_url?: string;
  created_at: string;
}

export interface GitHubDeploymentsLedgerOptions {
  api: GitHubApi;
  /** `owner/name` (GITHUB_REPOSITORY). */
  repository: string;
  /** The commit the run works on (GITHUB_SHA): block records point at it. */
  ref: string;
  /** Environments end users interact with; GitHub's own default is `production` alone. */
  productionEnvironments?: string[];
  /** GITHUB_SERVER_URL, for links to the deployments' pages. */
  serverUrl?: string;
}

export class GitHubDeploymentsLedger implements Ledger {
  readonly description: string;
  private readonly owner: string;
  private readonly repo: string;
  private readonly productionEnvironments: Set<string>;

  constructor(private readonly options: GitHubDeploymentsLedgerOptions) {
    const [owner, repo, ...rest] = options.repository.split("/");
    if (!owner || !repo || rest.length) {
      throw new UserError(`Invalid repository: ${JSON.stringify(options.repository)} (expected owner/name)`);
    }
    this.owner = owner;
    this.repo = repo;
    this.productionEnvironments = new Set(options.productionEnvironments ?? ["production"]);
    this.description = `GitHub Deployments of ${options.repository}`;
  }

  async start(deployment: NewDeployment): Promise<DeploymentRecord> {
    const rollback = deployment.rollbackOf !== undefined;
    const created = await this.call<GitHubDeployment>(
      "record the deployment",
      "POST /repos/{owner}/{repo}/deployments",
      {
        ref: deployment.commit,
        environment: deployment.environment,
        task: rollback ? ROLLBACK_TASK : DEPLOY_TASK,
        auto_merge: false,
        required_contexts: [],
        transient_environment: false,
        production_environment: this.productionEnvironments.has(deployment.environment),
        description: statusDescription(
          `${rollback ? "Roll back" : "Deploy"} ${deployment.app} ${deployment.version} (${deployment.digest})`,
        ),
        payload: {
          app: deployment.app,
          version: deployment.version,
          digest: deployment.digest,
          previousVersion: deployment.previousVersion,
          previousDigest: deployment.previousDigest,
          forcedReason: deployment.forcedReason,
          rollbackOf: deployment.rollbackOf,
          hold: deployment.hold,
          actor: deployment.actor,
        },
      },
    );
    if (created.status === 202) {
      throw new UserError(
        `GitHub merged the default branch into ${deployment.commit} instead of recording the deployment`,
        {
          hint: "quai asks for auto_merge: false, so this should not happen; check the repository's deployment settings",
        },
      );
    }
    const status = await this.addStatus(created.data.id, "in_progress", {
      description: `Deploying ${deployment.version}`,
      url: deployment.url,
      logUrl: deployment.logUrl,
    });
    return this.toRecord(created.data, { latest: status });
  }

  async finish(
    id: string,
    status: FinalStatus,
    details: { description?: string; url?: string; logUrl?: string } = {},
  ): Promise<DeploymentRecord> {
    const deployment = await this.readDeployment(id);
    const { latest, figures } = stateAndFigures(await this.statuses(deployment.id));
    const description = details.description ?? `${payloadOf(deployment).version} ${OUTCOME[status]}`;
    const added = await this.addStatus(deployment.id, STATE_OF[status], {
      description: status === "rolled_back" ? `${ROLLED_BACK}: ${description}` : description,
      url: details.url ?? latest?.environment_url,
      logUrl: details.logUrl ?? latest?.log_url,
    });
    return this.toRecord(deployment, { latest: added, figures });
  }

  async recordFigures(id: string, figures: TrafficFigures): Promise<DeploymentRecord> {
    const deployment = await this.readDeployment(id);
    const { latest } = stateAndFigures(await this.statuses(deployment.id));
    // In the state it has, so GitHub's page and the ledger's status stay what they were.
    await this.addStatus(deployment.id, latest?.state ?? "in_progress", {
      description: figuresDescription(figures),
      url: latest?.environment_url,
      logUrl: latest?.log_url,
    });
    return this.toRecord(deployment, { latest, figures });
  }

  async history(app: string, environment: string): Promise<DeploymentRecord[]> {
    const deployments = [
      ...(await this.listDeployments({ environment, task: DEPLOY_TASK })),
      ...(await this.listDeployments({ environment, task: ROLLBACK_TASK })),
    ]
      .filter((deployment) => payloadOf(deployment).app === app)
      .sort((a, b) => b.id - a.id);
    const records: DeploymentRecord[] = [];
    for (let index = 0; index < deployments.length; index += CONCURRENCY) {
      const batch = deployments.slice(index, index + CONCURRENCY);
      records.push(
        ...(await Promise.all(
          batch.map(async (deployment) =>
            this.toRecord(deployment, stateAndFigures(await this.statuses(deployment.id))),
          ),
        )),
      );
    }
    return records;
  }

  /** Blocking a blocked release again keeps the first block: who found it bad, and why. */
  async block(release: Omit<BlockedRelease, "blockedAt">): Promise<BlockedRelease> {
    const existing = await this.blocked(release.app, release.digest);
    if (existing) return existing;
    const created = await this.call<GitHubDeployment>(
      "record the block",
      "POST /repos/{owner}/{repo}/deployments",
      {
        ref: this.options.ref,
        environment: release.environment ?? BLOCKS_ENVIRONMENT,
        task: BLOCK_TASK,
        auto_merge: false,
        required_contexts: [],
        transient_environment: false,
        production_environment: false,
        description: statusDescription(`Blocked ${release.app} ${release.version}: ${release.reason}`),
        payload: {
          app: release.app,
          digest: release.digest,
          version: release.version,
          reason: release.reason,
          blockedBy: release.blockedBy,
        },
      },
    );
    await this.addStatus(created.data.id, "inactive", { description: `Blocked: ${release.reason}` });
    return toBlock(created.data);
  }

  /** The first block of the release still standing, in any environment. */
  async blocked(app: string, digest: string): Promise<BlockedRelease | undefined> {
    const first = (await this.standingBlocks(app, digest)).at(-1);
    return first && toBlock(first);
  }

  async unblock(app: string, digest: string, unblockedBy: string): Promise<BlockedRelease | undefined> {
    const standing = await this.standingBlocks(app, digest);
    for (const block of standing) {
      await this.addStatus(block.id, "inactive", { description: `${UNBLOCKED} by ${unblockedBy}` });
    }
    const first = standing.at(-1);
    return first && toBlock(first);
  }

  /** The release's block deployments no "Unblocked" status lifted, newest first. */
  private async standingBlocks(app: string, digest: string): Promise<GitHubDeployment[]> {
    const blocks = (await this.listDeployments({ task: BLOCK_TASK })).filter((deployment) => {
      const payload = payloadOf(deployment);
      return payload.app === app && payload.digest === digest;
    });
    const lifted = await Promise.all(
      blocks.map(
        async (block) => (await this.statuses(block.id))[0]?.description.startsWith(UNBLOCKED) ?? false,
      ),
    );
    return blocks.filter((_block, index) => !lifted[index]);
  }

  private async addStatus(
    deploymentId: number,
    state: string,
    details: { description: string; url?: string; logUrl?: string },
  ): Promise<GitHubDeploymentStatus> {
    const response = await this.call<GitHubDeploymentStatus>(
      `record the status of deployment ${deploymentId}`,
      "POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses",
      {
        deployment_id: deploymentId,
        state,
        description: statusDescription(details.description),
        ...(details.url ? { environment_url: details.url } : {}),
        ...(details.logUrl ? { log_url: details.logUrl } : {}),
      },
    );
    return response.data;
  }

  private async readDeployment(id: string): Promise<GitHubDeployment> {
    const deploymentId = Number(id);
    if (!Number.isSafeInteger(deploymentId)) {
      throw new UserError(`Invalid deployment id: ${JSON.stringify(id)} (GitHub's ids are numbers)`);
    }
    const response = await this.call<GitHubDeployment>(
      `read deployment ${id}`,
      "GET /repos/{owner}/{repo}/deployments/{deployment_id}",
      { deployment_id: deploymentId },
    );
    return response.data;
  }

  /** The deployment's newest statuses, newest first. */
  private async statuses(deploymentId: number): Promise<GitHubDeploymentStatus[]> {
    const response = await this.call<GitHubDeploymentStatus[]>(
      `read the status of deployment ${deploymentId}`,
      "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses",
      { deployment_id: deploymentId, per_page: STATUSES_READ },
    );
    return response.data;
  }

  /** Newest first, up to MAX_PAGES pages. */
  private async listDeployments(filter: { environment?: string; task: string }): Promise<GitHubDeployment[]> {
    const deployments: GitHubDeployment[] = [];
    for (let page = 1; page <= MAX_PAGES; page++) {
      const response = await this.call<GitHubDeployment[]>(
        "list deployments",
        "GET /repos/{owner}/{repo}/deployments",
        { ...filter, per_page: PER_PAGE, page },
      );
      deployments.push(...response.data);
      if (response.data.length < PER_PAGE) break;
    }
    return deployments;
  }

  private toRecord(deployment: GitHubDeployment, statuses: StateAndFigures): DeploymentRecord {
    return { ...toRecord(deployment, statuses), pageUrl: this.environmentPage(deployment.environment) };
  }

  /** GitHub has no page per deployment: its environment's list of deployments shows each one. */
  private environmentPage(environment: string): string {
    const server = (this.options.serverUrl ?? "https://github.com").replace(/\/+$/, "");
    const query = new URLSearchParams({ environment });
    return `${server}/${this.options.repository}/deployments/activity_log?${query}`;
  }

  private async call<T>(what: string, route: string, params: GitHubParams) {
    try {
      return await this.options.api.request<T>(route, { owner: this.owner, repo: this.repo, ...params });
    } catch (error) {
      throw error instanceof GitHubApiError ? this.explain(what, error) : error;
    }
  }

  private explain(what: string, error: GitHubApiError): UserError {
    const repository = this.options.repository;
    const hints: Record<number, string> = {
      401: "The token is invalid or expired; inside Actions pass the job's github.token",
      403: "Give the job's token `deployments: write` in the workflow's `permissions:`",
      404: `Check that ${repository} exists and that the token may see it (a token of another repository gets 404)`,
      422: "GitHub refused the request as invalid; please report it with the debug log",
    };
    return new UserError(`Cannot ${what} in ${repository}: ${error.message}`, {
      hint:
        hints[error.status] ?? "GitHub may be having trouble; try again, or see https://www.githubstatus.com",
      cause: error,
    });
  }
}

/** The payload quai wrote; GitHub may hand it back as a JSON string. */
function payloadOf(deployment: GitHubDeployment): Record<string, string | undefined> {
  const payload = deployment.payload;
  if (typeof payload !== "string") return payload as Record<string, string | undefined>;
  try {
    return JSON.parse(payload) as Record<string, string | undefined>;
  } catch {
    return {};
  }
}

function statusOf(latest: GitHubDeploymentStatus | undefined): DeploymentStatus {
  switch (latest?.state) {
    case undefined:
    case "queued":
    case "pending":
    case "in_progress":
      return "in_progress";
    case "success":
      return "success";
    case "inactive":
      return latest.description.startsWith(ROLLED_BACK) ? "rolled_back" : "success";
    case "error":
      return "error";
    default:
      return "failure";
  }
}

interface StateAndFigures {
  /** The newest status that says how the deployment went (not a figures status). */
  latest?: GitHubDeploymentStatus;
  figures?: TrafficFigures;
}

function stateAndFigures(newestFirst: GitHubDeploymentStatus[]): StateAndFigures {
  const latest = newestFirst.find((status) => parseFigures(status.description) === undefined);
  const figures = newestFirst.map((status) => parseFigures(status.description)).find(Boolean);
  return { latest, figures };
}

const FIGURES_PREFIX = "Verified traffic: ";
const FIGURES_PATTERN =
  /^Verified traffic: (\d+) requests, (\d+) 5xx, p50 ([\d.]+) ms, p95 ([\d.]+) ms, p99 ([\d.]+) ms$/;

/**
 * The figures as a status description, well within 140 characters: the 5xx as a count, so the
 * share read back is the very number it was (a count over the requests).
 */
function figuresDescription(figures: TrafficFigures): string {
  const count5xx = Math.round(figures.share5xx * figures.requests);
  return `${FIGURES_PREFIX}${figures.requests} requests, ${count5xx} 5xx, p50 ${figures.p50Ms} ms, p95 ${figures.p95Ms} ms, p99 ${figures.p99Ms} ms`;
}

function parseFigures(description: string | null | undefined): TrafficFigures | undefined {
  const match = FIGURES_PATTERN.exec(description ?? "");
  if (!match) return undefined;
  const [requests, count5xx, p50Ms, p95Ms, p99Ms] = match.slice(1).map(Number) as number[];
  return {
    requests: requests ?? 0,
    share5xx: requests ? (count5xx ?? 0) / requests : 0,
    p50Ms: p50Ms ?? 0,
    p95Ms: p95Ms ?? 0,
    p99Ms: p99Ms ?? 0,
  };
}

function toRecord(deployment: GitHubDeployment, { latest, figures }: StateAndFigures): DeploymentRecord {
  const payload = payloadOf(deployment);
  return withoutUndefined({
    id: String(deployment.id),
    app: payload.app ?? "",
    environment: deployment.environment,
    version: payload.version ?? "",
    digest: payload.digest ?? "",
    previousVersion: payload.previousVersion,
    previousDigest: payload.previousDigest,
    status: statusOf(latest),
    actor: payload.actor ?? deployment.creator?.login ?? "",
    commit: deployment.sha,
    forcedReason: payload.forcedReason,
    rollbackOf: payload.rollbackOf,
    hold: payload.hold,
    description: latest?.description.replace(`${ROLLED_BACK}: `, "") || undefined,
    url: latest?.environment_url || undefined,
    logUrl: latest?.log_url || undefined,
    figures,
    createdAt: deployment.created_at,
    updatedAt: latest?.created_at ?? deployment.updated_at,
  });
}

function toBlock(deployment: GitHubDeployment): BlockedRelease {
  const payload = payloadOf(deployment);
  return withoutUndefined({
    app: payload.app ?? "",
    digest: payload.digest ?? "",
    version: payload.version ?? "",
    reason: payload.reason ?? "",
    blockedBy: payload.blockedBy ?? deployment.creator?.login ?? "",
    blockedAt: deployment.created_at,
    environment: deployment.environment === BLOCKS_ENVIRONMENT ? undefined : deployment.environment,
  });
}

function withoutUndefined<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;
}
