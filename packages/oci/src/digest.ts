import { createHash } from "node:crypto";
import { UserError } from "@quai/core";

const SHA256_DIGEST = /^sha256:([0-9a-f]{64})$/;

/** The content address OCI and Docker use: `sha256:<hex>`. */
export function sha256Digest(content: Uint8Array): string {
  return `sha256:${createHash("sha256").update(content).digest("hex")}`;
}

/** The sha256 digest of a stream's bytes, hashed as they pass, for blobs too big to hold. */
export async function streamDigest(stream: AsyncIterable<Uint8Array>): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of stream) hash.update(chunk);
  return `sha256:${hash.digest("hex")}`;
}

/** The hex part of a sha256 digest, which names blob files (`blobs/sha256/<hex>`, `<hex>.json`). */
export function digestHex(digest: string): string {
  const hex = SHA256_DIGEST.exec(digest)?.[1];
  if (hex === undefined) throw new UserError(`Not a sha256 digest: ${digest}`);
  return hex;
}
