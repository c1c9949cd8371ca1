import { canonicalJson, type JsonValue } from "./canonical-json";
import { sha256Digest } from "./digest";
import { isRecord } from "./parse-json";

/**
 * An OCI content descriptor: what a blob is, its address, and its length in bytes. (JSON documents
 * are type aliases, not interfaces, so that they fit JsonValue.)
 */
export type Descriptor = {
  mediaType: string;
  digest: string;
  size: number;
  annotations?: Record<string, string>;
};

/** A JSON document as it is stored (the exact bytes its digest covers), with its descriptor. */
export interface JsonBlob {
  bytes: Buffer;
  descriptor: Descriptor;
}

export function descriptorOf(mediaType: string, content: Uint8Array): Descriptor {
  return { mediaType, digest: sha256Digest(content), size: content.byteLength };
}

/** Serialises a document canonically, so the same document always has the same digest. */
export function jsonBlob(mediaType: string, document: JsonValue): JsonBlob {
  const bytes = Buffer.from(canonicalJson(document), "utf8");
  return { bytes, descriptor: descriptorOf(mediaType, bytes) };
}

export function isDescriptor(value: unknown): value is Descriptor {
  return (
    isRecord(value) &&
    typeof value.mediaType === "string" &&
    typeof value.digest === "string" &&
    Number.isSafeInteger(value.size)
  );
}
