import { createRequire as __quaiCreateRequire } from "node:module";
import { dirname as __quaiDirname } from "node:path";
import { fileURLToPath as __quaiFileURLToPath } from "node:url";
const require = __quaiCreateRequire(import.meta.url);
const __filename = __quaiFileURLToPath(import.meta.url);
const __dirname = __quaiDirname(__filename);
import {
  InvalidValueError,
  UserError
} from "./chunk-UQTKVT6Y.js";

// packages/core/src/resource-labels.ts
import { randomBytes } from "node:crypto";
var RUN_ID_LABEL = "io.github.quai.run-id";
var ACTION_LABEL = "io.github.quai.action";
function newRunId(env = process.env) {
  const run = env.GITHUB_RUN_ID ? `${env.GITHUB_RUN_ID}-${env.GITHUB_RUN_ATTEMPT ?? "1"}` : "local";
  return `${run}-${randomBytes(4).toString("hex")}`;
}
function runLabels(runId, action) {
  return { [RUN_ID_LABEL]: runId, [ACTION_LABEL]: action };
}

// packages/core/src/workspace-path.ts
import { lstatSync, realpathSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
function workspaceDir() {
  return resolve(process.env.GITHUB_WORKSPACE || process.cwd());
}
function workspacePath(input, value, options = {}) {
  const workspace = workspaceDir();
  const path = resolve(workspace, value);
  const real = realPath(path);
  const given = options.given ?? value;
  if (real === void 0) {
    throw new InvalidValueError(input, given, "it is a symbolic link that leads nowhere", {
      hint: "Point it at the file or folder itself"
    });
  }
  const roots = allowedRoots(options);
  if (isWithin(realPath(workspace) ?? workspace, real)) return path;
  if (isAbsolute(value) && roots.some((root) => isWithin(realPath(root) ?? root, real))) return path;
  const where = real === path ? "outside the workspace" : `it leads to ${real}, outside the workspace`;
  const elsewhere = roots.length > 0 ? `, or an absolute path under ${roots.join(" or ")}` : "";
  throw new InvalidValueError(input, given, where, {
    hint: `Give a path inside the workspace (${workspace})${elsewhere}`
  });
}
function isWithin(root, path) {
  const inside = relative(root, path);
  return inside === "" || inside !== ".." && !inside.startsWith(`..${sep}`) && !isAbsolute(inside);
}
function shownPath(path, workspace) {
  return isWithin(workspace, path) ? relative(workspace, path) || "." : path;
}
function realPath(path) {
  try {
    return realpathSync(path);
  } catch {
    if (exists(path)) return void 0;
    const parent = dirname(path);
    if (parent === path) return path;
    const realParent = realPath(parent);
    return realParent === void 0 ? void 0 : join(realParent, basename(path));
  }
}
function exists(path) {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}
function allowedRoots(options) {
  const runnerTemp = options.allowRunnerTemp ? process.env.RUNNER_TEMP : void 0;
  return [...runnerTemp ? [resolve(runnerTemp)] : [], ...options.allowUnder ?? []];
}

// packages/core/src/duration.ts
var DURATION_PATTERN = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h)?$/;
var UNIT_MS = { ms: 1, s: 1e3, m: 6e4, h: 36e5 };
var DURATION_EXAMPLE = "a duration such as 90s, 5m or 1h";
function parseDuration(text) {
  const match = text.trim().match(DURATION_PATTERN);
  if (!match?.[1]) return void 0;
  return Math.round(Number(match[1]) * (UNIT_MS[match[2] ?? "s"] ?? 1e3));
}

