import { createRequire as __quaiCreateRequire } from "node:module";
import { dirname as __quaiDirname } from "node:path";
import { fileURLToPath as __quaiFileURLToPath } from "node:url";
const require = __quaiCreateRequire(import.meta.url);
const __filename = __quaiFileURLToPath(import.meta.url);
const __dirname = __quaiDirname(__filename);
import {
  ExitCode,
  addCollapsed,
  addFacts,
  addFailure,
  addFencedBlock,
  addHeading,
  addMarkdown,
  addTable,
  code,
  debug,
  decidingChart,
  error,
  getInput,
  getState,
  group,
  html,
  info,
  notice,
  saveState,
  setFailed,
  setOutput,
  setSecret,
  summary,
  warning,
  writeSummary
} from "./chunk-27LAB7YH.js";
import {
  DURATION_EXAMPLE,
  formatDuration,
  lowerCaseImageName,
  newRunId,
  parseDuration,
  parseImageRef,
  shortDigest,
  validateEnvironmentName,
  workspaceDir,
  workspacePath
} from "./chunk-MFDJLMKA.js";
import {
  InvalidValueError,
  UserError,
  __commonJS,
  __toESM
} from "./chunk-UQTKVT6Y.js";

// node_modules/semver/internal/debug.js
var require_debug = __commonJS({
  "node_modules/semver/internal/debug.js"(exports, module) {
    "use strict";
    var debug2 = typeof process === "object" && process.env && process.env.NODE_DEBUG && /\bsemver\b/i.test(process.env.NODE_DEBUG) ? (...args) => console.error("SEMVER", ...args) : () => {
    };
    module.exports = debug2;
  }
});

// node_modules/semver/internal/constants.js
var require_constants = __commonJS({
  "node_modules/semver/internal/constants.js"(exports, module) {
    "use strict";
    var SEMVER_SPEC_VERSION = "2.0.0";
    var MAX_LENGTH = 256;
    var MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER || /* istanbul ignore next */
    9007199254740991;
    var MAX_SAFE_COMPONENT_LENGTH = 16;
    var MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6;
    var WHITESPACE_CHARACTERS = [
      "	",
      "\n",
      "\v",
      "\f",
      "\r",
      " ",
      "\xA0",
      "\u1680",
      "\u2000",
      "\u2001",
      "\u2002",
      "\u2003",
      "\u2004",
      "\u2005",
      "\u2006",
      "\u2007",
      "\u2008",
      "\u2009",
      "\u200A",
      "\u2028",
      "\u2029",
      "\u202F",
      "\u205F",
      "\u3000",
      "\uFEFF"
    ];
    var RELEASE_TYPES = [
      "major",
      "premajor",
      "minor",
      "preminor",
      "patch",
      "prepatch",
      "prerelease"
    ];
    module.exports = {
      MAX_LENGTH,
      MAX_SAFE_COMPONENT_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      MAX_SAFE_INTEGER,
      WHITESPACE_CHARACTERS,
      RELEASE_TYPES,
      SEMVER_SPEC_VERSION,
      FLAG_INCLUDE_PRERELEASE: 1,
      FLAG_LOOSE: 2
    };
  }
});

