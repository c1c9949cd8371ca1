import { createRequire as __quaiCreateRequire } from "node:module";
import { dirname as __quaiDirname } from "node:path";
import { fileURLToPath as __quaiFileURLToPath } from "node:url";
const require = __quaiCreateRequire(import.meta.url);
const __filename = __quaiFileURLToPath(import.meta.url);
const __dirname = __quaiDirname(__filename);
import {
  DOCKER_HUB,
  formatImageRef,
  isLoopbackRegistry,
  parseImageRef,
  stopProcessGroup,
  trackProcessGroup
} from "./chunk-R5CRJEGZ.js";
import {
  BASE_NAME_ANNOTATION,
  DOCKER_MANIFEST_LIST,
  MEDIA_TYPES,
  buildImageConfig,
  buildManifest,
  configPlatform,
  createLayer,
  digestHex,
  dockerArchive,
  isIndexMediaType,
  layerOfArchive,
  loadImage,
  normalizeTar,
  readTarEntries,
  readTarFile,
  sha256Digest,
  tarFromEntries,
  writeOciLayout
} from "./chunk-5BINJG6W.js";
import {
  Demultiplexer,
  engineHostProblem,
  followProgress,
  imageStoreOf,
  orUndefinedWhenMissing,
  readEngineImage,
  registryMirrorsOf,
  require_ignore
} from "./chunk-EDH2WOW3.js";
import {
  RUN_ID_LABEL,
  formatBytes,
  formatDuration,
  runLabels
} from "./chunk-CHJJPP7J.js";
import {
  InvalidValueError,
  UserError,
  __toESM,
  formatPlatform,
  logTailNote,
  logTailTitle,
  samePlatform
} from "./chunk-Q7LP2IUI.js";

// packages/core/src/child-process.ts
import { spawn } from "node:child_process";
import { constants } from "node:os";
var NOT_INSTALLED = 127;
var DEFAULT_TIME_LIMIT_MS = 10 * 6e4;
var TimeLimitError = class extends UserError {
  constructor(what, limitMs) {
    super(`${what} was stopped after its time limit of ${formatDuration(limitMs)}`, {
      hint: "Its last lines in the log say where it got stuck; quai stops what runs that long so that nothing outlives the step"
    });
    this.what = what;
    this.limitMs = limitMs;
    this.name = "TimeLimitError";
  }
  what;
  limitMs;
};
function runProcess(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env,
      stdio: ["ignore", "pipe", "pipe"],
      detached: true
    });
    trackProcessGroup(child);
    const stdout = lineCollector(child.stdout, options.onLine);
    const stderr = lineCollector(child.stderr, options.onLine);
    const stop = () => stopProcessGroup(child);
    const limitMs = options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS;
    let timedOut = false;
    const limit = setTimeout(() => {
      timedOut = true;
      stop();
    }, limitMs);
    if (options.signal?.aborted) stop();
    options.signal?.addEventListener("abort", stop, { once: true });
    const settle = () => {
      clearTimeout(limit);
      options.signal?.removeEventListener("abort", stop);
    };
    child.once("error", (error) => {
      settle();
      if (error.code !== "ENOENT") return reject(error);
      resolve({ exitCode: NOT_INSTALLED, stdout: "", stderr: `${command}: command not found` });
    });
    child.once("close", (code, signal) => {
      settle();
      if (timedOut) return reject(new TimeLimitError(options.what ?? [command, ...args].join(" "), limitMs));
      const exitCode = code ?? 128 + (signal ? constants.signals[signal] : 0);
      resolve({ exitCode, stdout: stdout.text(), stderr: stderr.text() });
    });
  });
}
function lineCollector(stream, onLine) {
  let text = "";
  let partial = "";
  stream?.setEncoding("utf8");
  stream?.on("data", (chunk) => {
    text += chunk;
    const lines = (partial + chunk).split("\n");
    partial = lines.pop() ?? "";
    for (const line of lines) onLine?.(line.replace(/\r$/, ""));
  });
  stream?.on("end", () => {
    if (partial) onLine?.(partial.replace(/\r$/, ""));
    partial = "";
  });
  return { text: () => text };
}

// packages/core/src/poll.ts
var systemClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms))
};
async function retry(operation, options) {
  const clock = options.clock ?? systemClock;
  let interval = options.intervalMs;
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation();
    } catch (error) {
      if (attempt >= options.attempts || !options.isRetryable(error)) {
        if (attempt > 1 && error instanceof Error) {
          error.message = `${error.message} (after ${attempt} tries at ${options.what})`;
        }
        throw error;
      }
    }
    await clock.sleep(interval);
    interval = Math.min(interval * (options.backoff ?? 1), options.maxIntervalMs ?? Number.POSITIVE_INFINITY);
  }
}

// packages/minimal-image/src/image-filesystem.ts
var WHITEOUT_PREFIX = ".wh.";
var OPAQUE_WHITEOUT = ".wh..wh..opq";
function normalizeImagePath(path) {
  const trimmed = path.replace(/^(?:\.?\/)+/, "").replace(/\/+$/, "");
  return trimmed === "." ? "" : trimmed;
}
function isAtOrUnder(path, root) {
  return path === root || path.startsWith(`${root}/`);
}
function hasContent(file) {
  return file.type === "file" || file.type === "hardlink";
}
function mergeLayers(layers) {
  const entries = /* @__PURE__ */ new Map();
  layers.forEach((layer, index) => {
    const listed = layer.files.map((file) => ({
      file: { ...file, path: normalizeImagePath(file.path), layer: index },
      sourcePath: file.path
    })).filter(({ file }) => file.path !== "");
    const [whiteouts, additions] = partition(
      listed,
      ({ file }) => baseName(file.path).startsWith(WHITEOUT_PREFIX)
    );
    for (const { file } of whiteouts) removeWhitedOut(entries, file.path);
    for (const entry of additions) entries.set(entry.file.path, entry);
  });
  const sorted = [...entries.values()].map(({ file }) => file).sort((a, b) => a.path < b.path ? -1 : 1);
  return {
    files: () => [...sorted],
    get: (path) => entries.get(normalizeImagePath(path))?.file,
    read: (path) => {
      const entry = entries.get(normalizeImagePath(path));
      if (entry === void 0) return void 0;
      const { file, sourcePath } = entry;
      const contentPath = file.type === "hardlink" && file.linkname !== void 0 ? file.linkname : sourcePath;
      return layers[file.layer]?.read(contentPath);
    },
    layerOf: (path) => {
      const file = entries.get(normalizeImagePath(path))?.file;
      return file === void 0 ? void 0 : layers[file.layer];
    }
  };
}
function removeWhitedOut(entries, whiteoutPath) {
  const directory = parentOf(whiteoutPath);
  const name = baseName(whiteoutPath);
  const hides = name === OPAQUE_WHITEOUT ? (path) => directory === "" || path.startsWith(`${directory}/`) : (path) => isAtOrUnder(path, joinPath(directory, name.slice(WHITEOUT_PREFIX.length)));
  for (const path of entries.keys()) {
    if (hides(path)) entries.delete(path);
  }
}
function partition(items, predicate) {
  return [items.filter(predicate), items.filter((item) => !predicate(item))];
}
function baseName(path) {
  return path.slice(path.lastIndexOf("/") + 1);
}
function parentOf(path) {
  const slash = path.lastIndexOf("/");
  return slash === -1 ? "" : path.slice(0, slash);
}
function joinPath(root, relative) {
  return root === "" ? relative : `${root}/${relative}`;
}

// packages/minimal-image/src/node-dev-dependencies.ts
function nodeDevOnlyPaths(packageLockJson, appRoot) {
  const root = normalizeImagePath(appRoot);
  const devOnly = Object.entries(readLockfilePackages(packageLockJson)).filter(([key, entry]) => isInstalledPackage(key) && entry?.dev === true && entry.devOptional !== true).map(([key]) => joinPath(root, key)).sort();
  return devOnly.filter((path) => !devOnly.some((other) => other !== path && isAtOrUnder(path, other)));
}
function readLockfilePackages(packageLockJson) {
  let lockfile;
  try {
    lockfile = JSON.parse(packageLockJson);
  } catch (error) {
    throw new UserError("package-lock.json is not valid JSON", {
      hint: "Regenerate it with `npm install --package-lock-only`",
      cause: error
    });
  }
  const packages = lockfile?.packages;
  if (typeof packages !== "object" || packages === null) {
    const version = lockfile?.lockfileVersion ?? "unknown";
    throw new UserError(
      `package-lock.json (lockfileVersion ${String(version)}) has no "packages" map to tell dev-only packages apart`,
      {
        hint: "Regenerate the lockfile with npm 7 or later (`npm install --package-lock-only`) and commit it"
      }
    );
  }
  return packages;
}
function isInstalledPackage(key) {
  return /(?:^|\/)node_modules\//.test(key);
}

