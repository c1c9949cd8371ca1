import { runProcess } from "@quai/core";
import type { SourceInfo } from "./build-image";

/** Runs git in a directory; the seam tests replace. */
export type Git = (args: string[], cwd: string) => Promise<string>;

/** git answers in a second; a minute is a hung credential helper or file system. */
const GIT_TIME_LIMIT_MS = 60_000;

/** The real git; rejects when it exits non-zero. */
export const systemGit: Git = async (args, cwd) => {
  const { exitCode, stdout, stderr } = await runProcess("git", args, { cwd, timeLimitMs: GIT_TIME_LIMIT_MS });
  if (exitCode !== 0) throw new Error(`git ${args.join(" ")} exited with code ${exitCode}: ${stderr.trim()}`);
  return stdout.trim();
};

/**
 * Where the build comes from. The commit time becomes SOURCE_DATE_EPOCH (every timestamp in the
 * image), so the same commit builds the same digest; outside a checkout, SOURCE_DATE_EPOCH from
 * the environment is used, else 0, and the caller is told.
 */
export async function readSourceInfo(
  context: string,
  env: NodeJS.ProcessEnv,
  git: Git = systemGit,
): Promise<SourceInfo & { warning?: string }> {
  const repository = env.GITHUB_REPOSITORY;
  const url = repository ? `${env.GITHUB_SERVER_URL ?? "https://github.com"}/${repository}` : undefined;
  const version = env.GITHUB_REF?.startsWith("refs/tags/")
    ? env.GITHUB_REF.slice("refs/tags/".length)
    : undefined;
  try {
    const [epoch = "", revision = ""] = (await git(["log", "-1", "--format=%ct %H"], context)).split(" ");
    if (/^\d+$/.test(epoch)) return { epoch: Number(epoch), revision, url, version };
  } catch {
    // Not a checkout: fall through.
  }
  const fromEnv = env.SOURCE_DATE_EPOCH;
  if (fromEnv && /^\d+$/.test(fromEnv))
    return { epoch: Number(fromEnv), revision: env.GITHUB_SHA, url, version };
  return {
    epoch: 0,
    revision: env.GITHUB_SHA,
    url,
    version,
    warning: `${context} is not in a git checkout and SOURCE_DATE_EPOCH is unset: the image's timestamps are 1970-01-01`,
  };
}
