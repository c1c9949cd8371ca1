import { createRequire as __quaiCreateRequire } from "node:module";
import { dirname as __quaiDirname } from "node:path";
import { fileURLToPath as __quaiFileURLToPath } from "node:url";
const require = __quaiCreateRequire(import.meta.url);
const __filename = __quaiFileURLToPath(import.meta.url);
const __dirname = __quaiDirname(__filename);
import {
  InvalidValueError
} from "./chunk-Q7LP2IUI.js";

// packages/core/src/process-groups.ts
var KILL_GRACE_MS = 5e3;
var running = /* @__PURE__ */ new Set();
var killsOnExit = false;
function stopChildProcesses() {
  for (const child of running) stopProcessGroup(child);
}
function trackProcessGroup(child) {
  if (child.pid === void 0) return;
  if (!killsOnExit) process.once("exit", killAll);
  killsOnExit = true;
  running.add(child);
  child.once("close", () => running.delete(child));
}
function killAll() {
  for (const child of running) signalGroup(child, "SIGKILL");
}
function stopProcessGroup(child) {
  signalGroup(child, "SIGTERM");
  const escalation = setTimeout(() => signalGroup(child, "SIGKILL"), KILL_GRACE_MS);
  escalation.unref();
  child.once("close", () => clearTimeout(escalation));
}
function signalGroup(child, signal) {
  try {
    if (child.pid !== void 0) process.kill(-child.pid, signal);
  } catch {
  }
}

// packages/core/src/image-ref.ts
var DOCKER_HUB = "docker.io";
var PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
var TAG = /^[\w][\w.-]{0,127}$/;
var DIGEST = /^sha256:[a-f0-9]{64}$/;
var REGISTRY = /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\[[0-9a-fA-F:]+\])(?::[0-9]+)?$/;
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
  stopChildProcesses,
  trackProcessGroup,
  stopProcessGroup,
  DOCKER_HUB,
  parseImageRef,
  lowerCaseImageName,
  formatImageRef,
  isLoopbackRegistry
};
