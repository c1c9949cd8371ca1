import { UserError } from "./errors";
import { formatImageRef, type ImageRef, pinnedImageRef } from "./image-ref";
import { parseVersion, type Version } from "./version";

/** A version of an app bound, forever, to one image digest: what is pushed, promoted and rolled back. */
export interface Release {
  app: string;
  version: Version;
  image: ImageRef & { digest: string };
  commit?: string;
}

export function createRelease(
  app: string,
  version: string | Version,
  image: ImageRef,
  commit?: string,
): Release {
  if (!image.digest) {
    throw new UserError(`A release needs an image digest, and ${formatImageRef(image)} has none`, {
      hint: "Pass the digest output of build-minimal-image or push-versioned, never a moving tag",
    });
  }
  return {
    app,
    version: typeof version === "string" ? parseVersion(version) : version,
    image: { ...image, digest: image.digest },
    commit,
  };
}

/** How a release is run: `registry/repository@sha256:…`, never a tag that can move. */
export function releaseImage(release: Release): string {
  return pinnedImageRef(release.image);
}

/** `app 1.2.0 (sha256:abcdef123456)`, for logs and summaries. */
export function describeRelease(release: Release): string {
  return `${release.app} ${release.version.text} (${release.image.digest.slice(0, 19)})`;
}
