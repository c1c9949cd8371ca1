import { createRequire as __quaiCreateRequire } from "node:module";
import { dirname as __quaiDirname } from "node:path";
import { fileURLToPath as __quaiFileURLToPath } from "node:url";
const require = __quaiCreateRequire(import.meta.url);
const __filename = __quaiFileURLToPath(import.meta.url);
const __dirname = __quaiDirname(__filename);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// packages/core/src/errors.ts
var UserError = class extends Error {
  hint;
  location;
  logTail;
  constructor(message, options = {}) {
    super(message, options.cause === void 0 ? void 0 : { cause: options.cause });
    this.name = "UserError";
    this.hint = options.hint;
    this.location = options.location;
    this.logTail = options.logTail;
  }
  /** The message and the hint, as the one line a user reads. */
  get summary() {
    return this.hint ? `${this.message}. ${this.hint}` : this.message;
  }
};
function logTailTitle(tail) {
  return `${tail.of}: last ${tail.lines.length} log lines`;
}
function logTailNote(tail) {
  return tail.lines.length > 0 ? `Its last ${tail.lines.length} log lines are in the log and the job summary` : void 0;
}
function joinSentences(...sentences) {
  return sentences.filter((sentence) => sentence !== void 0 && sentence !== "").join(". ");
}
var QUOTED_VALUE_LIMIT = 200;
function quoteValue(value) {
  const { start, length } = cut(value);
  return start === value ? JSON.stringify(value) : `${JSON.stringify(start)}\u2026 (${length} characters)`;
}
function abbreviate(text) {
  const { start, length } = cut(text);
  return start === text ? text : `${start}\u2026 (${length} characters)`;
}
function cut(text) {
  if (text.length <= QUOTED_VALUE_LIMIT) return { start: text, length: text.length };
  const characters = Array.from(text);
  if (characters.length <= QUOTED_VALUE_LIMIT) return { start: text, length: characters.length };
  return { start: characters.slice(0, QUOTED_VALUE_LIMIT).join(""), length: characters.length };
}
var InvalidValueError = class extends UserError {
  input;
  /** The whole value; the message quotes at most QUOTED_VALUE_LIMIT characters of it. */
  value;
  constructor(input, value, why, options = {}) {
    super(`Invalid ${input}: ${quoteValue(value)} (${why})`, options);
    this.name = "InvalidValueError";
    this.input = input;
    this.value = value;
  }
};
function firstLine(error) {
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n", 1)[0]?.trim() ?? "";
}

export {
  __require,
  __commonJS,
  __export,
  __toESM,
  UserError,
  logTailTitle,
  logTailNote,
  joinSentences,
  quoteValue,
  abbreviate,
  InvalidValueError,
  firstLine
};
