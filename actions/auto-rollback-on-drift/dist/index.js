import { createRequire as __quaiCreateRequire } from "node:module";
import { dirname as __quaiDirname } from "node:path";
import { fileURLToPath as __quaiFileURLToPath } from "node:url";
const require = __quaiCreateRequire(import.meta.url);
const __filename = __quaiFileURLToPath(import.meta.url);
const __dirname = __quaiDirname(__filename);
import {
  DURATION_EXAMPLE,
  formatDuration,
  lowerCaseImageName,
  newRunId,
  parseDuration,
  parseImageRef,
  validateEnvironmentName,
  workspaceDir,
  workspacePath
} from "./chunk-TRO5O6NJ.js";
import {
  InvalidValueError,
  UserError,
  __commonJS,
  __toESM,
  logTailTitle
} from "./chunk-66BUOHPB.js";

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

// node_modules/@actions/core/lib/command.js
import * as os from "os";

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}
function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) {
    return {};
  }
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message) {
  const cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
function issue(name, message = "") {
  issueCommand(name, {}, message);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command, properties, message) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
    this.properties = properties;
    this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
import * as crypto from "crypto";
import * as fs from "fs";
import * as os2 from "os";
function issueFileCommand(command, message) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  }
  if (convertedValue.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  return `${key}<<${delimiter}${os2.EOL}${convertedValue}${os2.EOL}${delimiter}`;
}

// node_modules/@actions/core/lib/core.js
import * as os4 from "os";

// node_modules/@actions/core/lib/summary.js
import { EOL as EOL3 } from "os";
import { constants, promises } from "fs";
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { access, appendFile, writeFile } = promises;
var SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._filePath) {
        return this._filePath;
      }
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv) {
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      }
      try {
        yield access(pathFromEnv, constants.R_OK | constants.W_OK);
      } catch (_a) {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      this._filePath = pathFromEnv;
      return this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    if (!content) {
      return `<${tag}${htmlAttrs}>`;
    }
    return `<${tag}${htmlAttrs}>${content}</${tag}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter(this, void 0, void 0, function* () {
      const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
      const filePath = yield this.filePath();
      const writeFunc = overwrite ? writeFile : appendFile;
      yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
      return this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: true });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    this._buffer = "";
    return this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text, addEOL = false) {
    this._buffer += text;
    return addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(EOL3);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code2, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code2), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = false) {
    const tag = ordered ? "ol" : "ul";
    const listItems = items.map((item) => this.wrap("li", item)).join("");
    const element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    const tableBody = rows.map((row) => {
      const cells = row.map((cell) => {
        if (typeof cell === "string") {
          return this.wrap("td", cell);
        }
        const { header, data, colspan, rowspan } = cell;
        const tag = header ? "th" : "td";
        const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join("");
    const element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label, content) {
    const element = this.wrap("details", this.wrap("summary", label) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    const { width, height } = options || {};
    const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
    const element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text, level) {
    const tag = `h${level}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element = this.wrap(allowedTag, text);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text, href) {
    const element = this.wrap("a", text, { href });
    return this.addRaw(element).addEOL();
  }
};
var _summary = new Summary();
var summary = _summary;

// node_modules/@actions/core/lib/platform.js
import os3 from "os";
var platform = os3.platform();
var arch = os3.arch();

