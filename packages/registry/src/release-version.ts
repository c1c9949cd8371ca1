import { UserError, type Version, versionFromGitRef } from "@quai/core";

/** The version input, else the version a tag push carries (`refs/tags/v1.2.3` → 1.2.3). */
export function resolveReleaseVersion(given: Version | undefined, gitRef: string | undefined): Version {
  const version = given ?? versionFromGitRef(gitRef);
  if (version) return version;
  throw new UserError(
    `No release version: the version input is empty and ${gitRef || "this run"} is not a version tag`,
    {
      hint: "Set version (e.g. 1.2.3), or run on a push of a tag such as v1.2.3",
    },
  );
}