// packages/core/src/environment.ts
var ENVIRONMENT_NAME = /^[a-z][a-z0-9-]{0,62}$/;
function validateEnvironmentName(name, input = "environment") {
  if (!ENVIRONMENT_NAME.test(name)) {
    throw new InvalidValueError(input, name, "lower-case letters, digits and dashes, starting with a letter");
  }
  return name;
}
function promotionOrder(environments) {
  const byName = /* @__PURE__ */ new Map();
  for (const environment of environments) {
    validateEnvironmentName(environment.name, "environment name");
    if (byName.has(environment.name))
      throw new UserError(`Environment ${environment.name} is declared twice`);
    byName.set(environment.name, environment);
  }
  for (const environment of environments) {
    if (environment.after !== void 0 && !byName.has(environment.after)) {
      throw new UserError(
        `Environment ${environment.name} comes after ${environment.after}, which is not declared`,
        {
          hint: `Declare ${environment.after} or remove the after: key`
        }
      );
    }
  }
  const ordered = [];
  const placed = /* @__PURE__ */ new Set();
  const place = (environment, path) => {
    if (placed.has(environment.name)) return;
    if (path.includes(environment.name)) {
      throw new UserError(`Environments form a cycle: ${[...path, environment.name].join(" \u2192 ")}`);
    }
    const before = environment.after === void 0 ? void 0 : byName.get(environment.after);
    if (before) place(before, [...path, environment.name]);
    placed.add(environment.name);
    ordered.push(environment);
  };
  for (const environment of environments) place(environment, []);
  return ordered;
}

// packages/core/src/image-ref.ts
var DOCKER_HUB = "docker.io";
var PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
var TAG = /^[\w][\w.-]{0,127}$/;
var DIGEST = /^sha256:[a-f0-9]{64}$/;
var REGISTRY = /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\[[0-9a-fA-F:]+\])(?::[0-9]+)?$/;
function isDigest(value) {
  return DIGEST.test(value);
}
function isValidTag(value) {
  return TAG.test(value);
}
function shortDigest(digest) {
  return digest.slice(0, "sha256:".length + 12);
}
var IMAGE_REF_HINT = "Use the form registry/namespace/name:tag or registry/namespace/name@sha256:<64 hex>";
function parseImageRef(text, input = "image", hint = IMAGE_REF_HINT) {
  const value = text.trim();
  const invalid = (why) => new InvalidValueError(input, text, why, { hint });
  if (value === "") throw invalid("it is empty");
  let rest = value;
  let digest;
  const at = rest.indexOf("@");
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST.test(digest)) throw invalid(`"${digest}" is not a sha256 digest`);
  }
  let tag;
  const lastSlash = rest.lastIndexOf("/");
  const colon = rest.lastIndexOf(":");
  if (colon > lastSlash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG.test(tag)) throw invalid(`"${tag}" is not a valid tag`);
  }
  const parts = rest.split("/");
  let registry = DOCKER_HUB;
  const first = parts[0] ?? "";
  if (parts.length > 1 && (first.includes(".") || first.includes(":") || first === "localhost")) {
    registry = first;
    parts.shift();
    if (!REGISTRY.test(registry)) throw invalid(`"${registry}" is not a registry host`);
  }
  if (parts.length === 0 || parts.some((part) => !PATH_COMPONENT.test(part))) {
    throw invalid("the repository must be lower-case path components separated by /");
  }
  if (registry === DOCKER_HUB && parts.length === 1) parts.unshift("library");
  return { registry, repository: parts.join("/"), tag, digest };
}
function lowerCaseImageName(text) {
  const at = text.indexOf("@");
  const name = at >= 0 ? text.slice(0, at) : text;
  const colon = name.lastIndexOf(":");
  const end = colon > name.lastIndexOf("/") ? colon : name.length;
  return text.slice(0, end).toLowerCase() + text.slice(end);
}
function imageName(ref) {
  return `${ref.registry}/${ref.repository}`;
}
function formatImageRef(ref) {
  return `${imageName(ref)}${ref.tag ? `:${ref.tag}` : ""}${ref.digest ? `@${ref.digest}` : ""}`;
}
function isLoopbackRegistry(registry) {
  const host = registry.replace(/:[0-9]+$/, "").replace(/^\[|\]$/g, "");
  return host === "localhost" || host === "::1" || /^127\.\d+\.\d+\.\d+$/.test(host);
}

export {
  DURATION_PATTERN,
  DURATION_EXAMPLE,
  parseDuration,
  validateEnvironmentName,
  promotionOrder,
  DOCKER_HUB,
  isDigest,
  isValidTag,
  shortDigest,
  parseImageRef,
  lowerCaseImageName,
  formatImageRef,
  isLoopbackRegistry,
  RUN_ID_LABEL,
  newRunId,
  runLabels,
  workspaceDir,
  workspacePath,
  shownPath
};
