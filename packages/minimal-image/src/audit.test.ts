import { describe, expect, it } from "vitest";
import { type AuditInput, type AuditRule, auditImage, formatAuditReport } from "./audit";
import { type LayerView, type MemoryEntry, memoryLayer, mergeLayers } from "./image-filesystem";

const MIB = 1024 * 1024;
const PRIVATE_KEY =
  "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----\n";

const base = (entries: Record<string, MemoryEntry>) => memoryLayer("base", entries, { fromBase: true });
const app = (entries: Record<string, MemoryEntry>) => memoryLayer("app", entries);

const DEBIAN_BASE = base({
  "etc/os-release": 'ID=debian\nVERSION_ID="12"\n',
  "usr/bin/c++filt": "elf",
  "usr/lib/x86_64-linux-gnu/libc.so.6": { size: 2 * MIB },
  "var/lib/apt/lists/lock": "",
  "var/cache/apt/archives/partial": { type: "directory" },
  "var/cache/apt/archives/lock": "",
});
const APP = app({ "app/index.js": "console.log('hi')", "app/node_modules/ms/package.json": "{}" });

type AuditOptions = Partial<Omit<AuditInput, "filesystem">>;

function audit(layers: LayerView[], options: AuditOptions = {}) {
  return auditImage({ filesystem: mergeLayers(layers), user: "10001:10001", ...options });
}

/** The findings of one rule, as their messages. */
function messages(layers: LayerView[], rule: AuditRule, options: AuditOptions = {}) {
  const report = audit(layers, options);
  return [...report.failures, ...report.warnings]
    .filter((finding) => finding.rule === rule)
    .map((f) => f.message);
}