// node_modules/@actions/core/lib/core.js
var __awaiter2 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve) {
      resolve(value);
    });
  }
  return new (P || (P = Promise))(function(resolve, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function setSecret(secret) {
  issueCommand("add-mask", {}, secret);
}
function getInput(name, options) {
  const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options && options.required && !val) {
    throw new Error(`Input required and not supplied: ${name}`);
  }
  if (options && options.trimWhitespace === false) {
    return val;
  }
  return val.trim();
}
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os4.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function setFailed(message) {
  process.exitCode = ExitCode.Failure;
  error(message);
}
function debug(message) {
  issueCommand("debug", {}, message);
}
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function notice(message, properties = {}) {
  issueCommand("notice", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + os4.EOL);
}
function startGroup(name) {
  issue("group", name);
}
function endGroup() {
  issue("endgroup");
}
function group(name, fn) {
  return __awaiter2(this, void 0, void 0, function* () {
    startGroup(name);
    let result;
    try {
      result = yield fn();
    } finally {
      endGroup();
    }
    return result;
  });
}
function saveState(name, value) {
  const filePath = process.env["GITHUB_STATE"] || "";
  if (filePath) {
    return issueFileCommand("STATE", prepareKeyValueMessage(name, value));
  }
  issueCommand("save-state", { name }, toCommandValue(value));
}
function getState(name) {
  return process.env[`STATE_${name}`] || "";
}

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
import { constants as constants2 } from "node:os";

// packages/github/src/summary.ts
var Html = class {
  constructor(markup) {
    this.markup = markup;
  }
  markup;
};
var ENTITIES = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
  // Line ends too: a blank line ends GitHub's HTML block, and what follows it is read as Markdown.
  "\n": "&#10;",
  "\r": "&#13;"
};
function escapeHtml(text) {
  return text.replace(/[&<>"'\n\r]/g, (character) => ENTITIES[character] ?? character);
}
function toMarkup(cell) {
  return cell instanceof Html ? cell.markup : escapeHtml(String(cell));
}
function html(strings, ...values) {
  return new Html(strings.reduce((markup, part, index) => markup + toMarkup(values[index - 1] ?? "") + part));
}
function code(text) {
  return new Html(`<code>${escapeHtml(text)}</code>`);
}
function withInlineCode(text) {
  return joinHtml(
    text.split(/`([^`]+)`/).map((part, index) => index % 2 === 1 ? code(part) : part),
    ""
  );
}
function joinHtml(cells, separator = ", ") {
  return new Html(cells.map(toMarkup).join(escapeHtml(separator)));
}
function addHeading(text, level) {
  summary.addHeading(toMarkup(text), level);
}
function addText(text) {
  summary.addRaw(`<p>${toMarkup(text)}</p>`, true);
}
function addTable(headers, rows) {
  addTableRows(rows, headers);
}
function addFacts(facts) {
  addTableRows(Object.entries(facts).filter((entry) => entry[1] !== void 0));
}
function addCollapsed(label, text) {
  summary.addDetails(toMarkup(label), preformatted(text));
}
function addFailure(failure, facts = {}) {
  addText(html`<b>${withInlineCode(failure.message)}</b>`);
  if (failure.hint) addText(withInlineCode(failure.hint));
  addFacts(facts);
  const { logTail } = failure;
  if (logTail && logTail.lines.length > 0) addCollapsed(logTailTitle(logTail), logTail.lines.join("\n"));
}
function addFencedBlock(language, text) {
  summary.addRaw(`
\`\`\`${language}
${text}
\`\`\`
`, true);
}
async function writeSummary() {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    summary.emptyBuffer();
    return;
  }
  await summary.write();
}
function addTableRows(rows, headers) {
  if (rows.length === 0) return;
  const row = (cells, tag) => `<tr>${cells.map((cell) => `<${tag}>${toMarkup(cell)}</${tag}>`).join("")}</tr>`;
  const header = headers ? row(headers, "th") : "";
  summary.addRaw(`<table>${header}${rows.map((cells) => row(cells, "td")).join("")}</table>`, true);
}
function preformatted(text) {
  return `<pre><code>${escapeHtml(text)}</code></pre>`;
}

// packages/github/src/run.ts
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
    if (process.listenerCount(signal) === 0) process.exit(128 + constants2.signals[signal]);
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
    ...readTargetInputs(read)
  };
}

// packages/drift/src/chart.ts
function decidingChart(samples) {
  if (samples.length === 0) return void 0;
  const startMs = samples[0]?.atMs ?? 0;
  const values = samples.map(
    ({ reading }) => "value" in reading && reading.value !== void 0 ? reading.value : reading.kind === "fail" ? 1 : 0
  );
  const labels = samples.map((sample) => `"${formatDuration(sample.atMs - startMs)}"`);
  return [
    "xychart-beta",
    `  title "${samples[0]?.signal} per sample"`,
    `  x-axis [${labels.join(", ")}]`,
    `  line [${values.join(", ")}]`
  ].join("\n");
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
    "The ledger says": declared && html`${declared.version} (${code(declared.digest.slice(0, 19))})`,
    Watched: formatDuration(result.endedMs - result.startedMs),
    "Then watched": result.targetWatch && targetWatchFact(result),
    Target: settings.target
  });
  addTable(["Signal", "Threshold", "Samples", "Failing", "Last reading"], signalRows(result));
  const chart = deciding && decidingChart(result.samples.filter((sample) => sample.signal === deciding.signal));
  if (chart) addFencedBlock("mermaid", chart);
  const { drifting } = result;
  if (drifting?.state) {
    addHeading("The release that drifted", 4);
    addFacts({
      Serves: drifting.serving && html`${drifting.serving.version || "an unlabelled container"} (${code(drifting.serving.digest.slice(0, 19) || "no digest")})`,
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
  const { watchEnvironment } = await import("./src-WTKISO2W.js");
  const result = await watchEnvironment({
    ...targetOptions(inputs),
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
  await writeWatchSummary(result);
  const line = `${result.verdict}: ${result.deciding ? `${result.deciding.signal}, ${result.deciding.reason}. ` : ""}${action.why}`;
  if (result.verdict === "drifted") setFailed(line);
  else if (result.verdict === "inconclusive") warning(line);
  else notice(line);
}
async function post() {
  const runId = getState(RUN_ID_STATE);
  const target = getState(TARGET_STATE);
  if (!runId || !target || getState(SETTLED_STATE) === "true") return;
  const inputs = readInputs(new InputReader());
  const { cleanUpDeployRun } = await import("./src-RRJVKD2H.js");
  const { removed, leases } = await cleanUpDeployRun(target, engineMaterial(inputs), runId);
  if (removed.length > 0) info(`Removed what run ${runId} left: ${removed.join(", ")}`);
  if (leases > 0) info(`Released the lock run ${runId} held`);
}
await run(main, { post, describeFailure: describeWatchFailure });
