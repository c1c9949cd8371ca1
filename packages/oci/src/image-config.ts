import type { Platform } from "@quai/core";
import { type JsonBlob, jsonBlob } from "./descriptor";
import { epochTimestamp } from "./epoch";
import { MEDIA_TYPES } from "./media-types";
import { isRecord, isStringArray } from "./parse-json";

/** How to run the image: the `config` object of an OCI image config, with its field names. */
export type ContainerConfig = {
  User?: string;
  /** KEY=value, in the order the process sees them. */
  Env?: string[];
  Entrypoint?: string[];
  Cmd?: string[];
  WorkingDir?: string;
  Labels?: Record<string, string>;
  /** "8080/tcp" → {}, as the spec writes a set. */
  ExposedPorts?: Record<string, Record<string, never>>;
  StopSignal?: string;
};

export type HistoryEntry = {
  created?: string;
  created_by?: string;
  comment?: string;
  empty_layer?: boolean;
};

/** An OCI image config (also what `docker save` writes, Docker's fields being a superset). */
export type ImageConfig = {
  created?: string;
  architecture: string;
  os: string;
  variant?: string;
  config?: ContainerConfig;
  rootfs: { type: "layers"; diff_ids: string[] };
  history?: HistoryEntry[];
};

/** A layer as the config records it: its diffId, and what made it for `docker history`. */
export interface LayerHistory {
  diffId: string;
  createdBy: string;
  comment?: string;
}

export interface ImageConfigOptions {
  /** SOURCE_DATE_EPOCH, in seconds: when the image and each of its layers count as created. */
  epoch: number;
  /** The platform of the image's files: its base's, or the one built for scratch. */
  platform: Platform;
  config: ContainerConfig;
  /** Base layers first, as they stack. */
  layers: LayerHistory[];
}

/** The image config blob: canonical JSON, so the same options always give the same image ID. */
export function buildImageConfig(options: ImageConfigOptions): JsonBlob {
  const created = epochTimestamp(options.epoch);
  const document: ImageConfig = {
    created,
    architecture: options.platform.architecture,
    os: options.platform.os,
    ...(options.platform.variant ? { variant: options.platform.variant } : {}),
    config: options.config,
    rootfs: { type: "layers", diff_ids: options.layers.map((layer) => layer.diffId) },
    history: options.layers.map((layer) => ({
      created,
      created_by: layer.createdBy,
      comment: layer.comment,
    })),
  };
  return jsonBlob(MEDIA_TYPES.config, document);
}

/** An image config (OCI or Docker), as far as stacking its layers relies on it. */
export function isImageConfig(value: unknown): value is ImageConfig {
  return isRecord(value) && isRecord(value.rootfs) && isStringArray(value.rootfs.diff_ids);
}

/** The platform a config says its image is of; a config that says none is Docker's linux/amd64. */
export function configPlatform(config: Pick<ImageConfig, "os" | "architecture" | "variant">): Platform {
  return { os: config.os ?? "linux", architecture: config.architecture ?? "amd64", variant: config.variant };
}