describe("auditImage", () => {
  it("passes a clean image run by a non-root user", () => {
    const report = audit([DEBIAN_BASE, APP, app({ "app/.env.example": "PORT=3000" })]);
    expect(report.failures).toEqual([]);
    expect(report.warnings).toEqual([]);
  });

  it.each(["", "0", "root", "0:0", "root:root"])(
    "fails an image whose User is %j: it runs as root",
    (user) => {
      expect(messages([DEBIAN_BASE, APP], "root-user", { user })).toEqual([
        user === ""
          ? "The image runs as root: the image config sets no User"
          : `The image runs as root: User is "${user}"`,
      ]);
    },
  );

  it.each(["10001:10001", "node", "10001:0"])("accepts User %j", (user) => {
    expect(messages([DEBIAN_BASE, APP], "root-user", { user })).toEqual([]);
  });

  describe("compilers", () => {
    it("fails on compilers in any layer, symlinks included by name", () => {
      const toolchain = base({
        "usr/bin/x86_64-linux-gnu-gcc-12": "elf",
        "usr/bin/gcc-12": { type: "symlink", linkname: "x86_64-linux-gnu-gcc-12" },
        "usr/bin/cc": { type: "symlink", linkname: "/etc/alternatives/cc" },
        "usr/lib/gcc/x86_64-linux-gnu/12/cc1plus": "elf",
      });
      const others = app({
        "usr/local/cargo/bin/rustc": "elf",
        "usr/local/go/bin/go": "elf",
        "usr/lib/jvm/java-17-openjdk-amd64/bin/javac": "elf",
        "usr/lib/jvm/java-17-openjdk-amd64/bin/java": "elf",
      });
      expect(messages([DEBIAN_BASE, toolchain, others], "compiler")).toEqual([
        "Compilers in the image: usr/bin/cc, usr/bin/gcc-12, usr/bin/x86_64-linux-gnu-gcc-12, " +
          "usr/lib/gcc/x86_64-linux-gnu/12/cc1plus, usr/lib/jvm/java-17-openjdk-amd64/bin/javac, " +
          "usr/local/cargo/bin/rustc, usr/local/go/bin/go (7 paths)",
      ]);
    });

    it("no longer fails once a later layer whites the compiler out", () => {
      const toolchain = base({ "usr/bin/gcc": "elf", "usr/lib/gcc/x86_64-linux-gnu/12/cc1": "elf" });
      const removal = app({ "usr/bin/.wh.gcc": "", "usr/lib/.wh.gcc": "" });
      expect(messages([DEBIAN_BASE, toolchain, removal], "compiler")).toEqual([]);
    });
  });

  describe("package manager caches", () => {
    it("fails on caches, naming each cache directory once", () => {
      const caches = app({
        "root/.npm/_cacache/index-v5/00/aa": "{}",
        "root/.npm/_cacache/content-v2/sha512/bb": "tgz",
        "home/app/.cache/pip/http/cc": "whl",
        "usr/local/share/.cache/yarn/v6/npm-ms-2.1.3/package.json": "{}",
        "app/.pnpm-store/v3/files/00/dd": "js",
        "var/cache/apt/archives/gcc-12_12.2.0-14_amd64.deb": "deb",
      });
      expect(messages([DEBIAN_BASE, caches], "package-manager-cache")).toEqual([
        "Package manager caches in the image: app/.pnpm-store, home/app/.cache/pip, root/.npm/_cacache, " +
          "usr/local/share/.cache/yarn, var/cache/apt/archives/gcc-12_12.2.0-14_amd64.deb (5 paths)",
      ]);
    });

    it("takes a Yarn project's cache for its dependencies when Plug'n'Play runs from it", () => {
      const yarnCache = { "app/.yarn/cache/ms-npm-2.1.3-81b21d.zip": "zip" };
      expect(messages([DEBIAN_BASE, app(yarnCache)], "package-manager-cache")).toEqual([
        "Package manager caches in the image: app/.yarn/cache (1 path)",
      ]);
      expect(
        messages([DEBIAN_BASE, app({ ...yarnCache, "app/.pnp.cjs": "" })], "package-manager-cache"),
      ).toEqual([]);
    });

    it("only warns about apt package lists", () => {
      const lists = app({ "var/lib/apt/lists/deb.debian.org_debian_dists_bookworm_InRelease": "lists" });
      const report = audit([DEBIAN_BASE, lists]);
      expect(report.failures).toEqual([]);
      expect(report.warnings.map(({ message }) => message)).toEqual([
        "apt package lists in the image: var/lib/apt/lists/deb.debian.org_debian_dists_bookworm_InRelease (1 path)",
      ]);
    });
  });

  describe("git", () => {
    const repository = {
      ".git/HEAD": "ref: refs/heads/main",
      ".gitignore": "node_modules",
      ".github/workflows/ci.yml": "",
    };
    const under = (root: string) =>
      Object.fromEntries(Object.entries(repository).map(([path, content]) => [`${root}/${path}`, content]));

    it("fails on a .git the build added", () => {
      expect(messages([DEBIAN_BASE, app(under("app"))], "git")).toEqual([
        "Git repositories in the image: app/.git (1 path)",
      ]);
    });

    it("leaves a base image's .git to its publisher", () => {
      expect(messages([DEBIAN_BASE, base(under("opt/tool"))], "git")).toEqual([]);
    });
  });

  describe("dev-only dependencies", () => {
    const DEPENDENCIES = memoryLayer("dependencies", {
      "app/node_modules/typescript/package.json": "{}",
      "app/node_modules/@types/node/package.json": "{}",
      "app/node_modules/ms/package.json": "{}",
    });

    it("fails on the dev-only directories that are present, in the order given", () => {
      const devDependencyPaths = [
        "app/node_modules/typescript",
        "app/node_modules/@types/node",
        "app/node_modules/vitest",
      ];
      expect(messages([DEBIAN_BASE, DEPENDENCIES], "dev-dependency", { devDependencyPaths })).toEqual([
        "Dev-only dependencies in the image: app/node_modules/typescript, app/node_modules/@types/node (2 paths)",
      ]);
    });

    it("passes when none is present", () => {
      const devDependencyPaths = ["app/node_modules/vitest", "app/node_modules/type"];
      expect(messages([DEBIAN_BASE, DEPENDENCIES], "dev-dependency", { devDependencyPaths })).toEqual([]);
    });

    it("reads them from the app's package-lock.json in the image when not given", () => {
      const lockfile = JSON.stringify({
        lockfileVersion: 3,
        packages: { "node_modules/typescript": { dev: true }, "node_modules/ms": {} },
      });
      const layers = [DEBIAN_BASE, DEPENDENCIES, app({ "app/package-lock.json": lockfile })];
      expect(messages(layers, "dev-dependency", { appRoot: "app" })).toEqual([
        "Dev-only dependencies in the image: app/node_modules/typescript (1 path)",
      ]);
      expect(messages(layers, "dev-dependency")).toEqual([]);
    });
  });

  describe("secrets", () => {
    it.each([
      [".env", "TOKEN=abc"],
      [".env.production", "TOKEN=abc"],
      ["deploy/id_ed25519", PRIVATE_KEY],
      ["certs/server.key", PRIVATE_KEY],
      ["certs/server.pem", PRIVATE_KEY],
      ["certs/client.p12", "binary"],
      [".npmrc", "//registry.npmjs.org/:_authToken=npm_abc123\n"],
      [".pypirc", "[pypi]\npassword = abc"],
      [".netrc", "machine github.com password abc"],
      ["credentials.json", '{"type":"service_account"}'],
    ])("fails on app/%s", (path, content) => {
      expect(messages([DEBIAN_BASE, app({ [`app/${path}`]: content })], "secret")).toEqual([
        `Files that look like secrets in the image: app/${path} (1 path)`,
      ]);
    });

    it.each([
      [".env.example", "TOKEN="],
      [".env.sample", "TOKEN="],
      [".env.template", "TOKEN="],
      ["deploy/id_ed25519.pub", "ssh-ed25519 AAAA"],
      ["certs/ca.pem", "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n"],
      [".npmrc", `//registry.npmjs.org/:_authToken=\${NPM_TOKEN}\n`],
      [".npmrc", "registry=https://registry.npmjs.org/\n# _authToken=npm_old\n"],
      ["node_modules/ssh2/test/fixtures/id_rsa", PRIVATE_KEY],
      ["node_modules/dotenv/.env", "SAMPLE=1"],
    ])("accepts app/%s", (path, content) => {
      expect(messages([DEBIAN_BASE, app({ [`app/${path}`]: content })], "secret")).toEqual([]);
    });

    it("accepts a .env that is a virtualenv directory or a symlink to a runtime secret", () => {
      const layer = app({
        "app/.env": { type: "directory" },
        "app/.env/bin/python": { type: "symlink", linkname: "/usr/bin/python3" },
        "srv/.env": { type: "symlink", linkname: "/run/secrets/env" },
      });
      expect(messages([DEBIAN_BASE, layer], "secret")).toEqual([]);
    });

    it("leaves the base image's keys alone, such as Debian's snakeoil key", () => {
      const snakeoil = base({ "etc/ssl/private/ssl-cert-snakeoil.key": PRIVATE_KEY });
      expect(messages([DEBIAN_BASE, snakeoil, APP], "secret")).toEqual([]);
    });

    it("names at most 10 paths and counts the rest", () => {
      const envs = Object.fromEntries(
        Array.from({ length: 12 }, (_, i) => [`svc${String(i).padStart(2, "0")}/.env`, "A=1"]),
      );
      const [message] = messages([DEBIAN_BASE, app(envs)], "secret");
      expect(message).toMatch(/: svc00\/\.env, .*, svc09\/\.env and 2 more \(12 paths\)$/);
      expect(audit([DEBIAN_BASE, app(envs)]).failures[0]?.paths).toHaveLength(12);
    });
  });

  describe("setuid and setgid files", () => {
    const DEBIAN_SETUID = base({
      "usr/bin/passwd": { mode: 0o4755, size: 1 },
      "usr/bin/chage": { mode: 0o2755, size: 1 },
      "usr/bin/su": { mode: 0o6755, size: 1 },
      "usr/bin/ls": { mode: 0o755, size: 1 },
      "var/local": { type: "directory", mode: 0o2775 },
      "var/mail": { type: "directory", mode: 0o2775 },
      "usr/bin/newgrp": { type: "symlink", mode: 0o4777, linkname: "sg" },
    });

    it("warns about those of the base image, naming each file and its bits", () => {
      const report = audit([DEBIAN_BASE, DEBIAN_SETUID, APP]);
      expect(report.failures).toEqual([]);
      expect(report.warnings).toEqual([
        {
          rule: "setuid",
          message:
            "Setuid or setgid files from the base image: usr/bin/chage (setgid), usr/bin/passwd (setuid), usr/bin/su (setuid and setgid) (3 paths)",
          paths: ["usr/bin/chage", "usr/bin/passwd", "usr/bin/su"],
        },
      ]);
    });

    it("fails on those the build added: run packages, dependencies, the app", () => {
      const runPackages = memoryLayer("run-packages", { "usr/bin/sudo": { mode: 0o4755, size: 1 } });
      const dependencies = memoryLayer("dependencies", {
        "app/node_modules/tool/bin/helper": { mode: 0o2755, size: 1 },
      });
      const report = audit([
        DEBIAN_BASE,
        runPackages,
        dependencies,
        app({ "app/bin/run": { mode: 0o4750, size: 1 } }),
      ]);
      expect(report.failures).toEqual([
        {
          rule: "setuid",
          message:
            "Setuid or setgid files added to the image: app/bin/run (setuid), app/node_modules/tool/bin/helper (setgid), usr/bin/sudo (setuid) (3 paths)",
          paths: ["app/bin/run", "app/node_modules/tool/bin/helper", "usr/bin/sudo"],
        },
      ]);
    });

    it("fails on a base file a build layer wrote again with the bit, and not on one it cleared", () => {
      const chmodded = app({
        "usr/bin/ls": { mode: 0o4755, size: 1 },
        "usr/bin/passwd": { mode: 0o755, size: 1 },
      });
      const report = audit([DEBIAN_BASE, DEBIAN_SETUID, chmodded]);
      expect(report.failures.map(({ paths }) => paths)).toEqual([["usr/bin/ls"]]);
      expect(report.warnings.map(({ paths }) => paths)).toEqual([["usr/bin/chage", "usr/bin/su"]]);
    });

    it("only warns in a Dockerfile's layers, where the FROM image's are not told apart", () => {
      const dockerfile = memoryLayer(
        "Dockerfile layer 1",
        { "usr/bin/su": { mode: 0o4755, size: 1 }, "app/index.js": "" },
        { fromDockerfile: true },
      );
      const report = audit([dockerfile]);
      expect(report.failures).toEqual([]);
      expect(report.warnings.map(({ message }) => message)).toEqual([
        "Setuid or setgid files in the Dockerfile's layers (its FROM image's or its steps'): usr/bin/su (setuid) (1 path)",
      ]);
    });
  });

  describe("size", () => {
    it("measures the whole image and what the build added, listing the largest added files", () => {
      const report = audit([DEBIAN_BASE, app({ "app/a.js": { size: 3 * MIB }, "app/b.js": { size: MIB } })]);
      expect(report.addedSize).toBe(4 * MIB);
      expect(report.totalSize).toBe(6 * MIB + 'ID=debian\nVERSION_ID="12"\n'.length + "elf".length);
      expect(report.largest).toEqual([
        { path: "app/a.js", size: 3 * MIB },
        { path: "app/b.js", size: MIB },
      ]);
      expect(report.warnings).toEqual([]);
    });

    it("warns when a single added file is over 25 MiB, but not about the base's", () => {
      const layers = [
        base({ "usr/lib/libLLVM.so": { size: 90 * MIB } }),
        app({ "app/model.bin": { size: 30 * MIB } }),
      ];
      expect(messages(layers, "size")).toEqual([
        "Files over 25 MiB added to the base: app/model.bin 30 MiB (1 path)",
      ]);
    });

    it("warns when the build adds over 100 MiB, naming the 10 largest files", () => {
      const files = Object.fromEntries(
        Array.from({ length: 12 }, (_, i) => [`app/data/${i}.bin`, { size: (10 + i) * MIB }]),
      );
      const report = audit([DEBIAN_BASE, app(files)]);
      expect(report.largest).toHaveLength(10);
      expect(report.largest[0]).toEqual({ path: "app/data/11.bin", size: 21 * MIB });
      expect(report.warnings.map(({ message }) => message)).toEqual([
        expect.stringMatching(
          /^The image adds 186 MiB to its base, over 100 MiB; largest: app\/data\/11\.bin 21 MiB, /,
        ),
      ]);
      expect(report.warnings[0]?.paths).toEqual(report.largest.map(({ path }) => path));
    });
  });
});

