/**
 * Releases quai: the tag vX.Y.Z on the commit checked out, and the major tag vX that users'
 * `uses: quai-dev/quai/actions/<name>@vX` follows, moved to it when it is the highest stable X.*.
 *   npm run release -- 1.4.0 --dry-run   check everything and print the git commands, tag nothing
 *   npm run release -- 1.4.0             check, tag, and push both tags to origin at once
 * Options: --remote <name> (origin), --branch <name> (main: the commit must be on it there).
 * Before tagging: a clean tree, the commit on the remote's branch, a version not released yet,
 * and each action's committed dist/ equal to a fresh bundle (check-dist).
 */
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import {
  compareVersions,
  highestStableVersion,
  parseVersion,
  runProcess,
  UserError,
  type Version,
  versionOfTag,
} from "@quai/core";

export interface ReleasePlan {
  version: Version;
  /** `v1.4.0`: never moved once pushed. */
  tag: string;
  /** `v1`, when this release becomes what it points at; undefined for a pre-release or a backport. */
  majorTag?: string;
  /** Why the major tag stays where it is, when it does. */
  majorKept?: string;
}

/** What to tag, given the version asked for and every tag the local and the remote repository hold. */
export function planRelease(versionText: string, existingTags: Iterable<string>): ReleasePlan {
  const version = parseVersion(versionText);
  const tag = `v${version.text}`;
  const tags = [...existingTags];
  if (tags.includes(tag)) {
    throw new UserError(`${tag} is released already`, {
      hint: "A release is never moved: release the next version instead",
    });
  }
  const majorTag = `v${version.major}`;
  if (version.prerelease) return { version, tag, majorKept: `${majorTag} does not follow pre-releases` };
  const sameMajor = tags.filter((existing) => versionOfTag(existing)?.major === version.major);
  const highest = highestStableVersion(sameMajor);
  if (highest && compareVersions(highest, version) > 0) {
    return { version, tag, majorKept: `${majorTag} stays on the higher v${highest.text}` };
  }
  return { version, tag, majorTag };
}

export interface ReleaseOptions {
  /** The repository to release, checked out at the commit to tag. */
  cwd: string;
  version: string;
  remote: string;
  /** The branch of the remote the commit must be on. */
  branch: string;
  dryRun: boolean;
  /** Fails when a committed dist/ is not the bundle of its sources. */
  checkDist: () => Promise<void>;
  log: (line: string) => void;
}

export async function release(options: ReleaseOptions): Promise<ReleasePlan> {
  const { cwd, remote, branch, log } = options;
  const git = (...args: string[]) => runGit(cwd, args);
  if ((await git("status", "--porcelain")) !== "") {
    throw new UserError("The working tree has changes", {
      hint: "Commit or stash them: a release tags exactly what is committed",
    });
  }
  const commit = await git("rev-parse", "HEAD");
  await git("fetch", "--quiet", remote, branch);
  const onBranch = await runProcess("git", ["merge-base", "--is-ancestor", commit, "FETCH_HEAD"], { cwd });
  if (onBranch.exitCode !== 0) {
    throw new UserError(`${commit} is not on ${remote}/${branch}`, {
      hint: `Push it to ${branch} first (through its pull request): a release is a commit everyone can see`,
    });
  }
  const tags = [...(await localTags(cwd)), ...(await remoteTags(cwd, remote))];
  const plan = planRelease(options.version, tags);
  await options.checkDist();

  const message = `quai ${plan.tag}`;
  const commands = [
    ["tag", "--annotate", "--message", message, plan.tag, commit],
    ...(plan.majorTag ? [["tag", "--force", "--annotate", "--message", message, plan.majorTag, commit]] : []),
    // Both tags or neither; only the major tag may replace what the remote has.
    [
      "push",
      "--atomic",
      remote,
      `refs/tags/${plan.tag}`,
      ...(plan.majorTag ? [`+refs/tags/${plan.majorTag}`] : []),
    ],
  ];
  log(`Releasing ${plan.tag} at ${commit}${plan.majorKept ? ` (${plan.majorKept})` : ""}`);
  for (const command of commands) {
    log(`${options.dryRun ? "would run" : "running"}: git ${command.join(" ")}`);
    if (!options.dryRun) await git(...command);
  }
  return plan;
}

async function runGit(cwd: string, args: readonly string[]): Promise<string> {
  const result = await runProcess("git", args, { cwd });
  if (result.exitCode !== 0) {
    throw new UserError(
      `git ${args.join(" ")} failed: ${result.stderr.trim() || `exit code ${result.exitCode}`}`,
    );
  }
  return result.stdout.trim();
}

async function localTags(cwd: string): Promise<string[]> {
  return (await runGit(cwd, ["tag", "--list"])).split("\n").filter(Boolean);
}

/** The remote's tags (`refs/tags/v1.2.3` and their peeled `^{}` lines, once each). */
async function remoteTags(cwd: string, remote: string): Promise<string[]> {
  const lines = (await runGit(cwd, ["ls-remote", "--tags", remote])).split("\n").filter(Boolean);
  return [...new Set(lines.map((line) => line.replace(/^\S+\s+refs\/tags\//, "").replace(/\^\{\}$/, "")))];
}

/** npm run check-dist in the repository: every action's dist/ as committed must equal a fresh bundle. */
async function checkDistIn(cwd: string, log: (line: string) => void): Promise<void> {
  log("check-dist: bundling every action to compare with its committed dist/");
  const result = await runProcess("npm", ["run", "--silent", "check-dist"], { cwd, onLine: log });
  if (result.exitCode !== 0) {
    throw new UserError("A committed dist/ is not the bundle of its sources", {
      hint: "Run npm run build, commit the dist/ it changes (through its pull request), then release",
    });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      "dry-run": { type: "boolean", default: false },
      remote: { type: "string", default: "origin" },
      branch: { type: "string", default: "main" },
    },
  });
  const [version] = positionals;
  const cwd = fileURLToPath(new URL("..", import.meta.url));
  const log = (line: string) => console.log(line);
  try {
    if (!version || positionals.length > 1) {
      throw new UserError("Say which version to release", {
        hint: "npm run release -- 1.4.0 [--dry-run] [--remote origin] [--branch main]",
      });
    }
    await release({
      cwd,
      version,
      remote: values.remote,
      branch: values.branch,
      dryRun: values["dry-run"],
      checkDist: () => checkDistIn(cwd, log),
      log,
    });
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    console.error(`release: ${error.summary}`);
    process.exitCode = 1;
  }
}
