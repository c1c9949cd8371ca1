import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { UserError } from "@quai/core";
import { beforeEach, describe, expect, it } from "vitest";
import { planRelease, type ReleaseOptions, release } from "./release";

describe("planRelease", () => {
  it("tags the version and moves the major tag to it", () => {
    expect(planRelease("1.4.0", ["v1.3.0", "v1"])).toMatchObject({ tag: "v1.4.0", majorTag: "v1" });
    expect(planRelease("v2.0.0", ["v1.3.0", "v1"])).toMatchObject({ tag: "v2.0.0", majorTag: "v2" });
  });

  it("leaves the major tag on a higher release of its major, or away from a pre-release", () => {
    const backport = planRelease("1.2.5", ["v1.3.0", "v2.0.0", "v1"]);
    expect([backport.tag, backport.majorTag, backport.majorKept]).toEqual([
      "v1.2.5",
      undefined,
      "v1 stays on the higher v1.3.0",
    ]);
    expect(planRelease("1.3.1", ["v1.3.0", "v2.0.0"]).majorTag).toBe("v1");
    expect(planRelease("2.0.0-rc.1", ["v1.3.0"])).toMatchObject({
      majorKept: "v2 does not follow pre-releases",
    });
  });

  it("refuses a version released already, or one that is not semver", () => {
    expect(() => planRelease("1.3.0", ["v1.3.0"])).toThrowError("v1.3.0 is released already");
    expect(() => planRelease("1.3", [])).toThrowError(/^Invalid version: "1.3" \(not a semantic version\)/);
  });
});

/** The commit a tag of `repository` points at, or undefined. */
function tagged(repository: string, tag: string): string | undefined {
  try {
    return execFileSync("git", ["rev-parse", `refs/tags/${tag}^{commit}`], { cwd: repository, stdio: "pipe" })
      .toString()
      .trim();
  } catch {
    return undefined;
  }
}

describe("release, on a scratch repository with its remote", () => {
  let remote: string;
  let work: string;
  const git = (...args: string[]) =>
    execFileSync("git", args, { cwd: work, stdio: "pipe" }).toString().trim();
  const commit = (file: string) => {
    writeFileSync(join(work, file), `${file}\n`);
    git("add", file);
    git("commit", "--quiet", "--message", file);
    return git("rev-parse", "HEAD");
  };
  const run = (version: string, more: Partial<ReleaseOptions> = {}) =>
    release({
      cwd: work,
      version,
      remote: "origin",
      branch: "main",
      dryRun: false,
      checkDist: async () => {},
      log: () => {},
      ...more,
    });

  beforeEach(() => {
    const root = mkdtempSync(join(tmpdir(), "quai-release-"));
    remote = join(root, "remote.git");
    work = join(root, "work");
    execFileSync("git", ["init", "--quiet", "--bare", remote]);
    execFileSync("git", ["init", "--quiet", "--initial-branch", "main", work]);
    git("config", "user.name", "quai release test");
    git("config", "user.email", "release@quai.invalid");
    git("remote", "add", "origin", remote);
    commit("first");
    git("push", "--quiet", "origin", "main");
  });

  it("with --dry-run, says what it would do and tags nothing", async () => {
    const lines: string[] = [];
    const plan = await run("1.0.0", { dryRun: true, log: (line) => lines.push(line) });
    expect(plan).toMatchObject({ tag: "v1.0.0", majorTag: "v1" });
    expect(lines.at(-1)).toBe("would run: git push --atomic origin refs/tags/v1.0.0 +refs/tags/v1");
    expect(git("tag", "--list")).toBe("");
    expect(git("ls-remote", "--tags", "origin")).toBe("");
  });

  it("pushes the version's tag and the major tag, then moves only the major tag to the next release", async () => {
    const first = git("rev-parse", "HEAD");
    await run("1.0.0");
    expect([tagged(remote, "v1.0.0"), tagged(remote, "v1")]).toEqual([first, first]);

    const second = commit("second");
    git("push", "--quiet", "origin", "main");
    await run("1.1.0");
    expect([tagged(remote, "v1.0.0"), tagged(remote, "v1.1.0"), tagged(remote, "v1")]).toEqual([
      first,
      second,
      second,
    ]);

    // A fix of 1.0 from its commit: v1 stays on 1.1.0.
    git("checkout", "--quiet", first);
    await run("1.0.1");
    expect([tagged(remote, "v1.0.1"), tagged(remote, "v1")]).toEqual([first, second]);
  });

  it("refuses a version the remote has, even when this clone lacks the tag", async () => {
    await run("1.0.0");
    git("tag", "--delete", "v1.0.0", "v1");
    await expect(run("1.0.0")).rejects.toThrowError("v1.0.0 is released already");
  });

  it("refuses before tagging when dist/ is stale, the tree has changes, or the commit is not on the remote's branch", async () => {
    const stale = async () => {
      throw new UserError("A committed dist/ is not the bundle of its sources");
    };
    await expect(run("1.0.0", { checkDist: stale })).rejects.toThrowError(
      "A committed dist/ is not the bundle",
    );

    writeFileSync(join(work, "first"), "changed\n");
    await expect(run("1.0.0")).rejects.toThrowError("The working tree has changes");
    git("checkout", "--quiet", "--", "first");

    const unpushed = commit("unpushed");
    await expect(run("1.0.0")).rejects.toThrowError(`${unpushed} is not on origin/main`);

    expect(git("tag", "--list")).toBe("");
    expect(git("ls-remote", "--tags", "origin")).toBe("");
  });
});
