import { formatBytes } from "@quai/core";
import {
  baseName,
  hasContent,
  type ImageFile,
  type ImageFilesystem,
  joinPath,
  normalizeImagePath,
} from "./image-filesystem";
import { nodeDevOnlyPaths } from "./node-dev-dependencies";

export type AuditRule =
  | "root-user"
  | "compiler"
  | "package-manager-cache"
  | "git"
  | "dev-dependency"
  | "secret"
  | "setuid"
  | "size";

export interface AuditFinding {
  rule: AuditRule;
  /** Names the offending paths: at most 10, then how many more there are. */
  message: string;
  /** Every offending path; directories (a cache, a .git, a package) are named once, not file by file. */
  paths: string[];
}

export interface AuditReport {
  /** Any of these rejects the image. */
  failures: AuditFinding[];
  warnings: AuditFinding[];
  /** The 10 largest files outside the base layers, largest first. */
  largest: { path: string; size: number }[];
  totalSize: number;
  /** Bytes outside the base layers: what the build added. */
  addedSize: number;
}

export interface AuditInput {
  filesystem: ImageFilesystem;
  /** The image config's User: "10001:10001", or "" when unset. */
  user: string;
  /** Directories that must not be in the image, e.g. from `nodeDevOnlyPaths`. */
  devDependencyPaths?: string[];
  /**
   * Where the app lives in the image, e.g. "app". Without `devDependencyPaths`, the dev-only packages
   * are read from `<appRoot>/package-lock.json` when the image has one.
   */
  appRoot?: string;
}

const MIB = 1024 * 1024;
const ADDED_SIZE_WARNING = 100 * MIB;
const ADDED_FILE_WARNING = 25 * MIB;
const LISTED_PATHS = 10;

/**
 * The checks an image passes before it is accepted. Compilers, caches and the user are checked in every
 * layer: they ship whoever put them there, and picking a runtime base is the user's fix. Secrets and
 * .git only in the layers the build added: base images legitimately carry keys the user cannot remove
 * (Debian's ssl-cert generates /etc/ssl/private/ssl-cert-snakeoil.key on install), and a base's
 * history is its publisher's business. Setuid and setgid files (a way to their owner's rights, root
 * mostly, in a minimal image) fail in the layers the build added (run-packages, dependencies, quai,
 * app) and only warn in the base's, which nearly every distribution ships (su, passwd, mount), and
 * in a Dockerfile's layers, where the FROM image's are not told apart from its steps'.
 */
export function auditImage(input: AuditInput): AuditReport {
  const { filesystem } = input;
  // An empty directory ships nothing; every rule looks at paths that do.
  const contents = filesystem.files().filter((file) => file.type !== "directory");
  const added = contents.filter((file) => filesystem.layerOf(file.path)?.fromBase !== true);
  const largest = largestFiles(added);
  const addedSize = sumSizes(added);
  const setuid = setuidPaths(contents, filesystem);
  const describeBits = (path: string) => `${path} (${specialBits(filesystem.get(path)?.mode ?? 0)})`;
  const failures = [
    rootUserFinding(input.user),
    finding("compiler", "Compilers in the image", matchingPaths(contents, COMPILERS)),
    finding("package-manager-cache", "Package manager caches in the image", cachePaths(contents, filesystem)),
    finding("git", "Git repositories in the image", matchingPaths(added, [GIT_DIRECTORY])),
    finding("dev-dependency", "Dev-only dependencies in the image", devDependencies(input, contents)),
    finding("secret", "Files that look like secrets in the image", secretPaths(added, filesystem)),
    finding("setuid", "Setuid or setgid files added to the image", setuid.added, describeBits),
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
      describeBits,
    ),
    ...sizeFindings(added, addedSize, largest, filesystem),
  ];
  return {
    failures: failures.filter(isFinding),
    warnings: warnings.filter(isFinding),
    largest,
    totalSize: sumSizes(contents),
    addedSize,
  };
}

/** The report as log lines: sizes, largest added files, then each finding with what to do about it. */
export function formatAuditReport(report: AuditReport): string[] {
  const verdict =
    report.failures.length === 0
      ? `Audit passed${report.warnings.length === 0 ? "" : ` with ${count(report.warnings.length, "warning")}`}`
      : `Audit failed: ${count(report.failures.length, "problem")}`;
  return [
    `Image size ${formatBytes(report.totalSize)}, of which ${formatBytes(report.addedSize)} added over the base image`,
    ...(report.largest.length === 0 ? [] : ["Largest added files:"]),
    ...report.largest.map(({ path, size }) => `  ${formatBytes(size).padStart(9)}  ${path}`),
    ...report.failures.flatMap((failure) => formatFinding("Failure", failure)),
    ...report.warnings.flatMap((warning) => formatFinding("Warning", warning)),
    verdict,
  ];
}

