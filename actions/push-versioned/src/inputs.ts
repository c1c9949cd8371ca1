import { type ImageRef, isDigest, UserError, type Version } from "@quai/core";
import type { InputReader } from "@quai/github";

/** The inputs of action.yml, by their names there. */
export interface Inputs {
  /** Absolute: inside the workspace, or under RUNNER_TEMP when given absolute. */
  "oci-layout"?: string;
  image?: string;
  source?: ImageRef;
  repository: ImageRef;
  version?: Version;
  tags: string[];
  username?: string;
  password?: string;
  /** Absolute: inside the workspace, or under RUNNER_TEMP when given absolute. */
  sbom?: string;
  "insecure-registries": string[];
}

export function readInputs(read: InputReader): Inputs {
  const inputs: Inputs = {
    "oci-layout": read.path("oci-layout", { allowRunnerTemp: true }),
    image: read.optional("image"),
    source: read.optional("source") === undefined ? undefined : read.image("source"),
    repository: read.repository("repository"),
    version: read.version("version"),
    tags: read.list("tags"),
    username: read.optional("username"),
    password: read.secret("password"),
    sbom: read.path("sbom", { allowRunnerTemp: true }),
    "insecure-registries": read.list("insecure-registries"),
  };
  const origins = [inputs["oci-layout"], inputs.image, inputs.source].filter(Boolean);
  if (origins.length !== 1) {
    throw new UserError("Set exactly one of oci-layout, image and source", {
      hint: "oci-layout pushes a build, image a local engine image, source promotes a pushed release",
    });
  }
  if (inputs.source && !(inputs.source.digest && isDigest(inputs.source.digest))) {
    throw new UserError("source must name a release by digest (registry/repo@sha256:…)", {
      hint: "Promotion copies exact bytes; a tag could have moved",
    });
  }
  if ((inputs.username === undefined) !== (inputs.password === undefined)) {
    throw new UserError("Set both username and password, or neither", {
      hint: "Without them the runner's Docker config is used, else anonymous access",
    });
  }
  if (inputs.repository.tag || inputs.repository.digest) {
    throw new UserError("repository is registry/namespace/name, without a tag or digest", {
      hint: "Tags come from version and tags",
    });
  }
  return inputs;
}