describe("formatAuditReport", () => {
  it("shows sizes, the largest files, and each finding with what to do about it", () => {
    const layers = [DEBIAN_BASE, app({ "app/index.js": { size: 2048 }, "app/.git/HEAD": "ref" })];
    expect(formatAuditReport(audit(layers, { user: "" }))).toEqual([
      "Image size 2.0 MiB, of which 2.0 KiB added over the base image",
      "Largest added files:",
      "    2.0 KiB  app/index.js",
      "        3 B  app/.git/HEAD",
      "Failure (root-user): The image runs as root: the image config sets no User",
      "  Set a non-root user, e.g. USER 10001:10001",
      "Failure (git): Git repositories in the image: app/.git (1 path)",
      "  Add .git to .dockerignore",
      "Audit failed: 2 problems",
    ]);
  });

  it("says when the audit passed, and with how many warnings", () => {
    expect(formatAuditReport(audit([DEBIAN_BASE, APP])).at(-1)).toBe("Audit passed");
    const lists = app({ "var/lib/apt/lists/x_Packages": "x" });
    expect(formatAuditReport(audit([DEBIAN_BASE, lists])).slice(-3)).toEqual([
      "Warning (package-manager-cache): apt package lists in the image: var/lib/apt/lists/x_Packages (1 path)",
      "  Clean up in the step that fills it: npm cache clean --force, pip install --no-cache-dir, rm -rf /var/lib/apt/lists/*",
      "Audit passed with 1 warning",
    ]);
  });
});