// node_modules/semver/internal/re.js
var require_re = __commonJS({
  "node_modules/semver/internal/re.js"(exports, module) {
    "use strict";
    var {
      MAX_SAFE_COMPONENT_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      MAX_LENGTH
    } = require_constants();
    var debug2 = require_debug();
    exports = module.exports = {};
    var re = exports.re = [];
    var safeRe = exports.safeRe = [];
    var src = exports.src = [];
    var safeSrc = exports.safeSrc = [];
    var t = exports.t = {};
    var R = 0;
    var LETTERDASHNUMBER = "[a-zA-Z0-9-]";
    var safeRegexReplacements = [
      ["\\s", 1],
      ["\\d", MAX_LENGTH],
      [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH]
    ];
    var makeSafeRegex = (value) => {
      for (const [token, max] of safeRegexReplacements) {
        value = value.split(`${token}*`).join(`${token}{0,${max}}`).split(`${token}+`).join(`${token}{1,${max}}`);
      }
      return value;
    };
    var createToken = (name, value, isGlobal) => {
      const safe = makeSafeRegex(value);
      const index = R++;
      debug2(name, index, value);
      t[name] = index;
      src[index] = value;
      safeSrc[index] = safe;
      re[index] = new RegExp(value, isGlobal ? "g" : void 0);
      safeRe[index] = new RegExp(safe, isGlobal ? "g" : void 0);
    };
    createToken("NUMERICIDENTIFIER", "0|[1-9]\\d*");
    createToken("NUMERICIDENTIFIERLOOSE", "\\d+");
    createToken("NONNUMERICIDENTIFIER", `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`);
    createToken("MAINVERSION", `(${src[t.NUMERICIDENTIFIER]})\\.(${src[t.NUMERICIDENTIFIER]})\\.(${src[t.NUMERICIDENTIFIER]})`);
    createToken("MAINVERSIONLOOSE", `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.(${src[t.NUMERICIDENTIFIERLOOSE]})\\.(${src[t.NUMERICIDENTIFIERLOOSE]})`);
    createToken("PRERELEASEIDENTIFIER", `(?:${src[t.NONNUMERICIDENTIFIER]}|${src[t.NUMERICIDENTIFIER]})`);
    createToken("PRERELEASEIDENTIFIERLOOSE", `(?:${src[t.NONNUMERICIDENTIFIER]}|${src[t.NUMERICIDENTIFIERLOOSE]})`);
    createToken("PRERELEASE", `(?:-(${src[t.PRERELEASEIDENTIFIER]}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`);
    createToken("PRERELEASELOOSE", `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`);
    createToken("BUILDIDENTIFIER", `${LETTERDASHNUMBER}+`);
    createToken("BUILD", `(?:\\+(${src[t.BUILDIDENTIFIER]}(?:\\.${src[t.BUILDIDENTIFIER]})*))`);
    createToken("FULLPLAIN", `v?${src[t.MAINVERSION]}${src[t.PRERELEASE]}?${src[t.BUILD]}?`);
    createToken("FULL", `^${src[t.FULLPLAIN]}$`);
    createToken("LOOSEPLAIN", `[v=\\s]*${src[t.MAINVERSIONLOOSE]}${src[t.PRERELEASELOOSE]}?${src[t.BUILD]}?`);
    createToken("LOOSE", `^${src[t.LOOSEPLAIN]}$`);
    createToken("GTLT", "((?:<|>)?=?)");
    createToken("XRANGEIDENTIFIERLOOSE", `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`);
    createToken("XRANGEIDENTIFIER", `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`);
    createToken("XRANGEPLAIN", `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})(?:\\.(${src[t.XRANGEIDENTIFIER]})(?:\\.(${src[t.XRANGEIDENTIFIER]})(?:${src[t.PRERELEASE]})?${src[t.BUILD]}?)?)?`);
    createToken("XRANGEPLAINLOOSE", `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})(?:${src[t.PRERELEASELOOSE]})?${src[t.BUILD]}?)?)?`);
    createToken("XRANGE", `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`);
    createToken("XRANGELOOSE", `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("COERCEPLAIN", `${"(^|[^\\d])(\\d{1,"}${MAX_SAFE_COMPONENT_LENGTH}})(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`);
    createToken("COERCE", `${src[t.COERCEPLAIN]}(?:$|[^\\d])`);
    createToken("COERCEFULL", src[t.COERCEPLAIN] + `(?:${src[t.PRERELEASE]})?(?:${src[t.BUILD]})?(?:$|[^\\d])`);
    createToken("COERCERTL", src[t.COERCE], true);
    createToken("COERCERTLFULL", src[t.COERCEFULL], true);
    createToken("LONETILDE", "(?:~>?)");
    createToken("TILDETRIM", `(\\s*)${src[t.LONETILDE]}\\s+`, true);
    exports.tildeTrimReplace = "$1~";
    createToken("TILDE", `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`);
    createToken("TILDELOOSE", `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("LONECARET", "(?:\\^)");
    createToken("CARETTRIM", `(\\s*)${src[t.LONECARET]}\\s+`, true);
    exports.caretTrimReplace = "$1^";
    createToken("CARET", `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`);
    createToken("CARETLOOSE", `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("COMPARATORLOOSE", `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`);
    createToken("COMPARATOR", `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`);
    createToken("COMPARATORTRIM", `(\\s*)${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true);
    exports.comparatorTrimReplace = "$1$2$3";
    createToken("HYPHENRANGE", `^\\s*(${src[t.XRANGEPLAIN]})\\s+-\\s+(${src[t.XRANGEPLAIN]})\\s*$`);
    createToken("HYPHENRANGELOOSE", `^\\s*(${src[t.XRANGEPLAINLOOSE]})\\s+-\\s+(${src[t.XRANGEPLAINLOOSE]})\\s*$`);
    createToken("STAR", "(<|>)?=?\\s*\\*");
    createToken("GTE0", "^\\s*>=\\s*0\\.0\\.0\\s*$");
    createToken("GTE0PRE", "^\\s*>=\\s*0\\.0\\.0-0\\s*$");
  }
});

// node_modules/semver/internal/parse-options.js
var require_parse_options = __commonJS({
  "node_modules/semver/internal/parse-options.js"(exports, module) {
    "use strict";
    var looseOption = Object.freeze({ loose: true });
    var emptyOpts = Object.freeze({});
    var parseOptions = (options) => {
      if (!options) {
        return emptyOpts;
      }
      if (typeof options !== "object") {
        return looseOption;
      }
      return options;
    };
    module.exports = parseOptions;
  }
});

// node_modules/semver/internal/identifiers.js
var require_identifiers = __commonJS({
  "node_modules/semver/internal/identifiers.js"(exports, module) {
    "use strict";
    var numeric = /^[0-9]+$/;
    var compareIdentifiers = (a, b) => {
      if (typeof a === "number" && typeof b === "number") {
        return a === b ? 0 : a < b ? -1 : 1;
      }
      const anum = numeric.test(a);
      const bnum = numeric.test(b);
      if (anum && bnum) {
        a = +a;
        b = +b;
      }
      return a === b ? 0 : anum && !bnum ? -1 : bnum && !anum ? 1 : a < b ? -1 : 1;
    };
    var rcompareIdentifiers = (a, b) => compareIdentifiers(b, a);
    module.exports = {
      compareIdentifiers,
      rcompareIdentifiers
    };
  }
});

// node_modules/semver/classes/semver.js
var require_semver = __commonJS({
  "node_modules/semver/classes/semver.js"(exports, module) {
    "use strict";
    var debug2 = require_debug();
    var { MAX_LENGTH, MAX_SAFE_INTEGER } = require_constants();
    var { safeRe: re, t } = require_re();
    var parseOptions = require_parse_options();
    var { compareIdentifiers } = require_identifiers();
    var isPrereleaseIdentifier = (prerelease, identifier) => {
      const identifiers = identifier.split(".");
      if (identifiers.length > prerelease.length) {
        return false;
      }
      for (let i = 0; i < identifiers.length; i++) {
        if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
          return false;
        }
      }
      return true;
    };
    var SemVer = class _SemVer {
      constructor(version, options) {
        options = parseOptions(options);
        if (version instanceof _SemVer) {
          if (version.loose === !!options.loose && version.includePrerelease === !!options.includePrerelease) {
            return version;
          } else {
            version = version.version;
          }
        } else if (typeof version !== "string") {
          throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`);
        }
        if (version.length > MAX_LENGTH) {
          throw new TypeError(
            `version is longer than ${MAX_LENGTH} characters`
          );
        }
        debug2("SemVer", version, options);
        this.options = options;
        this.loose = !!options.loose;
        this.includePrerelease = !!options.includePrerelease;
        const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL]);
        if (!m) {
          throw new TypeError(`Invalid Version: ${version}`);
        }
        this.raw = version;
        this.major = +m[1];
        this.minor = +m[2];
        this.patch = +m[3];
        if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
          throw new TypeError("Invalid major version");
        }
        if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
          throw new TypeError("Invalid minor version");
        }
        if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
          throw new TypeError("Invalid patch version");
        }
        if (!m[4]) {
          this.prerelease = [];
        } else {
          this.prerelease = m[4].split(".").map((id) => {
            if (/^[0-9]+$/.test(id)) {
              const num = +id;
              if (num >= 0 && num < MAX_SAFE_INTEGER) {
                return num;
              }
            }
            return id;
          });
        }
        this.build = m[5] ? m[5].split(".") : [];
        this.format();
      }
      format() {
        this.version = `${this.major}.${this.minor}.${this.patch}`;
        if (this.prerelease.length) {
          this.version += `-${this.prerelease.join(".")}`;
        }
        return this.version;
      }
      toString() {
        return this.version;
      }
      compare(other) {
        debug2("SemVer.compare", this.version, this.options, other);
        if (!(other instanceof _SemVer)) {
          if (typeof other === "string" && other === this.version) {
            return 0;
          }
          other = new _SemVer(other, this.options);
        }
        if (other.version === this.version) {
          return 0;
        }
        return this.compareMain(other) || this.comparePre(other);
      }
      compareMain(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        if (this.major < other.major) {
          return -1;
        }
        if (this.major > other.major) {
          return 1;
        }
        if (this.minor < other.minor) {
          return -1;
        }
        if (this.minor > other.minor) {
          return 1;
        }
        if (this.patch < other.patch) {
          return -1;
        }
        if (this.patch > other.patch) {
          return 1;
        }
        return 0;
      }
      comparePre(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        if (this.prerelease.length && !other.prerelease.length) {
          return -1;
        } else if (!this.prerelease.length && other.prerelease.length) {
          return 1;
        } else if (!this.prerelease.length && !other.prerelease.length) {
          return 0;
        }
        let i = 0;
        do {
          const a = this.prerelease[i];
          const b = other.prerelease[i];
          debug2("prerelease compare", i, a, b);
          if (a === void 0 && b === void 0) {
            return 0;
          } else if (b === void 0) {
            return 1;
          } else if (a === void 0) {
            return -1;
          } else if (a === b) {
            continue;
          } else {
            return compareIdentifiers(a, b);
          }
        } while (++i);
      }
      compareBuild(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        let i = 0;
        do {
          const a = this.build[i];
          const b = other.build[i];
          debug2("build compare", i, a, b);
          if (a === void 0 && b === void 0) {
            return 0;
          } else if (b === void 0) {
            return 1;
          } else if (a === void 0) {
            return -1;
          } else if (a === b) {
            continue;
          } else {
            return compareIdentifiers(a, b);
          }
        } while (++i);
      }
      // preminor will bump the version up to the next minor release, and immediately
      // down to pre-release. premajor and prepatch work the same way.
      inc(release, identifier, identifierBase) {
        if (release.startsWith("pre")) {
          if (!identifier && identifierBase === false) {
            throw new Error("invalid increment argument: identifier is empty");
          }
          if (identifier) {
            const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE]);
            if (!match || match[1] !== identifier) {
              throw new Error(`invalid identifier: ${identifier}`);
            }
          }
        }
        switch (release) {
          case "premajor":
            this.prerelease.length = 0;
            this.patch = 0;
            this.minor = 0;
            this.major++;
            this.inc("pre", identifier, identifierBase);
            break;
          case "preminor":
            this.prerelease.length = 0;
            this.patch = 0;
            this.minor++;
            this.inc("pre", identifier, identifierBase);
            break;
          case "prepatch":
            this.prerelease.length = 0;
            this.inc("patch", identifier, identifierBase);
            this.inc("pre", identifier, identifierBase);
            break;
          // If the input is a non-prerelease version, this acts the same as
          // prepatch.
          case "prerelease":
            if (this.prerelease.length === 0) {
              this.inc("patch", identifier, identifierBase);
            }
            this.inc("pre", identifier, identifierBase);
            break;
          case "release":
            if (this.prerelease.length === 0) {
              throw new Error(`version ${this.raw} is not a prerelease`);
            }
            this.prerelease.length = 0;
            break;
          case "major":
            if (this.minor !== 0 || this.patch !== 0 || this.prerelease.length === 0) {
              this.major++;
            }
            this.minor = 0;
            this.patch = 0;
            this.prerelease = [];
            break;
          case "minor":
            if (this.patch !== 0 || this.prerelease.length === 0) {
              this.minor++;
            }
            this.patch = 0;
            this.prerelease = [];
            break;
          case "patch":
            if (this.prerelease.length === 0) {
              this.patch++;
            }
            this.prerelease = [];
            break;
          // This probably shouldn't be used publicly.
          // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
          case "pre": {
            const base = Number(identifierBase) ? 1 : 0;
            if (this.prerelease.length === 0) {
              this.prerelease = [base];
            } else {
              let i = this.prerelease.length;
              while (--i >= 0) {
                if (typeof this.prerelease[i] === "number") {
                  this.prerelease[i]++;
                  i = -2;
                }
              }
              if (i === -1) {
                if (identifier === this.prerelease.join(".") && identifierBase === false) {
                  throw new Error("invalid increment argument: identifier already exists");
                }
                this.prerelease.push(base);
              }
            }
            if (identifier) {
              let prerelease = [identifier, base];
              if (identifierBase === false) {
                prerelease = [identifier];
              }
              if (isPrereleaseIdentifier(this.prerelease, identifier)) {
                const prereleaseBase = this.prerelease[identifier.split(".").length];
                if (isNaN(prereleaseBase)) {
                  this.prerelease = prerelease;
                }
              } else {
                this.prerelease = prerelease;
              }
            }
            break;
          }
          default:
            throw new Error(`invalid increment argument: ${release}`);
        }
        this.raw = this.format();
        if (this.build.length) {
          this.raw += `+${this.build.join(".")}`;
        }
        return this;
      }
    };
    module.exports = SemVer;
  }
});

// node_modules/semver/functions/compare.js
var require_compare = __commonJS({
  "node_modules/semver/functions/compare.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var compare2 = (a, b, loose) => new SemVer(a, loose).compare(new SemVer(b, loose));
    module.exports = compare2;
  }
});

// node_modules/semver/functions/parse.js
var require_parse = __commonJS({
  "node_modules/semver/functions/parse.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var parse2 = (version, options, throwErrors = false) => {
      if (version instanceof SemVer) {
        return version;
      }
      try {
        return new SemVer(version, options);
      } catch (er) {
        if (!throwErrors) {
          return null;
        }
        throw er;
      }
    };
    module.exports = parse2;
  }
});

// node_modules/semver/functions/valid.js
var require_valid = __commonJS({
  "node_modules/semver/functions/valid.js"(exports, module) {
    "use strict";
    var parse2 = require_parse();
    var valid2 = (version, options) => {
      const v = parse2(version, options);
      return v ? v.version : null;
    };
    module.exports = valid2;
  }
});

// packages/core/src/process-groups.ts
var KILL_GRACE_MS = 5e3;
var running = /* @__PURE__ */ new Set();
function stopChildProcesses() {
  for (const child of running) stopProcessGroup(child);
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

// packages/core/src/version.ts
var import_compare = __toESM(require_compare(), 1);
var import_parse = __toESM(require_parse(), 1);
var import_valid = __toESM(require_valid(), 1);
function parseVersion(text, input = "version") {
  const parsed = (0, import_parse.default)(text.trim().replace(/^v(?=\d)/, ""));
  if (!parsed) {
    throw new InvalidValueError(input, text, "not a semantic version", {
      hint: "Use MAJOR.MINOR.PATCH, for example 1.4.0 or 2.0.0-rc.1"
    });
  }
  return {
    text: parsed.version,
    major: parsed.major,
    minor: parsed.minor,
    patch: parsed.patch,
    prerelease: parsed.prerelease.length > 0
  };
}

// packages/github/src/inputs.ts
var runnerInputs = (name) => getInput(name);
var TRUE = ["true", "True", "TRUE", "yes", "on"];
var FALSE = ["false", "False", "FALSE", "no", "off"];
var ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
var InputReader = class {
  constructor(source = runnerInputs) {
    this.source = source;
  }
  source;
  read = /* @__PURE__ */ new Set();
  raw(name) {
    this.read.add(name);
    return this.source(name).trim();
  }
  /** The value, or undefined when empty. */
  optional(name) {
    return this.raw(name) || void 0;
  }
  required(name) {
    const value = this.raw(name);
    if (!value) throw new InvalidValueError(name, value, "it is required", { hint: `Set with: ${name}: \u2026` });
    return value;
  }
  boolean(name) {
    const value = this.raw(name);
    if (value === "" || FALSE.includes(value)) return false;
    if (TRUE.includes(value)) return true;
    throw new InvalidValueError(name, value, "expected true or false");
  }
  choice(name, choices) {
    const value = this.raw(name);
    if (choices.includes(value)) return value;
    throw new InvalidValueError(name, value, `expected one of ${choices.join(", ")}`);
  }
  integer(name, bounds = {}) {
    const value = this.raw(name);
    const number = Number(value);
    const { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = bounds;
    if (!/^-?\d+$/.test(value) || number < min || number > max) {
      throw new InvalidValueError(name, value, `expected a whole number from ${min} to ${max}`);
    }
    return number;
  }
  /** A duration in milliseconds: `90s`, `5m`, `1h`, `500ms`, or bare seconds. */
  duration(name) {
    const value = this.raw(name);
    const ms = parseDuration(value);
    if (ms === void 0) throw new InvalidValueError(name, value, `expected ${DURATION_EXAMPLE}`);
    return ms;
  }
  /** Items one per line or separated by commas; blank lines and `#` comments are skipped. */
  list(name) {
    return this.raw(name).split(/\r?\n/).filter((line) => !line.trim().startsWith("#")).flatMap((line) => line.split(",")).map((item) => item.trim()).filter(Boolean);
  }
  /** Multiline `KEY=VALUE` pairs, as GitHub's own actions take environment variables. */
  keyValues(name) {
    const pairs = {};
    const lines = this.raw(name).split(/\r?\n/);
    lines.forEach((line, index) => {
      const text = line.trim();
      if (!text || text.startsWith("#")) return;
      const equals = text.indexOf("=");
      const key = equals > 0 ? text.slice(0, equals).trim() : "";
      if (!ENV_NAME.test(key)) {
        throw new InvalidValueError(name, text, `line ${index + 1} is not KEY=VALUE`);
      }
      pairs[key] = text.slice(equals + 1);
    });
    return pairs;
  }
  /** A credential: masked in the log the moment it is read. */
  secret(name) {
    const value = this.raw(name);
    if (!value) return void 0;
    setSecret(value);
    return value;
  }
  path(name, options = {}) {
    const value = this.optional(name) ?? options.fallback;
    return value === void 0 ? void 0 : workspacePath(name, value, options);
  }
  /** Paths one per line or separated by commas, each as path() takes it. */
  paths(name, options = {}) {
    return this.list(name).map((value) => workspacePath(name, value, options));
  }
  image(name) {
    return parseImageRef(this.required(name), name);
  }
  /**
   * A registry repository, registry/namespace/name. Capitals are lower-cased with a notice rather
   * than refused: `ghcr.io/${{ github.repository }}` keeps the owner's, which registries refuse.
   */
  repository(name) {
    const value = this.required(name);
    const lowered = lowerCaseImageName(value);
    const ref = (() => {
      try {
        return parseImageRef(lowered, name);
      } catch (error2) {
        parseImageRef(value, name);
        throw error2;
      }
    })();
    if (lowered !== value) {
      notice(
        `${name} ${value} is pushed and pulled as ${lowered}: registries take lower-case names only`
      );
    }
    return ref;
  }
  version(name) {
    const value = this.optional(name);
    return value === void 0 ? void 0 : parseVersion(value, name);
  }
};

// packages/github/src/run.ts
import { constants } from "node:os";
var IN_POST_STATE = "quai-in-post";
async function run(main2, options = {}) {
  const inPost = getState(IN_POST_STATE) === "true";
  if (!inPost) saveState(IN_POST_STATE, "true");
  const step = inPost ? options.post : main2;
  if (!step) return;
  const stopOnCancellation = onCancellation();
  try {
    await step();
  } catch (error2) {
    reportFailure(error2);
    if (!inPost) await writeFailureSummary(error2, options.describeFailure);
  } finally {
    stopOnCancellation.remove();
  }
}
async function writeFailureSummary(error2, describe) {
  try {
    const summary2 = describe ? await describe(error2) : { heading: "The step failed" };
    if (!summary2) return;
    summary.emptyBuffer();
    addHeading(`\u274C ${summary2.heading}`, 3);
    addFailure(failureOf(error2), summary2.facts);
    await writeSummary();
  } catch (summaryError) {
    warning(`Could not write the job summary of this failure: ${firstLine(summaryError)}`);
  }
}
function failureOf(error2) {
  return error2 instanceof UserError ? error2 : { message: unexpectedErrorLine(error2) };
}
var CANCELLATION_SIGNALS = ["SIGINT", "SIGTERM"];
function onCancellation() {
  const remove = () => {
    for (const signal of CANCELLATION_SIGNALS) process.off(signal, cancel);
  };
  const cancel = (signal) => {
    remove();
    stopChildProcesses();
    if (process.listenerCount(signal) === 0) process.exit(128 + constants.signals[signal]);
  };
  for (const signal of CANCELLATION_SIGNALS) process.on(signal, cancel);
  return { remove };
}
function reportFailure(error2) {
  process.exitCode = ExitCode.Failure;
  if (error2 instanceof UserError) {
    error(error2.summary, annotationAt(error2.location));
    return;
  }
  if (error2 instanceof Error && error2.stack) debug(error2.stack);
  error(unexpectedErrorLine(error2));
}
function unexpectedErrorLine(error2) {
  return `Unexpected error: ${firstLine(error2)} (a bug in quai: please report it with the debug log)`;
}
function firstLine(error2) {
  return (error2 instanceof Error ? error2.message : String(error2)).split("\n")[0] ?? "";
}
function annotationAt(where) {
  return where ? { file: where.file, startLine: where.line, startColumn: where.column } : void 0;
}

// packages/github/src/target-inputs.ts
function readTargetInputs(read) {
  const inputs = {
    config: read.path("config", { fallback: "quai.yml" }),
    target: read.optional("target"),
    "lock-timeout": read.duration("lock-timeout"),
    ledger: ledgerInput(read),
    "github-token": read.secret("github-token"),
    "tls-ca": read.optional("tls-ca"),
    "tls-cert": read.optional("tls-cert"),
    "tls-key": read.secret("tls-key"),
    "ssh-known-hosts": read.optional("ssh-known-hosts"),
    username: read.optional("username"),
    password: read.secret("password"),
    "insecure-registries": read.list("insecure-registries")
  };
  if (inputs.username === void 0 !== (inputs.password === void 0)) {
    throw new UserError("Set both username and password, or neither", {
      hint: "Without them the runner's Docker config is used, else anonymous access"
    });
  }
  const tls = [inputs["tls-ca"], inputs["tls-cert"], inputs["tls-key"]];
  if (tls.some(Boolean) && !tls.every(Boolean)) {
    throw new UserError("Set tls-ca, tls-cert and tls-key together", {
      hint: "A tcp:// engine with TLS needs its CA and a client certificate and key"
    });
  }
  return inputs;
}
function ledgerInput(read) {
  const ledger = read.optional("ledger") ?? "github";
  return ledger === "github" ? ledger : workspacePath("ledger", ledger);
}
function engineMaterial(inputs) {
  const [ca, cert, key] = [inputs["tls-ca"], inputs["tls-cert"], inputs["tls-key"]];
  return {
    tls: ca && cert && key ? { ca, cert, key } : void 0,
    knownHosts: inputs["ssh-known-hosts"]
  };
}
function startedByEvent(env) {
  return env.GITHUB_EVENT_NAME !== void 0 && env.GITHUB_EVENT_NAME !== "workflow_dispatch";
}
function targetOptions(inputs, env = process.env) {
  const { username, password } = inputs;
  return {
    config: inputs.config,
    lockTimeoutMs: inputs["lock-timeout"],
    ledger: inputs.ledger === "github" ? { kind: "github", token: inputs["github-token"], env } : { kind: "file", path: inputs.ledger },
    engine: engineMaterial(inputs),
    registryAuth: username && password ? { username, password } : void 0,
    insecureRegistries: inputs["insecure-registries"],
    readSecret: (name) => {
      const value = env[name];
      if (value) setSecret(value);
      for (const line of value?.split("\n") ?? []) if (line.trim().length >= 8) setSecret(line.trim());
      return value;
    },
    actor: env.GITHUB_ACTOR ?? env.USER ?? "unknown",
    automatic: startedByEvent(env),
    commit: env.GITHUB_SHA ?? "",
    runUrl: env.GITHUB_RUN_ID && env.GITHUB_REPOSITORY ? `${env.GITHUB_SERVER_URL ?? "https://github.com"}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` : void 0,
    reporter: {
      info: (line) => info(line),
      warning: (line) => warning(line),
      group: (name, work) => group(name, work)
    }
  };
}

// actions/auto-rollback-on-drift/src/inputs.ts
var SWEEP_WINDOW_MS = 2 * 6e4;
function readInputs(read) {
  const watch = read.optional("watch");
  return {
    environment: validateEnvironmentName(read.required("environment")),
    watch: watch === void 0 ? SWEEP_WINDOW_MS : read.duration("watch"),
    sweep: watch === void 0,
    "dry-run": read.boolean("dry-run"),
    report: read.optional("report") ?? "pull-request",
    assignees: read.list("assignees"),
    reviewers: read.list("reviewers"),
    ...readTargetInputs(read)
  };
}

// actions/auto-rollback-on-drift/src/summary.ts
var VERDICT_HEADINGS = {
  verified: "\u2705 Verified",
  drifted: "\u274C Drifted",
  inconclusive: "\u26A0\uFE0F Inconclusive"
};
async function writeWatchSummary(result) {
  const { settings, declared, deciding, action } = result;
  addHeading(`${VERDICT_HEADINGS[result.verdict]}: ${settings.app} in ${settings.name}`, 3);
  addFacts({
    Verdict: deciding ? html`${result.verdict}: ${deciding.signal}, ${deciding.reason}` : result.verdict,
    "What quai did": action.why,
    "The ledger says": declared && html`${declared.version} (${code(shortDigest(declared.digest))})`,
    Watched: formatDuration(result.endedMs - result.startedMs),
    "Then watched": result.targetWatch && targetWatchFact(result),
    Target: settings.target,
    Report: result.report ? html`<a href="${result.report.url}">${result.report.kind} #${result.report.number}</a>` : result.reportProblem ? `not opened: ${result.reportProblem}` : result.unopened && "not opened: no GitHub token or repository (it follows, as it would read)"
  });
  addTable(["Signal", "Threshold", "Samples", "Failing", "Last reading"], signalRows(result));
  const chart = deciding && decidingChart(result.samples.filter((sample) => sample.signal === deciding.signal));
  if (chart) addFencedBlock("mermaid", chart);
  const { drifting } = result;
  if (drifting?.state) {
    addHeading("The release that drifted", 4);
    addFacts({
      Serves: drifting.serving && html`${drifting.serving.version || "an unlabelled container"} (${code(shortDigest(drifting.serving.digest) || "no digest")})`,
      "Exit code": drifting.state.exitCode,
      "OOM-killed": drifting.state.oomKilled ? "yes" : "no",
      Restarts: drifting.state.restartCount,
      "Last health outputs": drifting.state.healthLog.length > 0 ? drifting.state.healthLog.join(" \xB7 ") : void 0
    });
  }
  if (result.timeline.length > 1) {
    addHeading("Timeline", 4);
    addTable(
      ["At", "What"],
      result.timeline.map(({ atMs, event }) => [new Date(atMs).toISOString().slice(11, 19), event])
    );
  }
  if (result.logTail.length > 0)
    addCollapsed(`Last ${result.logTail.length} log lines`, result.logTail.join("\n"));
  if (result.unopened) {
    addHeading(`The report quai would open: ${result.unopened.title}`, 3);
    addMarkdown(result.unopened.body);
  }
  await writeSummary();
}
function targetWatchFact(result) {
  const watch = result.targetWatch;
  if (!watch) return "";
  const to = "to" in result.action ? result.action.to : "the rollback target";
  const over = formatDuration(watch.endedMs - watch.startedMs);
  return watch.deciding ? `${to} for ${over}: ${watch.verdict}, ${watch.deciding.signal}, ${watch.deciding.reason}` : `${to} for ${over}: ${watch.verdict}`;
}
function signalRows(result) {
  const bySignal = /* @__PURE__ */ new Map();
  for (const sample of result.samples)
    bySignal.set(sample.signal, [...bySignal.get(sample.signal) ?? [], sample]);
  return [...bySignal].map(([signal, samples]) => {
    const last = samples.at(-1)?.reading;
    return [
      signal,
      result.thresholds[signal] ?? "",
      samples.length,
      samples.filter((sample) => sample.reading.kind === "fail").length,
      last ? `${last.kind}: ${last.detail}` : ""
    ];
  });
}
function describeWatchFailure() {
  return { heading: "The watch did not reach a verdict" };
}

// actions/auto-rollback-on-drift/src/main.ts
var RUN_ID_STATE = "run-id";
var TARGET_STATE = "target";
var SETTLED_STATE = "settled";
async function main() {
  const inputs = readInputs(new InputReader());
  const runId = newRunId();
  saveState(RUN_ID_STATE, runId);
  const { watchAndReport } = await import("./src-TWWIJVCH.js");
  const result = await watchAndReport({
    ...targetOptions(inputs),
    reporting: {
      report: inputs.report,
      assignees: inputs.assignees,
      reviewers: inputs.reviewers,
      github: { token: inputs["github-token"], env: process.env },
      secrets: [inputs.password].filter((secret) => Boolean(secret))
    },
    workspace: workspaceDir(),
    environment: inputs.environment,
    overrides: { target: inputs.target },
    windowMs: inputs.watch,
    dryRun: inputs["dry-run"],
    runId,
    onTarget: (target) => saveState(TARGET_STATE, target),
    onSample: (sample) => info(`${sample.signal}: ${sample.reading.kind}, ${sample.reading.detail}`)
  }).finally(() => saveState(SETTLED_STATE, "true"));
  const { action } = result;
  const rolledBack = action.kind === "rolled-back" || action.kind === "escalated";
  setOutput("verdict", result.verdict);
  setOutput("drifted", String(result.verdict === "drifted"));
  setOutput("rolled-back-to", rolledBack || action.kind === "restored" ? action.to : "");
  setOutput("blocked-version", rolledBack ? action.blocked : "");
  setOutput(
    "signals",
    JSON.stringify(
      result.samples.map(({ atMs, signal, reading }) => ({
        at: new Date(atMs).toISOString(),
        signal,
        ...reading
      }))
    )
  );
  setOutput("report-url", result.report?.url ?? "");
  await writeWatchSummary(result);
  const line = `${result.verdict}: ${result.deciding ? `${result.deciding.signal}, ${result.deciding.reason}. ` : ""}${action.why}`;
  if (result.verdict === "drifted") setFailed(line);
  else if (result.verdict === "inconclusive") warning(line);
  else notice(line);
  if (result.reportProblem) setFailed(`The report could not be opened: ${result.reportProblem}`);
}
async function post() {
  const runId = getState(RUN_ID_STATE);
  const target = getState(TARGET_STATE);
  if (!runId || !target || getState(SETTLED_STATE) === "true") return;
  const inputs = readInputs(new InputReader());
  const { cleanUpDeployRun } = await import("./src-YS3QRT3X.js");
  const { removed, leases } = await cleanUpDeployRun(target, engineMaterial(inputs), runId);
  if (removed.length > 0) info(`Removed what run ${runId} left: ${removed.join(", ")}`);
  if (leases > 0) info(`Released the lock run ${runId} held`);
}
await run(main, { post, describeFailure: describeWatchFailure });