// packages/minimal-image/src/audit.ts
var MIB = 1024 * 1024;
var ADDED_SIZE_WARNING = 100 * MIB;
var ADDED_FILE_WARNING = 25 * MIB;
var LISTED_PATHS = 10;
function auditImage(input) {
  const { filesystem } = input;
  const contents = filesystem.files().filter((file) => file.type !== "directory");
  const added = contents.filter((file) => filesystem.layerOf(file.path)?.fromBase !== true);
  const largest = largestFiles(added);
  const addedSize = sumSizes(added);
  const setuid = setuidPaths(contents, filesystem);
  const describeBits = (path) => `${path} (${specialBits(filesystem.get(path)?.mode ?? 0)})`;
  const failures = [
    rootUserFinding(input.user),
    finding("compiler", "Compilers in the image", matchingPaths(contents, COMPILERS)),
    finding("package-manager-cache", "Package manager caches in the image", cachePaths(contents, filesystem)),
    finding("git", "Git repositories in the image", matchingPaths(added, [GIT_DIRECTORY])),
    finding("dev-dependency", "Dev-only dependencies in the image", devDependencies(input, contents)),
    finding("secret", "Files that look like secrets in the image", secretPaths(added, filesystem)),
    finding("setuid", "Setuid or setgid files added to the image", setuid.added, describeBits)
  ];
  const warnings = [
    // A warning, not a failure: the lists are indexes that let apt install more, not packages or
    // credentials, and some base images ship with them. They still cost tens of MiB.
    finding("package-manager-cache", "apt package lists in the image", aptListPaths(contents)),
    finding("setuid", "Setuid or setgid files from the base image", setuid.base, describeBits),
    finding(
      "setuid",
      "Setuid or setgid files in the Dockerfile's layers (its FROM image's or its steps')",
      setuid.dockerfile,
      describeBits
    ),
    ...sizeFindings(added, addedSize, largest, filesystem)
  ];
  return {
    failures: failures.filter(isFinding),
    warnings: warnings.filter(isFinding),
    largest,
    totalSize: sumSizes(contents),
    addedSize
  };
}
function formatAuditReport(report) {
  const verdict = report.failures.length === 0 ? `Audit passed${report.warnings.length === 0 ? "" : ` with ${count(report.warnings.length, "warning")}`}` : `Audit failed: ${count(report.failures.length, "problem")}`;
  return [
    `Image size ${formatBytes(report.totalSize)}, of which ${formatBytes(report.addedSize)} added over the base image`,
    ...report.largest.length === 0 ? [] : ["Largest added files:"],
    ...report.largest.map(({ path, size }) => `  ${formatBytes(size).padStart(9)}  ${path}`),
    ...report.failures.flatMap((failure) => formatFinding("Failure", failure)),
    ...report.warnings.flatMap((warning) => formatFinding("Warning", warning)),
    verdict
  ];
}
var RULE_HINTS = {
  "root-user": "Set a non-root user, e.g. USER 10001:10001",
  compiler: "Compile in a build stage and copy only its output, on a runtime base without a toolchain",
  "package-manager-cache": "Clean up in the step that fills it: npm cache clean --force, pip install --no-cache-dir, rm -rf /var/lib/apt/lists/*",
  git: "Add .git to .dockerignore",
  "dev-dependency": "Install production dependencies only: npm ci --omit=dev",
  secret: "Keep it out of the build context (.dockerignore), pass it at run time, and rotate it if the image was pushed",
  setuid: "Whoever runs them gets their owner's rights: clear the bits where the file is added (chmod a-s FILE), or pick a base without such files (distroless has none)",
  size: "Look at the largest files: data and build leftovers belong outside the image"
};
function formatFinding(kind, { rule, message }) {
  return [`${kind} (${rule}): ${message}`, `  ${RULE_HINTS[rule]}`];
}
function isFinding(finding2) {
  return finding2 !== void 0;
}
function finding(rule, label, paths, describe = (path) => path) {
  if (paths.length === 0) return void 0;
  const shown = paths.slice(0, LISTED_PATHS).map(describe).join(", ");
  const rest = paths.length > LISTED_PATHS ? ` and ${paths.length - LISTED_PATHS} more` : "";
  return { rule, message: `${label}: ${shown}${rest} (${count(paths.length, "path")})`, paths };
}
function count(n, noun) {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
function rootUserFinding(user) {
  const name = user.trim().split(":")[0];
  if (name !== "" && name !== "0" && name !== "root") return void 0;
  const why = user.trim() === "" ? "the image config sets no User" : `User is ${JSON.stringify(user)}`;
  return { rule: "root-user", message: `The image runs as root: ${why}`, paths: [] };
}
function anywhere(pattern) {
  return new RegExp(`^(?:.*?/)?${pattern}(?=/|$)`);
}
var COMPILERS = [
  // gcc, g++, cc, c++, clang, clang++: plain, versioned (gcc-12) or with a target (x86_64-linux-gnu-gcc-12)
  /^usr\/(?:local\/)?bin\/(?:[\w-]+-linux-\w+-)?(?:gcc|g\+\+|cc|c\+\+|clang|clang\+\+)(?:-[\d.]+)?$/,
  // The compilers proper behind the gcc driver, which stay when only the driver is removed
  /^usr\/(?:lib|libexec)\/gcc\/[^/]+\/[^/]+\/cc1\w*$/,
  /^(?:.*\/)?bin\/rustc$/,
  /^usr\/local\/go\/bin\/go$/,
  /^(?:.*\/)?bin\/javac$/
];
var GIT_DIRECTORY = anywhere(String.raw`\.git`);
var CACHE_DIRECTORIES = [
  anywhere(String.raw`\.npm/_cacache`),
  // pip, and yarn v1 (usr/local/share/.cache/yarn when it runs as root in the node images)
  anywhere(String.raw`\.cache/(?:pip|yarn)`),
  // yarn berry: the global cache and a project's own
  anywhere(String.raw`\.yarn/(?:berry/)?cache`),
  anywhere(String.raw`\.pnpm-store`),
  anywhere(String.raw`\.local/share/pnpm/store`),
  /^var\/cache\/apt\/archives\/[^/]+\.deb$/
];
function matchingPaths(files, patterns) {
  const matches = files.flatMap(({ path }) => patterns.flatMap((pattern) => pattern.exec(path)?.[0] ?? []));
  return [...new Set(matches)];
}
function cachePaths(contents, filesystem) {
  return matchingPaths(contents, CACHE_DIRECTORIES).filter(
    (path) => !isYarnPnpDependencies(path, filesystem)
  );
}
function isYarnPnpDependencies(cache, filesystem) {
  const project = /^(?:(.*)\/)?\.yarn\/cache$/.exec(cache);
  return project !== null && filesystem.get(joinPath(project[1] ?? "", ".pnp.cjs")) !== void 0;
}
function aptListPaths(contents) {
  return contents.filter(({ path }) => /^var\/lib\/apt\/lists\/[^/]+$/.test(path) && baseName(path) !== "lock").map(({ path }) => path);
}
function devDependencies(input, contents) {
  const devPaths = input.devDependencyPaths ?? devPathsFromImageLockfile(input);
  const occupied = pathsAndAncestors(contents);
  return devPaths.map(normalizeImagePath).filter((path) => occupied.has(path));
}
function devPathsFromImageLockfile({ filesystem, appRoot }) {
  if (appRoot === void 0) return [];
  const lockfile = filesystem.read(joinPath(normalizeImagePath(appRoot), "package-lock.json"));
  return lockfile === void 0 ? [] : nodeDevOnlyPaths(lockfile.toString("utf8"), appRoot);
}
function pathsAndAncestors(files) {
  const paths = /* @__PURE__ */ new Set();
  for (const { path } of files) {
    for (let end = path.length; end > 0; end = path.lastIndexOf("/", end - 1)) paths.add(path.slice(0, end));
  }
  return paths;
}
var SECRET_FILES = [
  { name: /^\.env(?:\.(?!(?:example|sample|template)$).+)?$/ },
  { name: /^id_(?:rsa|dsa|ecdsa|ed25519)$/ },
  // Certificates ship as .pem too; only a private key is a secret.
  { name: /\.(?:pem|key)$/, content: /PRIVATE KEY/ },
  // PKCS#12 bundles exist to carry a private key.
  { name: /\.(?:p12|pfx)$/ },
  // `_authToken=${NPM_TOKEN}` reads the token from the environment at run time, which is fine.
  { name: /^\.npmrc$/, content: /^[^#;\n]*_(?:authToken|auth|password)\s*=\s*(?!\$\{)\S/m },
  { name: /^(?:\.pypirc|\.netrc|credentials\.json)$/ }
];
var THIRD_PARTY_PACKAGES = /(?:^|\/)(?:node_modules|site-packages|dist-packages)\//;
function secretPaths(added, filesystem) {
  return added.filter((file) => hasContent(file) && !THIRD_PARTY_PACKAGES.test(file.path)).filter((file) => looksLikeSecret(file.path, filesystem)).map(({ path }) => path);
}
function looksLikeSecret(path, filesystem) {
  const name = baseName(path);
  return SECRET_FILES.some(
    (secret) => secret.name.test(name) && (secret.content === void 0 || secret.content.test(filesystem.read(path)?.toString("utf8") ?? ""))
  );
}
var SETUID = 2048;
var SETGID = 1024;
function setuidPaths(contents, filesystem) {
  const found = { base: [], dockerfile: [], added: [] };
  for (const file of contents) {
    if (!hasContent(file) || (file.mode & (SETUID | SETGID)) === 0) continue;
    const layer = filesystem.layerOf(file.path);
    const origin = layer?.fromBase ? "base" : layer?.fromDockerfile ? "dockerfile" : "added";
    found[origin].push(file.path);
  }
  return found;
}
function specialBits(mode) {
  const bits = [mode & SETUID ? "setuid" : "", mode & SETGID ? "setgid" : ""].filter(Boolean);
  return bits.join(" and ");
}
function largestFiles(added) {
  return added.filter(hasContent).sort((a, b) => b.size - a.size || (a.path < b.path ? -1 : 1)).slice(0, LISTED_PATHS).map(({ path, size }) => ({ path, size }));
}
function sumSizes(files) {
  return files.reduce((total, { size }) => total + size, 0);
}
function sizeFindings(added, addedSize, largest, filesystem) {
  const withSize = (path) => `${path} ${formatBytes(filesystem.get(path)?.size ?? 0)}`;
  const bigFiles = added.filter((file) => hasContent(file) && file.size > ADDED_FILE_WARNING).map(({ path }) => path);
  const overall = addedSize > ADDED_SIZE_WARNING ? finding(
    "size",
    `The image adds ${formatBytes(addedSize)} to its base, over ${formatBytes(ADDED_SIZE_WARNING)}; largest`,
    largest.map(({ path }) => path),
    withSize
  ) : void 0;
  return [
    overall,
    finding("size", `Files over ${formatBytes(ADDED_FILE_WARNING)} added to the base`, bigFiles, withSize)
  ];
}

// packages/minimal-image/src/container-script.ts
import { PassThrough } from "node:stream";
var LOG_TAIL_LINES = 40;
var ScriptFailedError = class extends UserError {
  constructor(what, exitCode, lines) {
    const logTail = { of: what, lines };
    super(`${what} failed with exit code ${exitCode}`, { hint: logTailNote(logTail), logTail });
    this.exitCode = exitCode;
    this.name = "ScriptFailedError";
  }
  exitCode;
};
async function runScript(api, run) {
  const container = await api.createContainer({
    Image: run.image,
    Entrypoint: ["/bin/sh", "-c"],
    Cmd: [run.script],
    Env: run.env ?? [],
    WorkingDir: run.inputs?.[0]?.path ?? "/",
    User: "0:0",
    Labels: run.labels,
    HostConfig: { Binds: run.binds ?? [] }
  });
  try {
    for (const { tar, path } of run.inputs ?? []) await container.putArchive(tar, { path });
    const tail = [];
    const log = await container.attach({ stream: true, stdout: true, stderr: true });
    const lines = new PassThrough();
    const demultiplexer = new Demultiplexer((payload) => lines.write(payload));
    log.on("data", (chunk) => demultiplexer.write(chunk));
    const logged = collectLines(lines, (line) => logLine(tail, line, run.onLog));
    const logEnded = new Promise((resolve) => log.once("end", resolve));
    await container.start().catch((error) => {
      throw engineHostProblem(error, `start the container of ${run.what.toLowerCase()}`) ?? error;
    });
    const { StatusCode } = await container.wait();
    await logEnded;
    lines.end();
    await logged;
    if (StatusCode !== 0) throw new ScriptFailedError(run.what, StatusCode, tail);
    const committedImage = run.commit ? (await container.commit({ changes: [] })).Id : void 0;
    const outputs = [];
    for (const path of run.outputs ?? []) {
      outputs.push(await readStream(await container.getArchive({ path: `${path}/.` })));
    }
    return { outputs, committedImage };
  } finally {
    await container.remove({ force: true, v: true }).catch(() => void 0);
  }
}
function logLine(tail, line, onLine) {
  tail.push(line);
  if (tail.length > LOG_TAIL_LINES) tail.shift();
  onLine?.(line);
}
function collectLines(stream, onLine) {
  return new Promise((resolve, reject) => {
    let partial = "";
    stream.on("data", (chunk) => {
      const text = partial + chunk.toString("utf8");
      const lines = text.split("\n");
      partial = lines.pop() ?? "";
      for (const line of lines) onLine(line);
    });
    stream.on("end", () => {
      if (partial) onLine(partial);
      resolve();
    });
    stream.on("error", reject);
  });
}
async function readStream(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return Buffer.concat(chunks);
}

// packages/minimal-image/src/build-engine.ts
function dockerodeBuildEngine(api) {
  return {
    async info() {
      return await api.info();
    },
    async inspectImage(ref) {
      const inspected = await orUndefinedWhenMissing(api.getImage(ref).inspect());
      return inspected && {
        id: inspected.Id,
        size: inspected.Size,
        repoDigests: inspected.RepoDigests ?? [],
        layers: inspected.RootFS?.Layers ?? []
      };
    },
    async pullImage(ref) {
      await followProgress(api.modem, await api.pull(ref));
    },
    runScript: (run) => runScript(api, run),
    saveImage: (ref, options) => readEngineImage(api, ref, options),
    loadArchive: (archive) => loadImage(api, archive),
    async removeImage(ref) {
      await orUndefinedWhenMissing(api.getImage(ref).remove({ force: true }));
    }
  };
}

// packages/minimal-image/src/build-image.ts
import { writeFileSync as writeFileSync3 } from "node:fs";

// packages/minimal-image/src/detect-recipe.ts
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
var NODE_LOCKFILES = ["package-lock.json", "npm-shrinkwrap.json"];
function detectRecipe(context) {
  const has = (name) => existsSync(join(context, name));
  if (has("package.json")) {
    requireNodeLockfile(context);
    return "node";
  }
  if (has("pyproject.toml") || has("requirements.txt")) return "python";
  if (has("Dockerfile")) return "dockerfile";
  if (has("Procfile")) return "static";
  throw new UserError(`No recognisable app in ${context}`, {
    hint: "Expected package.json with package-lock.json (node), pyproject.toml or requirements.txt (python), a Dockerfile, or a Procfile beside files to ship (static); or set recipe"
  });
}
function requireNodeLockfile(context) {
  const lockfile = NODE_LOCKFILES.find((name) => existsSync(join(context, name)));
  if (!lockfile) {
    throw new UserError(`${join(context, "package.json")} has no lockfile beside it`, {
      hint: "Run npm install and commit package-lock.json: the build installs exactly what it pins (npm ci)",
      location: { file: join(context, "package.json") }
    });
  }
  return lockfile;
}
function readNodePackage(context) {
  const path = join(context, "package.json");
  const bytes = readFileSync(path);
  let parsed;
  try {
    parsed = JSON.parse(bytes.toString("utf8"));
  } catch (error) {
    throw new UserError(`${path} is not valid JSON`, { location: { file: path }, cause: error });
  }
  const scripts = parsed?.scripts;
  return {
    bytes,
    scripts: typeof scripts === "object" && scripts !== null ? scripts : {}
  };
}

// packages/minimal-image/src/command.ts
var runCommand = async (command, args, onLine, options = {}) => {
  const what = `${command} ${args[0] ?? ""} ${args[1] ?? ""}`.trim();
  const tail = [];
  const { exitCode, stderr } = await runProcess(command, args, {
    onLine: (line) => logLine(tail, line, onLine),
    timeLimitMs: options.timeLimitMs,
    what
  });
  if (exitCode !== 0) throw new ScriptFailedError(what, exitCode, tail.length > 0 ? tail : [stderr]);
};

// packages/minimal-image/src/dockerfile-image.ts
var DOCKERFILE_BUILD_TIME_LIMIT_MS = 60 * 6e4;
async function imageFromDockerfile({ engine, request, reporter, labels, target }, run = runCommand) {
  const tag = `quai-build-${request.runId.toLowerCase()}:dockerfile`;
  const args = ["buildx", "build", "--load", "--progress", "plain", "-t", tag];
  if (request.platform) args.push("--platform", formatPlatform(request.platform));
  for (const [key, value] of Object.entries(labels)) args.push("--label", `${key}=${value}`);
  for (const [key, value] of Object.entries(request.buildEnv)) args.push("--build-arg", `${key}=${value}`);
  args.push("--build-arg", `SOURCE_DATE_EPOCH=${request.source.epoch}`, request.context);
  try {
    await reporter.group(
      `docker buildx build ${request.context}`,
      () => run("docker", args, reporter.info, { timeLimitMs: DOCKERFILE_BUILD_TIME_LIMIT_MS })
    );
  } catch (error) {
    if (error instanceof ScriptFailedError) {
      await reporter.group(logTailTitle(error.logTail), async () => {
        for (const line of error.logTail.lines) reporter.info(line);
      });
    }
    throw error;
  }
  try {
    return await reporter.group("Take the built image apart", async () => {
      const archive = await engine.saveImage(tag, { platform: target.platform });
      const layers = [];
      for (const [index, { tar }] of archive.layers.entries()) {
        layers.push({
          role: "dockerfile",
          layer: await createLayer(tar),
          holds: `Dockerfile layer ${index + 1}`
        });
      }
      const config = archive.configJson.config ?? {};
      const {
        [RUN_ID_LABEL]: _runId,
        "io.github.quai.action": _action,
        ...imageLabels2
      } = config.Labels ?? {};
      return {
        layers,
        config: { ...config, Labels: imageLabels2 },
        processes: [],
        devDependencyPaths: [],
        platform: archive.platform
      };
    });
  } finally {
    await engine.removeImage(tag).catch(() => void 0);
  }
}

// packages/minimal-image/src/engine-load.ts
async function loadIntoEngine(engine, store, image, base, onRefusal) {
  const held = base ? heldLayers(image.layers, base.layers) : 0;
  if (held > 0 && store.kind === "classic") {
    try {
      await engine.loadArchive(dockerArchive({ ...image, layersInEngine: held }));
      return "without-base-layers";
    } catch (error) {
      onRefusal(`the engine refused the image without the base's layers (${error.message})`);
    }
  }
  await engine.loadArchive(dockerArchive(image));
  return "whole";
}
function heldLayers(layers, baseChain) {
  if (baseChain.length === 0 || baseChain.length > layers.length) return 0;
  return baseChain.every((diffId, position) => layers[position]?.diffId === diffId) ? baseChain.length : 0;
}

// packages/minimal-image/src/layer-view.ts
var TYPES = {
  file: "file",
  "contiguous-file": "file",
  directory: "directory",
  symlink: "symlink",
  link: "hardlink"
};
async function layerView(tar, description, origin) {
  const contents = /* @__PURE__ */ new Map();
  const files = [];
  for (const { header, content } of await readTarEntries(tar)) {
    const path = normalizeImagePath(header.name);
    if (!path) continue;
    const type = TYPES[header.type ?? "file"] ?? "other";
    files.push({
      path,
      type,
      size: header.size ?? content.length,
      mode: (header.mode ?? 0) & 4095,
      uid: header.uid ?? 0,
      gid: header.gid ?? 0,
      linkname: header.linkname ?? void 0
    });
    if (type === "file") contents.set(path, content);
  }
  return { description, ...origin, files, read: (path) => contents.get(normalizeImagePath(path)) };
}

// packages/minimal-image/src/recipe-image.ts
import { existsSync as existsSync6, mkdirSync as mkdirSync5, readFileSync as readFileSync9 } from "node:fs";
import { join as join9 } from "node:path";

// packages/minimal-image/src/app-user.ts
var APP_USER = "app";
var APP_HOME = "/home/app";
function withAppUser(files, uid) {
  const passwd = linesWithout(files.passwd, APP_USER, uid);
  const group = linesWithout(files.group, APP_USER, uid);
  if (!passwd.some((line) => line.startsWith("root:"))) passwd.unshift("root:x:0:0:root:/root:/sbin/nologin");
  if (!group.some((line) => line.startsWith("root:"))) group.unshift("root:x:0:");
  passwd.push(`${APP_USER}:x:${uid}:${uid}:quai app:${APP_HOME}:/sbin/nologin`);
  group.push(`${APP_USER}:x:${uid}:`);
  return { passwd: `${passwd.join("\n")}
`, group: `${group.join("\n")}
` };
}
function linesWithout(file, name, id) {
  return (file?.toString("utf8") ?? "").split("\n").filter((line) => line.trim() !== "").filter((line) => {
    const fields = line.split(":");
    return fields[0] !== name && fields[2] !== String(id);
  });
}

// packages/minimal-image/src/base-layers.ts
import { existsSync as existsSync3, mkdirSync as mkdirSync2, readFileSync as readFileSync4 } from "node:fs";
import { join as join4 } from "node:path";

// packages/registry/src/auth-challenge.ts
var PARAM = /([a-zA-Z_]+)=(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))/g;
function parseChallenge(header) {
  const match = header?.trim().match(/^(\w+)\s*(.*)$/);
  if (!match?.[1]) return void 0;
  const scheme = match[1].toLowerCase();
  if (scheme !== "basic" && scheme !== "bearer") return void 0;
  const params = {};
  for (const param of (match[2] ?? "").matchAll(PARAM)) {
    if (param[1]) params[param[1].toLowerCase()] = (param[2] ?? param[3] ?? "").replace(/\\(.)/g, "$1");
  }
  return { scheme, params };
}

// packages/registry/src/http-transport.ts
import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import { pipeline } from "node:stream/promises";
var SOCKET_TIMEOUT_MS = 6e4;
var MAX_REDIRECTS = 5;
function httpTransport({ socketTimeoutMs = SOCKET_TIMEOUT_MS } = {}) {
  return (request) => sendFollowingRedirects(request, socketTimeoutMs);
}
var nodeHttpTransport = httpTransport();
async function sendFollowingRedirects(request, socketTimeoutMs) {
  let current = request;
  for (let hop = 0; ; hop++) {
    const response = await send(current, socketTimeoutMs);
    const location = response.headers.location;
    const isRead = current.method === "GET" || current.method === "HEAD";
    if (!isRead || !location || ![301, 302, 303, 307, 308].includes(response.status) || hop >= MAX_REDIRECTS) {
      return response;
    }
    response.body.resume();
    const next = new URL(location, current.url);
    const sameHost = next.host === new URL(current.url).host;
    const { authorization: _dropped, ...headers } = current.headers ?? {};
    current = { ...current, url: next.href, headers: sameHost ? current.headers : headers };
  }
}
function send(request, socketTimeoutMs) {
  const url = new URL(request.url);
  const requestFn = url.protocol === "https:" ? httpsRequest : httpRequest;
  const headers = { ...request.headers };
  if (Buffer.isBuffer(request.body)) headers["content-length"] = String(request.body.byteLength);
  else if (request.body === void 0 && ["POST", "PUT", "PATCH"].includes(request.method)) {
    headers["content-length"] = "0";
  }
  return new Promise((resolve, reject) => {
    const outgoing = requestFn(url, { method: request.method, headers, timeout: socketTimeoutMs });
    outgoing.on(
      "timeout",
      () => outgoing.destroy(Object.assign(new Error("socket timeout"), { code: "ETIMEDOUT" }))
    );
    outgoing.on("error", reject);
    outgoing.on(
      "response",
      (incoming) => resolve({ status: incoming.statusCode ?? 0, headers: flatHeaders(incoming.headers), body: incoming })
    );
    writeBody(outgoing, request.body).catch((error) => outgoing.destroy(error));
  });
}
async function writeBody(outgoing, body) {
  if (body === void 0) outgoing.end();
  else if (Buffer.isBuffer(body)) outgoing.end(body);
  else await pipeline(body(), outgoing);
}
function flatHeaders(headers) {
  const flat = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== void 0) flat[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  return flat;
}
async function readBody(response) {
  const chunks = [];
  for await (const chunk of response.body) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

// packages/registry/src/registry-errors.ts
function registryMessage(body) {
  try {
    const parsed = JSON.parse(body);
    const messages = (parsed.errors ?? []).map(
      (error) => [error.code, error.message].filter(Boolean).join(": ")
    );
    if (messages.length > 0) return messages.join("; ");
  } catch {
  }
  return body.trim().split("\n")[0]?.slice(0, 200) ?? "";
}
var TransientRegistryError = class extends UserError {
  constructor(message, options = {}) {
    super(message, options);
    this.name = "TransientRegistryError";
  }
};
var RegistryResponseError = class extends UserError {
  status;
  constructor(status, message, hint) {
    super(message, { hint });
    this.name = "RegistryResponseError";
    this.status = status;
  }
};
var NETWORK_CODES = ["ECONNRESET", "ECONNREFUSED", "EPIPE", "ETIMEDOUT", "EAI_AGAIN", "ECONNABORTED"];
function isRetryable(error) {
  if (error instanceof TransientRegistryError) return true;
  return networkCode(error) !== void 0;
}
function networkCode(error) {
  const code = error instanceof Error && "code" in error ? error.code : void 0;
  return typeof code === "string" && NETWORK_CODES.includes(code) ? code : void 0;
}
function responseError(operation, registry, status, body) {
  const said = registryMessage(body);
  const detail = `${status}${said ? `: ${said}` : ""}`;
  if (status === 401 || status === 403) {
    return new RegistryResponseError(
      status,
      `${registry} refused to ${operation} (${status === 401 ? "401 Unauthorized" : "403 Forbidden"}${said ? `: ${said}` : ""})`,
      "Check username and password (or the runner's docker login) and that they may push to this repository"
    );
  }
  if (status >= 500 || status === 429) {
    return new TransientRegistryError(`${registry} failed to ${operation} (HTTP ${detail})`);
  }
  return new RegistryResponseError(status, `${registry} could not ${operation} (HTTP ${detail})`);
}
function connectionError(operation, registry, error) {
  const reason = networkCode(error) ?? (error instanceof Error ? error.message : String(error));
  return new TransientRegistryError(`Could not reach ${registry} to ${operation} (${reason})`, {
    hint: "Check that the registry is up and its address is right",
    cause: error
  });
}

// packages/registry/src/registry-auth.ts
var EXPIRY_MARGIN_MS = 1e4;
var DEFAULT_TOKEN_SECONDS = 60;
var RegistryAuth = class {
  constructor(registry, transport, credentials, clock = systemClock) {
    this.registry = registry;
    this.transport = transport;
    this.credentials = credentials;
    this.clock = clock;
  }
  registry;
  transport;
  credentials;
  clock;
  challenge;
  tokens = /* @__PURE__ */ new Map();
  /** The Authorization header for a request needing `scopes`, or none while none was asked for. */
  async header(scopes) {
    if (this.challenge?.scheme === "basic") return this.credentials && basicHeader(this.credentials);
    if (this.challenge?.scheme === "bearer") return `Bearer ${await this.token(this.challenge, scopes)}`;
    return void 0;
  }
  /**
   * Takes in a 401's challenge; true when the request is worth sending again (the scheme is new,
   * or the token service may grant what the challenge asks for).
   */
  learn(header, scopes) {
    const challenge = parseChallenge(header);
    if (!challenge) return false;
    const known = this.challenge;
    this.challenge = challenge;
    if (challenge.scheme === "basic") return known?.scheme !== "basic" && this.credentials !== void 0;
    const cached = this.tokens.delete(scopeKey(withChallengeScope(challenge, scopes)));
    return known?.scheme !== "bearer" || !cached;
  }
  async token(challenge, scopes) {
    const wanted = withChallengeScope(challenge, scopes);
    const key = scopeKey(wanted);
    const cached = this.tokens.get(key);
    if (cached && cached.expiresAt > this.clock.now()) return cached.token;
    const fetched = await this.fetchToken(challenge, wanted);
    this.tokens.set(key, fetched);
    return fetched.token;
  }
  async fetchToken(challenge, scopes) {
    const realm = challenge.params.realm;
    if (!realm)
      throw responseError("authenticate", this.registry, 401, "its bearer challenge names no realm");
    const url = new URL(realm);
    if (challenge.params.service) url.searchParams.set("service", challenge.params.service);
    for (const scope of scopes) url.searchParams.append("scope", scope);
    const operation = `issue a token for ${scopes.join(" ") || "the registry"} at ${url.origin}`;
    const headers = this.credentials ? { authorization: basicHeader(this.credentials) } : {};
    const response = await this.transport({ method: "GET", url: url.href, headers }).catch(
      (error) => {
        throw connectionError(operation, this.registry, error);
      }
    );
    const body = (await readBody(response)).toString("utf8");
    if (response.status !== 200) throw responseError(operation, this.registry, response.status, body);
    const parsed = JSON.parse(body);
    const token = parsed.token ?? parsed.access_token;
    if (!token) throw responseError(operation, this.registry, response.status, "the answer holds no token");
    const seconds = parsed.expires_in ?? DEFAULT_TOKEN_SECONDS;
    return { token, expiresAt: this.clock.now() + seconds * 1e3 - EXPIRY_MARGIN_MS };
  }
};
function basicHeader(credentials) {
  return `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString("base64")}`;
}
function withChallengeScope(challenge, scopes) {
  const asked = challenge.params.scope?.split(" ").filter(Boolean) ?? [];
  return [.../* @__PURE__ */ new Set([...scopes, ...asked])].sort();
}
function scopeKey(scopes) {
  return scopes.join(" ");
}
function repositoryScope(repository, actions) {
  return `repository:${repository}:${actions}`;
}

// packages/registry/src/credentials.ts
import { readFileSync as readFileSync2 } from "node:fs";
import { homedir } from "node:os";
import { join as join2 } from "node:path";
function dockerConfigCredentials(env = process.env, warn = (message) => console.warn(message)) {
  const path = join2(env.DOCKER_CONFIG ?? join2(homedir(), ".docker"), "config.json");
  const auths = readDockerConfig(path, warn)?.auths ?? {};
  return (registry) => {
    const entry = Object.entries(auths).find(([key]) => configHost(key) === registry)?.[1];
    if (!entry) return void 0;
    if (entry.auth) return decodeAuth(entry.auth);
    return entry.username && entry.password ? { username: entry.username, password: entry.password } : void 0;
  };
}
function readDockerConfig(path, warn) {
  let text;
  try {
    text = readFileSync2(path, "utf8");
  } catch (error) {
    if (error.code === "ENOENT") return void 0;
    warn(`Could not read the Docker config ${path}, so no registry credentials come from it: ${error}`);
    return void 0;
  }
  let config;
  try {
    config = JSON.parse(text);
  } catch (error) {
    warn(`The Docker config ${path} is not valid JSON, so no registry credentials come from it: ${error}`);
    return void 0;
  }
  if (config.credsStore) {
    warn(
      `The Docker config ${path} keeps credentials in the credential store "${config.credsStore}", which quai does not run: only its auths entries are used. Log in with docker/login-action, or give the registry's credentials as inputs`
    );
  }
  return config;
}
function configHost(key) {
  const host = key.replace(/^https?:\/\//, "").replace(/\/.*$/, "");
  return host === "index.docker.io" ? "docker.io" : host;
}
function decodeAuth(auth) {
  const decoded = Buffer.from(auth, "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  if (colon < 0) return void 0;
  return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

// packages/registry/src/manifest-types.ts
var MANIFEST_MEDIA_TYPES = [
  MEDIA_TYPES.index,
  MEDIA_TYPES.manifest,
  DOCKER_MANIFEST_LIST,
  "application/vnd.docker.distribution.manifest.v2+json"
];
function parseManifest(manifest) {
  return JSON.parse(manifest.bytes.toString("utf8"));
}
var EMPTY_CONFIG = {
  descriptor: {
    mediaType: "application/vnd.oci.empty.v1+json",
    digest: "sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a",
    size: 2
  },
  bytes: Buffer.from("{}")
};

// packages/registry/src/registry-client.ts
var DEFAULT_ATTEMPTS = 5;
var DEFAULT_RETRY_INTERVAL_MS = 500;
var TAGS_PAGE_SIZE = 1e3;
var RegistryClient = class {
  registry;
  baseUrl;
  /** Scheme, host and port of the registry's API: the only origin its credentials are sent to. */
  origin;
  transport;
  auth;
  clock;
  attempts;
  retryIntervalMs;
  constructor(options) {
    this.registry = options.registry;
    this.transport = options.transport ?? nodeHttpTransport;
    this.clock = options.clock ?? systemClock;
    this.attempts = options.attempts ?? DEFAULT_ATTEMPTS;
    this.retryIntervalMs = options.retryIntervalMs ?? DEFAULT_RETRY_INTERVAL_MS;
    this.baseUrl = options.url ? new URL("v2/", options.url.endsWith("/") ? options.url : `${options.url}/`).href : registryBaseUrl(options.registry, options.insecureRegistries ?? []);
    this.origin = new URL(this.baseUrl).origin;
    this.auth = new RegistryAuth(options.registry, this.transport, options.credentials, this.clock);
  }
  /** Sends an exchange, retrying transient failures; throws unless its status is expected. */
  async send(exchange) {
    const once = () => this.sendOnce(exchange);
    if (exchange.retry === false) return once();
    return this.withRetries(exchange.operation, once);
  }
  /** Retries `operation` with back-off on transient failures, as every request is. */
  withRetries(what, operation) {
    return retry(operation, {
      what,
      attempts: this.attempts,
      intervalMs: this.retryIntervalMs,
      backoff: 2,
      isRetryable,
      clock: this.clock
    });
  }
  /** The digest a tag or digest points to, or undefined when there is none. */
  async manifestDigest(repository, reference) {
    const response = await this.send({
      operation: `check ${repository}:${reference}`,
      method: "HEAD",
      path: `${repository}/manifests/${reference}`,
      headers: { accept: MANIFEST_MEDIA_TYPES.join(", ") },
      scopes: [repositoryScope(repository, "pull")],
      expect: [200, 404]
    });
    response.body.resume();
    if (response.status === 404) return void 0;
    return response.headers["docker-content-digest"] ?? (await this.getManifest(repository, reference))?.digest;
  }
  /** A manifest or index by tag or digest, as its exact bytes; undefined when there is none. */
  async getManifest(repository, reference) {
    const response = await this.send({
      operation: `read the manifest ${repository}:${reference}`,
      method: "GET",
      path: `${repository}/manifests/${reference}`,
      headers: { accept: MANIFEST_MEDIA_TYPES.join(", ") },
      scopes: [repositoryScope(repository, "pull")],
      expect: [200, 404]
    });
    const bytes = await readBody(response);
    if (response.status === 404) return void 0;
    const digest = sha256Digest(bytes);
    if (reference.startsWith("sha256:") && digest !== reference) {
      throw new UserError(
        `${this.registry} sent a manifest hashing to ${digest} for ${repository}@${reference}`
      );
    }
    const mediaType = response.headers["content-type"]?.split(";")[0]?.trim() ?? "";
    return { bytes, mediaType, digest };
  }
  /** Puts a manifest under a tag or its digest; returns the response headers (OCI-Subject…). */
  async putManifest(repository, reference, manifest) {
    const response = await this.send({
      operation: `put the manifest ${repository}:${reference}`,
      method: "PUT",
      path: `${repository}/manifests/${reference}`,
      headers: { "content-type": manifest.mediaType },
      body: manifest.bytes,
      scopes: [repositoryScope(repository, "pull,push")],
      expect: [201]
    });
    response.body.resume();
    const stored = response.headers["docker-content-digest"];
    const sent = sha256Digest(manifest.bytes);
    if (stored !== void 0 && stored !== sent) {
      throw new UserError(
        `${this.registry} stored the manifest ${repository}:${reference} as ${stored}, not ${sent} (the digest of the bytes sent)`,
        {
          hint: "The registry, or a proxy before it, rewrote the manifest: a release must keep the digest built"
        }
      );
    }
    return response.headers;
  }
  async hasBlob(repository, digest) {
    const response = await this.send({
      operation: `check blob ${digest} in ${repository}`,
      method: "HEAD",
      path: `${repository}/blobs/${digest}`,
      scopes: [repositoryScope(repository, "pull")],
      expect: [200, 404]
    });
    response.body.resume();
    return response.status === 200;
  }
  /** A blob's bytes as a stream, for copying between registries without holding them. */
  async openBlob(repository, digest) {
    const response = await this.send({
      operation: `read blob ${digest} of ${repository}`,
      method: "GET",
      path: `${repository}/blobs/${digest}`,
      scopes: [repositoryScope(repository, "pull")],
      expect: [200]
    });
    return response.body;
  }
  /** A whole blob, checked against its digest: for small blobs and layers read into memory. */
  async readBlob(repository, digest) {
    const chunks = [];
    for await (const chunk of await this.openBlob(repository, digest)) chunks.push(chunk);
    const bytes = Buffer.concat(chunks);
    if (sha256Digest(bytes) !== digest) {
      throw new UserError(
        `${this.registry} sent bytes hashing to ${sha256Digest(bytes)} for ${repository}@${digest}`
      );
    }
    return bytes;
  }
  /** Every tag of a repository, following `Link` pagination; none when it does not exist yet. */
  async listTags(repository) {
    const tags = [];
    let path = `${repository}/tags/list?n=${TAGS_PAGE_SIZE}`;
    while (path) {
      const response = await this.send({
        operation: `list the tags of ${repository}`,
        method: "GET",
        path,
        scopes: [repositoryScope(repository, "pull")],
        expect: [200, 404]
      });
      const body = (await readBody(response)).toString("utf8");
      if (response.status === 404) return tags;
      tags.push(...JSON.parse(body).tags ?? []);
      path = nextPage(response.headers.link);
    }
    return tags;
  }
  async sendOnce(exchange) {
    const sentWith = await this.auth.header(exchange.scopes);
    let response = await this.authorizedRequest(exchange, sentWith);
    if (response.status === 401 && this.isOwnOrigin(this.url(exchange.path))) {
      const learned = this.auth.learn(response.headers["www-authenticate"], exchange.scopes);
      const authorization = learned || sentWith === void 0 ? await this.auth.header(exchange.scopes) : sentWith;
      if (authorization !== sentWith || learned) {
        response.body.resume();
        response = await this.authorizedRequest(exchange, authorization);
      }
    }
    if (exchange.expect.includes(response.status)) return response;
    let body = (await readBody(response)).toString("utf8");
    if (exchange.method === "HEAD" && [401, 403].includes(response.status)) {
      const asGet = { ...exchange, method: "GET" };
      body = (await readBody(await this.authorizedRequest(asGet, await this.auth.header(exchange.scopes)))).toString("utf8");
    }
    throw responseError(exchange.operation, this.registry, response.status, body);
  }
  async authorizedRequest(exchange, authorization) {
    const { operation, path, scopes: _scopes, expect: _expect, retry: _retry, ...request } = exchange;
    const url = this.url(path);
    const credentials = authorization && this.isOwnOrigin(url) ? { authorization } : {};
    try {
      return await this.transport({ ...request, url, headers: { ...request.headers, ...credentials } });
    } catch (error) {
      throw connectionError(operation, this.registry, error);
    }
  }
  isOwnOrigin(url) {
    return new URL(url).origin === this.origin;
  }
  /** An absolute URL for a path under /v2/, or a location the registry gave (maybe relative). */
  url(path) {
    return new URL(path, this.baseUrl).href;
  }
};
function registryBaseUrl(registry, insecureRegistries) {
  const scheme = isLoopbackRegistry(registry) || insecureRegistries.includes(registry) ? "http" : "https";
  const host = registry === DOCKER_HUB ? "registry-1.docker.io" : registry;
  return `${scheme}://${host}/v2/`;
}
function nextPage(link) {
  const target = link?.match(/<([^>]+)>\s*;\s*rel="?next"?/)?.[1];
  if (!target) return void 0;
  return target.startsWith("/v2/") ? target.slice("/v2/".length) : target;
}

// packages/registry/src/registry-mirrors.ts
function pullClients(registry, mirrors, options) {
  const { credentials, ...common } = options;
  const own = new RegistryClient({ ...common, registry, credentials: credentials(registry) });
  if (registry !== DOCKER_HUB) return [own];
  const throughMirrors = mirrors.map((mirror) => {
    const { host } = new URL(mirror);
    return new RegistryClient({ ...common, registry: host, url: mirror, credentials: credentials(host) });
  });
  return [...throughMirrors, own];
}

// packages/minimal-image/src/layer-store.ts
import { existsSync as existsSync2, mkdirSync, readFileSync as readFileSync3, renameSync, writeFileSync } from "node:fs";
import { join as join3 } from "node:path";
function storeLayer(cacheDir, layer) {
  const dir = join3(cacheDir, "layers");
  mkdirSync(dir, { recursive: true });
  writeAtomically(join3(dir, `${digestHex(layer.diffId)}.tar`), layer.tar);
  writeAtomically(join3(dir, `${digestHex(layer.diffId)}.tar.gz`), layer.gzip);
}
function storedLayer(cacheDir, diffId) {
  const path = join3(cacheDir, "layers", digestHex(diffId));
  if (!existsSync2(`${path}.tar`) || !existsSync2(`${path}.tar.gz`)) return void 0;
  const tar = readFileSync3(`${path}.tar`);
  const gzip = readFileSync3(`${path}.tar.gz`);
  return {
    tar,
    gzip,
    diffId,
    digest: sha256Digest(gzip),
    size: gzip.length,
    uncompressedSize: tar.length,
    mediaType: MEDIA_TYPES.layer
  };
}
function writeAtomically(path, content) {
  writeFileSync(`${path}.partial-${process.pid}`, content);
  renameSync(`${path}.partial-${process.pid}`, path);
}

// packages/minimal-image/src/registry-base-layers.ts
import { promisify } from "node:util";
import { gunzip } from "node:zlib";
var gunzipAsync = promisify(gunzip);
var GZIP_LAYER_TYPES = /* @__PURE__ */ new Set([
  MEDIA_TYPES.layer,
  "application/vnd.docker.image.rootfs.diff.tar.gzip"
]);
async function registryBase(clients, request) {
  const failures = [];
  for (const client of clients) {
    const stored = await storedBase(client, request).catch((error) => ({
      unusable: error.message
    }));
    if ("layers" in stored) return { ...stored, registry: client.registry };
    if ("platformsOffered" in stored) return stored;
    failures.push(clients.length > 1 ? `${client.registry}: ${stored.unusable}` : stored.unusable);
  }
  return { unusable: failures.join("; ") };
}
async function storedBase(client, request) {
  const { repository, digest, engineImageId } = request;
  const image = await platformManifest(client, request);
  if (!("document" in image)) return image;
  const { config, layers = [] } = image.document;
  const names = [config?.digest, image.manifestDigest, digest];
  if (engineImageId && !names.includes(engineImageId)) {
    return { unusable: `its image there (config ${config?.digest}) is not the engine's (${engineImageId})` };
  }
  const foreign = layers.find(({ mediaType }) => !GZIP_LAYER_TYPES.has(mediaType));
  if (foreign) return { unusable: `a layer is ${foreign.mediaType}, not a gzip tar` };
  if (!config) return { unusable: "its manifest names no config" };
  const configJson = JSON.parse(
    (await client.readBlob(repository, config.digest)).toString("utf8")
  );
  const platform = configPlatform(configJson);
  if (!samePlatform(platform, request.platform)) return { platformsOffered: [platform] };
  const diffIds = configJson.rootfs?.diff_ids ?? [];
  if (diffIds.length !== layers.length) return { unusable: "its config and manifest list different layers" };
  const read = await Promise.all(
    layers.map(async ({ digest: layerDigest }, index) => {
      const gzip = await client.readBlob(repository, layerDigest);
      const tar = await gunzipAsync(gzip);
      const diffId = sha256Digest(tar);
      if (diffId !== diffIds[index])
        return `layer ${layerDigest} unpacks to ${diffId}, not ${diffIds[index]}`;
      const size = gzip.length;
      return {
        tar,
        gzip,
        diffId,
        digest: layerDigest,
        size,
        uncompressedSize: tar.length,
        mediaType: MEDIA_TYPES.layer
      };
    })
  );
  const mismatch = read.find((layer) => typeof layer === "string");
  if (mismatch) return { unusable: mismatch };
  return { layers: read, config: configJson };
}
async function platformManifest(client, request) {
  const { repository, digest, platform } = request;
  let manifest = await client.getManifest(repository, digest);
  if (manifest && isIndexMediaType(manifest.mediaType)) {
    const images = (parseManifest(manifest).manifests ?? []).filter(
      (child2) => child2.platform && child2.platform.os !== "unknown"
    );
    const child = images.find(
      (candidate) => candidate.platform && samePlatform(candidate.platform, platform)
    );
    if (!child)
      return {
        platformsOffered: images.flatMap((candidate) => candidate.platform ? [candidate.platform] : [])
      };
    manifest = await client.getManifest(repository, child.digest);
  }
  if (!manifest) return { unusable: `the registry does not have ${digest}` };
  return { document: parseManifest(manifest), manifestDigest: manifest.digest };
}

// packages/minimal-image/src/base-layers.ts
var BASE_REGISTRY_SILENCE_MS = 1e4;
async function baseImageParts(source, base, platform, cacheDir) {
  const dir = join4(
    cacheDir,
    "bases",
    `${digestHex(base.id)}-${formatPlatform(platform).replaceAll("/", "-")}`
  );
  const metaPath = join4(dir, "base.json");
  if (existsSync3(metaPath)) {
    const meta2 = JSON.parse(readFileSync4(metaPath, "utf8"));
    const layers = meta2.diffIds.map((diffId) => storedLayer(cacheDir, diffId));
    if (layers.every((layer) => layer !== void 0)) {
      return {
        layers,
        env: meta2.env,
        passwd: readIfPresent(join4(dir, "passwd")),
        group: readIfPresent(join4(dir, "group")),
        origin: "the cache",
        platform: meta2.platform
      };
    }
  }
  const read = await readBase(source, base, platform);
  for (const layer of read.layers) storeLayer(cacheDir, layer);
  const tars = read.layers.map((layer) => layer.tar);
  const parts = {
    layers: read.layers,
    env: read.env,
    passwd: await lastVersionOf(tars, "etc/passwd"),
    group: await lastVersionOf(tars, "etc/group"),
    origin: read.origin,
    platform: read.platform
  };
  mkdirSync2(dir, { recursive: true });
  if (parts.passwd) writeAtomically(join4(dir, "passwd"), parts.passwd);
  if (parts.group) writeAtomically(join4(dir, "group"), parts.group);
  const meta = {
    diffIds: read.layers.map((layer) => layer.diffId),
    env: parts.env,
    platform: parts.platform
  };
  writeAtomically(metaPath, JSON.stringify(meta));
  return parts;
}
async function readBase(source, base, platform) {
  let unusable = "it never came from a registry";
  if (base.digest) {
    const { registry, repository } = parseImageRef(base.pinned);
    const clients = pullClients(registry, source.registryMirrors, {
      credentials: dockerConfigCredentials(process.env, source.warn),
      attempts: 1,
      transport: httpTransport({ socketTimeoutMs: BASE_REGISTRY_SILENCE_MS })
    });
    const stored = await registryBase(clients, {
      repository,
      digest: base.digest,
      platform,
      engineImageId: samePlatform(platform, source.store.platform) ? base.id : void 0
    });
    if ("platformsOffered" in stored) {
      const offered = stored.platformsOffered.map(formatPlatform).join(", ") || "no platform";
      throw new UserError(
        `The base-image ${base.ref} has no ${formatPlatform(platform)} image: it offers ${offered}`,
        {
          hint: `Set platforms to one of these, or choose a base image built for ${formatPlatform(platform)}`
        }
      );
    }
    if ("layers" in stored) {
      const { config } = stored;
      return {
        layers: stored.layers,
        env: config.config?.Env ?? [],
        origin: `${stored.registry}/${repository}`,
        platform: configPlatform(config)
      };
    }
    unusable = stored.unusable;
  }
  const archive = await source.engine.saveImage(base.pinned, { platform });
  const layers = await Promise.all(archive.layers.map(layerOfArchive));
  const how = source.store.kind === "classic" ? "compressed by quai" : "as the engine stored them";
  return {
    layers,
    env: archive.configJson.config?.Env ?? [],
    origin: `docker save, ${how} (not from its registry: ${unusable})`,
    platform: archive.platform
  };
}
async function lastVersionOf(layers, path) {
  for (const layer of [...layers].reverse()) {
    const content = await readTarFile(layer, path);
    if (content) return content;
  }
  return void 0;
}
function readIfPresent(path) {
  return existsSync3(path) ? readFileSync4(path) : void 0;
}

// packages/minimal-image/src/build-context.ts
var import_dockerignore = __toESM(require_ignore(), 1);
import { lstatSync, readdirSync, readFileSync as readFileSync5, readlinkSync } from "node:fs";
import { join as join5 } from "node:path";
var ALWAYS_IGNORED = [".git"];
function readBuildContext(context, extraIgnores = []) {
  const rules = (0, import_dockerignore.default)().add([...ALWAYS_IGNORED, ...extraIgnores, ...readDockerignore(context)]);
  const entries = [];
  const walk = (relative) => {
    for (const name of readdirSync(join5(context, relative)).sort()) {
      const path = relative ? `${relative}/${name}` : name;
      const stat = lstatSync(join5(context, path));
      const ignored = rules.ignores(path);
      if (stat.isDirectory()) {
        if (!ignored) entries.push({ path, type: "directory", mode: stat.mode & 4095 });
        walk(path);
      } else if (!ignored && stat.isSymbolicLink()) {
        entries.push({ path, type: "symlink", mode: 511, linkname: readlinkSync(join5(context, path)) });
      } else if (!ignored && stat.isFile()) {
        entries.push({
          path,
          type: "file",
          mode: stat.mode & 4095,
          content: readFileSync5(join5(context, path))
        });
      }
    }
  };
  walk("");
  return entries;
}
function readDockerignore(context) {
  try {
    return readFileSync5(join5(context, ".dockerignore"), "utf8").split(/\r?\n/);
  } catch {
    return [];
  }
}

// packages/minimal-image/src/engine-images.ts
var SCRATCH = "scratch";
async function resolveImage(engine, ref, input) {
  parseImageRef(ref, input);
  let inspected = await engine.inspectImage(ref);
  if (!inspected) {
    await pull(engine, ref, input);
    inspected = await engine.inspectImage(ref);
    if (!inspected) throw new UserError(`The ${input} ${ref} was pulled but the engine does not show it`);
  }
  const name = nameOf(ref);
  const digests = inspected.repoDigests.filter((repoDigest) => nameOf(repoDigest) === name).map((repoDigest) => repoDigest.split("@")[1]);
  const asked = parseImageRef(ref).digest;
  const digest = asked && digests.includes(asked) ? asked : digests[0];
  return {
    ref,
    id: inspected.id,
    digest,
    pinned: digest ? `${name}@${digest}` : inspected.id,
    size: inspected.size,
    layers: inspected.layers
  };
}
function nameOf(ref) {
  const parsed = parseImageRef(ref);
  return `${parsed.registry}/${parsed.repository}`;
}
async function pull(engine, ref, input) {
  try {
    await engine.pullImage(ref);
  } catch (error) {
    const reason = error.message.split("\n")[0];
    throw new UserError(`The ${input} ${ref} does not exist or cannot be reached (${reason})`, {
      hint: `Check the name and tag, and that this machine may pull from ${parseImageRef(ref).registry}`
    });
  }
}

// packages/minimal-image/src/entrypoint.ts
var SECRETS_DIR = "/run/secrets";
var QUAI_DIR = "quai";
var PROCESSES_PATH = `/${QUAI_DIR}/processes`;
var ENTRYPOINT_PATH = `/${QUAI_DIR}/entrypoint`;
var TINI_PATH = `/${QUAI_DIR}/tini`;
var BUSYBOX_PATH = `/${QUAI_DIR}/busybox`;
var IMAGE_ENTRYPOINT = [TINI_PATH, "-g", "--", ENTRYPOINT_PATH];
function entrypointScript(shell) {
  return `#!${shell}
# quai entrypoint: <process> [args] | shell [args] | run <command...>; no argument starts the first process.

processes() {
  while IFS= read -r line || [ -n "$line" ]; do
    case "$line" in ""|"#"*) continue ;; esac
    printf '%s\\n' "$line"
  done < ${PROCESSES_PATH}
}

# Pure shell, no cat: scratch images have only the builtins of /quai/busybox sh.
for file in ${SECRETS_DIR}/*; do
  [ -f "$file" ] || continue
  name=\${file##*/}
  case "$name" in [!A-Za-z_]*|*[!A-Za-z0-9_]*) continue ;; esac
  value=
  while IFS= read -r line || [ -n "$line" ]; do value="\${value:+\${value}
}\${line}"; done < "$file"
  export "$name=$value"
done
unset file name value line

if [ $# -eq 0 ]; then
  first=$(processes | { IFS= read -r line && printf '%s' "\${line%%:*}"; })
  [ -n "$first" ] || { echo "quai: this image declares no process; use: shell | run <command...>" >&2; exit 64; }
  set -- "$first"
fi

case "$1" in
  shell)
    shift
    exec ${shell} "$@"
    ;;
  run)
    shift
    [ $# -gt 0 ] || { echo "quai: run needs a command, e.g. run ls -l" >&2; exit 64; }
    exec "$@"
    ;;
esac

name=$1
shift
command=$(processes | while IFS= read -r line; do
  [ "\${line%%:*}" = "$name" ] && { printf '%s' "\${line#*:}"; break; }
done)
if [ -z "$command" ]; then
  available=$(processes | while IFS= read -r line; do printf '%s ' "\${line%%:*}"; done)
  echo "quai: no process named '$name'; this image has: \${available}(or shell, run <command...>)" >&2
  exit 64
fi
# eval gives the Procfile command its shell syntax ($PORT, quotes); exec replaces this script with it.
eval "exec $command \\"\\$@\\""
`;
}

// packages/minimal-image/src/procfile.ts
var PROCESS_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_-]*$/;
var RESERVED = ["shell", "run"];
function problem(origin, line, text, why) {
  if (origin.file === void 0) return new InvalidValueError("processes", text, `line ${line}: ${why}`);
  return new UserError(`${origin.file} line ${line} ${why}: ${JSON.stringify(text)}`, {
    hint: "Each line is NAME: COMMAND, for example web: node server.js",
    location: { file: origin.file, line }
  });
}
function parseProcesses(text, origin = {}) {
  const processes = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (!line || line.startsWith("#")) return;
    const colon = line.indexOf(":");
    const name = colon > 0 ? line.slice(0, colon).trim() : "";
    const command = line.slice(colon + 1).trim();
    if (!PROCESS_NAME.test(name) || !command) throw problem(origin, index + 1, line, "is not NAME: COMMAND");
    if (RESERVED.includes(name)) throw problem(origin, index + 1, line, `uses the reserved name ${name}`);
    if (processes.some((process2) => process2.name === name)) {
      throw problem(origin, index + 1, line, `declares ${name} a second time`);
    }
    processes.push({ name, command });
  });
  return processes;
}
function formatProcesses(processes) {
  return processes.map((process2) => `${process2.name}: ${process2.command}
`).join("");
}

// packages/minimal-image/src/node-recipe.ts
import { readFileSync as readFileSync7 } from "node:fs";
import { join as join7 } from "node:path";

// packages/minimal-image/src/node-dependency-cache.ts
import { createHash } from "node:crypto";
import { existsSync as existsSync4, mkdirSync as mkdirSync3, readdirSync as readdirSync2, readFileSync as readFileSync6, rmSync, statSync, utimesSync } from "node:fs";
import { join as join6 } from "node:path";
var CACHE_FORMAT = 1;
var KEPT_ENTRIES = 3;
var INSTALL_LIFECYCLE = [
  "preinstall",
  "install",
  "postinstall",
  "prepublish",
  "preprepare",
  "prepare",
  "postprepare"
];
function nodeDependencyKey(context, lockfileName, setting) {
  const { bytes: packageJson, scripts } = readNodePackage(context);
  const lockfile = readFileSync6(join6(context, lockfileName));
  const appScript = INSTALL_LIFECYCLE.find((name) => name in scripts);
  if (appScript) return { uncacheable: `package.json has a ${appScript} script` };
  const scripted = Object.entries(readLockfilePackages(lockfile.toString("utf8"))).filter(([, entry]) => entry?.hasInstallScript === true).map(([path]) => path.replace(/^.*node_modules\//, ""));
  if (scripted.length > 0) {
    return {
      uncacheable: `${scripted.slice(0, 3).join(", ")}${scripted.length > 3 ? "\u2026" : ""} run install scripts`
    };
  }
  const npmrc = join6(context, ".npmrc");
  const hash = createHash("sha256").update(
    JSON.stringify({
      format: CACHE_FORMAT,
      builder: setting.builderId,
      compileScript: setting.compileScript,
      buildPackages: setting.buildPackages,
      buildEnv: Object.entries(setting.buildEnv).sort(([a], [b]) => a.localeCompare(b)),
      lockfileName
    })
  );
  for (const file of [packageJson, lockfile, existsSync4(npmrc) ? readFileSync6(npmrc) : Buffer.alloc(0)]) {
    hash.update(createHash("sha256").update(file).digest("hex"));
  }
  return { key: hash.digest("hex") };
}
var entryDir = (cacheDir, key) => join6(cacheDir, "node-dependencies", key);
function keptInstall(cacheDir, key) {
  const dir = entryDir(cacheDir, key);
  const metaPath = join6(dir, "entry.json");
  if (!existsSync4(metaPath)) return void 0;
  const meta = JSON.parse(readFileSync6(metaPath, "utf8"));
  const production = storedLayer(cacheDir, meta.productionDiffId);
  if (!production) return void 0;
  const now = /* @__PURE__ */ new Date();
  utimesSync(metaPath, now, now);
  return { developmentTar: readFileSync6(join6(dir, "node_modules.tar")), production };
}
function keepInstall(cacheDir, key, install) {
  const dir = entryDir(cacheDir, key);
  mkdirSync3(dir, { recursive: true });
  storeLayer(cacheDir, install.production);
  writeAtomically(join6(dir, "node_modules.tar"), install.developmentTar);
  writeAtomically(join6(dir, "entry.json"), JSON.stringify({ productionDiffId: install.production.diffId }));
  dropOldEntries(join6(cacheDir, "node-dependencies"));
}
function dropOldEntries(root) {
  const lastUsed = (key) => {
    const meta = join6(root, key, "entry.json");
    return statSync(existsSync4(meta) ? meta : join6(root, key)).mtimeMs;
  };
  const entries = readdirSync2(root).sort((a, b) => lastUsed(b) - lastUsed(a));
  for (const key of entries.slice(KEPT_ENTRIES)) rmSync(join6(root, key), { recursive: true, force: true });
}

// packages/minimal-image/src/node-recipe.ts
var NODE_MODULES_KEPT = "/out/node_modules-kept";
var NODE_MODULES_STATUS = "/out/status";
function nodeDevDependencyPaths(context, appDir) {
  return nodeDevOnlyPaths(readFileSync7(join7(context, requireNodeLockfile(context)), "utf8"), appDir);
}
function planNodeCompile({ request, reporter }, builder, compileScript) {
  const reuse = nodeInstallReuse(request, builder, compileScript, reporter);
  const restored = reuse?.kept;
  const mode = !reuse ? "install" : restored ? "restored" : "install-and-keep";
  const hasBuild = Boolean(readNodePackage(request.context).scripts.build);
  return {
    env: [`QUAI_NODE_BUILD_SCRIPT=${hasBuild ? "yes" : "no"}`, `QUAI_NODE_MODULES=${mode}`],
    inputs: restored ? [{ path: "/src", tar: restored.developmentTar }] : [],
    // The script also says whether the build wrote into node_modules, and may hand the tree back.
    outputs: [NODE_MODULES_STATUS, ...mode === "install-and-keep" ? [NODE_MODULES_KEPT] : []],
    async dependencies({ extra: [status, kept] }, pack) {
      const buildWroteNodeModules = status !== void 0 && (await readTarFile(status, "node_modules"))?.toString("utf8").trim() === "written";
      if (restored && !buildWroteNodeModules) return restored.production;
      if (buildWroteNodeModules) {
        reporter.info(
          "The build wrote into node_modules: the production dependencies are packed from this build, not cached"
        );
      }
      const dependencies = await pack();
      if (reuse && kept && !buildWroteNodeModules) {
        keepInstall(request.cacheDir, reuse.key, { developmentTar: kept, production: dependencies });
        reporter.info("node_modules kept in the cache for the next build");
      }
      return dependencies;
    }
  };
}
function nodeInstallReuse(request, builder, compileScript, reporter) {
  if (!request.dependencyCache) return void 0;
  const key = nodeDependencyKey(request.context, requireNodeLockfile(request.context), {
    builderId: builder.id,
    compileScript,
    buildPackages: request.buildPackages,
    buildEnv: request.buildEnv
  });
  if ("uncacheable" in key) {
    reporter.info(`node_modules is installed afresh, not cached: ${key.uncacheable}`);
    return void 0;
  }
  const kept = keptInstall(request.cacheDir, key.key);
  if (kept)
    reporter.info(
      "node_modules restored from the cache (the lockfile, package.json and builder are unchanged)"
    );
  return { key: key.key, kept };
}

// packages/minimal-image/src/recipes.ts
var APP_DIR = "/app";
var NODE_COMPILE = `set -eu
cd /src
mode="\${QUAI_NODE_MODULES:-install}"
if [ "$mode" != restored ]; then
  npm ci --prefer-offline --no-audit --no-fund --loglevel=error
  # An app without dependencies has no node_modules; the layer is then empty, not missing.
  mkdir -p node_modules
fi
if [ "$mode" = install-and-keep ]; then
  mkdir -p ${NODE_MODULES_KEPT} && cp -al node_modules ${NODE_MODULES_KEPT}/
fi
touch /tmp/quai-before-build
if [ "\${QUAI_NODE_BUILD_SCRIPT:-}" = yes ]; then npm run build; fi
mkdir -p /out/deps${APP_DIR} /out/app${APP_DIR} ${NODE_MODULES_STATUS}
status=untouched
# By change time, which no tool can set back (cp -p and tar keep modification times).
[ -z "$(find node_modules -cnewer /tmp/quai-before-build -print -quit)" ] || status=written
echo "$status" > ${NODE_MODULES_STATUS}/node_modules
if [ "$mode" = restored ] && [ "$status" = untouched ]; then
  mv node_modules /tmp/node_modules-dev
else
  npm prune --omit=dev --no-audit --no-fund --loglevel=error
  mv node_modules /out/deps${APP_DIR}/node_modules
fi
cp -a /src/. /out/app${APP_DIR}/
`;
var PYTHON_COMPILE = `set -eu
cd /src
find_links=""
[ -d vendor ] && find_links="--find-links /src/vendor"
isolation=""
[ -n "\${PIP_NO_INDEX:-}" ] && isolation="--no-build-isolation"
what="-r requirements.txt"
[ -f requirements.txt ] || what="."
python3 -m pip wheel --quiet --no-cache-dir $find_links $isolation --wheel-dir /tmp/wheels $what
python3 -m venv --without-pip ${APP_DIR}/venv
python3 -m pip --python ${APP_DIR}/venv/bin/python install --quiet --no-cache-dir --no-index --find-links /tmp/wheels $what
mkdir -p /out/deps${APP_DIR} /out/app${APP_DIR}
mv ${APP_DIR}/venv /out/deps${APP_DIR}/venv
cp -a /src/. /out/app${APP_DIR}/
rm -rf /out/app${APP_DIR}/vendor
`;
var RECIPES = {
  node: {
    name: "node",
    defaultBuilderImage: "node:22-bookworm",
    defaultBaseImage: "node:22-bookworm-slim",
    contextIgnores: ["node_modules"],
    compileScript: NODE_COMPILE,
    env: [
      `PATH=${APP_DIR}/node_modules/.bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin`,
      "NODE_ENV=production"
    ],
    dependenciesHold: `production node_modules in ${APP_DIR}/node_modules`,
    checkContext: (context) => {
      requireNodeLockfile(context);
    },
    devDependencyPaths: (context) => nodeDevDependencyPaths(context, APP_DIR.slice(1)),
    planCompile: planNodeCompile
  },
  python: {
    name: "python",
    defaultBuilderImage: "python:3.12-bookworm",
    defaultBaseImage: "python:3.12-slim-bookworm",
    contextIgnores: ["__pycache__", "*.pyc", ".venv", "venv"],
    compileScript: PYTHON_COMPILE,
    env: [
      `PATH=${APP_DIR}/venv/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin`,
      `VIRTUAL_ENV=${APP_DIR}/venv`,
      "PYTHONUNBUFFERED=1",
      "PYTHONDONTWRITEBYTECODE=1"
    ],
    dependenciesHold: `virtualenv in ${APP_DIR}/venv`,
    // Debug info holds the random paths pip builds in: without it, compiled wheels are reproducible.
    planCompile: ({ request }) => ({
      env: "CFLAGS" in request.buildEnv ? [] : ["CFLAGS=-g0"],
      inputs: [],
      outputs: []
    })
  },
  static: {
    name: "static",
    defaultBuilderImage: "debian:bookworm-slim",
    defaultBaseImage: "scratch",
    contextIgnores: [],
    env: [`PATH=${APP_DIR}/bin:${APP_DIR}:/quai`],
    dependenciesHold: "none (static)"
  }
};

// packages/minimal-image/src/runtime-tools.ts
import { existsSync as existsSync5, mkdirSync as mkdirSync4, readFileSync as readFileSync8, renameSync as renameSync2, rmSync as rmSync2, writeFileSync as writeFileSync2 } from "node:fs";
import { join as join8 } from "node:path";
var TOOL_PACKAGES = ["tini", "busybox-static"];
var CACHED_FILES = ["tini", "busybox", ...TOOL_PACKAGES.map((name) => `${name}.control`)];
var FETCH_SCRIPT = `set -eu
command -v apt-get >/dev/null || { echo "quai: the builder image has no apt-get" >&2; exit 3; }
apt-get update -qq
mkdir -p /tmp/quai /out && cd /tmp/quai
apt-get download -qq -o APT::Sandbox::User=root tini busybox-static
dpkg-deb -x tini_*.deb tini && cp tini/usr/bin/tini-static /out/tini
dpkg-deb -x busybox-static_*.deb busybox && cp busybox/bin/busybox /out/busybox
dpkg-deb -f tini_*.deb > /out/tini.control
dpkg-deb -f busybox-static_*.deb > /out/busybox-static.control
`;
async function runtimeTools(engine, builder, options) {
  const dir = join8(options.cacheDir, "runtime-tools", builder.id.replace(/^sha256:/, ""));
  if (!CACHED_FILES.every((name) => existsSync5(join8(dir, name)))) {
    const {
      outputs: [archive]
    } = await engine.runScript({
      what: `Fetching tini and busybox-static with ${builder.ref}`,
      image: builder.ref,
      script: FETCH_SCRIPT,
      env: options.env,
      binds: options.binds,
      labels: options.labels,
      outputs: ["/out"],
      onLog: options.onLog
    }).catch((error) => {
      throw new UserError(`Could not fetch tini and busybox-static with the builder image ${builder.ref}`, {
        hint: "quai takes them from Debian's packages: use a Debian-based builder-image that reaches its package mirror",
        cause: error
      });
    });
    if (!archive) throw new UserError("The runtime tools container returned nothing");
    const staging = `${dir}.partial-${process.pid}`;
    mkdirSync4(staging, { recursive: true });
    for (const name of CACHED_FILES) {
      const content = await readTarFile(archive, name);
      if (!content) throw new UserError(`The runtime tools container did not produce ${name}`);
      writeFileSync2(join8(staging, name), content);
    }
    mkdirSync4(join8(options.cacheDir, "runtime-tools"), { recursive: true });
    rmSync2(dir, { recursive: true, force: true });
    renameSync2(staging, dir);
  }
  const read = (name) => readFileSync8(join8(dir, name));
  return {
    tini: read("tini"),
    busybox: read("busybox"),
    packages: { tini: read("tini.control"), "busybox-static": read("busybox-static.control") }
  };
}

// packages/minimal-image/src/recipe-image.ts
var CA_IN_BUILDER = "/etc/ssl/certs/quai-build-ca.crt";
var DISTROLESS_STATUS_DIR = "var/lib/dpkg/status.d";
var FIXED_LAYER_MTIME = 1;
async function imageFromRecipe(session, recipe) {
  const { engine, request, reporter, labels, target } = session;
  recipe.checkContext?.(request.context);
  const foreign = !samePlatform(target.platform, target.store.platform);
  const processes = request.processes.length > 0 ? request.processes : readProcfile(request.context);
  const { builder, base } = await reporter.group("Resolve images", async () => {
    const builderImage = await resolveImage(
      engine,
      request.builderImage ?? recipe.defaultBuilderImage,
      "builder-image"
    );
    const baseRef = request.baseImage ?? recipe.defaultBaseImage;
    const baseImage = baseRef === SCRATCH ? void 0 : await resolveImage(engine, baseRef, "base-image");
    reporter.info(`builder ${builderImage.ref} \u2192 ${builderImage.pinned}`);
    reporter.info(`base    ${baseRef} \u2192 ${baseImage?.pinned ?? "(empty filesystem)"}`);
    return { builder: builderImage, base: baseImage };
  });
  if (!base && request.runPackages.length > 0) {
    throw new UserError("run-packages needs a Debian-based base-image, and scratch has no package manager", {
      hint: "Set base-image to a Debian image, or ship those files with the app"
    });
  }
  const engineRuns = formatPlatform(target.store.platform);
  if (foreign && request.runPackages.length > 0) {
    throw new UserError(
      `run-packages are installed by running the base, and this engine runs ${engineRuns}, not ${formatPlatform(target.platform)}`,
      {
        hint: `Build ${formatPlatform(target.platform)} on a runner of that platform, or ship those files with the app`
      }
    );
  }
  if (foreign && recipe.compileScript) {
    reporter.warning(
      `The compile step runs on this engine's ${engineRuns}: native code it builds (node addons, Python C extensions) is for ${engineRuns}, not ${formatPlatform(target.platform)}. Build on a ${formatPlatform(target.platform)} runner if the app has any`
    );
  }
  const baseParts = base ? baseImageParts(
    {
      engine,
      store: target.store,
      registryMirrors: target.registryMirrors,
      warn: (message) => reporter.warning(message)
    },
    base,
    target.platform,
    request.cacheDir
  ) : Promise.resolve(void 0);
  baseParts.catch(() => void 0);
  const compileSide = compileSideSettings(request);
  const toolsLog = [];
  const fetchingTools = runtimeTools(engine, builder, {
    cacheDir: request.cacheDir,
    labels,
    ...compileSide,
    onLog: (line) => toolsLog.push(line)
  });
  fetchingTools.catch(() => void 0);
  const compiled = await reporter.group(
    `Compile (${recipe.name} recipe, ${builder.ref})`,
    () => compile(session, recipe, builder, compileSide)
  ).catch(async (error) => {
    await fetchingTools.catch(() => void 0);
    throw error;
  });
  const tools = await reporter.group("Fetch tini and busybox-static", async () => {
    try {
      return await fetchingTools;
    } finally {
      for (const line of toolsLog) reporter.info(line);
    }
  });
  const assembled = await reporter.group("Assemble the runtime image", async () => {
    const baseLayers = await baseParts;
    if (baseLayers) reporter.info(`base layers from ${baseLayers.origin}`);
    const layers = [];
    for (const [index, layer] of (baseLayers?.layers ?? []).entries()) {
      layers.push({
        role: "base",
        layer,
        holds: `base layer ${index + 1}`
      });
    }
    if (base && request.runPackages.length > 0) {
      const tar = await runPackagesTar(session, base, compileSide);
      layers.push({
        role: "run-packages",
        layer: await createLayer(tar),
        holds: request.runPackages.join(" ")
      });
    }
    layers.push({ role: "dependencies", layer: compiled.dependencies, holds: recipe.dependenciesHold });
    const quaiTar = await quaiLayerTar({
      base: baseLayers,
      scratch: !base,
      tools,
      processes,
      request
    });
    layers.push({
      role: "quai",
      layer: await createLayer(quaiTar),
      holds: "entrypoint, tini, processes, app user"
    });
    layers.push({ role: "app", layer: await createLayer(compiled.app), holds: `app code in ${APP_DIR}` });
    return { layers, baseEnv: baseLayers?.env ?? [], platform: baseLayers?.platform ?? target.platform };
  });
  const ownLayers = assembled.layers.filter(({ role }) => role === "dependencies" || role === "app");
  return {
    layers: assembled.layers,
    config: {
      User: `${request.user}:${request.user}`,
      Env: mergeEnv(assembled.baseEnv, [...recipe.env, `HOME=${APP_HOME}`]),
      Entrypoint: IMAGE_ENTRYPOINT,
      WorkingDir: APP_DIR,
      StopSignal: "SIGTERM"
    },
    processes,
    base,
    builder,
    devDependencyPaths: recipe.devDependencyPaths?.(request.context) ?? [],
    naiveSize: builder.size + ownLayers.reduce((sum, { layer }) => sum + layer.uncompressedSize, 0),
    platform: assembled.platform
  };
}
function readProcfile(context) {
  const path = join9(context, "Procfile");
  if (!existsSync6(path)) {
    throw new UserError(`No process to start: ${context} has no Procfile and the processes input is empty`, {
      hint: "Add a Procfile (web: node server.js) or set processes"
    });
  }
  const processes = parseProcesses(readFileSync9(path, "utf8"), { file: path });
  if (processes.length === 0)
    throw new UserError(`${path} declares no process`, { location: { file: path } });
  return processes;
}
function compileSideSettings(request) {
  const env = [`SOURCE_DATE_EPOCH=${request.source.epoch}`];
  const binds = [];
  if (request.caCertificates) {
    binds.push(`${request.caCertificates}:${CA_IN_BUILDER}:ro`);
    env.push(
      `NODE_EXTRA_CA_CERTS=${CA_IN_BUILDER}`,
      `PIP_CERT=${CA_IN_BUILDER}`,
      `SSL_CERT_FILE=${CA_IN_BUILDER}`,
      `REQUESTS_CA_BUNDLE=${CA_IN_BUILDER}`
    );
  }
  mkdirSync5(join9(request.cacheDir, "npm"), { recursive: true });
  binds.push(`${join9(request.cacheDir, "npm")}:/root/.npm`);
  for (const [key, value] of Object.entries(request.buildEnv)) env.push(`${key}=${value}`);
  return { env, binds };
}
function aptInstall(packages) {
  if (packages.length === 0) return "";
  return `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${packages.join(" ")} >/dev/null
`;
}
async function compile(session, recipe, builder, compileSide) {
  const { request, reporter, labels } = session;
  const mtime = request.source.epoch;
  const context = readBuildContext(request.context, recipe.contextIgnores);
  const root = { uid: 0, gid: 0 };
  if (!recipe.compileScript) {
    const app = [{ path: APP_DIR.slice(1), type: "directory", mode: 493, ...root }];
    for (const entry of context) app.push({ ...entry, ...root, path: `${APP_DIR.slice(1)}/${entry.path}` });
    return {
      dependencies: await createLayer(await tarFromEntries([], FIXED_LAYER_MTIME)),
      app: await tarFromEntries(app, mtime)
    };
  }
  const contextTar = await tarFromEntries(
    context.map((entry) => ({ ...entry, ...root })),
    mtime
  );
  const plan = recipe.planCompile?.(session, builder, recipe.compileScript) ?? {
    env: [],
    inputs: [],
    outputs: []
  };
  try {
    const {
      outputs: [app, deps, ...extra]
    } = await session.engine.runScript({
      what: `The compile step (${recipe.name})`,
      image: builder.pinned,
      script: aptInstall(request.buildPackages) + recipe.compileScript,
      inputs: [{ path: "/src", tar: contextTar }, ...plan.inputs],
      env: [...compileSide.env, ...plan.env],
      binds: compileSide.binds,
      labels,
      outputs: ["/out/app", "/out/deps", ...plan.outputs],
      onLog: reporter.info
    });
    if (!app || !deps) throw new UserError("The compile step produced no output");
    const normalizedApp = await normalizeTar(app, { mtime, owner: root });
    const pack = async () => createLayer(await normalizeTar(deps, { mtime: FIXED_LAYER_MTIME, owner: root }));
    const dependencies = plan.dependencies ? await plan.dependencies({ extra }, pack) : await pack();
    return { dependencies, app: normalizedApp };
  } catch (error) {
    if (error instanceof ScriptFailedError) {
      await reporter.group(logTailTitle(error.logTail), async () => {
        for (const line of error.logTail.lines) reporter.info(line);
      });
    }
    throw error;
  }
}
async function runPackagesTar({ engine, request, labels, reporter }, base, compileSide) {
  const { committedImage: committed } = await engine.runScript({
    what: `Installing run-packages (${request.runPackages.join(" ")})`,
    image: base.pinned,
    script: `set -eu
${aptInstall(request.runPackages)}rm -rf /var/lib/apt/lists/* /var/cache/apt/* /var/log/* /tmp/*
`,
    env: compileSide.env.filter((variable) => !variable.includes("CA_CERTS") && !variable.includes("CERT")),
    labels,
    onLog: reporter.info,
    commit: true
  });
  if (!committed) throw new UserError("Could not capture the installed run-packages");
  try {
    const archive = await engine.saveImage(committed);
    const added = archive.layers.at(-1);
    if (!added) throw new UserError("The run-packages install added no layer");
    return await normalizeTar(added.tar, {
      mtime: FIXED_LAYER_MTIME,
      // Logs and caches of the install change from run to run and serve nothing at run time.
      exclude: (path) => /^(var\/log|var\/cache|var\/lib\/apt\/lists|tmp)(\/|$)/.test(path) || path.endsWith("-old")
    });
  } finally {
    await engine.removeImage(committed).catch(() => void 0);
  }
}
async function quaiLayerTar(options) {
  const { request } = options;
  const shell = options.scratch ? `${BUSYBOX_PATH} sh` : "/bin/sh";
  const users = withAppUser(
    {
      passwd: options.base?.passwd,
      group: options.base?.group
    },
    request.user
  );
  const entries = [
    { path: "etc", type: "directory", mode: 493 },
    { path: "etc/passwd", type: "file", mode: 420, content: users.passwd },
    { path: "etc/group", type: "file", mode: 420, content: users.group },
    { path: "home", type: "directory", mode: 493 },
    { path: APP_HOME.slice(1), type: "directory", mode: 488, uid: request.user, gid: request.user },
    { path: "quai", type: "directory", mode: 493 },
    { path: ENTRYPOINT_PATH.slice(1), type: "file", mode: 493, content: entrypointScript(shell) },
    { path: "quai/processes", type: "file", mode: 420, content: formatProcesses(options.processes) },
    { path: "quai/tini", type: "file", mode: 493, content: options.tools.tini },
    ...options.scratch ? [{ path: BUSYBOX_PATH.slice(1), type: "file", mode: 493, content: options.tools.busybox }] : [],
    // Where distroless images list their packages, for the SBOM and scanners (dpkg ignores it).
    ...["var", "var/lib", "var/lib/dpkg", DISTROLESS_STATUS_DIR].map(
      (path) => ({ path, type: "directory", mode: 493 })
    ),
    ...Object.entries(options.tools.packages).filter(([name]) => options.scratch || name !== "busybox-static").map(
      ([name, control]) => ({
        path: `${DISTROLESS_STATUS_DIR}/${name}`,
        type: "file",
        mode: 420,
        content: control
      })
    )
  ];
  if (options.scratch) entries.push({ path: "tmp", type: "directory", mode: 1023 });
  return tarFromEntries(entries, FIXED_LAYER_MTIME);
}
function mergeEnv(base, ours) {
  const merged = /* @__PURE__ */ new Map();
  for (const variable of [...base, ...ours]) merged.set(variable.split("=")[0] ?? variable, variable);
  return [...merged.values()];
}

// packages/minimal-image/src/sbom.ts
import { createHash as createHash2 } from "node:crypto";
function cycloneDxSbom({ filesystem, image, created }) {
  const files = filesystem.files().filter(hasContent);
  const found = [
    ...npmPackages(files, filesystem),
    ...pythonDistributions(files, filesystem),
    ...debianPackages(files, filesystem)
  ];
  const components = [...new Map(found.map((component2) => [component2.purl, component2])).values()].sort(
    (a, b) => a.purl < b.purl ? -1 : 1
  );
  const metadata = {
    timestamp: created,
    tools: [{ vendor: "quai", name: "build-minimal-image" }],
    component: {
      type: "container",
      name: image.name,
      version: image.version,
      hashes: digestHashes(image.digest)
    }
  };
  const bom = {
    bomFormat: "CycloneDX",
    specVersion: "1.5",
    serialNumber: `urn:uuid:${contentUuid(JSON.stringify({ metadata, components }))}`,
    version: 1,
    metadata,
    components
  };
  return `${JSON.stringify(bom, null, 2)}
`;
}
function component(type, purl, name, version, licenses) {
  return { type, "bom-ref": purl, name, version, purl, licenses };
}
var purlEncode = encodeURIComponent;
var NPM_MANIFEST = /^(?:(.*)\/)?node_modules\/(?:@[^/]+\/)?[^/]+\/package\.json$/;
var TEST_DIRECTORY = /(?:^|\/)(?:test|tests|__tests__|fixtures|__fixtures__)(?:\/|$)/;
function npmPackages(files, filesystem) {
  return files.flatMap(({ path }) => {
    const match = NPM_MANIFEST.exec(path);
    if (match === null || isInsidePackageTests(match[1] ?? "")) return [];
    const { name, version, license } = readJson(filesystem, path) ?? {};
    if (typeof name !== "string" || typeof version !== "string") return [];
    const purl = `pkg:npm/${name.split("/").map(purlEncode).join("/")}@${purlEncode(version)}`;
    return [component("library", purl, name, version, licenseOf(license, "spdx"))];
  });
}
function isInsidePackageTests(directoryOfNodeModules) {
  const insidePackages = /(?:^|\/)node_modules\/(.*)$/.exec(directoryOfNodeModules)?.[1];
  return insidePackages !== void 0 && TEST_DIRECTORY.test(insidePackages);
}
function readJson(filesystem, path) {
  try {
    return JSON.parse(readText(filesystem, path));
  } catch {
    return null;
  }
}
var PYTHON_METADATA = /^(?:.*\/)?(?:site|dist)-packages\/[^/]+\.dist-info\/METADATA$/;
function pythonDistributions(files, filesystem) {
  return files.flatMap(({ path }) => {
    if (!PYTHON_METADATA.test(path)) return [];
    const headers = parseStanzas(readText(filesystem, path))[0];
    const name = headers?.get("Name");
    const version = headers?.get("Version");
    if (!headers || !name || !version) return [];
    const normalized = name.toLowerCase().replace(/[-_.]+/g, "-");
    const purl = `pkg:pypi/${purlEncode(normalized)}@${purlEncode(version)}`;
    const licenses = licenseOf(headers.get("License-Expression"), "spdx") ?? licenseOf(headers.get("License"), "name");
    return [component("library", purl, normalized, version, licenses)];
  });
}
var DPKG_STATUS = "var/lib/dpkg/status";
var DISTROLESS_STATUS = /^var\/lib\/dpkg\/status\.d\/[^/]+$/;
function debianPackages(files, filesystem) {
  const installed = [
    // "install ok installed", or "hold ok installed" for a package pinned with apt-mark hold.
    ...parseStanzas(readText(filesystem, DPKG_STATUS)).filter(
      (fields) => /^\w+ ok installed$/.test(fields.get("Status") ?? "")
    ),
    ...files.filter(({ path }) => DISTROLESS_STATUS.test(path) && !path.endsWith(".md5sums")).flatMap(({ path }) => parseStanzas(readText(filesystem, path)))
  ];
  return installed.flatMap((fields) => {
    const name = fields.get("Package");
    const version = fields.get("Version");
    const architecture = fields.get("Architecture");
    if (!name || !version) return [];
    const qualifiers = architecture ? `?arch=${purlEncode(architecture)}` : "";
    const purl = `pkg:deb/debian/${purlEncode(name)}@${purlEncode(version)}${qualifiers}`;
    return [component("application", purl, name, version)];
  });
}
function readText(filesystem, path) {
  return filesystem.read(path)?.toString("utf8") ?? "";
}
function parseStanzas(text) {
  return text.replace(/\r\n/g, "\n").split(/\n{2,}/).map((stanza) => {
    const fields = /* @__PURE__ */ new Map();
    let field;
    for (const line of stanza.split("\n")) {
      const colon = line.indexOf(":");
      if (/^[ \t]/.test(line) && field !== void 0) {
        fields.set(field, `${fields.get(field)}
${line.trim()}`);
      } else if (colon > 0) {
        field = line.slice(0, colon);
        fields.set(field, line.slice(colon + 1).trim());
      }
    }
    return fields;
  });
}
var NO_LICENSE = /* @__PURE__ */ new Set(["", "UNLICENSED", "UNKNOWN"]);
var SPDX_EXPRESSION = /^\(*[\w.+-]+\)*(?:\s+(?:AND|OR|WITH)\s+\(*[\w.+-]+\)*)*$/;
function licenseOf(value, declared) {
  if (typeof value !== "string") return void 0;
  const text = value.trim();
  if (NO_LICENSE.has(text) || text.includes("\n")) return void 0;
  return [
    declared === "spdx" && SPDX_EXPRESSION.test(text) ? { expression: text } : { license: { name: text } }
  ];
}
function digestHashes(digest) {
  const match = /^sha(256|384|512):([0-9a-f]+)$/.exec(digest ?? "");
  return match ? [{ alg: `SHA-${match[1]}`, content: match[2] ?? "" }] : void 0;
}
var SERIAL_NAMESPACE = Buffer.from("e5eee029dbb343f3894ef02a08f4f1ee", "hex");
function contentUuid(content) {
  const hash = createHash2("sha1").update(SERIAL_NAMESPACE).update(content).digest().subarray(0, 16);
  hash.writeUInt8(hash.readUInt8(6) & 15 | 80, 6);
  hash.writeUInt8(hash.readUInt8(8) & 63 | 128, 8);
  const hex = hash.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

// packages/minimal-image/src/build-image.ts
async function buildMinimalImage(engine, request, reporter) {
  const recipeName = request.recipe === "auto" ? detectRecipe(request.context) : request.recipe;
  const labels = runLabels(request.runId, "build-minimal-image");
  const info = await engine.info();
  const store = imageStoreOf(info);
  const target = {
    store,
    platform: request.platform ?? store.platform,
    registryMirrors: registryMirrorsOf(info)
  };
  reporter.info(`Building ${formatPlatform(target.platform)} on ${store.description}`);
  const session = { engine, request, reporter, labels, target };
  const assembled = recipeName === "dockerfile" ? await imageFromDockerfile(session) : await imageFromRecipe(session, RECIPES[recipeName]);
  const labelsOfImage = { ...imageLabels(request, assembled.base), ...request.labels };
  const config = buildImageConfig({
    epoch: request.source.epoch,
    platform: assembled.platform,
    config: { ...assembled.config, Labels: { ...assembled.config.Labels, ...labelsOfImage } },
    layers: assembled.layers.map(({ layer, role, holds }) => ({
      diffId: layer.diffId,
      createdBy: `quai build-minimal-image: ${role}`,
      comment: holds
    }))
  });
  const layers = assembled.layers.map(({ layer }) => layer);
  const manifest = buildManifest({ config: config.descriptor, layers, annotations: labelsOfImage });
  const digest = manifest.descriptor.digest;
  const { audit, sbom } = await reporter.group("Audit", async () => {
    const views = [];
    for (const { layer, role, holds } of assembled.layers) {
      views.push(
        await layerView(layer.tar, holds, {
          fromBase: role === "base",
          fromDockerfile: role === "dockerfile"
        })
      );
    }
    const filesystem = mergeLayers(views);
    const report = auditImage({
      filesystem,
      user: assembled.config.User ?? "",
      devDependencyPaths: assembled.devDependencyPaths
    });
    for (const warning of report.warnings) reporter.warning(warning.message);
    if (report.failures.length > 0) {
      for (const failure of report.failures) reporter.info(`\u2717 ${failure.message}`);
      throw new UserError(
        `The image failed its audit: ${report.failures.map((failure) => failure.message).join("; ")}`,
        { hint: "Nothing was written or loaded; fix the app or its .dockerignore and build again" }
      );
    }
    const created = new Date(request.source.epoch * 1e3).toISOString();
    const image = { name: request.imageName, version: request.source.version, digest };
    return { audit: report, sbom: cycloneDxSbom({ filesystem, image, created }) };
  });
  await reporter.group("Write the OCI layout and load the image", async () => {
    await writeOciLayout(request.outputDir, {
      config: config.bytes,
      layers,
      manifest: manifest.bytes,
      refName: request.imageName
    });
    writeFileSync3(sbomPath(request.outputDir), sbom);
    const loaded = await loadIntoEngine(
      engine,
      store,
      { config: config.bytes, layers, repoTags: [request.imageName] },
      assembled.base,
      reporter.info
    );
    const how = loaded === "without-base-layers" ? " (the engine already held the base's layers)" : assembled.base && store.kind === "containerd" ? " (whole: containerd's image store keeps the files it is sent as the image's layers)" : "";
    reporter.info(`${request.imageName} \u2192 ${digest}${how}`);
  });
  return {
    recipe: recipeName,
    digest,
    imageId: config.descriptor.digest,
    image: request.imageName,
    ociLayout: request.outputDir,
    sbom: sbomPath(request.outputDir),
    size: {
      compressed: layers.reduce((sum, layer) => sum + layer.size, 0),
      uncompressed: layers.reduce((sum, layer) => sum + layer.uncompressedSize, 0)
    },
    base: assembled.base,
    builder: assembled.builder,
    layers: assembled.layers.map(({ role, layer, holds }) => ({
      role,
      digest: layer.digest,
      size: layer.size,
      uncompressedSize: layer.uncompressedSize,
      holds
    })),
    audit,
    processes: assembled.processes,
    naiveSize: assembled.naiveSize,
    platform: assembled.platform
  };
}
function sbomPath(outputDir) {
  return `${outputDir.replace(/\/+$/, "")}.sbom.cdx.json`;
}
function imageLabels(request, base) {
  const labels = {
    "org.opencontainers.image.created": new Date(request.source.epoch * 1e3).toISOString()
  };
  if (request.source.url) labels["org.opencontainers.image.source"] = request.source.url;
  if (request.source.revision) labels["org.opencontainers.image.revision"] = request.source.revision;
  if (request.source.version) labels["org.opencontainers.image.version"] = request.source.version;
  if (base) {
    labels[BASE_NAME_ANNOTATION] = formatImageRef({
      ...parseImageRef(base.ref),
      digest: void 0
    });
    if (base.digest) labels["org.opencontainers.image.base.digest"] = base.digest;
  }
  return labels;
}

// packages/minimal-image/src/source-info.ts
var GIT_TIME_LIMIT_MS = 6e4;
var systemGit = async (args, cwd) => {
  const { exitCode, stdout, stderr } = await runProcess("git", args, { cwd, timeLimitMs: GIT_TIME_LIMIT_MS });
  if (exitCode !== 0) throw new Error(`git ${args.join(" ")} exited with code ${exitCode}: ${stderr.trim()}`);
  return stdout.trim();
};
async function readSourceInfo(context, env, git = systemGit) {
  const repository = env.GITHUB_REPOSITORY;
  const url = repository ? `${env.GITHUB_SERVER_URL ?? "https://github.com"}/${repository}` : void 0;
  const version = env.GITHUB_REF?.startsWith("refs/tags/") ? env.GITHUB_REF.slice("refs/tags/".length) : void 0;
  try {
    const [epoch = "", revision = ""] = (await git(["log", "-1", "--format=%ct %H"], context)).split(" ");
    if (/^\d+$/.test(epoch)) return { epoch: Number(epoch), revision, url, version };
  } catch {
  }
  const fromEnv = env.SOURCE_DATE_EPOCH;
  if (fromEnv && /^\d+$/.test(fromEnv))
    return { epoch: Number(fromEnv), revision: env.GITHUB_SHA, url, version };
  return {
    epoch: 0,
    revision: env.GITHUB_SHA,
    url,
    version,
    warning: `${context} is not in a git checkout and SOURCE_DATE_EPOCH is unset: the image's timestamps are 1970-01-01`
  };
}
export {
  auditImage,
  buildMinimalImage,
  detectRecipe,
  dockerodeBuildEngine,
  formatAuditReport,
  formatProcesses,
  parseProcesses,
  readNodePackage,
  readSourceInfo,
  requireNodeLockfile,
  sbomPath,
  systemGit
};
