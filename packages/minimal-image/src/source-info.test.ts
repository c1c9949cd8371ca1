import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { describe, expect, it } from "vitest";
import { readSourceInfo, systemGit } from "./source-info";

describe("readSourceInfo", () => {
  const env = {
    GITHUB_REPOSITORY: "acme/shop",
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_REF: "refs/tags/v1.2.0",
  };

  it("takes the commit time and hash from git", async () => {
    const info = await readSourceInfo("/src", env, async (args, cwd) => {
      expect([args, cwd]).toEqual([["log", "-1", "--format=%ct %H"], "/src"]);
      return "1763800000 8c2b1f6a9d3e4c5b6a7f8e9d0c1b2a3f4e5d6c7b";
    });
    expect(info).toEqual({
      epoch: 1763800000,
      revision: "8c2b1f6a9d3e4c5b6a7f8e9d0c1b2a3f4e5d6c7b",
      url: "https://github.com/acme/shop",
      version: "v1.2.0",
    });
  });

  it("falls back to SOURCE_DATE_EPOCH outside a checkout", async () => {
    const info = await readSourceInfo(
      "/src",
      { SOURCE_DATE_EPOCH: "1700000000", GITHUB_SHA: "abc" },
      async () => {
        throw new Error("fatal: not a git repository");
      },
    );
    expect(info).toMatchObject({ epoch: 1700000000, revision: "abc" });
    expect(info.warning).toBeUndefined();
  });

  it("uses 0 and says so when it has neither", async () => {
    const info = await readSourceInfo("/src", {}, async () => "");
    expect(info.epoch).toBe(0);
    expect(info.warning).toMatch(/timestamps are 1970-01-01/);
  });
});

describe("systemGit", () => {
  it("answers in a checkout and rejects outside one", async () => {
    expect(await systemGit(["rev-parse", "--is-inside-work-tree"], import.meta.dirname)).toBe("true");
    await expect(
      systemGit(["rev-parse", "--is-inside-work-tree"], mkdtempSync(`${tmpdir()}/quai-no-git-`)),
    ).rejects.toThrowError(
      /^git rev-parse --is-inside-work-tree exited with code 128: fatal: not a git repository/,
    );
  });
});
