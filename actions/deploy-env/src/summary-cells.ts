import { imagePageUrl, isValidTag, parseImageRef, shortDigest } from "@quai/core";
import type { DeploymentRecord, ReleaseToRun, ServingRelease } from "@quai/deploy";
import { type Cell, code, html, link } from "@quai/github";

// The cells both job summaries, of a success and of a failure, show of a release.

export function servingRelease(serving: ServingRelease): Cell {
  return html`${serving.version} (${code(shortDigest(serving.digest))})`;
}

/** The image, linked to its registry's page when quai knows where that is. */
export function imageLink(release: ReleaseToRun): Cell {
  const ref = parseImageRef(release.image);
  // A release deployed by digest alone is named by its digest, which is no tag.
  const tag = isValidTag(release.version) ? release.version : undefined;
  return link(imagePageUrl({ ...ref, tag }), code(release.image));
}

export function deploymentLink(deployment: DeploymentRecord): Cell {
  return link(deployment.pageUrl, `#${deployment.id} (${deployment.status})`);
}
