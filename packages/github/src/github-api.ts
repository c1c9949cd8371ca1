// The seam to GitHub's REST API: one `request` like octokit's, so the code above it names the
// route it calls ("POST /repos/{owner}/{repo}/deployments") and tests point it at a local server.
import { getOctokit } from "@actions/github";
import { UserError } from "@quai/core";

/** Path, query and body parameters in one object, as octokit takes them. */
export type GitHubParams = Record<string, unknown>;

export interface GitHubResponse<T> {
  status: number;
  data: T;
}

export interface GitHubApi {
  readonly baseUrl: string;
  /** `request("GET /repos/{owner}/{repo}/deployments", { owner, repo, environment })`. */
  request<T = unknown>(route: string, params?: GitHubParams): Promise<GitHubResponse<T>>;
}

/** GitHub answered with an error status; status 0 when it could not be reached at all. */
export class GitHubApiError extends UserError {
  constructor(
    readonly route: string,
    readonly status: number,
    readonly reason: string,
    readonly documentationUrl?: string,
  ) {
    super(`GitHub ${route} failed${status ? ` with ${status}` : ""}: ${reason}`);
    this.name = "GitHubApiError";
  }
}

const PUBLIC_API_URL = "https://api.github.com";

/** The runner's API URL (GitHub Enterprise Server sets its own), else api.github.com. */
export function gitHubApiUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.GITHUB_API_URL || PUBLIC_API_URL;
}

interface OctokitError {
  status?: number;
  message: string;
  response?: { data?: { message?: string; documentation_url?: string } };
}

/** The API behind a token (the job's GITHUB_TOKEN inside Actions). */
export function createGitHubApi(token: string, baseUrl: string = gitHubApiUrl()): GitHubApi {
  const octokit = getOctokit(token, { baseUrl });
  return {
    baseUrl,
    async request<T>(route: string, params: GitHubParams = {}) {
      try {
        const response = await octokit.request(route, params);
        return { status: response.status, data: response.data as T };
      } catch (error) {
        const failure = error as OctokitError;
        const body = failure.response?.data;
        throw new GitHubApiError(
          route,
          failure.status ?? 0,
          body?.message ?? failure.message,
          body?.documentation_url,
        );
      }
    },
  };
}