const RULE_HINTS: Record<AuditRule, string> = {
  "root-user": "Set a non-root user, e.g. USER 10001:10001",
  compiler: "Compile in a build stage and copy only its output, on a runtime base without a toolchain",
  "package-manager-cache":
    "Clean up in the step that fills it: npm cache clean --force, pip install --no-cache-dir, rm -rf /var/lib/apt/lists/*",
  git: "Add .git to .dockerignore",
  "dev-dependency": "Install production dependencies only: npm ci --omit=dev",
  secret:
    "Keep it out of the build context (.dockerignore), pass it at run time, and rotate it if the image was pushed",
  setuid:
    "Whoever runs them gets their owner's rights: clear the bits where the file is added (chmod a-s FILE), or pick a base without such files (distroless has none)",
  size: "Look at the largest files: data and build leftovers belong outside the image",
};

function formatFinding(kind: string, { rule, message }: AuditFinding): string[] {
  return [`${kind} (${rule}): ${message}`, `  ${RULE_HINTS[rule]}`];
}

function isFinding(finding: AuditFinding | undefined): finding is AuditFinding {
  return finding !== undefined;
}

/** `<label>: a, b and 3 more (5 paths)`, or nothing when no path offends. */
function finding(
  rule: AuditRule,
  label: string,
  paths: string[],
  describe: (path: string) => string = (path) => path,
): AuditFinding | undefined {
  if (paths.length === 0) return undefined;
  const shown = paths.slice(0, LISTED_PATHS).map(describe).join(", ");
  const rest = paths.length > LISTED_PATHS ? ` and ${paths.length - LISTED_PATHS} more` : "";
  return { rule, message: `${label}: ${shown}${rest} (${count(paths.length, "path")})`, paths };
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

function rootUserFinding(user: string): AuditFinding | undefined {
  const name = user.trim().split(":")[0];
  if (name !== "" && name !== "0" && name !== "root") return undefined;
  const why = user.trim() === "" ? "the image config sets no User" : `User is ${JSON.stringify(user)}`;
  return { rule: "root-user", message: `The image runs as root: ${why}`, paths: [] };
}

/** A directory or file named by `pattern` wherever it is; the match is the path reported. */
function anywhere(pattern: string): RegExp {
  return new RegExp(`^(?:.*?/)?${pattern}(?=/|$)`);
}

// Matched by name, never by following symlinks: /usr/bin/cc → gcc-12 is a compiler either way.
const COMPILERS = [
  // gcc, g++, cc, c++, clang, clang++: plain, versioned (gcc-12) or with a target (x86_64-linux-gnu-gcc-12)
  /^usr\/(?:local\/)?bin\/(?:[\w-]+-linux-\w+-)?(?:gcc|g\+\+|cc|c\+\+|clang|clang\+\+)(?:-[\d.]+)?$/,
  // The compilers proper behind the gcc driver, which stay when only the driver is removed
  /^usr\/(?:lib|libexec)\/gcc\/[^/]+\/[^/]+\/cc1\w*$/,
  /^(?:.*\/)?bin\/rustc$/,
  /^usr\/local\/go\/bin\/go$/,
  /^(?:.*\/)?bin\/javac$/,
];

const GIT_DIRECTORY = anywhere(String.raw`\.git`);

const CACHE_DIRECTORIES = [
  anywhere(String.raw`\.npm/_cacache`),
  // pip, and yarn v1 (usr/local/share/.cache/yarn when it runs as root in the node images)
  anywhere(String.raw`\.cache/(?:pip|yarn)`),
  // yarn berry: the global cache and a project's own
  anywhere(String.raw`\.yarn/(?:berry/)?cache`),
  anywhere(String.raw`\.pnpm-store`),
  anywhere(String.raw`\.local/share/pnpm/store`),
  /^var\/cache\/apt\/archives\/[^/]+\.deb$/,
];

/** The distinct matches of `patterns` (anchored at the start of a path) in the files' paths, in path order. */
function matchingPaths(files: ImageFile[], patterns: RegExp[]): string[] {
  const matches = files.flatMap(({ path }) => patterns.flatMap((pattern) => pattern.exec(path)?.[0] ?? []));
  return [...new Set(matches)];
}

function cachePaths(contents: ImageFile[], filesystem: ImageFilesystem): string[] {
  return matchingPaths(contents, CACHE_DIRECTORIES).filter(
    (path) => !isYarnPnpDependencies(path, filesystem),
  );
}

/** With Yarn Plug'n'Play, a project's .yarn/cache holds the zipped dependencies the app runs from. */
function isYarnPnpDependencies(cache: string, filesystem: ImageFilesystem): boolean {
  const project = /^(?:(.*)\/)?\.yarn\/cache$/.exec(cache);
  return project !== null && filesystem.get(joinPath(project[1] ?? "", ".pnp.cjs")) !== undefined;
}

function aptListPaths(contents: ImageFile[]): string[] {
  return contents
    .filter(({ path }) => /^var\/lib\/apt\/lists\/[^/]+$/.test(path) && baseName(path) !== "lock")
    .map(({ path }) => path);
}

function devDependencies(input: AuditInput, contents: ImageFile[]): string[] {
  const devPaths = input.devDependencyPaths ?? devPathsFromImageLockfile(input);
  const occupied = pathsAndAncestors(contents);
  return devPaths.map(normalizeImagePath).filter((path) => occupied.has(path));
}

function devPathsFromImageLockfile({ filesystem, appRoot }: AuditInput): string[] {
  if (appRoot === undefined) return [];
  const lockfile = filesystem.read(joinPath(normalizeImagePath(appRoot), "package-lock.json"));
  return lockfile === undefined ? [] : nodeDevOnlyPaths(lockfile.toString("utf8"), appRoot);
}

/** Every path that is a file or has one under it. */
function pathsAndAncestors(files: ImageFile[]): Set<string> {
  const paths = new Set<string>();
  for (const { path } of files) {
    for (let end = path.length; end > 0; end = path.lastIndexOf("/", end - 1)) paths.add(path.slice(0, end));
  }
  return paths;
}

interface SecretFile {
  name: RegExp;
  /** When set, only a file whose content matches is a secret. */
  content?: RegExp;
}

const SECRET_FILES: SecretFile[] = [
  { name: /^\.env(?:\.(?!(?:example|sample|template)$).+)?$/ },
  { name: /^id_(?:rsa|dsa|ecdsa|ed25519)$/ },
  // Certificates ship as .pem too; only a private key is a secret.
  { name: /\.(?:pem|key)$/, content: /PRIVATE KEY/ },
  // PKCS#12 bundles exist to carry a private key.
  { name: /\.(?:p12|pfx)$/ },
  // `_authToken=${NPM_TOKEN}` reads the token from the environment at run time, which is fine.
  { name: /^\.npmrc$/, content: /^[^#;\n]*_(?:authToken|auth|password)\s*=\s*(?!\$\{)\S/m },
  { name: /^(?:\.pypirc|\.netrc|credentials\.json)$/ },
];

// Installed packages ship test keys and sample .env files of their own; the user's secrets are elsewhere.
const THIRD_PARTY_PACKAGES = /(?:^|\/)(?:node_modules|site-packages|dist-packages)\//;

function secretPaths(added: ImageFile[], filesystem: ImageFilesystem): string[] {
  // Only files: a directory named .env is usually a Python virtualenv, and a symlink points at a
  // secret mounted at run time, which is the right way to pass one.
  return added
    .filter((file) => hasContent(file) && !THIRD_PARTY_PACKAGES.test(file.path))
    .filter((file) => looksLikeSecret(file.path, filesystem))
    .map(({ path }) => path);
}

function looksLikeSecret(path: string, filesystem: ImageFilesystem): boolean {
  const name = baseName(path);
  return SECRET_FILES.some(
    (secret) =>
      secret.name.test(name) &&
      (secret.content === undefined || secret.content.test(filesystem.read(path)?.toString("utf8") ?? "")),
  );
}

const SETUID = 0o4000;
const SETGID = 0o2000;

/**
 * Regular files with the setuid or setgid bit, by the layer that put them there. A directory's
 * setgid bit only passes its group on to new files, and a symlink's mode means nothing.
 */
function setuidPaths(
  contents: ImageFile[],
  filesystem: ImageFilesystem,
): { base: string[]; dockerfile: string[]; added: string[] } {
  const found = { base: [] as string[], dockerfile: [] as string[], added: [] as string[] };
  for (const file of contents) {
    if (!hasContent(file) || (file.mode & (SETUID | SETGID)) === 0) continue;
    const layer = filesystem.layerOf(file.path);
    const origin = layer?.fromBase ? "base" : layer?.fromDockerfile ? "dockerfile" : "added";
    found[origin].push(file.path);
  }
  return found;
}

function specialBits(mode: number): string {
  const bits = [mode & SETUID ? "setuid" : "", mode & SETGID ? "setgid" : ""].filter(Boolean);
  return bits.join(" and ");
}

function largestFiles(added: ImageFile[]): { path: string; size: number }[] {
  return added
    .filter(hasContent)
    .sort((a, b) => b.size - a.size || (a.path < b.path ? -1 : 1))
    .slice(0, LISTED_PATHS)
    .map(({ path, size }) => ({ path, size }));
}

function sumSizes(files: ImageFile[]): number {
  return files.reduce((total, { size }) => total + size, 0);
}

function sizeFindings(
  added: ImageFile[],
  addedSize: number,
  largest: { path: string; size: number }[],
  filesystem: ImageFilesystem,
): (AuditFinding | undefined)[] {
  const withSize = (path: string) => `${path} ${formatBytes(filesystem.get(path)?.size ?? 0)}`;
  const bigFiles = added
    .filter((file) => hasContent(file) && file.size > ADDED_FILE_WARNING)
    .map(({ path }) => path);
  const overall =
    addedSize > ADDED_SIZE_WARNING
      ? finding(
          "size",
          `The image adds ${formatBytes(addedSize)} to its base, over ${formatBytes(ADDED_SIZE_WARNING)}; largest`,
          largest.map(({ path }) => path),
          withSize,
        )
      : undefined;
  return [
    overall,
    finding("size", `Files over ${formatBytes(ADDED_FILE_WARNING)} added to the base`, bigFiles, withSize),
  ];
}
