import { createRequire as __quaiCreateRequire } from "node:module";
import { dirname as __quaiDirname } from "node:path";
import { fileURLToPath as __quaiFileURLToPath } from "node:url";
const require = __quaiCreateRequire(import.meta.url);
const __filename = __quaiFileURLToPath(import.meta.url);
const __dirname = __quaiDirname(__filename);
import {
  isWithin,
  realPath,
  require_constants,
  require_scan,
  require_utils,
  shownPath,
  splitReportPattern,
  stopProcessGroup,
  trackProcessGroup
} from "./chunk-EDNCYXZD.js";
import {
  countResources,
  formatBytes,
  formatDuration
} from "./chunk-E6D65KBS.js";
import {
  RUN_ID_LABEL,
  runLabels
} from "./chunk-QCMGWVGG.js";
import {
  InvalidValueError,
  UserError,
  __commonJS,
  __require,
  __toESM
} from "./chunk-JRZG5HEJ.js";

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports2) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode2(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar3(node) || isCollection(node)) && !!node.anchor;
    exports2.ALIAS = ALIAS;
    exports2.DOC = DOC;
    exports2.MAP = MAP;
    exports2.NODE_TYPE = NODE_TYPE;
    exports2.PAIR = PAIR;
    exports2.SCALAR = SCALAR;
    exports2.SEQ = SEQ;
    exports2.hasAnchor = hasAnchor;
    exports2.isAlias = isAlias;
    exports2.isCollection = isCollection;
    exports2.isDocument = isDocument;
    exports2.isMap = isMap3;
    exports2.isNode = isNode2;
    exports2.isPair = isPair;
    exports2.isScalar = isScalar3;
    exports2.isSeq = isSeq3;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit2(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports2.visit = visit2;
    exports2.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var visit2 = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name2 = parts.shift();
        switch (name2) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name2}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit2.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports2.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var visit2 = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit2.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name2 = `${prefix}${i}`;
        if (!exclude.has(name2))
          return name2;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports2.anchorIsValid = anchorIsValid;
    exports2.anchorNames = anchorNames;
    exports2.createNodeAnchors = createNodeAnchors;
    exports2.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports2) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports2.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports2) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports2.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports2) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports2.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports2) {
    "use strict";
    var anchors = require_anchors();
    var visit2 = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit2.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports2.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports2.Scalar = Scalar;
    exports2.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports2) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports2.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports2) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports2.Collection = Collection;
    exports2.collectionFromPath = collectionFromPath;
    exports2.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports2) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports2.indentComment = indentComment;
    exports2.lineComment = lineComment;
    exports2.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports2) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text2, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text2;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text2.length <= endStep)
        return text2;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text2, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text2[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text2[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text2, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text2[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text2[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text2;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text2;
      if (onFold)
        onFold();
      let res = text2.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text2.length;
        if (fold === 0)
          res = `
${indent}${text2.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text2[fold]}\\`;
          res += `
${indent}${text2.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text2, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text2[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text2[++i];
        } else {
          do {
            ch = text2[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text2[start];
        }
      }
      return end;
    }
    exports2.FOLD_BLOCK = FOLD_BLOCK;
    exports2.FOLD_FLOW = FOLD_FLOW;
    exports2.FOLD_QUOTED = FOLD_QUOTED;
    exports2.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote: singleQuote2 } = ctx.options;
      let qs;
      if (singleQuote2 === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote2 ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports2.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports2) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name2 = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name2} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify2(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports2.createStringifyContext = createStringifyContext;
    exports2.stringify = stringify2;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify2 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify2.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify2.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports2.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports2) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports2.debug = debug;
    exports2.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports2.addMergeToJSMap = addMergeToJSMap;
    exports2.isMergeKey = isMergeKey;
    exports2.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports2) {
    "use strict";
    var log2 = require_log();
    var merge = require_merge();
    var stringify2 = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify2.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log2.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports2.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports2) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports2.Pair = Pair;
    exports2.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var stringify2 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify3 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify3(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify2.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify2.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports2.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports2) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports2.YAMLMap = YAMLMap;
    exports2.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports2.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports2) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports2.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports2.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports2) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string2 = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports2.string = string2;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports2.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports2.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports2) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num2 = typeof value === "number" ? value : Number(value);
      if (!isFinite(num2))
        return isNaN(num2) ? ".nan" : num2 < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports2.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num2 = Number(node.value);
        return isFinite(num2) ? num2.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports2.float = float;
    exports2.floatExp = floatExp;
    exports2.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports2) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports2.int = int;
    exports2.intHex = intHex;
    exports2.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports2) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string2 = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string2.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports2.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports2.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports2) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports2.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports2.createPairs = createPairs;
    exports2.pairs = pairs;
    exports2.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports2.YAMLOMap = YAMLOMap;
    exports2.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports2.falseTag = falseTag;
    exports2.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num2 = Number(node.value);
        return isFinite(num2) ? num2.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports2.float = float;
    exports2.floatExp = floatExp;
    exports2.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports2) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports2.int = int;
    exports2.intBin = intBin;
    exports2.intHex = intHex;
    exports2.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports2.YAMLSet = YAMLSet;
    exports2.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports2) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num2 = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num2(60) + num2(p), num2(0));
      return sign === "-" ? num2(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num2 = (n) => n;
      if (typeof value === "bigint")
        num2 = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num2(-1);
      }
      const _60 = num2(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date2 = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date2 -= 6e4 * d;
        }
        return new Date(date2);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports2.floatTime = floatTime;
    exports2.intTime = intTime;
    exports2.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports2) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string2 = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string2.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports2.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports2) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string2 = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string2.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports2.coreKnownTags = coreKnownTags;
    exports2.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string2 = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string2.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports2.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var stringify2 = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify2.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify2.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify2.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports2.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports2) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name2) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name2 || prev.has(name2) ? anchors.findNewAnchor(name2 || "a", prev) : name2;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports2.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports2) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name2, pos, code, message) {
        super();
        this.name = name2;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports2.YAMLError = YAMLError;
    exports2.YAMLParseError = YAMLParseError;
    exports2.YAMLWarning = YAMLWarning;
    exports2.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports2) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports2.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports2) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports2.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports2) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports2.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports2) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports2.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports2) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep: sep4, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep4?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep4) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep4 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep4, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports2.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports2) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports2.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports2) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep4 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep4 + cb;
              sep4 = "";
              break;
            }
            case "newline":
              if (comment)
                sep4 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports2.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap3 = fc.start.source === "{";
      const fcName = isMap3 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap3 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep: sep4, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep4?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep4 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap3 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap3 && !sep4 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep4, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep4 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap3 && !props.found && ctx.options.strict) {
              if (sep4)
                for (const st of sep4) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep4, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap3) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap3 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name2 = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name2} must end with a ${expectedEnd}` : `${name2} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports2.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports2.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep4 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep4 + indent.slice(trimIndent) + content;
          sep4 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep4 === " ")
            sep4 = "\n";
          else if (!prevMoreIndented && sep4 === "\n")
            sep4 = "\n\n";
          value += sep4 + indent.slice(trimIndent) + content;
          sep4 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep4 === "\n")
            value += "\n";
          else
            sep4 = "\n";
        } else {
          value += sep4 + content;
          sep4 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports2.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep4 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep4 === "\n")
            res += sep4;
          else
            sep4 = "\n";
        } else {
          res += sep4 + lm;
          sep4 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep4 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports2.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports2.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports2) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports2.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports2) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports2.composeEmptyNode = composeEmptyNode;
    exports2.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports2) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports2.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports2) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports2.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports2) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports2.createScalarToken = createScalarToken;
    exports2.resolveAsScalar = resolveAsScalar;
    exports2.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports2) {
    "use strict";
    var stringify2 = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep4, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep4)
        for (const st of sep4)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports2.stringify = stringify2;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports2) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit2(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    visit2.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit2.parentCollection = (cst, path) => {
      const parent = visit2.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports2.visit = visit2;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports2) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar3 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports2.createScalarToken = cstScalar.createScalarToken;
    exports2.resolveAsScalar = cstScalar.resolveAsScalar;
    exports2.setScalarValue = cstScalar.setScalarValue;
    exports2.stringify = cstStringify.stringify;
    exports2.visit = cstVisit.visit;
    exports2.BOM = BOM;
    exports2.DOCUMENT = DOCUMENT;
    exports2.FLOW_END = FLOW_END;
    exports2.SCALAR = SCALAR;
    exports2.isCollection = isCollection;
    exports2.isScalar = isScalar3;
    exports2.prettyToken = prettyToken;
    exports2.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports2) {
    "use strict";
    var cst = require_cst();
    function isEmpty2(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty2(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty2(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty2(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty2(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty2(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty2(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty2(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty2(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty2(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty2(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty2(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports2.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports2) {
    "use strict";
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports2.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports2) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list2, type) {
      for (let i = 0; i < list2.length; ++i)
        if (list2[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list2) {
      for (let i = 0; i < list2.length; ++i) {
        switch (list2[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep4;
          if (scalar.end) {
            sep4 = scalar.end;
            sep4.push(this.sourceToken);
            delete scalar.end;
          } else
            sep4 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep4 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep4 = it.sep;
                  sep4.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep4 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep4 = fc.end.splice(1, fc.end.length);
            sep4.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep4 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports2.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports2) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log2 = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser2 = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser2.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser2.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log2.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify2(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports2.parse = parse;
    exports2.parseAllDocuments = parseAllDocuments;
    exports2.parseDocument = parseDocument2;
    exports2.stringify = stringify2;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports2) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser2 = require_parser();
    var publicApi = require_public_api();
    var visit2 = require_visit();
    exports2.Composer = composer.Composer;
    exports2.Document = Document.Document;
    exports2.Schema = Schema.Schema;
    exports2.YAMLError = errors.YAMLError;
    exports2.YAMLParseError = errors.YAMLParseError;
    exports2.YAMLWarning = errors.YAMLWarning;
    exports2.Alias = Alias.Alias;
    exports2.isAlias = identity.isAlias;
    exports2.isCollection = identity.isCollection;
    exports2.isDocument = identity.isDocument;
    exports2.isMap = identity.isMap;
    exports2.isNode = identity.isNode;
    exports2.isPair = identity.isPair;
    exports2.isScalar = identity.isScalar;
    exports2.isSeq = identity.isSeq;
    exports2.Pair = Pair.Pair;
    exports2.Scalar = Scalar.Scalar;
    exports2.YAMLMap = YAMLMap.YAMLMap;
    exports2.YAMLSeq = YAMLSeq.YAMLSeq;
    exports2.CST = cst;
    exports2.Lexer = lexer.Lexer;
    exports2.LineCounter = lineCounter.LineCounter;
    exports2.Parser = parser2.Parser;
    exports2.parse = publicApi.parse;
    exports2.parseAllDocuments = publicApi.parseAllDocuments;
    exports2.parseDocument = publicApi.parseDocument;
    exports2.stringify = publicApi.stringify;
    exports2.visit = visit2.visit;
    exports2.visitAsync = visit2.visitAsync;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports2, module) {
    "use strict";
    var constants2 = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants2;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants2.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants2.globChars(opts.windows);
      const EXTGLOB_CHARS = constants2.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num2 = 0) => {
        state.consumed += value2;
        state.index += num2;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix4 = POSIX_REGEX_SOURCE[rest2];
                if (posix4) {
                  prev.value = pre + posix4;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants2.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports2, module) {
    "use strict";
    var scan = require_scan();
    var parse = require_parse();
    var utils = require_utils();
    var constants2 = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch2 = (glob2, options, returnState = false) => {
      if (Array.isArray(glob2)) {
        const fns = glob2.map((input) => picomatch2(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob2) && glob2.tokens && glob2.input;
      if (glob2 === "" || typeof glob2 !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix4 = opts.windows;
      const regex = isState ? picomatch2.compileRe(glob2, options) : picomatch2.makeRe(glob2, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch2.test(input, regex, options, { glob: glob2, posix: posix4 });
        const result = { glob: glob2, state, regex, posix: posix4, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch2.test = (input, regex, options, { glob: glob2, posix: posix4 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix4 ? utils.toPosixSlashes : null);
      let match = input === glob2;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob2;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch2.matchBase(input, regex, options, posix4);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch2.matchBase = (input, glob2, options, posix4 = options && options.windows) => {
      const regex = glob2 instanceof RegExp ? glob2 : picomatch2.makeRe(glob2, options);
      return regex.test(utils.basename(input, { windows: posix4 }));
    };
    picomatch2.isMatch = (str, patterns, options) => picomatch2(patterns, options)(str);
    picomatch2.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch2.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch2.scan = (input, options) => scan(input, options);
    picomatch2.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch2.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch2.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch2.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch2.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch2.constants = constants2;
    module.exports = picomatch2;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports2, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch2(glob2, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob2, options, returnState);
    }
    Object.assign(picomatch2, pico);
    module.exports = picomatch2;
  }
});

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
  return new Promise((resolve4, reject) => {
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
    let timedOut2 = false;
    const limit = setTimeout(() => {
      timedOut2 = true;
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
      resolve4({ exitCode: NOT_INSTALLED, stdout: "", stderr: `${command}: command not found` });
    });
    child.once("close", (code, signal) => {
      settle();
      if (timedOut2) return reject(new TimeLimitError(options.what ?? [command, ...args].join(" "), limitMs));
      const exitCode = code ?? 128 + (signal ? constants.signals[signal] : 0);
      resolve4({ exitCode, stdout: stdout.text(), stderr: stderr.text() });
    });
  });
}
function lineCollector(stream, onLine) {
  let text2 = "";
  let partial = "";
  stream?.setEncoding("utf8");
  stream?.on("data", (chunk) => {
    text2 += chunk;
    const lines = (partial + chunk).split("\n");
    partial = lines.pop() ?? "";
    for (const line of lines) onLine?.(line.replace(/\r$/, ""));
  });
  stream?.on("end", () => {
    if (partial) onLine?.(partial.replace(/\r$/, ""));
    partial = "";
  });
  return { text: () => text2 };
}

// packages/core/src/poll.ts
var systemClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve4) => setTimeout(resolve4, ms))
};
var TimeoutError = class extends UserError {
  constructor(message, hint) {
    super(message, { hint });
    this.name = "TimeoutError";
  }
};
async function poll(attempt, options) {
  const clock = options.clock ?? systemClock;
  const deadline = clock.now() + options.timeoutMs;
  let interval = options.intervalMs;
  let tries = 0;
  for (; ; ) {
    tries++;
    const result = await attempt();
    if (result.done) return result.value;
    const left = deadline - clock.now();
    if (left <= 0) {
      throw new TimeoutError(
        `Timed out after ${formatDuration(options.timeoutMs)} waiting for ${options.what} (${tries} tries; last: ${result.reason})`,
        options.hint
      );
    }
    await clock.sleep(Math.min(interval, left));
    interval = Math.min(interval * (options.backoff ?? 1), options.maxIntervalMs ?? Number.POSITIVE_INFINITY);
  }
}

// packages/core/src/yaml-source.ts
var import_yaml = __toESM(require_dist(), 1);
import { readFileSync } from "node:fs";
var MAX_ALIAS_COUNT = 1e3;
function readYamlSource(path, shown, kind) {
  const lineCounter = new import_yaml.LineCounter();
  const document = (0, import_yaml.parseDocument)(readFileSync(path, "utf8"), { lineCounter });
  const [error] = document.errors;
  if (error) {
    const position = error.linePos?.[0];
    throw new UserError(`${shown} is not valid YAML: ${error.message.split("\n")[0]}`, {
      location: { file: shown, line: position?.line, column: position?.col },
      cause: error
    });
  }
  const top = document.contents;
  if (top !== null && !(0, import_yaml.isMap)(top)) {
    throw new UserError(`${shown} is not ${kind}: its top level is not a mapping`, {
      location: { file: shown, line: 1 }
    });
  }
  return { path, shown, document, lineCounter, value: expandAliases(document, lineCounter, shown) };
}
function expandAliases(document, lineCounter, shown) {
  const at = (node) => {
    const offset = node?.range?.[0];
    return { file: shown, line: offset === void 0 ? void 0 : lineCounter.linePos(offset).line };
  };
  try {
    return document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    const aliases = aliasesIn(document);
    const unresolved = aliases.find((alias) => !alias.resolve(document));
    if (unresolved) {
      throw new UserError(
        `${shown}: the alias *${unresolved.source} has no anchor &${unresolved.source} before it`,
        {
          hint: "An alias (*name) repeats a value marked &name earlier in the file",
          location: at(unresolved),
          cause: error
        }
      );
    }
    throw new UserError(`${shown} uses too many YAML aliases`, {
      hint: `Past ${MAX_ALIAS_COUNT} copies of anchors, aliases of aliases are taken for a "billion laughs" attack: write the values out, or nest aliases less`,
      location: at(mostExpandedAnchor(document, aliases)),
      cause: error
    });
  }
}
function aliasesIn(node) {
  const aliases = [];
  (0, import_yaml.visit)(node, { Alias: (_key, alias) => void aliases.push(alias) });
  return aliases;
}
function mostExpandedAnchor(document, aliases) {
  const uses = /* @__PURE__ */ new Map();
  for (const alias of aliases) {
    const anchor = alias.resolve(document);
    if (anchor) uses.set(anchor, (uses.get(anchor) ?? 0) + 1);
  }
  let most = { weight: 0 };
  for (const [anchor, count] of uses) {
    const weight = count * Math.max(1, aliasesIn(anchor).length);
    if (weight > most.weight) most = { anchor, weight };
  }
  return most.anchor;
}
function locateKey(source, keys) {
  const offset = deepestKeyOffset(source.document.contents, keys.map(String));
  if (offset === void 0) return { file: source.shown };
  const { line, col } = source.lineCounter.linePos(offset);
  return { file: source.shown, line, column: col };
}
function mappingKeys(node) {
  if (!(0, import_yaml.isMap)(node)) return [];
  return node.items.flatMap((pair) => (0, import_yaml.isScalar)(pair.key) ? [String(pair.key.value)] : []);
}
function deepestKeyOffset(root, keys) {
  let node = root;
  let offset;
  for (const key of keys) {
    if ((0, import_yaml.isMap)(node)) {
      const pair = node.items.find((item) => (0, import_yaml.isScalar)(item.key) && String(item.key.value) === key);
      if (!pair || !(0, import_yaml.isScalar)(pair.key)) break;
      offset = pair.key.range?.[0];
      node = pair.value;
    } else if ((0, import_yaml.isSeq)(node) && /^\d+$/.test(key)) {
      const item = node.items[Number(key)];
      if (!(0, import_yaml.isNode)(item)) break;
      offset = item.range?.[0];
      node = item;
    } else {
      break;
    }
  }
  return offset;
}

// packages/compose/src/exec.ts
var nodeExec = runProcess;
var QUERY_TIME_LIMIT_MS = 2 * 6e4;
var PULL_AND_BUILD_TIME_LIMIT_MS = 60 * 6e4;
var TEST_TIME_LIMIT_MS = 6 * 60 * 6e4;

// packages/compose/src/run-compose-tests.ts
import { mkdirSync as mkdirSync2 } from "node:fs";
import { delimiter, join as join5 } from "node:path";

// packages/compose/src/cancellation.ts
var CancelledError = class extends UserError {
  constructor(reason) {
    super(`The run was cancelled (${String(reason)})`, { hint: "The stack was torn down" });
    this.name = "CancelledError";
  }
};
function throwIfCancelled(signal) {
  if (signal?.aborted) throw new CancelledError(signal.reason);
}

// packages/compose/src/output-lines.ts
var ANSI_ESCAPE = /\u001b\[[0-9;?]*[A-Za-z]/g;
function linesOf(text2) {
  return text2.replace(ANSI_ESCAPE, "").split(/\r?\n/).map((line) => line.trimEnd()).filter(Boolean);
}
function tail(lines, count) {
  return lines.slice(Math.max(0, lines.length - count));
}
function lastLine(text2) {
  return tail(linesOf(text2), 1)[0] ?? "";
}

// packages/compose/src/compose-cli.ts
var INSTALL_HINT = "Install the Compose v2 plugin (docker-compose-plugin, or Debian's docker-compose 2.x), which GitHub-hosted runners have";
async function locateComposeCli(exec) {
  const plugin = await exec("docker", ["compose", "version", "--short"], {
    timeLimitMs: QUERY_TIME_LIMIT_MS
  });
  if (plugin.exitCode === 0)
    return requireV2({ command: "docker", prefix: ["compose"], version: plugin.stdout.trim() });
  const standalone = await exec("docker-compose", ["version", "--short"], {
    timeLimitMs: QUERY_TIME_LIMIT_MS
  });
  if (standalone.exitCode === 0) {
    return requireV2({ command: "docker-compose", prefix: [], version: standalone.stdout.trim() });
  }
  throw new UserError(
    `Docker Compose is not installed: neither \`docker compose\` nor \`docker-compose\` answers (${lastLine(plugin.stderr)})`,
    { hint: INSTALL_HINT }
  );
}
function requireV2(cli) {
  const major = Number(cli.version.replace(/^v/, "").split(".")[0]);
  if (major < 2) {
    throw new UserError(`${cli.command} ${cli.version} is Compose v1, which quai does not support`, {
      hint: INSTALL_HINT
    });
  }
  return cli;
}

// packages/compose/src/compose-files.ts
import { existsSync } from "node:fs";

// packages/compose/src/host-access.ts
import { posix } from "node:path";
var import_yaml2 = __toESM(require_dist(), 1);
var DOCKER_SOCKETS = ["/var/run/docker.sock", "/run/docker.sock"];
function hostAccessIn(source) {
  const services = source.document.get("services", true);
  if (!(0, import_yaml2.isMap)(services)) return [];
  return services.items.flatMap((pair) => {
    if (!(0, import_yaml2.isScalar)(pair.key) || !(0, import_yaml2.isMap)(pair.value)) return [];
    const service = String(pair.key.value);
    const at = (...keys) => locateKey(source, ["services", service, ...keys]);
    return findings(pair.value).map(({ what, keys }) => ({ service, what, location: at(...keys) })).sort((a, b) => (a.location.line ?? 0) - (b.location.line ?? 0));
  });
}
function findings(service) {
  const found = [];
  if (isTrue(service.get("privileged"))) {
    found.push({
      what: "runs privileged (privileged: true), with every capability and device of the runner",
      keys: ["privileged"]
    });
  }
  if (service.get("network_mode") === "host") {
    found.push({ what: "shares the runner's network (network_mode: host)", keys: ["network_mode"] });
  }
  if (service.get("pid") === "host") {
    found.push({ what: "shares the runner's processes (pid: host)", keys: ["pid"] });
  }
  const volumes = service.get("volumes", true);
  if ((0, import_yaml2.isSeq)(volumes)) {
    volumes.items.forEach((volume, index) => {
      const what = boundHostPath(volume);
      if (what) found.push({ what, keys: ["volumes", index] });
    });
  }
  return found;
}
function boundHostPath(volume) {
  const source = bindSource(volume);
  if (source === void 0 || !source.startsWith("/")) return void 0;
  const path = posix.normalize(source).replace(/(.)\/+$/, "$1");
  if (DOCKER_SOCKETS.includes(path)) {
    return `binds the Docker socket ${path}, which runs any container on the runner, privileged ones too`;
  }
  if (path === "/") return "binds the runner's root filesystem /";
  return void 0;
}
function bindSource(volume) {
  if ((0, import_yaml2.isScalar)(volume)) {
    const parts = String(volume.value).split(":");
    return parts.length > 1 ? parts[0] : void 0;
  }
  if ((0, import_yaml2.isMap)(volume)) {
    const type = volume.get("type");
    const source = volume.get("source");
    return (type === void 0 || type === "bind") && typeof source === "string" ? source : void 0;
  }
  return void 0;
}
function isTrue(value) {
  return value === true || typeof value === "string" && value.toLowerCase() === "true";
}
function describeHostAccess(access) {
  const { file, line } = access.location;
  return `${file}${line ? `:${line}` : ""}: service ${access.service} ${access.what}`;
}
function checkHostAccess(found, allow, reporter) {
  const [first] = found;
  if (!allow && first) {
    throw new UserError(`${describeHostAccess(first)}: refused, since allow-privileged is false`, {
      hint: "Remove the setting, or set allow-privileged: true to run such services with a warning",
      location: first.location
    });
  }
  for (const access of found) {
    reporter.warning(
      `${describeHostAccess(access)}: it can take over the runner (allow-privileged: false refuses such services)`,
      access.location
    );
  }
}

// packages/compose/src/compose-files.ts
var COMPOSE_REFERENCE = "See the Compose file reference: https://docs.docker.com/reference/compose-file/";
var ComposeFiles = class _ComposeFiles {
  constructor(sources) {
    this.sources = sources;
  }
  sources;
  static read(paths, workspace) {
    const sources = paths.map((path) => readSource(path, workspace));
    if (!isNonEmpty(sources)) throw new InvalidValueError("compose-file", "", "it is required");
    const files = new _ComposeFiles(sources);
    if (files.serviceNames.length === 0) {
      throw new UserError(`${files.shownNames} ${files.declare} no services`, {
        hint: "A Compose file lists its containers under services:",
        location: { file: files.first.shown }
      });
    }
    return files;
  }
  get paths() {
    return this.sources.map((source) => source.path);
  }
  /** Every service the files declare, those behind a profile included, in the order they come. */
  get serviceNames() {
    const names = this.sources.flatMap((source) => mappingKeys(source.document.get("services", true)));
    return [...new Set(names)];
  }
  /** The settings, file by file and service by service, that give a service the runner. */
  get hostAccess() {
    return this.sources.flatMap(hostAccessIn);
  }
  /** Fails, pointing at `services:`, when the value of `input` is not a service of the files. */
  requireService(input, name2) {
    if (this.serviceNames.includes(name2)) return;
    throw new InvalidValueError(
      input,
      name2,
      `not a service of ${this.shownNames}, which ${this.declare} ${this.serviceNames.join(", ")}`,
      { location: this.locate(this.first.path, ["services"]) }
    );
  }
  /** The line of a dotted path as compose names it (services.app.ports), or of its deepest existing part. */
  locate(path, keys) {
    return locateKey(this.sources.find((candidate) => candidate.path === path) ?? this.first, keys);
  }
  /**
   * Compose's own complaint about the files (its last line), pointing at the key it names:
   * `validating /abs/compose.yml: services.app Additional property imagee is not allowed`.
   */
  refusal(complaint) {
    const [, path = "", keyPath = "", problem = ""] = complaint.match(/^validating (.+?): (\S+) (.*)$/) ?? [];
    if (!keyPath)
      return new UserError(`Compose refused the files: ${complaint}`, { hint: COMPOSE_REFERENCE });
    const unknownKey = problem.match(/^Additional property (\S+) is not allowed/)?.[1];
    const keys = keyPath.split(".");
    return new UserError(`${this.shownPath(path)}: ${keyPath} ${problem}`, {
      hint: COMPOSE_REFERENCE,
      location: this.locate(path, unknownKey ? [...keys, unknownKey] : keys)
    });
  }
  shownPath(path) {
    return this.sources.find((source) => source.path === path)?.shown ?? path;
  }
  get first() {
    return this.sources[0];
  }
  get shownNames() {
    return this.sources.map((source) => source.shown).join(", ");
  }
  get declare() {
    return this.sources.length === 1 ? "declares" : "declare";
  }
};
function readSource(path, workspace) {
  const shown = shownPath(path, workspace);
  if (!existsSync(path)) {
    throw new InvalidValueError("compose-file", shown, "no such file", {
      hint: "Paths are relative to the workspace"
    });
  }
  return readYamlSource(path, shown, "a Compose file");
}
function isNonEmpty(items) {
  return items.length > 0;
}

// packages/compose/src/compose-project.ts
var ComposeProject = class {
  constructor(exec, cli, spec) {
    this.exec = exec;
    this.cli = cli;
    this.spec = spec;
  }
  exec;
  cli;
  spec;
  get name() {
    return this.spec.name;
  }
  run(args, options = {}) {
    return this.exec(this.cli.command, this.argsFor(args), {
      cwd: this.spec.cwd,
      env: this.spec.env,
      what: this.commandLine(args),
      ...options
    });
  }
  /** A command for the user to copy, by project name alone: compose finds the containers by their labels. */
  commandLine(args) {
    return [this.cli.command, ...this.cli.prefix, "-p", this.spec.name, ...args].map(shellWord).join(" ");
  }
  argsFor(args) {
    const files = this.spec.files.flatMap((file) => ["-f", file]);
    return [...this.cli.prefix, "--ansi", "never", "-p", this.spec.name, ...files, ...args];
  }
};
function shellWord(word) {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

// packages/compose/src/image-under-test.ts
var BARE_DIGEST = /^sha256:[0-9a-f]{64}$/;
async function resolveImageUnderTest(exec, ref, service) {
  const inspected = await exec("docker", ["image", "inspect", "--format", "{{.Id}}", ref], {
    timeLimitMs: QUERY_TIME_LIMIT_MS
  });
  if (inspected.exitCode !== 0) {
    const why = BARE_DIGEST.test(ref) ? "no image in this Docker engine has that id; a manifest digest, such as build-minimal-image's digest output, names an image in a registry" : "no such image in this Docker engine";
    throw new InvalidValueError("image", ref, why, {
      hint: "Pass the image output of build-minimal-image, which loads the image into the engine, or load the image before this step"
    });
  }
  return { ref, id: inspected.stdout.trim(), service };
}

// packages/compose/src/override-file.ts
var import_yaml3 = __toESM(require_dist(), 1);
import { writeFileSync } from "node:fs";
import { join } from "node:path";
function overrideYaml(spec) {
  const services = {};
  for (const name2 of spec.services) services[name2] = { labels: spec.labels };
  const { imageUnderTest } = spec;
  if (imageUnderTest) {
    services[imageUnderTest.service] = {
      labels: spec.labels,
      image: imageUnderTest.id,
      pull_policy: "never"
    };
  }
  return `# Generated by quai integration-test-compose for this run; the user's files are unchanged.
${(0, import_yaml3.stringify)({ services })}`;
}
function writeOverrideFile(dir, spec) {
  const path = join(dir, "compose.quai-override.yml");
  writeFileSync(path, overrideYaml(spec));
  return path;
}

// packages/compose/src/service-logs.ts
import { mkdirSync, writeFileSync as writeFileSync2 } from "node:fs";
import { join as join2 } from "node:path";
async function serviceLog(project, service, tailLines) {
  const limit = tailLines === void 0 ? [] : ["--tail", String(tailLines)];
  const logs = await project.run(["logs", "--no-color", "--no-log-prefix", ...limit, service], {
    timeLimitMs: QUERY_TIME_LIMIT_MS
  });
  return logs.exitCode === 0 ? linesOf(logs.stdout) : [`(no log: ${lastLine(logs.stderr)})`];
}
function saveLog(dir, name2, lines) {
  mkdirSync(dir, { recursive: true });
  const path = join2(dir, `${name2}.log`);
  writeFileSync2(path, lines.length > 0 ? `${lines.join("\n")}
` : "");
  return { name: name2, path, lines };
}

// packages/compose/src/stack-services.ts
async function readComposeModel(project, files) {
  const config = await project.run(["--profile", "*", "config", "--format", "json"], {
    timeLimitMs: QUERY_TIME_LIMIT_MS
  });
  if (config.exitCode !== 0) throw files.refusal(lastLine(config.stderr));
  return JSON.parse(config.stdout);
}
function stackServices(model, enabledProfiles2, testService) {
  const active = Object.entries(model.services).filter(
    ([, service]) => !service.profiles?.length || service.profiles.some((p) => enabledProfiles2.includes(p))
  ).map(([name2]) => name2);
  const needed = testService ? dependenciesOf(model, testService) : [];
  return [.../* @__PURE__ */ new Set([...active, ...needed])].filter((name2) => name2 !== testService);
}
function dependenciesOf(model, name2, seen = /* @__PURE__ */ new Set()) {
  for (const dependency of Object.keys(model.services[name2]?.depends_on ?? {})) {
    if (seen.has(dependency)) continue;
    seen.add(dependency);
    dependenciesOf(model, dependency, seen);
  }
  return [...seen];
}
function enabledProfiles(env) {
  return (env.COMPOSE_PROFILES ?? "").split(",").map((profile) => profile.trim()).filter(Boolean);
}

// packages/compose/src/container-state.ts
async function inspectContainer(exec, name2) {
  const inspected = await exec("docker", ["container", "inspect", "--format", "{{json .}}", name2], {
    timeLimitMs: QUERY_TIME_LIMIT_MS
  });
  if (inspected.exitCode !== 0) return void 0;
  const { State, HostConfig, Config } = JSON.parse(inspected.stdout);
  return {
    status: State.Status,
    exitCode: State.ExitCode,
    oomKilled: State.OOMKilled,
    memoryLimit: HostConfig.Memory ?? 0,
    workingDir: Config.WorkingDir || "/",
    healthLog: (State.Health?.Log ?? []).map((check) => ({ exitCode: check.ExitCode, output: check.Output }))
  };
}
function killReason(state) {
  if (state.oomKilled) {
    return `out of memory${state.memoryLimit > 0 ? `, limit ${formatBytes(state.memoryLimit)}` : ""}`;
  }
  return state.exitCode === 137 ? "SIGKILL" : void 0;
}

// packages/compose/src/stack-status.ts
async function stackStatus(project) {
  const listed = await project.run(["ps", "--all", "--format", "json"], { timeLimitMs: QUERY_TIME_LIMIT_MS });
  if (listed.exitCode !== 0)
    throw new UserError(`Could not list the containers of the stack: ${lastLine(listed.stderr)}`);
  return parseComposePs(listed.stdout);
}
function parseComposePs(stdout) {
  const text2 = stdout.trim();
  if (!text2) return [];
  const entries = text2.startsWith("[") ? JSON.parse(text2) : text2.split("\n").map((line) => JSON.parse(line));
  return entries.map((entry) => ({
    name: entry.Name,
    service: entry.Service,
    state: entry.State,
    health: entry.Health ?? "",
    exitCode: entry.ExitCode ?? 0
  }));
}
function readinessOf(status) {
  if (status.health === "healthy") return { ready: true, as: "healthy" };
  if (status.health === "unhealthy") return { ready: false, broken: true, why: "is unhealthy" };
  if (status.health === "starting")
    return { ready: false, broken: false, why: "is starting (health: starting)" };
  if (status.state === "running") return { ready: true, as: "running" };
  if (status.state === "exited" && status.exitCode === 0) return { ready: true, as: "completed" };
  if (status.state === "exited" || status.state === "dead") {
    return { ready: false, broken: true, why: `exited with code ${status.exitCode}` };
  }
  if (status.state === "created") return { ready: false, broken: false, why: "is not started yet" };
  return { ready: false, broken: false, why: `is ${status.state}` };
}

// packages/compose/src/start-stack.ts
var StackNotReadyError = class extends UserError {
  constructor(message, hint, diagnoses) {
    super(message, { hint });
    this.diagnoses = diagnoses;
    this.name = "StackNotReadyError";
  }
  diagnoses;
};
var POLL_INTERVAL_MS = 250;
var UP_STOP_MARGIN_MS = 6e4;
var DIAGNOSIS_LOG_LINES = 20;
var DIAGNOSIS_HEALTH_CHECKS = 3;
var TAKEN_PORT = /(?:Bind for|listen tcp[46]?) (\S+?):? (?:failed: port is already allocated|bind: address already in use)/;
var SEE_ABOVE = "The health checks and last log lines of each service that is not ready are in the log and the job summary";
var TAKEN_PORT_HINT = 'A port the compose files publish is already taken on this host: publish on an ephemeral port ("127.0.0.1::8080") or free it';
async function startStack(project, exec, options) {
  if (options.services.length === 0) return [];
  await createContainers(project, options);
  const deadline = options.clock.now() + options.timeoutMs;
  await startContainers(project, exec, options);
  const ready = await waitUntilReady(project, exec, {
    ...options,
    timeoutMs: deadline - options.clock.now()
  });
  for (const { service } of ready.filter((readiness) => readiness.as === "running")) {
    options.reporter.warning(
      `Service ${service} has no healthcheck, so it counted as ready once running: give it one (healthcheck: test: \u2026) so that the tests start when it really answers`
    );
  }
  return ready;
}
async function createContainers(project, { services, reporter, signal }) {
  const created = await project.run(["create", ...services], {
    onLine: reporter.info,
    signal,
    timeLimitMs: PULL_AND_BUILD_TIME_LIMIT_MS
  });
  throwIfCancelled(signal);
  if (created.exitCode !== 0) throw new UserError(`Could not create the stack: ${lastLine(created.stderr)}`);
}
async function startContainers(project, exec, options) {
  const { signal } = options;
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const started = await project.run(["up", "--detach", ...options.services], {
    onLine: options.reporter.info,
    signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
    // wait-timeout stops it first, and says which service is not ready; a stop that hangs fails here.
    timeLimitMs: options.timeoutMs + UP_STOP_MARGIN_MS
  });
  throwIfCancelled(signal);
  if (timeout.aborted) {
    throw await notReadyError(project, exec, (services) => timedOut(options.timeoutMs, services));
  }
  if (started.exitCode === 0) return;
  const complaint = lastLine(started.stderr);
  const takenPort = complaint.match(TAKEN_PORT)?.[1];
  throw await notReadyError(
    project,
    exec,
    () => `Could not start the stack: ${takenPort ? `host port ${takenPort} is already taken` : complaint}`,
    takenPort ? TAKEN_PORT_HINT : SEE_ABOVE
  );
}
async function waitUntilReady(project, exec, options) {
  try {
    return await poll(
      async () => {
        const statuses = await stackStatus(project);
        throwIfCancelled(options.signal);
        const waiting = notReady(statuses);
        if (waiting.some(({ readiness }) => readiness.broken)) throw new BrokenServiceSignal();
        if (waiting.length > 0) return { done: false, reason: describe(waiting) };
        return { done: true, value: readyServices(statuses) };
      },
      {
        what: "every service to be ready",
        timeoutMs: Math.max(0, options.timeoutMs),
        intervalMs: POLL_INTERVAL_MS,
        clock: options.clock
      }
    );
  } catch (error) {
    if (error instanceof BrokenServiceSignal) {
      throw await notReadyError(project, exec, (services) => {
        const broken = services.filter(({ readiness }) => readiness.broken);
        return `The stack did not start: ${describe(broken)}`;
      });
    }
    if (error instanceof TimeoutError) {
      throw await notReadyError(project, exec, (services) => timedOut(options.timeoutMs, services));
    }
    throw error;
  }
}
var BrokenServiceSignal = class extends Error {
};
function notReady(statuses) {
  return statuses.flatMap((status) => {
    const readiness = readinessOf(status);
    return readiness.ready ? [] : [{ status, readiness }];
  });
}
function describe(services) {
  return services.map(({ status, readiness }) => `${status.service} ${readiness.why}`).join(", ");
}
function readyServices(statuses) {
  return statuses.flatMap((status) => {
    const readiness = readinessOf(status);
    return readiness.ready ? [{ service: status.service, container: status.name, as: readiness.as }] : [];
  });
}
function timedOut(timeoutMs, services) {
  return `The stack was not ready within ${formatDuration(timeoutMs)} (wait-timeout): ${describe(services)}`;
}
async function notReadyError(project, exec, messageFor, hint = SEE_ABOVE) {
  const waiting = notReady(await stackStatus(project));
  const started = waiting.filter(({ status }) => status.state !== "created");
  const notStarted = waiting.filter(({ status }) => status.state === "created");
  const diagnoses = await Promise.all(started.map((service) => diagnose(project, exec, service)));
  return new StackNotReadyError(messageFor([...started, ...notStarted]), hint, diagnoses);
}
async function diagnose(project, exec, { status, readiness }) {
  const [state, logTail] = await Promise.all([
    inspectContainer(exec, status.name),
    serviceLog(project, status.service, DIAGNOSIS_LOG_LINES)
  ]);
  return {
    service: status.service,
    container: status.name,
    why: readiness.why,
    healthLog: (state?.healthLog ?? []).slice(-DIAGNOSIS_HEALTH_CHECKS),
    logTail
  };
}

// packages/compose/src/teardown.ts
import { tmpdir } from "node:os";
var COMPOSE_PROJECT_LABEL = "com.docker.compose.project";
async function tearDownStack(project, reporter) {
  const down = await project.run(["--profile", "*", "down", "--volumes", "--remove-orphans"], {
    onLine: reporter.info
  });
  if (down.exitCode !== 0) {
    reporter.warning(`Could not tear the stack ${project.name} down: ${lastLine(down.stderr)}`);
  }
  return down.exitCode === 0;
}
async function cleanUpRun(run, seams, reporter) {
  const leftovers = await findLeftovers(seams.exec, run);
  const none = { containers: [], networks: [], volumes: [] };
  if (countResources(leftovers) === 0) return { leftovers, removed: none };
  const cli = await locateComposeCli(seams.exec);
  const project = new ComposeProject(seams.exec, cli, {
    name: run.project,
    files: [],
    env: withoutComposeFiles(seams.env ?? process.env),
    // No compose file here, so compose goes by the project's labels alone.
    cwd: tmpdir()
  });
  await tearDownStack(project, reporter);
  return { leftovers, removed: await seams.removeRunResources(run.runId) };
}
async function findLeftovers(exec, run) {
  const named = async (kind, label) => {
    const all = kind === "container" ? ["--all"] : [];
    const format = kind === "container" ? "{{.Names}}" : "{{.Name}}";
    const listed = await exec(
      "docker",
      [kind, "ls", ...all, "--filter", `label=${label}`, "--format", format],
      { timeLimitMs: QUERY_TIME_LIMIT_MS }
    );
    return linesOf(listed.stdout);
  };
  const project = `${COMPOSE_PROJECT_LABEL}=${run.project}`;
  const [projectContainers, runContainers, networks, volumes] = await Promise.all([
    named("container", project),
    named("container", `${RUN_ID_LABEL}=${run.runId}`),
    named("network", project),
    named("volume", project)
  ]);
  return { containers: [.../* @__PURE__ */ new Set([...projectContainers, ...runContainers])], networks, volumes };
}
function withoutComposeFiles(env) {
  const { COMPOSE_FILE: _file, COMPOSE_PROJECT_NAME: _name, ...rest } = env;
  return rest;
}

// packages/compose/src/test-report.ts
import { readFileSync as readFileSync2 } from "node:fs";

// packages/compose/src/failure-location.ts
import { existsSync as existsSync2 } from "node:fs";
import { isAbsolute, join as join3, relative } from "node:path";
var PATH_LINE = /(?:file:\/\/)?([^\s()'"<>:]+\.[A-Za-z][A-Za-z0-9]*):(\d+)/g;
var LIBRARY_PATH = /(^|\/)(node_modules|site-packages|dist-packages|internal)\//;
function failureLocation(testCase) {
  if (testCase.file && testCase.line) return { file: testCase.file, line: testCase.line };
  const mentioned = pathLines(`${testCase.message ?? ""}
${testCase.details ?? ""}`);
  const { file } = testCase;
  if (file) return { file, line: mentioned.find((candidate) => sameFile(candidate.file, file))?.line };
  return mentioned[0];
}
function pathLines(text2) {
  return [...text2.matchAll(PATH_LINE)].map(([, file = "", line]) => ({ file, line: Number(line) })).filter(({ file }) => !LIBRARY_PATH.test(file));
}
function sameFile(a, b) {
  const [left, right] = [withoutDotSlash(a), withoutDotSlash(b)];
  return left === right || left.endsWith(`/${right}`) || right.endsWith(`/${left}`);
}
function withoutDotSlash(path) {
  return path.replace(/^\.\//, "");
}
function annotationPath(path, workspace) {
  const clean = withoutDotSlash(path);
  if (isAbsolute(clean) && isWithin(workspace, clean)) return relative(workspace, clean);
  const parts = clean.split("/").filter(Boolean);
  for (let start = 0; start < parts.length; start++) {
    const tail2 = parts.slice(start).join("/");
    if (existsSync2(join3(workspace, tail2))) return tail2;
  }
  return clean;
}

// packages/compose/src/junit.ts
import { basename } from "node:path";

// node_modules/fast-xml-parser/src/util.js
var nameStartChar = ":A-Za-z_\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD";
var nameChar = nameStartChar + "\\-.\\d\\u00B7\\u0300-\\u036F\\u203F-\\u2040";
var nameRegexp = "[" + nameStartChar + "][" + nameChar + "]*";
var regexName = new RegExp("^" + nameRegexp + "$");
function getAllMatches(string2, regex) {
  const matches = [];
  let match = regex.exec(string2);
  while (match) {
    const allmatches = [];
    allmatches.startIndex = regex.lastIndex - match[0].length;
    const len = match.length;
    for (let index = 0; index < len; index++) {
      allmatches.push(match[index]);
    }
    matches.push(allmatches);
    match = regex.exec(string2);
  }
  return matches;
}
var isName = function(string2) {
  const match = regexName.exec(string2);
  return !(match === null || typeof match === "undefined");
};
function isExist(v) {
  return typeof v !== "undefined";
}
var DANGEROUS_PROPERTY_NAMES = [
  // '__proto__',
  // 'constructor',
  // 'prototype',
  "hasOwnProperty",
  "toString",
  "valueOf",
  "__defineGetter__",
  "__defineSetter__",
  "__lookupGetter__",
  "__lookupSetter__"
];
var criticalProperties = ["__proto__", "constructor", "prototype"];

// node_modules/fast-xml-parser/src/validator.js
var defaultOptions = {
  allowBooleanAttributes: false,
  //A tag can have attributes without any value
  unpairedTags: []
};
function validate(xmlData, options) {
  options = Object.assign({}, defaultOptions, options);
  const tags = [];
  let tagFound = false;
  let reachedRoot = false;
  if (xmlData[0] === "\uFEFF") {
    xmlData = xmlData.substr(1);
  }
  for (let i = 0; i < xmlData.length; i++) {
    if (xmlData[i] === "<" && xmlData[i + 1] === "?") {
      i += 2;
      i = readPI(xmlData, i);
      if (i.err) return i;
    } else if (xmlData[i] === "<") {
      let tagStartPos = i;
      i++;
      if (xmlData[i] === "!") {
        i = readCommentAndCDATA(xmlData, i);
        continue;
      } else {
        let closingTag = false;
        if (xmlData[i] === "/") {
          closingTag = true;
          i++;
        }
        let tagName = "";
        for (; i < xmlData.length && xmlData[i] !== ">" && xmlData[i] !== " " && xmlData[i] !== "	" && xmlData[i] !== "\n" && xmlData[i] !== "\r"; i++) {
          tagName += xmlData[i];
        }
        tagName = tagName.trim();
        if (tagName[tagName.length - 1] === "/") {
          tagName = tagName.substring(0, tagName.length - 1);
          i--;
        }
        if (!validateTagName(tagName)) {
          let msg;
          if (tagName.trim().length === 0) {
            msg = "Invalid space after '<'.";
          } else {
            msg = "Tag '" + tagName + "' is an invalid name.";
          }
          return getErrorObject("InvalidTag", msg, getLineNumberForPosition(xmlData, i));
        }
        const result = readAttributeStr(xmlData, i);
        if (result === false) {
          return getErrorObject("InvalidAttr", "Attributes for '" + tagName + "' have open quote.", getLineNumberForPosition(xmlData, i));
        }
        let attrStr = result.value;
        i = result.index;
        if (attrStr[attrStr.length - 1] === "/") {
          const attrStrStart = i - attrStr.length;
          attrStr = attrStr.substring(0, attrStr.length - 1);
          const isValid = validateAttributeString(attrStr, options);
          if (isValid === true) {
            tagFound = true;
          } else {
            return getErrorObject(isValid.err.code, isValid.err.msg, getLineNumberForPosition(xmlData, attrStrStart + isValid.err.line));
          }
        } else if (closingTag) {
          if (!result.tagClosed) {
            return getErrorObject("InvalidTag", "Closing tag '" + tagName + "' doesn't have proper closing.", getLineNumberForPosition(xmlData, i));
          } else if (attrStr.trim().length > 0) {
            return getErrorObject("InvalidTag", "Closing tag '" + tagName + "' can't have attributes or invalid starting.", getLineNumberForPosition(xmlData, tagStartPos));
          } else if (tags.length === 0) {
            return getErrorObject("InvalidTag", "Closing tag '" + tagName + "' has not been opened.", getLineNumberForPosition(xmlData, tagStartPos));
          } else {
            const otg = tags.pop();
            if (tagName !== otg.tagName) {
              let openPos = getLineNumberForPosition(xmlData, otg.tagStartPos);
              return getErrorObject(
                "InvalidTag",
                "Expected closing tag '" + otg.tagName + "' (opened in line " + openPos.line + ", col " + openPos.col + ") instead of closing tag '" + tagName + "'.",
                getLineNumberForPosition(xmlData, tagStartPos)
              );
            }
            if (tags.length == 0) {
              reachedRoot = true;
            }
          }
        } else {
          const isValid = validateAttributeString(attrStr, options);
          if (isValid !== true) {
            return getErrorObject(isValid.err.code, isValid.err.msg, getLineNumberForPosition(xmlData, i - attrStr.length + isValid.err.line));
          }
          if (reachedRoot === true) {
            return getErrorObject("InvalidXml", "Multiple possible root nodes found.", getLineNumberForPosition(xmlData, i));
          } else if (options.unpairedTags.indexOf(tagName) !== -1) {
          } else {
            tags.push({ tagName, tagStartPos });
          }
          tagFound = true;
        }
        for (i++; i < xmlData.length; i++) {
          if (xmlData[i] === "<") {
            if (xmlData[i + 1] === "!") {
              i++;
              i = readCommentAndCDATA(xmlData, i);
              continue;
            } else if (xmlData[i + 1] === "?") {
              i = readPI(xmlData, ++i);
              if (i.err) return i;
            } else {
              break;
            }
          } else if (xmlData[i] === "&") {
            const afterAmp = validateAmpersand(xmlData, i);
            if (afterAmp == -1)
              return getErrorObject("InvalidChar", "char '&' is not expected.", getLineNumberForPosition(xmlData, i));
            i = afterAmp;
          } else {
            if (reachedRoot === true && !isWhiteSpace(xmlData[i])) {
              return getErrorObject("InvalidXml", "Extra text at the end", getLineNumberForPosition(xmlData, i));
            }
          }
        }
        if (xmlData[i] === "<") {
          i--;
        }
      }
    } else {
      if (isWhiteSpace(xmlData[i])) {
        continue;
      }
      return getErrorObject("InvalidChar", "char '" + xmlData[i] + "' is not expected.", getLineNumberForPosition(xmlData, i));
    }
  }
  if (!tagFound) {
    return getErrorObject("InvalidXml", "Start tag expected.", 1);
  } else if (tags.length == 1) {
    return getErrorObject("InvalidTag", "Unclosed tag '" + tags[0].tagName + "'.", getLineNumberForPosition(xmlData, tags[0].tagStartPos));
  } else if (tags.length > 0) {
    return getErrorObject("InvalidXml", "Invalid '" + JSON.stringify(tags.map((t) => t.tagName), null, 4).replace(/\r?\n/g, "") + "' found.", { line: 1, col: 1 });
  }
  return true;
}
function isWhiteSpace(char) {
  return char === " " || char === "	" || char === "\n" || char === "\r";
}
function readPI(xmlData, i) {
  const start = i;
  for (; i < xmlData.length; i++) {
    if (xmlData[i] == "?" || xmlData[i] == " ") {
      const tagname = xmlData.substr(start, i - start);
      if (i > 5 && tagname === "xml") {
        return getErrorObject("InvalidXml", "XML declaration allowed only at the start of the document.", getLineNumberForPosition(xmlData, i));
      } else if (xmlData[i] == "?" && xmlData[i + 1] == ">") {
        i++;
        break;
      } else {
        continue;
      }
    }
  }
  return i;
}
function readCommentAndCDATA(xmlData, i) {
  if (xmlData.length > i + 5 && xmlData[i + 1] === "-" && xmlData[i + 2] === "-") {
    for (i += 3; i < xmlData.length; i++) {
      if (xmlData[i] === "-" && xmlData[i + 1] === "-" && xmlData[i + 2] === ">") {
        i += 2;
        break;
      }
    }
  } else if (xmlData.length > i + 8 && xmlData[i + 1] === "D" && xmlData[i + 2] === "O" && xmlData[i + 3] === "C" && xmlData[i + 4] === "T" && xmlData[i + 5] === "Y" && xmlData[i + 6] === "P" && xmlData[i + 7] === "E") {
    let angleBracketsCount = 1;
    for (i += 8; i < xmlData.length; i++) {
      if (xmlData[i] === "<") {
        angleBracketsCount++;
      } else if (xmlData[i] === ">") {
        angleBracketsCount--;
        if (angleBracketsCount === 0) {
          break;
        }
      }
    }
  } else if (xmlData.length > i + 9 && xmlData[i + 1] === "[" && xmlData[i + 2] === "C" && xmlData[i + 3] === "D" && xmlData[i + 4] === "A" && xmlData[i + 5] === "T" && xmlData[i + 6] === "A" && xmlData[i + 7] === "[") {
    for (i += 8; i < xmlData.length; i++) {
      if (xmlData[i] === "]" && xmlData[i + 1] === "]" && xmlData[i + 2] === ">") {
        i += 2;
        break;
      }
    }
  }
  return i;
}
var doubleQuote = '"';
var singleQuote = "'";
function readAttributeStr(xmlData, i) {
  let attrStr = "";
  let startChar = "";
  let tagClosed = false;
  for (; i < xmlData.length; i++) {
    if (xmlData[i] === doubleQuote || xmlData[i] === singleQuote) {
      if (startChar === "") {
        startChar = xmlData[i];
      } else if (startChar !== xmlData[i]) {
      } else {
        startChar = "";
      }
    } else if (xmlData[i] === ">") {
      if (startChar === "") {
        tagClosed = true;
        break;
      }
    }
    attrStr += xmlData[i];
  }
  if (startChar !== "") {
    return false;
  }
  return {
    value: attrStr,
    index: i,
    tagClosed
  };
}
function scanAttributeTokens(attrStr) {
  const tokens = [];
  const len = attrStr.length;
  let i = 0;
  while (i < len) {
    const tokenStart = i;
    while (i < len && isWhiteSpace(attrStr[i])) i++;
    if (i >= len) break;
    if (attrStr[i] === "=") {
      i++;
      continue;
    }
    const leadingWs = attrStr.slice(tokenStart, i);
    const nameStart = i;
    while (i < len && !isWhiteSpace(attrStr[i]) && attrStr[i] !== "=") i++;
    const name2 = attrStr.slice(nameStart, i);
    let equalsGroup;
    let j = i;
    while (j < len && isWhiteSpace(attrStr[j])) j++;
    if (j < len && attrStr[j] === "=") {
      equalsGroup = attrStr.slice(i, j + 1);
      i = j + 1;
    }
    let quoteChar;
    let value;
    let k = i;
    while (k < len && isWhiteSpace(attrStr[k])) k++;
    if (k < len && (attrStr[k] === '"' || attrStr[k] === "'")) {
      const valueStart = k + 1;
      const closeIdx = attrStr.indexOf(attrStr[k], valueStart);
      if (closeIdx !== -1) {
        quoteChar = attrStr[k];
        value = attrStr.slice(valueStart, closeIdx);
        i = closeIdx + 1;
      }
    }
    const token = { startIndex: tokenStart };
    token[1] = leadingWs;
    token[2] = name2;
    token[3] = equalsGroup;
    token[4] = quoteChar !== void 0 ? true : void 0;
    token[5] = quoteChar;
    token[6] = value;
    tokens.push(token);
  }
  return tokens;
}
function validateAttributeString(attrStr, options) {
  const matches = scanAttributeTokens(attrStr);
  const attrNames = {};
  for (let i = 0; i < matches.length; i++) {
    if (matches[i][1].length === 0) {
      return getErrorObject("InvalidAttr", "Attribute '" + matches[i][2] + "' has no space in starting.", getPositionFromMatch(matches[i]));
    } else if (matches[i][3] !== void 0 && matches[i][4] === void 0) {
      return getErrorObject("InvalidAttr", "Attribute '" + matches[i][2] + "' is without value.", getPositionFromMatch(matches[i]));
    } else if (matches[i][3] === void 0 && !options.allowBooleanAttributes) {
      return getErrorObject("InvalidAttr", "boolean attribute '" + matches[i][2] + "' is not allowed.", getPositionFromMatch(matches[i]));
    }
    const attrName = matches[i][2];
    if (!validateAttrName(attrName)) {
      return getErrorObject("InvalidAttr", "Attribute '" + attrName + "' is an invalid name.", getPositionFromMatch(matches[i]));
    }
    if (!Object.prototype.hasOwnProperty.call(attrNames, attrName)) {
      attrNames[attrName] = 1;
    } else {
      return getErrorObject("InvalidAttr", "Attribute '" + attrName + "' is repeated.", getPositionFromMatch(matches[i]));
    }
  }
  return true;
}
function validateNumberAmpersand(xmlData, i) {
  let re = /\d/;
  if (xmlData[i] === "x") {
    i++;
    re = /[\da-fA-F]/;
  }
  for (; i < xmlData.length; i++) {
    if (xmlData[i] === ";")
      return i;
    if (!xmlData[i].match(re))
      break;
  }
  return -1;
}
function validateAmpersand(xmlData, i) {
  i++;
  if (xmlData[i] === ";")
    return -1;
  if (xmlData[i] === "#") {
    i++;
    return validateNumberAmpersand(xmlData, i);
  }
  let count = 0;
  for (; i < xmlData.length; i++, count++) {
    if (xmlData[i].match(/\w/) && count < 20)
      continue;
    if (xmlData[i] === ";")
      break;
    return -1;
  }
  return i;
}
function getErrorObject(code, message, lineNumber) {
  return {
    err: {
      code,
      msg: message,
      line: lineNumber.line || lineNumber,
      col: lineNumber.col
    }
  };
}
function validateAttrName(attrName) {
  return isName(attrName);
}
function validateTagName(tagname) {
  return isName(tagname);
}
function getLineNumberForPosition(xmlData, index) {
  const lines = xmlData.substring(0, index).split(/\r?\n/);
  return {
    line: lines.length,
    // column number is last line's length + 1, because column numbering starts at 1:
    col: lines[lines.length - 1].length + 1
  };
}
function getPositionFromMatch(match) {
  return match.startIndex + match[1].length;
}

// node_modules/@nodable/entities/src/entities.js
var CURRENCY = {
  cent: "\xA2",
  pound: "\xA3",
  curren: "\xA4",
  yen: "\xA5",
  euro: "\u20AC",
  dollar: "$",
  fnof: "\u0192",
  inr: "\u20B9",
  af: "\u060B",
  birr: "\u1265\u122D",
  peso: "\u20B1",
  rub: "\u20BD",
  won: "\u20A9",
  yuan: "\xA5",
  cedil: "\xB8"
};
var XML = {
  amp: "&",
  apos: "'",
  gt: ">",
  lt: "<",
  quot: '"'
};
var COMMON_HTML = {
  nbsp: "\xA0",
  copy: "\xA9",
  reg: "\xAE",
  trade: "\u2122",
  mdash: "\u2014",
  ndash: "\u2013",
  hellip: "\u2026",
  laquo: "\xAB",
  raquo: "\xBB",
  lsquo: "\u2018",
  rsquo: "\u2019",
  ldquo: "\u201C",
  rdquo: "\u201D",
  bull: "\u2022",
  para: "\xB6",
  sect: "\xA7",
  deg: "\xB0",
  frac12: "\xBD",
  frac14: "\xBC",
  frac34: "\xBE"
};

// node_modules/@nodable/entities/src/EntityDecoder.js
var ENTITY_ACTION = Object.freeze({
  /** Resolve and expand the entity normally. */
  ALLOW: "allow",
  /** Silently skip this entity — it will not be registered. */
  BLOCK: "block",
  /** Throw an error, aborting entity registration entirely. */
  THROW: "throw"
});
var SPECIAL_CHARS = new Set("!?\\\\/[]$%{}^&*()<>|+");
function validateEntityName(name2) {
  if (name2[0] === "#") {
    throw new Error(`[EntityReplacer] Invalid character '#' in entity name: "${name2}"`);
  }
  for (const ch of name2) {
    if (SPECIAL_CHARS.has(ch)) {
      throw new Error(`[EntityReplacer] Invalid character '${ch}' in entity name: "${name2}"`);
    }
  }
  return name2;
}
function mergeEntityMaps(...maps) {
  const out = /* @__PURE__ */ Object.create(null);
  for (const map of maps) {
    if (!map) continue;
    for (const key of Object.keys(map)) {
      const raw = map[key];
      if (typeof raw === "string") {
        out[key] = raw;
      } else if (raw && typeof raw === "object" && raw.val !== void 0) {
        const val = raw.val;
        if (typeof val === "string") {
          out[key] = val;
        }
      }
    }
  }
  return out;
}
var LIMIT_TIER_EXTERNAL = "external";
var LIMIT_TIER_BASE = "base";
var LIMIT_TIER_ALL = "all";
function parseLimitTiers(raw) {
  if (!raw || raw === LIMIT_TIER_EXTERNAL) return /* @__PURE__ */ new Set([LIMIT_TIER_EXTERNAL]);
  if (raw === LIMIT_TIER_ALL) return /* @__PURE__ */ new Set([LIMIT_TIER_ALL]);
  if (raw === LIMIT_TIER_BASE) return /* @__PURE__ */ new Set([LIMIT_TIER_BASE]);
  if (Array.isArray(raw)) return new Set(raw);
  return /* @__PURE__ */ new Set([LIMIT_TIER_EXTERNAL]);
}
var NCR_LEVEL = Object.freeze({ allow: 0, leave: 1, remove: 2, throw: 3 });
var XML10_ALLOWED_C0 = /* @__PURE__ */ new Set([9, 10, 13]);
function parseNCRConfig(ncr) {
  if (!ncr) {
    return { xmlVersion: 1, onLevel: NCR_LEVEL.allow, nullLevel: NCR_LEVEL.remove };
  }
  const xmlVersion = ncr.xmlVersion === 1.1 ? 1.1 : 1;
  const onLevel = NCR_LEVEL[ncr.onNCR] ?? NCR_LEVEL.allow;
  const nullLevel = NCR_LEVEL[ncr.nullNCR] ?? NCR_LEVEL.remove;
  const clampedNull = Math.max(nullLevel, NCR_LEVEL.remove);
  return { xmlVersion, onLevel, nullLevel: clampedNull };
}
var EntityDecoder = class {
  /**
   * @param {object} [options]
   * @param {object|null}  [options.namedEntities]        — extra named entities merged into base map
   * @param {object}  [options.limit]                 — security limits
   * @param {number}       [options.limit.maxTotalExpansions=0]  — 0 = unlimited
   * @param {number}       [options.limit.maxExpandedLength=0]   — 0 = unlimited
   * @param {'external'|'base'|'all'|string[]} [options.limit.applyLimitsTo='external']
   *   Which entity tiers count against the security limits:
   *   - 'external' (default) — only input/runtime + persistent external entities
   *   - 'base'               — only DEFAULT_XML_ENTITIES + namedEntities
   *   - 'all'                — every entity regardless of tier
   *   - string[]             — explicit combination, e.g. ['external', 'base']
   * @param {((resolved: string, original: string) => string)|null} [options.postCheck=null]
   * @param {string[]} [options.remove=[]] — entity names (e.g. ['nbsp', '#13']) to delete (replace with empty string)
   * @param {string[]} [options.leave=[]]  — entity names to keep as literal (unchanged in output)
   * @param {object}   [options.ncr]       — Numeric Character Reference controls
   * @param {1.0|1.1}  [options.ncr.xmlVersion=1.0]
   *   XML version governing which codepoint ranges are restricted:
   *   - 1.0 — C0 controls U+0001–U+001F (except U+0009/000A/000D) are prohibited
   *   - 1.1 — C0 controls are allowed when written as NCRs; C1 (U+007F–U+009F) decoded as-is
   * @param {'allow'|'leave'|'remove'|'throw'} [options.ncr.onNCR='allow']
   *   Base action for numeric references. Severity order: allow < leave < remove < throw.
   *   For codepoint ranges that carry a minimum level (surrogates → remove, XML 1.0 C0 → remove),
   *   the effective action is max(onNCR, rangeMinimum).
   * @param {'remove'|'throw'} [options.ncr.nullNCR='remove']
   *   Action for U+0000 (null). 'allow' and 'leave' are clamped to 'remove' since null is never safe.
   * @param {((name: string, value: string) => 'allow'|'block'|'throw')|null} [options.onExternalEntity=null]
   *   Hook called when an external entity is registered via `setExternalEntities()` or
   *   `addExternalEntity()`. Return `ENTITY_ACTION.ALLOW` to accept the entity,
   *   `ENTITY_ACTION.BLOCK` to silently skip it, or `ENTITY_ACTION.THROW` to abort with an error.
   * @param {((name: string, value: string) => 'allow'|'block'|'throw')|null} [options.onInputEntity=null]
   *   Hook called when an input entity is registered via `addInputEntities()`. Return
   *   `ENTITY_ACTION.ALLOW` to accept, `ENTITY_ACTION.BLOCK` to silently skip, or
   *   `ENTITY_ACTION.THROW` to abort with an error.
   */
  constructor(options = {}) {
    this._limit = options.limit || {};
    this._maxTotalExpansions = this._limit.maxTotalExpansions || 0;
    this._maxExpandedLength = this._limit.maxExpandedLength || 0;
    this._postCheck = typeof options.postCheck === "function" ? options.postCheck : (r) => r;
    this._limitTiers = parseLimitTiers(this._limit.applyLimitsTo ?? LIMIT_TIER_EXTERNAL);
    this._numericAllowed = options.numericAllowed ?? true;
    this._baseMap = mergeEntityMaps(XML, options.namedEntities || null);
    this._externalMap = /* @__PURE__ */ Object.create(null);
    this._inputMap = /* @__PURE__ */ Object.create(null);
    this._totalExpansions = 0;
    this._expandedLength = 0;
    this._removeSet = new Set(options.remove && Array.isArray(options.remove) ? options.remove : []);
    this._leaveSet = new Set(options.leave && Array.isArray(options.leave) ? options.leave : []);
    const ncrCfg = parseNCRConfig(options.ncr);
    this._ncrXmlVersion = ncrCfg.xmlVersion;
    this._ncrOnLevel = ncrCfg.onLevel;
    this._ncrNullLevel = ncrCfg.nullLevel;
    this._onExternalEntity = typeof options.onExternalEntity === "function" ? options.onExternalEntity : null;
    this._onInputEntity = typeof options.onInputEntity === "function" ? options.onInputEntity : null;
  }
  // -------------------------------------------------------------------------
  // Private: registration hook dispatch
  // -------------------------------------------------------------------------
  /**
   * Invoke a registration hook for a single entity name/value pair.
   * Returns true when the entity should be accepted, false when it should be
   * silently skipped (BLOCK), and throws when the hook returns THROW.
   *
   * @param {((name: string, value: string) => 'allow'|'block'|'throw')|null} hook
   * @param {string} name
   * @param {string} value
   * @param {string} context  — used in error messages ('external' | 'input')
   * @returns {boolean}  true = accept, false = skip
   */
  _applyRegistrationHook(hook, name2, value, context) {
    if (!hook) return true;
    const action = hook(name2, value);
    if (action === ENTITY_ACTION.BLOCK) return false;
    if (action === ENTITY_ACTION.THROW) {
      throw new Error(
        `[EntityDecoder] Registration of ${context} entity "&${name2};" was rejected by hook`
      );
    }
    return true;
  }
  // -------------------------------------------------------------------------
  // Persistent external entity registration
  // -------------------------------------------------------------------------
  /**
   * Replace the full set of persistent external entities.
   * All keys are validated — throws on invalid characters.
   * If `onExternalEntity` is set, it is called once per entry; entries that
   * return `ENTITY_ACTION.BLOCK` are silently omitted, `ENTITY_ACTION.THROW`
   * aborts the whole call.
   * @param {Record<string, string | { regex?: RegExp, val: string }>} map
   */
  setExternalEntities(map) {
    if (map) {
      for (const key of Object.keys(map)) {
        validateEntityName(key);
      }
    }
    if (!this._onExternalEntity) {
      this._externalMap = mergeEntityMaps(map);
      return;
    }
    const flat = mergeEntityMaps(map);
    const filtered = /* @__PURE__ */ Object.create(null);
    for (const [name2, value] of Object.entries(flat)) {
      if (this._applyRegistrationHook(this._onExternalEntity, name2, value, "external")) {
        filtered[name2] = value;
      }
    }
    this._externalMap = filtered;
  }
  /**
   * Add a single persistent external entity.
   * If `onExternalEntity` is set it is called before the entity is stored;
   * `ENTITY_ACTION.BLOCK` silently skips storage, `ENTITY_ACTION.THROW` raises.
   * @param {string} key
   * @param {string} value
   */
  addExternalEntity(key, value) {
    validateEntityName(key);
    if (typeof value === "string" && value.indexOf("&") === -1) {
      if (this._applyRegistrationHook(this._onExternalEntity, key, value, "external")) {
        this._externalMap[key] = value;
      }
    }
  }
  // -------------------------------------------------------------------------
  // Input / runtime entity registration (per document)
  // -------------------------------------------------------------------------
  /**
   * Inject DOCTYPE entities for the current document.
   * Also resets per-document expansion counters.
   * If `onInputEntity` is set it is called once per entry; entries returning
   * `ENTITY_ACTION.BLOCK` are silently omitted, `ENTITY_ACTION.THROW` aborts.
   * @param {Record<string, string | { regx?: RegExp, regex?: RegExp, val: string }>} map
   */
  addInputEntities(map) {
    this._totalExpansions = 0;
    this._expandedLength = 0;
    if (!this._onInputEntity) {
      this._inputMap = mergeEntityMaps(map);
      return;
    }
    const flat = mergeEntityMaps(map);
    const filtered = /* @__PURE__ */ Object.create(null);
    for (const [name2, value] of Object.entries(flat)) {
      if (this._applyRegistrationHook(this._onInputEntity, name2, value, "input")) {
        filtered[name2] = value;
      }
    }
    this._inputMap = filtered;
  }
  // -------------------------------------------------------------------------
  // Per-document reset
  // -------------------------------------------------------------------------
  /**
   * Wipe input/runtime entities and reset counters.
   * Call this before processing each new document.
   * @returns {this}
   */
  reset() {
    this._inputMap = /* @__PURE__ */ Object.create(null);
    this._totalExpansions = 0;
    this._expandedLength = 0;
    return this;
  }
  // -------------------------------------------------------------------------
  // XML version (can be set after construction, e.g. once parser reads <?xml?>)
  // -------------------------------------------------------------------------
  /**
   * Update the XML version used for NCR classification.
   * Call this as soon as the document's `<?xml version="...">` declaration is parsed.
   * @param {1.0|1.1|number} version
   */
  setXmlVersion(version) {
    this._ncrXmlVersion = version === 1.1 ? 1.1 : 1;
  }
  // -------------------------------------------------------------------------
  // Primary API
  // -------------------------------------------------------------------------
  /**
   * Replace all entity references in `str` in a single pass.
   *
   * @param {string} str
   * @returns {string}
   */
  decode(str) {
    if (typeof str !== "string" || str.length === 0) return str;
    if (str.indexOf("&") === -1) return str;
    const original = str;
    const chunks = [];
    const len = str.length;
    let last = 0;
    let i = 0;
    const limitExpansions = this._maxTotalExpansions > 0;
    const limitLength = this._maxExpandedLength > 0;
    const checkLimits = limitExpansions || limitLength;
    while (i < len) {
      if (str.charCodeAt(i) !== 38) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < len && str.charCodeAt(j) !== 59 && j - i <= 32) j++;
      if (j >= len || str.charCodeAt(j) !== 59) {
        i++;
        continue;
      }
      const token = str.slice(i + 1, j);
      if (token.length === 0) {
        i++;
        continue;
      }
      let replacement;
      let tier;
      if (this._removeSet.has(token)) {
        replacement = "";
        if (tier === void 0) {
          tier = LIMIT_TIER_EXTERNAL;
        }
      } else if (this._leaveSet.has(token)) {
        i++;
        continue;
      } else if (token.charCodeAt(0) === 35) {
        const ncrResult = this._resolveNCR(token);
        if (ncrResult === void 0) {
          i++;
          continue;
        }
        replacement = ncrResult;
        tier = LIMIT_TIER_BASE;
      } else {
        const resolved = this._resolveName(token);
        replacement = resolved?.value;
        tier = resolved?.tier;
      }
      if (replacement === void 0) {
        i++;
        continue;
      }
      if (i > last) chunks.push(str.slice(last, i));
      chunks.push(replacement);
      last = j + 1;
      i = last;
      if (checkLimits && this._tierCounts(tier)) {
        if (limitExpansions) {
          this._totalExpansions++;
          if (this._totalExpansions > this._maxTotalExpansions) {
            throw new Error(
              `[EntityReplacer] Entity expansion count limit exceeded: ${this._totalExpansions} > ${this._maxTotalExpansions}`
            );
          }
        }
        if (limitLength) {
          const delta = replacement.length - (token.length + 2);
          if (delta > 0) {
            this._expandedLength += delta;
            if (this._expandedLength > this._maxExpandedLength) {
              throw new Error(
                `[EntityReplacer] Expanded content length limit exceeded: ${this._expandedLength} > ${this._maxExpandedLength}`
              );
            }
          }
        }
      }
    }
    if (last < len) chunks.push(str.slice(last));
    const result = chunks.length === 0 ? str : chunks.join("");
    return this._postCheck(result, original);
  }
  // -------------------------------------------------------------------------
  // Private: limit tier check
  // -------------------------------------------------------------------------
  /**
   * Returns true if a resolved entity of the given tier should count
   * against the expansion/length limits.
   * @param {string} tier  — LIMIT_TIER_EXTERNAL | LIMIT_TIER_BASE
   * @returns {boolean}
   */
  _tierCounts(tier) {
    if (this._limitTiers.has(LIMIT_TIER_ALL)) return true;
    return this._limitTiers.has(tier);
  }
  // -------------------------------------------------------------------------
  // Private: entity resolution
  // -------------------------------------------------------------------------
  /**
   * Resolve a named entity token (without & and ;).
   * Priority: inputMap > externalMap > baseMap
   * Returns the resolved value tagged with its limit tier.
   *
   * @param {string} name
   * @returns {{ value: string, tier: string }|undefined}
   */
  _resolveName(name2) {
    if (name2 in this._inputMap) return { value: this._inputMap[name2], tier: LIMIT_TIER_EXTERNAL };
    if (name2 in this._externalMap) return { value: this._externalMap[name2], tier: LIMIT_TIER_EXTERNAL };
    if (name2 in this._baseMap) return { value: this._baseMap[name2], tier: LIMIT_TIER_BASE };
    return void 0;
  }
  /**
   * Classify a codepoint and return the minimum action level that must be applied.
   * Returns -1 when no minimum is imposed (normal allow path).
   *
   * Ranges checked (in priority order):
   *   1. U+0000            — null, governed by nullNCR (always ≥ remove)
   *   2. U+D800–U+DFFF     — surrogates, always prohibited (min: remove)
   *   3. U+0001–U+001F \ {0x09,0x0A,0x0D}  — XML 1.0 restricted C0 (min: remove)
   *      (skipped in XML 1.1 — C0 controls are allowed when written as NCRs)
   *
   * @param {number} cp  — codepoint
   * @returns {number}   — minimum NCR_LEVEL value, or -1 for no restriction
   */
  _classifyNCR(cp) {
    if (cp === 0) return this._ncrNullLevel;
    if (cp >= 55296 && cp <= 57343) return NCR_LEVEL.remove;
    if (this._ncrXmlVersion === 1) {
      if (cp >= 1 && cp <= 31 && !XML10_ALLOWED_C0.has(cp)) return NCR_LEVEL.remove;
    }
    return -1;
  }
  /**
   * Execute a resolved NCR action.
   *
   * @param {number} action   — NCR_LEVEL value
   * @param {string} token    — raw token (e.g. '#38') for error messages
   * @param {number} cp       — codepoint, used only for error messages
   * @returns {string|undefined}
   *   - decoded character string  → 'allow'
   *   - ''                        → 'remove'
   *   - undefined                 → 'leave' (caller must skip past '&' only)
   *   - throws Error              → 'throw'
   */
  _applyNCRAction(action, token, cp) {
    switch (action) {
      case NCR_LEVEL.allow:
        return String.fromCodePoint(cp);
      case NCR_LEVEL.remove:
        return "";
      case NCR_LEVEL.leave:
        return void 0;
      // signal: keep literal
      case NCR_LEVEL.throw:
        throw new Error(
          `[EntityDecoder] Prohibited numeric character reference &${token}; (U+${cp.toString(16).toUpperCase().padStart(4, "0")})`
        );
      default:
        return String.fromCodePoint(cp);
    }
  }
  /**
   * Full NCR resolution pipeline for a numeric token.
   *
   * Steps:
   *   1. Parse the codepoint (decimal or hex).
   *   2. Validate the raw codepoint range (NaN, <0, >0x10FFFF).
   *   3. If numericAllowed is false and no minimum restriction applies → leave as-is.
   *   4. Classify the codepoint to find the minimum required action level.
   *   5. Resolve effective action = max(onNCR, minimum).
   *   6. Apply and return.
   *
   * @param {string} token  — e.g. '#38', '#x26', '#X26'
   * @returns {string|undefined}
   *   - string (incl. '')  — replacement ('' = remove)
   *   - undefined          — leave original &token; as-is
   */
  _resolveNCR(token) {
    const second = token.charCodeAt(1);
    let cp;
    if (second === 120 || second === 88) {
      cp = parseInt(token.slice(2), 16);
    } else {
      cp = parseInt(token.slice(1), 10);
    }
    if (Number.isNaN(cp) || cp < 0 || cp > 1114111) return void 0;
    const minimum = this._classifyNCR(cp);
    if (!this._numericAllowed && minimum < NCR_LEVEL.remove) return void 0;
    const effective = minimum === -1 ? this._ncrOnLevel : Math.max(this._ncrOnLevel, minimum);
    return this._applyNCRAction(effective, token, cp);
  }
};

// node_modules/fast-xml-parser/src/xmlparser/OptionsBuilder.js
var defaultOnDangerousProperty = (name2) => {
  if (DANGEROUS_PROPERTY_NAMES.includes(name2)) {
    return "__" + name2;
  }
  return name2;
};
var defaultOptions2 = {
  preserveOrder: false,
  attributeNamePrefix: "@_",
  attributesGroupName: false,
  textNodeName: "#text",
  ignoreAttributes: true,
  removeNSPrefix: false,
  // remove NS from tag name or attribute name if true
  allowBooleanAttributes: false,
  //a tag can have attributes without any value
  //ignoreRootElement : false,
  parseTagValue: true,
  parseAttributeValue: false,
  trimValues: true,
  //Trim string values of tag and attributes
  cdataPropName: false,
  numberParseOptions: {
    hex: true,
    leadingZeros: true,
    eNotation: true,
    unicode: false
  },
  tagValueProcessor: function(tagName, val) {
    return val;
  },
  attributeValueProcessor: function(attrName, val) {
    return val;
  },
  stopNodes: [],
  //nested tags will not be parsed even for errors
  alwaysCreateTextNode: false,
  isArray: () => false,
  commentPropName: false,
  unpairedTags: [],
  processEntities: true,
  htmlEntities: false,
  entityDecoder: null,
  ignoreDeclaration: false,
  ignorePiTags: false,
  transformTagName: false,
  transformAttributeName: false,
  updateTag: function(tagName, jPath, attrs) {
    return tagName;
  },
  // skipEmptyListItem: false
  captureMetaData: false,
  maxNestedTags: 100,
  strictReservedNames: true,
  jPath: true,
  // if true, pass jPath string to callbacks; if false, pass matcher instance
  onDangerousProperty: defaultOnDangerousProperty
};
function validatePropertyName(propertyName, optionName) {
  if (typeof propertyName !== "string") {
    return;
  }
  const normalized = propertyName.toLowerCase();
  if (DANGEROUS_PROPERTY_NAMES.some((dangerous) => normalized === dangerous.toLowerCase())) {
    throw new Error(
      `[SECURITY] Invalid ${optionName}: "${propertyName}" is a reserved JavaScript keyword that could cause prototype pollution`
    );
  }
  if (criticalProperties.some((dangerous) => normalized === dangerous.toLowerCase())) {
    throw new Error(
      `[SECURITY] Invalid ${optionName}: "${propertyName}" is a reserved JavaScript keyword that could cause prototype pollution`
    );
  }
}
function normalizeProcessEntities(value, htmlEntities) {
  if (typeof value === "boolean") {
    return {
      enabled: value,
      // true or false
      maxEntitySize: 1e4,
      maxExpansionDepth: 1e4,
      maxTotalExpansions: Infinity,
      maxExpandedLength: 1e5,
      maxEntityCount: 1e3,
      allowedTags: null,
      tagFilter: null,
      appliesTo: "all"
    };
  }
  if (typeof value === "object" && value !== null) {
    return {
      enabled: value.enabled !== false,
      maxEntitySize: Math.max(1, value.maxEntitySize ?? 1e4),
      maxExpansionDepth: Math.max(1, value.maxExpansionDepth ?? 1e4),
      maxTotalExpansions: Math.max(1, value.maxTotalExpansions ?? Infinity),
      maxExpandedLength: Math.max(1, value.maxExpandedLength ?? 1e5),
      maxEntityCount: Math.max(1, value.maxEntityCount ?? 1e3),
      allowedTags: value.allowedTags ?? null,
      tagFilter: value.tagFilter ?? null,
      appliesTo: value.appliesTo ?? "all"
    };
  }
  return normalizeProcessEntities(true);
}
var buildOptions = function(options) {
  const built = Object.assign({}, defaultOptions2, options);
  const propertyNameOptions = [
    { value: built.attributeNamePrefix, name: "attributeNamePrefix" },
    { value: built.attributesGroupName, name: "attributesGroupName" },
    { value: built.textNodeName, name: "textNodeName" },
    { value: built.cdataPropName, name: "cdataPropName" },
    { value: built.commentPropName, name: "commentPropName" }
  ];
  for (const { value, name: name2 } of propertyNameOptions) {
    if (value) {
      validatePropertyName(value, name2);
    }
  }
  if (built.onDangerousProperty === null) {
    built.onDangerousProperty = defaultOnDangerousProperty;
  }
  built.processEntities = normalizeProcessEntities(built.processEntities, built.htmlEntities);
  built.unpairedTagsSet = new Set(built.unpairedTags);
  if (built.stopNodes && Array.isArray(built.stopNodes)) {
    built.stopNodes = built.stopNodes.map((node) => {
      if (typeof node === "string" && node.startsWith("*.")) {
        return ".." + node.substring(2);
      }
      return node;
    });
  }
  return built;
};

// node_modules/fast-xml-parser/src/xmlparser/xmlNode.js
var METADATA_SYMBOL;
if (typeof Symbol !== "function") {
  METADATA_SYMBOL = "@@xmlMetadata";
} else {
  METADATA_SYMBOL = /* @__PURE__ */ Symbol("XML Node Metadata");
}
var XmlNode = class {
  constructor(tagname) {
    this.tagname = tagname;
    this.child = [];
    this[":@"] = /* @__PURE__ */ Object.create(null);
  }
  add(key, val) {
    if (key === "__proto__") key = "#__proto__";
    this.child.push({ [key]: val });
  }
  addChild(node, startIndex) {
    if (node.tagname === "__proto__") node.tagname = "#__proto__";
    if (node[":@"] && Object.keys(node[":@"]).length > 0) {
      this.child.push({ [node.tagname]: node.child, [":@"]: node[":@"] });
    } else {
      this.child.push({ [node.tagname]: node.child });
    }
    this.addStartIndex(startIndex);
  }
  addStartIndex(startIndex) {
    if (startIndex !== void 0) {
      this.child[this.child.length - 1][METADATA_SYMBOL] = { startIndex };
    }
  }
  addEndIndex(endIndex) {
    const lastChild = this.child[this.child.length - 1];
    if (lastChild !== void 0 && lastChild[METADATA_SYMBOL] !== void 0 && lastChild[METADATA_SYMBOL].endIndex === void 0) {
      lastChild[METADATA_SYMBOL].endIndex = endIndex;
    }
  }
  /** symbol used for metadata */
  static getMetaDataSymbol() {
    return METADATA_SYMBOL;
  }
};

// node_modules/xml-naming/src/index.js
var nameStartChar10 = ":A-Za-z_\xC0-\xD6\xD8-\xF6\xF8-\u02FF\u0370-\u037D\u037F-\u0486\u0488-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD";
var nameChar10 = nameStartChar10 + "\\-\\.\\d\xB7\u0300-\u036F\u203F-\u2040";
var nameStartChar11 = ":A-Za-z_\xC0-\u02FF\u0370-\u037D\u037F-\u0486\u0488-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}";
var nameChar11 = nameStartChar11 + "\\-\\.\\d\xB7\u0300-\u036F\u0487\u203F-\u2040";
var buildRegexes = (startChar, char, flags = "") => {
  const ncStart = startChar.replace(":", "");
  const ncChar = char.replace(":", "");
  const ncNamePat = `[${ncStart}][${ncChar}]*`;
  return {
    name: new RegExp(`^[${startChar}][${char}]*$`, flags),
    ncName: new RegExp(`^${ncNamePat}$`, flags),
    qName: new RegExp(`^${ncNamePat}(?::${ncNamePat})?$`, flags),
    nmToken: new RegExp(`^[${char}]+$`, flags),
    nmTokens: new RegExp(`^[${char}]+(?:\\s+[${char}]+)*$`, flags)
  };
};
var regexes10 = buildRegexes(nameStartChar10, nameChar10);
var regexes11 = buildRegexes(nameStartChar11, nameChar11, "u");
var nameStartCharAscii = ":A-Za-z_";
var nameCharAscii = nameStartCharAscii + "\\-\\.\\d";
var regexesAscii = buildRegexes(nameStartCharAscii, nameCharAscii);
var getRegexes = (xmlVersion = "1.0", asciiOnly = false) => {
  if (asciiOnly) return regexesAscii;
  return xmlVersion === "1.1" ? regexes11 : regexes10;
};
var name = (str, { xmlVersion = "1.0", asciiOnly = false } = {}) => getRegexes(xmlVersion, asciiOnly).name.test(str);
var qName = (str, { xmlVersion = "1.0", asciiOnly = false } = {}) => getRegexes(xmlVersion, asciiOnly).qName.test(str);
var PRODUCTIONS = ["name", "ncName", "qName", "nmToken", "nmTokens"];
var createValidator = (production, { xmlVersion = "1.0", asciiOnly = false, maxCacheSize = 2048 } = {}) => {
  if (!PRODUCTIONS.includes(production)) {
    throw new TypeError(
      `Unknown production "${production}". Must be one of: ${PRODUCTIONS.join(", ")}`
    );
  }
  const regex = getRegexes(xmlVersion, asciiOnly)[production];
  let cache = /* @__PURE__ */ new Map();
  const validator = (str) => {
    const cached = cache.get(str);
    if (cached !== void 0) return cached;
    const result = regex.test(str);
    if (cache.size < maxCacheSize) cache.set(str, result);
    return result;
  };
  validator.reset = () => {
    cache = /* @__PURE__ */ new Map();
  };
  return validator;
};

// node_modules/fast-xml-parser/src/xmlparser/DocTypeReader.js
var DocTypeReader = class {
  constructor(options, xmlVersion) {
    this.suppressValidationErr = !options;
    this.options = options;
    this.xmlVersion = xmlVersion || 1;
  }
  setXmlVersion(xmlVersion = 1) {
    this.xmlVersion = xmlVersion;
  }
  readDocType(xmlData, i) {
    const entities = /* @__PURE__ */ Object.create(null);
    let entityCount = 0;
    if (xmlData[i + 3] === "O" && xmlData[i + 4] === "C" && xmlData[i + 5] === "T" && xmlData[i + 6] === "Y" && xmlData[i + 7] === "P" && xmlData[i + 8] === "E") {
      i = i + 9;
      let angleBracketsCount = 1;
      let hasBody = false, comment = false;
      let quoteChar = null;
      let exp = "";
      for (; i < xmlData.length; i++) {
        if (quoteChar !== null) {
          if (xmlData[i] === quoteChar) quoteChar = null;
          exp += xmlData[i];
          continue;
        }
        if (!hasBody && !comment && (xmlData[i] === '"' || xmlData[i] === "'")) {
          quoteChar = xmlData[i];
          exp += xmlData[i];
          continue;
        }
        if (xmlData[i] === "<" && !comment) {
          if (hasBody && hasSeq(xmlData, "!ENTITY", i)) {
            i += 7;
            let entityName, val;
            [entityName, val, i] = this.readEntityExp(xmlData, i + 1, this.suppressValidationErr);
            if (val.indexOf("&") === -1) {
              if (this.options.enabled !== false && this.options.maxEntityCount != null && entityCount >= this.options.maxEntityCount) {
                throw new Error(
                  `Entity count (${entityCount + 1}) exceeds maximum allowed (${this.options.maxEntityCount})`
                );
              }
              entities[entityName] = val;
              entityCount++;
            }
          } else if (hasBody && hasSeq(xmlData, "!ELEMENT", i)) {
            i += 8;
            const { index } = this.readElementExp(xmlData, i + 1);
            i = index;
          } else if (hasBody && hasSeq(xmlData, "!ATTLIST", i)) {
            i += 8;
          } else if (hasBody && hasSeq(xmlData, "!NOTATION", i)) {
            i += 9;
            const { index } = this.readNotationExp(xmlData, i + 1, this.suppressValidationErr);
            i = index;
          } else if (hasSeq(xmlData, "!--", i)) comment = true;
          else throw new Error(`Invalid DOCTYPE`);
          angleBracketsCount++;
          exp = "";
        } else if (xmlData[i] === ">") {
          if (comment) {
            if (xmlData[i - 1] === "-" && xmlData[i - 2] === "-") {
              comment = false;
              angleBracketsCount--;
            }
          } else {
            angleBracketsCount--;
          }
          if (angleBracketsCount === 0) {
            break;
          }
        } else if (xmlData[i] === "[") {
          hasBody = true;
        } else {
          exp += xmlData[i];
        }
      }
      if (quoteChar !== null || angleBracketsCount !== 0) {
        throw new Error(`Unclosed DOCTYPE`);
      }
    } else {
      throw new Error(`Invalid Tag instead of DOCTYPE`);
    }
    return { entities, i };
  }
  readEntityExp(xmlData, i) {
    i = skipWhitespace(xmlData, i);
    const startIndex = i;
    while (i < xmlData.length && !/\s/.test(xmlData[i]) && xmlData[i] !== '"' && xmlData[i] !== "'") {
      i++;
    }
    let entityName = xmlData.substring(startIndex, i);
    validateEntityName2(entityName, { xmlVersion: this.xmlVersion });
    i = skipWhitespace(xmlData, i);
    if (!this.suppressValidationErr) {
      if (xmlData.substring(i, i + 6).toUpperCase() === "SYSTEM") {
        throw new Error("External entities are not supported");
      } else if (xmlData[i] === "%") {
        throw new Error("Parameter entities are not supported");
      }
    }
    let entityValue = "";
    [i, entityValue] = this.readIdentifierVal(xmlData, i, "entity");
    if (this.options.enabled !== false && this.options.maxEntitySize != null && entityValue.length > this.options.maxEntitySize) {
      throw new Error(
        `Entity "${entityName}" size (${entityValue.length}) exceeds maximum allowed size (${this.options.maxEntitySize})`
      );
    }
    i--;
    return [entityName, entityValue, i];
  }
  readNotationExp(xmlData, i) {
    i = skipWhitespace(xmlData, i);
    const startIndex = i;
    while (i < xmlData.length && !/\s/.test(xmlData[i])) {
      i++;
    }
    let notationName = xmlData.substring(startIndex, i);
    !this.suppressValidationErr && validateEntityName2(notationName, { xmlVersion: this.xmlVersion });
    i = skipWhitespace(xmlData, i);
    const identifierType = xmlData.substring(i, i + 6).toUpperCase();
    if (!this.suppressValidationErr && identifierType !== "SYSTEM" && identifierType !== "PUBLIC") {
      throw new Error(`Expected SYSTEM or PUBLIC, found "${identifierType}"`);
    }
    i += identifierType.length;
    i = skipWhitespace(xmlData, i);
    let publicIdentifier = null;
    let systemIdentifier = null;
    if (identifierType === "PUBLIC") {
      [i, publicIdentifier] = this.readIdentifierVal(xmlData, i, "publicIdentifier");
      i = skipWhitespace(xmlData, i);
      if (xmlData[i] === '"' || xmlData[i] === "'") {
        [i, systemIdentifier] = this.readIdentifierVal(xmlData, i, "systemIdentifier");
      }
    } else if (identifierType === "SYSTEM") {
      [i, systemIdentifier] = this.readIdentifierVal(xmlData, i, "systemIdentifier");
      if (!this.suppressValidationErr && !systemIdentifier) {
        throw new Error("Missing mandatory system identifier for SYSTEM notation");
      }
    }
    return { notationName, publicIdentifier, systemIdentifier, index: --i };
  }
  readIdentifierVal(xmlData, i, type) {
    let identifierVal = "";
    const startChar = xmlData[i];
    if (startChar !== '"' && startChar !== "'") {
      throw new Error(`Expected quoted string, found "${startChar}"`);
    }
    i++;
    const startIndex = i;
    while (i < xmlData.length && xmlData[i] !== startChar) {
      i++;
    }
    identifierVal = xmlData.substring(startIndex, i);
    if (xmlData[i] !== startChar) {
      throw new Error(`Unterminated ${type} value`);
    }
    i++;
    return [i, identifierVal];
  }
  readElementExp(xmlData, i) {
    i = skipWhitespace(xmlData, i);
    const startIndex = i;
    while (i < xmlData.length && !/\s/.test(xmlData[i])) {
      i++;
    }
    let elementName = xmlData.substring(startIndex, i);
    if (!this.suppressValidationErr && !qName(elementName, { xmlVersion: this.xmlVersion })) {
      throw new Error(`Invalid element name: "${elementName}"`);
    }
    i = skipWhitespace(xmlData, i);
    let contentModel = "";
    if (xmlData[i] === "E" && hasSeq(xmlData, "MPTY", i)) i += 4;
    else if (xmlData[i] === "A" && hasSeq(xmlData, "NY", i)) i += 2;
    else if (xmlData[i] === "(") {
      i++;
      const startIndex2 = i;
      while (i < xmlData.length && xmlData[i] !== ")") {
        i++;
      }
      contentModel = xmlData.substring(startIndex2, i);
      if (xmlData[i] !== ")") {
        throw new Error("Unterminated content model");
      }
    } else if (!this.suppressValidationErr) {
      throw new Error(`Invalid Element Expression, found "${xmlData[i]}"`);
    }
    return {
      elementName,
      contentModel: contentModel.trim(),
      index: i
    };
  }
  readAttlistExp(xmlData, i) {
    i = skipWhitespace(xmlData, i);
    let startIndex = i;
    while (i < xmlData.length && !/\s/.test(xmlData[i])) {
      i++;
    }
    let elementName = xmlData.substring(startIndex, i);
    validateEntityName2(elementName, { xmlVersion: this.xmlVersion });
    i = skipWhitespace(xmlData, i);
    startIndex = i;
    while (i < xmlData.length && !/\s/.test(xmlData[i])) {
      i++;
    }
    let attributeName = xmlData.substring(startIndex, i);
    if (!validateEntityName2(attributeName, { xmlVersion: this.xmlVersion })) {
      throw new Error(`Invalid attribute name: "${attributeName}"`);
    }
    i = skipWhitespace(xmlData, i);
    let attributeType = "";
    if (xmlData.substring(i, i + 8).toUpperCase() === "NOTATION") {
      attributeType = "NOTATION";
      i += 8;
      i = skipWhitespace(xmlData, i);
      if (xmlData[i] !== "(") {
        throw new Error(`Expected '(', found "${xmlData[i]}"`);
      }
      i++;
      let allowedNotations = [];
      while (i < xmlData.length && xmlData[i] !== ")") {
        const startIndex2 = i;
        while (i < xmlData.length && xmlData[i] !== "|" && xmlData[i] !== ")") {
          i++;
        }
        let notation = xmlData.substring(startIndex2, i);
        notation = notation.trim();
        if (!validateEntityName2(notation, { xmlVersion: this.xmlVersion })) {
          throw new Error(`Invalid notation name: "${notation}"`);
        }
        allowedNotations.push(notation);
        if (xmlData[i] === "|") {
          i++;
          i = skipWhitespace(xmlData, i);
        }
      }
      if (xmlData[i] !== ")") {
        throw new Error("Unterminated list of notations");
      }
      i++;
      attributeType += " (" + allowedNotations.join("|") + ")";
    } else {
      const startIndex2 = i;
      while (i < xmlData.length && !/\s/.test(xmlData[i])) {
        i++;
      }
      attributeType += xmlData.substring(startIndex2, i);
      const validTypes = ["CDATA", "ID", "IDREF", "IDREFS", "ENTITY", "ENTITIES", "NMTOKEN", "NMTOKENS"];
      if (!this.suppressValidationErr && !validTypes.includes(attributeType.toUpperCase())) {
        throw new Error(`Invalid attribute type: "${attributeType}"`);
      }
    }
    i = skipWhitespace(xmlData, i);
    let defaultValue = "";
    if (xmlData.substring(i, i + 8).toUpperCase() === "#REQUIRED") {
      defaultValue = "#REQUIRED";
      i += 8;
    } else if (xmlData.substring(i, i + 7).toUpperCase() === "#IMPLIED") {
      defaultValue = "#IMPLIED";
      i += 7;
    } else {
      [i, defaultValue] = this.readIdentifierVal(xmlData, i, "ATTLIST");
    }
    return {
      elementName,
      attributeName,
      attributeType,
      defaultValue,
      index: i
    };
  }
};
var skipWhitespace = (data, index) => {
  while (index < data.length && /\s/.test(data[index])) {
    index++;
  }
  return index;
};
function hasSeq(data, seq, i) {
  for (let j = 0; j < seq.length; j++) {
    if (seq[j] !== data[i + j + 1]) return false;
  }
  return true;
}
function validateEntityName2(name2, xmlVersion) {
  if (qName(name2, { xmlVersion }))
    return name2;
  else
    throw new Error(`Invalid entity name ${name2}`);
}

// node_modules/anynum/digitTable.js
var SCRIPT_ZEROS = [
  // Basic Latin (ASCII) — included for completeness / pass-through
  48,
  // 0-9
  // Arabic scripts
  1632,
  // Arabic-Indic ٠١٢٣٤٥٦٧٨٩
  1776,
  // Extended Arabic-Indic (Urdu/Persian/Sindhi) ۰۱۲۳
  // Indic scripts
  2406,
  // Devanagari ०१२३४५६७८९
  2534,
  // Bengali ০১২৩৪৫৬৭৮৯
  2662,
  // Gurmukhi ੦੧੨੩੪੫੬੭੮੯
  2790,
  // Gujarati ૦૧૨૩૪૫૬૭૮૯
  2918,
  // Odia ୦୧୨୩୪୫୬୭୮୯
  3046,
  // Tamil ௦௧௨௩௪௫௬௭௮௯
  3174,
  // Telugu ౦౧౨౩౪౫౬౭౮౯
  3302,
  // Kannada ೦೧೨೩೪೫೬೭೮೯
  3430,
  // Malayalam ൦൧൨൩൪൫൬൭൮൯
  3558,
  // Sinhala Archaic ෦෧෨෩෪෫෬෭෮෯
  // Southeast Asian scripts
  3664,
  // Thai ๐๑๒๓๔๕๖๗๘๙
  3792,
  // Lao ໐໑໒໓໔໕໖໗໘໙
  3872,
  // Tibetan ༠༡༢༣༤༥༦༧༨༩
  4160,
  // Myanmar ၀၁၂၃၄၅၆၇၈၉
  4240,
  // Myanmar Shan ႐႑႒႓႔႕႖႗႘႙
  6112,
  // Khmer ០១២៣៤៥៦៧៨៩
  6160,
  // Mongolian ᠐᠑᠒᠓᠔᠕᠖᠗᠘᠙
  6470,
  // Limbu ᥆᥇᥈᥉᥊᥋᥌᥍᥎᥏
  6608,
  // New Tai Lue ᧐᧑᧒᧓᧔᧕᧖᧗᧘᧙
  6784,
  // Tai Tham Hora ᪀᪁᪂᪃᪄᪅᪆᪇᪈᪉
  6800,
  // Tai Tham Tham ᪐᪑᪒᪓᪔᪕᪖᪗᪘᪙
  6992,
  // Balinese ᭐᭑᭒᭓᭔᭕᭖᭗᭘᭙
  7088,
  // Sundanese ᮰᮱᮲᮳᮴᮵᮶᮷᮸᮹
  7232,
  // Lepcha ᱀᱁᱂᱃᱄᱅᱆᱇᱈᱉
  7248,
  // Ol Chiki ᱐᱑᱒᱓᱔᱕᱖᱗᱘᱙
  // Fullwidth (CJK context)
  65296,
  // Fullwidth ０１２３４５６７８９
  // Mathematical digit variants (Unicode math block)
  120782,
  // Mathematical Bold
  120792,
  // Mathematical Double-Struck
  120802,
  // Mathematical Sans-Serif
  120812,
  // Mathematical Sans-Serif Bold
  120822,
  // Mathematical Monospace
  // Other scripts
  66720,
  // Osmanya 𐒠𐒡𐒢𐒣𐒤𐒥𐒦𐒧𐒨𐒩
  68912,
  // Hanifi Rohingya 𐴰𐴱𐴲𐴳𐴴𐴵𐴶𐴷𐴸𐴹
  69734,
  // Brahmi 𑁦𑁧𑁨𑁩𑁪𑁫𑁬𑁭𑁮𑁯
  69872,
  // Sora Sompeng 𑃰𑃱𑃲𑃳𑃴𑃵𑃶𑃷𑃸𑃹
  69942,
  // Chakma 𑄶𑄷𑄸𑄹𑄺𑄻𑄼𑄽𑄾𑄿
  70096,
  // Sharada 𑇐𑇑𑇒𑇓𑇔𑇕𑇖𑇗𑇘𑇙
  70384,
  // Khudawadi 𑋰𑋱𑋲𑋳𑋴𑋵𑋶𑋷𑋸𑋹
  70736,
  // Newa 𑑐𑑑𑑒𑑓𑑔𑑕𑑖𑑗𑑘𑑙
  70864,
  // Tirhuta 𑓐𑓑𑓒𑓓𑓔𑓕𑓖𑓗𑓘𑓙
  71248,
  // Modi 𑙐𑙑𑙒𑙓𑙔𑙕𑙖𑙗𑙘𑙙
  71360,
  // Takri 𑛀𑛁𑛂𑛃𑛄𑛅𑛆𑛇𑛈𑛉
  71472,
  // Ahom 𑜰𑜱𑜲𑜳𑜴𑜵𑜶𑜷𑜸𑜹
  71904,
  // Warang Citi 𑣠𑣡𑣢𑣣𑣤𑣥𑣦𑣧𑣨𑣩
  72016,
  // Dives Akuru 𑥐𑥑𑥒𑥓𑥔𑥕𑥖𑥗𑥘𑥙
  72688,
  // Khitan Small Script 𑯰𑯱𑯲𑯳𑯴𑯵𑯶𑯷𑯸𑯹
  72784,
  // Bhaiksuki 𑱐𑱑𑱒𑱓𑱔𑱕𑱖𑱗𑱘𑱙
  73040,
  // Masaram Gondi 𑵐𑵑𑵒𑵓𑵔𑵕𑵖𑵗𑵘𑵙
  73120,
  // Gunjala Gondi 𑶠𑶡𑶢𑶣𑶤𑶥𑶦𑶧𑶨𑶩
  73552,
  // Kawi 𑽐𑽑𑽒𑽓𑽔𑽕𑽖𑽗𑽘𑽙
  92768,
  // Mro 𖩠𖩡𖩢𖩣𖩤𖩥𖩦𖩧𖩨𖩩
  92864,
  // Tangsa 𖫀𖫁𖫂𖫃𖫄𖫅𖫆𖫇𖫈𖫉
  93008,
  // Pahawh Hmong 𖭐𖭑𖭒𖭓𖭔𖭕𖭖𖭗𖭘𖭙
  123200,
  // Nyiakeng Puachue Hmong 𞅀𞅁𞅂𞅃𞅄𞅅𞅆𞅇𞅈𞅉
  123632,
  // Wancho 𞋰𞋱𞋲𞋳𞋴𞋵𞋶𞋷𞋸𞋹
  124144,
  // Nag Mundari 𞓰𞓱𞓲𞓳𞓴𞓵𞓶𞓷𞓸𞓹
  125264,
  // Adlam 𞥐𞥑𞥒𞥓𞥔𞥕𞥖𞥗𞥘𞥙
  130032
  // Segmented digit symbols 🯰🯱🯲🯳🯴🯵🯶🯷🯸🯹
];
var NOT_DIGIT = 255;
var HIGH_MAP = /* @__PURE__ */ new Map();
var LOW_MAX = 65535;
var LOW_MIN = 1632;
var TABLE_OFFSET = LOW_MIN;
var TABLE_SIZE = LOW_MAX - LOW_MIN + 1;
var TABLE = new Uint8Array(TABLE_SIZE).fill(NOT_DIGIT);
for (const zero of SCRIPT_ZEROS) {
  for (let d = 0; d < 10; d++) {
    const cp = zero + d;
    if (cp <= LOW_MAX) {
      TABLE[cp - TABLE_OFFSET] = d;
    } else {
      HIGH_MAP.set(cp, d);
    }
  }
}

// node_modules/anynum/anynum.js
var CHAR_0 = 48;
var CHAR_9 = 57;
var CHAR_MINUS = 45;
var MINUS_SET = /* @__PURE__ */ new Set([8722, 65293, 65123]);
function anynum(str) {
  if (typeof str !== "string") return str;
  const len = str.length;
  if (len === 0) return str;
  let firstHit = -1;
  for (let i = 0; i < len; i++) {
    const cc = str.charCodeAt(i);
    if (cc >= CHAR_0 && cc <= CHAR_9 || cc === CHAR_MINUS) continue;
    if (cc < TABLE_OFFSET) {
      if (MINUS_SET.has(cc)) {
        firstHit = i;
        break;
      }
      continue;
    }
    if (cc >= 55296 && cc <= 56319) {
      if (i + 1 < len) {
        const low = str.charCodeAt(i + 1);
        if (low >= 56320 && low <= 57343) {
          const cp = 65536 + (cc - 55296 << 10) + (low - 56320);
          if (HIGH_MAP.has(cp)) {
            firstHit = i;
            break;
          }
        }
      }
      continue;
    }
    if (TABLE[cc - TABLE_OFFSET] !== NOT_DIGIT || MINUS_SET.has(cc)) {
      firstHit = i;
      break;
    }
  }
  if (firstHit === -1) return str;
  const chars = [];
  if (firstHit > 0) chars.push(str.slice(0, firstHit));
  for (let i = firstHit; i < len; i++) {
    const cc = str.charCodeAt(i);
    if (cc >= CHAR_0 && cc <= CHAR_9 || cc === CHAR_MINUS) {
      chars.push(str[i]);
      continue;
    }
    if (cc < TABLE_OFFSET) {
      chars.push(MINUS_SET.has(cc) ? "-" : str[i]);
      continue;
    }
    if (cc >= 55296 && cc <= 56319) {
      if (i + 1 < len) {
        const low = str.charCodeAt(i + 1);
        if (low >= 56320 && low <= 57343) {
          const cp = 65536 + (cc - 55296 << 10) + (low - 56320);
          const d2 = HIGH_MAP.get(cp);
          if (d2 !== void 0) {
            chars.push(String.fromCharCode(d2 + 48));
            i++;
            continue;
          }
        }
      }
      chars.push(str[i]);
      continue;
    }
    if (MINUS_SET.has(cc)) {
      chars.push("-");
      continue;
    }
    const d = TABLE[cc - TABLE_OFFSET];
    chars.push(d !== NOT_DIGIT ? String.fromCharCode(d + 48) : str[i]);
  }
  return chars.join("");
}
var anynum_default = anynum;

// node_modules/strnum/strnum.js
var hexRegex = /^[-+]?0x[a-fA-F0-9]+$/;
var binRegex = /^0b[01]+$/;
var octRegex = /^0o[0-7]+$/;
var numRegex = /^([\-\+])?(0*)([0-9]*(\.[0-9]*)?)$/;
var consider = {
  hex: true,
  binary: false,
  octal: false,
  leadingZeros: true,
  decimalPoint: ".",
  eNotation: true,
  //skipLike: /regex/,
  infinity: "original",
  // "null", "infinity" (Infinity type), "string" ("Infinity" (the string literal))
  unicode: false
};
function toNumber(str, options = {}) {
  options = Object.assign({}, consider, options);
  if (!str || typeof str !== "string") return str;
  let trimmedStr = str.trim();
  if (trimmedStr.length === 0) return str;
  else if (options.skipLike !== void 0 && options.skipLike.test(trimmedStr)) return str;
  else if (trimmedStr === "0") return 0;
  if (options.unicode) {
    trimmedStr = anynum_default(trimmedStr);
    if (trimmedStr === "0") return 0;
  }
  if (options.hex && hexRegex.test(trimmedStr)) {
    return parse_int(trimmedStr, 16);
  } else if (options.binary && binRegex.test(trimmedStr)) {
    return parse_int(trimmedStr, 2);
  } else if (options.octal && octRegex.test(trimmedStr)) {
    return parse_int(trimmedStr, 8);
  } else if (!isFinite(trimmedStr)) {
    const num2 = Number(trimmedStr);
    if (Number.isNaN(num2)) return str;
    return handleInfinity(str, num2, options);
  } else if (trimmedStr.includes("e") || trimmedStr.includes("E")) {
    return resolveEnotation(str, trimmedStr, options);
  } else {
    const match = numRegex.exec(trimmedStr);
    if (match) {
      const sign = match[1] || "";
      const leadingZeros = match[2];
      let numTrimmedByZeros = trimZeros(match[3]);
      const decimalAdjacentToLeadingZeros = sign ? (
        // 0., -00., 000.
        trimmedStr[leadingZeros.length + 1] === "."
      ) : trimmedStr[leadingZeros.length] === ".";
      if (!options.leadingZeros && (leadingZeros.length > 1 || leadingZeros.length === 1 && !decimalAdjacentToLeadingZeros)) {
        return str;
      } else {
        const num2 = Number(trimmedStr);
        const parsedStr = String(num2);
        if (num2 === 0) return num2;
        if (parsedStr.search(/[eE]/) !== -1) {
          if (options.eNotation) return num2;
          else return str;
        } else if (trimmedStr.indexOf(".") !== -1) {
          if (parsedStr === "0") return num2;
          else if (parsedStr === numTrimmedByZeros) return num2;
          else if (parsedStr === `${sign}${numTrimmedByZeros}`) return num2;
          else return str;
        }
        let n = leadingZeros ? numTrimmedByZeros : trimmedStr;
        if (leadingZeros) {
          return n === parsedStr || sign + n === parsedStr ? num2 : str;
        } else {
          return n === parsedStr || n === sign + parsedStr ? num2 : str;
        }
      }
    } else {
      return str;
    }
  }
}
var eNotationRegx = /^([-+])?(0*)(\d*(\.\d*)?[eE][-\+]?\d+)$/;
function resolveEnotation(str, trimmedStr, options) {
  if (!options.eNotation) return str;
  const notation = trimmedStr.match(eNotationRegx);
  if (notation) {
    let sign = notation[1] || "";
    const eChar = notation[3].indexOf("e") === -1 ? "E" : "e";
    const leadingZeros = notation[2];
    const eAdjacentToLeadingZeros = sign ? (
      // 0E.
      trimmedStr[leadingZeros.length + 1] === eChar
    ) : trimmedStr[leadingZeros.length] === eChar;
    if (leadingZeros.length > 1 && eAdjacentToLeadingZeros) return str;
    else if (leadingZeros.length === 1 && (notation[3].startsWith(`.${eChar}`) || notation[3][0] === eChar)) {
      return Number(trimmedStr);
    } else if (leadingZeros.length > 0) {
      if (options.leadingZeros && !eAdjacentToLeadingZeros) {
        return Number(trimmedStr);
      } else return str;
    } else {
      return Number(trimmedStr);
    }
  } else {
    return str;
  }
}
function trimZeros(numStr) {
  if (numStr && numStr.indexOf(".") !== -1) {
    let end = numStr.length;
    while (end > 0 && numStr.charCodeAt(end - 1) === 48) end--;
    numStr = numStr.slice(0, end);
    if (numStr === ".") numStr = "0";
    else if (numStr[0] === ".") numStr = "0" + numStr;
    else if (numStr[numStr.length - 1] === ".") numStr = numStr.substring(0, numStr.length - 1);
    return numStr;
  }
  return numStr;
}
function parse_int(numStr, base) {
  const str = numStr.trim();
  if (base === 2 || base === 8) numStr = str.substring(2);
  if (parseInt) return parseInt(numStr, base);
  else if (Number.parseInt) return Number.parseInt(numStr, base);
  else if (window && window.parseInt) return window.parseInt(numStr, base);
  else throw new Error("parseInt, Number.parseInt, window.parseInt are not supported");
}
function handleInfinity(str, num2, options) {
  const isPositive = num2 === Infinity;
  switch (options.infinity.toLowerCase()) {
    case "null":
      return null;
    case "infinity":
      return num2;
    // Return Infinity or -Infinity
    case "string":
      return isPositive ? "Infinity" : "-Infinity";
    case "original":
    default:
      return str;
  }
}

// node_modules/fast-xml-parser/src/ignoreAttributes.js
function getIgnoreAttributesFn(ignoreAttributes) {
  if (typeof ignoreAttributes === "function") {
    return ignoreAttributes;
  }
  if (Array.isArray(ignoreAttributes)) {
    return (attrName) => {
      for (const pattern of ignoreAttributes) {
        if (typeof pattern === "string" && attrName === pattern) {
          return true;
        }
        if (pattern instanceof RegExp && pattern.test(attrName)) {
          return true;
        }
      }
    };
  }
  return () => false;
}

// node_modules/path-expression-matcher/src/Expression.js
var Expression = class {
  /**
   * Create a new Expression
   * @param {string} pattern - Pattern string (e.g., "root.users.user", "..user[id]")
   * @param {Object} options - Configuration options
   * @param {string} options.separator - Path separator (default: '.')
   */
  constructor(pattern, options = {}, data) {
    this.pattern = pattern;
    this.separator = options.separator || ".";
    this.segments = this._parse(pattern);
    this.data = data;
    this._hasDeepWildcard = this.segments.some((seg) => seg.type === "deep-wildcard");
    this._hasAttributeCondition = this.segments.some((seg) => seg.attrName !== void 0);
    this._hasPositionSelector = this.segments.some((seg) => seg.position !== void 0);
  }
  /**
   * Parse pattern string into segments
   * @private
   * @param {string} pattern - Pattern to parse
   * @returns {Array} Array of segment objects
   */
  _parse(pattern) {
    const segments = [];
    let i = 0;
    let currentPart = "";
    while (i < pattern.length) {
      if (pattern[i] === this.separator) {
        if (i + 1 < pattern.length && pattern[i + 1] === this.separator) {
          if (currentPart.trim()) {
            segments.push(this._parseSegment(currentPart.trim()));
            currentPart = "";
          }
          segments.push({ type: "deep-wildcard" });
          i += 2;
        } else {
          if (currentPart.trim()) {
            segments.push(this._parseSegment(currentPart.trim()));
          }
          currentPart = "";
          i++;
        }
      } else {
        currentPart += pattern[i];
        i++;
      }
    }
    if (currentPart.trim()) {
      segments.push(this._parseSegment(currentPart.trim()));
    }
    return segments;
  }
  /**
   * Parse a single segment
   * @private
   * @param {string} part - Segment string (e.g., "user", "ns::user", "user[id]", "ns::user:first")
   * @returns {Object} Segment object
   */
  _parseSegment(part) {
    const segment = { type: "tag" };
    let bracketContent = null;
    let withoutBrackets = part;
    const bracketMatch = part.match(/^([^\[]+)(\[[^\]]*\])(.*)$/);
    if (bracketMatch) {
      withoutBrackets = bracketMatch[1] + bracketMatch[3];
      if (bracketMatch[2]) {
        const content = bracketMatch[2].slice(1, -1);
        if (content) {
          bracketContent = content;
        }
      }
    }
    let namespace = void 0;
    let tagAndPosition = withoutBrackets;
    if (withoutBrackets.includes("::")) {
      const nsIndex = withoutBrackets.indexOf("::");
      namespace = withoutBrackets.substring(0, nsIndex).trim();
      tagAndPosition = withoutBrackets.substring(nsIndex + 2).trim();
      if (!namespace) {
        throw new Error(`Invalid namespace in pattern: ${part}`);
      }
    }
    let tag = void 0;
    let positionMatch = null;
    if (tagAndPosition.includes(":")) {
      const colonIndex = tagAndPosition.lastIndexOf(":");
      const tagPart = tagAndPosition.substring(0, colonIndex).trim();
      const posPart = tagAndPosition.substring(colonIndex + 1).trim();
      const isPositionKeyword = ["first", "last", "odd", "even"].includes(posPart) || /^nth\(\d+\)$/.test(posPart);
      if (isPositionKeyword) {
        tag = tagPart;
        positionMatch = posPart;
      } else {
        tag = tagAndPosition;
      }
    } else {
      tag = tagAndPosition;
    }
    if (!tag) {
      throw new Error(`Invalid segment pattern: ${part}`);
    }
    segment.tag = tag;
    if (namespace) {
      segment.namespace = namespace;
    }
    if (bracketContent) {
      if (bracketContent.includes("=")) {
        const eqIndex = bracketContent.indexOf("=");
        segment.attrName = bracketContent.substring(0, eqIndex).trim();
        segment.attrValue = bracketContent.substring(eqIndex + 1).trim();
      } else {
        segment.attrName = bracketContent.trim();
      }
    }
    if (positionMatch) {
      const nthMatch = positionMatch.match(/^nth\((\d+)\)$/);
      if (nthMatch) {
        segment.position = "nth";
        segment.positionValue = parseInt(nthMatch[1], 10);
      } else {
        segment.position = positionMatch;
      }
    }
    return segment;
  }
  /**
   * Get the number of segments
   * @returns {number}
   */
  get length() {
    return this.segments.length;
  }
  /**
   * Check if expression contains deep wildcard
   * @returns {boolean}
   */
  hasDeepWildcard() {
    return this._hasDeepWildcard;
  }
  /**
   * Check if expression has attribute conditions
   * @returns {boolean}
   */
  hasAttributeCondition() {
    return this._hasAttributeCondition;
  }
  /**
   * Check if expression has position selectors
   * @returns {boolean}
   */
  hasPositionSelector() {
    return this._hasPositionSelector;
  }
  /**
   * Get string representation
   * @returns {string}
   */
  toString() {
    return this.pattern;
  }
};

// node_modules/path-expression-matcher/src/ExpressionSet.js
var ExpressionSet = class {
  constructor() {
    this._byDepthAndTag = /* @__PURE__ */ new Map();
    this._wildcardByDepth = /* @__PURE__ */ new Map();
    this._deepWildcards = [];
    this._deepByTerminalTag = /* @__PURE__ */ new Map();
    this._patterns = /* @__PURE__ */ new Set();
    this._sealed = false;
  }
  /**
   * Add an Expression to the set.
   * Duplicate patterns (same pattern string) are silently ignored.
   *
   * @param {import('./Expression.js').default} expression - A pre-constructed Expression instance
   * @returns {this} for chaining
   * @throws {TypeError} if called after seal()
   *
   * @example
   * set.add(new Expression('root.users.user'));
   * set.add(new Expression('..script'));
   */
  add(expression) {
    if (this._sealed) {
      throw new TypeError(
        "ExpressionSet is sealed. Create a new ExpressionSet to add more expressions."
      );
    }
    if (this._patterns.has(expression.pattern)) return this;
    this._patterns.add(expression.pattern);
    if (expression.hasDeepWildcard()) {
      const lastSeg2 = expression.segments[expression.segments.length - 1];
      if (lastSeg2 && lastSeg2.type !== "deep-wildcard" && lastSeg2.tag !== "*") {
        const tag2 = lastSeg2.tag;
        if (!this._deepByTerminalTag.has(tag2)) this._deepByTerminalTag.set(tag2, []);
        this._deepByTerminalTag.get(tag2).push(expression);
      } else {
        this._deepWildcards.push(expression);
      }
      return this;
    }
    const depth = expression.length;
    const lastSeg = expression.segments[expression.segments.length - 1];
    const tag = lastSeg?.tag;
    if (!tag || tag === "*") {
      if (!this._wildcardByDepth.has(depth)) this._wildcardByDepth.set(depth, []);
      this._wildcardByDepth.get(depth).push(expression);
    } else {
      const key = `${depth}:${tag}`;
      if (!this._byDepthAndTag.has(key)) this._byDepthAndTag.set(key, []);
      this._byDepthAndTag.get(key).push(expression);
    }
    return this;
  }
  /**
   * Add multiple expressions at once.
   *
   * @param {import('./Expression.js').default[]} expressions - Array of Expression instances
   * @returns {this} for chaining
   *
   * @example
   * set.addAll([
   *   new Expression('root.users.user'),
   *   new Expression('root.config.setting'),
   * ]);
   */
  addAll(expressions) {
    for (const expr of expressions) this.add(expr);
    return this;
  }
  /**
   * Check whether a pattern string is already present in the set.
   *
   * @param {import('./Expression.js').default} expression
   * @returns {boolean}
   */
  has(expression) {
    return this._patterns.has(expression.pattern);
  }
  /**
   * Number of expressions in the set.
   * @type {number}
   */
  get size() {
    return this._patterns.size;
  }
  /**
   * Seal the set against further modifications.
   * Useful to prevent accidental mutations after config is built.
   * Calling add() or addAll() on a sealed set throws a TypeError.
   *
   * @returns {this}
   */
  seal() {
    this._sealed = true;
    return this;
  }
  /**
   * Whether the set has been sealed.
   * @type {boolean}
   */
  get isSealed() {
    return this._sealed;
  }
  /**
   * Test whether the matcher's current path matches any expression in the set.
   *
   * Evaluation order (cheapest → most expensive):
   *  1. Exact depth + tag bucket  — O(1) lookup, typically 0–2 expressions
   *  2. Depth-only wildcard bucket — O(1) lookup, rare
   *  3. Deep-wildcard list         — always checked, but usually small
   *
   * @param {import('./Matcher.js').default} matcher - Matcher instance (or readOnly view)
   * @returns {boolean} true if any expression matches the current path
   *
   * @example
   * if (stopNodes.matchesAny(matcher)) {
   *   // handle stop node
   * }
   */
  matchesAny(matcher) {
    return this.findMatch(matcher) !== null;
  }
  /**
  * Find and return the first Expression that matches the matcher's current path.
  *
  * Uses the same evaluation order as matchesAny (cheapest → most expensive):
  *  1. Exact depth + tag bucket
  *  2. Depth-only wildcard bucket
  *  3. Deep-wildcard list
  *
  * @param {import('./Matcher.js').default} matcher - Matcher instance (or readOnly view)
  * @returns {import('./Expression.js').default | null} the first matching Expression, or null
  *
  * @example
  * const expr = stopNodes.findMatch(matcher);
  * if (expr) {
  *   // access expr.config, expr.pattern, etc.
  * }
  */
  findMatch(matcher) {
    const depth = matcher.getDepth();
    const tag = matcher.getCurrentTag();
    const exactKey = `${depth}:${tag}`;
    const exactBucket = this._byDepthAndTag.get(exactKey);
    if (exactBucket) {
      for (let i = 0; i < exactBucket.length; i++) {
        if (matcher.matches(exactBucket[i])) return exactBucket[i];
      }
    }
    const wildcardBucket = this._wildcardByDepth.get(depth);
    if (wildcardBucket) {
      for (let i = 0; i < wildcardBucket.length; i++) {
        if (matcher.matches(wildcardBucket[i])) return wildcardBucket[i];
      }
    }
    const deepBucket = this._deepByTerminalTag.get(tag);
    if (deepBucket) {
      for (let i = 0; i < deepBucket.length; i++) {
        if (matcher.matches(deepBucket[i])) return deepBucket[i];
      }
    }
    for (let i = 0; i < this._deepWildcards.length; i++) {
      if (matcher.matches(this._deepWildcards[i])) return this._deepWildcards[i];
    }
    return null;
  }
};

// node_modules/path-expression-matcher/src/Matcher.js
var MatcherView = class {
  /**
   * @param {Matcher} matcher - The parent Matcher instance to read from.
   */
  constructor(matcher) {
    this._matcher = matcher;
  }
  /**
   * Get the path separator used by the parent matcher.
   * @returns {string}
   */
  get separator() {
    return this._matcher.separator;
  }
  /**
   * Get current tag name.
   * @returns {string|undefined}
   */
  getCurrentTag() {
    const path = this._matcher.path;
    return path.length > 0 ? path[path.length - 1].tag : void 0;
  }
  /**
   * Get current namespace.
   * @returns {string|undefined}
   */
  getCurrentNamespace() {
    const path = this._matcher.path;
    return path.length > 0 ? path[path.length - 1].namespace : void 0;
  }
  /**
   * Get current node's attribute value.
   * @param {string} attrName
   * @returns {*}
   */
  getAttrValue(attrName) {
    const path = this._matcher.path;
    if (path.length === 0) return void 0;
    return path[path.length - 1].values?.[attrName];
  }
  /**
   * Check if current node has an attribute.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAttr(attrName) {
    const path = this._matcher.path;
    if (path.length === 0) return false;
    const current = path[path.length - 1];
    return current.values !== void 0 && attrName in current.values;
  }
  /**
   * Get the value of a "kept" attribute from the nearest ancestor (or
   * current node) that declared it via `push(tag, attrs, ns, { keep: [...] })`.
   * @param {string} attrName
   * @returns {*}
   */
  getAnyParentAttr(attrName) {
    return this._matcher.getAnyParentAttr(attrName);
  }
  /**
   * Check whether any ancestor (or the current node) kept the given
   * attribute via `push(tag, attrs, ns, { keep: [...] })`.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAnyParentAttr(attrName) {
    return this._matcher.hasAnyParentAttr(attrName);
  }
  /**
   * Get current node's sibling position (child index in parent).
   * @returns {number}
   */
  getPosition() {
    const path = this._matcher.path;
    if (path.length === 0) return -1;
    return path[path.length - 1].position ?? 0;
  }
  /**
   * Get current node's repeat counter (occurrence count of this tag name).
   * @returns {number}
   */
  getCounter() {
    const path = this._matcher.path;
    if (path.length === 0) return -1;
    return path[path.length - 1].counter ?? 0;
  }
  /**
   * Get current node's sibling index (alias for getPosition).
   * @returns {number}
   * @deprecated Use getPosition() or getCounter() instead
   */
  getIndex() {
    return this.getPosition();
  }
  /**
   * Get current path depth.
   * @returns {number}
   */
  getDepth() {
    return this._matcher.path.length;
  }
  /**
   * Get path as string.
   * @param {string} [separator] - Optional separator (uses default if not provided)
   * @param {boolean} [includeNamespace=true]
   * @returns {string}
   */
  toString(separator, includeNamespace = true) {
    return this._matcher.toString(separator, includeNamespace);
  }
  /**
   * Get path as array of tag names.
   * @returns {string[]}
   */
  toArray() {
    return this._matcher.path.map((n) => n.tag);
  }
  /**
   * Match current path against an Expression.
   * @param {Expression} expression
   * @returns {boolean}
   */
  matches(expression) {
    return this._matcher.matches(expression);
  }
  /**
   * Match any expression in the given set against the current path.
   * @param {ExpressionSet} exprSet
   * @returns {boolean}
   */
  matchesAny(exprSet) {
    return exprSet.matchesAny(this._matcher);
  }
};
var Matcher = class {
  /**
   * Create a new Matcher.
   * @param {Object} [options={}]
   * @param {string} [options.separator='.'] - Default path separator
   */
  constructor(options = {}) {
    this.separator = options.separator || ".";
    this.path = [];
    this.siblingStacks = [];
    this._pathStringCache = null;
    this._view = new MatcherView(this);
    this._keptAttrs = [];
  }
  /**
   * Push a new tag onto the path.
   * @param {string} tagName
   * @param {Object|null} [attrValues=null]
   * @param {string|null} [namespace=null]
   * @param {Object|null} [options=null]
   * @param {string[]} [options.keep] - Names of attributes (from attrValues)
   */
  push(tagName, attrValues = null, namespace = null, options = null) {
    this._pathStringCache = null;
    if (this.path.length > 0) {
      this.path[this.path.length - 1].values = void 0;
    }
    const currentLevel = this.path.length;
    let level = this.siblingStacks[currentLevel];
    if (!level) {
      level = { counts: /* @__PURE__ */ new Map(), total: 0 };
      this.siblingStacks[currentLevel] = level;
    }
    const siblingKey = namespace ? `${namespace}:${tagName}` : tagName;
    const counter = level.counts.get(siblingKey) || 0;
    const position = level.total;
    level.counts.set(siblingKey, counter + 1);
    level.total++;
    const node = {
      tag: tagName,
      position,
      counter
    };
    if (namespace !== null && namespace !== void 0) {
      node.namespace = namespace;
    }
    if (attrValues !== null && attrValues !== void 0) {
      node.values = attrValues;
    }
    this.path.push(node);
    const depth = this.path.length;
    const keep = options !== null ? options.keep : null;
    if (keep !== null && keep !== void 0 && keep.length > 0 && attrValues) {
      for (let i = 0; i < keep.length; i++) {
        const name2 = keep[i];
        if (attrValues[name2] !== void 0) {
          this._keptAttrs.push({ depth, name: name2, value: attrValues[name2] });
        }
      }
    }
  }
  /**
   * Pop the last tag from the path.
   * @returns {Object|undefined} The popped node
   */
  pop() {
    if (this.path.length === 0) return void 0;
    this._pathStringCache = null;
    const node = this.path.pop();
    if (this.siblingStacks.length > this.path.length + 1) {
      this.siblingStacks.length = this.path.length + 1;
    }
    const poppedDepth = this.path.length + 1;
    while (this._keptAttrs.length > 0 && this._keptAttrs[this._keptAttrs.length - 1].depth >= poppedDepth) {
      this._keptAttrs.pop();
    }
    return node;
  }
  /**
   * Update current node's attribute values.
   * Useful when attributes are parsed after push.
   * @param {Object} attrValues
   */
  updateCurrent(attrValues) {
    if (this.path.length > 0) {
      const current = this.path[this.path.length - 1];
      if (attrValues !== null && attrValues !== void 0) {
        current.values = attrValues;
      }
    }
  }
  /**
   * Get current tag name.
   * @returns {string|undefined}
   */
  getCurrentTag() {
    return this.path.length > 0 ? this.path[this.path.length - 1].tag : void 0;
  }
  /**
   * Get current namespace.
   * @returns {string|undefined}
   */
  getCurrentNamespace() {
    return this.path.length > 0 ? this.path[this.path.length - 1].namespace : void 0;
  }
  /**
   * Get current node's attribute value.
   * @param {string} attrName
   * @returns {*}
   */
  getAttrValue(attrName) {
    if (this.path.length === 0) return void 0;
    return this.path[this.path.length - 1].values?.[attrName];
  }
  /**
   * Check if current node has an attribute.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAttr(attrName) {
    if (this.path.length === 0) return false;
    const current = this.path[this.path.length - 1];
    return current.values !== void 0 && attrName in current.values;
  }
  /**
   * Get the value of a "kept" attribute from the nearest ancestor (or
   * current node) that declared it via `push(tag, attrs, ns, { keep: [...] })`.
   * Unlike getAttrValue(), this works regardless of how deep the path has
   * gone since the attribute was pushed — but only for attribute names that
   * were explicitly marked with `keep` at push time. Cost is proportional to
   * the number of currently-kept attributes (typically 0-3), not path depth.
   * @param {string} attrName
   * @returns {*} the value, or undefined if no ancestor kept this attribute
   */
  getAnyParentAttr(attrName) {
    const kept = this._keptAttrs;
    for (let i = kept.length - 1; i >= 0; i--) {
      if (kept[i].name === attrName) return kept[i].value;
    }
    return void 0;
  }
  /**
   * Check whether any ancestor (or the current node) kept the given
   * attribute via `push(tag, attrs, ns, { keep: [...] })`.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAnyParentAttr(attrName) {
    const kept = this._keptAttrs;
    for (let i = kept.length - 1; i >= 0; i--) {
      if (kept[i].name === attrName) return true;
    }
    return false;
  }
  /**
   * Get current node's sibling position (child index in parent).
   * @returns {number}
   */
  getPosition() {
    if (this.path.length === 0) return -1;
    return this.path[this.path.length - 1].position ?? 0;
  }
  /**
   * Get current node's repeat counter (occurrence count of this tag name).
   * @returns {number}
   */
  getCounter() {
    if (this.path.length === 0) return -1;
    return this.path[this.path.length - 1].counter ?? 0;
  }
  /**
   * Get current node's sibling index (alias for getPosition).
   * @returns {number}
   * @deprecated Use getPosition() or getCounter() instead
   */
  getIndex() {
    return this.getPosition();
  }
  /**
   * Get current path depth.
   * @returns {number}
   */
  getDepth() {
    return this.path.length;
  }
  /**
   * Get path as string.
   * @param {string} [separator] - Optional separator (uses default if not provided)
   * @param {boolean} [includeNamespace=true]
   * @returns {string}
   */
  toString(separator, includeNamespace = true) {
    const sep4 = separator || this.separator;
    const isDefault = sep4 === this.separator && includeNamespace === true;
    if (isDefault) {
      if (this._pathStringCache !== null) {
        return this._pathStringCache;
      }
      const result = this.path.map(
        (n) => n.namespace ? `${n.namespace}:${n.tag}` : n.tag
      ).join(sep4);
      this._pathStringCache = result;
      return result;
    }
    return this.path.map(
      (n) => includeNamespace && n.namespace ? `${n.namespace}:${n.tag}` : n.tag
    ).join(sep4);
  }
  /**
   * Get path as array of tag names.
   * @returns {string[]}
   */
  toArray() {
    return this.path.map((n) => n.tag);
  }
  /**
   * Reset the path to empty.
   */
  reset() {
    this._pathStringCache = null;
    this.path = [];
    this.siblingStacks = [];
    this._keptAttrs = [];
  }
  /**
   * Match current path against an Expression.
   * @param {Expression} expression
   * @returns {boolean}
   */
  matches(expression) {
    const segments = expression.segments;
    if (segments.length === 0) {
      return false;
    }
    if (expression.hasDeepWildcard()) {
      return this._matchWithDeepWildcard(segments);
    }
    return this._matchSimple(segments);
  }
  /**
   * @private
   */
  _matchSimple(segments) {
    if (this.path.length !== segments.length) {
      return false;
    }
    for (let i = 0; i < segments.length; i++) {
      if (!this._matchSegment(segments[i], this.path[i], i === this.path.length - 1)) {
        return false;
      }
    }
    return true;
  }
  /**
   * @private
   */
  _matchWithDeepWildcard(segments) {
    let pathIdx = this.path.length - 1;
    let segIdx = segments.length - 1;
    while (segIdx >= 0 && pathIdx >= 0) {
      const segment = segments[segIdx];
      if (segment.type === "deep-wildcard") {
        segIdx--;
        if (segIdx < 0) {
          return true;
        }
        const nextSeg = segments[segIdx];
        let found = false;
        for (let i = pathIdx; i >= 0; i--) {
          if (this._matchSegment(nextSeg, this.path[i], i === this.path.length - 1)) {
            pathIdx = i - 1;
            segIdx--;
            found = true;
            break;
          }
        }
        if (!found) {
          return false;
        }
      } else {
        if (!this._matchSegment(segment, this.path[pathIdx], pathIdx === this.path.length - 1)) {
          return false;
        }
        pathIdx--;
        segIdx--;
      }
    }
    return segIdx < 0;
  }
  /**
   * @private
   */
  _matchSegment(segment, node, isCurrentNode) {
    if (segment.tag !== "*" && segment.tag !== node.tag) {
      return false;
    }
    if (segment.namespace !== void 0) {
      if (segment.namespace !== "*" && segment.namespace !== node.namespace) {
        return false;
      }
    }
    if (segment.attrName !== void 0) {
      if (!isCurrentNode) {
        return false;
      }
      if (!node.values || !(segment.attrName in node.values)) {
        return false;
      }
      if (segment.attrValue !== void 0) {
        if (String(node.values[segment.attrName]) !== String(segment.attrValue)) {
          return false;
        }
      }
    }
    if (segment.position !== void 0) {
      if (!isCurrentNode) {
        return false;
      }
      const counter = node.counter ?? 0;
      if (segment.position === "first" && counter !== 0) {
        return false;
      } else if (segment.position === "odd" && counter % 2 !== 1) {
        return false;
      } else if (segment.position === "even" && counter % 2 !== 0) {
        return false;
      } else if (segment.position === "nth" && counter !== segment.positionValue) {
        return false;
      }
    }
    return true;
  }
  /**
   * Match any expression in the given set against the current path.
   * @param {ExpressionSet} exprSet
   * @returns {boolean}
   */
  matchesAny(exprSet) {
    return exprSet.matchesAny(this);
  }
  /**
   * Create a snapshot of current state.
   * @returns {Object}
   */
  snapshot() {
    return {
      path: this.path.map((node) => ({ ...node })),
      siblingStacks: this.siblingStacks.map((level) => level ? { counts: new Map(level.counts), total: level.total } : level),
      keptAttrs: this._keptAttrs.map((entry) => ({ ...entry }))
    };
  }
  /**
   * Restore state from snapshot.
   * @param {Object} snapshot
   */
  restore(snapshot) {
    this._pathStringCache = null;
    this.path = snapshot.path.map((node) => ({ ...node }));
    this.siblingStacks = snapshot.siblingStacks.map((level) => level ? { counts: new Map(level.counts), total: level.total } : level);
    this._keptAttrs = (snapshot.keptAttrs || []).map((entry) => ({ ...entry }));
  }
  /**
   * Return the read-only {@link MatcherView} for this matcher.
   *
   * The same instance is returned on every call — no allocation occurs.
   * It always reflects the current parser state and is safe to pass to
   * user callbacks without risk of accidental mutation.
   *
   * @returns {MatcherView}
   *
   * @example
   * const view = matcher.readOnly();
   * // pass view to callbacks — it stays in sync automatically
   * view.matches(expr);       // ✓
   * view.getCurrentTag();     // ✓
   * // view.push(...)         // ✗ method does not exist — caught by TypeScript
   */
  readOnly() {
    return this._view;
  }
};

// node_modules/is-unsafe/src/contexts/html.js
var HTML_PATTERNS = [
  {
    id: "html-script-open",
    description: "<script opening tag",
    pattern: /<script[\s>/]/i
  },
  {
    id: "html-script-close",
    description: "</script closing tag",
    pattern: /<\/script[\s>]/i
  },
  {
    id: "html-javascript-protocol",
    description: "javascript: URI scheme (with optional whitespace/encoding)",
    // Handles j&#x61;vascript:, j\u0061vascript:, and whitespace variants
    pattern: /j[\t\n\r ]*a[\t\n\r ]*v[\t\n\r ]*a[\t\n\r ]*s[\t\n\r ]*c[\t\n\r ]*r[\t\n\r ]*i[\t\n\r ]*p[\t\n\r ]*t[\t\n\r ]*:/i
  },
  {
    id: "html-vbscript-protocol",
    description: "vbscript: URI scheme",
    pattern: /vbscript[\t\n\r ]*:/i
  },
  {
    id: "html-data-html",
    description: "data:text/html URI \u2014 can execute scripts in browsers",
    pattern: /data[\t\n\r ]*:[\t\n\r ]*text\/html/i
  },
  {
    id: "html-data-xhtml",
    description: "data:application/xhtml+xml URI",
    pattern: /data[\t\n\r ]*:[\t\n\r ]*application\/xhtml/i
  },
  {
    id: "html-data-svg",
    description: "data:image/svg+xml URI \u2014 can execute scripts",
    pattern: /data[\t\n\r ]*:[\t\n\r ]*image\/svg\+xml/i
  },
  {
    id: "html-inline-event-handler",
    description: "Inline event handler attributes: onclick=, onerror=, onload=, etc.",
    // \bon ensures we match a word boundary so "phonetic=" is not caught
    pattern: /\bon\w{1,30}\s*=/i
  },
  {
    id: "html-entity-obfuscated-script",
    description: "HTML-entity-encoded <script (e.g. &#x3C;script or &lt;script)",
    // Entities include optional trailing semicolon: &#x3C; or &#x3C (both valid in HTML5)
    pattern: /(?:&#x0*3[Cc];?|&#0*60;?|&lt;)\s*script/i
  },
  {
    id: "html-entity-obfuscated-javascript",
    description: 'HTML-entity-encoded javascript: (partial \u2014 catches common &#106; or &#x6a; for "j")',
    pattern: /(?:&#x0*6[Aa];?|&#0*106;?)\s*(?:&#x0*61;?|a)[\s\S]{0,80}script\s*:/i
  },
  {
    id: "html-style-expression",
    description: "CSS expression() \u2014 IE-era code execution in style attributes",
    pattern: /style[\s\S]{0,20}expression\s*\(/i
  },
  {
    id: "html-object-embed",
    description: "<object or <embed tags that can load active content",
    pattern: /<(?:object|embed)[\s>/]/i
  },
  {
    id: "html-base-tag",
    description: "<base href= \u2014 can hijack all relative URLs on a page",
    pattern: /<base[\s>]/i
  },
  {
    id: "html-meta-refresh",
    description: '<meta http-equiv="refresh" \u2014 can redirect users',
    pattern: /<meta[\s\S]{0,40}http-equiv[\s\S]{0,20}refresh/i
  },
  {
    id: "html-srcdoc",
    description: "srcdoc= attribute on iframes \u2014 embeds HTML that can run scripts",
    pattern: /srcdoc\s*=/i
  },
  {
    id: "html-iframe",
    description: "<iframe tag",
    pattern: /<iframe[\s>/]/i
  },
  {
    id: "html-form",
    description: "<form tag \u2014 can be used for phishing / credential harvesting injection",
    pattern: /<form[\s>/]/i
  }
];
var html_default = HTML_PATTERNS;

// node_modules/is-unsafe/src/contexts/xml.js
var XML_PATTERNS = [
  {
    id: "xml-cdata-injection",
    description: "CDATA section injection: <![CDATA[ breaks out of text node context",
    pattern: /<!\[CDATA\[/i
  },
  {
    id: "xml-cdata-close",
    description: "CDATA close sequence: ]]> can terminate an enclosing CDATA section",
    pattern: /\]\]>/
  },
  {
    id: "xml-processing-instruction",
    description: "XML processing instruction: <?xml-stylesheet or <?php etc.",
    pattern: /<\?(?:xml[\- ]|php|asp)/i
  },
  {
    id: "xml-doctype-injection",
    description: "DOCTYPE declaration embedded in content \u2014 can define entities",
    // Match <!DOCTYPE followed by end-of-string, whitespace, or [ (internal subset)
    pattern: /<!DOCTYPE(?:[\s[]|$)/i
  },
  {
    id: "xml-entity-system",
    description: "SYSTEM keyword \u2014 used in external entity declarations (XXE)",
    pattern: /\bSYSTEM\s+["']/i
  },
  {
    id: "xml-entity-public",
    description: "PUBLIC keyword \u2014 used in external entity declarations (XXE)",
    pattern: /\bPUBLIC\s+["']/i
  },
  {
    id: "xml-entity-declaration",
    description: "<!ENTITY declaration \u2014 defines entities, potential XXE or entity expansion",
    pattern: /<!ENTITY[\s%]/i
  },
  {
    id: "xml-billion-laughs",
    description: "Entity reference chaining / billion laughs: repeated &eX; style references",
    // Heuristic: 3+ consecutive entity refs suggests expansion attack
    pattern: /(?:&\w{1,20};){3,}/
  },
  {
    id: "xml-namespace-confusion",
    description: "xmlns: attribute injection \u2014 can redefine namespaces to confuse parsers",
    // pattern: /\bxmlns\s*(?::\w{1,40})?\s*=/i,
    pattern: /\bxmlns(?::\w{1,40})?\s*=/i
  },
  {
    id: "xml-comment-injection",
    description: "<!-- comment injection \u2014 can hide content from some parsers",
    pattern: /<!--/
  },
  {
    id: "xml-comment-close",
    description: "--> closes an enclosing XML comment",
    pattern: /-->/
  },
  {
    id: "xml-pi-close",
    description: "?> closes an enclosing processing instruction",
    pattern: /\?>/
  }
];
var xml_default = XML_PATTERNS;

// node_modules/is-unsafe/src/contexts/svg.js
var SVG_PATTERNS = [
  {
    id: "svg-script-element",
    description: "<script element inside SVG executes JavaScript",
    pattern: /<script[\s>/]/i
  },
  {
    id: "svg-xlink-href-javascript",
    description: "xlink:href with javascript: \u2014 classic SVG XSS via <a> or <use>",
    pattern: /xlink\s*:\s*href\s*=\s*["']?\s*javascript\s*:/i
  },
  {
    id: "svg-href-javascript",
    description: "href= with javascript: in SVG context (<a>, <animate>, etc.)",
    pattern: /href\s*=\s*["']?\s*javascript\s*:/i
  },
  {
    id: "svg-foreignobject",
    description: "<foreignObject embeds HTML inside SVG \u2014 can execute scripts",
    pattern: /<foreignObject[\s>/]/i
  },
  {
    id: "svg-use-external",
    description: "<use xlink:href or href pointing to external resource (non-fragment URL)",
    // Match <use with href= where the value starts with a non-# character (external URL)
    // [\"'][^#] catches quoted values not starting with #; [^\"'#\s>] catches unquoted
    pattern: /<use[\s\S]{0,60}(?:xlink\s*:\s*)?href\s*=\s*(?:["'][^#]|[^"'#\s>])/i
  },
  {
    id: "svg-animate-href",
    description: '<animate attributeName="href" \u2014 can dynamically change href to javascript:',
    pattern: /<animate[\s\S]{0,80}attributeName\s*=\s*["'][\s]*href["']/i
  },
  {
    id: "svg-animate-xlinkhref",
    description: '<animate attributeName="xlink:href"',
    pattern: /<animate[\s\S]{0,80}attributeName\s*=\s*["'][\s]*xlink\s*:\s*href["']/i
  },
  {
    id: "svg-set-javascript",
    description: '<set to="javascript:..." \u2014 sets an attribute to a javascript: URI',
    pattern: /<set[\s\S]{0,80}to\s*=\s*["']?\s*javascript\s*:/i
  },
  {
    id: "svg-event-handler",
    description: "SVG-specific event handler attributes: onload=, onerror=, onactivate=, etc.",
    pattern: /\bon(?:load|error|activate|begin|end|repeat|focus|blur|click|mouse\w{1,20}|key\w{1,20})\s*=/i
  },
  {
    id: "svg-handler-generic",
    description: "Generic on* handler catch-all for SVG attributes",
    pattern: /\bon\w{1,30}\s*=/i
  },
  {
    id: "svg-filter-feimage",
    description: "<feImage href= \u2014 filter primitive that can load external resources",
    pattern: /<feImage[\s\S]{0,80}(?:xlink\s*:\s*)?href\s*=/i
  },
  {
    id: "svg-image-external",
    description: "<image xlink:href with http/https or javascript protocol",
    pattern: /<image[\s\S]{0,80}(?:xlink\s*:\s*)?href\s*=\s*["']?\s*(?:https?|javascript)\s*:/i
  },
  {
    id: "svg-style-javascript",
    description: "style= attribute containing javascript: (e.g. background:url(javascript:...))",
    pattern: /style\s*=[\s\S]{0,60}javascript\s*:/i
  }
];
var svg_default = SVG_PATTERNS;

// node_modules/is-unsafe/src/contexts/sql.js
var SQL_PATTERNS = [
  {
    id: "sql-block-comment-open",
    description: "SQL block comment open: /* ... */ \u2014 unusual in legitimate user text",
    pattern: /\/\*/
  },
  {
    id: "sql-union-select",
    description: "UNION SELECT \u2014 most common SQL injection aggregation attack",
    pattern: /\bUNION\s{1,20}(?:ALL\s{1,20})?SELECT\b/i
  },
  {
    id: "sql-drop-table",
    description: "DROP TABLE \u2014 destructive DDL injection",
    pattern: /\bDROP\s{1,20}TABLE\b/i
  },
  {
    id: "sql-drop-database",
    description: "DROP DATABASE \u2014 destructive DDL injection",
    pattern: /\bDROP\s{1,20}DATABASE\b/i
  },
  {
    id: "sql-insert-into",
    description: "INSERT INTO \u2014 data injection",
    pattern: /\bINSERT\s{1,20}INTO\b/i
  },
  {
    id: "sql-delete-from",
    description: "DELETE FROM \u2014 data deletion injection",
    pattern: /\bDELETE\s{1,20}FROM\b/i
  },
  {
    id: "sql-update-set",
    description: "UPDATE ... SET \u2014 data modification injection",
    // Allows arbitrary content between UPDATE and SET (table name, alias, etc.)
    pattern: /\bUPDATE\b[\s\S]{1,60}\bSET\b/i
  },
  {
    id: "sql-exec-xp",
    description: "EXEC xp_ \u2014 MSSQL extended stored procedure execution",
    pattern: /\bEXEC(?:UTE)?\s{1,20}xp_/i
  },
  {
    id: "sql-tautology-string",
    description: `Classic string tautology: ' OR '1'='1 or " OR "1"="1"`,
    // Last quote is optional — injection may truncate it: ' OR '1'='1--
    pattern: /'\s{0,10}OR\s{0,10}'[^']{0,20}'\s*=\s*'[^']{0,20}/i
  },
  {
    id: "sql-tautology-numeric",
    description: "Numeric tautology: OR 1=1",
    pattern: /\bOR\s{1,10}1\s*=\s*1\b/i
  },
  {
    id: "sql-always-true-zero",
    description: "Numeric tautology: OR 0=0",
    pattern: /\bOR\s{1,10}0\s*=\s*0\b/i
  },
  {
    id: "sql-sleep-benchmark",
    description: "Time-based blind injection: SLEEP() or BENCHMARK()",
    pattern: /\b(?:SLEEP|BENCHMARK)\s*\(/i
  },
  {
    id: "sql-waitfor-delay",
    description: "MSSQL time-based blind injection: WAITFOR DELAY",
    pattern: /\bWAITFOR\s{1,20}DELAY\b/i
  },
  {
    id: "sql-char-function",
    description: "CHAR() function \u2014 used to obfuscate injected strings",
    pattern: /\bCHAR\s*\(\s*\d{1,3}/i
  },
  {
    id: "sql-information-schema",
    description: "INFORMATION_SCHEMA \u2014 reconnaissance query for table/column enumeration",
    pattern: /\bINFORMATION_SCHEMA\b/i
  }
];
var sql_default = SQL_PATTERNS;

// node_modules/is-unsafe/src/contexts/shell.js
var SHELL_PATTERNS = [
  {
    id: "shell-path-traversal-unix",
    description: "Unix path traversal: ../  \u2014 climbing the directory tree",
    pattern: /\.\.\//
  },
  {
    id: "shell-path-traversal-windows",
    description: "Windows path traversal: ..\\ \u2014 climbing the directory tree",
    pattern: /\.\.\\/
  },
  {
    id: "shell-path-traversal-encoded",
    description: "URL-encoded path traversal: %2e%2e or %2f variants",
    pattern: /%2e%2e|%2f\.\.|\.\.%2f/i
  },
  {
    id: "shell-null-byte",
    description: "Null byte injection: \\x00 or %00 \u2014 truncates strings in C-backed functions",
    pattern: /\x00|%00/
  },
  {
    id: "shell-semicolon",
    description: "Semicolon command separator: cmd1; cmd2",
    pattern: /;/
  },
  {
    id: "shell-pipe",
    description: "Pipe operator: cmd1 | cmd2",
    pattern: /\|/
  },
  {
    id: "shell-and-operator",
    description: "AND operator: cmd1 && cmd2",
    pattern: /&&/
  },
  {
    id: "shell-or-operator",
    description: "OR operator: cmd1 || cmd2",
    pattern: /\|\|/
  },
  {
    id: "shell-backtick",
    description: "Backtick command substitution: `cmd`",
    pattern: /`/
  },
  {
    id: "shell-dollar-paren",
    description: "Dollar-paren command substitution: $(cmd)",
    pattern: /\$\(/
  },
  {
    id: "shell-dollar-brace",
    description: "Dollar-brace variable expansion: ${var} \u2014 can be abused for injection",
    pattern: /\$\{/
  },
  {
    id: "shell-redirect-out",
    description: "Output redirection: cmd > file or cmd >> file",
    pattern: />{1,2}/
  },
  {
    id: "shell-redirect-in",
    description: "Input redirection: cmd < file",
    pattern: /</
  },
  {
    id: "shell-newline-injection",
    description: "Newline injection: \\n or \\r \u2014 can inject new shell commands",
    pattern: /[\n\r]/
  },
  {
    id: "shell-glob-star",
    description: "Glob expansion: * or ? \u2014 can expand to unintended files",
    // Only flag when combined with path separators to reduce false positives
    pattern: /[/\\][*?]/
  },
  {
    id: "shell-absolute-root",
    description: "Absolute root path injection: string starting with / or \\ (Windows UNC)",
    pattern: /^(?:\/|\\\\)/
  },
  {
    id: "shell-windows-drive",
    description: "Windows drive letter path injection: C:\\ or D:/",
    pattern: /^[a-zA-Z]:[/\\]/
  },
  {
    id: "shell-curl-wget",
    description: "curl/wget with URL or flags \u2014 can exfiltrate data or download payloads",
    // Require a URL scheme (http/https/ftp) or a flag (-) to reduce false positives
    // "curl is a tool" won't match; "curl http://..." or "curl -s ..." will
    pattern: /\b(?:curl|wget)\s+(?:https?:\/\/|ftp:\/\/|-)/i
  }
];
var shell_default = SHELL_PATTERNS;

// node_modules/is-unsafe/src/contexts/redos.js
var REDOS_PATTERNS = [
  {
    id: "redos-nested-quantifier-plus",
    description: "Nested + quantifier inside a group with outer quantifier: (a+)+, (.+b)*, etc.",
    // Matches any group containing a + quantifier, with an outer * or + — catches (a+)+, (.+b)*, etc.
    pattern: /\([^)]*\+[^)]*\)[+*]/
  },
  {
    id: "redos-nested-quantifier-star",
    description: "Nested * quantifier: (a*)* or (a*)+ \u2014 catastrophic backtracking",
    pattern: /\([^)]*\*[^)]*\)[*+]/
  },
  {
    id: "redos-nested-groups",
    description: "Doubly nested quantified groups: ((a+)+) \u2014 guaranteed catastrophic",
    pattern: /\(\([^)]{0,40}\)[+*]\)[+*]/
  },
  {
    id: "redos-alternation-overlap",
    description: "Overlapping alternation under quantifier: (a|a)+ \u2014 ambiguous NFA paths",
    // Detect repeated identical alternatives under a quantifier
    pattern: /\(([^|()]{1,20})\|(?:\1)(?:\|[^|()]{1,20}){0,5}\)[+*?]{1,2}/
  },
  {
    id: "redos-star-plus-concat",
    description: "(x*x)+ pattern \u2014 triggers super-linear backtracking",
    pattern: /\([^)]{0,10}\*[^)]{0,10}\)[+*]/
  },
  {
    id: "redos-dot-star-greedy",
    description: "(.*){n,} or (.+){n,} \u2014 repeated greedy dot quantifiers",
    pattern: /\(\.[*+]\)\{?\d/
  },
  {
    id: "redos-large-repetition",
    description: "Very large fixed or range repetition count {1000,} or {1000,n} \u2014 denial of service via backtracking",
    // Matches { followed by 4+ digits (≥1000), then optional ,digits }
    pattern: /\{\d{4,}(?:,\d*)?\}/
  },
  {
    id: "redos-catastrophic-alternation",
    description: "Long alternation with many similar branches \u2014 polynomial backtracking risk",
    // Heuristic: 10+ pipe-separated alternatives in a single group
    pattern: /\([^)]{0,200}(?:\|[^|)]{0,50}){9,}\)/
  }
];
var redos_default = REDOS_PATTERNS;

// node_modules/is-unsafe/src/contexts/nosql.js
var sep = `["'\\s]*:`;
var NOSQL_PATTERNS = [
  // ─── MongoDB $ operator injection ────────────────────────────────────────
  {
    id: "nosql-where-operator",
    description: "$where \u2014 executes arbitrary JavaScript server-side in MongoDB",
    pattern: new RegExp(`\\$where${sep}`, "i")
  },
  {
    id: "nosql-ne-operator",
    description: '$ne \u2014 "not equal" operator used to bypass equality checks',
    pattern: new RegExp(`\\$ne${sep}`, "i")
  },
  {
    id: "nosql-gt-operator",
    description: '$gt \u2014 "greater than" used to bypass password/value checks',
    pattern: new RegExp(`\\$gte?${sep}`, "i")
  },
  {
    id: "nosql-lt-operator",
    description: '$lt / $lte \u2014 "less than" bypass variants',
    pattern: new RegExp(`\\$lte?${sep}`, "i")
  },
  {
    id: "nosql-regex-operator",
    description: "$regex \u2014 can be used to extract data character by character (blind injection)",
    pattern: new RegExp(`\\$regex${sep}`, "i")
  },
  {
    id: "nosql-or-operator",
    description: "$or \u2014 logical OR; used to create always-true conditions",
    pattern: new RegExp(`\\$or${sep}\\s*\\[`, "i")
  },
  {
    id: "nosql-and-operator",
    description: "$and \u2014 logical AND operator injection",
    pattern: new RegExp(`\\$and${sep}\\s*\\[`, "i")
  },
  {
    id: "nosql-nor-operator",
    description: "$nor \u2014 logical NOR operator injection",
    pattern: new RegExp(`\\$nor${sep}\\s*\\[`, "i")
  },
  {
    id: "nosql-exists-operator",
    description: "$exists \u2014 can enumerate fields to determine schema",
    pattern: new RegExp(`\\$exists${sep}`, "i")
  },
  {
    id: "nosql-in-operator",
    description: "$in \u2014 matches any value in a list; can enumerate values",
    pattern: new RegExp(`\\$in${sep}\\s*\\[`, "i")
  },
  {
    id: "nosql-expr-operator",
    description: "$expr \u2014 allows aggregation expressions in queries (MongoDB 3.6+)",
    pattern: new RegExp(`\\$expr${sep}`, "i")
  },
  {
    id: "nosql-function-operator",
    description: "$function \u2014 executes arbitrary JavaScript in MongoDB 4.4+",
    pattern: new RegExp(`\\$function${sep}`, "i")
  },
  {
    id: "nosql-accumulator-operator",
    description: "$accumulator \u2014 custom aggregation with arbitrary JS execution",
    pattern: new RegExp(`\\$accumulator${sep}`, "i")
  },
  // ─── Prototype pollution ─────────────────────────────────────────────────
  {
    id: "nosql-proto-pollution",
    description: "__proto__ \u2014 prototype pollution via object key injection",
    pattern: /__proto__/
  },
  {
    id: "nosql-constructor-prototype",
    description: "constructor.prototype \u2014 alternative prototype pollution vector (dot notation or JSON key)",
    // Matches dot-notation (obj.constructor.prototype) and JSON key adjacency
    // ("constructor": {"prototype": ...})
    pattern: /constructor[\s"':.,{\[]*prototype/i
  },
  {
    id: "nosql-proto-bracket",
    description: '["__proto__"] \u2014 bracket-notation prototype pollution',
    pattern: /\[["']__proto__["']\]/
  }
];
var nosql_default = NOSQL_PATTERNS;

// node_modules/is-unsafe/src/contexts/log.js
var LOG_PATTERNS = [
  // ─── CRLF / newline injection ─────────────────────────────────────────────
  {
    id: "log-crlf-injection",
    description: "CRLF injection: literal \\r or \\n embeds fake log lines",
    pattern: /[\r\n]/
  },
  {
    id: "log-url-encoded-crlf",
    description: "URL-encoded CRLF: %0d, %0a, %0D, %0A \u2014 decoded by some log parsers",
    pattern: /%0[dDaA]/
  },
  {
    id: "log-unicode-newline",
    description: "Unicode newline variants: U+2028 (line separator), U+2029 (paragraph separator)",
    pattern: /[\u2028\u2029]/
  },
  // ─── Log4Shell / JNDI injection (CVE-2021-44228) ─────────────────────────
  {
    id: "log-log4shell-jndi",
    description: "Log4Shell: ${jndi:...} triggers remote code execution in Apache Log4j",
    pattern: /\$\{jndi\s*:/i
  },
  {
    id: "log-log4shell-obfuscated",
    description: "Obfuscated Log4Shell: ${::-j}... lookup-bypass prefix used to evade WAF detection",
    // ${::- is the Log4j lookup-bypass escape sequence; presence alone is suspicious
    pattern: /\$\{::-/
  },
  {
    id: "log-log4j-lookup",
    description: "Log4j lookup syntax: ${env:...}, ${sys:...}, ${ctx:...} \u2014 data exfiltration",
    pattern: /\$\{(?:env|sys|ctx|main|map|sd|web|docker|k8s|spring)\s*:/i
  },
  // ─── Server-Side Template Injection (SSTI) in log messages ───────────────
  {
    id: "log-ssti-double-brace",
    description: "SSTI double-brace: {{expression}} \u2014 Jinja2, Twig, Handlebars, etc.",
    pattern: /\{\{[\s\S]{0,80}\}\}/
  },
  {
    id: "log-ssti-hash-brace",
    description: "SSTI hash-brace: #{expression} \u2014 Thymeleaf, Velocity, Ruby ERB",
    pattern: /#\{[\s\S]{0,80}\}/
  },
  {
    id: "log-ssti-dollar-brace",
    description: "SSTI/EL injection: ${expression with operators or method calls} \u2014 JSP EL, Freemarker, SpEL",
    // Require that the ${...} content looks like an expression, not a plain variable name.
    // Flags if the content contains: . ( * + operators, or known SSTI keywords.
    // This avoids flagging ${PATH}, ${HOME} etc. (plain shell variables).
    pattern: /\$\{[^}]*(?:\.|\(|\*|\+|\bclass\b|\bruntime\b|\bprocess\b|\bexec\b)[^}]{0,80}\}/i
  },
  {
    id: "log-ssti-percent-tag",
    description: "SSTI ERB/ASP tag: <%= expression %> \u2014 Ruby ERB, ASP",
    pattern: /<%=[\s\S]{0,80}%>/
  },
  // ─── Null byte ────────────────────────────────────────────────────────────
  {
    id: "log-null-byte",
    description: "Null byte: \\x00 or %00 \u2014 can truncate log entries in C-backed loggers",
    pattern: /\x00|%00/
  },
  // ─── ANSI escape injection ────────────────────────────────────────────────
  {
    id: "log-ansi-escape",
    description: "ANSI escape sequence: ESC[ \u2014 can manipulate terminal output when logs are tailed",
    pattern: /\x1b\[/
  }
];
var log_default = LOG_PATTERNS;

// node_modules/is-unsafe/src/contexts/sql-strict.js
var SQL_STRICT_EXTRA = [
  {
    id: "sql-line-comment",
    description: "SQL line comment: -- followed by whitespace or end of string",
    pattern: /--(?:\s|$)/
  },
  {
    id: "sql-stacked-query",
    description: "Stacked queries: semicolon immediately followed by a SQL keyword",
    pattern: /;\s{0,10}(?:SELECT|INSERT|UPDATE|DELETE|DROP|CREATE|ALTER|EXEC)\b/i
  },
  {
    id: "sql-hex-encoding",
    description: "Hex-encoded string injection: 0x41414141 style (MySQL)",
    pattern: /\b0x[0-9a-f]{4,}/i
  }
];
var SQL_STRICT_PATTERNS = [...sql_default, ...SQL_STRICT_EXTRA];
var sql_strict_default = SQL_STRICT_PATTERNS;

// node_modules/is-unsafe/src/util/decode-entities.js
var NAMED = Object.freeze({
  colon: ":",
  Tab: "	",
  NewLine: "\n"
});
var ENTITY_RE = /&(?:#[xX]0*([0-9a-fA-F]{1,6});?|#0*([0-9]{1,7});?|([a-zA-Z][a-zA-Z0-9]{1,15});)/g;
function decodeEntities(input) {
  if (input.indexOf("&") === -1) return input;
  return input.replace(ENTITY_RE, (match, hex, dec, name2) => {
    if (name2 !== void 0) {
      return Object.prototype.hasOwnProperty.call(NAMED, name2) ? NAMED[name2] : match;
    }
    const cp = hex !== void 0 ? parseInt(hex, 16) : parseInt(dec, 10);
    if (!Number.isFinite(cp) || cp > 1114111) return match;
    return String.fromCodePoint(cp);
  });
}

// node_modules/is-unsafe/src/index.js
html_default.label = "HTML";
xml_default.label = "XML";
svg_default.label = "SVG";
html_default.decodeEntities = true;
xml_default.decodeEntities = true;
svg_default.decodeEntities = true;
sql_default.label = "SQL";
sql_strict_default.label = "SQL-STRICT";
shell_default.label = "SHELL";
redos_default.label = "REDOS";
nosql_default.label = "NOSQL";
log_default.label = "LOG";
var VALID_CONTEXTS = Object.freeze({
  HTML: html_default,
  XML: xml_default,
  SVG: svg_default,
  SQL: sql_default,
  "SQL-STRICT": sql_strict_default,
  SHELL: shell_default,
  REDOS: redos_default,
  NOSQL: nosql_default,
  LOG: log_default
});
function assertString(value) {
  if (typeof value !== "string") {
    throw new TypeError(
      `is-unsafe: first argument must be a string, got ${typeof value}`
    );
  }
}
function assertContext(context) {
  if (context instanceof RegExp) return;
  if (Array.isArray(context)) {
    if (context.length === 0) {
      throw new TypeError("is-unsafe: context must not be an empty array");
    }
    if (Array.isArray(context[0])) {
      for (const list2 of context) {
        if (!Array.isArray(list2) || list2.length === 0) {
          throw new TypeError(
            "is-unsafe: each context in the array must be a non-empty pattern array (PatternList)"
          );
        }
      }
    }
    return;
  }
  throw new TypeError(
    `is-unsafe: second argument must be a PatternList (e.g. HTML), an array of PatternLists (e.g. [HTML, XML]), or a RegExp. Got: ${typeof context}`
  );
}
function normalise(context) {
  if (context instanceof RegExp) return { lists: null, regex: context };
  if (Array.isArray(context[0])) return { lists: context, regex: null };
  return { lists: [context], regex: null };
}
function decodedCopy(value, list2) {
  if (!list2.decodeEntities) return null;
  const decoded = decodeEntities(value);
  return decoded === value ? null : decoded;
}
function matchList(value, list2) {
  const label = list2.label ?? "CUSTOM";
  const decoded = decodedCopy(value, list2);
  for (const rule of list2) {
    if (rule.pattern.test(value) || decoded !== null && rule.pattern.test(decoded)) {
      return { context: label, id: rule.id, description: rule.description, pattern: rule.pattern };
    }
  }
  return null;
}
function isUnsafe(value, context) {
  assertString(value);
  assertContext(context);
  const { lists, regex } = normalise(context);
  if (regex) return regex.test(value);
  for (const list2 of lists) {
    if (matchList(value, list2) !== null) return true;
  }
  return false;
}

// node_modules/fast-xml-parser/src/xmlparser/OrderedObjParser.js
function extractRawAttributes(prefixedAttrs, options) {
  if (!prefixedAttrs) return {};
  const attrs = options.attributesGroupName ? prefixedAttrs[options.attributesGroupName] : prefixedAttrs;
  if (!attrs) return {};
  const rawAttrs = {};
  for (const key in attrs) {
    if (key.startsWith(options.attributeNamePrefix)) {
      const rawName = key.substring(options.attributeNamePrefix.length);
      rawAttrs[rawName] = attrs[key];
    } else {
      rawAttrs[key] = attrs[key];
    }
  }
  return rawAttrs;
}
function extractNamespace(rawTagName) {
  if (!rawTagName || typeof rawTagName !== "string") return void 0;
  const colonIndex = rawTagName.indexOf(":");
  if (colonIndex !== -1 && colonIndex > 0) {
    const ns = rawTagName.substring(0, colonIndex);
    if (ns !== "xmlns") {
      return ns;
    }
  }
  return void 0;
}
var OrderedObjParser = class {
  constructor(options, externalEntities) {
    this.options = options;
    this.currentNode = null;
    this.tagsNodeStack = [];
    this.parseXml = parseXml;
    this.parseTextData = parseTextData;
    this.resolveNameSpace = resolveNameSpace;
    this.buildAttributesMap = buildAttributesMap;
    this.isItStopNode = isItStopNode;
    this.replaceEntitiesValue = replaceEntitiesValue;
    this.readStopNodeData = readStopNodeData;
    this.saveTextToParentTag = saveTextToParentTag;
    this.addChild = addChild;
    this.ignoreAttributesFn = getIgnoreAttributesFn(this.options.ignoreAttributes);
    this.entityExpansionCount = 0;
    this.currentExpandedLength = 0;
    this.doctypefound = false;
    let namedEntities = { ...XML };
    if (this.options.entityDecoder) {
      this.entityDecoder = this.options.entityDecoder;
    } else {
      if (typeof this.options.htmlEntities === "object") namedEntities = this.options.htmlEntities;
      else if (this.options.htmlEntities === true) namedEntities = { ...COMMON_HTML, ...CURRENCY };
      this.entityDecoder = new EntityDecoder({
        namedEntities: { ...namedEntities, ...externalEntities },
        numericAllowed: this.options.htmlEntities,
        limit: {
          maxTotalExpansions: this.options.processEntities.maxTotalExpansions,
          maxExpandedLength: this.options.processEntities.maxExpandedLength,
          applyLimitsTo: this.options.processEntities.appliesTo
        },
        // onExternalEntity: (name, value) => isUnsafe(value) ? 'block' : 'allow',
        onInputEntity: (name2, value) => (
          //TODO: VALID_CONTEXTS.HTML should be set only if this.options.htmlEntities
          isUnsafe(value, [html_default, xml_default]) ? ENTITY_ACTION.BLOCK : ENTITY_ACTION.ALLOW
        )
        //postCheck: resolved => resolved
      });
    }
    this.matcher = new Matcher();
    this.readonlyMatcher = this.matcher.readOnly();
    this.isCurrentNodeStopNode = false;
    this.stopNodeExpressionsSet = new ExpressionSet();
    const stopNodesOpts = this.options.stopNodes;
    if (stopNodesOpts && stopNodesOpts.length > 0) {
      for (let i = 0; i < stopNodesOpts.length; i++) {
        const stopNodeExp = stopNodesOpts[i];
        if (typeof stopNodeExp === "string") {
          this.stopNodeExpressionsSet.add(new Expression(stopNodeExp));
        } else if (stopNodeExp instanceof Expression) {
          this.stopNodeExpressionsSet.add(stopNodeExp);
        }
      }
      this.stopNodeExpressionsSet.seal();
    }
  }
};
function parseTextData(val, tagName, jPath, dontTrim, hasAttributes, isLeafNode, escapeEntities) {
  const options = this.options;
  if (val !== void 0) {
    if (options.trimValues && !dontTrim) {
      val = val.trim();
    }
    if (val.length > 0) {
      if (!escapeEntities) val = this.replaceEntitiesValue(val, tagName, jPath);
      const jPathOrMatcher = options.jPath ? jPath.toString() : jPath;
      const newval = options.tagValueProcessor(tagName, val, jPathOrMatcher, hasAttributes, isLeafNode);
      if (newval === null || newval === void 0) {
        return val;
      } else if (typeof newval !== typeof val || newval !== val) {
        return newval;
      } else if (options.trimValues) {
        return parseValue(val, options.parseTagValue, options.numberParseOptions);
      } else {
        const trimmedVal = val.trim();
        if (trimmedVal === val) {
          return parseValue(val, options.parseTagValue, options.numberParseOptions);
        } else {
          return val;
        }
      }
    }
  }
}
function resolveNameSpace(tagname) {
  if (this.options.removeNSPrefix) {
    const tags = tagname.split(":");
    const prefix = tagname.charAt(0) === "/" ? "/" : "";
    if (tags[0] === "xmlns") {
      return "";
    }
    if (tags.length === 2) {
      tagname = prefix + tags[1];
    }
  }
  return tagname;
}
var attrsRegx = /([^\s=]+)\s*(=\s*(?:"([^"]*)"|'([^']*)'))?/gm;
function attrValue(match) {
  return match[3] !== void 0 ? match[3] : match[4];
}
function buildAttributesMap(attrStr, jPath, tagName, force = false) {
  const options = this.options;
  if (force === true || options.ignoreAttributes !== true && typeof attrStr === "string") {
    const matches = getAllMatches(attrStr, attrsRegx);
    const len = matches.length;
    const attrs = {};
    const processedVals = new Array(len);
    let hasRawAttrs = false;
    const rawAttrsForMatcher = {};
    for (let i = 0; i < len; i++) {
      const attrName = this.resolveNameSpace(matches[i][1]);
      const oldVal = attrValue(matches[i]);
      if (attrName.length && oldVal !== void 0) {
        let val = oldVal;
        if (options.trimValues) val = val.trim();
        val = this.replaceEntitiesValue(val, tagName, this.readonlyMatcher);
        processedVals[i] = val;
        rawAttrsForMatcher[attrName] = val;
        hasRawAttrs = true;
      }
    }
    if (hasRawAttrs && typeof jPath === "object" && jPath.updateCurrent) {
      jPath.updateCurrent(rawAttrsForMatcher);
    }
    const jPathStr = options.jPath ? jPath.toString() : this.readonlyMatcher;
    let hasAttrs = false;
    for (let i = 0; i < len; i++) {
      const attrName = this.resolveNameSpace(matches[i][1]);
      if (this.ignoreAttributesFn(attrName, jPathStr)) continue;
      let aName = options.attributeNamePrefix + attrName;
      if (attrName.length) {
        if (options.transformAttributeName) {
          aName = options.transformAttributeName(aName);
        }
        aName = sanitizeName(aName, options);
        if (attrValue(matches[i]) !== void 0) {
          const oldVal = processedVals[i];
          const newVal = options.attributeValueProcessor(attrName, oldVal, jPathStr);
          if (newVal === null || newVal === void 0) {
            attrs[aName] = oldVal;
          } else if (typeof newVal !== typeof oldVal || newVal !== oldVal) {
            attrs[aName] = newVal;
          } else {
            attrs[aName] = parseValue(oldVal, options.parseAttributeValue, options.numberParseOptions);
          }
          hasAttrs = true;
        } else if (options.allowBooleanAttributes) {
          attrs[aName] = true;
          hasAttrs = true;
        }
      }
    }
    if (!hasAttrs) return;
    if (options.attributesGroupName && !options.preserveOrder) {
      const attrCollection = {};
      attrCollection[options.attributesGroupName] = attrs;
      return attrCollection;
    }
    return attrs;
  }
}
var parseXml = function(xmlData) {
  const options = this.options;
  const crlfPositions = options.captureMetaData ? [] : void 0;
  xmlData = xmlData.replace(/\r\n?/g, options.captureMetaData ? (newline, index) => {
    if (newline.length === 2) {
      crlfPositions.push(index - crlfPositions.length);
    }
    return "\n";
  } : "\n");
  const xmlObj = new XmlNode("!xml");
  let currentNode = xmlObj;
  let textData = "";
  this.matcher.reset();
  this.entityDecoder.reset();
  this.entityExpansionCount = 0;
  this.currentExpandedLength = 0;
  this.doctypefound = false;
  const docTypeReader = new DocTypeReader(options.processEntities);
  const xmlLen = xmlData.length;
  for (let i = 0; i < xmlLen; i++) {
    const ch = xmlData[i];
    if (ch === "<") {
      const c1 = xmlData.charCodeAt(i + 1);
      if (c1 === 47) {
        const closeIndex = findClosingIndex(xmlData, ">", i, "Closing Tag is not closed.");
        let tagName = xmlData.substring(i + 2, closeIndex).trim();
        if (options.removeNSPrefix) {
          const colonIndex = tagName.indexOf(":");
          if (colonIndex !== -1) {
            tagName = tagName.substr(colonIndex + 1);
          }
        }
        tagName = transformTagName(options.transformTagName, tagName, "", options).tagName;
        if (currentNode) {
          textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);
        }
        const lastTagName = this.matcher.getCurrentTag();
        if (tagName && options.unpairedTagsSet.has(tagName)) {
          throw new Error(`Unpaired tag can not be used as closing tag: </${tagName}>`);
        }
        if (lastTagName && options.unpairedTagsSet.has(lastTagName)) {
          this.matcher.pop();
          this.tagsNodeStack.pop();
        }
        this.matcher.pop();
        this.isCurrentNodeStopNode = false;
        currentNode = this.tagsNodeStack.pop() || xmlObj;
        if (options.captureMetaData && currentNode) {
          currentNode.addEndIndex(getOriginalIndex(closeIndex + 1, crlfPositions));
        }
        textData = "";
        i = closeIndex;
      } else if (c1 === 63) {
        let tagData = readTagExp(xmlData, i, false, "?>");
        if (!tagData) throw new Error("Pi Tag is not closed.");
        textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);
        const attsMap = this.buildAttributesMap(tagData.tagExp, this.matcher, tagData.tagName, true);
        if (attsMap) {
          const ver = attsMap[this.options.attributeNamePrefix + "version"];
          this.entityDecoder.setXmlVersion(Number(ver) || 1);
          docTypeReader.setXmlVersion(Number(ver) || 1);
        }
        if (options.ignoreDeclaration && tagData.tagName === "?xml" || options.ignorePiTags) {
        } else {
          const childNode = new XmlNode(tagData.tagName);
          childNode.add(options.textNodeName, "");
          if (tagData.tagName !== tagData.tagExp && tagData.attrExpPresent && options.ignoreAttributes !== true) {
            childNode[":@"] = attsMap;
          }
          const startIndex = options.captureMetaData ? getOriginalIndex(i, crlfPositions) : i;
          this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
          if (options.captureMetaData) {
            currentNode.addEndIndex(getOriginalIndex(tagData.closeIndex + 2, crlfPositions));
          }
        }
        i = tagData.closeIndex + 1;
      } else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 45 && xmlData.charCodeAt(i + 3) === 45) {
        const endIndex = findClosingIndex(xmlData, "-->", i + 4, "Comment is not closed.");
        if (options.commentPropName) {
          const comment = xmlData.substring(i + 4, endIndex - 2);
          textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);
          currentNode.add(options.commentPropName, [{ [options.textNodeName]: comment }]);
        }
        i = endIndex;
      } else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 68) {
        if (this.doctypefound) throw new Error("Multiple DOCTYPE declarations found.");
        this.doctypefound = true;
        const result = docTypeReader.readDocType(xmlData, i);
        this.entityDecoder.addInputEntities(result.entities);
        i = result.i;
      } else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 91) {
        const closeIndex = findClosingIndex(xmlData, "]]>", i, "CDATA is not closed.") - 2;
        const tagExp = xmlData.substring(i + 9, closeIndex);
        textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher);
        let val = this.parseTextData(tagExp, currentNode.tagname, this.readonlyMatcher, true, false, true, true);
        if (val == void 0) val = "";
        if (options.cdataPropName) {
          currentNode.add(options.cdataPropName, [{ [options.textNodeName]: tagExp }]);
        } else {
          currentNode.add(options.textNodeName, val);
        }
        i = closeIndex + 2;
      } else {
        let result = readTagExp(xmlData, i, options.removeNSPrefix);
        if (!result) {
          const context = xmlData.substring(Math.max(0, i - 50), Math.min(xmlLen, i + 50));
          throw new Error(`readTagExp returned undefined at position ${i}. Context: "${context}"`);
        }
        let tagName = result.tagName;
        const rawTagName = result.rawTagName;
        let tagExp = result.tagExp;
        let attrExpPresent = result.attrExpPresent;
        let closeIndex = result.closeIndex;
        ({ tagName, tagExp } = transformTagName(options.transformTagName, tagName, tagExp, options));
        if (options.strictReservedNames && (tagName === options.commentPropName || tagName === options.cdataPropName || tagName === options.textNodeName || tagName === options.attributesGroupName)) {
          throw new Error(`Invalid tag name: ${tagName}`);
        }
        if (currentNode && textData) {
          if (currentNode.tagname !== "!xml") {
            textData = this.saveTextToParentTag(textData, currentNode, this.readonlyMatcher, false);
          }
        }
        const lastTag = currentNode;
        if (lastTag && options.unpairedTagsSet.has(lastTag.tagname)) {
          currentNode = this.tagsNodeStack.pop();
          this.matcher.pop();
        }
        let isSelfClosing = false;
        if (tagExp.length > 0 && tagExp.lastIndexOf("/") === tagExp.length - 1) {
          isSelfClosing = true;
          if (tagName[tagName.length - 1] === "/") {
            tagName = tagName.substr(0, tagName.length - 1);
            tagExp = tagName;
          } else {
            tagExp = tagExp.substr(0, tagExp.length - 1);
          }
          attrExpPresent = tagName !== tagExp;
        }
        let prefixedAttrs = null;
        let rawAttrs = {};
        let namespace = void 0;
        namespace = extractNamespace(rawTagName);
        if (tagName !== xmlObj.tagname) {
          this.matcher.push(tagName, {}, namespace);
        }
        if (tagName !== tagExp && attrExpPresent) {
          prefixedAttrs = this.buildAttributesMap(tagExp, this.matcher, tagName);
          if (prefixedAttrs) {
            rawAttrs = extractRawAttributes(prefixedAttrs, options);
          }
        }
        if (tagName !== xmlObj.tagname) {
          this.isCurrentNodeStopNode = this.isItStopNode();
        }
        const startIndex = options.captureMetaData ? getOriginalIndex(i, crlfPositions) : i;
        if (this.isCurrentNodeStopNode) {
          let tagContent = "";
          if (isSelfClosing) {
            i = result.closeIndex;
          } else if (options.unpairedTagsSet.has(tagName)) {
            i = result.closeIndex;
          } else {
            const result2 = this.readStopNodeData(xmlData, rawTagName, closeIndex + 1);
            if (!result2) throw new Error(`Unexpected end of ${rawTagName}`);
            i = result2.i;
            tagContent = result2.tagContent;
          }
          const childNode = new XmlNode(tagName);
          if (prefixedAttrs) {
            childNode[":@"] = prefixedAttrs;
          }
          childNode.add(options.textNodeName, tagContent);
          this.matcher.pop();
          this.isCurrentNodeStopNode = false;
          this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
          if (options.captureMetaData) {
            currentNode.addEndIndex(getOriginalIndex(i + 1, crlfPositions));
          }
        } else {
          if (isSelfClosing) {
            ({ tagName, tagExp } = transformTagName(options.transformTagName, tagName, tagExp, options));
            const childNode = new XmlNode(tagName);
            if (prefixedAttrs) {
              childNode[":@"] = prefixedAttrs;
            }
            this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
            if (options.captureMetaData) {
              currentNode.addEndIndex(getOriginalIndex(closeIndex + 1, crlfPositions));
            }
            this.matcher.pop();
            this.isCurrentNodeStopNode = false;
          } else if (options.unpairedTagsSet.has(tagName)) {
            const childNode = new XmlNode(tagName);
            if (prefixedAttrs) {
              childNode[":@"] = prefixedAttrs;
            }
            this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
            if (options.captureMetaData) {
              currentNode.addEndIndex(getOriginalIndex(result.closeIndex + 1, crlfPositions));
            }
            this.matcher.pop();
            this.isCurrentNodeStopNode = false;
            i = result.closeIndex;
            continue;
          } else {
            const childNode = new XmlNode(tagName);
            if (this.tagsNodeStack.length > options.maxNestedTags) {
              throw new Error("Maximum nested tags exceeded");
            }
            this.tagsNodeStack.push(currentNode);
            if (prefixedAttrs) {
              childNode[":@"] = prefixedAttrs;
            }
            this.addChild(currentNode, childNode, this.readonlyMatcher, startIndex);
            currentNode = childNode;
          }
          textData = "";
          i = closeIndex;
        }
      }
    } else {
      textData += xmlData[i];
    }
  }
  return xmlObj.child;
};
function getOriginalIndex(index, crlfPositions) {
  let low = 0;
  let high = crlfPositions.length;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (crlfPositions[middle] < index) low = middle + 1;
    else high = middle;
  }
  return index + low;
}
function addChild(currentNode, childNode, matcher, startIndex) {
  if (!this.options.captureMetaData) startIndex = void 0;
  const jPathOrMatcher = this.options.jPath ? matcher.toString() : matcher;
  const result = this.options.updateTag(childNode.tagname, jPathOrMatcher, childNode[":@"]);
  if (result === false) {
  } else if (typeof result === "string") {
    childNode.tagname = result;
    currentNode.addChild(childNode, startIndex);
  } else {
    currentNode.addChild(childNode, startIndex);
  }
}
function replaceEntitiesValue(val, tagName, jPath) {
  const entityConfig = this.options.processEntities;
  if (!entityConfig || !entityConfig.enabled) {
    return val;
  }
  if (entityConfig.allowedTags) {
    const jPathOrMatcher = this.options.jPath ? jPath.toString() : jPath;
    const allowed = Array.isArray(entityConfig.allowedTags) ? entityConfig.allowedTags.includes(tagName) : entityConfig.allowedTags(tagName, jPathOrMatcher);
    if (!allowed) {
      return val;
    }
  }
  if (entityConfig.tagFilter) {
    const jPathOrMatcher = this.options.jPath ? jPath.toString() : jPath;
    if (!entityConfig.tagFilter(tagName, jPathOrMatcher)) {
      return val;
    }
  }
  return this.entityDecoder.decode(val);
}
function saveTextToParentTag(textData, parentNode, matcher, isLeafNode) {
  if (textData) {
    if (isLeafNode === void 0) isLeafNode = parentNode.child.length === 0;
    textData = this.parseTextData(
      textData,
      parentNode.tagname,
      matcher,
      false,
      parentNode[":@"] ? Object.keys(parentNode[":@"]).length !== 0 : false,
      isLeafNode
    );
    if (textData !== void 0 && textData !== "")
      parentNode.add(this.options.textNodeName, textData);
    textData = "";
  }
  return textData;
}
function isItStopNode() {
  if (this.stopNodeExpressionsSet.size === 0) return false;
  return this.matcher.matchesAny(this.stopNodeExpressionsSet);
}
function tagExpWithClosingIndex(xmlData, i, closingChar = ">") {
  const len = xmlData.length;
  const closeCode0 = closingChar.charCodeAt(0);
  const closeCode1 = closingChar.length > 1 ? closingChar.charCodeAt(1) : -1;
  let result = "";
  let segmentStart = i;
  for (let index = i; index < len; index++) {
    const code = xmlData.charCodeAt(index);
    if (code === 34 || code === 39) {
      index = xmlData.indexOf(xmlData[index], index + 1);
      if (index === -1) return;
    } else if (code === closeCode0) {
      if (closeCode1 !== -1) {
        if (xmlData.charCodeAt(index + 1) === closeCode1) {
          result += xmlData.substring(segmentStart, index);
          return { data: result, index };
        }
      } else {
        result += xmlData.substring(segmentStart, index);
        return { data: result, index };
      }
    } else if (code === 9) {
      result += xmlData.substring(segmentStart, index) + " ";
      segmentStart = index + 1;
    }
  }
}
function findClosingIndex(xmlData, str, i, errMsg) {
  const closingIndex = xmlData.indexOf(str, i);
  if (closingIndex === -1) {
    throw new Error(errMsg);
  } else {
    return closingIndex + str.length - 1;
  }
}
function findClosingChar(xmlData, char, i, errMsg) {
  const closingIndex = xmlData.indexOf(char, i);
  if (closingIndex === -1) throw new Error(errMsg);
  return closingIndex;
}
function readTagExp(xmlData, i, removeNSPrefix, closingChar = ">") {
  const result = tagExpWithClosingIndex(xmlData, i + 1, closingChar);
  if (!result) return;
  let tagExp = result.data;
  const closeIndex = result.index;
  const separatorIndex = tagExp.search(/\s/);
  let tagName = tagExp;
  let attrExpPresent = true;
  if (separatorIndex !== -1) {
    tagName = tagExp.substring(0, separatorIndex);
    tagExp = tagExp.substring(separatorIndex + 1).trimStart();
  }
  const rawTagName = tagName;
  if (removeNSPrefix) {
    const colonIndex = tagName.indexOf(":");
    if (colonIndex !== -1) {
      tagName = tagName.substr(colonIndex + 1);
      attrExpPresent = tagName !== result.data.substr(colonIndex + 1);
    }
  }
  return {
    tagName,
    tagExp,
    closeIndex,
    attrExpPresent,
    rawTagName
  };
}
function readStopNodeData(xmlData, tagName, i) {
  const startIndex = i;
  let openTagCount = 1;
  let lenient = false;
  let nextGt = -1;
  const xmllen = xmlData.length;
  for (; i < xmllen; i++) {
    if (xmlData[i] === "<") {
      const c1 = xmlData.charCodeAt(i + 1);
      if (c1 === 47) {
        const closeIndex = findClosingChar(xmlData, ">", i, `${tagName} is not closed`);
        let closeTagName = xmlData.substring(i + 2, closeIndex).trim();
        if (closeTagName === tagName) {
          openTagCount--;
          if (openTagCount === 0) {
            return {
              tagContent: xmlData.substring(startIndex, i),
              i: closeIndex
            };
          }
        }
        i = closeIndex;
      } else if (c1 === 63) {
        const closeIndex = findClosingIndex(xmlData, "?>", i + 1, "StopNode is not closed.");
        i = closeIndex;
      } else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 45 && xmlData.charCodeAt(i + 3) === 45) {
        const closeIndex = findClosingIndex(xmlData, "-->", i + 3, "StopNode is not closed.");
        i = closeIndex;
      } else if (c1 === 33 && xmlData.charCodeAt(i + 2) === 91) {
        const closeIndex = findClosingIndex(xmlData, "]]>", i, "StopNode is not closed.") - 2;
        i = closeIndex;
      } else {
        const tagData = lenient ? void 0 : readTagExp(xmlData, i, false);
        if (tagData) {
          const openTagName = tagData.tagName;
          if (openTagName === tagName && tagData.tagExp[tagData.tagExp.length - 1] !== "/") {
            openTagCount++;
          }
          i = tagData.closeIndex;
        } else {
          lenient = true;
          if (nextGt < i) {
            nextGt = xmlData.indexOf(">", i);
            if (nextGt === -1) return;
          }
          const nextLt = xmlData.indexOf("<", i + 1);
          if (nextLt === -1 || nextLt > nextGt) {
            const exp = xmlData.substring(i + 1, nextGt);
            const sep4 = exp.search(/\s/);
            const name2 = sep4 === -1 ? exp : exp.substring(0, sep4);
            if (name2 === tagName && exp[exp.length - 1] !== "/") openTagCount++;
            i = nextGt;
          }
        }
      }
    }
  }
}
function parseValue(val, shouldParse, options) {
  if (shouldParse && typeof val === "string") {
    const newval = val.trim();
    if (newval === "true") return true;
    else if (newval === "false") return false;
    else return toNumber(val, options);
  } else {
    if (isExist(val)) {
      return val;
    } else {
      return "";
    }
  }
}
function transformTagName(fn, tagName, tagExp, options) {
  if (fn) {
    const newTagName = fn(tagName);
    if (tagExp === tagName) {
      tagExp = newTagName;
    }
    tagName = newTagName;
  }
  tagName = sanitizeName(tagName, options);
  return { tagName, tagExp };
}
function sanitizeName(name2, options) {
  if (criticalProperties.includes(name2)) {
    throw new Error(`[SECURITY] Invalid name: "${name2}" is a reserved JavaScript keyword that could cause prototype pollution`);
  } else if (DANGEROUS_PROPERTY_NAMES.includes(name2)) {
    return options.onDangerousProperty(name2);
  }
  return name2;
}

// node_modules/fast-xml-parser/src/xmlparser/node2json.js
var METADATA_SYMBOL2 = XmlNode.getMetaDataSymbol();
function stripAttributePrefix(attrs, prefix) {
  if (!attrs || typeof attrs !== "object") return {};
  if (!prefix) return attrs;
  const rawAttrs = {};
  for (const key in attrs) {
    if (key.startsWith(prefix)) {
      const rawName = key.substring(prefix.length);
      rawAttrs[rawName] = attrs[key];
    } else {
      rawAttrs[key] = attrs[key];
    }
  }
  return rawAttrs;
}
function prettify(node, options, matcher, readonlyMatcher) {
  return compress(node, options, matcher, readonlyMatcher);
}
function compress(arr, options, matcher, readonlyMatcher) {
  let text2;
  const compressedObj = {};
  for (let i = 0; i < arr.length; i++) {
    const tagObj = arr[i];
    const property = propName(tagObj);
    if (property !== void 0 && property !== options.textNodeName) {
      const rawAttrs = stripAttributePrefix(
        tagObj[":@"] || {},
        options.attributeNamePrefix
      );
      matcher.push(property, rawAttrs);
    }
    if (property === options.textNodeName) {
      if (text2 === void 0) text2 = tagObj[property];
      else text2 += "" + tagObj[property];
    } else if (property === void 0) {
      continue;
    } else if (tagObj[property]) {
      let val = compress(tagObj[property], options, matcher, readonlyMatcher);
      const isLeaf = isLeafTag(val, options);
      if (Object.keys(val).length === 0 && options.alwaysCreateTextNode) {
        val[options.textNodeName] = "";
      }
      if (tagObj[":@"]) {
        assignAttributes(val, tagObj[":@"], readonlyMatcher, options);
      } else if (Object.keys(val).length === 1 && val[options.textNodeName] !== void 0 && !options.alwaysCreateTextNode) {
        val = val[options.textNodeName];
      } else if (Object.keys(val).length === 0) {
        if (options.alwaysCreateTextNode) val[options.textNodeName] = "";
        else val = "";
      }
      if (tagObj[METADATA_SYMBOL2] !== void 0 && typeof val === "object" && val !== null) {
        val[METADATA_SYMBOL2] = tagObj[METADATA_SYMBOL2];
      }
      if (compressedObj[property] !== void 0 && Object.prototype.hasOwnProperty.call(compressedObj, property)) {
        if (!Array.isArray(compressedObj[property])) {
          compressedObj[property] = [compressedObj[property]];
        }
        compressedObj[property].push(val);
      } else {
        const jPathOrMatcher = options.jPath ? readonlyMatcher.toString() : readonlyMatcher;
        if (options.isArray(property, jPathOrMatcher, isLeaf)) {
          compressedObj[property] = [val];
        } else {
          compressedObj[property] = val;
        }
      }
      if (property !== void 0 && property !== options.textNodeName) {
        matcher.pop();
      }
    }
  }
  if (typeof text2 === "string") {
    if (text2.length > 0) compressedObj[options.textNodeName] = text2;
  } else if (text2 !== void 0) compressedObj[options.textNodeName] = text2;
  return compressedObj;
}
function propName(obj) {
  const keys = Object.keys(obj);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (key !== ":@") return key;
  }
}
function assignAttributes(obj, attrMap, readonlyMatcher, options) {
  if (attrMap) {
    const keys = Object.keys(attrMap);
    const len = keys.length;
    for (let i = 0; i < len; i++) {
      const atrrName = keys[i];
      const rawAttrName = atrrName.startsWith(options.attributeNamePrefix) ? atrrName.substring(options.attributeNamePrefix.length) : atrrName;
      const jPathOrMatcher = options.jPath ? readonlyMatcher.toString() + "." + rawAttrName : readonlyMatcher;
      if (options.isArray(atrrName, jPathOrMatcher, true, true)) {
        obj[atrrName] = [attrMap[atrrName]];
      } else {
        obj[atrrName] = attrMap[atrrName];
      }
    }
  }
}
function isLeafTag(obj, options) {
  const { textNodeName } = options;
  const propCount = Object.keys(obj).length;
  if (propCount === 0) {
    return true;
  }
  if (propCount === 1 && (obj[textNodeName] || typeof obj[textNodeName] === "boolean" || obj[textNodeName] === 0)) {
    return true;
  }
  return false;
}

// node_modules/fast-xml-parser/src/xmlparser/XMLParser.js
var XMLParser = class {
  constructor(options) {
    this.externalEntities = {};
    this.options = buildOptions(options);
  }
  /**
   * Parse XML dats to JS object 
   * @param {string|Uint8Array} xmlData 
   * @param {boolean|Object} validationOption 
   */
  parse(xmlData, validationOption) {
    if (typeof xmlData !== "string" && xmlData.toString) {
      if (xmlData instanceof Uint8Array && !(typeof Buffer !== "undefined" && Buffer.isBuffer(xmlData))) {
        xmlData = new TextDecoder("utf-8", { ignoreBOM: true }).decode(xmlData);
      } else {
        xmlData = xmlData.toString();
      }
    } else if (typeof xmlData !== "string") {
      throw new Error("XML data is accepted in String or Bytes[] form.");
    }
    if (validationOption) {
      if (validationOption === true) validationOption = {};
      const result = validate(xmlData, validationOption);
      if (result !== true) {
        throw Error(`${result.err.msg}:${result.err.line}:${result.err.col}`);
      }
    }
    const orderedObjParser = new OrderedObjParser(this.options, this.externalEntities);
    const orderedResult = orderedObjParser.parseXml(xmlData);
    if (this.options.preserveOrder || orderedResult === void 0) return orderedResult;
    else return prettify(orderedResult, this.options, orderedObjParser.matcher, orderedObjParser.readonlyMatcher);
  }
  /**
   * Add Entity which is not by default supported by this library
   * @param {string} key 
   * @param {string} value 
   */
  addEntity(key, value) {
    if (value.indexOf("&") !== -1) {
      throw new Error("Entity value can't have '&'");
    } else if (key.indexOf("&") !== -1 || key.indexOf(";") !== -1) {
      throw new Error("An entity must be set without '&' and ';'. Eg. use '#xD' for '&#xD;'");
    } else if (value === "&") {
      throw new Error("An entity with value '&' is not permitted");
    } else {
      this.externalEntities[key] = value;
    }
  }
  /**
   * Returns a Symbol that can be used to access the metadata
   * property on a node.
   * 
   * If Symbol is not available in the environment, an ordinary property is used
   * and the name of the property is here returned.
   * 
   * The XMLMetaData property is only present when `captureMetaData`
   * is true in the options.
   */
  static getMetaDataSymbol() {
    return XmlNode.getMetaDataSymbol();
  }
};

// node_modules/fast-xml-validator/src/ValidationError.js
var ValidationError = class extends Error {
  constructor(message, code, line, col) {
    super(message);
    this.name = this.constructor.name;
    this.code = code;
    this.line = line;
    this.col = col;
    Error.captureStackTrace?.(this, this.constructor);
  }
};

// node_modules/fast-xml-validator/src/util.js
function isWhiteSpace2(char) {
  return char === " " || char === "	" || char === "\n" || char === "\r";
}
function isIllegalControlCode(code) {
  return code <= 8 || code === 11 || code === 12 || code >= 14 && code <= 31;
}
function getLineNumberForPosition2(xmlData, index) {
  const lines = xmlData.substring(0, index).split(/\r?\n/);
  return {
    line: lines.length,
    col: lines[lines.length - 1].length + 1
  };
}
function getPositionFromMatch2(match) {
  return match.startIndex + match[1].length;
}

// node_modules/fast-xml-validator/src/validators/XmlNameValidator.js
var XmlNameValidator = class {
  constructor(xmlVersion = "1.0") {
    this.xmlVersion = xmlVersion;
    this.qName = createValidator("qName", { xmlVersion });
    this.name = createValidator("name", { xmlVersion });
  }
  isValidQName(value) {
    return this.qName(value);
  }
  isValidName(value) {
    return this.name(value);
  }
};

// node_modules/fast-xml-validator/src/validators/XmlDeclarationValidator.js
function isWordChar(ch) {
  return ch >= "a" && ch <= "z" || ch >= "A" && ch <= "Z" || ch >= "0" && ch <= "9" || ch === "_";
}
function scanDeclAttributes(declBody) {
  const matches = [];
  let leftover = "";
  const len = declBody.length;
  let i = 0;
  while (i < len) {
    if (!isWhiteSpace2(declBody[i])) {
      leftover += declBody[i];
      i++;
      continue;
    }
    const matchStart = i;
    let p = i;
    while (p < len && isWhiteSpace2(declBody[p])) p++;
    const nameStart = p;
    while (p < len && isWordChar(declBody[p])) p++;
    if (p === nameStart) {
      leftover += declBody.slice(matchStart, p + 1 <= len ? p : len);
      i = p > matchStart ? p : matchStart + 1;
      continue;
    }
    const name2 = declBody.slice(nameStart, p);
    let q = p;
    while (q < len && isWhiteSpace2(declBody[q])) q++;
    if (declBody[q] !== "=") {
      leftover += declBody.slice(matchStart, p);
      i = p;
      continue;
    }
    q++;
    while (q < len && isWhiteSpace2(declBody[q])) q++;
    const quote = declBody[q];
    if (quote !== '"' && quote !== "'") {
      leftover += declBody.slice(matchStart, p);
      i = p;
      continue;
    }
    const valueStart = q + 1;
    const closeIdx = declBody.indexOf(quote, valueStart);
    if (closeIdx === -1) {
      leftover += declBody.slice(matchStart, p);
      i = p;
      continue;
    }
    matches.push({ name: name2, value: declBody.slice(valueStart, closeIdx), index: matchStart });
    i = closeIdx + 1;
  }
  return { matches, leftover };
}
var XmlDeclarationValidator = class {
  constructor(options = {}, throwError) {
    this.optional = options.optional !== void 0 ? options.optional : true;
    this.argPosition = options.argPosition !== void 0 ? options.argPosition : options.argPostion !== void 0 ? options.argPostion : true;
    this._throwError = throwError;
  }
  /**
   * @param {string} xmlData - full document (BOM already stripped)
   * @returns {{ version: string, end: number }} version defaults to '1.0'
   *   and end is 0 when there is no declaration present.
   */
  validate(xmlData) {
    const hasDecl = xmlData.startsWith("<?xml");
    if (!hasDecl) {
      if (!this.optional) {
        this._throwError("InvalidXml", "XML declaration is required but missing.", { line: 1, col: 1 });
      }
      return { version: "1.0", end: 0 };
    }
    const piEnd = xmlData.indexOf("?>");
    if (piEnd === -1) {
      this._throwError("InvalidXml", 'XML declaration is not closed with "?>".', { line: 1, col: 1 });
    }
    const declBody = xmlData.substring(5, piEnd);
    const end = piEnd + 2;
    const ALLOWED = ["version", "encoding", "standalone"];
    const { matches: declAttrs, leftover } = scanDeclAttributes(declBody);
    let version = "1.0";
    let lastAllowedIdx = -1;
    for (let m = 0; m < declAttrs.length; m++) {
      const attrName = declAttrs[m].name;
      const attrValue2 = declAttrs[m].value;
      const attrPos = declAttrs[m].index;
      const allowedIdx = ALLOWED.indexOf(attrName);
      if (allowedIdx === -1) {
        this._throwError(
          "InvalidXml",
          'XML declaration contains unknown attribute "' + attrName + '". Allowed: version, encoding, standalone.',
          { line: 1, col: 6 + attrPos }
        );
      }
      if (this.argPosition && allowedIdx <= lastAllowedIdx) {
        this._throwError(
          "InvalidXml",
          'XML declaration attribute "' + attrName + '" is out of order. Required order: version, encoding, standalone.',
          { line: 1, col: 6 + attrPos }
        );
      }
      lastAllowedIdx = allowedIdx;
      if (attrName === "version") {
        if (attrValue2 !== "1.0" && attrValue2 !== "1.1") {
          this._throwError(
            "InvalidXml",
            'XML declaration version "' + attrValue2 + '" is not supported. Must be "1.0" or "1.1".',
            { line: 1, col: 6 + attrPos }
          );
        }
        version = attrValue2;
      } else if (attrName === "standalone") {
        if (attrValue2 !== "yes" && attrValue2 !== "no") {
          this._throwError(
            "InvalidXml",
            'XML declaration standalone "' + attrValue2 + '" is invalid. Must be "yes" or "no".',
            { line: 1, col: 6 + attrPos }
          );
        }
      }
    }
    const trimmedLeftover = leftover.trim();
    if (trimmedLeftover.length > 0) {
      this._throwError(
        "InvalidXml",
        'XML declaration contains invalid content: "' + trimmedLeftover + '".',
        { line: 1, col: 1 }
      );
    }
    return { version, end };
  }
};

// node_modules/fast-xml-validator/src/validators/ControlCharValidator.js
var ControlCharValidator = class {
  /**
   * Scan `str` for the first illegal control character.
   * @param {string} str
   * @returns {number} local index (within `str`) of the first offending
   *   character, or -1 if none found.
   */
  static findIllegalIndex(str) {
    const len = str.length;
    for (let i = 0; i < len; i++) {
      if (isIllegalControlCode(str.charCodeAt(i))) return i;
    }
    return -1;
  }
  /**
   * @param {string} str
   * @returns {boolean}
   */
  static hasIllegalChar(str) {
    return this.findIllegalIndex(str) !== -1;
  }
  /**
   * Convenience formatter for error messages.
   * @param {number} code - char code
   */
  static describe(code) {
    return `0x${code.toString(16).padStart(2, "0")}`;
  }
};

// node_modules/fast-xml-validator/src/validators/AttributeStringValidator.js
function scanAttributeTokens2(attrStr) {
  const tokens = [];
  const len = attrStr.length;
  let i = 0;
  while (i < len) {
    const tokenStart = i;
    while (i < len && isWhiteSpace2(attrStr[i])) i++;
    if (i >= len) break;
    if (attrStr[i] === "=") {
      i = tokenStart + 1;
      continue;
    }
    const leadingWs = attrStr.slice(tokenStart, i);
    const nameStart = i;
    while (i < len && !isWhiteSpace2(attrStr[i]) && attrStr[i] !== "=") i++;
    const name2 = attrStr.slice(nameStart, i);
    let equalsGroup;
    let j = i;
    while (j < len && isWhiteSpace2(attrStr[j])) j++;
    if (j < len && attrStr[j] === "=") {
      equalsGroup = attrStr.slice(i, j + 1);
      i = j + 1;
    }
    let quoteChar;
    let value;
    let k = i;
    while (k < len && isWhiteSpace2(attrStr[k])) k++;
    if (k < len && (attrStr[k] === '"' || attrStr[k] === "'")) {
      const valueStart = k + 1;
      const closeIdx = attrStr.indexOf(attrStr[k], valueStart);
      if (closeIdx !== -1) {
        quoteChar = attrStr[k];
        value = attrStr.slice(valueStart, closeIdx);
        i = closeIdx + 1;
      }
    }
    const token = { startIndex: tokenStart };
    token[1] = leadingWs;
    token[2] = name2;
    token[3] = equalsGroup;
    token[4] = quoteChar !== void 0 ? true : void 0;
    token[5] = quoteChar;
    token[6] = value;
    tokens.push(token);
  }
  return tokens;
}
var AttributeStringValidator = class {
  /**
   * @param {object} options - the full validation options object
   * @param {import('./XmlNameValidator.js').default} nameValidator
   * @param {string} xmlVersion
   */
  constructor(options, nameValidator, xmlVersion) {
    this.options = options;
    this.nameValidator = nameValidator;
    this.xmlVersion = xmlVersion;
  }
  /**
   * @param {string} attrStr
   * @returns {true | { err: { code: string, msg: string, line: number } }}
   */
  validate(attrStr) {
    const matches = scanAttributeTokens2(attrStr);
    const attrNames = {};
    const checkAttrLt = this.options.invalidCharSequence?.attrLt === true;
    for (let i = 0; i < matches.length; i++) {
      const m = matches[i];
      if (m[1].length === 0) {
        return this._err("InvalidAttr", "Attribute '" + m[2] + "' has no space in starting.", m);
      }
      const hasEquals = m[3] !== void 0;
      const hasQuotedValue = m[4] !== void 0;
      if (hasEquals && !hasQuotedValue) {
        return this._err(
          "UnquotedAttributeValue",
          "Attribute '" + m[2] + "' is without value.",
          m
        );
      } else if (!hasEquals && !this.options.allowBooleanAttributes) {
        return this._err("InvalidAttr", "boolean attribute '" + m[2] + "' is not allowed.", m);
      }
      const attrName = m[2];
      if (!this.nameValidator.isValidQName(attrName)) {
        return this._err("InvalidAttr", "Attribute '" + attrName + "' is an invalid name.", m);
      }
      const attrValue2 = m[6] || "";
      if (hasQuotedValue) {
        const illegalIdx = ControlCharValidator.findIllegalIndex(attrValue2);
        if (illegalIdx !== -1) {
          const code = attrValue2.charCodeAt(illegalIdx);
          return this._err(
            "IllegalCharacter",
            `Illegal control character ${ControlCharValidator.describe(code)} in attribute '${attrName}' value.`,
            m
          );
        }
        if (checkAttrLt && attrValue2.indexOf("<") !== -1) {
          return this._err("InvalidAttr", `Attribute '${attrName}' value must not contain '<'.`, m);
        }
      }
      if (attrName.startsWith("xmlns:") && m[6] === "" && this.xmlVersion === "1.0") {
        return this._err(
          "InvalidAttr",
          `Undeclaring the prefixed namespace ${attrName}="" is only permitted in XML 1.1 documents.`,
          m
        );
      }
      if (!Object.prototype.hasOwnProperty.call(attrNames, attrName)) {
        attrNames[attrName] = 1;
      } else {
        return this._err("InvalidAttr", "Attribute '" + attrName + "' is repeated.", m);
      }
    }
    return true;
  }
  _err(code, msg, match) {
    return { err: { code, msg, line: getPositionFromMatch2(match) } };
  }
};

// node_modules/fast-xml-validator/src/validators/CommentCdataReader.js
var CommentCdataReader = class {
  constructor(options = {}) {
    this.checkCommentDashes = options.invalidCharSequence?.comment === true;
  }
  /**
   * @param {string} xmlData
   * @param {number} i - index of the '!' character
   * @param {import('./DocTypeValidator.js').default} docTypeValidator
   * @returns {number} index of the last character consumed
   */
  read(xmlData, i, docTypeValidator) {
    if (xmlData.length > i + 2 && xmlData[i + 1] === "-" && xmlData[i + 2] === "-") {
      return this._readComment(xmlData, i);
    } else if (xmlData.length > i + 7 && xmlData[i + 1] === "D" && xmlData[i + 2] === "O" && xmlData[i + 3] === "C" && xmlData[i + 4] === "T" && xmlData[i + 5] === "Y" && xmlData[i + 6] === "P" && xmlData[i + 7] === "E") {
      return docTypeValidator.validateDocType(xmlData, i - 1);
    } else if (xmlData.length > i + 8 && xmlData[i + 1] === "[" && xmlData[i + 2] === "C" && xmlData[i + 3] === "D" && xmlData[i + 4] === "A" && xmlData[i + 5] === "T" && xmlData[i + 6] === "A" && xmlData[i + 7] === "[") {
      return this._readCdata(xmlData, i);
    } else {
      throw new Error("Invalid construct starting with '<!'.");
    }
  }
  _readComment(xmlData, i) {
    const bodyStart = i + 3;
    for (i = bodyStart; i < xmlData.length; i++) {
      if (xmlData[i] === "-" && xmlData[i + 1] === "-" && xmlData[i + 2] === ">") {
        i += 2;
        break;
      }
    }
    if (xmlData[i] !== ">") {
      throw new Error('Comment is not closed with "-->".');
    }
    const body = xmlData.substring(bodyStart, i - 2);
    const illegalIdx = ControlCharValidator.findIllegalIndex(body);
    if (illegalIdx !== -1) {
      const code = body.charCodeAt(illegalIdx);
      throw new Error(`Illegal control character ${ControlCharValidator.describe(code)} in comment.`);
    }
    if (this.checkCommentDashes && body.indexOf("--") !== -1) {
      throw new Error(`Comment must not contain '--'.`);
    }
    return i;
  }
  _readCdata(xmlData, i) {
    const bodyStart = i + 8;
    for (i = bodyStart; i < xmlData.length; i++) {
      if (xmlData[i] === "]" && xmlData[i + 1] === "]" && xmlData[i + 2] === ">") {
        i += 2;
        break;
      }
    }
    if (xmlData[i] !== ">") {
      throw new Error('CDATA section is not closed with "]]>".');
    }
    const body = xmlData.substring(bodyStart, i - 2);
    const illegalIdx = ControlCharValidator.findIllegalIndex(body);
    if (illegalIdx !== -1) {
      const code = body.charCodeAt(illegalIdx);
      throw new Error(`Illegal control character ${ControlCharValidator.describe(code)} in CDATA section.`);
    }
    return i;
  }
};

// node_modules/fast-xml-validator/src/validators/SkipTagMatcher.js
var SkipTagMatcher = class {
  /**
   * @param {Array<string>} [skipTags]
   */
  constructor(skipTags = []) {
    this._expressions = skipTags.map((expr) => new Expression(expr));
    this._matcher = new Matcher();
    this._enabled = this._expressions.length > 0;
  }
  get enabled() {
    return this._enabled;
  }
  /**
   * Push the tag currently being opened onto the path and report whether it
   * (and its whole subtree) should be skipped.
   * @param {string} tagName
   * @param {Record<string,string>} [rawAttributes] - for `[attr=value]` conditions
   * @returns {boolean}
   */
  push(tagName, rawAttributes) {
    if (!this._enabled) return false;
    this._matcher.push(tagName, rawAttributes || null);
    for (let i = 0; i < this._expressions.length; i++) {
      if (this._matcher.matches(this._expressions[i])) return true;
    }
    return false;
  }
  /** Pop the most recently pushed tag off the path (tag fully closed). */
  pop() {
    if (!this._enabled) return;
    this._matcher.pop();
  }
};

// node_modules/fast-xml-validator/src/validators/RawSubtreeReader.js
var RawSubtreeReader = class {
  /**
   * @param {string} xmlData
   * @param {string} tagName
   * @param {number} i - index right after the opening tag's '>'
   * @returns {number} index of the matching closing tag's own '>'
   */
  static consume(xmlData, tagName, i) {
    const needle = "</" + tagName;
    let searchFrom = i;
    while (true) {
      const idx = xmlData.indexOf(needle, searchFrom);
      if (idx === -1) {
        throw new Error(`Unclosed skipped tag '${tagName}'.`);
      }
      let j = idx + needle.length;
      while (j < xmlData.length && /\s/.test(xmlData[j])) j++;
      if (xmlData[j] === ">") {
        return j;
      }
      searchFrom = idx + needle.length;
    }
  }
};

// node_modules/fast-xml-validator/src/validators/DocTypeValidator.js
var defaultOptions3 = {
  maxEntityCount: Infinity,
  maxEntitySize: Infinity
};
var DocTypeValidator = class {
  constructor(options, xmlVersion = "1.0") {
    this.options = Object.assign({}, defaultOptions3, options);
    this.suppressValidationErr = !options;
    this.xmlVersion = xmlVersion;
  }
  validateDocType(xmlData, i) {
    if (xmlData[i + 3] !== "O" || xmlData[i + 4] !== "C" || xmlData[i + 5] !== "T" || xmlData[i + 6] !== "Y" || xmlData[i + 7] !== "P" || xmlData[i + 8] !== "E") {
      throw new Error(`Invalid Tag instead of DOCTYPE`);
    }
    i += 9;
    let angleBracketsCount = 1;
    let hasBody = false;
    let comment = false;
    let quoteChar = null;
    let entityCount = 0;
    for (; i < xmlData.length; i++) {
      if (quoteChar !== null) {
        if (xmlData[i] === quoteChar) quoteChar = null;
        continue;
      }
      if (!hasBody && !comment && (xmlData[i] === '"' || xmlData[i] === "'")) {
        quoteChar = xmlData[i];
        continue;
      }
      if (xmlData[i] === "<" && !comment) {
        if (hasBody && hasSeq2(xmlData, "!ENTITY", i)) {
          i += 7;
          [entityCount, i] = this._validateEntityExp(xmlData, i + 1, entityCount);
        } else if (hasBody && hasSeq2(xmlData, "!ELEMENT", i)) {
          i += 8;
          i = this._validateElementExp(xmlData, i + 1);
        } else if (hasBody && hasSeq2(xmlData, "!ATTLIST", i)) {
          i += 8;
          i = this._validateAttlistExp(xmlData, i + 1);
          continue;
        } else if (hasBody && hasSeq2(xmlData, "!NOTATION", i)) {
          i += 9;
          i = this._validateNotationExp(xmlData, i + 1);
        } else if (hasSeq2(xmlData, "!--", i)) {
          comment = true;
        } else {
          throw new Error(`Invalid DOCTYPE`);
        }
        angleBracketsCount++;
      } else if (xmlData[i] === ">") {
        if (comment) {
          if (xmlData[i - 1] === "-" && xmlData[i - 2] === "-") {
            comment = false;
            angleBracketsCount--;
          }
        } else {
          angleBracketsCount--;
        }
        if (angleBracketsCount === 0) break;
      } else if (xmlData[i] === "[") {
        hasBody = true;
      }
    }
    if (quoteChar !== null || angleBracketsCount !== 0) {
      throw new Error(`Unclosed DOCTYPE`);
    }
    return i;
  }
  _validateEntityExp(xmlData, i, entityCount) {
    i = skipWhitespace2(xmlData, i);
    const nameStart = i;
    while (i < xmlData.length && !/\s/.test(xmlData[i]) && xmlData[i] !== '"' && xmlData[i] !== "'") {
      i++;
    }
    const entityName = xmlData.substring(nameStart, i);
    validateName(entityName, this.xmlVersion);
    i = skipWhitespace2(xmlData, i);
    if (!this.suppressValidationErr) {
      if (xmlData.substring(i, i + 6).toUpperCase() === "SYSTEM") {
        throw new Error("External entities are not supported");
      } else if (xmlData[i] === "%") {
        throw new Error("Parameter entities are not supported");
      }
    }
    let entityValue;
    [i, entityValue] = readQuotedValue(xmlData, i, "entity");
    const { maxEntitySize, maxEntityCount } = this.options;
    if (entityValue.length > maxEntitySize) {
      throw new Error(
        `Entity "${entityName}" size (${entityValue.length}) exceeds maximum allowed size (${maxEntitySize})`
      );
    }
    if (entityValue.indexOf("&") === -1) {
      entityCount++;
      if (entityCount > maxEntityCount) {
        throw new Error(
          `Entity count (${entityCount}) exceeds maximum allowed (${maxEntityCount})`
        );
      }
    }
    return [entityCount, i - 1];
  }
  _validateNotationExp(xmlData, i) {
    i = skipWhitespace2(xmlData, i);
    const nameStart = i;
    while (i < xmlData.length && !/\s/.test(xmlData[i])) i++;
    const notationName = xmlData.substring(nameStart, i);
    !this.suppressValidationErr && validateName(notationName, this.xmlVersion);
    i = skipWhitespace2(xmlData, i);
    const identifierType = xmlData.substring(i, i + 6).toUpperCase();
    if (!this.suppressValidationErr && identifierType !== "SYSTEM" && identifierType !== "PUBLIC") {
      throw new Error(`Expected SYSTEM or PUBLIC, found "${identifierType}"`);
    }
    i += identifierType.length;
    i = skipWhitespace2(xmlData, i);
    if (identifierType === "PUBLIC") {
      [i] = readQuotedValue(xmlData, i, "publicIdentifier");
      i = skipWhitespace2(xmlData, i);
      if (xmlData[i] === '"' || xmlData[i] === "'") {
        [i] = readQuotedValue(xmlData, i, "systemIdentifier");
      }
    } else if (identifierType === "SYSTEM") {
      [i] = readQuotedValue(xmlData, i, "systemIdentifier");
    }
    return --i;
  }
  _validateElementExp(xmlData, i) {
    i = skipWhitespace2(xmlData, i);
    const nameStart = i;
    while (i < xmlData.length && !/\s/.test(xmlData[i])) i++;
    const elementName = xmlData.substring(nameStart, i);
    if (!this.suppressValidationErr && !name(elementName, { xmlVersion: this.xmlVersion })) {
      throw new Error(`Invalid element name: "${elementName}"`);
    }
    i = skipWhitespace2(xmlData, i);
    if (xmlData[i] === "E" && hasSeq2(xmlData, "MPTY", i)) {
      i += 4;
    } else if (xmlData[i] === "A" && hasSeq2(xmlData, "NY", i)) {
      i += 2;
    } else if (xmlData[i] === "(") {
      i++;
      while (i < xmlData.length && xmlData[i] !== ")") i++;
      if (xmlData[i] !== ")") throw new Error("Unterminated content model");
    } else if (!this.suppressValidationErr) {
      throw new Error(`Invalid Element Expression, found "${xmlData[i]}"`);
    }
    return i;
  }
  _validateAttlistExp(xmlData, i) {
    i = skipWhitespace2(xmlData, i);
    const elemNameStart = i;
    while (i < xmlData.length && !/\s/.test(xmlData[i])) i++;
    const elementName = xmlData.substring(elemNameStart, i);
    validateName(elementName, this.xmlVersion);
    i = skipWhitespace2(xmlData, i);
    const attrNameStart = i;
    while (i < xmlData.length && !/\s/.test(xmlData[i])) i++;
    const attributeName = xmlData.substring(attrNameStart, i);
    validateName(attributeName, this.xmlVersion);
    i = skipWhitespace2(xmlData, i);
    if (xmlData.substring(i, i + 8).toUpperCase() === "NOTATION") {
      i += 8;
      i = skipWhitespace2(xmlData, i);
      if (xmlData[i] !== "(") throw new Error(`Expected '(', found "${xmlData[i]}"`);
      i++;
      while (i < xmlData.length && xmlData[i] !== ")") {
        const notationStart = i;
        while (i < xmlData.length && xmlData[i] !== "|" && xmlData[i] !== ")") i++;
        const notation = xmlData.substring(notationStart, i).trim();
        validateName(notation, this.xmlVersion);
        if (xmlData[i] === "|") {
          i++;
          i = skipWhitespace2(xmlData, i);
        }
      }
      if (xmlData[i] !== ")") throw new Error("Unterminated list of notations");
      i++;
    } else {
      const typeStart = i;
      while (i < xmlData.length && !/\s/.test(xmlData[i])) i++;
      const attributeType = xmlData.substring(typeStart, i);
      const validTypes = ["CDATA", "ID", "IDREF", "IDREFS", "ENTITY", "ENTITIES", "NMTOKEN", "NMTOKENS"];
      if (!this.suppressValidationErr && !validTypes.includes(attributeType.toUpperCase())) {
        throw new Error(`Invalid attribute type: "${attributeType}"`);
      }
    }
    i = skipWhitespace2(xmlData, i);
    if (xmlData.substring(i, i + 9).toUpperCase() === "#REQUIRED") {
      i += 9;
    } else if (xmlData.substring(i, i + 8).toUpperCase() === "#IMPLIED") {
      i += 8;
    } else {
      [i] = readQuotedValue(xmlData, i, "ATTLIST default value");
    }
    return i;
  }
};
function skipWhitespace2(data, index) {
  while (index < data.length && /\s/.test(data[index])) index++;
  return index;
}
function hasSeq2(data, seq, i) {
  for (let j = 0; j < seq.length; j++) {
    if (seq[j] !== data[i + j + 1]) return false;
  }
  return true;
}
function validateName(name2, xmlVersion = "1.0") {
  if (!name(name2, { xmlVersion })) throw new Error(`Invalid entity name "${name2}"`);
}
function readQuotedValue(xmlData, i, type) {
  const startChar = xmlData[i];
  if (startChar !== '"' && startChar !== "'") {
    throw new Error(`Expected quoted string for ${type}, found "${startChar}"`);
  }
  i++;
  const start = i;
  while (i < xmlData.length && xmlData[i] !== startChar) i++;
  if (xmlData[i] !== startChar) throw new Error(`Unterminated ${type} value`);
  const value = xmlData.substring(start, i);
  return [++i, value];
}

// node_modules/fast-xml-validator/src/SyntaxValidator.js
var defaultOptions4 = {
  allowBooleanAttributes: false,
  unpairedTags: [],
  docType: {
    maxEntityCount: Infinity,
    maxEntitySize: Infinity
  },
  invalidCharSequence: {
    comment: false,
    // '--' inside a comment body
    tagValue: false,
    // ']]>' inside element text content
    attrLt: false
    // '<' inside an attribute value
  },
  xmlDeclaraion: {
    optional: true,
    argPosition: true
  },
  multipleRoots: true,
  skipTags: []
};
var SyntaxValidator = class _SyntaxValidator {
  constructor(options) {
    this.options = mergeOptions(defaultOptions4, options);
  }
  /** Static convenience wrapper — matches the historical fxv v1 API. */
  static validate(xmlData, options) {
    return new _SyntaxValidator(options).validate(xmlData);
  }
  validate(xmlData) {
    const options = this.options;
    const tags = [];
    let tagFound = false;
    let reachedRoot = false;
    let docTypeSeen = false;
    if (xmlData[0] === "\uFEFF") {
      xmlData = xmlData.substr(1);
    }
    const throwError = (code, message, lineNumber) => {
      throw new ValidationError(message, code, lineNumber.line || lineNumber, lineNumber.col);
    };
    const declValidator = new XmlDeclarationValidator(options.xmlDeclaraion, throwError);
    const declResult = declValidator.validate(xmlData);
    const xmlVersion = declResult.version;
    xmlData = xmlData.substring(declResult.end);
    const docTypeValidator = new DocTypeValidator(options.docType, xmlVersion);
    const commentCdataReader = new CommentCdataReader(options);
    const nameValidator = new XmlNameValidator(xmlVersion);
    const attrValidator = new AttributeStringValidator(options, nameValidator, xmlVersion);
    const skipMatcher = new SkipTagMatcher(options.skipTags);
    const checkTagValueSeq = options.invalidCharSequence?.tagValue === true;
    const checkDocTypePlacement = (startBang) => {
      const isDoctype = xmlData.substring(startBang, startBang + 9).toUpperCase() === "<!DOCTYPE";
      if (!isDoctype) return;
      if (docTypeSeen) {
        throwError("InvalidXml", "Multiple DOCTYPE declarations found.", getLineNumberForPosition2(xmlData, startBang));
      }
      if (tagFound || tags.length > 0) {
        throwError("InvalidXml", "DOCTYPE must appear before the root element.", getLineNumberForPosition2(xmlData, startBang));
      }
      docTypeSeen = true;
    };
    for (let i = 0; i < xmlData.length; i++) {
      if (xmlData[i] === "<" && xmlData[i + 1] === "?") {
        i += 2;
        i = this._readPI(xmlData, i, nameValidator, throwError);
      } else if (xmlData[i] === "<") {
        let tagStartPos = i;
        i++;
        if (xmlData[i] === "!") {
          try {
            checkDocTypePlacement(tagStartPos);
            i = commentCdataReader.read(xmlData, i, docTypeValidator);
          } catch (err) {
            throwError("InvalidDocType", err.message, getLineNumberForPosition2(xmlData, i - 1));
          }
          continue;
        } else {
          let closingTag = false;
          if (xmlData[i] === "/") {
            closingTag = true;
            i++;
          }
          let tagName = "";
          for (; i < xmlData.length && xmlData[i] !== ">" && xmlData[i] !== " " && xmlData[i] !== "	" && xmlData[i] !== "\n" && xmlData[i] !== "\r"; i++) {
            tagName += xmlData[i];
          }
          tagName = tagName.trim();
          if (tagName[tagName.length - 1] === "/") {
            tagName = tagName.substring(0, tagName.length - 1);
            i--;
          }
          if (!nameValidator.isValidQName(tagName)) {
            let msg;
            if (tagName.trim().length === 0) {
              msg = "Invalid space after '<'.";
            } else {
              msg = "Tag '" + tagName + "' is an invalid name.";
            }
            throwError("InvalidTag", msg, getLineNumberForPosition2(xmlData, tagStartPos));
          }
          const result = this._readAttributeStr(xmlData, i);
          if (result === false) {
            throwError("InvalidAttr", "Attributes for '" + tagName + "' have open quote.", getLineNumberForPosition2(xmlData, i));
          }
          let attrStr = result.value;
          i = result.index;
          if (attrStr[attrStr.length - 1] === "/") {
            const attrStrStart = i - attrStr.length;
            attrStr = attrStr.substring(0, attrStr.length - 1);
            const isValid = attrValidator.validate(attrStr);
            if (isValid === true) {
              if (reachedRoot === true && !options.multipleRoots) {
                throwError("InvalidXml", "Multiple possible root nodes found.", getLineNumberForPosition2(xmlData, tagStartPos));
              }
              tagFound = true;
              if (tags.length === 0) {
                reachedRoot = true;
              }
              skipMatcher.push(tagName);
              skipMatcher.pop();
            } else {
              throwError(isValid.err.code, isValid.err.msg, getLineNumberForPosition2(xmlData, attrStrStart + isValid.err.line));
            }
          } else if (closingTag) {
            if (!result.tagClosed) {
              throwError("InvalidTag", "Closing tag '" + tagName + "' doesn't have proper closing.", getLineNumberForPosition2(xmlData, i));
            } else if (attrStr.trim().length > 0) {
              throwError("InvalidTag", "Closing tag '" + tagName + "' can't have attributes or invalid starting.", getLineNumberForPosition2(xmlData, tagStartPos));
            } else if (tags.length === 0) {
              throwError("InvalidTag", "Closing tag '" + tagName + "' has not been opened.", getLineNumberForPosition2(xmlData, tagStartPos));
            } else {
              const otg = tags.pop();
              if (tagName !== otg.tagName) {
                let openPos = getLineNumberForPosition2(xmlData, otg.tagStartPos);
                throwError(
                  "InvalidTag",
                  "Expected closing tag '" + otg.tagName + "' (opened in line " + openPos.line + ", col " + openPos.col + ") instead of closing tag '" + tagName + "'.",
                  getLineNumberForPosition2(xmlData, tagStartPos)
                );
              }
              skipMatcher.pop();
              if (tags.length === 0) {
                reachedRoot = true;
              }
            }
          } else {
            const skip = skipMatcher.push(tagName);
            if (!skip) {
              const isValid = attrValidator.validate(attrStr);
              if (isValid !== true) {
                throwError(isValid.err.code, isValid.err.msg, getLineNumberForPosition2(xmlData, i - attrStr.length + isValid.err.line));
              }
            }
            if (reachedRoot === true && !options.multipleRoots) {
              throwError("InvalidXml", "Multiple possible root nodes found.", getLineNumberForPosition2(xmlData, i));
            } else if (options.unpairedTags.indexOf(tagName) !== -1) {
              skipMatcher.pop();
            } else if (skip) {
              i = RawSubtreeReader.consume(xmlData, tagName, i + 1);
              skipMatcher.pop();
              if (tags.length === 0) reachedRoot = true;
              tagFound = true;
              continue;
            } else {
              tags.push({ tagName, tagStartPos });
            }
            tagFound = true;
          }
          let prevTwo = "";
          for (i++; i < xmlData.length; i++) {
            if (xmlData[i] === "<") {
              if (xmlData[i + 1] === "!") {
                i++;
                try {
                  checkDocTypePlacement(i - 1);
                  i = commentCdataReader.read(xmlData, i, docTypeValidator);
                } catch (err) {
                  throwError("InvalidDocType", err.message, getLineNumberForPosition2(xmlData, i - 1));
                }
                prevTwo = "";
                continue;
              } else if (xmlData[i + 1] === "?") {
                i += 2;
                i = this._readPI(xmlData, i, nameValidator, throwError);
                prevTwo = "";
              } else {
                break;
              }
            } else if (xmlData[i] === "&") {
              const afterAmp = this._validateAmpersand(xmlData, i);
              if (afterAmp === -1)
                throwError("InvalidChar", "char '&' is not expected.", getLineNumberForPosition2(xmlData, i));
              i = afterAmp;
              prevTwo = "";
            } else {
              const code = xmlData.charCodeAt(i);
              if (isIllegalControlCode(code)) {
                throwError("IllegalCharacter", `Illegal control character ${ControlCharValidator.describe(code)} in document content.`, getLineNumberForPosition2(xmlData, i));
              }
              if (reachedRoot === true && tags.length === 0 && !isWhiteSpace2(xmlData[i])) {
                throwError("InvalidXml", "Extra text at the end", getLineNumberForPosition2(xmlData, i));
              }
              if (checkTagValueSeq) {
                prevTwo = (prevTwo + xmlData[i]).slice(-2);
                if (prevTwo === "]]" && xmlData[i + 1] === ">") {
                  throwError("InvalidXml", "Element text content must not contain ']]>'.", getLineNumberForPosition2(xmlData, i - 1));
                }
              }
            }
          }
          if (xmlData[i] === "<") {
            i--;
          }
        }
      } else {
        if (isWhiteSpace2(xmlData[i])) {
          continue;
        }
        if (reachedRoot) {
          throwError("InvalidXml", "Extra text at the end: '" + xmlData[i] + "' is not expected.", getLineNumberForPosition2(xmlData, i));
        }
        throwError("InvalidChar", "char '" + xmlData[i] + "' is not expected.", getLineNumberForPosition2(xmlData, i));
      }
    }
    if (!tagFound) {
      throwError("InvalidXml", "Start tag expected.", { line: 1, col: 1 });
    } else if (tags.length === 1) {
      throwError("InvalidTag", "Unclosed tag '" + tags[0].tagName + "'.", getLineNumberForPosition2(xmlData, tags[0].tagStartPos));
    } else if (tags.length > 0) {
      throwError("InvalidXml", "Invalid '" + JSON.stringify(tags.map((t) => t.tagName)).replace(/\r?\n/g, "") + "' found.", { line: 1, col: 1 });
    }
    return true;
  }
  _readPI(xmlData, i, nameValidator, throwError) {
    const piStart = i;
    const nameStart = i;
    let nameValidated = false;
    for (; i < xmlData.length; i++) {
      const ch = xmlData[i];
      if (!nameValidated && (ch === " " || ch === "?")) {
        const piName = xmlData.substr(nameStart, i - nameStart);
        nameValidated = true;
        if (piName.toLowerCase() === "xml") {
          throwError(
            "InvalidXml",
            "XML declaration allowed only at the start of the document.",
            getLineNumberForPosition2(xmlData, piStart - 2)
          );
        } else if (!nameValidator.isValidName(piName)) {
          throwError(
            "InvalidXml",
            `Processing instruction target "${piName}" is not a valid XML Name.`,
            getLineNumberForPosition2(xmlData, piStart - 2)
          );
        }
      }
      if (ch === "?" && xmlData[i + 1] === ">") {
        i++;
        return i;
      }
    }
    throwError(
      "InvalidXml",
      'Processing instruction is not closed with "?>".',
      getLineNumberForPosition2(xmlData, piStart - 2)
    );
  }
  _readAttributeStr(xmlData, i) {
    let attrStr = "";
    let startChar = "";
    let tagClosed = false;
    for (; i < xmlData.length; i++) {
      if (xmlData[i] === '"' || xmlData[i] === "'") {
        if (startChar === "") {
          startChar = xmlData[i];
        } else if (startChar !== xmlData[i]) {
        } else {
          startChar = "";
        }
      } else if (xmlData[i] === ">") {
        if (startChar === "") {
          tagClosed = true;
          break;
        }
      }
      attrStr += xmlData[i];
    }
    if (startChar !== "") {
      return false;
    }
    return { value: attrStr, index: i, tagClosed };
  }
  _validateNumberAmpersand(xmlData, i) {
    let re = /\d/;
    if (xmlData[i] === "x") {
      i++;
      re = /[\da-fA-F]/;
    }
    for (; i < xmlData.length; i++) {
      if (xmlData[i] === ";") return i;
      if (!xmlData[i].match(re)) break;
    }
    return -1;
  }
  _validateAmpersand(xmlData, i) {
    i++;
    if (xmlData[i] === ";") return -1;
    if (xmlData[i] === "#") {
      i++;
      return this._validateNumberAmpersand(xmlData, i);
    }
    let count = 0;
    for (; i < xmlData.length; i++, count++) {
      if (xmlData[i].match(/\w/) && count < 20) continue;
      if (xmlData[i] === ";") break;
      return -1;
    }
    return i;
  }
};
function mergeOptions(defaults, options) {
  const merged = Object.assign({}, defaults, options);
  merged.docType = Object.assign({}, defaults.docType, options?.docType);
  merged.invalidCharSequence = Object.assign({}, defaults.invalidCharSequence, options?.invalidCharSequence);
  merged.xmlDeclaraion = Object.assign(
    {},
    defaults.xmlDeclaraion,
    options?.xmlDeclaraion,
    options?.xmlDeclaration
    // accept the correctly-spelled alias too
  );
  merged.skipTags = options?.skipTags || defaults.skipTags;
  return merged;
}

// node_modules/@nodable/compact-builder/src/ParserOptionsBuilder.js
var defaultOptions5 = {
  nameFor: {
    // text: "#text",
    // comment: "",
    // cdata: "",
  },
  skip: {
    // declaration: false,
    // pi: false,
    // attributes: true,
    // cdata: false,
    // comment: false,
    // nsPrefix: false,
    // tags: false,
  },
  tags: {
    valueParsers: []
    // stopNodes: [],
  },
  attributes: {
    // prefix: "@_",
    // suffix: "",
    // groupBy: "",
    valueParsers: []
  },
  textJoint: "",
  /**
   * Array of strings (tag names) or Expression objects.
   * Any match votes true; no match abstains (does not veto).
   * Combined with forceArray using equal-priority voting:
   * - Either explicit false → false (veto wins)
   * - Any true, none false → true
   * - All abstain → false (default)
   */
  alwaysArray: [],
  /**
   * Function to determine if a tag should be forced into an array.
   * Called with (matcher, isLeafNode) where:
   * - matcher: ReadOnlyMatcher - path matcher for current tag
   * - isLeafNode: boolean|null - null when not yet determinable
   * Returns: boolean - true to force array, false to veto, undefined to abstain
   */
  forceArray: null,
  /**
   * Boolean flag that forces creation of a text node for every tag.
   * When true, a text node is always created under nameFor.text even if
   * the tag has no other children or attributes.
   * Default: false (text node created only when tag has attributes or children)
   */
  forceTextNode: false
};
var defaultTagParsers = ["ws", "entity", "boolean", "number"];
var defaultAttrParsers = ["entity", "number", "boolean"];
function buildOptions2(options) {
  const finalOptions = deepClone(defaultOptions5);
  if (!options || options.tags?.valueParsers === void 0) {
    finalOptions.tags.valueParsers = [...defaultTagParsers];
  }
  if (!options || options.attributes?.valueParsers === void 0) {
    finalOptions.attributes.valueParsers = [...defaultAttrParsers];
  }
  const alwaysArraySource = Array.isArray(options?.alwaysArray) ? options.alwaysArray : finalOptions.alwaysArray;
  const alwaysArraySet = new ExpressionSet();
  for (const entry of alwaysArraySource) {
    normalizeEntry(entry, "alwaysArray", alwaysArraySet);
  }
  alwaysArraySet.seal();
  finalOptions._alwaysArraySet = alwaysArraySet;
  if (options) {
    copyProperties(finalOptions, options);
  }
  return finalOptions;
}
function deepClone(obj) {
  if (obj === null || typeof obj !== "object") return obj;
  if (Array.isArray(obj)) return obj.map(deepClone);
  const clone = {};
  for (const key of Object.keys(obj)) {
    clone[key] = deepClone(obj[key]);
  }
  return clone;
}
function copyProperties(target, source) {
  for (const key of Object.keys(source)) {
    if (key === "__proto__" || key === "constructor" || key === "prototype") continue;
    if (typeof source[key] === "function") {
      target[key] = source[key];
    } else if (Array.isArray(source[key])) {
      target[key] = source[key];
    } else if (typeof source[key] === "object" && source[key] !== null) {
      if (typeof target[key] !== "object" || target[key] === null) {
        target[key] = {};
      }
      copyProperties(target[key], source[key]);
    } else {
      target[key] = source[key];
    }
  }
}
function normalizeEntry(entry, optionName, set) {
  let pattern;
  if (typeof entry === "string") {
    if (entry.length === 0) throw new Error(`${optionName} expression cannot be empty`);
    pattern = entry;
  } else if (typeof entry?.pattern === "string" && entry.pattern.length > 0 && Array.isArray(entry?.segments)) {
    pattern = entry.toString();
  } else {
    throw new Error(
      `Invalid ${optionName} entry: expected a string, or Expression.`
    );
  }
  const expr = new Expression(pattern);
  set.add(expr);
  return expr;
}

// node_modules/@nodable/base-output-builder/node_modules/@nodable/entities/src/entities.js
var BASIC_LATIN2 = {
  amp: "&",
  AMP: "&",
  lt: "<",
  LT: "<",
  gt: ">",
  GT: ">",
  quot: '"',
  QUOT: '"',
  apos: "'",
  lsquo: "\u2018",
  rsquo: "\u2019",
  ldquo: "\u201C",
  rdquo: "\u201D",
  lsquor: "\u201A",
  rsquor: "\u2019",
  ldquor: "\u201E",
  bdquo: "\u201E",
  comma: ",",
  period: ".",
  colon: ":",
  semi: ";",
  excl: "!",
  quest: "?",
  num: "#",
  dollar: "$",
  percent: "%",
  ast: "*",
  commat: "@",
  lowbar: "_",
  verbar: "|",
  vert: "|",
  sol: "/",
  bsol: "\\",
  lbrace: "{",
  rbrace: "}",
  lbrack: "[",
  rbrack: "]",
  lpar: "(",
  rpar: ")",
  nbsp: "\xA0",
  iexcl: "\xA1",
  cent: "\xA2",
  pound: "\xA3",
  curren: "\xA4",
  yen: "\xA5",
  brvbar: "\xA6",
  sect: "\xA7",
  uml: "\xA8",
  copy: "\xA9",
  COPY: "\xA9",
  ordf: "\xAA",
  laquo: "\xAB",
  not: "\xAC",
  shy: "\xAD",
  reg: "\xAE",
  REG: "\xAE",
  macr: "\xAF",
  deg: "\xB0",
  plusmn: "\xB1",
  sup2: "\xB2",
  sup3: "\xB3",
  acute: "\xB4",
  micro: "\xB5",
  para: "\xB6",
  middot: "\xB7",
  cedil: "\xB8",
  sup1: "\xB9",
  ordm: "\xBA",
  raquo: "\xBB",
  frac14: "\xBC",
  frac12: "\xBD",
  half: "\xBD",
  frac34: "\xBE",
  iquest: "\xBF",
  times: "\xD7",
  div: "\xF7",
  divide: "\xF7"
};
var LATIN_ACCENTS2 = {
  Agrave: "\xC0",
  agrave: "\xE0",
  Aacute: "\xC1",
  aacute: "\xE1",
  Acirc: "\xC2",
  acirc: "\xE2",
  Atilde: "\xC3",
  atilde: "\xE3",
  Auml: "\xC4",
  auml: "\xE4",
  Aring: "\xC5",
  aring: "\xE5",
  AElig: "\xC6",
  aelig: "\xE6",
  Ccedil: "\xC7",
  ccedil: "\xE7",
  Egrave: "\xC8",
  egrave: "\xE8",
  Eacute: "\xC9",
  eacute: "\xE9",
  Ecirc: "\xCA",
  ecirc: "\xEA",
  Euml: "\xCB",
  euml: "\xEB",
  Igrave: "\xCC",
  igrave: "\xEC",
  Iacute: "\xCD",
  iacute: "\xED",
  Icirc: "\xCE",
  icirc: "\xEE",
  Iuml: "\xCF",
  iuml: "\xEF",
  ETH: "\xD0",
  eth: "\xF0",
  Ntilde: "\xD1",
  ntilde: "\xF1",
  Ograve: "\xD2",
  ograve: "\xF2",
  Oacute: "\xD3",
  oacute: "\xF3",
  Ocirc: "\xD4",
  ocirc: "\xF4",
  Otilde: "\xD5",
  otilde: "\xF5",
  Ouml: "\xD6",
  ouml: "\xF6",
  Oslash: "\xD8",
  oslash: "\xF8",
  Ugrave: "\xD9",
  ugrave: "\xF9",
  Uacute: "\xDA",
  uacute: "\xFA",
  Ucirc: "\xDB",
  ucirc: "\xFB",
  Uuml: "\xDC",
  uuml: "\xFC",
  Yacute: "\xDD",
  yacute: "\xFD",
  THORN: "\xDE",
  thorn: "\xFE",
  szlig: "\xDF",
  yuml: "\xFF",
  Yuml: "\u0178"
};
var LATIN_EXTENDED2 = {
  Amacr: "\u0100",
  amacr: "\u0101",
  Abreve: "\u0102",
  abreve: "\u0103",
  Aogon: "\u0104",
  aogon: "\u0105",
  Cacute: "\u0106",
  cacute: "\u0107",
  Ccirc: "\u0108",
  ccirc: "\u0109",
  Cdot: "\u010A",
  cdot: "\u010B",
  Ccaron: "\u010C",
  ccaron: "\u010D",
  Dcaron: "\u010E",
  dcaron: "\u010F",
  Dstrok: "\u0110",
  dstrok: "\u0111",
  Emacr: "\u0112",
  emacr: "\u0113",
  Ecaron: "\u011A",
  ecaron: "\u011B",
  Edot: "\u0116",
  edot: "\u0117",
  Eogon: "\u0118",
  eogon: "\u0119",
  Gcirc: "\u011C",
  gcirc: "\u011D",
  Gbreve: "\u011E",
  gbreve: "\u011F",
  Gdot: "\u0120",
  gdot: "\u0121",
  Gcedil: "\u0122",
  Hcirc: "\u0124",
  hcirc: "\u0125",
  Hstrok: "\u0126",
  hstrok: "\u0127",
  Itilde: "\u0128",
  itilde: "\u0129",
  Imacr: "\u012A",
  imacr: "\u012B",
  Iogon: "\u012E",
  iogon: "\u012F",
  Idot: "\u0130",
  IJlig: "\u0132",
  ijlig: "\u0133",
  Jcirc: "\u0134",
  jcirc: "\u0135",
  Kcedil: "\u0136",
  kcedil: "\u0137",
  kgreen: "\u0138",
  Lacute: "\u0139",
  lacute: "\u013A",
  Lcedil: "\u013B",
  lcedil: "\u013C",
  Lcaron: "\u013D",
  lcaron: "\u013E",
  Lmidot: "\u013F",
  lmidot: "\u0140",
  Lstrok: "\u0141",
  lstrok: "\u0142",
  Nacute: "\u0143",
  nacute: "\u0144",
  Ncaron: "\u0147",
  ncaron: "\u0148",
  Ncedil: "\u0145",
  ncedil: "\u0146",
  ENG: "\u014A",
  eng: "\u014B",
  Omacr: "\u014C",
  omacr: "\u014D",
  Odblac: "\u0150",
  odblac: "\u0151",
  OElig: "\u0152",
  oelig: "\u0153",
  Racute: "\u0154",
  racute: "\u0155",
  Rcaron: "\u0158",
  rcaron: "\u0159",
  Rcedil: "\u0156",
  rcedil: "\u0157",
  Sacute: "\u015A",
  sacute: "\u015B",
  Scirc: "\u015C",
  scirc: "\u015D",
  Scedil: "\u015E",
  scedil: "\u015F",
  Scaron: "\u0160",
  scaron: "\u0161",
  Tcedil: "\u0162",
  tcedil: "\u0163",
  Tcaron: "\u0164",
  tcaron: "\u0165",
  Tstrok: "\u0166",
  tstrok: "\u0167",
  Utilde: "\u0168",
  utilde: "\u0169",
  Umacr: "\u016A",
  umacr: "\u016B",
  Ubreve: "\u016C",
  ubreve: "\u016D",
  Uring: "\u016E",
  uring: "\u016F",
  Udblac: "\u0170",
  udblac: "\u0171",
  Uogon: "\u0172",
  uogon: "\u0173",
  Wcirc: "\u0174",
  wcirc: "\u0175",
  Ycirc: "\u0176",
  ycirc: "\u0177",
  Zacute: "\u0179",
  zacute: "\u017A",
  Zdot: "\u017B",
  zdot: "\u017C",
  Zcaron: "\u017D",
  zcaron: "\u017E"
};
var GREEK2 = {
  Alpha: "\u0391",
  alpha: "\u03B1",
  Beta: "\u0392",
  beta: "\u03B2",
  Gamma: "\u0393",
  gamma: "\u03B3",
  Delta: "\u0394",
  delta: "\u03B4",
  Epsilon: "\u0395",
  epsilon: "\u03B5",
  epsiv: "\u03F5",
  varepsilon: "\u03F5",
  Zeta: "\u0396",
  zeta: "\u03B6",
  Eta: "\u0397",
  eta: "\u03B7",
  Theta: "\u0398",
  theta: "\u03B8",
  thetasym: "\u03D1",
  vartheta: "\u03D1",
  Iota: "\u0399",
  iota: "\u03B9",
  Kappa: "\u039A",
  kappa: "\u03BA",
  kappav: "\u03F0",
  varkappa: "\u03F0",
  Lambda: "\u039B",
  lambda: "\u03BB",
  Mu: "\u039C",
  mu: "\u03BC",
  Nu: "\u039D",
  nu: "\u03BD",
  Xi: "\u039E",
  xi: "\u03BE",
  Omicron: "\u039F",
  omicron: "\u03BF",
  Pi: "\u03A0",
  pi: "\u03C0",
  piv: "\u03D6",
  varpi: "\u03D6",
  Rho: "\u03A1",
  rho: "\u03C1",
  rhov: "\u03F1",
  varrho: "\u03F1",
  Sigma: "\u03A3",
  sigma: "\u03C3",
  sigmaf: "\u03C2",
  sigmav: "\u03C2",
  varsigma: "\u03C2",
  Tau: "\u03A4",
  tau: "\u03C4",
  Upsilon: "\u03A5",
  upsilon: "\u03C5",
  upsi: "\u03C5",
  Upsi: "\u03D2",
  upsih: "\u03D2",
  Phi: "\u03A6",
  phi: "\u03C6",
  phiv: "\u03D5",
  varphi: "\u03D5",
  Chi: "\u03A7",
  chi: "\u03C7",
  Psi: "\u03A8",
  psi: "\u03C8",
  Omega: "\u03A9",
  omega: "\u03C9",
  ohm: "\u03A9",
  Gammad: "\u03DC",
  gammad: "\u03DD",
  digamma: "\u03DD"
};
var CYRILLIC2 = {
  Afr: "\u{1D504}",
  afr: "\u{1D51E}",
  Acy: "\u0410",
  acy: "\u0430",
  Bcy: "\u0411",
  bcy: "\u0431",
  Vcy: "\u0412",
  vcy: "\u0432",
  Gcy: "\u0413",
  gcy: "\u0433",
  Dcy: "\u0414",
  dcy: "\u0434",
  IEcy: "\u0415",
  iecy: "\u0435",
  IOcy: "\u0401",
  iocy: "\u0451",
  ZHcy: "\u0416",
  zhcy: "\u0436",
  Zcy: "\u0417",
  zcy: "\u0437",
  Icy: "\u0418",
  icy: "\u0438",
  Jcy: "\u0419",
  jcy: "\u0439",
  Kcy: "\u041A",
  kcy: "\u043A",
  Lcy: "\u041B",
  lcy: "\u043B",
  Mcy: "\u041C",
  mcy: "\u043C",
  Ncy: "\u041D",
  ncy: "\u043D",
  Ocy: "\u041E",
  ocy: "\u043E",
  Pcy: "\u041F",
  pcy: "\u043F",
  Rcy: "\u0420",
  rcy: "\u0440",
  Scy: "\u0421",
  scy: "\u0441",
  Tcy: "\u0422",
  tcy: "\u0442",
  Ucy: "\u0423",
  ucy: "\u0443",
  Fcy: "\u0424",
  fcy: "\u0444",
  KHcy: "\u0425",
  khcy: "\u0445",
  TScy: "\u0426",
  tscy: "\u0446",
  CHcy: "\u0427",
  chcy: "\u0447",
  SHcy: "\u0428",
  shcy: "\u0448",
  SHCHcy: "\u0429",
  shchcy: "\u0449",
  HARDcy: "\u042A",
  hardcy: "\u044A",
  Ycy: "\u042B",
  ycy: "\u044B",
  SOFTcy: "\u042C",
  softcy: "\u044C",
  Ecy: "\u042D",
  ecy: "\u044D",
  YUcy: "\u042E",
  yucy: "\u044E",
  YAcy: "\u042F",
  yacy: "\u044F",
  DJcy: "\u0402",
  djcy: "\u0452",
  GJcy: "\u0403",
  gjcy: "\u0453",
  Jukcy: "\u0404",
  jukcy: "\u0454",
  DScy: "\u0405",
  dscy: "\u0455",
  Iukcy: "\u0406",
  iukcy: "\u0456",
  YIcy: "\u0407",
  yicy: "\u0457",
  Jsercy: "\u0408",
  jsercy: "\u0458",
  LJcy: "\u0409",
  ljcy: "\u0459",
  NJcy: "\u040A",
  njcy: "\u045A",
  TSHcy: "\u040B",
  tshcy: "\u045B",
  KJcy: "\u040C",
  kjcy: "\u045C",
  Ubrcy: "\u040E",
  ubrcy: "\u045E",
  DZcy: "\u040F",
  dzcy: "\u045F"
};
var MATH2 = {
  plus: "+",
  pm: "\xB1",
  times: "\xD7",
  div: "\xF7",
  divide: "\xF7",
  sdot: "\u22C5",
  star: "\u2606",
  starf: "\u2605",
  bigstar: "\u2605",
  lowast: "\u2217",
  ast: "*",
  midast: "*",
  compfn: "\u2218",
  smallcircle: "\u2218",
  bullet: "\u2022",
  bull: "\u2022",
  nbsp: "\xA0",
  hellip: "\u2026",
  mldr: "\u2026",
  prime: "\u2032",
  Prime: "\u2033",
  tprime: "\u2034",
  bprime: "\u2035",
  backprime: "\u2035",
  minus: "\u2212",
  minusd: "\u2238",
  dotminus: "\u2238",
  plusdo: "\u2214",
  dotplus: "\u2214",
  plusmn: "\xB1",
  minusplus: "\u2213",
  mnplus: "\u2213",
  mp: "\u2213",
  setminus: "\u2216",
  smallsetminus: "\u2216",
  Backslash: "\u2216",
  setmn: "\u2216",
  ssetmn: "\u2216",
  lowbar: "_",
  verbar: "|",
  vert: "|",
  VerticalLine: "|",
  colon: ":",
  Colon: "\u2237",
  Proportion: "\u2237",
  ratio: "\u2236",
  equals: "=",
  ne: "\u2260",
  nequiv: "\u2262",
  equiv: "\u2261",
  Congruent: "\u2261",
  sim: "\u223C",
  thicksim: "\u223C",
  thksim: "\u223C",
  sime: "\u2243",
  simeq: "\u2243",
  TildeEqual: "\u2243",
  asymp: "\u2248",
  approx: "\u2248",
  thickapprox: "\u2248",
  thkap: "\u2248",
  TildeTilde: "\u2248",
  ncong: "\u2247",
  cong: "\u2245",
  TildeFullEqual: "\u2245",
  asympeq: "\u224D",
  CupCap: "\u224D",
  bump: "\u224E",
  Bumpeq: "\u224E",
  HumpDownHump: "\u224E",
  bumpe: "\u224F",
  bumpeq: "\u224F",
  HumpEqual: "\u224F",
  le: "\u2264",
  LessEqual: "\u2264",
  ge: "\u2265",
  GreaterEqual: "\u2265",
  lesseqgtr: "\u22DA",
  lesseqqgtr: "\u2A8B",
  greater: ">",
  less: "<"
};
var MATH_ADVANCED2 = {
  alefsym: "\u2135",
  aleph: "\u2135",
  beth: "\u2136",
  gimel: "\u2137",
  daleth: "\u2138",
  forall: "\u2200",
  ForAll: "\u2200",
  part: "\u2202",
  PartialD: "\u2202",
  exist: "\u2203",
  Exists: "\u2203",
  nexist: "\u2204",
  nexists: "\u2204",
  empty: "\u2205",
  emptyset: "\u2205",
  emptyv: "\u2205",
  varnothing: "\u2205",
  nabla: "\u2207",
  Del: "\u2207",
  isin: "\u2208",
  isinv: "\u2208",
  in: "\u2208",
  Element: "\u2208",
  notin: "\u2209",
  notinva: "\u2209",
  ni: "\u220B",
  niv: "\u220B",
  SuchThat: "\u220B",
  ReverseElement: "\u220B",
  notni: "\u220C",
  notniva: "\u220C",
  prod: "\u220F",
  Product: "\u220F",
  coprod: "\u2210",
  Coproduct: "\u2210",
  sum: "\u2211",
  Sum: "\u2211",
  minus: "\u2212",
  mp: "\u2213",
  plusdo: "\u2214",
  dotplus: "\u2214",
  setminus: "\u2216",
  lowast: "\u2217",
  radic: "\u221A",
  Sqrt: "\u221A",
  prop: "\u221D",
  propto: "\u221D",
  Proportional: "\u221D",
  varpropto: "\u221D",
  infin: "\u221E",
  infintie: "\u29DD",
  ang: "\u2220",
  angle: "\u2220",
  angmsd: "\u2221",
  measuredangle: "\u2221",
  angsph: "\u2222",
  mid: "\u2223",
  VerticalBar: "\u2223",
  nmid: "\u2224",
  nsmid: "\u2224",
  npar: "\u2226",
  parallel: "\u2225",
  spar: "\u2225",
  nparallel: "\u2226",
  nspar: "\u2226",
  and: "\u2227",
  wedge: "\u2227",
  or: "\u2228",
  vee: "\u2228",
  cap: "\u2229",
  cup: "\u222A",
  int: "\u222B",
  Integral: "\u222B",
  conint: "\u222E",
  ContourIntegral: "\u222E",
  Conint: "\u222F",
  DoubleContourIntegral: "\u222F",
  Cconint: "\u2230",
  there4: "\u2234",
  therefore: "\u2234",
  Therefore: "\u2234",
  becaus: "\u2235",
  because: "\u2235",
  Because: "\u2235",
  ratio: "\u2236",
  Proportion: "\u2237",
  minusd: "\u2238",
  dotminus: "\u2238",
  mDDot: "\u223A",
  homtht: "\u223B",
  sim: "\u223C",
  bsimg: "\u223D",
  backsim: "\u223D",
  ac: "\u223E",
  mstpos: "\u223E",
  acd: "\u223F",
  VerticalTilde: "\u2240",
  wr: "\u2240",
  wreath: "\u2240",
  nsime: "\u2244",
  nsimeq: "\u2244",
  ncong: "\u2247",
  simne: "\u2246",
  ncongdot: "\u2A6D\u0338",
  ngsim: "\u2275",
  nsim: "\u2241",
  napprox: "\u2249",
  nap: "\u2249",
  ngeq: "\u2271",
  nge: "\u2271",
  nleq: "\u2270",
  nle: "\u2270",
  ngtr: "\u226F",
  ngt: "\u226F",
  nless: "\u226E",
  nlt: "\u226E",
  nprec: "\u2280",
  npr: "\u2280",
  nsucc: "\u2281",
  nsc: "\u2281"
};
var ARROWS2 = {
  larr: "\u2190",
  leftarrow: "\u2190",
  LeftArrow: "\u2190",
  uarr: "\u2191",
  uparrow: "\u2191",
  UpArrow: "\u2191",
  rarr: "\u2192",
  rightarrow: "\u2192",
  RightArrow: "\u2192",
  darr: "\u2193",
  downarrow: "\u2193",
  DownArrow: "\u2193",
  harr: "\u2194",
  leftrightarrow: "\u2194",
  LeftRightArrow: "\u2194",
  varr: "\u2195",
  updownarrow: "\u2195",
  UpDownArrow: "\u2195",
  nwarr: "\u2196",
  nwarrow: "\u2196",
  UpperLeftArrow: "\u2196",
  nearr: "\u2197",
  nearrow: "\u2197",
  UpperRightArrow: "\u2197",
  searr: "\u2198",
  searrow: "\u2198",
  LowerRightArrow: "\u2198",
  swarr: "\u2199",
  swarrow: "\u2199",
  LowerLeftArrow: "\u2199",
  lArr: "\u21D0",
  Leftarrow: "\u21D0",
  uArr: "\u21D1",
  Uparrow: "\u21D1",
  rArr: "\u21D2",
  Rightarrow: "\u21D2",
  dArr: "\u21D3",
  Downarrow: "\u21D3",
  hArr: "\u21D4",
  Leftrightarrow: "\u21D4",
  iff: "\u21D4",
  vArr: "\u21D5",
  Updownarrow: "\u21D5",
  lAarr: "\u21DA",
  Lleftarrow: "\u21DA",
  rAarr: "\u21DB",
  Rrightarrow: "\u21DB",
  lrarr: "\u21C6",
  leftrightarrows: "\u21C6",
  rlarr: "\u21C4",
  rightleftarrows: "\u21C4",
  lrhar: "\u21CB",
  leftrightharpoons: "\u21CB",
  ReverseEquilibrium: "\u21CB",
  rlhar: "\u21CC",
  rightleftharpoons: "\u21CC",
  Equilibrium: "\u21CC",
  udarr: "\u21C5",
  UpArrowDownArrow: "\u21C5",
  duarr: "\u21F5",
  DownArrowUpArrow: "\u21F5",
  llarr: "\u21C7",
  leftleftarrows: "\u21C7",
  rrarr: "\u21C9",
  rightrightarrows: "\u21C9",
  ddarr: "\u21CA",
  downdownarrows: "\u21CA",
  har: "\u21BD",
  lhard: "\u21BD",
  leftharpoondown: "\u21BD",
  lharu: "\u21BC",
  leftharpoonup: "\u21BC",
  rhard: "\u21C1",
  rightharpoondown: "\u21C1",
  rharu: "\u21C0",
  rightharpoonup: "\u21C0",
  lsh: "\u21B0",
  Lsh: "\u21B0",
  rsh: "\u21B1",
  Rsh: "\u21B1",
  ldsh: "\u21B2",
  rdsh: "\u21B3",
  hookleftarrow: "\u21A9",
  hookrightarrow: "\u21AA",
  mapstoleft: "\u21A4",
  mapstoup: "\u21A5",
  map: "\u21A6",
  mapsto: "\u21A6",
  mapstodown: "\u21A7",
  crarr: "\u21B5",
  nleftarrow: "\u219A",
  nleftrightarrow: "\u21AE",
  nrightarrow: "\u219B",
  nrarr: "\u219B",
  larrtl: "\u21A2",
  rarrtl: "\u21A3",
  leftarrowtail: "\u21A2",
  rightarrowtail: "\u21A3",
  twoheadleftarrow: "\u219E",
  twoheadrightarrow: "\u21A0",
  Larr: "\u219E",
  Rarr: "\u21A0",
  larrhk: "\u21A9",
  rarrhk: "\u21AA",
  larrlp: "\u21AB",
  looparrowleft: "\u21AB",
  rarrlp: "\u21AC",
  looparrowright: "\u21AC",
  harrw: "\u21AD",
  leftrightsquigarrow: "\u21AD",
  nrarrw: "\u219D\u0338",
  rarrw: "\u219D",
  rightsquigarrow: "\u219D",
  larrbfs: "\u291F",
  rarrbfs: "\u2920",
  nvHarr: "\u2904",
  nvlArr: "\u2902",
  nvrArr: "\u2903",
  larrfs: "\u291D",
  rarrfs: "\u291E",
  Map: "\u2905",
  larrsim: "\u2973",
  rarrsim: "\u2974",
  harrcir: "\u2948",
  Uarrocir: "\u2949",
  lurdshar: "\u294A",
  ldrdhar: "\u2967",
  ldrushar: "\u294B",
  rdldhar: "\u2969",
  lrhard: "\u296D",
  uharr: "\u21BE",
  uharl: "\u21BF",
  dharr: "\u21C2",
  dharl: "\u21C3",
  Uarr: "\u219F",
  Darr: "\u21A1",
  zigrarr: "\u21DD",
  nwArr: "\u21D6",
  neArr: "\u21D7",
  seArr: "\u21D8",
  swArr: "\u21D9",
  nharr: "\u21AE",
  nhArr: "\u21CE",
  nlarr: "\u219A",
  nlArr: "\u21CD",
  nrArr: "\u21CF",
  larrb: "\u21E4",
  LeftArrowBar: "\u21E4",
  rarrb: "\u21E5",
  RightArrowBar: "\u21E5"
};
var SHAPES2 = {
  square: "\u25A1",
  Square: "\u25A1",
  squ: "\u25A1",
  squf: "\u25AA",
  squarf: "\u25AA",
  blacksquar: "\u25AA",
  blacksquare: "\u25AA",
  FilledVerySmallSquare: "\u25AA",
  blk34: "\u2593",
  blk12: "\u2592",
  blk14: "\u2591",
  block: "\u2588",
  srect: "\u25AD",
  rect: "\u25AD",
  sdot: "\u22C5",
  sdotb: "\u22A1",
  dotsquare: "\u22A1",
  triangle: "\u25B5",
  tri: "\u25B5",
  trine: "\u25B5",
  utri: "\u25B5",
  triangledown: "\u25BF",
  dtri: "\u25BF",
  tridown: "\u25BF",
  triangleleft: "\u25C3",
  ltri: "\u25C3",
  triangleright: "\u25B9",
  rtri: "\u25B9",
  blacktriangle: "\u25B4",
  utrif: "\u25B4",
  blacktriangledown: "\u25BE",
  dtrif: "\u25BE",
  blacktriangleleft: "\u25C2",
  ltrif: "\u25C2",
  blacktriangleright: "\u25B8",
  rtrif: "\u25B8",
  loz: "\u25CA",
  lozenge: "\u25CA",
  blacklozenge: "\u29EB",
  lozf: "\u29EB",
  bigcirc: "\u25EF",
  xcirc: "\u25EF",
  circ: "\u02C6",
  Circle: "\u25CB",
  cir: "\u25CB",
  o: "\u25CB",
  bullet: "\u2022",
  bull: "\u2022",
  hellip: "\u2026",
  mldr: "\u2026",
  nldr: "\u2025",
  boxh: "\u2500",
  HorizontalLine: "\u2500",
  boxv: "\u2502",
  boxdr: "\u250C",
  boxdl: "\u2510",
  boxur: "\u2514",
  boxul: "\u2518",
  boxvr: "\u251C",
  boxvl: "\u2524",
  boxhd: "\u252C",
  boxhu: "\u2534",
  boxvh: "\u253C",
  boxH: "\u2550",
  boxV: "\u2551",
  boxdR: "\u2552",
  boxDr: "\u2553",
  boxDR: "\u2554",
  boxDl: "\u2555",
  boxdL: "\u2556",
  boxDL: "\u2557",
  boxuR: "\u2558",
  boxUr: "\u2559",
  boxUR: "\u255A",
  boxUl: "\u255C",
  boxuL: "\u255B",
  boxUL: "\u255D",
  boxvR: "\u255E",
  boxVr: "\u255F",
  boxVR: "\u2560",
  boxVl: "\u2562",
  boxvL: "\u2561",
  boxVL: "\u2563",
  boxHd: "\u2564",
  boxhD: "\u2565",
  boxHD: "\u2566",
  boxHu: "\u2567",
  boxhU: "\u2568",
  boxHU: "\u2569",
  boxvH: "\u256A",
  boxVh: "\u256B",
  boxVH: "\u256C"
};
var PUNCTUATION2 = {
  excl: "!",
  iexcl: "\xA1",
  brvbar: "\xA6",
  sect: "\xA7",
  uml: "\xA8",
  copy: "\xA9",
  ordf: "\xAA",
  laquo: "\xAB",
  not: "\xAC",
  shy: "\xAD",
  reg: "\xAE",
  macr: "\xAF",
  deg: "\xB0",
  plusmn: "\xB1",
  sup2: "\xB2",
  sup3: "\xB3",
  acute: "\xB4",
  micro: "\xB5",
  para: "\xB6",
  middot: "\xB7",
  cedil: "\xB8",
  sup1: "\xB9",
  ordm: "\xBA",
  raquo: "\xBB",
  frac14: "\xBC",
  frac12: "\xBD",
  frac34: "\xBE",
  iquest: "\xBF",
  nbsp: "\xA0",
  comma: ",",
  period: ".",
  colon: ":",
  semi: ";",
  vert: "|",
  Verbar: "\u2016",
  verbar: "|",
  dblac: "\u02DD",
  circ: "\u02C6",
  caron: "\u02C7",
  breve: "\u02D8",
  dot: "\u02D9",
  ring: "\u02DA",
  ogon: "\u02DB",
  tilde: "\u02DC",
  DiacriticalGrave: "`",
  DiacriticalAcute: "\xB4",
  DiacriticalTilde: "\u02DC",
  DiacriticalDot: "\u02D9",
  DiacriticalDoubleAcute: "\u02DD",
  grave: "`"
};
var CURRENCY2 = {
  cent: "\xA2",
  pound: "\xA3",
  curren: "\xA4",
  yen: "\xA5",
  euro: "\u20AC",
  dollar: "$",
  fnof: "\u0192",
  inr: "\u20B9",
  af: "\u060B",
  birr: "\u1265\u122D",
  peso: "\u20B1",
  rub: "\u20BD",
  won: "\u20A9",
  yuan: "\xA5",
  cedil: "\xB8"
};
var FRACTIONS2 = {
  frac12: "\xBD",
  half: "\xBD",
  frac13: "\u2153",
  frac14: "\xBC",
  frac15: "\u2155",
  frac16: "\u2159",
  frac18: "\u215B",
  frac23: "\u2154",
  frac25: "\u2156",
  frac34: "\xBE",
  frac35: "\u2157",
  frac38: "\u215C",
  frac45: "\u2158",
  frac56: "\u215A",
  frac58: "\u215D",
  frac78: "\u215E",
  frasl: "\u2044"
};
var MISC_SYMBOLS2 = {
  trade: "\u2122",
  TRADE: "\u2122",
  telrec: "\u2315",
  target: "\u2316",
  ulcorn: "\u231C",
  ulcorner: "\u231C",
  urcorn: "\u231D",
  urcorner: "\u231D",
  dlcorn: "\u231E",
  llcorner: "\u231E",
  drcorn: "\u231F",
  lrcorner: "\u231F",
  intercal: "\u22BA",
  intcal: "\u22BA",
  oplus: "\u2295",
  CirclePlus: "\u2295",
  ominus: "\u2296",
  CircleMinus: "\u2296",
  otimes: "\u2297",
  CircleTimes: "\u2297",
  osol: "\u2298",
  odot: "\u2299",
  CircleDot: "\u2299",
  oast: "\u229B",
  circledast: "\u229B",
  odash: "\u229D",
  circleddash: "\u229D",
  ocirc: "\u229A",
  circledcirc: "\u229A",
  boxplus: "\u229E",
  plusb: "\u229E",
  boxminus: "\u229F",
  minusb: "\u229F",
  boxtimes: "\u22A0",
  timesb: "\u22A0",
  boxdot: "\u22A1",
  sdotb: "\u22A1",
  veebar: "\u22BB",
  vee: "\u2228",
  barvee: "\u22BD",
  and: "\u2227",
  wedge: "\u2227",
  Cap: "\u22D2",
  Cup: "\u22D3",
  Fork: "\u22D4",
  pitchfork: "\u22D4",
  epar: "\u22D5",
  ltlarr: "\u2976",
  nvap: "\u224D\u20D2",
  nvsim: "\u223C\u20D2",
  nvge: "\u2265\u20D2",
  nvle: "\u2264\u20D2",
  nvlt: "<\u20D2",
  nvgt: ">\u20D2",
  nvltrie: "\u22B4\u20D2",
  nvrtrie: "\u22B5\u20D2",
  Vdash: "\u22A9",
  dashv: "\u22A3",
  vDash: "\u22A8",
  Vvdash: "\u22AA",
  nvdash: "\u22AC",
  nvDash: "\u22AD",
  nVdash: "\u22AE",
  nVDash: "\u22AF"
};
var ALL_ENTITIES = {
  ...BASIC_LATIN2,
  ...LATIN_ACCENTS2,
  ...LATIN_EXTENDED2,
  ...GREEK2,
  ...CYRILLIC2,
  ...MATH2,
  ...MATH_ADVANCED2,
  ...ARROWS2,
  ...SHAPES2,
  ...PUNCTUATION2,
  ...CURRENCY2,
  ...FRACTIONS2,
  ...MISC_SYMBOLS2
};
var XML2 = {
  amp: "&",
  apos: "'",
  gt: ">",
  lt: "<",
  quot: '"'
};

// node_modules/@nodable/base-output-builder/node_modules/@nodable/entities/src/EntityDecoder.js
var ENTITY_ACTION2 = Object.freeze({
  /** Resolve and expand the entity normally. */
  ALLOW: "allow",
  /** Silently skip this entity — it will not be registered. */
  BLOCK: "block",
  /** Throw an error, aborting entity registration entirely. */
  THROW: "throw"
});
var SPECIAL_CHARS2 = new Set("!?\\\\/[]$%{}^&*()<>|+");
function validateEntityName3(name2) {
  if (name2[0] === "#") {
    throw new Error(`[EntityReplacer] Invalid character '#' in entity name: "${name2}"`);
  }
  for (const ch of name2) {
    if (SPECIAL_CHARS2.has(ch)) {
      throw new Error(`[EntityReplacer] Invalid character '${ch}' in entity name: "${name2}"`);
    }
  }
  return name2;
}
function mergeEntityMaps2(...maps) {
  const out = /* @__PURE__ */ Object.create(null);
  for (const map of maps) {
    if (!map) continue;
    for (const key of Object.keys(map)) {
      const raw = map[key];
      if (typeof raw === "string") {
        out[key] = raw;
      } else if (raw && typeof raw === "object" && raw.val !== void 0) {
        const val = raw.val;
        if (typeof val === "string") {
          out[key] = val;
        }
      }
    }
  }
  return out;
}
var LIMIT_TIER_EXTERNAL2 = "external";
var LIMIT_TIER_BASE2 = "base";
var LIMIT_TIER_ALL2 = "all";
function parseLimitTiers2(raw) {
  if (!raw || raw === LIMIT_TIER_EXTERNAL2) return /* @__PURE__ */ new Set([LIMIT_TIER_EXTERNAL2]);
  if (raw === LIMIT_TIER_ALL2) return /* @__PURE__ */ new Set([LIMIT_TIER_ALL2]);
  if (raw === LIMIT_TIER_BASE2) return /* @__PURE__ */ new Set([LIMIT_TIER_BASE2]);
  if (Array.isArray(raw)) return new Set(raw);
  return /* @__PURE__ */ new Set([LIMIT_TIER_EXTERNAL2]);
}
var NCR_LEVEL2 = Object.freeze({ allow: 0, leave: 1, remove: 2, throw: 3 });
var XML10_ALLOWED_C02 = /* @__PURE__ */ new Set([9, 10, 13]);
function parseNCRConfig2(ncr) {
  if (!ncr) {
    return { xmlVersion: 1, onLevel: NCR_LEVEL2.allow, nullLevel: NCR_LEVEL2.remove };
  }
  const xmlVersion = ncr.xmlVersion === 1.1 ? 1.1 : 1;
  const onLevel = NCR_LEVEL2[ncr.onNCR] ?? NCR_LEVEL2.allow;
  const nullLevel = NCR_LEVEL2[ncr.nullNCR] ?? NCR_LEVEL2.remove;
  const clampedNull = Math.max(nullLevel, NCR_LEVEL2.remove);
  return { xmlVersion, onLevel, nullLevel: clampedNull };
}
var EntityDecoder2 = class {
  /**
   * @param {object} [options]
   * @param {object|null}  [options.namedEntities]        — extra named entities merged into base map
   * @param {object}  [options.limit]                 — security limits
   * @param {number}       [options.limit.maxTotalExpansions=0]  — 0 = unlimited
   * @param {number}       [options.limit.maxExpandedLength=0]   — 0 = unlimited
   * @param {'external'|'base'|'all'|string[]} [options.limit.applyLimitsTo='external']
   *   Which entity tiers count against the security limits:
   *   - 'external' (default) — only input/runtime + persistent external entities
   *   - 'base'               — only DEFAULT_XML_ENTITIES + namedEntities
   *   - 'all'                — every entity regardless of tier
   *   - string[]             — explicit combination, e.g. ['external', 'base']
   * @param {((resolved: string, original: string) => string)|null} [options.postCheck=null]
   * @param {string[]} [options.remove=[]] — entity names (e.g. ['nbsp', '#13']) to delete (replace with empty string)
   * @param {string[]} [options.leave=[]]  — entity names to keep as literal (unchanged in output)
   * @param {object}   [options.ncr]       — Numeric Character Reference controls
   * @param {1.0|1.1}  [options.ncr.xmlVersion=1.0]
   *   XML version governing which codepoint ranges are restricted:
   *   - 1.0 — C0 controls U+0001–U+001F (except U+0009/000A/000D) are prohibited
   *   - 1.1 — C0 controls are allowed when written as NCRs; C1 (U+007F–U+009F) decoded as-is
   * @param {'allow'|'leave'|'remove'|'throw'} [options.ncr.onNCR='allow']
   *   Base action for numeric references. Severity order: allow < leave < remove < throw.
   *   For codepoint ranges that carry a minimum level (surrogates → remove, XML 1.0 C0 → remove),
   *   the effective action is max(onNCR, rangeMinimum).
   * @param {'remove'|'throw'} [options.ncr.nullNCR='remove']
   *   Action for U+0000 (null). 'allow' and 'leave' are clamped to 'remove' since null is never safe.
   * @param {((name: string, value: string) => 'allow'|'block'|'throw')|null} [options.onExternalEntity=null]
   *   Hook called when an external entity is registered via `setExternalEntities()` or
   *   `addExternalEntity()`. Return `ENTITY_ACTION.ALLOW` to accept the entity,
   *   `ENTITY_ACTION.BLOCK` to silently skip it, or `ENTITY_ACTION.THROW` to abort with an error.
   * @param {((name: string, value: string) => 'allow'|'block'|'throw')|null} [options.onInputEntity=null]
   *   Hook called when an input entity is registered via `addInputEntities()`. Return
   *   `ENTITY_ACTION.ALLOW` to accept, `ENTITY_ACTION.BLOCK` to silently skip, or
   *   `ENTITY_ACTION.THROW` to abort with an error.
   */
  constructor(options = {}) {
    this._limit = options.limit || {};
    this._maxTotalExpansions = this._limit.maxTotalExpansions || 0;
    this._maxExpandedLength = this._limit.maxExpandedLength || 0;
    this._postCheck = typeof options.postCheck === "function" ? options.postCheck : (r) => r;
    this._limitTiers = parseLimitTiers2(this._limit.applyLimitsTo ?? LIMIT_TIER_EXTERNAL2);
    this._numericAllowed = options.numericAllowed ?? true;
    this._baseMap = mergeEntityMaps2(XML2, options.namedEntities || null);
    this._externalMap = /* @__PURE__ */ Object.create(null);
    this._inputMap = /* @__PURE__ */ Object.create(null);
    this._totalExpansions = 0;
    this._expandedLength = 0;
    this._removeSet = new Set(options.remove && Array.isArray(options.remove) ? options.remove : []);
    this._leaveSet = new Set(options.leave && Array.isArray(options.leave) ? options.leave : []);
    const ncrCfg = parseNCRConfig2(options.ncr);
    this._ncrXmlVersion = ncrCfg.xmlVersion;
    this._ncrOnLevel = ncrCfg.onLevel;
    this._ncrNullLevel = ncrCfg.nullLevel;
    this._onExternalEntity = typeof options.onExternalEntity === "function" ? options.onExternalEntity : null;
    this._onInputEntity = typeof options.onInputEntity === "function" ? options.onInputEntity : null;
  }
  // -------------------------------------------------------------------------
  // Private: registration hook dispatch
  // -------------------------------------------------------------------------
  /**
   * Invoke a registration hook for a single entity name/value pair.
   * Returns true when the entity should be accepted, false when it should be
   * silently skipped (BLOCK), and throws when the hook returns THROW.
   *
   * @param {((name: string, value: string) => 'allow'|'block'|'throw')|null} hook
   * @param {string} name
   * @param {string} value
   * @param {string} context  — used in error messages ('external' | 'input')
   * @returns {boolean}  true = accept, false = skip
   */
  _applyRegistrationHook(hook, name2, value, context) {
    if (!hook) return true;
    const action = hook(name2, value);
    if (action === ENTITY_ACTION2.BLOCK) return false;
    if (action === ENTITY_ACTION2.THROW) {
      throw new Error(
        `[EntityDecoder] Registration of ${context} entity "&${name2};" was rejected by hook`
      );
    }
    return true;
  }
  // -------------------------------------------------------------------------
  // Persistent external entity registration
  // -------------------------------------------------------------------------
  /**
   * Replace the full set of persistent external entities.
   * All keys are validated — throws on invalid characters.
   * If `onExternalEntity` is set, it is called once per entry; entries that
   * return `ENTITY_ACTION.BLOCK` are silently omitted, `ENTITY_ACTION.THROW`
   * aborts the whole call.
   * @param {Record<string, string | { regex?: RegExp, val: string }>} map
   */
  setExternalEntities(map) {
    if (map) {
      for (const key of Object.keys(map)) {
        validateEntityName3(key);
      }
    }
    if (!this._onExternalEntity) {
      this._externalMap = mergeEntityMaps2(map);
      return;
    }
    const flat = mergeEntityMaps2(map);
    const filtered = /* @__PURE__ */ Object.create(null);
    for (const [name2, value] of Object.entries(flat)) {
      if (this._applyRegistrationHook(this._onExternalEntity, name2, value, "external")) {
        filtered[name2] = value;
      }
    }
    this._externalMap = filtered;
  }
  /**
   * Add a single persistent external entity.
   * If `onExternalEntity` is set it is called before the entity is stored;
   * `ENTITY_ACTION.BLOCK` silently skips storage, `ENTITY_ACTION.THROW` raises.
   * @param {string} key
   * @param {string} value
   */
  addExternalEntity(key, value) {
    validateEntityName3(key);
    if (typeof value === "string" && value.indexOf("&") === -1) {
      if (this._applyRegistrationHook(this._onExternalEntity, key, value, "external")) {
        this._externalMap[key] = value;
      }
    }
  }
  // -------------------------------------------------------------------------
  // Input / runtime entity registration (per document)
  // -------------------------------------------------------------------------
  /**
   * Inject DOCTYPE entities for the current document.
   * Also resets per-document expansion counters.
   * If `onInputEntity` is set it is called once per entry; entries returning
   * `ENTITY_ACTION.BLOCK` are silently omitted, `ENTITY_ACTION.THROW` aborts.
   * @param {Record<string, string | { regx?: RegExp, regex?: RegExp, val: string }>} map
   */
  addInputEntities(map) {
    this._totalExpansions = 0;
    this._expandedLength = 0;
    if (!this._onInputEntity) {
      this._inputMap = mergeEntityMaps2(map);
      return;
    }
    const flat = mergeEntityMaps2(map);
    const filtered = /* @__PURE__ */ Object.create(null);
    for (const [name2, value] of Object.entries(flat)) {
      if (this._applyRegistrationHook(this._onInputEntity, name2, value, "input")) {
        filtered[name2] = value;
      }
    }
    this._inputMap = filtered;
  }
  // -------------------------------------------------------------------------
  // Per-document reset
  // -------------------------------------------------------------------------
  /**
   * Wipe input/runtime entities and reset counters.
   * Call this before processing each new document.
   * @returns {this}
   */
  reset() {
    this._inputMap = /* @__PURE__ */ Object.create(null);
    this._totalExpansions = 0;
    this._expandedLength = 0;
    return this;
  }
  // -------------------------------------------------------------------------
  // XML version (can be set after construction, e.g. once parser reads <?xml?>)
  // -------------------------------------------------------------------------
  /**
   * Update the XML version used for NCR classification.
   * Call this as soon as the document's `<?xml version="...">` declaration is parsed.
   * @param {1.0|1.1|number} version
   */
  setXmlVersion(version) {
    this._ncrXmlVersion = version === 1.1 ? 1.1 : 1;
  }
  // -------------------------------------------------------------------------
  // Primary API
  // -------------------------------------------------------------------------
  /**
   * Replace all entity references in `str` in a single pass.
   *
   * @param {string} str
   * @returns {string}
   */
  decode(str) {
    if (typeof str !== "string" || str.length === 0) return str;
    if (str.indexOf("&") === -1) return str;
    const original = str;
    const chunks = [];
    const len = str.length;
    let last = 0;
    let i = 0;
    const limitExpansions = this._maxTotalExpansions > 0;
    const limitLength = this._maxExpandedLength > 0;
    const checkLimits = limitExpansions || limitLength;
    while (i < len) {
      if (str.charCodeAt(i) !== 38) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < len && str.charCodeAt(j) !== 59 && j - i <= 32) j++;
      if (j >= len || str.charCodeAt(j) !== 59) {
        i++;
        continue;
      }
      const token = str.slice(i + 1, j);
      if (token.length === 0) {
        i++;
        continue;
      }
      let replacement;
      let tier;
      if (this._removeSet.has(token)) {
        replacement = "";
        if (tier === void 0) {
          tier = LIMIT_TIER_EXTERNAL2;
        }
      } else if (this._leaveSet.has(token)) {
        i++;
        continue;
      } else if (token.charCodeAt(0) === 35) {
        const ncrResult = this._resolveNCR(token);
        if (ncrResult === void 0) {
          i++;
          continue;
        }
        replacement = ncrResult;
        tier = LIMIT_TIER_BASE2;
      } else {
        const resolved = this._resolveName(token);
        replacement = resolved?.value;
        tier = resolved?.tier;
      }
      if (replacement === void 0) {
        i++;
        continue;
      }
      if (i > last) chunks.push(str.slice(last, i));
      chunks.push(replacement);
      last = j + 1;
      i = last;
      if (checkLimits && this._tierCounts(tier)) {
        if (limitExpansions) {
          this._totalExpansions++;
          if (this._totalExpansions > this._maxTotalExpansions) {
            throw new Error(
              `[EntityReplacer] Entity expansion count limit exceeded: ${this._totalExpansions} > ${this._maxTotalExpansions}`
            );
          }
        }
        if (limitLength) {
          const delta = replacement.length - (token.length + 2);
          if (delta > 0) {
            this._expandedLength += delta;
            if (this._expandedLength > this._maxExpandedLength) {
              throw new Error(
                `[EntityReplacer] Expanded content length limit exceeded: ${this._expandedLength} > ${this._maxExpandedLength}`
              );
            }
          }
        }
      }
    }
    if (last < len) chunks.push(str.slice(last));
    const result = chunks.length === 0 ? str : chunks.join("");
    return this._postCheck(result, original);
  }
  // -------------------------------------------------------------------------
  // Private: limit tier check
  // -------------------------------------------------------------------------
  /**
   * Returns true if a resolved entity of the given tier should count
   * against the expansion/length limits.
   * @param {string} tier  — LIMIT_TIER_EXTERNAL | LIMIT_TIER_BASE
   * @returns {boolean}
   */
  _tierCounts(tier) {
    if (this._limitTiers.has(LIMIT_TIER_ALL2)) return true;
    return this._limitTiers.has(tier);
  }
  // -------------------------------------------------------------------------
  // Private: entity resolution
  // -------------------------------------------------------------------------
  /**
   * Resolve a named entity token (without & and ;).
   * Priority: inputMap > externalMap > baseMap
   * Returns the resolved value tagged with its limit tier.
   *
   * @param {string} name
   * @returns {{ value: string, tier: string }|undefined}
   */
  _resolveName(name2) {
    if (name2 in this._inputMap) return { value: this._inputMap[name2], tier: LIMIT_TIER_EXTERNAL2 };
    if (name2 in this._externalMap) return { value: this._externalMap[name2], tier: LIMIT_TIER_EXTERNAL2 };
    if (name2 in this._baseMap) return { value: this._baseMap[name2], tier: LIMIT_TIER_BASE2 };
    return void 0;
  }
  /**
   * Classify a codepoint and return the minimum action level that must be applied.
   * Returns -1 when no minimum is imposed (normal allow path).
   *
   * Ranges checked (in priority order):
   *   1. U+0000            — null, governed by nullNCR (always ≥ remove)
   *   2. U+D800–U+DFFF     — surrogates, always prohibited (min: remove)
   *   3. U+0001–U+001F \ {0x09,0x0A,0x0D}  — XML 1.0 restricted C0 (min: remove)
   *      (skipped in XML 1.1 — C0 controls are allowed when written as NCRs)
   *
   * @param {number} cp  — codepoint
   * @returns {number}   — minimum NCR_LEVEL value, or -1 for no restriction
   */
  _classifyNCR(cp) {
    if (cp === 0) return this._ncrNullLevel;
    if (cp >= 55296 && cp <= 57343) return NCR_LEVEL2.remove;
    if (this._ncrXmlVersion === 1) {
      if (cp >= 1 && cp <= 31 && !XML10_ALLOWED_C02.has(cp)) return NCR_LEVEL2.remove;
    }
    return -1;
  }
  /**
   * Execute a resolved NCR action.
   *
   * @param {number} action   — NCR_LEVEL value
   * @param {string} token    — raw token (e.g. '#38') for error messages
   * @param {number} cp       — codepoint, used only for error messages
   * @returns {string|undefined}
   *   - decoded character string  → 'allow'
   *   - ''                        → 'remove'
   *   - undefined                 → 'leave' (caller must skip past '&' only)
   *   - throws Error              → 'throw'
   */
  _applyNCRAction(action, token, cp) {
    switch (action) {
      case NCR_LEVEL2.allow:
        return String.fromCodePoint(cp);
      case NCR_LEVEL2.remove:
        return "";
      case NCR_LEVEL2.leave:
        return void 0;
      // signal: keep literal
      case NCR_LEVEL2.throw:
        throw new Error(
          `[EntityDecoder] Prohibited numeric character reference &${token}; (U+${cp.toString(16).toUpperCase().padStart(4, "0")})`
        );
      default:
        return String.fromCodePoint(cp);
    }
  }
  /**
   * Full NCR resolution pipeline for a numeric token.
   *
   * Steps:
   *   1. Parse the codepoint (decimal or hex).
   *   2. Validate the raw codepoint range (NaN, <0, >0x10FFFF).
   *   3. If numericAllowed is false and no minimum restriction applies → leave as-is.
   *   4. Classify the codepoint to find the minimum required action level.
   *   5. Resolve effective action = max(onNCR, minimum).
   *   6. Apply and return.
   *
   * @param {string} token  — e.g. '#38', '#x26', '#X26'
   * @returns {string|undefined}
   *   - string (incl. '')  — replacement ('' = remove)
   *   - undefined          — leave original &token; as-is
   */
  _resolveNCR(token) {
    const second = token.charCodeAt(1);
    let cp;
    if (second === 120 || second === 88) {
      cp = parseInt(token.slice(2), 16);
    } else {
      cp = parseInt(token.slice(1), 10);
    }
    if (Number.isNaN(cp) || cp < 0 || cp > 1114111) return void 0;
    const minimum = this._classifyNCR(cp);
    if (!this._numericAllowed && minimum < NCR_LEVEL2.remove) return void 0;
    const effective = minimum === -1 ? this._ncrOnLevel : Math.max(this._ncrOnLevel, minimum);
    return this._applyNCRAction(effective, token, cp);
  }
};

// node_modules/@nodable/base-output-builder/node_modules/is-unsafe/src/contexts/html.js
var HTML_PATTERNS2 = [
  {
    id: "html-script-open",
    description: "<script opening tag",
    pattern: /<script[\s>/]/i
  },
  {
    id: "html-script-close",
    description: "</script closing tag",
    pattern: /<\/script[\s>]/i
  },
  {
    id: "html-javascript-protocol",
    description: "javascript: URI scheme (with optional whitespace/encoding)",
    // Handles j&#x61;vascript:, j\u0061vascript:, and whitespace variants
    pattern: /j[\t\n\r ]*a[\t\n\r ]*v[\t\n\r ]*a[\t\n\r ]*s[\t\n\r ]*c[\t\n\r ]*r[\t\n\r ]*i[\t\n\r ]*p[\t\n\r ]*t[\t\n\r ]*:/i
  },
  {
    id: "html-vbscript-protocol",
    description: "vbscript: URI scheme",
    pattern: /vbscript[\t\n\r ]*:/i
  },
  {
    id: "html-data-html",
    description: "data:text/html URI \u2014 can execute scripts in browsers",
    pattern: /data[\t\n\r ]*:[\t\n\r ]*text\/html/i
  },
  {
    id: "html-data-xhtml",
    description: "data:application/xhtml+xml URI",
    pattern: /data[\t\n\r ]*:[\t\n\r ]*application\/xhtml/i
  },
  {
    id: "html-data-svg",
    description: "data:image/svg+xml URI \u2014 can execute scripts",
    pattern: /data[\t\n\r ]*:[\t\n\r ]*image\/svg\+xml/i
  },
  {
    id: "html-inline-event-handler",
    description: "Inline event handler attributes: onclick=, onerror=, onload=, etc.",
    // \bon ensures we match a word boundary so "phonetic=" is not caught
    pattern: /\bon\w{1,30}\s*=/i
  },
  {
    id: "html-entity-obfuscated-script",
    description: "HTML-entity-encoded <script (e.g. &#x3C;script or &lt;script)",
    // Entities include optional trailing semicolon: &#x3C; or &#x3C (both valid in HTML5)
    pattern: /(?:&#x0*3[Cc];?|&#0*60;?|&lt;)\s*script/i
  },
  {
    id: "html-entity-obfuscated-javascript",
    description: 'HTML-entity-encoded javascript: (partial \u2014 catches common &#106; or &#x6a; for "j")',
    pattern: /(?:&#x0*6[Aa];?|&#0*106;?)\s*(?:&#x0*61;?|a)[\s\S]{0,80}script\s*:/i
  },
  {
    id: "html-style-expression",
    description: "CSS expression() \u2014 IE-era code execution in style attributes",
    pattern: /style[\s\S]{0,20}expression\s*\(/i
  },
  {
    id: "html-object-embed",
    description: "<object or <embed tags that can load active content",
    pattern: /<(?:object|embed)[\s>/]/i
  },
  {
    id: "html-base-tag",
    description: "<base href= \u2014 can hijack all relative URLs on a page",
    pattern: /<base[\s>]/i
  },
  {
    id: "html-meta-refresh",
    description: '<meta http-equiv="refresh" \u2014 can redirect users',
    pattern: /<meta[\s\S]{0,40}http-equiv[\s\S]{0,20}refresh/i
  },
  {
    id: "html-srcdoc",
    description: "srcdoc= attribute on iframes \u2014 embeds HTML that can run scripts",
    pattern: /srcdoc\s*=/i
  },
  {
    id: "html-iframe",
    description: "<iframe tag",
    pattern: /<iframe[\s>/]/i
  },
  {
    id: "html-form",
    description: "<form tag \u2014 can be used for phishing / credential harvesting injection",
    pattern: /<form[\s>/]/i
  }
];
var html_default2 = HTML_PATTERNS2;

// node_modules/@nodable/base-output-builder/node_modules/is-unsafe/src/contexts/xml.js
var XML_PATTERNS2 = [
  {
    id: "xml-cdata-injection",
    description: "CDATA section injection: <![CDATA[ breaks out of text node context",
    pattern: /<!\[CDATA\[/i
  },
  {
    id: "xml-cdata-close",
    description: "CDATA close sequence: ]]> can terminate an enclosing CDATA section",
    pattern: /\]\]>/
  },
  {
    id: "xml-processing-instruction",
    description: "XML processing instruction: <?xml-stylesheet or <?php etc.",
    pattern: /<\?(?:xml[\- ]|php|asp)/i
  },
  {
    id: "xml-doctype-injection",
    description: "DOCTYPE declaration embedded in content \u2014 can define entities",
    // Match <!DOCTYPE followed by end-of-string, whitespace, or [ (internal subset)
    pattern: /<!DOCTYPE(?:[\s[]|$)/i
  },
  {
    id: "xml-entity-system",
    description: "SYSTEM keyword \u2014 used in external entity declarations (XXE)",
    pattern: /\bSYSTEM\s+["']/i
  },
  {
    id: "xml-entity-public",
    description: "PUBLIC keyword \u2014 used in external entity declarations (XXE)",
    pattern: /\bPUBLIC\s+["']/i
  },
  {
    id: "xml-entity-declaration",
    description: "<!ENTITY declaration \u2014 defines entities, potential XXE or entity expansion",
    pattern: /<!ENTITY[\s%]/i
  },
  {
    id: "xml-billion-laughs",
    description: "Entity reference chaining / billion laughs: repeated &eX; style references",
    // Heuristic: 3+ consecutive entity refs suggests expansion attack
    pattern: /(?:&\w{1,20};){3,}/
  },
  {
    id: "xml-namespace-confusion",
    description: "xmlns: attribute injection \u2014 can redefine namespaces to confuse parsers",
    pattern: /\bxmlns\s*(?::\w{1,40})?\s*=/i
  },
  {
    id: "xml-comment-injection",
    description: "<!-- comment injection \u2014 can hide content from some parsers",
    pattern: /<!--/
  },
  {
    id: "xml-comment-close",
    description: "--> closes an enclosing XML comment",
    pattern: /-->/
  },
  {
    id: "xml-pi-close",
    description: "?> closes an enclosing processing instruction",
    pattern: /\?>/
  }
];
var xml_default2 = XML_PATTERNS2;

// node_modules/@nodable/base-output-builder/node_modules/is-unsafe/src/contexts/svg.js
var SVG_PATTERNS2 = [
  {
    id: "svg-script-element",
    description: "<script element inside SVG executes JavaScript",
    pattern: /<script[\s>/]/i
  },
  {
    id: "svg-xlink-href-javascript",
    description: "xlink:href with javascript: \u2014 classic SVG XSS via <a> or <use>",
    pattern: /xlink\s*:\s*href\s*=\s*["']?\s*javascript\s*:/i
  },
  {
    id: "svg-href-javascript",
    description: "href= with javascript: in SVG context (<a>, <animate>, etc.)",
    pattern: /href\s*=\s*["']?\s*javascript\s*:/i
  },
  {
    id: "svg-foreignobject",
    description: "<foreignObject embeds HTML inside SVG \u2014 can execute scripts",
    pattern: /<foreignObject[\s>/]/i
  },
  {
    id: "svg-use-external",
    description: "<use xlink:href or href pointing to external resource (non-fragment URL)",
    // Match <use with href= where the value starts with a non-# character (external URL)
    // [\"'][^#] catches quoted values not starting with #; [^\"'#\s>] catches unquoted
    pattern: /<use[\s\S]{0,60}(?:xlink\s*:\s*)?href\s*=\s*(?:["'][^#]|[^"'#\s>])/i
  },
  {
    id: "svg-animate-href",
    description: '<animate attributeName="href" \u2014 can dynamically change href to javascript:',
    pattern: /<animate[\s\S]{0,80}attributeName\s*=\s*["'][\s]*href["']/i
  },
  {
    id: "svg-animate-xlinkhref",
    description: '<animate attributeName="xlink:href"',
    pattern: /<animate[\s\S]{0,80}attributeName\s*=\s*["'][\s]*xlink\s*:\s*href["']/i
  },
  {
    id: "svg-set-javascript",
    description: '<set to="javascript:..." \u2014 sets an attribute to a javascript: URI',
    pattern: /<set[\s\S]{0,80}to\s*=\s*["']?\s*javascript\s*:/i
  },
  {
    id: "svg-event-handler",
    description: "SVG-specific event handler attributes: onload=, onerror=, onactivate=, etc.",
    pattern: /\bon(?:load|error|activate|begin|end|repeat|focus|blur|click|mouse\w{1,20}|key\w{1,20})\s*=/i
  },
  {
    id: "svg-handler-generic",
    description: "Generic on* handler catch-all for SVG attributes",
    pattern: /\bon\w{1,30}\s*=/i
  },
  {
    id: "svg-filter-feimage",
    description: "<feImage href= \u2014 filter primitive that can load external resources",
    pattern: /<feImage[\s\S]{0,80}(?:xlink\s*:\s*)?href\s*=/i
  },
  {
    id: "svg-image-external",
    description: "<image xlink:href with http/https or javascript protocol",
    pattern: /<image[\s\S]{0,80}(?:xlink\s*:\s*)?href\s*=\s*["']?\s*(?:https?|javascript)\s*:/i
  },
  {
    id: "svg-style-javascript",
    description: "style= attribute containing javascript: (e.g. background:url(javascript:...))",
    pattern: /style\s*=[\s\S]{0,60}javascript\s*:/i
  }
];
var svg_default2 = SVG_PATTERNS2;

// node_modules/@nodable/base-output-builder/node_modules/is-unsafe/src/contexts/sql.js
var SQL_PATTERNS2 = [
  {
    id: "sql-block-comment-open",
    description: "SQL block comment open: /* ... */ \u2014 unusual in legitimate user text",
    pattern: /\/\*/
  },
  {
    id: "sql-union-select",
    description: "UNION SELECT \u2014 most common SQL injection aggregation attack",
    pattern: /\bUNION\s{1,20}(?:ALL\s{1,20})?SELECT\b/i
  },
  {
    id: "sql-drop-table",
    description: "DROP TABLE \u2014 destructive DDL injection",
    pattern: /\bDROP\s{1,20}TABLE\b/i
  },
  {
    id: "sql-drop-database",
    description: "DROP DATABASE \u2014 destructive DDL injection",
    pattern: /\bDROP\s{1,20}DATABASE\b/i
  },
  {
    id: "sql-insert-into",
    description: "INSERT INTO \u2014 data injection",
    pattern: /\bINSERT\s{1,20}INTO\b/i
  },
  {
    id: "sql-delete-from",
    description: "DELETE FROM \u2014 data deletion injection",
    pattern: /\bDELETE\s{1,20}FROM\b/i
  },
  {
    id: "sql-update-set",
    description: "UPDATE ... SET \u2014 data modification injection",
    // Allows arbitrary content between UPDATE and SET (table name, alias, etc.)
    pattern: /\bUPDATE\b[\s\S]{1,60}\bSET\b/i
  },
  {
    id: "sql-exec-xp",
    description: "EXEC xp_ \u2014 MSSQL extended stored procedure execution",
    pattern: /\bEXEC(?:UTE)?\s{1,20}xp_/i
  },
  {
    id: "sql-tautology-string",
    description: `Classic string tautology: ' OR '1'='1 or " OR "1"="1"`,
    // Last quote is optional — injection may truncate it: ' OR '1'='1--
    pattern: /'\s{0,10}OR\s{0,10}'[^']{0,20}'\s*=\s*'[^']{0,20}/i
  },
  {
    id: "sql-tautology-numeric",
    description: "Numeric tautology: OR 1=1",
    pattern: /\bOR\s{1,10}1\s*=\s*1\b/i
  },
  {
    id: "sql-always-true-zero",
    description: "Numeric tautology: OR 0=0",
    pattern: /\bOR\s{1,10}0\s*=\s*0\b/i
  },
  {
    id: "sql-sleep-benchmark",
    description: "Time-based blind injection: SLEEP() or BENCHMARK()",
    pattern: /\b(?:SLEEP|BENCHMARK)\s*\(/i
  },
  {
    id: "sql-waitfor-delay",
    description: "MSSQL time-based blind injection: WAITFOR DELAY",
    pattern: /\bWAITFOR\s{1,20}DELAY\b/i
  },
  {
    id: "sql-char-function",
    description: "CHAR() function \u2014 used to obfuscate injected strings",
    pattern: /\bCHAR\s*\(\s*\d{1,3}/i
  },
  {
    id: "sql-information-schema",
    description: "INFORMATION_SCHEMA \u2014 reconnaissance query for table/column enumeration",
    pattern: /\bINFORMATION_SCHEMA\b/i
  }
];
var sql_default2 = SQL_PATTERNS2;

// node_modules/@nodable/base-output-builder/node_modules/is-unsafe/src/contexts/sql-strict.js
var SQL_STRICT_EXTRA2 = [
  {
    id: "sql-line-comment",
    description: "SQL line comment: -- followed by whitespace or end of string",
    pattern: /--(?:\s|$)/
  },
  {
    id: "sql-stacked-query",
    description: "Stacked queries: semicolon immediately followed by a SQL keyword",
    pattern: /;\s{0,10}(?:SELECT|INSERT|UPDATE|DELETE|DROP|CREATE|ALTER|EXEC)\b/i
  },
  {
    id: "sql-hex-encoding",
    description: "Hex-encoded string injection: 0x41414141 style (MySQL)",
    pattern: /\b0x[0-9a-f]{4,}/i
  }
];
var SQL_STRICT_PATTERNS2 = [...sql_default2, ...SQL_STRICT_EXTRA2];
var sql_strict_default2 = SQL_STRICT_PATTERNS2;

// node_modules/@nodable/base-output-builder/node_modules/is-unsafe/src/contexts/shell.js
var SHELL_PATTERNS2 = [
  {
    id: "shell-path-traversal-unix",
    description: "Unix path traversal: ../  \u2014 climbing the directory tree",
    pattern: /\.\.\//
  },
  {
    id: "shell-path-traversal-windows",
    description: "Windows path traversal: ..\\ \u2014 climbing the directory tree",
    pattern: /\.\.\\/
  },
  {
    id: "shell-path-traversal-encoded",
    description: "URL-encoded path traversal: %2e%2e or %2f variants",
    pattern: /%2e%2e|%2f\.\.|\.\.%2f/i
  },
  {
    id: "shell-null-byte",
    description: "Null byte injection: \\x00 or %00 \u2014 truncates strings in C-backed functions",
    pattern: /\x00|%00/
  },
  {
    id: "shell-semicolon",
    description: "Semicolon command separator: cmd1; cmd2",
    pattern: /;/
  },
  {
    id: "shell-pipe",
    description: "Pipe operator: cmd1 | cmd2",
    pattern: /\|/
  },
  {
    id: "shell-and-operator",
    description: "AND operator: cmd1 && cmd2",
    pattern: /&&/
  },
  {
    id: "shell-or-operator",
    description: "OR operator: cmd1 || cmd2",
    pattern: /\|\|/
  },
  {
    id: "shell-backtick",
    description: "Backtick command substitution: `cmd`",
    pattern: /`/
  },
  {
    id: "shell-dollar-paren",
    description: "Dollar-paren command substitution: $(cmd)",
    pattern: /\$\(/
  },
  {
    id: "shell-dollar-brace",
    description: "Dollar-brace variable expansion: ${var} \u2014 can be abused for injection",
    pattern: /\$\{/
  },
  {
    id: "shell-redirect-out",
    description: "Output redirection: cmd > file or cmd >> file",
    pattern: />{1,2}/
  },
  {
    id: "shell-redirect-in",
    description: "Input redirection: cmd < file",
    pattern: /</
  },
  {
    id: "shell-newline-injection",
    description: "Newline injection: \\n or \\r \u2014 can inject new shell commands",
    pattern: /[\n\r]/
  },
  {
    id: "shell-glob-star",
    description: "Glob expansion: * or ? \u2014 can expand to unintended files",
    // Only flag when combined with path separators to reduce false positives
    pattern: /[/\\][*?]/
  },
  {
    id: "shell-absolute-root",
    description: "Absolute root path injection: string starting with / or \\ (Windows UNC)",
    pattern: /^(?:\/|\\\\)/
  },
  {
    id: "shell-windows-drive",
    description: "Windows drive letter path injection: C:\\ or D:/",
    pattern: /^[a-zA-Z]:[/\\]/
  },
  {
    id: "shell-curl-wget",
    description: "curl/wget with URL or flags \u2014 can exfiltrate data or download payloads",
    // Require a URL scheme (http/https/ftp) or a flag (-) to reduce false positives
    // "curl is a tool" won't match; "curl http://..." or "curl -s ..." will
    pattern: /\b(?:curl|wget)\s+(?:https?:\/\/|ftp:\/\/|-)/i
  }
];
var shell_default2 = SHELL_PATTERNS2;

// node_modules/@nodable/base-output-builder/node_modules/is-unsafe/src/contexts/redos.js
var REDOS_PATTERNS2 = [
  {
    id: "redos-nested-quantifier-plus",
    description: "Nested + quantifier inside a group with outer quantifier: (a+)+, (.+b)*, etc.",
    // Matches any group containing a + quantifier, with an outer * or + — catches (a+)+, (.+b)*, etc.
    pattern: /\([^)]*\+[^)]*\)[+*]/
  },
  {
    id: "redos-nested-quantifier-star",
    description: "Nested * quantifier: (a*)* or (a*)+ \u2014 catastrophic backtracking",
    pattern: /\([^)]*\*[^)]*\)[*+]/
  },
  {
    id: "redos-nested-groups",
    description: "Doubly nested quantified groups: ((a+)+) \u2014 guaranteed catastrophic",
    pattern: /\(\([^)]{0,40}\)[+*]\)[+*]/
  },
  {
    id: "redos-alternation-overlap",
    description: "Overlapping alternation under quantifier: (a|a)+ \u2014 ambiguous NFA paths",
    // Detect repeated identical alternatives under a quantifier
    pattern: /\(([^|()]{1,20})\|(?:\1)(?:\|[^|()]{1,20}){0,5}\)[+*?]{1,2}/
  },
  {
    id: "redos-star-plus-concat",
    description: "(x*x)+ pattern \u2014 triggers super-linear backtracking",
    pattern: /\([^)]{0,10}\*[^)]{0,10}\)[+*]/
  },
  {
    id: "redos-dot-star-greedy",
    description: "(.*){n,} or (.+){n,} \u2014 repeated greedy dot quantifiers",
    pattern: /\(\.[*+]\)\{?\d/
  },
  {
    id: "redos-large-repetition",
    description: "Very large fixed or range repetition count {1000,} or {1000,n} \u2014 denial of service via backtracking",
    // Matches { followed by 4+ digits (≥1000), then optional ,digits }
    pattern: /\{\d{4,}(?:,\d*)?\}/
  },
  {
    id: "redos-catastrophic-alternation",
    description: "Long alternation with many similar branches \u2014 polynomial backtracking risk",
    // Heuristic: 10+ pipe-separated alternatives in a single group
    pattern: /\([^)]{0,200}(?:\|[^|)]{0,50}){9,}\)/
  }
];
var redos_default2 = REDOS_PATTERNS2;

// node_modules/@nodable/base-output-builder/node_modules/is-unsafe/src/contexts/nosql.js
var sep2 = `["'\\s]*:`;
var NOSQL_PATTERNS2 = [
  // ─── MongoDB $ operator injection ────────────────────────────────────────
  {
    id: "nosql-where-operator",
    description: "$where \u2014 executes arbitrary JavaScript server-side in MongoDB",
    pattern: new RegExp(`\\$where${sep2}`, "i")
  },
  {
    id: "nosql-ne-operator",
    description: '$ne \u2014 "not equal" operator used to bypass equality checks',
    pattern: new RegExp(`\\$ne${sep2}`, "i")
  },
  {
    id: "nosql-gt-operator",
    description: '$gt \u2014 "greater than" used to bypass password/value checks',
    pattern: new RegExp(`\\$gte?${sep2}`, "i")
  },
  {
    id: "nosql-lt-operator",
    description: '$lt / $lte \u2014 "less than" bypass variants',
    pattern: new RegExp(`\\$lte?${sep2}`, "i")
  },
  {
    id: "nosql-regex-operator",
    description: "$regex \u2014 can be used to extract data character by character (blind injection)",
    pattern: new RegExp(`\\$regex${sep2}`, "i")
  },
  {
    id: "nosql-or-operator",
    description: "$or \u2014 logical OR; used to create always-true conditions",
    pattern: new RegExp(`\\$or${sep2}\\s*\\[`, "i")
  },
  {
    id: "nosql-and-operator",
    description: "$and \u2014 logical AND operator injection",
    pattern: new RegExp(`\\$and${sep2}\\s*\\[`, "i")
  },
  {
    id: "nosql-nor-operator",
    description: "$nor \u2014 logical NOR operator injection",
    pattern: new RegExp(`\\$nor${sep2}\\s*\\[`, "i")
  },
  {
    id: "nosql-exists-operator",
    description: "$exists \u2014 can enumerate fields to determine schema",
    pattern: new RegExp(`\\$exists${sep2}`, "i")
  },
  {
    id: "nosql-in-operator",
    description: "$in \u2014 matches any value in a list; can enumerate values",
    pattern: new RegExp(`\\$in${sep2}\\s*\\[`, "i")
  },
  {
    id: "nosql-expr-operator",
    description: "$expr \u2014 allows aggregation expressions in queries (MongoDB 3.6+)",
    pattern: new RegExp(`\\$expr${sep2}`, "i")
  },
  {
    id: "nosql-function-operator",
    description: "$function \u2014 executes arbitrary JavaScript in MongoDB 4.4+",
    pattern: new RegExp(`\\$function${sep2}`, "i")
  },
  {
    id: "nosql-accumulator-operator",
    description: "$accumulator \u2014 custom aggregation with arbitrary JS execution",
    pattern: new RegExp(`\\$accumulator${sep2}`, "i")
  },
  // ─── Prototype pollution ─────────────────────────────────────────────────
  {
    id: "nosql-proto-pollution",
    description: "__proto__ \u2014 prototype pollution via object key injection",
    pattern: /__proto__/
  },
  {
    id: "nosql-constructor-prototype",
    description: "constructor.prototype \u2014 alternative prototype pollution vector (dot notation or JSON key)",
    // Matches dot-notation (obj.constructor.prototype) and JSON key adjacency
    // ("constructor": {"prototype": ...})
    pattern: /constructor[\s"':.,{\[]*prototype/i
  },
  {
    id: "nosql-proto-bracket",
    description: '["__proto__"] \u2014 bracket-notation prototype pollution',
    pattern: /\[["']__proto__["']\]/
  }
];
var nosql_default2 = NOSQL_PATTERNS2;

// node_modules/@nodable/base-output-builder/node_modules/is-unsafe/src/contexts/log.js
var LOG_PATTERNS2 = [
  // ─── CRLF / newline injection ─────────────────────────────────────────────
  {
    id: "log-crlf-injection",
    description: "CRLF injection: literal \\r or \\n embeds fake log lines",
    pattern: /[\r\n]/
  },
  {
    id: "log-url-encoded-crlf",
    description: "URL-encoded CRLF: %0d, %0a, %0D, %0A \u2014 decoded by some log parsers",
    pattern: /%0[dDaA]/
  },
  {
    id: "log-unicode-newline",
    description: "Unicode newline variants: U+2028 (line separator), U+2029 (paragraph separator)",
    pattern: /[\u2028\u2029]/
  },
  // ─── Log4Shell / JNDI injection (CVE-2021-44228) ─────────────────────────
  {
    id: "log-log4shell-jndi",
    description: "Log4Shell: ${jndi:...} triggers remote code execution in Apache Log4j",
    pattern: /\$\{jndi\s*:/i
  },
  {
    id: "log-log4shell-obfuscated",
    description: "Obfuscated Log4Shell: ${::-j}... lookup-bypass prefix used to evade WAF detection",
    // ${::- is the Log4j lookup-bypass escape sequence; presence alone is suspicious
    pattern: /\$\{::-/
  },
  {
    id: "log-log4j-lookup",
    description: "Log4j lookup syntax: ${env:...}, ${sys:...}, ${ctx:...} \u2014 data exfiltration",
    pattern: /\$\{(?:env|sys|ctx|main|map|sd|web|docker|k8s|spring)\s*:/i
  },
  // ─── Server-Side Template Injection (SSTI) in log messages ───────────────
  {
    id: "log-ssti-double-brace",
    description: "SSTI double-brace: {{expression}} \u2014 Jinja2, Twig, Handlebars, etc.",
    pattern: /\{\{[\s\S]{0,80}\}\}/
  },
  {
    id: "log-ssti-hash-brace",
    description: "SSTI hash-brace: #{expression} \u2014 Thymeleaf, Velocity, Ruby ERB",
    pattern: /#\{[\s\S]{0,80}\}/
  },
  {
    id: "log-ssti-dollar-brace",
    description: "SSTI/EL injection: ${expression with operators or method calls} \u2014 JSP EL, Freemarker, SpEL",
    // Require that the ${...} content looks like an expression, not a plain variable name.
    // Flags if the content contains: . ( * + operators, or known SSTI keywords.
    // This avoids flagging ${PATH}, ${HOME} etc. (plain shell variables).
    pattern: /\$\{[^}]*(?:\.|\(|\*|\+|\bclass\b|\bruntime\b|\bprocess\b|\bexec\b)[^}]{0,80}\}/i
  },
  {
    id: "log-ssti-percent-tag",
    description: "SSTI ERB/ASP tag: <%= expression %> \u2014 Ruby ERB, ASP",
    pattern: /<%=[\s\S]{0,80}%>/
  },
  // ─── Null byte ────────────────────────────────────────────────────────────
  {
    id: "log-null-byte",
    description: "Null byte: \\x00 or %00 \u2014 can truncate log entries in C-backed loggers",
    pattern: /\x00|%00/
  },
  // ─── ANSI escape injection ────────────────────────────────────────────────
  {
    id: "log-ansi-escape",
    description: "ANSI escape sequence: ESC[ \u2014 can manipulate terminal output when logs are tailed",
    pattern: /\x1b\[/
  }
];
var log_default2 = LOG_PATTERNS2;

// node_modules/@nodable/base-output-builder/node_modules/is-unsafe/src/registry.js
var CONTEXT_REGISTRY = {
  HTML: html_default2,
  XML: xml_default2,
  SVG: svg_default2,
  SQL: sql_default2,
  "SQL-STRICT": sql_strict_default2,
  SHELL: shell_default2,
  REDOS: redos_default2,
  NOSQL: nosql_default2,
  LOG: log_default2
};
var registry_default = CONTEXT_REGISTRY;
var VALID_CONTEXTS2 = Object.freeze(
  Object.fromEntries(Object.keys(CONTEXT_REGISTRY).map((k) => [k, k]))
);

// node_modules/@nodable/base-output-builder/node_modules/is-unsafe/src/index.js
function assertString2(value) {
  if (typeof value !== "string") {
    throw new TypeError(
      `is-unsafe: first argument must be a string, got ${typeof value}`
    );
  }
}
function assertContext2(context) {
  if (context instanceof RegExp) return;
  if (typeof context === "string") {
    if (!registry_default[context]) {
      throw new TypeError(
        `is-unsafe: unknown context "${context}". Valid contexts: ${Object.keys(VALID_CONTEXTS2).join(", ")}`
      );
    }
    return;
  }
  if (Array.isArray(context)) {
    if (context.length === 0) {
      throw new TypeError("is-unsafe: context array must not be empty");
    }
    for (const c of context) {
      if (typeof c !== "string" || !registry_default[c]) {
        throw new TypeError(
          `is-unsafe: unknown context "${c}" in array. Valid contexts: ${Object.keys(VALID_CONTEXTS2).join(", ")}`
        );
      }
    }
    return;
  }
  throw new TypeError(
    `is-unsafe: second argument must be a context string, array of context strings, or RegExp. Got: ${typeof context}`
  );
}
function matchContext(value, contextName) {
  const patterns = registry_default[contextName];
  for (const rule of patterns) {
    if (rule.pattern.test(value)) {
      return { context: contextName, id: rule.id, description: rule.description, pattern: rule.pattern };
    }
  }
  return null;
}
function isUnsafe2(value, context) {
  assertString2(value);
  assertContext2(context);
  if (context instanceof RegExp) {
    return context.test(value);
  }
  if (typeof context === "string") {
    return matchContext(value, context) !== null;
  }
  for (const c of context) {
    if (matchContext(value, c) !== null) return true;
  }
  return false;
}

// node_modules/@nodable/base-output-builder/src/ValueParsers/BaseValueParser.js
var BaseValueParser = class {
  constructor(IS_FINAL = false) {
    this.IS_FINAL = IS_FINAL;
  }
  /**
    * Called once per parse by `ValueParserPipeline` after construction.
    * Subclasses that need shared XML metadata (version, entities) read it
    * from `ctx` lazily inside `parse()` — it is fully populated by the time
    * the first value is parsed.
    * @param {import('../ValueParser.js').SharedContext} ctx
    */
  init(ctx) {
    this.ctx = ctx;
  }
  /**
   * Reset internal state between document parses.
   * Called by `BaseOutputBuilderFactory.resetValueParsers()` before each parse.
   * Stateful subclasses (e.g. `EntityParser`) must override this.
   */
  reset() {
  }
  /**
   * Transform `val` and return the result.
   * Return a `FinalValue` instance to stop the pipeline early (unless
   * `this.IS_FINAL` is false, in which case the pipeline continues).
   *
   * @param {*}      val
   * @param {import('../ValueParser.js').Context} [runTimeContext]
   * @returns {*}
   */
  parse(val, runTimeContext) {
    throw new Error("You must implement parse() in a value parser.");
  }
};

// node_modules/@nodable/base-output-builder/src/ValueParsers/EntityParser.js
var defaultOptions6 = {
  namedEntities: { ...XML2 },
  numericAllowed: true,
  //limit: {},
  onInputEntity: (name2, value) => isUnsafe2(value, [VALID_CONTEXTS2.XML]) ? ENTITY_ACTION2.BLOCK : ENTITY_ACTION2.ALLOW
};
var EntityParser = class extends BaseValueParser {
  #seen = false;
  #decoder = null;
  #options = null;
  /**
   * @param {object} options 
   * @param {boolean} isFinal true if it should skip rest of the value parsers in the chain
   */
  constructor(options, isFinal = false) {
    super(isFinal);
    this.#options = {
      ...defaultOptions6,
      ...options || {},
      // Additive merge: user-supplied namedEntities extend, not replace, the defaults.
      namedEntities: { ...defaultOptions6.namedEntities, ...options?.namedEntities || {} }
    };
  }
  #ensureDecoder() {
    if (!this.#decoder) {
      this.#decoder = new EntityDecoder2(this.#options);
    }
    if (!this.#seen) {
      const version = this.ctx?.get("xmlVersion");
      const entities = this.ctx?.get("inputEntities");
      if (version) this.#decoder.setXmlVersion(version);
      if (entities) this.#decoder.addInputEntities(entities);
      this.#seen = true;
    }
  }
  reset() {
    this.#seen = false;
    if (this.#decoder) {
      this.#decoder.reset();
    }
  }
  parse(val) {
    if (typeof val !== "string") return val;
    this.#ensureDecoder();
    return this.#decoder.decode(val);
  }
};

// node_modules/@nodable/base-output-builder/src/ValueParsers/WSNormalizer.js
var WSNormalizer = class extends BaseValueParser {
  /**
   * @param {{ exclude?: Array<string|import('path-expression-matcher').Expression> }} [options]
   *   `exclude` — paths whose whitespace should be left untouched (e.g. `["..pre", "..code"]`).
   *   Accepts plain expression strings or pre-built `Expression` objects.
   */
  constructor(options, isFinal = false) {
    super(isFinal);
    const exclude = options?.exclude ?? [];
    const set = new ExpressionSet();
    for (const entry of exclude) {
      set.add(typeof entry === "string" ? new Expression(entry) : entry);
    }
    set.seal();
    this._excludeSet = set;
  }
  /**
   * Normalize whitespace in `val` unless an exclusion condition applies.
   *
   * @param {*}      val
   * @param {import('../ValueParser.js').Context} [ctx]
   * @returns {*}
   */
  parse(val, ctx) {
    if (typeof val !== "string") return val;
    if (ctx) {
      if (ctx.isAttribute) return val;
      if (ctx.matcher) {
        if (ctx.matcher.getAnyParentAttr("xml:space") === "preserve") return val;
        if (this._excludeSet.size > 0 && this._excludeSet.matchesAny(ctx.matcher)) return val;
      }
    }
    return normalizeSpaces(val);
  }
};
function normalizeSpaces(str) {
  return str.replace(/[ \t\r\n]+/g, " ").trim();
}

// node_modules/@nodable/base-output-builder/src/ValueParsers/trim.js
var trimmer = class extends BaseValueParser {
  parse(val) {
    if (typeof val === "string") return val.trim();
    else return val;
  }
};

// node_modules/@nodable/base-output-builder/src/ValueParsers/booleanParser.js
var boolParser = class extends BaseValueParser {
  constructor(trueList, falseList, isFinal = false) {
    super(isFinal);
    if (trueList)
      this.trueList = trueList;
    else
      this.trueList = ["true"];
    if (falseList)
      this.falseList = falseList;
    else
      this.falseList = ["false"];
  }
  parse(val) {
    if (typeof val === "string") {
      const temp = val.toLowerCase();
      if (this.trueList.indexOf(temp) !== -1) return this.IS_FINAL ? new FinalValue(true) : true;
      else if (this.falseList.indexOf(temp) !== -1) return this.IS_FINAL ? new FinalValue(false) : false;
    }
    return val;
  }
};

// node_modules/@nodable/base-output-builder/src/ValueParsers/number.js
var numParser = class extends BaseValueParser {
  constructor(options, isFinal = false) {
    super(isFinal);
    this.options = options || {};
  }
  /**
   * Parse a value, converting strings to numbers based on options
   * @param {*} val - Value to parse
   * @returns {*} Parsed value (number if successfully parsed, otherwise original value)
   */
  parse(val) {
    if (typeof val === "string") {
      const newval = toNumber(val, this.options);
      if (typeof newval !== val) {
        return this.IS_FINAL ? new FinalValue(newval) : newval;
      }
    }
    return val;
  }
};

// node_modules/@nodable/base-output-builder/src/ValueParserRegistry.js
var defaultValParsers = {
  "entity": new EntityParser(),
  "trim": new trimmer(),
  "ws": new WSNormalizer(),
  "boolean": new boolParser(),
  "number": new numParser({ hex: true, leadingZeros: true, eNotation: true })
  // "currency": new currencyParser(),
};
var ValueParserRegistry = class {
  constructor() {
    this.registered = { ...defaultValParsers };
  }
  /**
   * @param {string} name
   * @param {BaseValueParser} parser
   */
  register(name2, parser2) {
    if (!name2 || typeof name2 !== "string") {
      throw new Error("name must be a string");
    }
    if (!parser2) {
      throw new Error("parser is required");
    }
    if (!parser2.reset || typeof parser2.reset !== "function") {
      throw new Error("parser must implement reset()");
    }
    if (!parser2.parse || typeof parser2.parse !== "function") {
      throw new Error("parser must implement parse()");
    }
    this.registered[name2] = parser2;
  }
  reset(name2) {
    this.registered[name2]?.reset();
  }
  resetAll() {
    for (const vp in this.registered) {
      this.registered[vp]?.reset();
    }
  }
  /**
   * 
   * @param {string} name 
   * @returns {BaseValueParser}
   */
  get(name2) {
    const ret = this.registered[name2];
    if (!ret) {
      throw new Error("parser not found: " + name2);
    }
    return ret;
  }
};

// node_modules/@nodable/base-output-builder/src/ValueParser.js
var Context = class {
  /**
   * @param {string}                elementName   Tag or attribute name
   * @param {import('path-expression-matcher').MatcherView} matcher  Read-only path inspector
   * @param {boolean|null}          isLeafNode    True when element has no child elements
   * @param {boolean}          isAttribute    True when attribute type
   */
  constructor(elementName, matcher, isLeafNode, isAttribute = false) {
    this.elementName = elementName;
    this.matcher = matcher;
    this.isLeafNode = isLeafNode;
    this.isAttribute = isAttribute;
  }
};
var FinalValue = class {
  /** @param {*} value The resolved value to return from the pipeline */
  constructor(value) {
    this.value = value;
  }
};
var SharedContext = class {
  #data = {};
  /** @param {string} key  @param {*} value */
  set(key, value) {
    this.#data[key] = value;
  }
  /** @param {string} key  @returns {*} */
  get(key) {
    return this.#data[key];
  }
  /**
   * Remove all entries.
   * Not needed when the factory creates a fresh SharedContext per parse
   * (the current approach), but available for alternative setups.
   */
  clear() {
    this.#data = {};
  }
};
var ValueParserPipeline = class {
  /**
   * @param {Array<BaseValueParser>}  valParsers     Ordered parser names or instances
   * @param {ValueParserRegistry} registry       Map of name → parser instance
   * @param {SharedContext}         [sharedContext]
   */
  constructor(valParsers = [], registry, sharedContext = null) {
    this.valParsers = valParsers;
    this.registry = registry;
    this.sharedContext = sharedContext || new SharedContext();
    this._initAll(valParsers);
  }
  /**
   * Execute the parser chain on `val`.
   *
   * Each parser receives `(currentValue, context)`. If a parser returns a
   * {@link FinalValue} the chain stops and the wrapped value is returned.
   *
   * @param {*}       val
   * @param {Context} [runtimContext]
   * @returns {*}
   */
  run(val, runtimContext) {
    for (let i = 0; i < this.valParsers.length; i++) {
      let parser2 = this.valParsers[i];
      if (typeof parser2 === "string") parser2 = this.registry.get(parser2);
      if (parser2) {
        const result = parser2.parse(val, runtimContext);
        if (result instanceof FinalValue) return result.value;
        val = result;
      }
    }
    return val;
  }
  resetAll() {
    for (let i = 0; i < this.valParsers.length; i++) {
      let parser2 = this.valParsers[i];
      if (typeof parser2 === "string") parser2 = this.registry.get(parser2);
      if (parser2) {
        if (parser2.reset && typeof parser2.reset === "function") parser2.reset();
      }
    }
  }
  /**
   * Add or replace a named parser in the registry.
   * If the instance implements `init()` and the pipeline has a `SharedContext`,
   * `init` is called immediately so the parser is ready before the next `run()`.
   *
   * @param {string} name
   * @param {object} instance  Must implement `parse(val, context?)`
   */
  register(name2, instance) {
    this.registry.register(name2, instance);
    if (instance.init) instance.init(this.sharedContext);
  }
  // ── private ──────────────────────────────────────────────────────────────
  /**
   * Call `init(sharedContext)` on each parser in `instances` that implements it.
   * Used only during construction to wire up the initial registry.
   *
   * A local `Set` deduplicates in case the same instance is registered under
   * multiple names (e.g. an alias). A module-level WeakSet is intentionally
   * NOT used: pipelines are rebuilt on every `getInstance()` call, so parsers
   * must receive `init()` fresh each parse with the new `SharedContext` ref.
   *
   * @param {object[]} instances
   */
  _initAll(instances) {
    if (!this.sharedContext) return;
    const seen = /* @__PURE__ */ new Set();
    for (const p of instances) {
      let parserInstance = p;
      if (typeof p === "string") parserInstance = this.registry.get(p);
      if (parserInstance && typeof parserInstance.init === "function" && !seen.has(parserInstance)) {
        seen.add(parserInstance);
        parserInstance.init(this.sharedContext);
      }
    }
  }
};

// node_modules/@nodable/base-output-builder/src/BaseOutputBuilder.js
var DEFAULT_TAG_PARSERS = ["ws", "entity", "boolean", "number"];
var DEFAULT_ATTR_PARSERS = ["entity", "boolean", "number"];
var BaseOutputBuilder = class {
  /**
   * @param {object}              parserOptions
   * @param {object}              builderOptions
   * @param {MatcherView}         matcherView
   * @param {ValueParserRegistry} registry
   * @param {boolean}             resetPipelines
   */
  constructor(parserOptions, builderOptions, matcherView, registry, resetPipelines = true) {
    this.matcher = matcherView;
    this._rootName = "^";
    this.parserOptions = parserOptions;
    this.builderOptions = builderOptions;
    this.registry = registry;
    const tagChain = builderOptions?.tags?.valueParsers ?? DEFAULT_TAG_PARSERS;
    const attrChain = builderOptions?.attributes?.valueParsers ?? DEFAULT_ATTR_PARSERS;
    this.sharedContext = new SharedContext();
    this.tagsPipeline = new ValueParserPipeline(tagChain, this.registry, this.sharedContext);
    this.attrsPipeline = new ValueParserPipeline(attrChain, this.registry, this.sharedContext);
    if (resetPipelines) {
      this.tagsPipeline.resetAll();
      this.attrsPipeline.resetAll();
    }
    this._pendingStopNode = false;
  }
  /**
   * Add a parsed attribute to the current element.
   * Only called when skip.attributes is false.
   *
   * @param {string}  name    Processed attribute name (prefix stripped, sanitised)
   * @param {*}       value   Raw attribute value
   * @param {object}  matcher Read-only Matcher proxy from the parser
   */
  addAttribute(name2, value, matcher) {
    if (name2 === "version" && this.tagName === this._rootName) {
      this.sharedContext?.set("xmlVersion", +value);
    }
    const prefixed = `${this.parserOptions.attributes.prefix}${name2}${this.parserOptions.attributes.suffix}`;
    const context = new Context(name2, matcher, true, true);
    this.attributes[prefixed] = this.attrsPipeline.run(value, context);
  }
  /** Hook for subclasses to append a named child node. */
  _addChild(key, val) {
  }
  /**
   * Add a comment node.
   * - Dropped entirely when skip.comment is true.
   * - Stored under nameFor.comment when set; '' = omit from output.
   */
  addComment(text2) {
    if (this.parserOptions.skip.comment) return;
    if (this.parserOptions.nameFor.comment) {
      this._addChild(this.parserOptions.nameFor.comment, text2);
    }
  }
  /**
   * Add a CDATA section.
   * - Dropped entirely when skip.cdata is true.
   * - Stored under nameFor.cdata when set; '' = merge into element text value.
   */
  addLiteral(text2) {
    if (this.parserOptions.skip.cdata) return;
    if (this.parserOptions.nameFor.cdata) {
      this._addChild(this.parserOptions.nameFor.cdata, text2);
    } else {
      this.addRawValue(text2 || "");
    }
  }
  /**
   * Add raw text directly to the current element's text value, bypassing the
   * value-parser chain. Used by addLiteral() when CDATA merges into element text.
   */
  addRawValue(text2) {
    this.addValue(text2);
  }
  /**
   * Receive DOCTYPE entities from the XML parser and store them in
   * SharedContext so that value parsers can access them on their first
   * `parse()` call.
   *
   * @param {object} entities — raw entity map from DocTypeReader
   */
  addInputEntities(entities) {
    this.sharedContext?.set("inputEntities", entities);
  }
  /**
   * Handle XML declaration (<?xml ... ?>).
   * Dropped when skip.declaration is true.
   */
  addDeclaration(name2) {
    this.addInstruction(name2);
  }
  /**
   * Handle a processing instruction.
   * Subclasses override; base is a no-op.
   */
  addInstruction(name2) {
  }
  /**
  * Called when a stop node is fully collected, before `addValue`.
  *
  * @param {TagDetail}       tagDetail  - name, line, col, index of the stop node
  * @param {string}          rawContent - raw unparsed content between the tags
  */
  onStopNode(tagDetail, rawContent) {
    this._pendingStopNode = true;
    if (typeof this.parserOptions.onStopNode === "function") {
      this.parserOptions.onStopNode(tagDetail, rawContent, this.matcher);
    }
  }
  /**
   * Called by the parser when `exitIf` returns true for the current tag.
   * Receives a snapshot of the parser state at the moment of exit, after
   * all open tags have been cleanly closed by the parser.
   *
   * Override in subclasses to record the exit position or annotate output.
   *
   * @param {object} exitInfo
   * @param {object} exitInfo.tagDetail  `{ name, line, col, index }` of the tag that triggered the exit
   * @param {object} exitInfo.matcher    Read-only matcher at the moment exitIf fired
   * @param {number} exitInfo.depth      Nesting depth at exit (0 = root children)
   */
  onExit(exitInfo) {
  }
};

// node_modules/@nodable/base-output-builder/src/BaseOutputBuilderFactory.js
var BaseOutputBuilderFactory = class {
  constructor(builderOptions = {}) {
    this.builderOptions = builderOptions;
    this.registry = new ValueParserRegistry();
  }
  /**
   * Add or replace a named value parser in the shared registry.
   * Takes effect for all builder instances created after this call.
   *
   * @param {string} name
   * @param {object} parserInstance  Must implement `parse(val, context?)`
   */
  registerValueParser(name2, parserInstance) {
    this.registry.register(name2, parserInstance);
  }
  /**
   * Called by XMLParser before each document parse to obtain a fresh builder.
   * This resets all value parsers, builds separate pipeline to process values 
   * of tags and attributes and builds a fresh shared context per document.
   *
   * @param {object} options XML Parser options
   * @param {MatcherView} matcherView
   * @returns {BaseOutputBuilder}
   */
  getInstance(parserOptions, matcherView) {
    throw new Error("getInstance is not implemented");
  }
};

// node_modules/@nodable/compact-builder/src/CompactBuilder.js
var CompactBuilderFactory = class extends BaseOutputBuilderFactory {
  constructor(builderOptions = {}) {
    super();
    this.builderOptions = buildOptions2(builderOptions);
  }
  getInstance(parserOptions, readonlyMatcher) {
    return new CompactBuilder(
      parserOptions,
      this.builderOptions,
      readonlyMatcher,
      this.registry
    );
  }
};
var CompactBuilder = class extends BaseOutputBuilder {
  /**
   * @param {object}                parserOptions
   * @param {object}                builderOptions
   * @param {MatcherView} readonlyMatcher
   * @param {object}                registry
   */
  constructor(parserOptions, builderOptions, readonlyMatcher, registry) {
    super(parserOptions, builderOptions, readonlyMatcher, registry);
    this.parserOptions = parserOptions;
    this.builderOptions = builderOptions;
    this.tagsStack = [];
    this.root = {};
    this.parent = this.root;
    this.tagName = this._rootName;
    this.value = {};
    this.textValue = "";
    this.attributes = {};
    this.hasAttributes = false;
  }
  /**
   * Builds the initial value object from current attributes.
   * Returns "" when there are no attributes.
   */
  _buildAttributeValue() {
    if (isEmpty(this.attributes)) {
      this.hasAttributes = false;
      return "";
    }
    this.hasAttributes = true;
    if (this.parserOptions.attributes.groupBy) {
      return { [this.parserOptions.attributes.groupBy]: this.attributes };
    }
    return this.attributes;
  }
  addElement(tag) {
    const value = this._buildAttributeValue();
    this.tagsStack.push([this.tagName, this.textValue, this.value, this.hasAttributes]);
    this.tagName = tag.name;
    this.value = value;
    this.textValue = "";
    this.attributes = {};
  }
  /**
   * Combines votes from `alwaysArray` and `forceArray` with equal priority.
   *
   * Voting rules:
   *   - `alwaysArray`: true if any entry matches, undefined (abstain) if none match.
   *     It never votes false — no match is not a veto.
   *   - `forceArray`: returns true / false / undefined directly.
   *
   * Resolution:
   *   - Any voter returns explicit false  → false  (veto wins)
   *   - Any voter returns true, none false → true
   *   - All abstain (undefined)            → false  (default)
   *
   * @param {boolean|null} isLeafNode
   * @returns {boolean}
   */
  _resolveForceArray(isLeafNode) {
    let alwaysVote;
    const matched = this.builderOptions._alwaysArraySet.matchesAny(this.matcher);
    if (matched) alwaysVote = true;
    let forceVote;
    if (typeof this.builderOptions.forceArray === "function") {
      const result = this.builderOptions.forceArray(this.matcher, isLeafNode);
      if (result === true) forceVote = true;
      else if (result === false) forceVote = false;
    }
    if (alwaysVote === false || forceVote === false) return false;
    else if (alwaysVote === true || forceVote === true) return true;
    return false;
  }
  closeElement() {
    const tagName = this.tagName;
    let value = this.value;
    const textValue = this.textValue;
    const hasAttributes = this.hasAttributes;
    const isLeafNode = typeof value !== "object" || Array.isArray(value) || isEmpty(value) || hasAttributes;
    const context = new Context(
      tagName,
      this.matcher,
      isLeafNode,
      false
    );
    if (isLeafNode) {
      const parsedText = this._pendingStopNode ? textValue : this.tagsPipeline.run(textValue, context);
      if (hasAttributes) {
        if (parsedText !== "" && parsedText !== null && parsedText !== void 0) {
          value[this.parserOptions.nameFor.text] = parsedText;
        } else if (this.builderOptions.forceTextNode) {
          value[this.parserOptions.nameFor.text] = parsedText;
        }
      } else if (this.builderOptions.forceTextNode) {
        value = { [this.parserOptions.nameFor.text]: parsedText };
      } else {
        value = parsedText;
      }
    } else if (textValue.length > 0 || this.builderOptions.forceTextNode) {
      const parsedText = this._pendingStopNode ? textValue : this.tagsPipeline.run(textValue, context);
      value[this.parserOptions.nameFor.text] = parsedText;
    }
    let resultTag = { tagName, value };
    const arr = this.tagsStack.pop();
    let parentTag = arr[2];
    const shouldForceArray = this._resolveForceArray(isLeafNode);
    parentTag = this._addChildTo(resultTag.tagName, resultTag.value, parentTag, shouldForceArray);
    this.tagName = arr[0];
    this.textValue = arr[1];
    this.value = parentTag;
    this.hasAttributes = arr[3];
    this._pendingStopNode = false;
  }
  _addChild(key, val) {
    if (typeof this.value === "string") {
      this.value = { [this.parserOptions.nameFor.text]: this.value };
    }
    this._addChildTo(key, val, this.value, false);
    this.attributes = {};
  }
  _addChildTo(key, val, node, forceArray) {
    if (typeof node === "string") node = {};
    if (!Object.prototype.hasOwnProperty.call(node, key)) {
      node[key] = forceArray ? [val] : val;
    } else {
      if (!Array.isArray(node[key])) node[key] = [node[key]];
      node[key].push(val);
    }
    return node;
  }
  addValue(text2) {
    if (this.textValue.length > 0) this.textValue += `${this.builderOptions.textJoint}${text2}`;
    else this.textValue = text2;
  }
  addInstruction(name2) {
    const value = this._buildAttributeValue();
    this._addChild(name2, value);
    this.attributes = {};
  }
  onExit(exitInfo) {
  }
  getOutput() {
    return this.value;
  }
};
function isEmpty(obj) {
  return Object.keys(obj).length === 0;
}

// node_modules/@nodable/flexible-xml-parser/src/ParseError.js
var ParseError = class extends Error {
  /**
   * @param {string} message       - Human-readable error message
   * @param {string} code          - Machine-readable error code
   * @param {object} [position]    - Optional position info
   * @param {number} [position.index]
   */
  constructor(message, code, position = {}) {
    super(message);
    this.name = "ParseError";
    this.code = code;
    this.index = position.index ?? void 0;
  }
  toString() {
    const pos = this._posStr();
    return pos ? `${this.name} [${this.code}] at ${pos}: ${this.message}` : `${this.name} [${this.code}]: ${this.message}`;
  }
  _posStr() {
    if (this.index !== void 0) {
      return `index ${this.index}`;
    }
    return null;
  }
};
var ErrorCode = Object.freeze({
  // Input type errors
  INVALID_INPUT: "INVALID_INPUT",
  INVALID_STREAM: "INVALID_STREAM",
  // Streaming / feed API
  ALREADY_STREAMING: "ALREADY_STREAMING",
  NOT_STREAMING: "NOT_STREAMING",
  DATA_MUST_BE_STRING: "DATA_MUST_BE_STRING",
  // Tag structure
  UNEXPECTED_END: "UNEXPECTED_END",
  UNEXPECTED_CLOSE_TAG: "UNEXPECTED_CLOSE_TAG",
  MISMATCHED_CLOSE_TAG: "MISMATCHED_CLOSE_TAG",
  UNEXPECTED_TRAILING_DATA: "UNEXPECTED_TRAILING_DATA",
  INVALID_TAG: "INVALID_TAG",
  UNCLOSED_QUOTE: "UNCLOSED_QUOTE",
  INVALID_ATTRIBUTE_NAME: "INVALID_ATTRIBUTE_NAME",
  // Namespace
  MULTIPLE_NAMESPACES: "MULTIPLE_NAMESPACES",
  // Conformance (illegal chars, attribute value rules)
  ILLEGAL_CHARACTER: "ILLEGAL_CHARACTER",
  DUPLICATE_ATTRIBUTE: "DUPLICATE_ATTRIBUTE",
  UNQUOTED_ATTRIBUTE_VALUE: "UNQUOTED_ATTRIBUTE_VALUE",
  BOOLEAN_ATTRIBUTE_REJECTED: "BOOLEAN_ATTRIBUTE_REJECTED",
  // Security
  SECURITY_PROTOTYPE_POLLUTION: "SECURITY_PROTOTYPE_POLLUTION",
  SECURITY_RESERVED_OPTION: "SECURITY_RESERVED_OPTION",
  SECURITY_RESTRICTED_NAME: "SECURITY_RESTRICTED_NAME",
  // Limits (DoS prevention)
  LIMIT_MAX_NESTED_TAGS: "LIMIT_MAX_NESTED_TAGS",
  LIMIT_MAX_ATTRIBUTES: "LIMIT_MAX_ATTRIBUTES",
  // Entity limits
  ENTITY_MAX_COUNT: "ENTITY_MAX_COUNT",
  ENTITY_MAX_SIZE: "ENTITY_MAX_SIZE",
  ENTITY_MAX_EXPANSIONS: "ENTITY_MAX_EXPANSIONS",
  ENTITY_MAX_EXPANDED_LENGTH: "ENTITY_MAX_EXPANDED_LENGTH",
  // Entity registration
  ENTITY_INVALID_KEY: "ENTITY_INVALID_KEY",
  ENTITY_INVALID_VALUE: "ENTITY_INVALID_VALUE",
  // Encoding
  UNSUPPORTED_ENCODING: "UNSUPPORTED_ENCODING",
  INVALID_DECODER: "INVALID_DECODER",
  ENCODING_MISMATCH: "ENCODING_MISMATCH"
});

// node_modules/@nodable/flexible-xml-parser/src/util.js
function isSpace(char) {
  return char === " " || char === "	" || char === "\n" || char === "\r" || char === "\f";
}
function isSpaceCode(code) {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 12;
}
var DANGEROUS_PROPERTY_NAMES2 = [
  "hasOwnProperty",
  "toString",
  "valueOf",
  "__defineGetter__",
  "__defineSetter__",
  "__lookupGetter__",
  "__lookupSetter__",
  "toLocaleString",
  "isPrototypeOf",
  "propertyIsEnumerable"
];
var criticalProperties2 = ["__proto__", "constructor", "prototype"];
var QUOTE_PAIRS_CAPACITY = 128;
function absolutePosition(source) {
  return source.startIndex + (source._baseOffset || 0);
}
function errorPositionOf(source) {
  return { index: absolutePosition(source) };
}
function isIllegalControlCode2(c) {
  return c <= 8 || c === 11 || c === 12 || c >= 14 && c <= 31;
}
function sanitizeContent(str, source) {
  const len = str.length;
  let hasCR = false;
  for (let i = 0; i < len; i++) {
    const c = str.charCodeAt(i);
    if (isIllegalControlCode2(c)) {
      throw new ParseError(
        `Illegal control character 0x${c.toString(16).padStart(2, "0")} in document content`,
        ErrorCode.ILLEGAL_CHARACTER,
        source ? errorPositionOf(source) : {}
      );
    }
    if (c === 13) hasCR = true;
  }
  if (!hasCR) return str;
  let out = "";
  let segStart = 0;
  for (let i = 0; i < len; i++) {
    if (str.charCodeAt(i) === 13) {
      out += str.substring(segStart, i) + "\n";
      if (str.charCodeAt(i + 1) === 10) i++;
      segStart = i + 1;
    }
  }
  out += str.substring(segStart);
  return out;
}
function expectMatch(source, expected, errorMsg, caseInsensitive = false) {
  const len = expected.length;
  if (!source.canRead(len)) {
    throw new ParseError(
      `Unexpected end of source reading ${errorMsg}`,
      ErrorCode.UNEXPECTED_END,
      errorPositionOf(source)
    );
  }
  const matched = source.matchAhead(expected, caseInsensitive);
  if (matched !== true) {
    throw new ParseError(
      `Invalid ${errorMsg}`,
      ErrorCode.INVALID_TAG,
      errorPositionOf(source)
    );
  }
  source.updateBufferBoundary(len);
}
function ensureCanRead(source, n, errorMsg) {
  if (!source.canRead(n)) {
    throw new ParseError(
      `Unexpected end of source reading ${errorMsg}`,
      ErrorCode.UNEXPECTED_END,
      errorPositionOf(source)
    );
  }
}

// node_modules/@nodable/flexible-xml-parser/src/OptionsBuilder.js
var defaultOnDangerousProperty2 = (name2) => {
  if (DANGEROUS_PROPERTY_NAMES2.includes(name2)) {
    return "__" + name2;
  }
  return name2;
};
var defaultOptions7 = {
  // --- skip group ---
  // Controls which node types are excluded from output
  skip: {
    declaration: false,
    // Skip <?xml ... ?> declaration
    pi: false,
    // Skip processing instructions (other than declaration)
    attributes: true,
    // Skip all attributes
    cdata: false,
    // Exclude CDATA sections from output entirely
    comment: false,
    // Exclude comments from output entirely
    nsPrefix: false,
    // Strip namespace prefixes (e.g. ns:tag → tag)
    tags: [],
    // Tag paths to skip entirely — content is silently dropped from output
    whitespaceText: true
    // addValue() of a builder would not be called if text is only whitespaces
  },
  // --- nameFor group ---
  // Property names used when including special nodes in output.
  nameFor: {
    text: "#text",
    // Property for mixed text content
    cdata: "",
    // '' = merge CDATA into text value
    comment: ""
    // '' = omit comments from output
  },
  // --- attributes group ---
  attributes: {
    // 'allow' (default) keeps a valueless attribute (e.g. <e flag/>) as `true`.
    // 'ignore' drops it silently; 'throw' rejects the document as soon as one
    // is found. Replaces a previous same-named boolean option that had no
    // effect on parsing (it was never read anywhere in the parsing code).
    booleanType: "allow",
    // 'overwrite' (default) — last occurrence of a repeated attribute name wins.
    // 'ignore' — first occurrence wins, later ones are dropped entirely.
    // 'throw' — reject the document as soon as a repeated name is found on one tag.
    duplicate: "overwrite",
    groupBy: "",
    // Group all attributes under this key; '' = inline with tag
    prefix: "@_",
    // Prepended to attribute names in output
    suffix: ""
    // Appended to attribute names in output
  },
  // --- tags group ---
  tags: {
    unpaired: [],
    // Tags that never have a closing tag (e.g. br, img, hr)
    stopNodes: []
    // Tag paths whose content is captured raw without parsing
  },
  // --- security ---
  strictReservedNames: false,
  onDangerousProperty: defaultOnDangerousProperty2,
  // sanitizeNames: false skips the dangerous-property rename step only
  // (hasOwnProperty, toString, valueOf, ... pass through unprefixed,
  // onDangerousProperty is never called for them). It does NOT disable the
  // critical-property check (__proto__, constructor, prototype) — that
  // guards against actual prototype pollution and always runs. Only for
  // trusted input — internal XML-to-XML pipelines, generated documents —
  // where the source is known not to contain hostile names. Does NOT affect
  // strictReservedNames, which is a separate, independent check.
  sanitizeNames: true,
  // --- filtering (path-expression-matcher) ---
  only: [],
  // for future
  // --- DOCTYPE parsing ---
  // Controls whether DOCTYPE entities are collected and read-time security limits.
  //
  //   enabled         — false (default) → DOCTYPE is read (to consume it) but entities
  //                                        are discarded and never forwarded to output builders
  //                     true → collect DOCTYPE entities and forward them to the output builder
  //                     Note: the output builder must have an EntitiesValueParser registered
  //                     under 'entity' and 'entity' must be in its
  //                     valueParsers chain for replacement to actually happen.
  //
  // Read-time security limits (enforced by DocTypeReader at declaration time):
  //   maxEntityCount  — max entities declared in a DOCTYPE (default: 100)
  //   maxEntitySize   — max bytes per entity definition value (default: 10000)
  //
  // Replacement-time limits (maxTotalExpansions, maxExpandedLength) are configured
  // on EntitiesValueParser directly — they are not part of doctypeOptions.
  doctypeOptions: {
    enabled: false,
    maxEntityCount: 100,
    maxEntitySize: 1e4
  },
  // --- autoClose ---
  // Controls parser behaviour when tags are unclosed or mismatched.
  //
  //   onEof       — what to do when EOF is reached with open tags still on the stack
  //                 'throw'    (default) → throw an error
  //                 'closeAll' → silently close all remaining open tags
  //
  //   onMismatch  — what to do when a closing tag doesn't match the current open tag
  //                 'throw'   (default) → throw an error
  //                 'recover' → pop the stack toward the nearest matching opener;
  //                             if no match is found the tag is discarded
  //                 'discard' → silently ignore the bad closing tag
  //
  //   collectErrors — when true, errors are recorded in result.__parseErrors instead
  //                   of being silently dropped.  Each entry has the shape:
  //                   { type, tag, expected, index }
  //
  // Shorthand: autoClose: 'html' sets onEof:'closeAll', onMismatch:'discard',
  // collectErrors:true, and adds the standard HTML void elements to tags.unpaired.
  autoClose: null,
  // null = feature disabled; throws on any malformed input
  // --- limits (DoS prevention) ---
  // Group structural limits that guard against resource exhaustion.
  //
  //   maxNestedTags     — maximum tag nesting depth; throws when exceeded.
  //                       Prevents stack-overflow attacks via deeply nested XML.
  //                       Default: null (no limit)
  //
  //   maxAttributesPerTag — maximum number of attributes on a single tag.
  //                         Throws when a tag exceeds this count.
  //                         Default: null (no limit)
  //
  limits: {
    maxNestedTags: null,
    maxAttributesPerTag: null
  },
  // --- feedable (feed/end and parseStream input options) ---
  // Controls buffer behaviour for the FeedableSource and StreamSource.
  //
  //   maxBufferSize  — maximum number of characters allowed in the buffer at
  //                    any one time.  Prevents memory exhaustion when a caller
  //                    feeds data faster than it is consumed.
  //                    Default: 10 MB (10 * 1024 * 1024 characters)
  //
  //   autoFlush      — when true (default), already-processed characters are
  //                    automatically discarded from the front of the buffer
  //                    whenever the processed portion exceeds flushThreshold.
  //                    Keeps memory usage flat for large documents.
  //
  //   flushThreshold — number of processed characters that triggers an auto-
  //                    flush.  Lower values free memory sooner but incur more
  //                    string-slice operations.  Default: 1024 characters (1 KB)
  //
  feedable: {
    maxBufferSize: 10 * 1024 * 1024,
    autoFlush: true,
    flushThreshold: 1024,
    bufferSize: 256
  },
  // --- exitIf ---
  // Stops parsing as soon as the predicate returns true for the current tag.
  //
  // The callback receives a read-only matcher positioned at the just-opened tag:
  //   exitIf(matcher) → boolean
  //
  // When exitIf returns true the parser immediately:
  //   1. Closes all currently open tags (innermost first) by calling addTextNode()
  //      and popTag() for each, so the output builder can finalise its tree.
  //   2. Calls outputBuilder.onExit({ tagDetail, matcher, tagsStack }) so the
  //      builder can record that the parse was intentionally truncated.
  //   3. Breaks the parse loop — no further source characters are read.
  //
  // The parse call returns the partial-but-consistent output as normal.
  // No error is thrown.
  //
  // Default: null (feature disabled)
  exitIf: () => false,
  //onStopNode(tagDetail, rawContent, matcher)
  // --- output ---
  OutputBuilder: null,
  //TODO: accept lower case
  // --- decoding ---
  // Controls how raw bytes (Buffer/Uint8Array input to parse()/parseBytesArr(),
  // or chunks fed to feed()/parseStream()) are turned into text.
  //
  //   encoding — 'auto' (default) sniffs BOM + a leading <?xml ... encoding="...">
  //              declaration per XML 1.0 Appendix F, falling back to utf8 if
  //              neither is present. Set explicitly (e.g. 'utf8', 'utf16le',
  //              'latin1', 'ascii', or a custom-registered name) to skip
  //              detection entirely.
  //              NOTE: streaming inputs (feed()/parseStream()) do not yet
  //              support 'auto' detection — see docs/16-encoding.md — and
  //              fall back to utf8 the same way they always have.
  //
  //   customDecoders — { name: descriptor } map merged into the encoding
  //                    registry before resolution, for encodings FXP doesn't
  //                    ship natively (e.g. Shift_JIS via iconv-lite). See
  //                    docs/16-encoding.md for the descriptor shape.
  //
  decoding: {
    encoding: "auto",
    customDecoders: null
  }
};
var ALL_RESERVED = /* @__PURE__ */ new Set([...criticalProperties2, ...DANGEROUS_PROPERTY_NAMES2]);
function validatePropertyName2(value, optionName) {
  if (typeof value !== "string" || value === "") return;
  if (ALL_RESERVED.has(value)) {
    throw new ParseError(
      `SECURITY: '${value}' is a reserved JavaScript keyword and cannot be used as ${optionName}`,
      ErrorCode.SECURITY_RESERVED_OPTION
    );
  }
}
var buildOptions3 = function(options) {
  if (options) {
    if (options.nameFor?.text) validatePropertyName2(options.nameFor.text, "nameFor.text");
    if (options.nameFor?.cdata) validatePropertyName2(options.nameFor.cdata, "nameFor.cdata");
    if (options.nameFor?.comment) validatePropertyName2(options.nameFor.comment, "nameFor.comment");
    if (options.attributes?.prefix) validatePropertyName2(options.attributes.prefix, "attributes.prefix");
    if (options.attributes?.groupBy) validatePropertyName2(options.attributes.groupBy, "attributes.groupBy");
    if (options.limits !== void 0 && options.limits !== null) {
      if (typeof options.limits !== "object") {
        throw new ParseError(`'limits' must be an object, got ${typeof options.limits}`, ErrorCode.INVALID_INPUT);
      }
      const { maxNestedTags, maxAttributesPerTag } = options.limits;
      if (maxNestedTags !== void 0 && maxNestedTags !== null && (typeof maxNestedTags !== "number" || !Number.isInteger(maxNestedTags) || maxNestedTags < 1)) {
        throw new ParseError(`'limits.maxNestedTags' must be a positive integer, got ${maxNestedTags}`, ErrorCode.INVALID_INPUT);
      }
      if (maxAttributesPerTag !== void 0 && maxAttributesPerTag !== null && (typeof maxAttributesPerTag !== "number" || !Number.isInteger(maxAttributesPerTag) || maxAttributesPerTag < 0)) {
        throw new ParseError(`'limits.maxAttributesPerTag' must be a non-negative integer, got ${maxAttributesPerTag}`, ErrorCode.INVALID_INPUT);
      }
    }
  }
  const finalOptions = deepClone2(defaultOptions7);
  if (options) {
    copyProperties2(finalOptions, options);
  }
  if (!finalOptions.OutputBuilder) {
    finalOptions.OutputBuilder = new CompactBuilderFactory();
  }
  if (Array.isArray(finalOptions.tags?.stopNodes)) {
    const stopSet = new ExpressionSet();
    finalOptions.tags.stopNodes = finalOptions.tags.stopNodes.map(
      (entry) => normalizeTagEntry(entry, "stopNodes", stopSet)
    );
    stopSet.seal();
    finalOptions.tags.stopNodesSet = stopSet;
  }
  if (Array.isArray(finalOptions.skip?.tags)) {
    const skipSet = new ExpressionSet();
    finalOptions.skip.tags = finalOptions.skip.tags.map(
      (entry) => normalizeTagEntry(entry, "skip.tags", skipSet)
    );
    skipSet.seal();
    finalOptions.skip.tagsSet = skipSet;
  }
  if (finalOptions.onDangerousProperty === null) {
    finalOptions.onDangerousProperty = defaultOnDangerousProperty2;
  }
  if (finalOptions.exitIf !== null && finalOptions.exitIf !== void 0) {
    if (typeof finalOptions.exitIf !== "function") {
      throw new ParseError(
        `'exitIf' must be a function, got ${typeof finalOptions.exitIf}`,
        ErrorCode.INVALID_INPUT
      );
    }
  }
  finalOptions.autoClose = resolveAutoClose(finalOptions.autoClose, finalOptions);
  return finalOptions;
};
var HTML_VOID_ELEMENTS = [
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "param",
  "source",
  "track",
  "wbr"
];
function resolveAutoClose(raw, opts) {
  if (!raw) return null;
  if (raw === "html") {
    const existingUnpaired = opts.tags.unpaired || [];
    const merged = [.../* @__PURE__ */ new Set([...existingUnpaired, ...HTML_VOID_ELEMENTS])];
    opts.tags = { ...opts.tags, unpaired: merged };
    return {
      onEof: "closeAll",
      onMismatch: "discard",
      collectErrors: true
    };
  }
  if (typeof raw === "string") {
    return {
      onEof: raw,
      onMismatch: "throw",
      collectErrors: false
    };
  }
  if (typeof raw === "object") {
    return {
      onEof: raw.onEof || "throw",
      onMismatch: raw.onMismatch || "throw",
      collectErrors: raw.collectErrors || false
    };
  }
  return null;
}
function normalizeTagEntry(entry, optionName, set) {
  let pattern, nested, skipEnclosures;
  if (typeof entry === "string") {
    if (entry.length === 0) throw new ParseError(`${optionName} expression cannot be empty`, ErrorCode.INVALID_INPUT);
    pattern = entry;
    nested = false;
    skipEnclosures = [];
  } else if (entry instanceof Expression) {
    pattern = entry.toString();
    nested = entry.data?.nested ?? false;
    skipEnclosures = entry.data?.skipEnclosures ?? [];
  } else if (entry && typeof entry === "object" && entry.expression !== void 0) {
    const raw = entry.expression;
    if (typeof raw === "string") {
      if (raw.length === 0) throw new ParseError(`${optionName} expression cannot be empty`, ErrorCode.INVALID_INPUT);
      pattern = raw;
    } else if (raw instanceof Expression) {
      pattern = raw.toString();
    } else {
      throw new ParseError(`${optionName} expression must be a string or Expression instance`, ErrorCode.INVALID_INPUT);
    }
    nested = entry.nested === true;
    skipEnclosures = Array.isArray(entry.skipEnclosures) ? entry.skipEnclosures : [];
  } else {
    throw new ParseError(
      `Invalid ${optionName} entry: expected a string, Expression, or { expression, nested?, skipEnclosures? } object.`,
      ErrorCode.INVALID_INPUT
    );
  }
  const expr = new Expression(pattern, {}, { nested, skipEnclosures });
  set.add(expr);
  return expr;
}
function deepClone2(obj) {
  if (obj === null || typeof obj !== "object") return obj;
  if (Array.isArray(obj)) return obj.map(deepClone2);
  if (obj instanceof RegExp) return obj;
  if (obj instanceof Expression) return obj;
  const clone = {};
  for (const key of Object.keys(obj)) {
    clone[key] = typeof obj[key] === "function" ? obj[key] : deepClone2(obj[key]);
  }
  return clone;
}
function copyProperties2(target, source) {
  for (const key of Object.keys(source)) {
    if (key === "__proto__" || key === "constructor" || key === "prototype") continue;
    if (key === "OutputBuilder") {
      target[key] = source[key];
    } else if (typeof source[key] === "function") {
      target[key] = source[key];
    } else if (source[key] instanceof RegExp) {
      target[key] = source[key];
    } else if (Array.isArray(source[key])) {
      target[key] = source[key];
    } else if (typeof source[key] === "object" && source[key] !== null) {
      if (typeof target[key] !== "object" || target[key] === null) {
        target[key] = {};
      }
      copyProperties2(target[key], source[key]);
    } else {
      target[key] = source[key];
    }
  }
}

// node_modules/@nodable/flexible-xml-parser/src/InputSource/scanTagExpEnd.js
function scanTagExpEnd() {
  const buf = this.buffer;
  const len = buf.length;
  const start = this.startIndex;
  const pairs = this._quotePairs;
  const capacity = pairs.length;
  let pairsLen = 0;
  let inSingle = false;
  let inDouble = false;
  for (let i = start; i < len; i++) {
    const c = buf[i];
    if (c === "'") {
      if (!inDouble) {
        inSingle = !inSingle;
        if (pairsLen < capacity) pairs[pairsLen++] = i - start;
      }
    } else if (c === '"') {
      if (!inSingle) {
        inDouble = !inDouble;
        if (pairsLen < capacity) pairs[pairsLen++] = i - start;
      }
    } else if (c === ">" && !inSingle && !inDouble) {
      this._quotePairsLen = pairsLen;
      return i - start;
    }
  }
  this._quotePairsLen = pairsLen;
  return -1;
}
function scanTagExpEndFast() {
  const buf = this.buffer;
  const len = buf.length;
  const start = this.startIndex;
  let inSingle = false;
  let inDouble = false;
  for (let i = start; i < len; i++) {
    const c = buf[i];
    if (c === "'") {
      if (!inDouble) inSingle = !inSingle;
    } else if (c === '"') {
      if (!inSingle) inDouble = !inDouble;
    } else if (c === ">" && !inSingle && !inDouble) {
      return i - start;
    }
  }
  return -1;
}

// node_modules/@nodable/flexible-xml-parser/src/InputSource/StringSource.js
var StringSource = class {
  /**
   * @param {string} str — the full XML document string
   * @param {object} [options]
   * @param {boolean} [options.autoFlush=true]      — enable automatic flushing
   * @param {number}  [options.flushThreshold=1024] — flush after this many processed chars
   */
  constructor(str, options = {}) {
    this.buffer = str;
    this.startIndex = 0;
    this._baseOffset = 0;
    this.autoFlush = options.autoFlush !== false;
    this.flushThreshold = options.flushThreshold ?? 1024;
    this._marks = [-1, -1];
    this._quotePairs = new Int32Array(QUOTE_PAIRS_CAPACITY);
    this._quotePairsLen = 0;
  }
  // ─── Token-start checkpoint ───────────────────────────────────────────────
  /**
   * Save the current read position into the two-level mark stack.
   *
   * Mirrors FeedableSource's two-level API so all reader functions work
   * identically regardless of source type:
   *
   *   level 0 (default) — outer mark, set by parseXml()'s main loop.
   *   level 1           — inner mark, set by individual reader functions.
   *
   * For StringSource the distinction only matters for flush() boundary
   * calculations — rewindToMark() is always a no-op here.
   *
   * @param {0|1} [level=0]
   */
  markTokenStart(level = 0) {
    this._marks[level] = this.startIndex;
  }
  /**
   * Restore startIndex to the last markTokenStart() position.
   *
   * StringSource always has the full document available, so a mid-token end
   * of input cannot occur and this method is a safe no-op. It exists solely
   * so caller code (XMLParser.feed / parseXml) can call rewindToMark()
   * unconditionally without branching on source type.
   */
  rewindToMark() {
  }
  /** Clear both mark slots (mirrors FeedableSource.clearMark). */
  clearMark() {
    this._marks[0] = -1;
    this._marks[1] = -1;
  }
  /**
   * Discard the already-processed prefix of the buffer to free memory.
   *
   * The flush origin is the minimum of all active mark positions so that any
   * in-progress token (at either mark level) is preserved in the buffer.
   * If no marks are active, the origin is startIndex itself.
   */
  flush() {
    let origin = this.startIndex;
    for (const m of this._marks) {
      if (m >= 0 && m < origin) origin = m;
    }
    if (origin > 0) {
      this.buffer = this.buffer.substring(origin);
      const marksLen = this._marks.length;
      for (let i = 0; i < marksLen; i++) {
        if (this._marks[i] >= 0) this._marks[i] -= origin;
      }
      this.startIndex -= origin;
      this._baseOffset += origin;
    }
  }
  // ─── Core read interface ──────────────────────────────────────────────────
  readCh() {
    return this.buffer[this.startIndex++];
  }
  readChAt(index) {
    return this.buffer[this.startIndex + index];
  }
  readStr(n, from) {
    if (typeof from === "undefined") from = this.startIndex;
    return this.buffer.substring(from, from + n);
  }
  /**
   * Check whether the upcoming characters equal `expected`, without
   * consuming or allocating anything — no substring is built even for a
   * full match. Contrast with the `readStr(n).toUpperCase() === "X"` style,
   * which allocates two throwaway strings on every call, matching or not.
   *
   * Caller decides what to do with a match — this never consumes. Follow a
   * `true` result with `updateBufferBoundary(expected.length)` (or more, if
   * something like trailing whitespace should also be consumed).
   *
   * @param {string} expected - literal to match against, already in the
   *   case matchAhead should compare against when caseInsensitive is true
   *   (e.g. pass "system", not "SYSTEM", together with caseInsensitive=true)
   * @param {boolean} [caseInsensitive=false]
   * @returns {boolean|null} true on full match, false on a definite
   *   mismatch, null if the buffer runs out before enough characters are
   *   available to decide either way (treat like any other
   *   not-enough-data-yet case — same handling as scanTagExpEnd's -1)
   */
  matchAhead(expected, caseInsensitive = false) {
    const len = expected.length;
    for (let i = 0; i < len; i++) {
      let ch = this.buffer[this.startIndex + i];
      if (ch === void 0) return null;
      if (caseInsensitive) ch = ch.toLowerCase();
      if (ch !== expected[i]) return false;
    }
    return true;
  }
  // Two variants — caller picks once based on skip.attributes, no flag
  // evaluated inside the loop. See src/InputSource/scanTagExpEnd.js.
  scanTagExpEnd = scanTagExpEnd;
  scanTagExpEndFast = scanTagExpEndFast;
  readUpto(stopStr) {
    const inputLength = this.buffer.length;
    const stopLength = stopStr.length;
    for (let i = this.startIndex; i < inputLength; i++) {
      let match = true;
      for (let j = 0; j < stopLength; j++) {
        if (this.buffer[i + j] !== stopStr[j]) {
          match = false;
          break;
        }
      }
      if (match) {
        const result = this.buffer.substring(this.startIndex, i);
        this.startIndex = i + stopLength;
        return result;
      }
    }
    throw new ParseError(`Unexpected end of source reading '${stopStr}'`, ErrorCode.UNEXPECTED_END);
  }
  /**
   * Single-character variant of readUpto — faster because there is no inner
   * match loop.  Reads until `stopChar` is found, consumes it, and returns
   * the text before it.
   *
   * @param {string} stopChar  Exactly one character.
   * @returns {string}
   */
  readUptoChar(stopChar) {
    const i = this.buffer.indexOf(stopChar, this.startIndex);
    if (i === -1) {
      throw new ParseError(`Unexpected end of source reading '${stopChar}'`, ErrorCode.UNEXPECTED_END);
    }
    const result = this.buffer.substring(this.startIndex, i);
    this.startIndex = i + 1;
    return result;
  }
  readUptoCloseTag(stopStr) {
    const inputLength = this.buffer.length;
    const stopLength = stopStr.length;
    let tagMatchStart = -1;
    let state = 0;
    for (let i = this.startIndex; i < inputLength; i++) {
      if (state === 1) {
        const c = this.buffer[i];
        if (isSpace(c)) continue;
        if (c === ">") {
          state = 2;
        } else {
          state = 0;
          tagMatchStart = -1;
        }
      } else {
        let matched = true;
        for (let j = 0; j < stopLength; j++) {
          if (this.buffer[i + j] !== stopStr[j]) {
            matched = false;
            break;
          }
        }
        if (matched) {
          state = 1;
          tagMatchStart = i;
          i += stopLength - 1;
        }
      }
      if (state === 2) {
        const result = this.buffer.substring(this.startIndex, tagMatchStart);
        this.startIndex = i + 1;
        return result;
      }
    }
    throw new ParseError(`Unexpected end of source reading '${stopStr}'`, ErrorCode.UNEXPECTED_END);
  }
  readFromBuffer(n, updateIndex) {
    const ch = n === 1 ? this.buffer[this.startIndex] : this.buffer.substring(this.startIndex, this.startIndex + n);
    if (updateIndex) this.updateBufferBoundary(n);
    return ch;
  }
  /**
   * Advance the read cursor by n characters.
   *
   * Triggers an automatic flush of already-processed data when autoFlush is
   * enabled, the processed portion has grown past flushThreshold, and no
   * token checkpoint is currently active (a flush while a checkpoint is live
   * would invalidate the saved position).
   *
   * @param {number} [n=1]
   */
  updateBufferBoundary(n = 1) {
    this.startIndex += n;
    if (this.autoFlush && this.startIndex >= this.flushThreshold) {
      this.flush();
    }
  }
  /**
   * Returns true when there is at least one character available at or after
   * the given offset (relative to startIndex). Mirrors FeedableSource's
   * formula so all three sources answer the same question the same way.
   * @param {number} [n=0]
   */
  canRead(n = 0) {
    return this.startIndex + n < this.buffer.length;
  }
};

// node_modules/@nodable/flexible-xml-parser/src/Encoding/ScanStrategy/ByteScanStrategy.js
function createByteScanStrategy(decodeCharAt, nodeEncoding = "utf8", isContinuationByte = () => false) {
  return {
    readCh() {
      const { char, width } = decodeCharAt(this.buffer, this.startIndex);
      this.startIndex += width;
      return char;
    },
    /** index is a BYTE offset ahead of startIndex, same as original BufferSource. */
    readChAt(index) {
      return decodeCharAt(this.buffer, this.startIndex + index).char;
    },
    readStr(n, from) {
      if (typeof from === "undefined") from = this.startIndex;
      return this.buffer.slice(from, from + n).toString(nodeEncoding);
    },
    /**
     * See StringSource.js for the full doc — same contract. Compares raw
     * byte codes directly rather than going through decodeCharAt/readChAt:
     * safe here because every literal this is ever called with (DOCTYPE
     * keywords, tag names for closing-tag matching) is plain ASCII, and
     * ASCII is always exactly one byte per character in every encoding this
     * strategy handles (UTF-8, Latin-1, ASCII — see the module doc above
     * for why that guarantee is what lets this whole strategy exist).
     */
    matchAhead(expected, caseInsensitive = false) {
      const len = expected.length;
      for (let i = 0; i < len; i++) {
        const b = this.buffer[this.startIndex + i];
        if (b === void 0) return null;
        let code = b;
        if (caseInsensitive && code >= 65 && code <= 90) code += 32;
        if (code !== expected.charCodeAt(i)) return false;
      }
      return true;
    },
    // Two variants — caller picks once based on skip.attributes, no flag
    // evaluated inside the loop. Compares raw byte codes (39=', 34=", 62=>)
    // rather than characters — safe here because self-synchronizing encodings
    // guarantee these byte values never appear as continuation bytes.
    scanTagExpEnd() {
      const buf = this.buffer;
      const len = buf.length;
      const start = this.startIndex;
      const pairs = this._quotePairs;
      const capacity = pairs.length;
      let pairsLen = 0;
      let inSingle = false;
      let inDouble = false;
      for (let i = start; i < len; i++) {
        const c = buf[i];
        if (c === 39) {
          if (!inDouble) {
            inSingle = !inSingle;
            if (pairsLen < capacity) pairs[pairsLen++] = i - start;
          }
        } else if (c === 34) {
          if (!inSingle) {
            inDouble = !inDouble;
            if (pairsLen < capacity) pairs[pairsLen++] = i - start;
          }
        } else if (c === 62 && !inSingle && !inDouble) {
          this._quotePairsLen = pairsLen;
          return i - start;
        }
      }
      this._quotePairsLen = pairsLen;
      return -1;
    },
    scanTagExpEndFast() {
      const buf = this.buffer;
      const len = buf.length;
      const start = this.startIndex;
      let inSingle = false;
      let inDouble = false;
      for (let i = start; i < len; i++) {
        const c = buf[i];
        if (c === 39) {
          if (!inDouble) inSingle = !inSingle;
        } else if (c === 34) {
          if (!inSingle) inDouble = !inDouble;
        } else if (c === 62 && !inSingle && !inDouble) {
          return i - start;
        }
      }
      return -1;
    },
    readUpto(stopStr) {
      const inputLength = this.buffer.length;
      const stopLength = stopStr.length;
      const stopBuffer = Buffer.from(stopStr);
      for (let i = this.startIndex; i < inputLength; i++) {
        let match = true;
        for (let j = 0; j < stopLength; j++) {
          if (this.buffer[i + j] !== stopBuffer[j]) {
            match = false;
            break;
          }
        }
        if (match) {
          const result = this.buffer.slice(this.startIndex, i).toString(nodeEncoding);
          this.startIndex = i + stopLength;
          return result;
        }
      }
      throw new ParseError(`Unexpected end of source reading '${stopStr}'`, ErrorCode.UNEXPECTED_END);
    },
    readUptoChar(stopChar) {
      const stopCode = stopChar.charCodeAt(0);
      const buf = this.buffer;
      const len = buf.length;
      for (let i = this.startIndex; i < len; i++) {
        if (buf[i] === stopCode) {
          const result = buf.slice(this.startIndex, i).toString(nodeEncoding);
          this.startIndex = i + 1;
          return result;
        }
      }
      throw new ParseError(`Unexpected end of source reading '${stopChar}'`, ErrorCode.UNEXPECTED_END);
    },
    readUptoCloseTag(stopStr) {
      const inputLength = this.buffer.length;
      const stopLength = stopStr.length;
      const stopBuffer = Buffer.from(stopStr);
      const GT = 62;
      let tagMatchStart = -1;
      let state = 0;
      for (let i = this.startIndex; i < inputLength; i++) {
        const b = this.buffer[i];
        if (state === 1) {
          if (isSpaceCode(b)) continue;
          if (b === GT) {
            state = 2;
          } else {
            state = 0;
            tagMatchStart = -1;
          }
        } else {
          let matched = true;
          for (let j = 0; j < stopLength; j++) {
            if (this.buffer[i + j] !== stopBuffer[j]) {
              matched = false;
              break;
            }
          }
          if (matched) {
            state = 1;
            tagMatchStart = i;
            i += stopLength - 1;
          }
        }
        if (state === 2) {
          const result = this.buffer.slice(this.startIndex, tagMatchStart).toString(nodeEncoding);
          this.startIndex = i + 1;
          return result;
        }
      }
      throw new ParseError(`Unexpected end of source reading '${stopStr}'`, ErrorCode.UNEXPECTED_END);
    },
    readFromBuffer(n, shouldUpdate) {
      if (n === 1) {
        const { char, width } = decodeCharAt(this.buffer, this.startIndex);
        if (shouldUpdate) this.updateBufferBoundary(width);
        return char;
      }
      const ch = this.buffer.slice(this.startIndex, this.startIndex + n).toString(nodeEncoding);
      if (shouldUpdate) this.updateBufferBoundary(n);
      return ch;
    },
    updateBufferBoundary(n = 1) {
      this.startIndex += n;
      if (this.autoFlush && this.startIndex >= this.flushThreshold && this._tokenStart < 0) {
        this.flush();
      }
    },
    // Relative to current position, matching FeedableSource's formula.
    canRead(n = 0) {
      return this.startIndex + n < this.buffer.length;
    }
  };
}
function decodeCharAtFixedWidth1(buf, i) {
  return { char: String.fromCharCode(buf[i]), width: 1 };
}
function decodeCharAtUtf8(buf, i) {
  const b0 = buf[i];
  let width = 1;
  if ((b0 & 128) === 0) width = 1;
  else if ((b0 & 224) === 192) width = 2;
  else if ((b0 & 240) === 224) width = 3;
  else if ((b0 & 248) === 240) width = 4;
  if (i + width > buf.length) width = buf.length - i;
  const char = buf.toString("utf8", i, i + width);
  return { char, width };
}

// node_modules/@nodable/flexible-xml-parser/src/InputSource/BufferSource.js
var DEFAULT_SCAN_STRATEGY = createByteScanStrategy(decodeCharAtUtf8, "utf8");
var BufferSource = class {
  /**
   * @param {Buffer} bytesArr — the full XML document as a Node.js Buffer
   * @param {object} [options]
   * @param {boolean} [options.autoFlush=true]      — enable automatic flushing
   * @param {number}  [options.flushThreshold=1024] — flush after this many processed bytes
   */
  /**
   * @param {Buffer} bytesArr — the full XML document as a Node.js Buffer
   * @param {object} [options]
   * @param {boolean} [options.autoFlush=true]      — enable automatic flushing
   * @param {number}  [options.flushThreshold=1024] — flush after this many processed bytes
   * @param {object}  [profile] — resolved encoding profile from
   *   Encoding/EncodingProfile.js#buildProfileForBuffer. Omit for the
   *   zero-config UTF-8 default (used directly by tests/callers that don't
   *   go through XMLParser).
   */
  constructor(bytesArr, options = {}, profile = null) {
    this.buffer = profile?.bomLength ? bytesArr.subarray(profile.bomLength) : bytesArr;
    if (profile?.decodeFirst) {
      const decoder = profile.descriptor.createDecoder();
      this.buffer = decoder.write(this.buffer) + decoder.end();
    }
    this.startIndex = 0;
    this._baseOffset = 0;
    this.autoFlush = options.autoFlush !== false;
    this.flushThreshold = options.flushThreshold ?? 1024;
    this._tokenStart = -1;
    this._quotePairs = new Int32Array(QUOTE_PAIRS_CAPACITY);
    this._quotePairsLen = 0;
    const strategy = profile?.scanStrategy ?? DEFAULT_SCAN_STRATEGY;
    Object.assign(this, strategy);
    this.encodingName = profile?.descriptor?.name ?? "utf8";
    this._quotePairsUsable = profile ? profile.quotePairsUsable !== false : false;
  }
  // ─── Token-start checkpoint ───────────────────────────────────────────────
  /**
   * Save the current read position as the start of a new logical token.
   *
   * For BufferSource this primarily guards flush() from reclaiming data that
   * is still being read, mirroring the same safety invariant as FeedableSource.
   */
  markTokenStart() {
    this._tokenStart = this.startIndex;
  }
  /**
   * Restore startIndex to the last markTokenStart() position.
   *
   * BufferSource always has the full document available, so a mid-token end
   * of input cannot occur and this method is a safe no-op. It exists solely
   * so caller code can call rewindToMark() unconditionally without branching
   * on source type.
   */
  rewindToMark() {
  }
  /**
   * Discard the already-processed prefix of the buffer to free memory.
   *
   * Uses Buffer.subarray() (zero-copy view) rather than Buffer.slice() for
   * clarity, then copies to a fresh Buffer so the original allocation can be
   * GC'd. If a token checkpoint is active, the flush origin is moved back to
   * the checkpoint so the in-progress token is preserved.
   */
  flush() {
    const origin = this._tokenStart >= 0 ? this._tokenStart : this.startIndex;
    if (origin > 0) {
      this.buffer = Buffer.from(this.buffer.subarray(origin));
      if (this._tokenStart >= 0) {
        this.startIndex -= origin;
        this._tokenStart = 0;
      } else {
        this.startIndex = 0;
      }
      this._baseOffset += origin;
    }
  }
};

// node_modules/@nodable/flexible-xml-parser/src/Encoding/ScanStrategy/CharScanStrategy.js
function createCharScanStrategy() {
  return {
    readCh() {
      return this.buffer[this.startIndex++];
    },
    readChAt(index) {
      return this.buffer[this.startIndex + index];
    },
    readStr(n, from) {
      if (typeof from === "undefined") from = this.startIndex;
      return this.buffer.substring(from, from + n);
    },
    /** See StringSource.js for the full doc — identical contract, same
     * plain-string buffer shape. */
    matchAhead(expected, caseInsensitive = false) {
      const len = expected.length;
      for (let i = 0; i < len; i++) {
        let ch = this.buffer[this.startIndex + i];
        if (ch === void 0) return null;
        if (caseInsensitive) ch = ch.toLowerCase();
        if (ch !== expected[i]) return false;
      }
      return true;
    },
    // Two variants — caller picks once based on skip.attributes, no flag
    // evaluated inside the loop. Always character-indexed (scans an already-
    // decoded string), so quote offsets are always safe for AttributeProcessor
    // to reuse. See src/InputSource/scanTagExpEnd.js.
    scanTagExpEnd,
    scanTagExpEndFast,
    readUpto(stopStr) {
      const inputLength = this.buffer.length;
      const stopLength = stopStr.length;
      for (let i = this.startIndex; i < inputLength; i++) {
        let match = true;
        for (let j = 0; j < stopLength; j++) {
          if (this.buffer[i + j] !== stopStr[j]) {
            match = false;
            break;
          }
        }
        if (match) {
          const result = this.buffer.substring(this.startIndex, i);
          this.startIndex = i + stopLength;
          return result;
        }
      }
      throw new ParseError(`Unexpected end of source reading '${stopStr}'`, ErrorCode.UNEXPECTED_END);
    },
    readUptoChar(stopChar) {
      const i = this.buffer.indexOf(stopChar, this.startIndex);
      if (i === -1) {
        throw new ParseError(`Unexpected end of source reading '${stopChar}'`, ErrorCode.UNEXPECTED_END);
      }
      const result = this.buffer.substring(this.startIndex, i);
      this.startIndex = i + 1;
      return result;
    },
    readUptoCloseTag(stopStr) {
      const inputLength = this.buffer.length;
      const stopLength = stopStr.length;
      let tagMatchStart = -1;
      let state = 0;
      for (let i = this.startIndex; i < inputLength; i++) {
        if (state === 1) {
          const c = this.buffer[i];
          if (isSpace(c)) continue;
          if (c === ">") {
            state = 2;
          } else {
            state = 0;
            tagMatchStart = -1;
          }
        } else {
          let matched = true;
          for (let j = 0; j < stopLength; j++) {
            if (this.buffer[i + j] !== stopStr[j]) {
              matched = false;
              break;
            }
          }
          if (matched) {
            state = 1;
            tagMatchStart = i;
            i += stopLength - 1;
          }
        }
        if (state === 2) {
          const result = this.buffer.substring(this.startIndex, tagMatchStart);
          this.startIndex = i + 1;
          return result;
        }
      }
      throw new ParseError(`Unexpected end of source reading '${stopStr}'`, ErrorCode.UNEXPECTED_END);
    },
    readFromBuffer(n, shouldUpdate) {
      const ch = n === 1 ? this.buffer[this.startIndex] : this.buffer.substring(this.startIndex, this.startIndex + n);
      if (shouldUpdate) this.updateBufferBoundary(n);
      return ch;
    },
    updateBufferBoundary(n = 1) {
      this.startIndex += n;
      if (this.autoFlush && this.startIndex >= this.flushThreshold && this._tokenStart < 0) {
        this.flush();
      }
    },
    // Relative to current position, matching FeedableSource's formula.
    canRead(n = 0) {
      return this.startIndex + n < this.buffer.length;
    }
  };
}

// node_modules/@nodable/flexible-xml-parser/src/Encoding/EncodingDetector.js
var DECL_PEEK_BYTES = 200;
function sniff(bytes, registry) {
  const bomMatch = matchBom(bytes, registry);
  const declaredEncoding = sniffDeclaration(bytes, bomMatch ? bomMatch.bomLength : 0);
  if (bomMatch && declaredEncoding && !sameEncoding(bomMatch.descriptor.name, declaredEncoding, registry)) {
    throw new ParseError(
      `Byte-order mark indicates "${bomMatch.descriptor.name}" but the XML declaration says encoding="${declaredEncoding}"`,
      ErrorCode.ENCODING_MISMATCH
    );
  }
  if (bomMatch) {
    return { encoding: bomMatch.descriptor.name, bomLength: bomMatch.bomLength, declaredEncoding };
  }
  if (declaredEncoding) {
    return { encoding: declaredEncoding, bomLength: 0, declaredEncoding };
  }
  return { encoding: "utf8", bomLength: 0, declaredEncoding: null };
}
function matchBom(bytes, registry) {
  for (const descriptor of registry.bomCandidates()) {
    const sig = descriptor.bomBytes;
    if (bytes.length >= sig.length && sig.equals(bytes.subarray(0, sig.length))) {
      return { descriptor, bomLength: sig.length };
    }
  }
  return null;
}
function sniffDeclaration(bytes, offset) {
  const prefix = bytes.subarray(offset, Math.min(bytes.length, offset + DECL_PEEK_BYTES)).toString("latin1");
  const declMatch = prefix.match(/^\s*<\?xml\s+[^?]*\?>/);
  if (!declMatch) return null;
  const encMatch = declMatch[0].match(/encoding\s*=\s*["']([^"']+)["']/i);
  return encMatch ? encMatch[1].toLowerCase() : null;
}
function sameEncoding(a, b, registry) {
  try {
    return registry.resolve(a).name === registry.resolve(b).name;
  } catch {
    return false;
  }
}

// node_modules/@nodable/flexible-xml-parser/src/Encoding/TextDecoderAdapter.js
function createTextDecoderAdapter(label) {
  const decoder = new TextDecoder(label, { fatal: false, ignoreBOM: true });
  return {
    write(buf) {
      return decoder.decode(buf, { stream: true });
    },
    end() {
      return decoder.decode();
    }
  };
}
function createUtf16BeAdapter() {
  const inner = createTextDecoderAdapter("utf-16le");
  let pending = null;
  return {
    write(buf) {
      let work = pending ? concatBytes(pending, buf) : buf;
      pending = null;
      if (work.length % 2 === 1) {
        pending = work.subarray(work.length - 1);
        work = work.subarray(0, work.length - 1);
      }
      const swapped = swapBytePairs(work);
      return inner.write(swapped);
    },
    end() {
      return inner.end();
    }
  };
}
function concatBytes(a, b) {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
function swapBytePairs(bytes) {
  const swapped = new Uint8Array(bytes);
  for (let i = 0; i + 1 < swapped.length; i += 2) {
    const tmp = swapped[i];
    swapped[i] = swapped[i + 1];
    swapped[i + 1] = tmp;
  }
  return swapped;
}

// node_modules/@nodable/flexible-xml-parser/src/Encoding/EncodingRegistry.js
var EncodingRegistry = class {
  constructor() {
    this._byName = /* @__PURE__ */ new Map();
    this._seedDefaults();
  }
  _seedDefaults() {
    this.register({
      name: "utf8",
      aliases: ["utf-8"],
      bomBytes: Buffer.from([239, 187, 191]),
      selfSynchronizing: true,
      variableWidth: true,
      createDecoder: () => createTextDecoderAdapter("utf-8")
    });
    this.register({
      name: "ascii",
      aliases: [],
      bomBytes: null,
      selfSynchronizing: true,
      variableWidth: false,
      // TextDecoder has no dedicated 'ascii' label. windows-1252 is a strict
      // superset of ASCII and decodes any valid ASCII byte identically —
      // only bytes 0x80-0x9F (never legal ASCII) would differ, so behavior
      // for real ASCII input is unchanged.
      createDecoder: () => createTextDecoderAdapter("windows-1252")
    });
    this.register({
      name: "latin1",
      aliases: ["iso-8859-1", "binary"],
      bomBytes: null,
      selfSynchronizing: true,
      variableWidth: false,
      createDecoder: () => createTextDecoderAdapter("iso-8859-1")
    });
    this.register({
      name: "utf16le",
      aliases: ["utf-16le", "ucs2", "ucs-2"],
      bomBytes: Buffer.from([255, 254]),
      selfSynchronizing: false,
      variableWidth: true,
      createDecoder: () => createTextDecoderAdapter("utf-16le")
    });
    this.register({
      name: "utf16be",
      aliases: ["utf-16be"],
      // No native TextDecoder label for utf16be either; byte-swap then
      // decode as utf16le, same trick as before.
      bomBytes: Buffer.from([254, 255]),
      selfSynchronizing: false,
      variableWidth: true,
      createDecoder: () => createUtf16BeAdapter()
    });
  }
  /**
   * Register a descriptor. Validates shape immediately (fail-fast), same
   * spirit as ValueParserRegistry.register() in base-output-builder: a
   * broken custom encoding should throw at registration time, not silently
   * corrupt data three parses later.
   */
  register(descriptor) {
    if (!descriptor || typeof descriptor.name !== "string" || !descriptor.name) {
      throw new ParseError('Encoding descriptor requires a non-empty "name"', ErrorCode.INVALID_DECODER);
    }
    if (typeof descriptor.createDecoder !== "function") {
      throw new ParseError(`Encoding "${descriptor.name}" is missing createDecoder()`, ErrorCode.INVALID_DECODER);
    }
    const probe = descriptor.createDecoder();
    if (!probe || typeof probe.write !== "function" || typeof probe.end !== "function") {
      throw new ParseError(
        `Encoding "${descriptor.name}"'s createDecoder() must return an object with write()/end()`,
        ErrorCode.INVALID_DECODER
      );
    }
    const resolved = {
      selfSynchronizing: false,
      // safe default per savepoint §3 — opt-in speed, not opt-in correctness
      variableWidth: true,
      aliases: [],
      bomBytes: null,
      ...descriptor
    };
    this._byName.set(resolved.name.toLowerCase(), resolved);
    for (const alias of resolved.aliases) this._byName.set(alias.toLowerCase(), resolved);
  }
  resolve(name2) {
    const descriptor = this._byName.get(String(name2).toLowerCase());
    if (!descriptor) {
      throw new ParseError(`Unsupported encoding "${name2}"`, ErrorCode.UNSUPPORTED_ENCODING);
    }
    return descriptor;
  }
  /** All descriptors that carry a BOM signature, for detection (longest first). */
  bomCandidates() {
    const seen = /* @__PURE__ */ new Set();
    const out = [];
    for (const d of this._byName.values()) {
      if (d.bomBytes && !seen.has(d.name)) {
        seen.add(d.name);
        out.push(d);
      }
    }
    return out.sort((a, b) => b.bomBytes.length - a.bomBytes.length);
  }
};
var defaultEncodingRegistry = new EncodingRegistry();

// node_modules/@nodable/flexible-xml-parser/src/Encoding/EncodingProfile.js
function buildProfileForBuffer(bytes, decodingOptions = {}, registry = defaultEncodingRegistry) {
  const requested = decodingOptions.encoding || "auto";
  let name2, bomLength;
  if (requested === "auto") {
    const detected = sniff(bytes, registry);
    name2 = detected.encoding;
    bomLength = detected.bomLength;
  } else {
    name2 = requested;
    bomLength = 0;
  }
  const descriptor = registry.resolve(name2);
  const scanStrategy = descriptor.selfSynchronizing ? createByteScanStrategy(
    descriptor.name === "utf8" ? decodeCharAtUtf8 : decodeCharAtFixedWidth1,
    descriptor.name
    // 'utf8'/'ascii'/'latin1' — all valid Buffer#toString() encodings
  ) : createCharScanStrategy();
  const quotePairsUsable = !descriptor.selfSynchronizing || descriptor.name !== "utf8";
  return { descriptor, bomLength, scanStrategy, decodeFirst: !descriptor.selfSynchronizing, quotePairsUsable };
}

// node_modules/@nodable/flexible-xml-parser/src/AttributeProcessor.js
function isIllegalAttrCode(c) {
  return c <= 8 || c === 11 || c === 12 || c >= 14 && c <= 31;
}
function scanAttrValue(attrStr, i, end, parser2) {
  let value = "";
  let segStart = i;
  for (; i < end; i++) {
    const c = attrStr.charCodeAt(i);
    if (c === 13) {
      value += attrStr.substring(segStart, i) + " ";
      if (attrStr.charCodeAt(i + 1) === 10) i++;
      segStart = i + 1;
    } else if (c === 10 || c === 9) {
      value += attrStr.substring(segStart, i) + " ";
      segStart = i + 1;
    } else if (isIllegalAttrCode(c)) {
      throw new ParseError(
        `Illegal control character 0x${c.toString(16).padStart(2, "0")} in attribute value`,
        ErrorCode.ILLEGAL_CHARACTER,
        parser2 ? errorPositionOf(parser2.source) : {}
      );
    }
  }
  value += attrStr.substring(segStart, i);
  return value;
}
function parseAttributes(attrStr, quotePairs, attrsOffset, quotePairsLen = 0, parser2) {
  const results = [];
  const len = attrStr.length;
  let i = 0;
  const usePairs = quotePairs !== void 0 && quotePairsLen > 0;
  let pairIdx = 0;
  while (i < len) {
    while (i < len && isSpaceCode(attrStr.charCodeAt(i))) i++;
    if (i >= len) break;
    const nameStart = i;
    while (i < len && attrStr.charCodeAt(i) !== 61 && !isSpaceCode(attrStr.charCodeAt(i))) i++;
    const name2 = attrStr.substring(nameStart, i);
    while (i < len && isSpaceCode(attrStr.charCodeAt(i))) i++;
    if (i >= len || attrStr.charCodeAt(i) !== 61) {
      results.push({ name: name2, value: void 0, startIndex: nameStart });
      continue;
    }
    i++;
    while (i < len && isSpaceCode(attrStr.charCodeAt(i))) i++;
    const quote = attrStr.charCodeAt(i);
    if (quote !== 34 && quote !== 39) {
      throw new ParseError(
        `Attribute '${name2}' has an unquoted value \u2014 attribute values must be wrapped in '"' or "'"`,
        ErrorCode.UNQUOTED_ATTRIBUTE_VALUE,
        parser2 ? errorPositionOf(parser2.source) : {}
      );
    }
    let closeLocal = -1;
    if (usePairs && pairIdx + 1 < quotePairsLen && quotePairs[pairIdx] === i + attrsOffset) {
      closeLocal = quotePairs[pairIdx + 1] - attrsOffset;
      pairIdx += 2;
    }
    i++;
    let end;
    if (closeLocal >= 0) {
      end = closeLocal;
    } else {
      end = i;
      while (end < len && attrStr.charCodeAt(end) !== quote) end++;
    }
    const value = scanAttrValue(attrStr, i, end, parser2);
    i = end + 1;
    results.push({ name: name2, value, startIndex: nameStart });
  }
  return results;
}
function collectRawAttributes(attrStr, parser2, tagExp, quotePairs, attrsOffset, quotePairsLen) {
  if (!attrStr || attrStr.length === 0) return;
  const matches = parseAttributes(attrStr, quotePairs, attrsOffset, quotePairsLen, parser2);
  const len = matches.length;
  tagExp._rawAttrMatchCount = len;
  const parsedAttrs = [];
  let count = 0;
  const dupMode = parser2.options.attributes?.duplicate || "overwrite";
  const seen = dupMode !== "overwrite" ? /* @__PURE__ */ new Set() : null;
  const boolMode = parser2.options.attributes?.booleanType || "allow";
  for (let i = 0; i < len; i++) {
    const m = matches[i];
    if (seen) {
      if (seen.has(m.name)) {
        if (dupMode === "throw") {
          throw new ParseError(
            `Duplicate attribute '${m.name}'`,
            ErrorCode.DUPLICATE_ATTRIBUTE,
            errorPositionOf(parser2.source)
          );
        }
        continue;
      }
      seen.add(m.name);
    }
    const rawVal = m.value;
    if (rawVal === void 0) {
      if (boolMode === "throw") {
        throw new ParseError(
          `Valueless attribute '${m.name}' is not allowed`,
          ErrorCode.BOOLEAN_ATTRIBUTE_REJECTED,
          errorPositionOf(parser2.source)
        );
      }
      if (boolMode === "ignore") continue;
    }
    const attrName = parser2.processAttrName(m.name);
    if (attrName === false) continue;
    count++;
    const attrVal = rawVal !== void 0 ? rawVal : true;
    tagExp.rawAttributes[m.name] = attrVal;
    parsedAttrs.push({ name: attrName, value: attrVal, index: m.startIndex });
  }
  tagExp.rawAttributesLen = count;
  tagExp._parsedAttrs = parsedAttrs;
}
function flushAttributes(parsedAttrs, parser2, attrsExpStart, rawAttrMatchCount) {
  if (!parsedAttrs || parsedAttrs.length === 0) return;
  const maxAttrs = parser2.options.limits?.maxAttributesPerTag;
  if (maxAttrs !== void 0 && maxAttrs !== null && rawAttrMatchCount > maxAttrs) {
    const tagName = parser2.currentTagDetail?.name ?? "(unknown)";
    throw new ParseError(
      `Tag '${tagName}' has ${rawAttrMatchCount} attributes, exceeding limit of ${maxAttrs}`,
      ErrorCode.LIMIT_MAX_ATTRIBUTES,
      errorPositionOf(parser2.source)
    );
  }
  const len = parsedAttrs.length;
  for (let i = 0; i < len; i++) {
    const a = parsedAttrs[i];
    const attrMeta = attrsExpStart !== void 0 ? { index: attrsExpStart + a.index } : void 0;
    parser2.outputBuilder.addAttribute(a.name, a.value, parser2.readonlyMatcher, attrMeta);
  }
}

// node_modules/@nodable/flexible-xml-parser/src/XmlPartReader.js
var TagExp = class {
  constructor() {
    this.tagName = "";
    this.selfClosing = false;
    this.rawAttributes = {};
    this._attrsExp = "";
    this._attrsExpStart = void 0;
    this._rawAttrMatchCount = 0;
    this._parsedAttrs = [];
  }
};
function tryMatchClosingTagName(source, expectedRawName) {
  if (source.matchAhead(expectedRawName) !== true) return -1;
  let i = expectedRawName.length;
  let c = source.readChAt(i);
  if (c === ">") return i + 1;
  while (isSpace(c)) {
    i++;
    c = source.readChAt(i);
    if (c === ">") return i + 1;
  }
  if (c !== ">") return -1;
  return i + 1;
}
function readClosingTagName(source) {
  source.markTokenStart(1);
  const start = source.startIndex;
  try {
    const str = source.readUptoChar(">");
    return str.trimEnd();
  } catch (err) {
    const partial = source.readStr(Number.MAX_SAFE_INTEGER, start);
    throw new ParseError(`Unexpected end of source reading closing tag '</${partial}'`, ErrorCode.UNEXPECTED_END);
  }
}
function readTagExp2(parser2) {
  parser2.source.markTokenStart(1);
  const expStart = absolutePosition(parser2.source);
  const collectQuotes = !parser2.options.skip.attributes;
  const relEnd = collectQuotes ? parser2.source.scanTagExpEnd() : parser2.source.scanTagExpEndFast();
  if (relEnd === -1) {
    throw new ParseError("Unexpected closing of source waiting for '>'", ErrorCode.UNEXPECTED_END);
  }
  const exp = parser2.source.readStr(relEnd);
  parser2.source.updateBufferBoundary(relEnd + 1);
  const usableQuotes = collectQuotes && parser2.source._quotePairsUsable !== false;
  const quotePairs = usableQuotes ? parser2.source._quotePairs : void 0;
  const quotePairsLen = usableQuotes ? parser2.source._quotePairsLen : 0;
  return buildTagExpObj(exp, parser2, expStart, false, quotePairs, quotePairsLen);
}
function readPiExp(parser2) {
  parser2.source.markTokenStart(1);
  const expStart = absolutePosition(parser2.source);
  let inSingleQuotes = false;
  let inDoubleQuotes = false;
  let i;
  let EOE = false;
  for (i = 0; parser2.source.canRead(i); i++) {
    const currentChar = parser2.source.readChAt(i);
    const nextChar = parser2.source.readChAt(i + 1);
    if (currentChar === "'" && !inDoubleQuotes) {
      inSingleQuotes = !inSingleQuotes;
    } else if (currentChar === '"' && !inSingleQuotes) {
      inDoubleQuotes = !inDoubleQuotes;
    }
    if (!inSingleQuotes && !inDoubleQuotes) {
      if (currentChar === "?" && nextChar === ">") {
        EOE = true;
        break;
      }
    }
  }
  if (!EOE) {
    throw new ParseError("Unexpected closing of source waiting for '?>'", ErrorCode.UNEXPECTED_END);
  } else if (inSingleQuotes || inDoubleQuotes) {
    throw new ParseError("Invalid attribute expression. Quote is not properly closed in PI tag expression", ErrorCode.UNCLOSED_QUOTE);
  }
  const exp = parser2.source.readStr(i);
  parser2.source.updateBufferBoundary(i + 2);
  return buildTagExpObj(exp, parser2, expStart, true);
}
function buildTagExpObj(exp, parser2, expStart, forceToReadAttrs = false, quotePairs = void 0, quotePairsLen = 0) {
  const tagExp = new TagExp();
  const expLen = exp.length;
  if (exp[expLen - 1] === "/") {
    tagExp.selfClosing = true;
    exp = exp.slice(0, -1);
  }
  let attrsExp = "";
  let i = 0;
  let attrsLocalOffset;
  for (; i < exp.length; i++) {
    const c = exp[i];
    if (isSpace(c)) {
      tagExp.tagName = exp.substring(0, i);
      attrsExp = exp.substring(i + 1);
      attrsLocalOffset = i + 1;
      if (expStart !== void 0) tagExp._attrsExpStart = expStart + i + 1;
      break;
    }
  }
  if (tagExp.tagName.length === 0 && i === exp.length) tagExp.tagName = exp;
  tagExp.tagName = tagExp.tagName.trimEnd();
  tagExp._attrsExp = attrsExp;
  if (!parser2.isValidQName(tagExp.tagName)) {
    throw new ParseError("Invalid tag name", ErrorCode.INVALID_TAG_NAME);
  }
  if (forceToReadAttrs || attrsExp.length > 0) {
    collectRawAttributes(attrsExp, parser2, tagExp, quotePairs, attrsLocalOffset, quotePairsLen);
  }
  return tagExp;
}

// node_modules/@nodable/flexible-xml-parser/src/StopNodeProcessor.js
var StopNodeProcessor = class {
  /**
   * @param {string}   tagName
   *   The stop-node tag name to watch for.
   * @param {object}   [opts]
   * @param {boolean}  [opts.nested=false]
   *   When true, nested same-name open tags increment a depth counter; the
   *   stop node ends only when depth returns to zero.
   * @param {Array<{open:string,close:string}>} [opts.skipEnclosures=[]]
   *   Enclosure pairs whose interiors suppress closing-tag detection.
   */
  constructor(tagName, { nested = false, skipEnclosures = [] } = {}) {
    this._tagName = tagName;
    this._nested = nested;
    this._enclosures = skipEnclosures;
    this._content = "";
    this._depth = 1;
    this._active = false;
  }
  /** True once activated; cleared when `collect()` returns successfully. */
  isActive() {
    return this._active;
  }
  /**
   * Activate this processor. Called by `readOpeningTag` the first time it
   * encounters the stop node (after `readTagExp` has consumed the opening tag).
   */
  activate() {
    this._active = true;
    this._content = "";
    this._depth = 1;
  }
  /**
   * Called on resume (chunk boundary): the source was rewound to the `<` of
   * the stop node's opening tag, so the caller must re-consume the opening tag
   * via `readTagExp` before calling `collect()`.
   *
   * Because the rewind replays the entire opening tag, any content accumulated
   * during the failed attempt is invalid. Reset to a clean post-activation
   * state so the next `collect()` starts fresh from right after the opening tag.
   */
  resumeAfterOpenTag() {
    this._content = "";
    this._depth = 1;
  }
  /**
   * Collect raw content from `source` until the matching closing tag is found.
   *
   * Dispatches to one of four internal strategies based on the `nested` flag
   * and whether `skipEnclosures` is non-empty:
   *
   *   - Plain          (`nested:false`, no enclosures): fastest path — scan for
   *                    the literal `</tagName>` string and stop immediately.
   *   - Depth-only     (`nested:true`,  no enclosures): track open/close tags
   *                    for depth, no enclosure skipping.
   *   - Enclosure-only (`nested:false`, enclosures): skip enclosure interiors,
   *                    stop at the first closing tag found outside them.
   *   - Full           (`nested:true`,  enclosures): depth tracking AND
   *                    enclosure skipping.
   *
   * Progress (`_content`, `_depth`) is stored in instance fields so a
   * chunk-boundary `UNEXPECTED_END` can be retried seamlessly.
   *
   * @param {object} source  Any source object with the standard read interface.
   * @returns {{content: string, end: {index: number}}}
   *   `content` is the raw text between the opening and closing tags.
   *   `end` is the position immediately after the matched closing tag's '>' —
   *   mirrors `TagDetail.openEnd` / closeMeta.closeEnd for the opening-tag side,
   *   letting a caller recover the exact span of `<tag>...</tag>` including
   *   both delimiters, not just the inner content.
   */
  collect(source) {
    source.markTokenStart(1);
    const enclosuresLen = this._enclosures.length;
    if (!this._nested && enclosuresLen === 0) {
      return this._collectPlain(source);
    }
    if (this._nested && enclosuresLen === 0) {
      return this._collectDepthOnly(source);
    }
    if (!this._nested && enclosuresLen > 0) {
      return this._collectEnclosureOnly(source);
    }
    return this._collectFull(source);
  }
  // ── Strategy 1: Plain ──────────────────────────────────────────────────────
  /**
   * Fastest path. No depth tracking, no enclosure skipping.
   * Scans for the literal `</tagName>` followed by optional whitespace then `>`.
   */
  _collectPlain(source) {
    while (source.canRead()) {
      const ch = source.readChAt(0);
      if (ch !== "<") {
        this._content += source.readCh();
        continue;
      }
      if (this._tryConsumeCloseTag(source)) return this._finish(source);
      this._content += source.readCh();
    }
    throw this._unclosedError();
  }
  // ── Strategy 2: Depth-only ─────────────────────────────────────────────────
  /**
   * Depth tracking without enclosure skipping.
   * Properly handles nested same-name open tags. No enclosure awareness.
   */
  _collectDepthOnly(source) {
    while (this._depth > 0) {
      ensureCanRead(source, 0, `stop node <${this._tagName}> content`);
      if (this._stepDepthTracking(source)) return this._finish(source);
    }
    throw this._unclosedError();
  }
  // ── Strategy 3: Enclosure-only ─────────────────────────────────────────────
  /**
   * Enclosure skipping without depth tracking.
   * Skips enclosure interiors; stops at the first `</tagName>` found outside them.
   */
  _collectEnclosureOnly(source) {
    while (source.canRead()) {
      if (this._trySkipEnclosure(source)) continue;
      const ch = source.readChAt(0);
      if (ch !== "<") {
        this._content += source.readCh();
        continue;
      }
      if (this._tryConsumeCloseTag(source)) return this._finish(source);
      this._content += source.readCh();
    }
    throw this._unclosedError();
  }
  // ── Strategy 4: Full (nested + enclosures) ─────────────────────────────────
  /**
   * Full mode: enclosure skipping AND depth tracking.
   * Enclosure interiors suppress all closing-tag and depth logic for their span.
   * Depth tracks nested same-name open tags; the stop node ends at depth zero.
   */
  _collectFull(source) {
    while (this._depth > 0) {
      ensureCanRead(source, 0, `stop node <${this._tagName}> content`);
      if (this._trySkipEnclosure(source)) continue;
      if (this._stepDepthTracking(source)) return this._finish(source);
    }
    throw this._unclosedError();
  }
  // ── Shared finish helper ───────────────────────────────────────────────────
  /**
   * Reset runtime state and return the accumulated content plus the end
   * position (immediately after the matched closing tag's '>').
   * Called by every strategy when the closing tag is confirmed — always
   * right after that '>' has just been consumed from `source`.
   * @param {object} source
   * @returns {{content: string, end: {index: number}}}
   */
  _finish(source) {
    const result = this._content;
    const end = { index: absolutePosition(source) };
    this._active = false;
    this._content = "";
    this._depth = 1;
    return { content: result, end };
  }
  // ── Private helpers ────────────────────────────────────────────────────────
  /**
   * If an enclosure opens at the current position, consume it and its whole
   * interior (added to `_content` verbatim) and return true. Returns false,
   * consuming nothing, if no enclosure opens here. Shared by the two
   * enclosure-aware strategies (`_collectEnclosureOnly`, `_collectFull`).
   */
  _trySkipEnclosure(source) {
    const encIdx = this._matchEnclosureOpen(source);
    if (encIdx === -1) return false;
    const enc = this._enclosures[encIdx];
    this._skipChars(source, enc.open.length);
    this._content += enc.open;
    const interior = this._readUpto(source, enc.close);
    this._content += interior + enc.close;
    return true;
  }
  /**
   * At a '<' that isn't inside an enclosure: check whether it starts our own
   * closing tag (`</tagName` + optional whitespace + `>`). If so, consume it
   * and return true — the caller then calls `_finish()`. If not a match,
   * returns false without consuming anything, so the caller falls back to
   * treating the `<` as ordinary content. Shared by the two depth-unaware
   * strategies (`_collectPlain`, `_collectEnclosureOnly`).
   */
  _tryConsumeCloseTag(source) {
    const needed = "</" + this._tagName;
    if (!this._peekMatch(source, needed)) return false;
    let offset = needed.length;
    let validClose = false;
    while (true) {
      const c = source.readChAt(offset);
      if (c === ">") {
        validClose = true;
        break;
      }
      if (isSpace(c)) {
        offset++;
        continue;
      }
      break;
    }
    if (!validClose) return false;
    this._skipChars(source, needed.length);
    while (source.canRead()) {
      const c = source.readCh();
      if (c === ">") break;
    }
    return true;
  }
  /**
   * Process one tag encountered while depth-tracking is active: plain content
   * is appended as-is, a matching closing tag decrements depth (returning
   * true once depth reaches zero, telling the caller to finish), and any
   * other tag — including a nested opener of our own tag name — is appended
   * verbatim and, for a same-name non-self-closing opener, increments depth.
   * Shared by the two depth-tracking strategies (`_collectDepthOnly`,
   * `_collectFull`), which differ only in whether they check for enclosures
   * before calling this.
   */
  _stepDepthTracking(source) {
    const ch = source.readChAt(0);
    if (ch !== "<") {
      this._content += source.readCh();
      return false;
    }
    source.readCh();
    ensureCanRead(source, 0, `stop node <${this._tagName}> tag after '<'`);
    const c0 = source.readChAt(0);
    if (c0 === "/") {
      source.readCh();
      const closeName = this._readTagName(source);
      const closeSuffix = this._readToAngleClose(source);
      if (closeName === this._tagName) {
        this._depth--;
        if (this._depth === 0) return true;
      }
      this._content += "</" + closeName + closeSuffix;
      return false;
    }
    const openName = this._readTagName(source);
    this._content += "<" + openName;
    const { selfClosing, attrText } = this._readTagTail(source);
    this._content += attrText;
    if (!selfClosing && openName === this._tagName) {
      this._depth++;
    }
    return false;
  }
  /**
   * The "ran out of input before the stop node closed" error, identical
   * across all four collection strategies.
   */
  _unclosedError() {
    return new ParseError(
      `Unclosed stop node <${this._tagName}> \u2014 unexpected end of input`,
      ErrorCode.UNEXPECTED_END
    );
  }
  /**
   * Check whether any enclosure's `open` marker starts at the current source
   * position (without consuming). Returns the index of the first matching
   * enclosure, or -1 if none match.
   */
  _matchEnclosureOpen(source) {
    const enclosuresLen = this._enclosures.length;
    for (let i = 0; i < enclosuresLen; i++) {
      if (this._peekMatch(source, this._enclosures[i].open)) return i;
    }
    return -1;
  }
  /**
   * Read until `stopStr` is found, consuming `stopStr` itself.
   * Returns the text before `stopStr`. Throws UNEXPECTED_END if input runs out.
   */
  _readUpto(source, stopStr) {
    const s0 = stopStr[0];
    const sLen = stopStr.length;
    const start = source.startIndex;
    let len = 0;
    while (source.canRead()) {
      if (source.readChAt(0) === s0 && this._peekMatch(source, stopStr)) {
        const text2 = source.readStr(len, start);
        this._skipChars(source, sLen);
        return text2;
      }
      source.readCh();
      len++;
    }
    throw new ParseError(
      `Unclosed stop node <${this._tagName}> \u2014 unexpected end looking for '${stopStr}'`,
      ErrorCode.UNEXPECTED_END
    );
  }
  /**
   * Check whether the source (starting at current position) starts with `str`.
   * Does NOT consume.
   */
  _peekMatch(source, str) {
    const strLen = str.length;
    for (let i = 0; i < strLen; i++) {
      if (source.readChAt(i) !== str[i]) return false;
    }
    return true;
  }
  /**
   * Consume exactly `n` characters from source (discarding them — the caller
   * is responsible for appending to `_content` if needed).
   */
  _skipChars(source, n) {
    for (let i = 0; i < n; i++) source.readCh();
  }
  /**
   * Read an XML name (tag name) from the current source position.
   * Stops at `>`, `/`, or any whitespace. Does NOT consume the delimiter.
   */
  _readTagName(source) {
    let name2 = "";
    while (source.canRead()) {
      const ch = source.readChAt(0);
      if (ch === ">" || ch === "/" || isSpace(ch)) break;
      name2 += source.readCh();
    }
    return name2;
  }
  /**
   * Read from after the tag name up to and including the closing `>`,
   * detecting self-closing `/>` and respecting quoted attribute values so
   * a `>` inside a value does not prematurely end the tag.
   *
   * Returns `{ selfClosing: boolean, attrText: string }` where `attrText`
   * includes everything from the first attribute character up to and
   * including the closing `>` (or `/>`).
   */
  _readTagTail(source) {
    const start = source.startIndex;
    let len = 0;
    let inSingle = false;
    let inDouble = false;
    while (source.canRead()) {
      const ch = source.readCh();
      len++;
      if (ch === "'" && !inDouble) {
        inSingle = !inSingle;
      } else if (ch === '"' && !inSingle) {
        inDouble = !inDouble;
      } else if (!inSingle && !inDouble) {
        if (ch === ">") {
          return { selfClosing: false, attrText: source.readStr(len, start) };
        }
        if (ch === "/" && source.canRead() && source.readChAt(0) === ">") {
          source.readCh();
          len++;
          return { selfClosing: true, attrText: source.readStr(len, start) };
        }
      }
    }
    throw new ParseError(
      `Unclosed stop node <${this._tagName}> \u2014 unexpected end inside tag`,
      ErrorCode.UNEXPECTED_END
    );
  }
  /**
   * After reading a closing tag name, read optional whitespace and the `>`
   * returning them as a raw string (e.g. `'  >'` or `'>'`).
   * Preserves original spacing when reconstructing inner closing tags.
   */
  _readToAngleClose(source) {
    const start = source.startIndex;
    let len = 0;
    while (source.canRead()) {
      const ch = source.readCh();
      len++;
      if (ch === ">") return source.readStr(len, start);
      if (!isSpace(ch)) {
        throw new ParseError(
          `Malformed closing tag for </${this._tagName}>`,
          ErrorCode.UNEXPECTED_END
        );
      }
    }
    throw new ParseError(
      `Unclosed stop node <${this._tagName}> \u2014 unexpected end looking for '>'`,
      ErrorCode.UNEXPECTED_END
    );
  }
};

// node_modules/@nodable/flexible-xml-parser/src/XmlSpecialTagsReader.js
function readCdata(parser2) {
  parser2.source.markTokenStart(1);
  expectMatch(parser2.source, "CDATA[", "CDATA preamble");
  let text2 = parser2.source.readUpto("]]>");
  text2 = sanitizeContent(text2, parser2.source);
  parser2.outputBuilder.addLiteral(text2);
}
function readPiTag(parser2) {
  const skipOptions = parser2.options.skip;
  parser2.source.markTokenStart(1);
  let tagExp = readPiExp(parser2, "?>");
  if (!tagExp) {
    throw new ParseError(
      "Invalid Pi Tag expression.",
      ErrorCode.INVALID_TAG,
      errorPositionOf(parser2.source)
    );
  } else if (tagExp.tagName === "xml") {
    const version = tagExp.rawAttributes?.version;
    if (version === "1.1") {
      parser2.xmlDec.version = 1.1;
    }
    parser2.xmlDec.encoding = tagExp.rawAttributes?.encoding;
    parser2.xmlDec.standalone = tagExp.rawAttributes?.standalone;
    parser2._nameValidators = {};
  }
  if (!skipOptions.attributes) {
    flushAttributes(tagExp._parsedAttrs, parser2, tagExp._attrsExpStart, tagExp._rawAttrMatchCount);
  }
  if (tagExp.tagName === "xml") {
    if (!skipOptions.declaration) {
      parser2.outputBuilder.addDeclaration("?xml", parser2.xmlDec);
    }
  } else if (!skipOptions.pi) {
    parser2.outputBuilder.addInstruction("?" + tagExp.tagName);
  }
}
function readComment(parser2) {
  parser2.source.markTokenStart(1);
  expectMatch(parser2.source, "-", "comment second dash");
  let text2 = parser2.source.readUpto("-->");
  text2 = sanitizeContent(text2, parser2.source);
  parser2.outputBuilder.addComment(text2);
}

// node_modules/@nodable/flexible-xml-parser/src/DocTypeReader.js
function readDocType(parser2) {
  parser2.source.markTokenStart(1);
  expectMatch(parser2.source, "OCTYPE", "DOCTYPE preamble");
  const entities = {};
  let entityCount = 0;
  let hasBody = false;
  let bodyDone = false;
  let quoteChar = null;
  while (parser2.source.canRead()) {
    const subTagStart = parser2.source.startIndex;
    let ch = parser2.source.readCh();
    if (quoteChar !== null) {
      if (ch === quoteChar) quoteChar = null;
      continue;
    }
    if (!hasBody && (ch === '"' || ch === "'")) {
      quoteChar = ch;
      continue;
    }
    if (ch === "<" && hasBody && !bodyDone) {
      try {
        ensureCanRead(parser2.source, 0, "DOCTYPE sub-tag");
        let bang = parser2.source.readStr(1);
        parser2.source.updateBufferBoundary(1);
        if (bang !== "!") throw new ParseError(
          `Invalid DOCTYPE body tag starting with "<${bang}"`,
          ErrorCode.INVALID_TAG,
          errorPositionOf(parser2.source)
        );
        ensureCanRead(parser2.source, 0, "DOCTYPE sub-tag type");
        let typeChar = parser2.source.readStr(1);
        parser2.source.updateBufferBoundary(1);
        if (typeChar === "-") {
          ensureCanRead(parser2.source, 0, "DOCTYPE comment");
          let dash2 = parser2.source.readStr(1);
          parser2.source.updateBufferBoundary(1);
          if (dash2 !== "-") throw new ParseError(
            "Invalid comment in DOCTYPE",
            ErrorCode.INVALID_TAG,
            errorPositionOf(parser2.source)
          );
          parser2.source.readUpto("-->");
        } else if (typeChar === "E") {
          ensureCanRead(parser2.source, 0, "DOCTYPE E-type sub-tag");
          let typeChar2 = parser2.source.readStr(1);
          parser2.source.updateBufferBoundary(1);
          if (typeChar2 === "N") {
            expectMatch(parser2.source, "TITY", "DOCTYPE ENTITY keyword");
            const [entityName, entityValue] = readEntityExp(parser2);
            if (entityValue.indexOf("&") === -1) {
              const ep = parser2.options?.doctypeOptions;
              if (ep?.maxEntityCount && entityCount >= ep.maxEntityCount) {
                throw new ParseError(
                  `Entity count (${entityCount + 1}) exceeds maximum allowed (${ep.maxEntityCount})`,
                  ErrorCode.ENTITY_MAX_COUNT,
                  errorPositionOf(parser2.source)
                );
              }
              const escaped = entityName.replace(/[.\-+*:]/g, "\\$&");
              entities[entityName] = {
                regx: RegExp(`&${escaped};`, "g"),
                val: entityValue
              };
              entityCount++;
            }
          } else if (typeChar2 === "L") {
            expectMatch(parser2.source, "EMENT", "DOCTYPE ELEMENT keyword");
            readElementExp(parser2);
          } else {
            throw new ParseError(
              `Invalid DOCTYPE sub-tag "<!E${typeChar2}"`,
              ErrorCode.INVALID_TAG,
              errorPositionOf(parser2.source)
            );
          }
        } else if (typeChar === "A") {
          expectMatch(parser2.source, "TTLIST", "DOCTYPE ATTLIST keyword");
          readAttlistExp(parser2);
        } else if (typeChar === "N") {
          expectMatch(parser2.source, "OTATION", "DOCTYPE NOTATION keyword");
          readNotationExp(parser2);
        } else {
          throw new ParseError(
            `Invalid DOCTYPE sub-tag "<!${typeChar}"`,
            ErrorCode.INVALID_TAG,
            errorPositionOf(parser2.source)
          );
        }
      } catch (err) {
        if (err.code === ErrorCode.UNEXPECTED_END) {
          parser2.source.startIndex = subTagStart;
        }
        throw err;
      }
    } else if (ch === "[") {
      hasBody = true;
    } else if (ch === "]") {
      bodyDone = true;
    } else if (ch === ">") {
      if (!hasBody || bodyDone) {
        return entities;
      }
    }
  }
  throw new ParseError(
    "Unclosed DOCTYPE",
    ErrorCode.UNEXPECTED_END,
    errorPositionOf(parser2.source)
  );
}
function readEntityExp(parser2) {
  const source = parser2.source;
  skipSourceWhitespace(source);
  ensureCanRead(source, 1, "entity name");
  const entityNameStart = source.startIndex;
  let entityNameLen = 0;
  while (source.canRead()) {
    const ch = source.readCh();
    if (isSpace(ch) || ch === '"' || ch === "'") break;
    entityNameLen++;
  }
  const entityName = source.readStr(entityNameLen, entityNameStart);
  ensureCanRead(source, 1, `entity name "${entityName}"`);
  validateEntityName4(entityName, parser2);
  skipSourceWhitespace(source);
  ensureCanRead(source, 0, `after entity name "${entityName}"`);
  if (source.canRead(5)) {
    if (source.matchAhead("system", true) === true) {
      throw new ParseError(
        "External entities are not supported",
        ErrorCode.INVALID_TAG,
        errorPositionOf(source)
      );
    }
  }
  if (source.readStr(1) === "%") {
    throw new ParseError(
      "Parameter entities are not supported",
      ErrorCode.INVALID_TAG,
      errorPositionOf(source)
    );
  }
  ensureCanRead(source, 0, `entity value for "${entityName}"`);
  const [entityValue] = readIdentifierVal(source, "entity");
  const ep = parser2.options?.doctypeOptions;
  if (ep?.maxEntitySize && entityValue.length > ep.maxEntitySize) {
    throw new ParseError(
      `Entity "${entityName}" size (${entityValue.length}) exceeds maximum allowed size (${ep.maxEntitySize})`,
      ErrorCode.ENTITY_MAX_SIZE,
      errorPositionOf(source)
    );
  }
  source.readUptoChar(">");
  return [entityName, entityValue];
}
function readElementExp(parser2) {
  const source = parser2.source;
  skipSourceWhitespace(source);
  ensureCanRead(source, 1, "ELEMENT name");
  const elementNameStart = source.startIndex;
  let elementNameLen = 0;
  while (source.canRead()) {
    const ch = source.readCh();
    if (isSpace(ch)) break;
    elementNameLen++;
  }
  const elementName = source.readStr(elementNameLen, elementNameStart);
  ensureCanRead(source, 1, "ELEMENT name");
  if (!parser2.getNameValidator("name")(elementName)) {
    throw new ParseError(
      `Invalid element name: "${elementName}"`,
      ErrorCode.INVALID_TAG,
      errorPositionOf(source)
    );
  }
  skipSourceWhitespace(source);
  ensureCanRead(source, 1, "ELEMENT name");
  let peek1 = source.readStr(1);
  if (peek1 === "E") {
    try {
      expectMatch(source, "EMPTY", "ELEMENT content model keyword EMPTY");
    } catch (e) {
      source.readUptoChar(">");
      return { elementName, contentModel: "" };
    }
  } else if (peek1 === "A") {
    try {
      expectMatch(source, "ANY", "ELEMENT content model keyword ANY");
    } catch (e) {
      source.readUptoChar(">");
      return { elementName, contentModel: "" };
    }
  } else if (peek1 === "(") {
    source.updateBufferBoundary(1);
    source.readUptoChar(")");
  }
  source.readUptoChar(">");
  return { elementName };
}
function readAttlistExp(parser2) {
  parser2.source.readUptoChar(">");
}
function readNotationExp(parser2) {
  const source = parser2.source;
  skipSourceWhitespace(source);
  ensureCanRead(source, 1, "NOTATION name");
  const notationNameStart = source.startIndex;
  let notationNameLen = 0;
  while (source.canRead()) {
    const ch = source.readCh();
    if (isSpace(ch)) break;
    notationNameLen++;
  }
  const notationName = source.readStr(notationNameLen, notationNameStart);
  ensureCanRead(source, 1, `after NOTATION name "${notationName}"`);
  validateEntityName4(notationName, parser2);
  skipSourceWhitespace(source);
  ensureCanRead(source, 6, "NOTATION identifier type");
  if (source.matchAhead("system", true) === true) {
    source.updateBufferBoundary(6);
    skipSourceWhitespace(source);
    readIdentifierVal(source, "systemIdentifier");
  } else if (source.matchAhead("public", true) === true) {
    source.updateBufferBoundary(6);
    skipSourceWhitespace(source);
    readIdentifierVal(source, "publicIdentifier");
    skipSourceWhitespace(source);
    ensureCanRead(source, 1, "after NOTATION PUBLIC identifier");
    let next = source.readStr(1);
    if (next === '"' || next === "'") {
      readIdentifierVal(source, "systemIdentifier");
    }
  } else {
    throw new ParseError(
      `Expected SYSTEM or PUBLIC in NOTATION, found "${source.readStr(6)}"`,
      ErrorCode.INVALID_TAG,
      errorPositionOf(source)
    );
  }
  source.readUptoChar(">");
}
function readIdentifierVal(source, type) {
  ensureCanRead(source, 1, type + " opening quote");
  let startChar = source.readStr(1);
  if (startChar !== '"' && startChar !== "'") {
    throw new ParseError(
      `Expected quoted string for ${type}, found "${startChar}"`,
      ErrorCode.INVALID_TAG,
      errorPositionOf(source)
    );
  }
  source.updateBufferBoundary(1);
  let value = source.readUptoChar(startChar);
  return [value];
}
function skipSourceWhitespace(source) {
  while (source.canRead()) {
    const ch = source.readChAt(0);
    if (!isSpace(ch)) break;
    source.updateBufferBoundary(1);
  }
}
function validateEntityName4(name2, parser2) {
  if (parser2.getNameValidator("name")(name2)) return name2;
  throw new ParseError(
    `Invalid entity name "${name2}"`,
    ErrorCode.ENTITY_INVALID_KEY,
    {}
  );
}

// node_modules/@nodable/flexible-xml-parser/src/AutoCloseHandler.js
var AutoCloseErrorType = Object.freeze({
  /** A tag was still open when the document ended. */
  UNCLOSED_EOF: "unclosed-eof",
  /**
   * A closing tag didn't match the current open tag.
   * The handler popped up the stack to find the nearest match.
   */
  MISMATCHED_CLOSE: "mismatched-close",
  /**
   * A closing tag appeared whose opener doesn't exist anywhere in the stack.
   * The tag is discarded.
   */
  PHANTOM_CLOSE: "phantom-close",
  /**
   * The source ended mid-way through a tag — e.g. `<div><p` or `</di`.
   * The partial tag is discarded; any already-open tags are closed by handleEof.
   */
  PARTIAL_TAG: "partial-tag"
});
var AutoCloseHandler = class {
  /**
   * @param {object} autoCloseOptions - Resolved autoClose options
   * @param {string} autoCloseOptions.onEof        - 'throw' | 'closeAll'
   * @param {string} autoCloseOptions.onMismatch   - 'throw' | 'recover' | 'discard'
   * @param {boolean} autoCloseOptions.collectErrors
   */
  constructor(autoCloseOptions) {
    this.onEof = autoCloseOptions.onEof || "throw";
    this.onMismatch = autoCloseOptions.onMismatch || "throw";
    this.collectErrors = autoCloseOptions.collectErrors || false;
    this.errors = [];
  }
  /**
   * Called at end-of-document when `tagsStack` is non-empty.
   *
   * @param {object}   parserState
   * @param {Array}    parserState.tagsStack       - Parser's open-tag stack
   * @param {object}   parserState.currentTagDetail - The currently open TagDetail
   * @param {object}   parserState.outputBuilder   - Live OutputBuilder instance
   * @param {object}   parserState.readonlyMatcher - Read-only Matcher proxy
   * @param {object}   parserState.source          - Current InputSource (for position)
   * @param {Function} parserState.addTextNode     - Bound addTextNode on the parser
   */
  handleEof(parserState) {
    if (this.onEof === "throw") {
      throw new ParseError("Unexpected data in the end of document", ErrorCode.UNEXPECTED_TRAILING_DATA);
    }
    const { addTextNode, popTag } = parserState;
    let current = parserState.currentTagDetail;
    while (current && !current.root) {
      this._recordError(AutoCloseErrorType.UNCLOSED_EOF, {
        tag: current.name,
        expected: null,
        index: current.index
      });
      addTextNode();
      popTag();
      current = parserState.currentTagDetail;
    }
  }
  /**
   * Called when a closing tag name doesn't match `currentTagDetail.name`.
   *
   * Returns an object describing what the caller should do:
   *   { action: 'close-matched' } — handler already closed intermediates;
   *                                  caller should now close the matched tag normally
   *   { action: 'discard' }       — caller should skip this closing tag entirely
   *
   * @param {string}   closingTagName   - The mismatched closing tag we just read
   * @param {object}   parserState      - Same shape as handleEof
   * @returns {{ action: string }}
   */
  handleMismatch(closingTagName, parserState) {
    const { tagsStack, currentTagDetail, source, addTextNode } = parserState;
    if (this.onMismatch === "throw") {
      throw new ParseError(
        `Unexpected closing tag '${closingTagName}' expecting '${currentTagDetail.name}'`,
        ErrorCode.MISMATCHED_CLOSE_TAG,
        { index: source ? absolutePosition(source) : void 0 }
      );
    }
    if (this.onMismatch === "discard") {
      this._recordError(AutoCloseErrorType.MISMATCHED_CLOSE, {
        tag: closingTagName,
        expected: currentTagDetail.name,
        index: source ? absolutePosition(source) : null
      });
      return { action: "discard" };
    }
    const stackSnapshot = [...tagsStack, currentTagDetail];
    let matchIndex = -1;
    const stackSnapshotLength = stackSnapshot.length;
    for (let i = stackSnapshotLength - 1; i >= 0; i--) {
      if (stackSnapshot[i].name === closingTagName) {
        matchIndex = i;
        break;
      }
    }
    if (matchIndex === -1) {
      this._recordError(AutoCloseErrorType.PHANTOM_CLOSE, {
        tag: closingTagName,
        expected: currentTagDetail.name,
        index: source ? absolutePosition(source) : null
      });
      return { action: "discard" };
    }
    const levelsToClose = stackSnapshotLength - 1 - matchIndex;
    for (let i = 0; i < levelsToClose; i++) {
      const tag = stackSnapshot[stackSnapshotLength - 1 - i];
      this._recordError(AutoCloseErrorType.MISMATCHED_CLOSE, {
        tag: tag.name,
        expected: closingTagName,
        index: tag.index
      });
      addTextNode();
      parserState.popTag();
    }
    parserState.currentTagDetail = stackSnapshot[matchIndex];
    return { action: "close-matched" };
  }
  /**
   * Called when the source ended mid-way through a tag token.
   * Records the partial-tag error and delegates remaining open tags to handleEof.
   *
   * @param {Error}  originalError  - The error thrown by the read function
   * @param {object} parserState    - Same shape as handleEof
   */
  handlePartialTag(originalError, parserState) {
    this._recordError(AutoCloseErrorType.PARTIAL_TAG, {
      tag: _extractPartialTagName(originalError),
      expected: null,
      index: parserState.source ? absolutePosition(parserState.source) : null
    });
    parserState.tagTextData = "";
    this.handleEof(parserState);
  }
  /**
   * Return a copy of the collected error list.
   * Empty array when collectErrors is false or no errors occurred.
   * @returns {Array}
   */
  getErrors() {
    return this.errors.slice();
  }
  /**
   * Reset error log (useful if the same handler instance is reused).
   */
  reset() {
    this.errors = [];
  }
  // ── Private ──────────────────────────────────────────────────────────────
  _recordError(type, detail) {
    if (!this.collectErrors) return;
    this.errors.push({ type, ...detail });
  }
};
function _extractPartialTagName(err) {
  if (!err) return null;
  const message = typeof err.message === "string" ? err.message : String(err);
  const closeMatch = message.match(/[Rr]eading closing tag '<\/([^']*)/);
  if (closeMatch) return closeMatch[1] || null;
  return null;
}

// node_modules/@nodable/flexible-xml-parser/src/Xml2JsParser.js
var NAME_CACHE_LIMIT = 2e3;
var keepSpace = { keep: ["xml:space"] };
function getCachedName(cache, rawName, computeFn) {
  const cached = cache.get(rawName);
  if (cached !== void 0 || cache.has(rawName)) return cached;
  const result = computeFn();
  if (cache.size >= NAME_CACHE_LIMIT) cache.clear();
  cache.set(rawName, result);
  return result;
}
var TagDetail = class {
  /**
   * @param {string} name  - Tag name
   * @param {number} index - Character offset of '<' from document start
   * @param {number} [openEnd] - Character offset immediately after the opening
   *   tag's closing '>' (i.e. end of `<tag attr="x">`). Undefined until the
   *   opening tag expression has been fully read; set in readOpeningTag().
   *   For self-closing tags this is the offset after '/>'.
   * @param {string} [rawName] - the tag name exactly as written (before
   *   namespace-prefix stripping) — what a matching closing tag will
   *   literally contain. Used by readClosingTag()'s fast path; undefined for
   *   the synthetic root node.
   */
  constructor(name2, index = 0, openEnd = void 0, rawName = void 0) {
    this.name = name2;
    this.index = index;
    this.openEnd = openEnd;
    this.rawName = rawName;
  }
};
var Xml2JsParser = class {
  constructor(options) {
    this.options = options;
    this.currentTagDetail = null;
    this.tagTextData = "";
    this.tagsStack = [];
    this.doctypeFound = false;
    this.matcher = new Matcher();
    this.readonlyMatcher = this.matcher.readOnly();
    this.autoCloseHandler = options.autoClose ? new AutoCloseHandler(options.autoClose) : null;
    this._unpairedSet = new Set(this.options.tags.unpaired);
    this.stopNodeExpressionsSet = this.options.tags.stopNodesSet ?? new ExpressionSet();
    if (this.stopNodeExpressionsSet.size === 0) this.isStopNode = () => false;
    else this.isStopNode = isStopNode;
    this.skipTagExpressionsSet = this.options.skip.tagsSet ?? new ExpressionSet();
    if (this.skipTagExpressionsSet.size === 0) this.isSkipTag = () => false;
    else this.isSkipTag = isSkipTag;
    this._exitIf = typeof options.exitIf === "function" ? options.exitIf : () => false;
    this._nameCache = options._nameCache || (options._nameCache = { tags: /* @__PURE__ */ new Map(), attrs: /* @__PURE__ */ new Map() });
  }
  initializeParser() {
    this.tagTextData = "";
    this.tagsStack = [];
    this.doctypeFound = false;
    this._stopNodeProcessor = null;
    this._exitIfTriggered = false;
    this._nameValidators = {};
    this._validQNames = /* @__PURE__ */ new Set();
    this.xmlDec = {
      version: 1,
      lang: null,
      encoding: null,
      standalone: "yes"
    };
    if (!this.matcher) {
      this.matcher = new Matcher();
      this.readonlyMatcher = this.matcher.readOnly();
    }
    this.outputBuilder = this._createOutputBuilder();
    this.root = { root: true, name: "" };
    this.currentTagDetail = this.root;
  }
  /**
   * Create an OutputBuilder instance for this parse run.
   * The output builder owns all value parser registration, including
   * EntitiesValueParser — no injection needed from the parser side.
   */
  _createOutputBuilder() {
    return this.options.OutputBuilder.getInstance(this.options, this.readonlyMatcher);
  }
  /**
   * Returns true if the last parse call was terminated early by exitIf.
   * Useful when the caller needs to know whether parsing completed or stopped.
   */
  wasExited() {
    return this._exitIfTriggered === true;
  }
  parse(strData) {
    this.source = new StringSource(strData);
    this.initializeParser();
    this._parseAndFinalize();
    return this.outputBuilder.getOutput();
  }
  parseBytesArr(data) {
    const registry = this.options.decoding?._registry;
    const profile = buildProfileForBuffer(data, this.options.decoding, registry);
    this.source = new BufferSource(data, {}, profile);
    this.initializeParser();
    this._parseAndFinalize();
    return this.outputBuilder.getOutput();
  }
  /**
   * Advance the parser state machine as far as the source buffer allows.
   * Stops naturally when canRead() returns false — no EOF handling here.
   * Call finalizeXml() once all input is consumed to validate end-of-document.
   *
   * parseStream() and feed()/end() call this per chunk; _parseAndFinalize()
   * (used by parse() / parseBytesArr()) calls it then finalizeXml() immediately.
   */
  parseXml() {
    while (this.source.canRead()) {
      if (this._exitIfTriggered) break;
      this.source.markTokenStart(0);
      const preReadPos = errorPositionOf(this.source);
      const ch = this.source.readCh();
      if (ch === void 0 || ch === "") break;
      if (ch === "<") {
        const tagStart = preReadPos;
        const nextChar = this.source.readChAt(0);
        if (nextChar === "") throw new ParseError(
          "Unexpected end of source after '<'",
          ErrorCode.UNEXPECTED_END,
          errorPositionOf(this.source)
        );
        if (nextChar === "/") {
          this.source.updateBufferBoundary();
          this.readClosingTag(tagStart);
        } else if (nextChar === "!") {
          this.source.updateBufferBoundary();
          this.addTextNode();
          this.readSpecialTag(nextChar);
        } else if (nextChar === "?") {
          this.source.updateBufferBoundary();
          this.addTextNode();
          readPiTag(this);
        } else {
          this.readOpeningTag(tagStart);
        }
      } else {
        let runLen = 0;
        while (true) {
          const c = this.source.readChAt(runLen);
          if (c === "<" || c === void 0 || c === "") break;
          runLen++;
        }
        if (runLen > 0) {
          this.tagTextData += ch + this.source.readStr(runLen, this.source.startIndex);
          this.source.updateBufferBoundary(runLen);
        } else {
          this.tagTextData += ch;
        }
      }
    }
  }
  /**
   * Validate end-of-document state and apply autoClose recovery if configured.
   * Must be called exactly once after all input has been consumed.
   */
  finalizeXml() {
    if (this._exitIfTriggered) return;
    const hasOpenTags = this.tagsStack.length > 0 || this.currentTagDetail && !this.currentTagDetail.root;
    const hasTrailingText = !hasOpenTags && this.tagTextData !== void 0 && this.tagTextData.trimEnd().length > 0;
    if (hasOpenTags || hasTrailingText) {
      if (this.autoCloseHandler && hasOpenTags && !hasTrailingText) {
        this.autoCloseHandler.handleEof(this._parserState());
      } else {
        throw new ParseError("Unexpected data in the end of document", ErrorCode.UNEXPECTED_TRAILING_DATA, errorPositionOf(this.source));
      }
    }
  }
  /**
   * One-shot helper used by parse() and parseBytesArr().
   * Runs parseXml() with autoClose partial-tag recovery, then finalizeXml().
   * @private
   */
  _parseAndFinalize() {
    let partialTagError = null;
    if (this.autoCloseHandler) this.autoCloseHandler.reset();
    try {
      this.parseXml();
    } catch (err) {
      if (this.autoCloseHandler && isSourceExhaustedError(err)) {
        partialTagError = err;
      } else {
        throw err;
      }
    }
    if (partialTagError) {
      this.autoCloseHandler.handlePartialTag(partialTagError, this._parserState());
      return;
    }
    this.finalizeXml();
  }
  readClosingTag(tagStart) {
    const current = this.currentTagDetail;
    if (current && !current.root && current.rawName !== void 0) {
      const consumed = tryMatchClosingTagName(this.source, current.rawName);
      if (consumed !== -1) {
        this.source.updateBufferBoundary(consumed);
        const closeMeta2 = {
          name: current.name,
          index: tagStart.index,
          closeEnd: absolutePosition(this.source)
        };
        this.addTextNode();
        this.popTag(closeMeta2);
        return;
      }
    }
    const tagName = this.processTagName(readClosingTagName(this.source));
    const closeMeta = {
      name: tagName,
      index: tagStart.index,
      closeEnd: absolutePosition(this.source)
    };
    if (this.isUnpaired(tagName) || this.isStopNode()) {
      throw new ParseError(`Unexpected closing tag '${tagName}'`, ErrorCode.UNEXPECTED_CLOSE_TAG, errorPositionOf(this.source));
    }
    if (tagName !== this.currentTagDetail.name) {
      if (!this.autoCloseHandler) {
        throw new ParseError(
          `Unexpected closing tag '${tagName}' expecting '${this.currentTagDetail.name}'`,
          ErrorCode.MISMATCHED_CLOSE_TAG,
          errorPositionOf(this.source)
        );
      }
      const decision = this.autoCloseHandler.handleMismatch(tagName, this._parserState());
      if (decision.action === "discard") return;
    }
    if (!this.currentTagDetail.root) this.addTextNode();
    this.popTag(closeMeta);
  }
  readOpeningTag(tagStart) {
    const options = this.options;
    this.addTextNode();
    if (this._stopNodeProcessor && this._stopNodeProcessor.isActive()) {
      const { tagDetail: tagDetail2, isSkip } = this._stopNodeProcessorMeta;
      this._stopNodeProcessor.resumeAfterOpenTag();
      readTagExp2(this);
      tagDetail2.openEnd = absolutePosition(this.source);
      const { content, end: stopEnd } = this._stopNodeProcessor.collect(this.source);
      if (!isSkip) {
        this.outputBuilder.addElement(tagDetail2, this.readonlyMatcher);
        this.outputBuilder.onStopNode?.(tagDetail2, content, this.readonlyMatcher, stopEnd);
        this.outputBuilder.addValue(content, this.readonlyMatcher);
        this.outputBuilder.closeElement(this.readonlyMatcher, { name: tagDetail2.name, closeEnd: stopEnd.index });
      }
      this.matcher.pop();
      this._stopNodeProcessor = null;
      this._stopNodeProcessorMeta = null;
      return;
    }
    let tagExp = readTagExp2(this);
    const processedTagName = this.processTagName(tagExp.tagName);
    const tagDetail = new TagDetail(
      processedTagName,
      tagStart.index,
      absolutePosition(this.source),
      // openEnd: offset right after this opening tag's '>'
      tagExp.tagName
      // rawName: exactly as written, for readClosingTag()'s fast path
    );
    const colonIdx = tagExp.tagName.indexOf(":");
    const tagNamespace = colonIdx !== -1 ? tagExp.tagName.slice(0, colonIdx) : void 0;
    const matcherTagName = tagNamespace !== void 0 ? tagExp.tagName.slice(colonIdx + 1) : processedTagName;
    const maxNested = options.limits?.maxNestedTags;
    if (maxNested !== void 0 && maxNested !== null) {
      const depth = this.tagsStack.length + 1;
      if (depth > maxNested) {
        throw new ParseError(
          `Nesting depth ${depth} exceeds limit of ${maxNested} (tag: '${processedTagName}')`,
          ErrorCode.LIMIT_MAX_NESTED_TAGS,
          { index: tagDetail.index }
        );
      }
    }
    let rawAttributes = {};
    let raeAttrLen = 0;
    if (tagExp.rawAttributes) {
      rawAttributes = tagExp.rawAttributes;
      raeAttrLen = tagExp.rawAttributesLen;
    }
    if (raeAttrLen > 0) {
      this.matcher.push(matcherTagName, rawAttributes, tagNamespace, keepSpace);
    } else {
      this.matcher.push(matcherTagName, {}, tagNamespace);
    }
    const stopNodeConfig = this.isStopNode();
    const skipTagConfig = stopNodeConfig ? null : this.isSkipTag();
    if (!options.skip.attributes && !skipTagConfig) {
      flushAttributes(tagExp._parsedAttrs, this, tagExp._attrsExpStart, tagExp._rawAttrMatchCount);
    }
    if (this.isUnpaired(processedTagName)) {
      this.outputBuilder.addElement(tagDetail, this.readonlyMatcher);
      this.outputBuilder.closeElement(this.readonlyMatcher, this._closeMetaFor(tagDetail));
      this.matcher.pop();
    } else if (tagExp.selfClosing) {
      if (!skipTagConfig) {
        this.outputBuilder.addElement(tagDetail, this.readonlyMatcher);
        this.outputBuilder.closeElement(this.readonlyMatcher, this._closeMetaFor(tagDetail));
      }
      this.matcher.pop();
    } else if (stopNodeConfig) {
      this._stopNodeProcessor = new StopNodeProcessor(tagExp.tagName, {
        nested: stopNodeConfig.nested,
        skipEnclosures: stopNodeConfig.skipEnclosures
      });
      this._stopNodeProcessorMeta = { tagDetail, isSkip: false };
      this._stopNodeProcessor.activate();
      const { content, end: stopEnd } = this._stopNodeProcessor.collect(this.source);
      this.outputBuilder.addElement(tagDetail, this.readonlyMatcher);
      this.outputBuilder.onStopNode?.(tagDetail, content, this.readonlyMatcher, stopEnd);
      this.outputBuilder.addValue(content, this.readonlyMatcher);
      this.outputBuilder.closeElement(this.readonlyMatcher, { name: tagDetail.name, closeEnd: stopEnd.index });
      this.matcher.pop();
      this._stopNodeProcessor = null;
      this._stopNodeProcessorMeta = null;
    } else if (skipTagConfig) {
      this._stopNodeProcessor = new StopNodeProcessor(tagExp.tagName, {
        nested: skipTagConfig.nested,
        skipEnclosures: skipTagConfig.skipEnclosures
      });
      this._stopNodeProcessorMeta = { tagDetail, isSkip: true };
      this._stopNodeProcessor.activate();
      this._stopNodeProcessor.collect(this.source);
      this.matcher.pop();
      this._stopNodeProcessor = null;
      this._stopNodeProcessorMeta = null;
    } else if (this._exitIf(this.readonlyMatcher)) {
      const exitDepth = this.tagsStack.length;
      this.matcher.pop();
      while (this.currentTagDetail && !this.currentTagDetail.root) {
        this.addTextNode();
        this.popTag();
      }
      if (typeof this.outputBuilder.onExit === "function") {
        this.outputBuilder.onExit({
          tagDetail,
          matcher: this.readonlyMatcher,
          depth: exitDepth
        });
      }
      this._exitIfTriggered = true;
    } else {
      this.pushTag(tagDetail);
    }
  }
  /**
   * Push a tag onto the parser stack and notify the output builder.
   * This is the single point of entry for opening a non-self-closing tag —
   * both the parser-side stack (currentTagDetail / tagsStack) and the
   * output builder are updated together, keeping them in sync.
   *
   * Custom OutputBuilder implementations that maintain their own tag stack
   * should override addElement() rather than calling pushTag() directly.
   *
   * @param {TagDetail} tagDetail
   */
  pushTag(tagDetail) {
    this.tagsStack.push(this.currentTagDetail);
    this.outputBuilder.addElement(tagDetail, this.readonlyMatcher);
    this.currentTagDetail = tagDetail;
  }
  /**
   * Pop the current tag from the parser stack and notify the output builder.
   * This is the single point of exit for closing a tag — both stacks are
   * updated together.
   *
   * @param {object} [closeMeta] - Position info for the closing tag:
   *   { name, index, closeEnd }. Omitted when there is no real
   *   closing tag to report a position for — e.g. AutoCloseHandler synthesizing
   *   a close at EOF, or exitIf closing already-open ancestors. In that case a
   *   minimal `{ name }` is passed to the builder instead of nothing, so
   *   closeElement() never has to special-case "no second argument at all".
   */
  popTag(closeMeta) {
    this.outputBuilder.closeElement(this.readonlyMatcher, closeMeta ?? { name: this.currentTagDetail?.name });
    this.matcher.pop();
    this.currentTagDetail = this.tagsStack.pop();
  }
  /**
   * Build a closeMeta object for tags with no distinct closing token
   * (unpaired tags like <br>, and self-closing tags like <tag/>) — the close
   * position is just the opening tag's own end.
   * @param {TagDetail} tagDetail
   */
  _closeMetaFor(tagDetail) {
    return {
      name: tagDetail.name,
      index: tagDetail.index,
      closeEnd: tagDetail.openEnd
    };
  }
  readSpecialTag(startCh) {
    if (startCh === "!") {
      let nextChar = this.source.readCh();
      if (nextChar === null || nextChar === void 0) throw new ParseError("Unexpected end of source after '<!'", ErrorCode.UNEXPECTED_END, errorPositionOf(this.source));
      if (nextChar === "-") {
        readComment(this);
      } else if (nextChar === "[") {
        readCdata(this);
      } else if (nextChar === "D") {
        const docTypeEntities = readDocType(this);
        if (this.doctypeFound) {
          throw new ParseError("Multiple DOCTYPE declarations found.", ErrorCode.INVALID_INPUT, errorPositionOf(this.source));
        }
        this.doctypeFound = true;
        if (this.options.doctypeOptions.enabled && docTypeEntities && Object.keys(docTypeEntities).length > 0) {
          this.outputBuilder.addInputEntities(docTypeEntities);
        }
      }
    } else {
      throw new ParseError(`Invalid tag '<${startCh}'`, ErrorCode.INVALID_TAG, errorPositionOf(this.source));
    }
  }
  addTextNode() {
    if (this.tagTextData !== void 0 && this.tagTextData !== "") {
      this.tagTextData = sanitizeContent(this.tagTextData, this.source);
      if (!this.options.skip.whitespaceText || this.tagTextData.trim().length > 0) {
        this.outputBuilder.addValue(this.tagTextData, this.readonlyMatcher);
      }
      this.tagTextData = "";
    }
  }
  /**
   * Cached wrapper around getNameValidator('qName') — shape-validating a tag
   * name is a pure function of the name string alone (for a fixed xmlVersion,
   * itself fixed for the whole document), so a name seen once and found valid
   * never needs the regex re-run for its later occurrences. Only opening tag
   * names go through this (see buildTagExpObj in XmlPartReader.js); closing
   * tags are checked by exact-match against the already-validated opening
   * name instead (readClosingTag), so they never need shape validation of
   * their own.
   *
   * Only valid names are cached, matching processTagName/processAttrName's
   * existing convention — an invalid name throws every time it's seen, never
   * silently let through after a first failure.
   */
  isValidQName(name2) {
    const cache = this._validQNames;
    if (cache.has(name2)) return true;
    const ok = this.getNameValidator("qName")(name2);
    if (ok) {
      if (cache.size >= NAME_CACHE_LIMIT) cache.clear();
      cache.add(name2);
    }
    return ok;
  }
  /**
   * Returns a memoized xml-naming validator for the given production
   * ('qName' for tag/attribute names, 'name' for DOCTYPE entity/element/
   * notation names), built lazily on first use and cached per parser
   * instance for the rest of the document/session.
   *
   * xmlDec.version is stored as a number (1.0 / 1.1) but xml-naming's
   * xmlVersion option is the string '1.0'/'1.1' — normalized here rather
   * than changing xmlDec's public shape (it's forwarded as-is to
   * outputBuilder.addDeclaration(), so its type is part of the builder
   * contract, not just an internal detail).
   *
   * @param {'name'|'qName'} production
   */
  getNameValidator(production) {
    let validator = this._nameValidators[production];
    if (!validator) {
      const xmlVersion = this.xmlDec.version === 1.1 || this.xmlDec.version === "1.1" ? "1.1" : "1.0";
      validator = createValidator(production, { xmlVersion });
      this._nameValidators[production] = validator;
    }
    return validator;
  }
  processAttrName(rawAttrName) {
    return getCachedName(this._nameCache.attrs, rawAttrName, () => {
      const options = this.options;
      let attrName = resolveNsPrefix(rawAttrName, options.skip.nsPrefix);
      if (!this.getNameValidator("qName")(attrName)) {
        throw new ParseError(`Invalid attribute name: ${attrName}`, ErrorCode.INVALID_ATTRIBUTE_NAME, errorPositionOf(this.source));
      }
      attrName = sanitizeName2(attrName, options.onDangerousProperty, options.sanitizeNames, this.source);
      if (options.strictReservedNames && attrName === options.attributes.groupBy) {
        throw new ParseError(`Restricted attribute name: ${attrName}`, ErrorCode.SECURITY_RESTRICTED_NAME, errorPositionOf(this.source));
      }
      return attrName;
    });
  }
  processTagName(rawTagName) {
    return getCachedName(this._nameCache.tags, rawTagName, () => {
      const options = this.options;
      const nameFor = options.nameFor;
      let tagName = resolveNsPrefix(rawTagName, options.skip.nsPrefix);
      tagName = sanitizeName2(tagName, options.onDangerousProperty, options.sanitizeNames, this.source);
      if (options.strictReservedNames && (tagName === nameFor.comment || tagName === nameFor.cdata || tagName === nameFor.text)) {
        throw new ParseError(`Restricted tag name: ${tagName}`, ErrorCode.SECURITY_RESTRICTED_NAME, errorPositionOf(this.source));
      }
      return tagName;
    });
  }
  isUnpaired(tagName) {
    return this._unpairedSet.has(tagName);
  }
  /**
  * Snapshot of mutable parser state passed to AutoCloseHandler.
  * Returns a live object — properties read from it reflect current state.
  */
  _parserState() {
    const self = this;
    return {
      get tagsStack() {
        return self.tagsStack;
      },
      get currentTagDetail() {
        return self.currentTagDetail;
      },
      set currentTagDetail(v) {
        self.currentTagDetail = v;
      },
      get outputBuilder() {
        return self.outputBuilder;
      },
      get readonlyMatcher() {
        return self.readonlyMatcher;
      },
      get matcher() {
        return self.matcher;
      },
      get source() {
        return self.source;
      },
      get tagTextData() {
        return self.tagTextData;
      },
      set tagTextData(v) {
        self.tagTextData = v;
      },
      addTextNode: self.addTextNode.bind(self),
      popTag: self.popTag.bind(self)
    };
  }
};
function resolveNsPrefix(name2, skipNsPrefix) {
  if (skipNsPrefix) {
    const parts = name2.split(":");
    if (parts.length === 2) {
      if (parts[0] === "xmlns") return false;
      return parts[1];
    } else if (parts.length > 2) {
      throw new ParseError(`Multiple namespaces in name: ${name2}`, ErrorCode.MULTIPLE_NAMESPACES, errorPositionOf(this.source));
    }
  }
  return name2;
}
function sanitizeName2(name2, onDangerousProperty, sanitizeNames, source) {
  if (criticalProperties2.includes(name2)) {
    throw new ParseError(`[SECURITY] Invalid name: "${name2}" is a reserved JavaScript keyword that could cause prototype pollution`, ErrorCode.SECURITY_PROTOTYPE_POLLUTION, errorPositionOf(source));
  }
  if (sanitizeNames === false) return name2;
  if (DANGEROUS_PROPERTY_NAMES2.includes(name2)) {
    return onDangerousProperty(name2);
  }
  return name2;
}
function isSourceExhaustedError(err) {
  if (err instanceof ParseError) {
    return err.code === ErrorCode.UNEXPECTED_END;
  }
  return err.message.startsWith("Unexpected end of source") || err.message.startsWith("Unexpected closing of source");
}
function isStopNode() {
  if (this.stopNodeExpressionsSet.size === 0) return null;
  const matched = this.stopNodeExpressionsSet.findMatch(this.matcher);
  return matched ? matched.data : null;
}
function isSkipTag() {
  if (this.skipTagExpressionsSet.size === 0) return null;
  const matched = this.skipTagExpressionsSet.findMatch(this.matcher);
  return matched ? matched.data : null;
}

// node_modules/@nodable/flexible-xml-parser/src/InputSource/FeedableSource.js
var SNIFF_CAP = 200;
var FeedableSource = class {
  constructor(options = {}) {
    this.buffer = "";
    this.startIndex = 0;
    this.isComplete = false;
    this._baseOffset = 0;
    this.maxBufferSize = options.maxBufferSize || 10 * 1024 * 1024;
    this.autoFlush = options.autoFlush !== false;
    this.flushThreshold = options.flushThreshold || 1024;
    this._decodingOptions = options.decoding || null;
    const requestedEncoding = this._decodingOptions?.encoding;
    this._detecting = requestedEncoding === "auto";
    this._sniffBuffer = this._detecting ? Buffer.alloc(0) : null;
    if (!this._detecting && requestedEncoding && this._decodingOptions.registry) {
      const registry = this._decodingOptions.registry;
      this._createDecoder = () => registry.resolve(requestedEncoding).createDecoder();
    } else {
      this._createDecoder = typeof options.createDecoder === "function" ? options.createDecoder : null;
    }
    this._marks = [null, null];
    this._decoder = null;
    this._quotePairs = new Int32Array(QUOTE_PAIRS_CAPACITY);
    this._quotePairsLen = 0;
  }
  /**
   * Append a data chunk to the buffer.
   *
   * maxBufferSize is checked against the live unprocessed portion
   * (buffer.length - startIndex) plus the incoming data length. Data that has
   * already been parsed and is waiting to be flushed does not count against
   * the limit.
   *
   * @param {string|Buffer} data
   * @returns {number} number of characters appended to the buffer (after
   *   decoding) — callers that track fed-byte totals (e.g. XMLParser.feed's
   *   batch threshold) should use this rather than the raw input length,
   *   since a Buffer chunk ending mid-character may decode to fewer chars
   *   than its byte length until the next chunk completes the sequence.
   */
  feed(data) {
    if (this._detecting) {
      if (typeof data === "string") {
        this._detecting = false;
      } else {
        const chunk = Buffer.isBuffer(data) ? data : Buffer.from(data);
        this._sniffBuffer = this._sniffBuffer.length ? Buffer.concat([this._sniffBuffer, chunk]) : chunk;
        const declarationComplete = this._sniffBuffer.includes(Buffer.from("?>"));
        if (this._sniffBuffer.length < SNIFF_CAP && !declarationComplete) {
          return 0;
        }
        data = this._resolveDetection();
      }
    }
    let newData = this._decodeNow(data);
    const liveBytes = this.buffer.length - this.startIndex;
    if (liveBytes + newData.length > this.maxBufferSize) {
      throw new ParseError(
        `Buffer size limit exceeded (${liveBytes + newData.length} > ${this.maxBufferSize}). Increase feedable.maxBufferSize or reduce chunk size.`,
        ErrorCode.INVALID_INPUT
      );
    }
    this.buffer += newData;
    return newData.length;
  }
  /** @private */
  _decodeNow(data) {
    if (typeof data === "string") return data;
    if (Buffer.isBuffer(data)) {
      if (!this._decoder) this._decoder = this._createDecoder ? this._createDecoder() : createTextDecoderAdapter("utf-8");
      return this._decoder.write(data);
    }
    if (data?.toString) return data.toString();
    throw new ParseError("feed() data must be a string or Buffer.", ErrorCode.DATA_MUST_BE_STRING);
  }
  /**
   * Resolve 'auto' encoding from `_sniffBuffer` (BOM + `<?xml encoding="...">`
   * sniffing, XML 1.0 Appendix F — see Encoding/EncodingDetector.js), build
   * the real decoder, strip any BOM, and return the held bytes ready to be
   * decoded normally by the caller in feed(). Runs exactly once per session.
   * @private
   * @returns {Buffer}
   */
  _resolveDetection() {
    const registry = this._decodingOptions.registry;
    const { encoding, bomLength } = sniff(this._sniffBuffer, registry);
    const descriptor = registry.resolve(encoding);
    this._createDecoder = () => descriptor.createDecoder();
    this._detecting = false;
    const held = bomLength ? this._sniffBuffer.subarray(bomLength) : this._sniffBuffer;
    this._sniffBuffer = null;
    return held;
  }
  /** Signal that no more data will be fed. */
  end() {
    if (this._detecting) {
      const held = this._resolveDetection();
      this.buffer += this._decodeNow(held);
    }
    if (this._decoder) {
      const tail2 = this._decoder.end();
      if (tail2) this.buffer += tail2;
    }
    this.isComplete = true;
  }
  /**
   * Returns true when there is at least one character available at or after
   * the given offset (relative to startIndex).
   * @param {number} [n=0]
   */
  canRead(n = 0) {
    return this.startIndex + n < this.buffer.length;
  }
  // ─── Two-level mark API ───────────────────────────────────────────────────
  /**
   * Save the current read position into the mark stack.
   *
   * The `level` parameter selects which mark slot to write:
   *
   *   level 0 (default) — outer mark, written by parseXml()'s main loop
   *                        before it reads the '<' that begins a dispatch.
   *   level 1           — inner mark, written by reader functions
   *                        (readCdata, readClosingTagName, readTagExp, …)
   *                        at the start of their own logic.
   *
   * The two levels are independent. An inner markTokenStart(1) never
   * overwrites the outer mark[0] that rewindToMark() relies on.
   *
   * @param {0|1} [level=0]
   */
  markTokenStart(level = 0) {
    this._marks[level] = this.startIndex;
  }
  /**
   * Restore startIndex to the OUTER mark (level 0) and clear both marks.
   *
   * Always rewinds to the outermost saved position so the full tag —
   * including any prefix characters consumed by parseXml() before the
   * dispatch (e.g. '<', '!', '[') — is replayed on the next feed().
   *
   * Called by XMLParser.feed() when a reader throws UNEXPECTED_END.
   */
  rewindToMark() {
    if (this._marks[0] !== null) {
      this.startIndex = this._marks[0];
    }
    this._marks[0] = null;
    this._marks[1] = null;
  }
  /**
   * Clear both mark slots after a token completes successfully.
   *
   * Should be called (or marks allowed to be overwritten) once a dispatch
   * fully succeeds so stale positions don't block flush().
   *
   * In practice the outer mark is overwritten at the top of every
   * parseXml() loop iteration, so explicit clearing is only needed when
   * the loop does NOT continue (e.g. after a non-'<' character is consumed
   * as plain text). The flush guard uses the minimum of set marks, so a
   * stale mark only delays flushing — it does not cause correctness issues.
   */
  clearMark() {
    this._marks[0] = null;
    this._marks[1] = null;
  }
  /**
   * Read next character and advance position.
   * @returns {string}
   */
  readCh() {
    return this.buffer[this.startIndex++];
  }
  /**
   * Read character at offset without advancing.
   * @param {number} index - Offset from current position
   * @returns {string}
   */
  readChAt(index) {
    return this.buffer[this.startIndex + index];
  }
  /**
   * Read n characters as string.
   * @param {number} n    - Number of characters to read
   * @param {number} from - Start position (default: current position)
   * @returns {string}
   */
  readStr(n, from) {
    if (typeof from === "undefined") from = this.startIndex;
    return this.buffer.substring(from, from + n);
  }
  /**
   * See StringSource.js's copy of this method for the full doc — identical
   * contract here. `null` (not enough buffered data yet) is the routine
   * case for this source in particular, since a chunk boundary can land
   * mid-check; callers already have to handle that the same way they
   * handle scanTagExpEnd's -1.
   */
  matchAhead(expected, caseInsensitive = false) {
    const len = expected.length;
    for (let i = 0; i < len; i++) {
      let ch = this.buffer[this.startIndex + i];
      if (ch === void 0) return null;
      if (caseInsensitive) ch = ch.toLowerCase();
      if (ch !== expected[i]) return false;
    }
    return true;
  }
  // Two variants — caller picks once based on skip.attributes, no flag
  // evaluated inside the loop. Bracket access (not charCodeAt) is load-bearing
  // here: this buffer is a V8 ConsString/rope built via repeated +=, and
  // charCodeAt would force a full flatten on every access (confirmed O(n^2)
  // memory regression). The shared implementations use bracket access throughout.
  // See src/InputSource/scanTagExpEnd.js.
  scanTagExpEnd = scanTagExpEnd;
  scanTagExpEndFast = scanTagExpEndFast;
  /**
   * Read until stop string is found.
   * @param {string} stopStr
   * @returns {string} content before the stop string (stop string is consumed)
   * @throws {ParseError} UNEXPECTED_END when stop string is not found
   */
  readUpto(stopStr) {
    const inputLength = this.buffer.length;
    const stopLength = stopStr.length;
    for (let i = this.startIndex; i < inputLength; i++) {
      let match = true;
      for (let j = 0; j < stopLength; j++) {
        if (this.buffer[i + j] !== stopStr[j]) {
          match = false;
          break;
        }
      }
      if (match) {
        const result = this.buffer.substring(this.startIndex, i);
        this.startIndex = i + stopLength;
        return result;
      }
    }
    throw new ParseError(`Unexpected end of source reading '${stopStr}'`, ErrorCode.UNEXPECTED_END);
  }
  /**
   * Single-character variant of readUpto — faster because there is no inner
   * match loop.  Reads until `stopChar` is found, consumes it, and returns
   * the text before it.
   *
   * @param {string} stopChar  Exactly one character.
   * @returns {string}
   */
  readUptoChar(stopChar) {
    const i = this.buffer.indexOf(stopChar, this.startIndex);
    if (i === -1) {
      throw new ParseError(`Unexpected end of source reading '${stopChar}'`, ErrorCode.UNEXPECTED_END);
    }
    const result = this.buffer.substring(this.startIndex, i);
    this.startIndex = i + 1;
    return result;
  }
  /**
   * Read until a closing tag is found (used for stop nodes).
   * @param {string} stopStr  e.g. `"</tagname"`
   * @returns {string} raw content between the current position and the closing tag
   * @throws {ParseError} UNEXPECTED_END when the closing tag is not found
   */
  readUptoCloseTag(stopStr) {
    const inputLength = this.buffer.length;
    const stopLength = stopStr.length;
    let tagMatchStart = -1;
    let state = 0;
    for (let i = this.startIndex; i < inputLength; i++) {
      if (state === 1) {
        const c = this.buffer[i];
        if (isSpace(c)) continue;
        if (c === ">") {
          state = 2;
        } else {
          state = 0;
          tagMatchStart = -1;
        }
      } else {
        let matched = true;
        for (let j = 0; j < stopLength; j++) {
          if (this.buffer[i + j] !== stopStr[j]) {
            matched = false;
            break;
          }
        }
        if (matched) {
          state = 1;
          tagMatchStart = i;
          i += stopLength - 1;
        }
      }
      if (state === 2) {
        const result = this.buffer.substring(this.startIndex, tagMatchStart);
        this.startIndex = i + 1;
        return result;
      }
    }
    throw new ParseError(`Unexpected end of source reading '${stopStr}'`, ErrorCode.UNEXPECTED_END);
  }
  /**
   * Advance the read cursor by n characters.
   *
   * Triggers an automatic flush of already-processed data when autoFlush is
   * enabled, the processed portion has grown past flushThreshold, and no
   * mark is currently active. Any active mark (either level) blocks the
   * flush to prevent the saved position from becoming invalid.
   *
   * @param {number} [n=1]
   */
  updateBufferBoundary(n = 1) {
    this.startIndex += n;
    if (this.autoFlush && this.startIndex >= this.flushThreshold) {
      this.flush();
    }
  }
  /**
   * Discard already-processed data from the front of the buffer to free memory.
   * startIndex is reset to 0 after the trim.
   *
   * The flush origin is the minimum of all active mark positions, so that any
   * in-progress token (at either mark level) is preserved in the buffer and
   * can be re-read after the flush. This is the sole safety mechanism for
   * flush() — callers do not need to additionally check "is a mark active"
   * before calling this; an active mark simply caps how much origin can
   * advance, rather than blocking the call outright.
   *
   * If no marks are active, the origin is startIndex itself — everything
   * before the current read position is discarded.
   */
  flush() {
    let origin = this.startIndex;
    for (const m of this._marks) {
      if (m !== null && m < origin) origin = m;
    }
    if (origin > 0) {
      this.buffer = this.buffer.substring(origin);
      const marksLen = this._marks.length;
      for (let i = 0; i < marksLen; i++) {
        if (this._marks[i] !== null) this._marks[i] -= origin;
      }
      this.startIndex -= origin;
      this._baseOffset += origin;
    }
  }
};

// node_modules/@nodable/flexible-xml-parser/src/InputSource/StreamSource.js
var StreamSource = class extends FeedableSource {
  /**
   * Wire a Readable stream to this source.
   *
   * @param {NodeJS.ReadableStream} readable
   * @param {function(Error|null):void} onChunk
   *   Called after each successful feed() with null, or immediately with the
   *   feed error if the buffer limit is exceeded. The caller runs parseXml()
   *   inside this callback and handles UNEXPECTED_END (chunk boundary mid-token)
   *   by calling rewindToMark().
   * @param {function():void} onEnd
   *   Called when the stream ends cleanly. The caller should finalise the parse
   *   (finalizeXml) here.
   * @param {function(Error):void} onError
   *   Called with any stream-level error (e.g. 'error' event from the readable).
   */
  attachStream(readable, onChunk, onEnd, onError) {
    readable.on("data", (chunk) => {
      try {
        this.feed(chunk);
        onChunk(null);
      } catch (err) {
        onChunk(err);
      }
    });
    readable.on("error", onError);
    readable.on("end", () => {
      try {
        this.end();
        onEnd();
      } catch (err) {
        onError(err);
      }
    });
  }
};

// node_modules/@nodable/flexible-xml-parser/src/XMLParser.js
var XMLParser2 = class {
  constructor(options) {
    this.options = buildOptions3(options);
    this._feedParser = null;
    this._feedSource = null;
    this._isFeeding = false;
    this._pendingBytes = 0;
    this._batchThreshold = this.options.feedable?.bufferSize;
    if (this.options.decoding?.customDecoders) {
      const registry = new EncodingRegistry();
      for (const [name2, descriptor] of Object.entries(this.options.decoding.customDecoders)) {
        registry.register({ name: name2, ...descriptor });
      }
      this.options.decoding._registry = registry;
    } else {
      this.options.decoding = this.options.decoding || {};
      this.options.decoding._registry = defaultEncodingRegistry;
    }
    this.options._nameCache = { tags: /* @__PURE__ */ new Map(), attrs: /* @__PURE__ */ new Map() };
  }
  // ─── One-shot parse methods ───────────────────────────────────────────────
  /**
   * Parse an XML string or Buffer and return a JS object.
   * @param {string|Buffer} xmlData
   */
  parse(xmlData) {
    if (xmlData instanceof Buffer || ArrayBuffer.isView(xmlData)) {
      return this.parseBytesArr(xmlData);
    } else if (typeof xmlData !== "string") {
      if (xmlData && typeof xmlData.toString === "function") {
        xmlData = xmlData.toString();
      } else {
        throw new ParseError("XML data must be a string or Buffer.", ErrorCode.INVALID_INPUT);
      }
    }
    const parser2 = this._createParser();
    const result = parser2.parse(xmlData);
    this.wasExited = parser2.wasExited();
    this._lastParseErrors = parser2.autoCloseHandler?.getErrors() ?? [];
    return result;
  }
  /**
   * Parse a Uint8Array / byte array and return a JS object.
   * @param {Uint8Array|ArrayBufferView} xmlData
   */
  parseBytesArr(xmlData) {
    if (xmlData instanceof Uint8Array || ArrayBuffer.isView(xmlData)) {
      xmlData = Buffer.from(xmlData);
    } else {
      throw new ParseError("XML data must be a Uint8Array or ArrayBufferView.", ErrorCode.INVALID_INPUT);
    }
    const parser2 = this._createParser();
    const result = parser2.parseBytesArr(xmlData);
    this.wasExited = parser2.wasExited();
    this._lastParseErrors = parser2.autoCloseHandler?.getErrors() ?? [];
    return result;
  }
  // ─── Stream input ─────────────────────────────────────────────────────────
  /**
   * Parse an XML Node.js Readable stream and return a Promise that resolves
   * with the parsed JS object.
   *
   * Chunks are processed incrementally as they arrive — parseXml() runs after
   * each 'data' event and already-consumed input is freed before the next
   * chunk arrives, so memory stays proportional to the largest incomplete token
   * at any chunk boundary rather than the total document size.
   *
   * @param {NodeJS.ReadableStream} readable
   * @returns {Promise<any>}
   */
  parseStream(readable) {
    if (!isReadableStream(readable)) {
      throw new ParseError("parseStream() requires a Node.js Readable stream.", ErrorCode.INVALID_STREAM);
    }
    const source = new StreamSource({
      ...this.options.feedable,
      decoding: { encoding: this.options.decoding.encoding, registry: this.options.decoding._registry }
    });
    const streamParser = this._createParser();
    streamParser.source = source;
    streamParser.initializeParser();
    return new Promise((resolve4, reject) => {
      let settled = false;
      const fail = (err) => {
        if (!settled) {
          settled = true;
          readable.destroy();
          reject(err);
        }
      };
      source.attachStream(
        readable,
        // onChunk — run the parser incrementally after each chunk arrives.
        // Mirrors what feed() does: advance as far as possible, rewind on
        // UNEXPECTED_END (chunk boundary mid-token), re-throw real errors.
        (err) => {
          if (err) {
            fail(err);
            return;
          }
          try {
            streamParser.parseXml();
          } catch (parseErr) {
            if (parseErr.code === ErrorCode.UNEXPECTED_END) {
              source.rewindToMark();
            } else {
              fail(parseErr);
            }
          }
        },
        // onEnd — stream finished cleanly; finalise the document.
        () => {
          if (settled) return;
          try {
            streamParser.parseXml();
            streamParser.finalizeXml();
            this._lastParseErrors = streamParser.autoCloseHandler?.getErrors() ?? [];
            settled = true;
            resolve4(streamParser.outputBuilder.getOutput());
          } catch (err) {
            fail(err);
          }
        },
        // onError — stream-level error (e.g. file not found, network drop)
        fail
      );
    });
  }
  // ─── Incremental feed()/end() API ────────────────────────────────────────
  _runParse() {
    if (!this._feedParser) return;
    const beforePos = absolutePosition(this._feedSource);
    try {
      this._feedParser.parseXml();
    } catch (err) {
      if (err.code === ErrorCode.UNEXPECTED_END) {
        this._feedSource.rewindToMark();
      } else {
        throw err;
      }
    }
    const afterPos = absolutePosition(this._feedSource);
    const didAdvance = afterPos > beforePos;
    if (didAdvance) {
      this._pendingBytes = 0;
      this._batchThreshold = this.options.feedable.bufferSize;
    } else {
      this._batchThreshold = Math.min(
        this._batchThreshold * 2,
        this.options.feedable.maxBufferSize
      );
    }
  }
  /**
   * Feed an XML data chunk for incremental parsing.
   *
   * After appending the chunk, parseXml() is run immediately so the parser
   * advances as far as possible. If a chunk boundary falls mid-token, the
   * reader throws UNEXPECTED_END; this is caught here and the source is
   * rewound to the start of the incomplete token so it will be re-parsed on
   * the next feed() call once more data has arrived.
   *
   * Any other ParseError (unclosed quote, mismatched tag, etc.) is a real
   * parse failure and is re-thrown after cleaning up the session.
   *
   * @param {string|Buffer} data
   * @returns {XMLParser} for chaining
   */
  feed(data) {
    if (!this._isFeeding) {
      this._initFeedSession();
    }
    const appendedLength = this._feedSource.feed(data);
    this._pendingBytes += appendedLength;
    if (this._pendingBytes >= this._batchThreshold) {
      this._runParse();
    }
    return this;
  }
  /**
   * Signal end of input, validate end-of-document state, and return the
   * parsed result. Throws if called before any feed() call.
   *
   * parseXml() is called one final time after marking the source complete.
   * This replays any bytes that were rewound during the last feed() call
   * (e.g. a tag that was split across the final chunk boundary). Now that
   * isComplete is true, any UNEXPECTED_END thrown by a reader means the
   * document is genuinely truncated — not a chunk boundary — so it is
   * treated as a real parse error rather than silently swallowed.
   *
   * autoClose partial-tag recovery works the same way it does in
   * _parseAndFinalize(): if autoCloseHandler is configured and parseXml()
   * throws UNEXPECTED_END, the handler is given a chance to recover before
   * finalizeXml() runs.
   *
   * @returns {any}
   */
  end() {
    if (!this._isFeeding) {
      throw new ParseError("No data fed. Call feed() before end().", ErrorCode.NOT_STREAMING);
    }
    this._runParse();
    try {
      this._feedSource.end();
      let partialTagError = null;
      const autoClose = this._feedParser.autoCloseHandler;
      if (autoClose) autoClose.reset();
      try {
        this._feedParser.parseXml();
      } catch (err) {
        if (err.code === ErrorCode.UNEXPECTED_END) {
          if (autoClose) {
            partialTagError = err;
          } else {
            throw err;
          }
        } else {
          throw err;
        }
      }
      if (partialTagError) {
        autoClose.handlePartialTag(partialTagError, this._feedParser._parserState());
      } else {
        this._feedParser.finalizeXml();
      }
      this._lastParseErrors = autoClose?.getErrors() ?? [];
      this.wasExited = this._feedParser.wasExited();
      return this._feedParser.outputBuilder.getOutput();
    } finally {
      this._cleanupFeedSession();
    }
  }
  // ─── Error reporting ──────────────────────────────────────────────────────
  /**
   * Return structural errors collected during the last parse call.
   * Only populated when autoClose.collectErrors is true.
   * Each entry: { type, tag, expected, index }
   *
   * @returns {Array}
   */
  getParseErrors() {
    return this._lastParseErrors ?? [];
  }
  // ─── Private helpers ──────────────────────────────────────────────────────
  /** @private */
  _createParser() {
    return new Xml2JsParser(this.options);
  }
  /** @private */
  _initFeedSession() {
    this._feedSource = new FeedableSource({
      ...this.options.feedable,
      decoding: { encoding: this.options.decoding.encoding, registry: this.options.decoding._registry }
    });
    this._feedParser = this._createParser();
    this._feedParser.source = this._feedSource;
    this._feedParser.initializeParser();
    this._isFeeding = true;
  }
  /** @private */
  _cleanupFeedSession() {
    this._feedParser = null;
    this._feedSource = null;
    this._isFeeding = false;
  }
};
function isReadableStream(value) {
  return value !== null && typeof value === "object" && typeof value.read === "function" && typeof value.on === "function" && typeof value.readableEnded === "boolean";
}

// node_modules/detailed-xml-validator/src/OrderTrackingBuilder.js
var OrderTrackingBuilder = class extends CompactBuilder {
  constructor(parserOptions, builderOptions, readonlyMatcher, registry) {
    super(parserOptions, builderOptions, readonlyMatcher, registry);
    this.siblingOrder = /* @__PURE__ */ new Map();
  }
  addElement(tag) {
    const jPath = this.matcher.toString();
    const lastDot = jPath.lastIndexOf(".");
    const parentPath = lastDot === -1 ? "" : jPath.substring(0, lastDot);
    if (!this.siblingOrder.has(parentPath)) this.siblingOrder.set(parentPath, []);
    const siblings = this.siblingOrder.get(parentPath);
    if (siblings[siblings.length - 1] !== tag.name) siblings.push(tag.name);
    super.addElement(tag);
  }
  getOutput() {
    return { data: super.getOutput(), siblingOrder: this.siblingOrder };
  }
};
var OrderTrackingBuilderFactory = class extends CompactBuilderFactory {
  getInstance(parserOptions, readonlyMatcher) {
    return new OrderTrackingBuilder(parserOptions, this.builderOptions, readonlyMatcher, this.registry);
  }
};

// node_modules/detailed-xml-validator/src/util.js
var numberParser = new numParser({ hex: true, leadingZeros: true, eNotation: true, unicode: true });
function toNumber2(val) {
  const parsed = numberParser.parse(val);
  return typeof parsed === "number" ? parsed : NaN;
}
function breakInSets(data, rules) {
  const extra = {
    data: [],
    rules: [],
    common: []
  };
  for (let i = 0; i < data.length; i++) {
    if (rules.indexOf(data[i]) === -1) extra.data.push(data[i]);
    else extra.common.push(data[i]);
  }
  for (let i = 0; i < rules.length; i++) {
    if (data.indexOf(rules[i]) === -1 && rules[i] !== "@") extra.rules.push(rules[i]);
  }
  return extra;
}
function parseRange(range) {
  if (typeof range !== "string") return null;
  const parts = range.split("..");
  if (parts.length !== 2) return null;
  const min = toNumber2(parts[0]);
  const max = toNumber2(parts[1]);
  if (isNaN(min) || isNaN(max)) return null;
  return { min, max };
}
function parseDateRange(range) {
  if (typeof range !== "string") return null;
  const parts = range.split("..");
  if (parts.length !== 2) return null;
  const [min, max] = parts;
  if (isNaN(Date.parse(min)) || isNaN(Date.parse(max))) return null;
  return { min, max };
}

// node_modules/detailed-xml-validator/src/validations.js
var string = {
  minLength(expected, actual) {
    return actual.length >= expected;
  },
  maxLength(expected, actual) {
    return actual.length <= expected;
  },
  length(expected, actual) {
    return actual.length === expected;
  },
  pattern(expected, actual, modifier = "") {
    const regxp = new RegExp(expected, modifier);
    return regxp.test(actual);
  },
  fixed(expected, actual) {
    return expected === actual;
  },
  in(expected, actual) {
    return expected.split(",").indexOf(actual) > -1;
  }
};
var num = {
  min(expected, actual) {
    return toNumber2(actual) >= expected;
  },
  max(expected, actual) {
    return toNumber2(actual) <= expected;
  }
};
var list = {
  minOccurs(expected, actual) {
    return actual >= expected;
  },
  maxOccurs(expected, actual) {
    return actual <= expected;
  }
};
var date = {
  /**
   * Compare two date strings.
   * @param {string} a
   * @param {string} b
   * @returns {number}
   */
  compare(a, b) {
    return Date.parse(a) - Date.parse(b);
  },
  isBefore(actual, reference) {
    return Date.parse(actual) < Date.parse(reference);
  },
  isAfter(actual, reference) {
    return Date.parse(actual) > Date.parse(reference);
  },
  min(expected, actual) {
    return Date.parse(actual) >= Date.parse(expected);
  },
  max(expected, actual) {
    return Date.parse(actual) <= Date.parse(expected);
  }
};

// node_modules/detailed-xml-validator/src/Traverser.js
var numericTypes = ["positiveInteger", "integer", "positiveDecimal", "decimal", "number"];
var Traverser = class {
  /**
   * @param {object} options
   * @param {object} validators
   */
  constructor(options, validators, siblingOrder) {
    this.options = options;
    this.failures = [];
    this.validators = validators;
    this._globalUnique = /* @__PURE__ */ new Map();
    this._siblingOrder = siblingOrder || /* @__PURE__ */ new Map();
  }
  /**
   * @param {object|string} ele
   * @param {string} key
   * @param {object|string} rules
   * @param {string} path
   */
  traverse(ele, key, rules, path) {
    if (Array.isArray(ele)) {
      if (rules !== void 0 && rules["@rules"] !== void 0) {
        if (rules["@rules"].repeatable !== void 0) {
          this.checkOccurences(rules["@rules"], ele.length, path);
          ele.forEach((val, index) => {
            const arrayPath = path + "[" + index + "]";
            if (Object.keys(rules).length > 1) {
              this.callForCommonProperties(ele[index], rules, arrayPath);
            } else {
              this.traverse(ele[index], key, rules, arrayPath);
            }
          });
          return;
        }
      }
      this.failures.push({
        code: "unexpected sequence",
        path: path.substr(1)
      });
    } else if (typeof ele === "object") {
      this.callForCommonProperties(ele, rules, path);
    } else {
      if (typeof rules === "object" && rules["@rules"]) {
        this.checkDataAndType(ele, key, rules, path);
      } else if (this.isMapType(rules)) {
        this.validateMandatoryFields(rules, path);
      }
      this.applyCustomValidators(ele, rules, path);
    }
  }
  applyCustomValidators(ele, rules, path) {
    if (rules["@rules"] && rules["@rules"].checkBy && typeof this.validators[rules["@rules"].checkBy] === "function") {
      let res = this.validators[rules["@rules"].checkBy](ele, path.substr(1));
      if (typeof res === "object") {
        this.failures.push(res);
      }
    }
  }
  /**
   * @param {object} ele
   * @param {object} rules
   * @param {string} path
   */
  callForCommonProperties(ele, rules, path) {
    const tags = Object.keys(ele);
    const rulesTags = Object.keys(rules);
    const sets = breakInSets(tags, rulesTags);
    this.checkUnknownSiblings(sets, path);
    this.checkMissingSiblings(sets, rules, path);
    this.applyCustomValidators(ele, rules, path);
    const siblingValues = this._buildSiblingValues(ele, rules, sets.common);
    sets.common.forEach((key) => {
      const newpath = path + "." + key;
      this.traverse(ele[key], key, rules[key], newpath);
    });
    this._checkOrderingConstraints(ele, rules, sets.common, path);
    this._checkUniquenessConstraints(ele, rules, sets.common, path, siblingValues);
    this._checkRelationalConstraints(ele, rules, sets.common, path);
  }
  // ─── Ordering Constraints (before / after) ────────────────────────────────
  /**
   * For every field that has `before` or `after` in its rules, validate that
   * it appears positionally before or after the referenced sibling tag in the
   * original XML document order.
   *
   * Order is sourced from the side-channel `_siblingOrder` map built during
   * parsing — not from JS object key order, which is unreliable for integer keys.
   *
   * Works for any tag type, not just dates.
   *
   * @param {object} ele
   * @param {object} rules
   * @param {string[]} commonKeys
   * @param {string} path  - current traversal path (e.g. ".event" or ".order[0]")
   */
  _checkOrderingConstraints(ele, rules, commonKeys, path) {
    const orderKey = path.substr(1);
    const order = this._siblingOrder.get(orderKey);
    if (!order) return;
    commonKeys.forEach((key) => {
      const fieldRules = rules[key];
      if (!fieldRules || !fieldRules["@rules"]) return;
      const r = fieldRules["@rules"];
      const keyIdx = order.indexOf(key);
      if (keyIdx === -1) return;
      if (r.after) {
        const refKey = r.after;
        if (ele[refKey] === void 0) return;
        const refIdx = order.indexOf(refKey);
        if (refIdx === -1) return;
        if (keyIdx <= refIdx) {
          this.failures.push({
            code: "after",
            path: (path + "." + key).substr(1),
            actual: key,
            expected: refKey
          });
        }
      }
      if (r.before) {
        const refKey = r.before;
        if (ele[refKey] === void 0) return;
        const refIdx = order.indexOf(refKey);
        if (refIdx === -1) return;
        if (keyIdx >= refIdx) {
          this.failures.push({
            code: "before",
            path: (path + "." + key).substr(1),
            actual: key,
            expected: refKey
          });
        }
      }
    });
  }
  // ─── Relational Constraints (sameAs / notSameAs / lessThan / moreThan) ──────
  /**
   * Compare this field's value against another sibling field's value.
   *
   * Supported rule attributes:
   *   sameAs="refField"     — values must be equal
   *   notSameAs="refField"  — values must differ
   *   lessThan="refField"   — this value must be strictly less than ref value
   *   moreThan="refField"   — this value must be strictly greater than ref value
   *
   * Comparison is type-aware based on the field's declared `type`:
   *   date types   → Date.parse() comparison
   *   numeric types → Number() comparison
   *   all others    → lexicographic string comparison
   *
   * Skips silently when:
   *   - The referenced sibling is absent from data
   *   - Either value is an object/map (not a primitive)
   *   - The ref value cannot be coerced to the expected type
   *
   * @param {object} ele
   * @param {object} rules
   * @param {string[]} commonKeys
   * @param {string} path
   */
  _checkRelationalConstraints(ele, rules, commonKeys, path) {
    const RELATIONAL_RULES = ["sameAs", "notSameAs", "lessThan", "moreThan"];
    commonKeys.forEach((key) => {
      const fieldRules = rules[key];
      if (!fieldRules || !fieldRules["@rules"]) return;
      const r = fieldRules["@rules"];
      if (!RELATIONAL_RULES.some((attr) => r[attr] !== void 0)) return;
      const actualRaw = ele[key];
      if (actualRaw === null || actualRaw === void 0) return;
      if (typeof actualRaw === "object") return;
      const fieldType = r.type || "string";
      RELATIONAL_RULES.forEach((attr) => {
        if (r[attr] === void 0) return;
        const refKey = r[attr];
        const refRaw = ele[refKey];
        if (refRaw === void 0 || refRaw === null) return;
        if (typeof refRaw === "object") return;
        const cmp = this._relationalCompare(String(actualRaw), String(refRaw), fieldType);
        if (cmp === null) return;
        let violated = false;
        if (attr === "sameAs" && cmp !== 0) violated = true;
        if (attr === "notSameAs" && cmp === 0) violated = true;
        if (attr === "lessThan" && cmp >= 0) violated = true;
        if (attr === "moreThan" && cmp <= 0) violated = true;
        if (violated) {
          this.failures.push({
            code: attr,
            path: (path + "." + key).substr(1),
            actual: String(actualRaw),
            expected: refKey
          });
        }
      });
    });
  }
  /**
   * Compare two string-encoded values using the appropriate strategy for the field type.
   * Returns a negative number, zero, or positive number (like Array.sort comparator).
   * Returns null if coercion fails (caller should skip silently).
   * @param {string} a
   * @param {string} b
   * @param {string} fieldType
   * @returns {number|null}
   */
  _relationalCompare(a, b, fieldType) {
    if (fieldType === "date") {
      const da = Date.parse(a);
      const db = Date.parse(b);
      if (isNaN(da) || isNaN(db)) return null;
      return da - db;
    }
    if (numericTypes.indexOf(fieldType) !== -1) {
      const na = toNumber2(a);
      const nb = toNumber2(b);
      if (isNaN(na) || isNaN(nb)) return null;
      return na - nb;
    }
    if (a < b) return -1;
    if (a > b) return 1;
    return 0;
  }
  // ─── Uniqueness Constraints ───────────────────────────────────────────────
  /**
   * Build a map of fieldName -> array of values found in this sibling scope.
   * Works for both scalar values and array (repeatable) values.
   * @param {object} ele
   * @param {object} rules
   * @param {string[]} commonKeys
   * @returns {Map<string, string[]>}
   */
  _buildSiblingValues(ele, rules, commonKeys) {
    const map = /* @__PURE__ */ new Map();
    commonKeys.forEach((key) => {
      const val = ele[key];
      if (Array.isArray(val)) {
        map.set(key, val.map(String));
      } else if (val !== void 0 && val !== null && typeof val !== "object") {
        map.set(key, [String(val)]);
      }
    });
    return map;
  }
  /**
   * Check uniqueness constraints for fields in this sibling scope.
   * @param {object} ele
   * @param {object} rules
   * @param {string[]} commonKeys
   * @param {string} path
   * @param {Map<string, string[]>} siblingValues
   */
  _checkUniquenessConstraints(ele, rules, commonKeys, path, siblingValues) {
    commonKeys.forEach((key) => {
      const fieldRules = rules[key];
      if (!fieldRules || !fieldRules["@rules"]) return;
      const unique = fieldRules["@rules"].unique;
      if (!unique) return;
      const vals = siblingValues.get(key) || [];
      if (unique === "global") {
        vals.forEach((v, idx) => {
          const fieldPath = Array.isArray(ele[key]) ? (path + "." + key + "[" + idx + "]").substr(1) : (path + "." + key).substr(1);
          this._assertGlobalUnique(key, v, fieldPath);
        });
      }
    });
  }
  /**
   * Check uniqueness within a collection of repeatable items.
   * Called from _traverseRepeatableCollection when sibling-scoped uniqueness is needed.
   * @param {Array<object>} items
   * @param {string} fieldKey  - field to check
   * @param {string} basePath  - path prefix for error messages
   */
  _checkUniqueInCollection(items, fieldKey, basePath) {
    const seen = /* @__PURE__ */ new Map();
    items.forEach((item, idx) => {
      const val = item[fieldKey];
      if (val === void 0 || val === null || typeof val === "object") return;
      const strVal = String(val);
      if (seen.has(strVal)) {
        this.failures.push({
          code: "unique",
          path: (basePath + "[" + idx + "]." + fieldKey).substr(1),
          value: strVal
        });
      } else {
        seen.set(strVal, idx);
      }
    });
  }
  /**
   * Assert a value is unique globally (across the whole document).
   * @param {string} fieldName
   * @param {string} value
   * @param {string} fieldPath
   */
  _assertGlobalUnique(fieldName, value, fieldPath) {
    if (!this._globalUnique.has(fieldName)) {
      this._globalUnique.set(fieldName, /* @__PURE__ */ new Set());
    }
    const seen = this._globalUnique.get(fieldName);
    if (seen.has(value)) {
      this.failures.push({
        code: "unique",
        path: fieldPath,
        value
      });
    } else {
      seen.add(value);
    }
  }
  // ─── Data & Type ──────────────────────────────────────────────────────────
  /**
   * Check if the leaf node has correct type and passes validations.
   * @param {string} val
   * @param {string} key
   * @param {object} rules
   * @param {string} path
   */
  checkDataAndType(val, key, rules, path) {
    if (rules["@rules"].repeatable === true) {
      this.checkOccurences(rules["@rules"], 1, path);
    }
    const eleType = rules["@rules"].type;
    const expandedRules = this._expandRange(rules);
    if (eleType === "map" || !eleType && this.isMapType(rules)) {
      if (typeof val === "string" && val.length > 0) {
        this.failures.push({
          code: "unexpected value in a map",
          path: path.substr(1),
          value: val
        });
      }
      this.validateMandatoryFields(rules, path);
    } else if (eleType === "date") {
      this.validateDate(val, eleType, path);
      this._checkDateBounds(rules, val, path);
    } else if (eleType === "boolean") {
      this.validateBoolean(val, eleType, path);
    } else if (numericTypes.indexOf(eleType) !== -1) {
      if (!this.isValidNum(eleType, val)) {
        this.setInvalidDataType(eleType, path, val);
      } else {
        this.assertValue(expandedRules["@rules"], "num", toNumber2(val), path);
      }
    } else if (eleType === "string" || !eleType) {
      this.assertValue(expandedRules["@rules"], "string", val, path);
    } else {
      throw new Error("Unsupported data type in Rules:" + eleType);
    }
  }
  /**
   * Expand `range="min..max"` shorthand into `min` and `max` on a cloned rules object.
   * @param {object} rules
   * @returns {object}
   */
  _expandRange(rules) {
    if (!rules["@rules"] || !rules["@rules"].range) return rules;
    const parsed = parseRange(rules["@rules"].range);
    if (!parsed) return rules;
    return {
      ...rules,
      "@rules": {
        ...rules["@rules"],
        min: rules["@rules"].min !== void 0 ? rules["@rules"].min : String(parsed.min),
        max: rules["@rules"].max !== void 0 ? rules["@rules"].max : String(parsed.max)
      }
    };
  }
  /**
   * Check `min`, `max`, and `range` bounds for a date field.
   * Only runs after the value has already passed `validateDate` (i.e. it is a valid date).
   * Explicit `min`/`max` take precedence over `range` shorthand.
   * @param {object} rules
   * @param {string} val
   * @param {string} path
   */
  _checkDateBounds(rules, val, path) {
    if (isNaN(Date.parse(val))) return;
    const r = rules["@rules"];
    let min = r.min;
    let max = r.max;
    if (r.range && (!min || !max)) {
      const parsed = parseDateRange(r.range);
      if (parsed) {
        if (!min) min = parsed.min;
        if (!max) max = parsed.max;
      }
    }
    if (min !== void 0 && !date.min(min, val)) {
      this.setInvalidValueError("min", path, val, min);
    }
    if (max !== void 0 && !date.max(max, val)) {
      this.setInvalidValueError("max", path, val, max);
    }
  }
  /**
   * @param {object} rules
   * @param {string} newpath
   */
  validateMandatoryFields(rules, newpath) {
    const keys = Object.keys(rules);
    for (let i = 0; i < keys.length; i++) {
      if (keys[i] === "@rules") continue;
      const child = rules[keys[i]];
      const rulesForChild = child["@rules"];
      if (rulesForChild) {
        if (rulesForChild.minOccurs && rulesForChild.minOccurs > 0) {
          this.failures.push({
            code: "missing",
            path: (newpath + "." + keys[i]).substr(1)
          });
        } else if (rulesForChild.nillable !== void 0 && rulesForChild.nillable === "false") {
          this.failures.push({
            code: "missing",
            path: (newpath + "." + keys[i]).substr(1)
          });
        }
      }
    }
  }
  /**
   * @param {any} tag
   * @returns {boolean}
   */
  isMapType(tag) {
    if (typeof tag === "string") return false;
    const keys = Object.keys(tag);
    if (tag["@rules"]) {
      if (keys.length === 1) return false;
    } else if (keys.length === 0) {
      return false;
    } else {
      return true;
    }
  }
  setInvalidValueError(rule, newpath, actual, expected) {
    this.failures.push({
      code: rule,
      path: newpath.substr(1),
      actual,
      expected
    });
  }
  checkOccurences(rules, actual, newpath) {
    ["minOccurs", "maxOccurs"].forEach((rule) => {
      if (rules[rule] !== void 0) {
        const expected = Number(rules[rule]);
        if (!list[rule](expected, actual)) {
          this.setInvalidValueError(rule, newpath, actual, expected);
        }
      }
    });
  }
  checkNumeric(rules, actual, newpath) {
    ["min", "max"].forEach((rule) => {
      if (rules[rule] !== void 0) {
        const expected = Number(rules[rule]);
        if (!num[rule](expected, actual)) {
          this.setInvalidValueError(rule, newpath, actual, expected);
        }
      }
    });
  }
  checkString(rules, actual, newpath) {
    ["minLength", "maxLength", "length"].forEach((rule) => {
      if (rules[rule] !== void 0) {
        const expected = Number(rules[rule]);
        if (!string[rule](expected, actual)) {
          this.setInvalidValueError(rule, newpath, actual, expected);
        }
      }
    });
    ["fixed", "in"].forEach((rule) => {
      if (rules[rule] !== void 0) {
        const expected = rules[rule];
        if (!string[rule](expected, actual)) {
          this.setInvalidValueError(rule, newpath, actual, expected);
        }
      }
    });
    ["pattern", "pattern_i", "pattern_im", "pattern_mi"].forEach((rule) => {
      if (rules[rule] !== void 0) {
        let modifier = "";
        if (rule.length > 8) modifier = rule.substring(8);
        const expected = rules[rule];
        if (!string["pattern"](expected, actual, modifier)) {
          this.setInvalidValueError("pattern", newpath, actual, expected);
        }
      }
    });
  }
  assertValue(rules, eleType, actual, newpath) {
    if (eleType === "string") this.checkString(rules, actual, newpath);
    else if (eleType === "num") this.checkNumeric(rules, actual, newpath);
  }
  validateBoolean(actual, eleType, newpath) {
    if (this.options.boolean.indexOf(actual) === -1) {
      this.setInvalidDataType(eleType, newpath, actual);
    }
  }
  isValidNum(eleType, val) {
    const num2 = toNumber2(val);
    if (!isNaN(num2)) {
      if (eleType === "positiveInteger" && num2 < 0 || eleType === "positiveDecimal" && num2 < 0 || eleType === "integer" && !isInt(num2)) {
        return false;
      }
    } else {
      return false;
    }
    return true;
  }
  validateDate(val, eleType, newpath) {
    const date2 = Date.parse(val);
    if (isNaN(date2)) this.setInvalidDataType(eleType, newpath, val);
  }
  setInvalidDataType(eleType, newpath, val) {
    this.failures.push({
      code: "not a " + eleType,
      path: newpath.substr(1),
      value: val
    });
  }
  /**
   * @param {object} sets
   * @param {object} rules
   * @param {string} path
   */
  checkMissingSiblings(sets, rules, path) {
    if (sets.rules) {
      sets.rules.forEach((tagRule) => {
        const rulesNode = rules[tagRule]["@rules"];
        if (rulesNode && (rulesNode.nillable === "false" || rulesNode.minOccurs > 0)) {
          this.failures.push({
            code: "missing",
            path: (path + "." + tagRule).substr(1)
          });
        }
      });
    }
  }
  /**
   * @param {object} sets
   * @param {string} path
   */
  checkUnknownSiblings(sets, path) {
    if (sets.data && !this.options.unknownAllow) {
      sets.data.forEach((tag) => {
        this.failures.push({
          code: "unknown",
          path: (path + "." + tag).substr(1)
        });
      });
    }
  }
};
var _originalTraverse = Traverser.prototype.traverse;
Traverser.prototype.traverse = function traverse(ele, key, rules, path) {
  if (Array.isArray(ele) && rules !== void 0 && rules["@rules"] !== void 0 && rules["@rules"].repeatable !== void 0) {
    this.checkOccurences(rules["@rules"], ele.length, path);
    ele.forEach((val, index) => {
      const arrayPath = path + "[" + index + "]";
      if (Object.keys(rules).length > 1) {
        this.callForCommonProperties(ele[index], rules, arrayPath);
      } else {
        const scalarRules = rules;
        _originalTraverse.call(this, ele[index], key, scalarRules, arrayPath);
      }
    });
    if (ele.length > 0 && typeof ele[0] === "object") {
      this._runSiblingUniqueness(ele, rules, path);
    }
    return;
  }
  _originalTraverse.call(this, ele, key, rules, path);
};
Traverser.prototype._runSiblingUniqueness = function(items, rules, path) {
  const fieldKeys = Object.keys(rules).filter((k) => k !== "@rules");
  fieldKeys.forEach((fieldKey) => {
    const fieldRules = rules[fieldKey];
    if (!fieldRules || !fieldRules["@rules"]) return;
    if (fieldRules["@rules"].unique !== "true") return;
    this._checkUniqueInCollection(items, fieldKey, path);
  });
};
function isInt(num2) {
  return (num2 | 0) === num2;
}

// node_modules/detailed-xml-validator/src/validator.js
var RAW_VALUE_PARSERS = { tags: { valueParsers: [] }, attributes: { valueParsers: [] } };
var ruleParser = new XMLParser2({
  skip: { attributes: false },
  attributes: { prefix: "", groupBy: "@rules", booleanType: true },
  OutputBuilder: new CompactBuilderFactory(RAW_VALUE_PARSERS)
});
var dataParser = new XMLParser2({
  skip: { attributes: false },
  attributes: { prefix: "", groupBy: ":a" },
  OutputBuilder: new OrderTrackingBuilderFactory(RAW_VALUE_PARSERS)
});

// packages/compose/src/junit.ts
var REPEATED = /* @__PURE__ */ new Set(["testsuites", "testsuite", "testcase", "failure", "error", "skipped"]);
var parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  parseAttributeValue: false,
  parseTagValue: false,
  // Reporters write newlines in attributes as &#10;: numeric references are decoded too.
  htmlEntities: true,
  isArray: (name2) => REPEATED.has(name2)
});
function parseJUnit(xml, file) {
  try {
    SyntaxValidator.validate(xml);
  } catch (error) {
    const line = error.line;
    throw new UserError(
      `${basename(file)} is not valid XML${line ? ` (line ${line})` : ""}: ${error.message}`
    );
  }
  const root = parser.parse(xml);
  const topSuites = [
    ...elements(root, "testsuites").flatMap((all) => elements(all, "testsuite")),
    ...elements(root, "testsuite")
  ];
  if (topSuites.length === 0)
    throw new UserError(`${basename(file)} is not a JUnit report: it has no <testsuite>`);
  const report2 = { file, suites: [], cases: [] };
  for (const suite of topSuites) readSuite(suite, basename(file), report2);
  return report2;
}
function readSuite(suite, fallbackName, report2) {
  const name2 = attribute(suite, "name") ?? fallbackName;
  const cases = elements(suite, "testcase").map((testCase) => readCase(testCase, name2));
  if (cases.length > 0) {
    const count = (status) => cases.filter((testCase) => testCase.status === status).length;
    const caseTime = cases.reduce((sum, testCase) => sum + testCase.durationMs, 0);
    report2.suites.push({
      name: name2,
      passed: count("passed"),
      failed: count("failed"),
      skipped: count("skipped"),
      durationMs: seconds(attribute(suite, "time")) ?? caseTime
    });
    report2.cases.push(...cases);
  }
  for (const nested of elements(suite, "testsuite")) readSuite(nested, name2, report2);
}
function readCase(testCase, suite) {
  const classname = attribute(testCase, "classname");
  const problem = [...elements(testCase, "failure"), ...elements(testCase, "error")][0];
  const line = Number(attribute(testCase, "line"));
  const result = {
    suite: classname ?? suite,
    name: attribute(testCase, "name") ?? "(unnamed)",
    status: problem ? "failed" : elements(testCase, "skipped").length > 0 ? "skipped" : "passed",
    durationMs: seconds(attribute(testCase, "time")) ?? 0,
    file: attribute(testCase, "file"),
    line: Number.isInteger(line) && line > 0 ? line : void 0
  };
  if (problem) {
    const details = text(problem).trim();
    result.message = attribute(problem, "message") ?? details.split("\n")[0] ?? "";
    result.details = details;
  }
  return result;
}
function elements(parent, name2) {
  const children = parent[name2];
  if (!Array.isArray(children)) return [];
  return children.map(
    (child) => typeof child === "object" && child !== null ? child : { "#text": String(child) }
  );
}
function attribute(element, name2) {
  const value = element[`@${name2}`];
  return typeof value === "string" ? value : void 0;
}
function text(element) {
  const value = element["#text"];
  return typeof value === "string" ? value : "";
}
function seconds(value) {
  if (value === void 0) return void 0;
  const number = Number(value.replace(/,/g, ""));
  return Number.isFinite(number) ? Math.round(number * 1e3) : void 0;
}

// packages/compose/src/report-files.ts
import { statSync as statSync2 } from "node:fs";
import { join as join4, posix as posix3, resolve as resolve3 } from "node:path";

// node_modules/tinyglobby/dist/index.mjs
import { readdir, readdirSync, realpath, realpathSync, stat, statSync } from "fs";
import { isAbsolute as isAbsolute2, posix as posix2, resolve as resolve2 } from "path";
import { fileURLToPath } from "url";

// node_modules/fdir/dist/index.mjs
import { createRequire } from "module";
import { basename as basename2, dirname, normalize, relative as relative2, resolve, sep as sep3 } from "path";
import * as nativeFs from "fs";
var __require2 = /* @__PURE__ */ createRequire(import.meta.url);
function cleanPath(path) {
  let normalized = normalize(path);
  if (normalized.length > 1 && normalized[normalized.length - 1] === sep3) normalized = normalized.substring(0, normalized.length - 1);
  return normalized;
}
var SLASHES_REGEX = /[\\/]/g;
function convertSlashes(path, separator) {
  return path.replace(SLASHES_REGEX, separator);
}
var WINDOWS_ROOT_DIR_REGEX = /^[a-z]:[\\/]$/i;
function isRootDirectory(path) {
  return path === "/" || WINDOWS_ROOT_DIR_REGEX.test(path);
}
function normalizePath(path, options) {
  const { resolvePaths, normalizePath: normalizePath$1, pathSeparator } = options;
  const pathNeedsCleaning = process.platform === "win32" && path.includes("/") || path.startsWith(".");
  if (resolvePaths) path = resolve(path);
  if (normalizePath$1 || pathNeedsCleaning) path = cleanPath(path);
  if (path === ".") return "";
  const needsSeperator = path[path.length - 1] !== pathSeparator;
  return convertSlashes(needsSeperator ? path + pathSeparator : path, pathSeparator);
}
function joinPathWithBasePath(filename, directoryPath) {
  return directoryPath + filename;
}
function joinPathWithRelativePath(root, options) {
  return function(filename, directoryPath) {
    const sameRoot = directoryPath.startsWith(root);
    if (sameRoot) return directoryPath.slice(root.length) + filename;
    else return convertSlashes(relative2(root, directoryPath), options.pathSeparator) + options.pathSeparator + filename;
  };
}
function joinPath(filename) {
  return filename;
}
function joinDirectoryPath(filename, directoryPath, separator) {
  return directoryPath + filename + separator;
}
function build$7(root, options) {
  const { relativePaths, includeBasePath } = options;
  return relativePaths && root ? joinPathWithRelativePath(root, options) : includeBasePath ? joinPathWithBasePath : joinPath;
}
function pushDirectoryWithRelativePath(root) {
  return function(directoryPath, paths) {
    paths.push(directoryPath.substring(root.length) || ".");
  };
}
function pushDirectoryFilterWithRelativePath(root) {
  return function(directoryPath, paths, filters) {
    const relativePath = directoryPath.substring(root.length) || ".";
    if (filters.every((filter) => filter(relativePath, true))) paths.push(relativePath);
  };
}
var pushDirectory = (directoryPath, paths) => {
  paths.push(directoryPath || ".");
};
var pushDirectoryFilter = (directoryPath, paths, filters) => {
  const path = directoryPath || ".";
  if (filters.every((filter) => filter(path, true))) paths.push(path);
};
var empty$2 = () => {
};
function build$6(root, options) {
  const { includeDirs, filters, relativePaths } = options;
  if (!includeDirs) return empty$2;
  if (relativePaths) return filters && filters.length ? pushDirectoryFilterWithRelativePath(root) : pushDirectoryWithRelativePath(root);
  return filters && filters.length ? pushDirectoryFilter : pushDirectory;
}
var pushFileFilterAndCount = (filename, _paths, counts, filters) => {
  if (filters.every((filter) => filter(filename, false))) counts.files++;
};
var pushFileFilter = (filename, paths, _counts, filters) => {
  if (filters.every((filter) => filter(filename, false))) paths.push(filename);
};
var pushFileCount = (_filename, _paths, counts, _filters) => {
  counts.files++;
};
var pushFile = (filename, paths) => {
  paths.push(filename);
};
var empty$1 = () => {
};
function build$5(options) {
  const { excludeFiles, filters, onlyCounts } = options;
  if (excludeFiles) return empty$1;
  if (filters && filters.length) return onlyCounts ? pushFileFilterAndCount : pushFileFilter;
  else if (onlyCounts) return pushFileCount;
  else return pushFile;
}
var getArray = (paths) => {
  return paths;
};
var getArrayGroup = () => {
  return [""].slice(0, 0);
};
function build$4(options) {
  return options.group ? getArrayGroup : getArray;
}
var groupFiles = (groups, directory, files) => {
  groups.push({
    directory,
    files,
    dir: directory
  });
};
var empty = () => {
};
function build$3(options) {
  return options.group ? groupFiles : empty;
}
var resolveSymlinksAsync = function(path, state, callback$1) {
  const { queue, fs, options: { suppressErrors } } = state;
  queue.enqueue();
  fs.realpath(path, (error, resolvedPath) => {
    if (error) return queue.dequeue(suppressErrors ? null : error, state);
    fs.stat(resolvedPath, (error$1, stat2) => {
      if (error$1) return queue.dequeue(suppressErrors ? null : error$1, state);
      if (stat2.isDirectory() && isRecursive(path, resolvedPath, state)) return queue.dequeue(null, state);
      callback$1(stat2, resolvedPath);
      queue.dequeue(null, state);
    });
  });
};
var resolveSymlinks = function(path, state, callback$1) {
  const { queue, fs, options: { suppressErrors } } = state;
  queue.enqueue();
  try {
    const resolvedPath = fs.realpathSync(path);
    const stat2 = fs.statSync(resolvedPath);
    if (stat2.isDirectory() && isRecursive(path, resolvedPath, state)) return;
    callback$1(stat2, resolvedPath);
  } catch (e) {
    if (!suppressErrors) throw e;
  }
};
function build$2(options, isSynchronous) {
  if (!options.resolveSymlinks || options.excludeSymlinks) return null;
  return isSynchronous ? resolveSymlinks : resolveSymlinksAsync;
}
function isRecursive(path, resolved, state) {
  if (state.options.useRealPaths) return isRecursiveUsingRealPaths(resolved, state);
  let parent = dirname(path);
  let depth = 1;
  while (parent !== state.root && depth < 2) {
    const resolvedPath = state.symlinks.get(parent);
    const isSameRoot = !!resolvedPath && (resolvedPath === resolved || resolvedPath.startsWith(resolved) || resolved.startsWith(resolvedPath));
    if (isSameRoot) depth++;
    else parent = dirname(parent);
  }
  state.symlinks.set(path, resolved);
  return depth > 1;
}
function isRecursiveUsingRealPaths(resolved, state) {
  return state.visited.includes(resolved + state.options.pathSeparator);
}
var onlyCountsSync = (state) => {
  return state.counts;
};
var groupsSync = (state) => {
  return state.groups;
};
var defaultSync = (state) => {
  return state.paths;
};
var limitFilesSync = (state) => {
  return state.paths.slice(0, state.options.maxFiles);
};
var onlyCountsAsync = (state, error, callback$1) => {
  report(error, callback$1, state.counts, state.options.suppressErrors);
  return null;
};
var defaultAsync = (state, error, callback$1) => {
  report(error, callback$1, state.paths, state.options.suppressErrors);
  return null;
};
var limitFilesAsync = (state, error, callback$1) => {
  report(error, callback$1, state.paths.slice(0, state.options.maxFiles), state.options.suppressErrors);
  return null;
};
var groupsAsync = (state, error, callback$1) => {
  report(error, callback$1, state.groups, state.options.suppressErrors);
  return null;
};
function report(error, callback$1, output, suppressErrors) {
  if (error && !suppressErrors) callback$1(error, output);
  else callback$1(null, output);
}
function build$1(options, isSynchronous) {
  const { onlyCounts, group, maxFiles } = options;
  if (onlyCounts) return isSynchronous ? onlyCountsSync : onlyCountsAsync;
  else if (group) return isSynchronous ? groupsSync : groupsAsync;
  else if (maxFiles) return isSynchronous ? limitFilesSync : limitFilesAsync;
  else return isSynchronous ? defaultSync : defaultAsync;
}
var readdirOpts = { withFileTypes: true };
var walkAsync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
  state.queue.enqueue();
  if (currentDepth < 0) return state.queue.dequeue(null, state);
  const { fs } = state;
  state.visited.push(crawlPath);
  state.counts.directories++;
  fs.readdir(crawlPath || ".", readdirOpts, (error, entries = []) => {
    callback$1(entries, directoryPath, currentDepth);
    state.queue.dequeue(state.options.suppressErrors ? null : error, state);
  });
};
var walkSync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
  const { fs } = state;
  if (currentDepth < 0) return;
  state.visited.push(crawlPath);
  state.counts.directories++;
  let entries = [];
  try {
    entries = fs.readdirSync(crawlPath || ".", readdirOpts);
  } catch (e) {
    if (!state.options.suppressErrors) throw e;
  }
  callback$1(entries, directoryPath, currentDepth);
};
function build(isSynchronous) {
  return isSynchronous ? walkSync : walkAsync;
}
var Queue = class {
  count = 0;
  constructor(onQueueEmpty) {
    this.onQueueEmpty = onQueueEmpty;
  }
  enqueue() {
    this.count++;
    return this.count;
  }
  dequeue(error, output) {
    if (this.onQueueEmpty && (--this.count <= 0 || error)) {
      this.onQueueEmpty(error, output);
      if (error) {
        output.controller.abort();
        this.onQueueEmpty = void 0;
      }
    }
  }
};
var Counter = class {
  _files = 0;
  _directories = 0;
  set files(num2) {
    this._files = num2;
  }
  get files() {
    return this._files;
  }
  set directories(num2) {
    this._directories = num2;
  }
  get directories() {
    return this._directories;
  }
  /**
  * @deprecated use `directories` instead
  */
  /* c8 ignore next 3 */
  get dirs() {
    return this._directories;
  }
};
var Aborter = class {
  aborted = false;
  abort() {
    this.aborted = true;
  }
};
var Walker = class {
  root;
  isSynchronous;
  state;
  joinPath;
  pushDirectory;
  pushFile;
  getArray;
  groupFiles;
  resolveSymlink;
  walkDirectory;
  callbackInvoker;
  constructor(root, options, callback$1) {
    this.isSynchronous = !callback$1;
    this.callbackInvoker = build$1(options, this.isSynchronous);
    this.root = normalizePath(root, options);
    this.state = {
      root: isRootDirectory(this.root) ? this.root : this.root.slice(0, -1),
      paths: [""].slice(0, 0),
      groups: [],
      counts: new Counter(),
      options,
      queue: new Queue((error, state) => this.callbackInvoker(state, error, callback$1)),
      symlinks: /* @__PURE__ */ new Map(),
      visited: [""].slice(0, 0),
      controller: new Aborter(),
      fs: options.fs || nativeFs
    };
    this.joinPath = build$7(this.root, options);
    this.pushDirectory = build$6(this.root, options);
    this.pushFile = build$5(options);
    this.getArray = build$4(options);
    this.groupFiles = build$3(options);
    this.resolveSymlink = build$2(options, this.isSynchronous);
    this.walkDirectory = build(this.isSynchronous);
  }
  start() {
    this.pushDirectory(this.root, this.state.paths, this.state.options.filters);
    this.walkDirectory(this.state, this.root, this.root, this.state.options.maxDepth, this.walk);
    return this.isSynchronous ? this.callbackInvoker(this.state, null) : null;
  }
  walk = (entries, directoryPath, depth) => {
    const { paths, options: { filters, resolveSymlinks: resolveSymlinks$1, excludeSymlinks, exclude, maxFiles, signal, useRealPaths, pathSeparator }, controller } = this.state;
    if (controller.aborted || signal && signal.aborted || maxFiles && paths.length > maxFiles) return;
    const files = this.getArray(this.state.paths);
    for (let i = 0; i < entries.length; ++i) {
      const entry = entries[i];
      if (entry.isFile() || entry.isSymbolicLink() && !resolveSymlinks$1 && !excludeSymlinks) {
        const filename = this.joinPath(entry.name, directoryPath);
        this.pushFile(filename, files, this.state.counts, filters);
      } else if (entry.isDirectory()) {
        let path = joinDirectoryPath(entry.name, directoryPath, this.state.options.pathSeparator);
        if (exclude && exclude(entry.name, path)) continue;
        this.pushDirectory(path, paths, filters);
        this.walkDirectory(this.state, path, path, depth - 1, this.walk);
      } else if (this.resolveSymlink && entry.isSymbolicLink()) {
        let path = joinPathWithBasePath(entry.name, directoryPath);
        this.resolveSymlink(path, this.state, (stat2, resolvedPath) => {
          if (stat2.isDirectory()) {
            resolvedPath = normalizePath(resolvedPath, this.state.options);
            if (exclude && exclude(entry.name, useRealPaths ? resolvedPath : path + pathSeparator)) return;
            this.walkDirectory(this.state, resolvedPath, useRealPaths ? resolvedPath : path + pathSeparator, depth - 1, this.walk);
          } else {
            resolvedPath = useRealPaths ? resolvedPath : path;
            const filename = basename2(resolvedPath);
            const directoryPath$1 = normalizePath(dirname(resolvedPath), this.state.options);
            resolvedPath = this.joinPath(filename, directoryPath$1);
            this.pushFile(resolvedPath, files, this.state.counts, filters);
          }
        });
      }
    }
    this.groupFiles(this.state.groups, directoryPath, files);
  };
};
function promise(root, options) {
  return new Promise((resolve$1, reject) => {
    callback(root, options, (err, output) => {
      if (err) return reject(err);
      resolve$1(output);
    });
  });
}
function callback(root, options, callback$1) {
  let walker = new Walker(root, options, callback$1);
  walker.start();
}
function sync(root, options) {
  const walker = new Walker(root, options);
  return walker.start();
}
var APIBuilder = class {
  constructor(root, options) {
    this.root = root;
    this.options = options;
  }
  withPromise() {
    return promise(this.root, this.options);
  }
  withCallback(cb) {
    callback(this.root, this.options, cb);
  }
  sync() {
    return sync(this.root, this.options);
  }
};
var pm = null;
try {
  __require2.resolve("picomatch");
  pm = __require2("picomatch");
} catch {
}
var Builder = class {
  globCache = {};
  options = {
    maxDepth: Infinity,
    suppressErrors: true,
    pathSeparator: sep3,
    filters: []
  };
  globFunction;
  constructor(options) {
    this.options = {
      ...this.options,
      ...options
    };
    this.globFunction = this.options.globFunction;
  }
  group() {
    this.options.group = true;
    return this;
  }
  withPathSeparator(separator) {
    this.options.pathSeparator = separator;
    return this;
  }
  withBasePath() {
    this.options.includeBasePath = true;
    return this;
  }
  withRelativePaths() {
    this.options.relativePaths = true;
    return this;
  }
  withDirs() {
    this.options.includeDirs = true;
    return this;
  }
  withMaxDepth(depth) {
    this.options.maxDepth = depth;
    return this;
  }
  withMaxFiles(limit) {
    this.options.maxFiles = limit;
    return this;
  }
  withFullPaths() {
    this.options.resolvePaths = true;
    this.options.includeBasePath = true;
    return this;
  }
  withErrors() {
    this.options.suppressErrors = false;
    return this;
  }
  withSymlinks({ resolvePaths = true } = {}) {
    this.options.resolveSymlinks = true;
    this.options.useRealPaths = resolvePaths;
    return this.withFullPaths();
  }
  withAbortSignal(signal) {
    this.options.signal = signal;
    return this;
  }
  normalize() {
    this.options.normalizePath = true;
    return this;
  }
  filter(predicate) {
    this.options.filters.push(predicate);
    return this;
  }
  onlyDirs() {
    this.options.excludeFiles = true;
    this.options.includeDirs = true;
    return this;
  }
  exclude(predicate) {
    this.options.exclude = predicate;
    return this;
  }
  onlyCounts() {
    this.options.onlyCounts = true;
    return this;
  }
  crawl(root) {
    return new APIBuilder(root || ".", this.options);
  }
  withGlobFunction(fn) {
    this.globFunction = fn;
    return this;
  }
  /**
  * @deprecated Pass options using the constructor instead:
  * ```ts
  * new fdir(options).crawl("/path/to/root");
  * ```
  * This method will be removed in v7.0
  */
  /* c8 ignore next 4 */
  crawlWithOptions(root, options) {
    this.options = {
      ...this.options,
      ...options
    };
    return new APIBuilder(root || ".", this.options);
  }
  glob(...patterns) {
    if (this.globFunction) return this.globWithOptions(patterns);
    return this.globWithOptions(patterns, ...[{ dot: true }]);
  }
  globWithOptions(patterns, ...options) {
    const globFn = this.globFunction || pm;
    if (!globFn) throw new Error("Please specify a glob function to use glob matching.");
    var isMatch = this.globCache[patterns.join("\0")];
    if (!isMatch) {
      isMatch = globFn(patterns, ...options);
      this.globCache[patterns.join("\0")] = isMatch;
    }
    this.options.filters.push((path) => isMatch(path));
    return this;
  }
};

// node_modules/tinyglobby/dist/index.mjs
var import_picomatch = __toESM(require_picomatch2(), 1);
var isReadonlyArray = Array.isArray;
var BACKSLASHES = /\\/g;
var DRIVE_RELATIVE_PATH = /^[A-Za-z]:$/;
var isWin = process.platform === "win32";
var ONLY_PARENT_DIRECTORIES = /^(\/?\.\.)+$/;
function getPartialMatcher(patterns, options = {}) {
  const patternsCount = patterns.length;
  const patternsParts = Array(patternsCount);
  const matchers = Array(patternsCount);
  let i, j;
  for (i = 0; i < patternsCount; i++) {
    const parts = splitPattern(patterns[i]);
    patternsParts[i] = parts;
    const partsCount = parts.length;
    const partMatchers = Array(partsCount);
    for (j = 0; j < partsCount; j++) partMatchers[j] = (0, import_picomatch.default)(parts[j], options);
    matchers[i] = partMatchers;
  }
  return (input) => {
    const inputParts = input.split("/");
    if (inputParts[0] === ".." && ONLY_PARENT_DIRECTORIES.test(input)) return true;
    for (i = 0; i < patternsCount; i++) {
      const patternParts = patternsParts[i];
      const matcher = matchers[i];
      const inputPatternCount = inputParts.length;
      const minParts = Math.min(inputPatternCount, patternParts.length);
      j = 0;
      while (j < minParts) {
        const part = patternParts[j];
        if (part.includes("/")) return true;
        if (!matcher[j](inputParts[j])) break;
        if (!options.noglobstar && part === "**") return true;
        j++;
      }
      if (j === inputPatternCount) return true;
    }
    return false;
  };
}
var WIN32_ROOT_DIR = /^[A-Z]:\/$/i;
var isRoot = isWin ? (p) => WIN32_ROOT_DIR.test(p) : (p) => p === "/";
function buildFormat(cwd, root, absolute) {
  if (cwd === root || root.startsWith(`${cwd}/`)) {
    if (absolute) {
      const start = cwd.length + +!isRoot(cwd);
      return (p, isDir) => p.slice(start, isDir ? -1 : void 0) || ".";
    }
    const prefix = root.slice(cwd.length + 1);
    if (prefix) return (p, isDir) => {
      if (p === ".") return prefix;
      const result = `${prefix}/${p}`;
      return isDir ? result.slice(0, -1) : result;
    };
    return (p, isDir) => isDir && p !== "." ? p.slice(0, -1) : p;
  }
  if (absolute) return (p) => posix2.relative(cwd, p) || ".";
  return (p) => posix2.relative(cwd, `${root}/${p}`) || ".";
}
function buildRelative(cwd, root) {
  if (root.startsWith(`${cwd}/`)) {
    const prefix = root.slice(cwd.length + 1);
    return (p) => `${prefix}/${p}`;
  }
  return (p) => {
    const result = posix2.relative(cwd, `${root}/${p}`);
    return p[p.length - 1] === "/" && result !== "" ? `${result}/` : result || ".";
  };
}
function ensureNonDriveRelativePath(path) {
  return path.replace(DRIVE_RELATIVE_PATH, (match) => `${match}/`);
}
var splitPatternOptions = { parts: true };
function splitPattern(path) {
  var _result$parts;
  const result = import_picomatch.default.scan(path, splitPatternOptions);
  return ((_result$parts = result.parts) === null || _result$parts === void 0 ? void 0 : _result$parts.length) ? result.parts : [path];
}
var POSIX_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}*?|]|^!|[!+@](?=\()|\\(?![()[\]{}!*+?@|]))/g;
var WIN32_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}]|^!|[!+@](?=\())/g;
var escapePosixPath = (path) => path.replace(POSIX_UNESCAPED_GLOB_SYMBOLS, "\\$&");
var escapeWin32Path = (path) => path.replace(WIN32_UNESCAPED_GLOB_SYMBOLS, "\\$&");
var escapePath = isWin ? escapeWin32Path : escapePosixPath;
function isDynamicPattern(pattern, options) {
  if ((options === null || options === void 0 ? void 0 : options.caseSensitiveMatch) === false) return true;
  const scan = import_picomatch.default.scan(pattern);
  return scan.isGlob || scan.negated;
}
function log(...tasks) {
  console.log(`[tinyglobby ${(/* @__PURE__ */ new Date()).toLocaleTimeString("es")}]`, ...tasks);
}
function ensureStringArray(value) {
  return typeof value === "string" ? [value] : value !== null && value !== void 0 ? value : [];
}
var PARENT_DIRECTORY = /^(\/?\.\.)+/;
var ESCAPING_BACKSLASHES = /\\(?=[()[\]{}!*+?@|])/g;
function normalizePattern(pattern, opts, props, isIgnore) {
  var _PARENT_DIRECTORY$exe;
  const cwd = opts.cwd;
  let result = pattern;
  if (pattern[pattern.length - 1] === "/") result = pattern.slice(0, -1);
  if (result[result.length - 1] !== "*" && opts.expandDirectories) result += "/**";
  const escapedCwd = escapePath(cwd);
  result = isAbsolute2(result.replace(ESCAPING_BACKSLASHES, "")) ? posix2.relative(escapedCwd, result) : posix2.normalize(result);
  const parentDir = (_PARENT_DIRECTORY$exe = PARENT_DIRECTORY.exec(result)) === null || _PARENT_DIRECTORY$exe === void 0 ? void 0 : _PARENT_DIRECTORY$exe[0];
  const parts = splitPattern(result);
  if (parentDir) {
    const n = (parentDir.length + 1) / 3;
    let i = 0;
    const cwdParts = escapedCwd.split("/");
    while (i < n && parts[i + n] === cwdParts[cwdParts.length + i - n]) {
      result = result.slice(0, (n - i - 1) * 3) + result.slice((n - i) * 3 + parts[i + n].length + 1) || ".";
      i++;
    }
    const potentialRoot = posix2.join(cwd, parentDir.slice(i * 3));
    if (potentialRoot[0] !== "." && props.root.length > potentialRoot.length) {
      props.root = ensureNonDriveRelativePath(potentialRoot);
      props.depthOffset = -n + i;
    }
  }
  if (!isIgnore && props.depthOffset >= 0) {
    var _props$commonPath;
    (_props$commonPath = props.commonPath) !== null && _props$commonPath !== void 0 || (props.commonPath = parts);
    const newCommonPath = [];
    const length = Math.min(props.commonPath.length, parts.length);
    for (let i = 0; i < length; i++) {
      const part = parts[i];
      if (part === "**" && !parts[i + 1]) {
        newCommonPath.pop();
        break;
      }
      if (i === parts.length - 1 || part !== props.commonPath[i] || isDynamicPattern(part)) break;
      newCommonPath.push(part);
    }
    props.depthOffset = newCommonPath.length;
    props.commonPath = newCommonPath;
    props.root = ensureNonDriveRelativePath(newCommonPath.length > 0 ? posix2.join(cwd, ...newCommonPath) : cwd);
  }
  return result;
}
function processPatterns(options, patterns, props) {
  const matchPatterns = [];
  const ignorePatterns = [];
  for (const pattern of options.ignore) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") ignorePatterns.push(normalizePattern(pattern, options, props, true));
  }
  for (const pattern of patterns) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") matchPatterns.push(normalizePattern(pattern, options, props, false));
    else if (pattern[1] !== "!" || pattern[2] === "(") ignorePatterns.push(normalizePattern(pattern.slice(1), options, props, true));
  }
  return {
    match: matchPatterns,
    ignore: ignorePatterns
  };
}
function buildCrawler(options, patterns) {
  const cwd = options.cwd;
  const props = {
    root: cwd,
    depthOffset: 0
  };
  const processed = processPatterns(options, patterns, props);
  if (options.debug) log("internal processing patterns:", processed);
  const { absolute, caseSensitiveMatch, debug, dot, followSymbolicLinks, onlyDirectories } = options;
  const root = props.root.replace(BACKSLASHES, "");
  const matchOptions = {
    dot,
    nobrace: options.braceExpansion === false,
    nocase: !caseSensitiveMatch,
    noextglob: options.extglob === false,
    noglobstar: options.globstar === false,
    posix: true
  };
  const matcher = (0, import_picomatch.default)(processed.match, matchOptions);
  const ignore = (0, import_picomatch.default)(processed.ignore, matchOptions);
  const partialMatcher = getPartialMatcher(processed.match, matchOptions);
  const format = buildFormat(cwd, root, absolute);
  const excludeFormatter = absolute ? format : buildFormat(cwd, root, true);
  const excludePredicate = (_, p) => {
    const relativePath = excludeFormatter(p, true);
    return relativePath !== "." && !partialMatcher(relativePath) || ignore(relativePath);
  };
  let maxDepth;
  if (options.deep !== void 0) maxDepth = Math.round(options.deep - props.depthOffset);
  const crawler = new Builder({
    filters: [debug ? (p, isDirectory) => {
      const path = format(p, isDirectory);
      const matches = matcher(path) && !ignore(path);
      if (matches) log(`matched ${path}`);
      return matches;
    } : (p, isDirectory) => {
      const path = format(p, isDirectory);
      return matcher(path) && !ignore(path);
    }],
    exclude: debug ? (_, p) => {
      const skipped = excludePredicate(_, p);
      log(`${skipped ? "skipped" : "crawling"} ${p}`);
      return skipped;
    } : excludePredicate,
    fs: options.fs,
    pathSeparator: "/",
    relativePaths: !absolute,
    resolvePaths: absolute,
    includeBasePath: absolute,
    resolveSymlinks: followSymbolicLinks,
    excludeSymlinks: !followSymbolicLinks,
    excludeFiles: onlyDirectories,
    includeDirs: onlyDirectories || !options.onlyFiles,
    maxDepth,
    signal: options.signal
  }).crawl(root);
  if (options.debug) log("internal properties:", {
    ...props,
    root
  });
  return [crawler, cwd !== root && !absolute && buildRelative(cwd, root)];
}
function formatPaths(paths, mapper) {
  if (mapper) for (let i = paths.length - 1; i >= 0; i--) paths[i] = mapper(paths[i]);
  return paths;
}
var defaultOptions8 = {
  caseSensitiveMatch: true,
  debug: !!process.env.TINYGLOBBY_DEBUG,
  expandDirectories: true,
  followSymbolicLinks: true,
  onlyFiles: true
};
function getOptions(options) {
  const opts = Object.assign({}, options);
  for (const key in defaultOptions8) if (opts[key] === void 0) Object.assign(opts, { [key]: defaultOptions8[key] });
  opts.cwd = (opts.cwd instanceof URL ? fileURLToPath(opts.cwd) : resolve2(opts.cwd || process.cwd())).replace(BACKSLASHES, "/");
  opts.ignore = ensureStringArray(opts.ignore);
  opts.fs && (opts.fs = {
    readdir: opts.fs.readdir || readdir,
    readdirSync: opts.fs.readdirSync || readdirSync,
    realpath: opts.fs.realpath || realpath,
    realpathSync: opts.fs.realpathSync || realpathSync,
    stat: opts.fs.stat || stat,
    statSync: opts.fs.statSync || statSync
  });
  if (opts.debug) log("globbing with options:", opts);
  return opts;
}
function getCrawler(globInput, inputOptions = {}) {
  var _ref;
  if (globInput && (inputOptions === null || inputOptions === void 0 ? void 0 : inputOptions.patterns)) throw new Error("Cannot pass patterns as both an argument and an option");
  const isModern = isReadonlyArray(globInput) || typeof globInput === "string";
  const patterns = ensureStringArray((_ref = isModern ? globInput : globInput.patterns) !== null && _ref !== void 0 ? _ref : "**/*");
  const options = getOptions(isModern ? inputOptions : globInput);
  return patterns.length > 0 ? buildCrawler(options, patterns) : [];
}
async function glob(globInput, options) {
  const [crawler, relative3] = getCrawler(globInput, options);
  return crawler ? formatPaths(await crawler.withPromise(), relative3) : [];
}

// packages/compose/src/report-files.ts
async function findReportFiles(base, globPattern, within = base) {
  const kind = statSync2(base, { throwIfNoEntry: false });
  if (!kind) return [];
  const files = kind.isFile() ? [base] : await glob(globPattern ?? "**/*.xml", { cwd: base, absolute: true, onlyFiles: true });
  const root = realPath(within) ?? within;
  return files.filter((file) => {
    const real = realPath(file);
    return real !== void 0 && isWithin(root, real);
  }).sort();
}
function reportsOnRunner(workspace, pattern) {
  const { base, glob: rest } = splitReportPattern(pattern);
  return findReportFiles(resolve3(workspace, base), rest, workspace);
}
async function reportsInContainer(exec, container, pattern, into) {
  const { base, glob: rest } = splitReportPattern(posix3.resolve(container.workingDir, pattern));
  const copy = join4(into, "reports");
  const copied = await exec("docker", ["container", "cp", `${container.name}:${base}`, copy]);
  return copied.exitCode === 0 ? findReportFiles(copy, rest, into) : [];
}

// packages/compose/src/verdict.ts
function describeRunner(runner) {
  return "service" in runner ? `test service ${runner.service}` : "test command";
}
function verdictFailure(testRun, report2) {
  const who = describeRunner(testRun.runner);
  if (testRun.killed) {
    return new UserError(`The ${who} was killed (${testRun.killed})`, {
      hint: testRun.killed.startsWith("out of memory") ? "Raise the test service's mem_limit, or find what allocates so much in its log above" : "Its log is above"
    });
  }
  if (testRun.exitCode === 0) return void 0;
  const { passed = 0, failed = 0, skipped = 0 } = report2?.totals ?? {};
  const counted = failed > 0 ? `${failed} of ${passed + failed + skipped} tests failed` : "The tests failed";
  return new UserError(`${counted} (${who} exited with code ${testRun.exitCode})`, {
    hint: report2 ? "Each failure is annotated and listed in the job summary" : "The test log is above and in the job summary"
  });
}

// packages/compose/src/test-report.ts
function readTestReport(files, workspace, onProblem) {
  const reports = [];
  for (const file of files) {
    try {
      reports.push(parseJUnit(readFileSync2(file, "utf8"), file));
    } catch (error) {
      onProblem(`Skipped a report: ${error.message}`);
    }
  }
  const suites = reports.flatMap((report2) => report2.suites);
  const failures = reports.flatMap((report2) => report2.cases).filter((testCase) => testCase.status === "failed").map((testCase) => {
    const location = failureLocation(testCase);
    return {
      suite: testCase.suite,
      name: testCase.name,
      message: (testCase.message ?? "").split("\n")[0] ?? "",
      location: location && { ...location, file: annotationPath(location.file, workspace) }
    };
  });
  return { files: reports.map((report2) => report2.file), suites, totals: totalsOf(suites), failures };
}
function totalsOf(suites) {
  return suites.reduce(
    (sum, suite) => ({
      passed: sum.passed + suite.passed,
      failed: sum.failed + suite.failed,
      skipped: sum.skipped + suite.skipped,
      durationMs: sum.durationMs + suite.durationMs
    }),
    { passed: 0, failed: 0, skipped: 0, durationMs: 0 }
  );
}
var MAX_ANNOTATIONS = 10;
async function collectTestReport(pattern, testRun, where, reporter) {
  const files = testRun.container ? await reportsInContainer(where.exec, testRun.container, pattern, where.workDir) : await reportsOnRunner(where.workspace, pattern);
  if (files.length === 0) {
    const place = testRun.container ? "in the test container" : "in the workspace";
    reporter.warning(`No JUnit report matches reports: ${pattern} (${place})`);
    return void 0;
  }
  const report2 = readTestReport(files, where.workspace, reporter.warning);
  const { passed, failed, skipped } = report2.totals;
  reporter.info(`${report2.files.length} report(s): ${passed} passed, ${failed} failed, ${skipped} skipped`);
  for (const failure of report2.failures.slice(0, MAX_ANNOTATIONS)) reporter.testFailed(failure);
  const unannotated = report2.failures.length - MAX_ANNOTATIONS;
  if (unannotated > 0) reporter.info(`${unannotated} more failed test(s) are listed in the job summary`);
  if (failed > 0 && testRun.exitCode === 0) {
    reporter.warning(
      `The JUnit reports count ${failed} failed test${failed === 1 ? "" : "s"}, but ${describeRunner(testRun.runner)} exited with code 0: the exit code decides`
    );
  }
  return report2;
}

// packages/compose/src/test-run.ts
async function runTestService(project, exec, service, options) {
  const name2 = `${project.name}-${service}-run`;
  const { log: log2, onLine } = recording(options.onLine);
  const started = options.clock.now();
  const run = await project.run(["run", "--no-TTY", "--no-deps", "--name", name2, service], {
    signal: options.signal,
    onLine,
    timeLimitMs: TEST_TIME_LIMIT_MS
  });
  throwIfCancelled(options.signal);
  const state = await inspectContainer(exec, name2);
  if (!state) throw new UserError(`The test service ${service} did not start: ${lastLine(run.stderr)}`);
  return {
    runner: { service },
    exitCode: state.exitCode,
    killed: killReason(state),
    durationMs: options.clock.now() - started,
    log: log2,
    container: { name: name2, workingDir: state.workingDir }
  };
}
async function runTestCommand(exec, command, environment, options) {
  const { log: log2, onLine } = recording(options.onLine);
  const started = options.clock.now();
  const run = await exec("sh", ["-c", command], {
    ...environment,
    signal: options.signal,
    onLine,
    timeLimitMs: TEST_TIME_LIMIT_MS
  });
  throwIfCancelled(options.signal);
  return { runner: { command }, exitCode: run.exitCode, durationMs: options.clock.now() - started, log: log2 };
}
function recording(onLine) {
  const log2 = [];
  return {
    log: log2,
    onLine: (line) => {
      log2.push(line);
      onLine(line);
    }
  };
}

// packages/compose/src/run-compose-tests.ts
var ACTION_NAME = "integration-test-compose";
async function runComposeTests(request, seams, reporter) {
  const clock = seams.clock ?? systemClock;
  const startedAt = clock.now();
  const stack = await reporter.group("Prepare the stack", () => prepareStack(request, seams, reporter));
  const progress = { services: [], diagnoses: [] };
  try {
    await exerciseStack(stack, request, seams, reporter, progress);
  } catch (error) {
    if (!(error instanceof UserError) || error instanceof CancelledError) {
      await reporter.group("Tear the stack down", () => tearDownStack(stack.project, reporter));
      throw error;
    }
    progress.failure = error;
  }
  const failure = progress.failure ?? (progress.testRun && verdictFailure(progress.testRun, progress.report));
  const logsDir = join5(request.workDir, "logs");
  const logs = await saveLogs(stack, progress, failure !== void 0, logsDir, reporter);
  const keptUp = failure && request.keepOnFailure ? keepUp(stack, reporter) : void 0;
  if (!keptUp) await reporter.group("Tear the stack down", () => tearDownStack(stack.project, reporter));
  return {
    verdict: failure ? "failed" : "passed",
    failure,
    project: stack.project.name,
    composeVersion: stack.cli.version,
    image: stack.image,
    services: progress.services,
    diagnoses: progress.diagnoses,
    testRun: progress.testRun,
    report: progress.report,
    logsDir,
    logs,
    durationMs: clock.now() - startedAt,
    keptUp
  };
}
async function prepareStack(request, seams, reporter) {
  const files = ComposeFiles.read(request.composeFiles, request.workspace);
  checkHostAccess(files.hostAccess, request.allowPrivileged, reporter);
  const { imageUnderTest, tests } = request;
  if (imageUnderTest) files.requireService("service", imageUnderTest.service);
  if ("service" in tests) files.requireService("test-service", tests.service);
  const [cli, image] = await Promise.all([
    locateComposeCli(seams.exec),
    imageUnderTest && resolveImageUnderTest(seams.exec, imageUnderTest.image, imageUnderTest.service)
  ]);
  mkdirSync2(request.workDir, { recursive: true });
  const override = writeOverrideFile(request.workDir, {
    services: files.serviceNames,
    labels: runLabels(request.runId, ACTION_NAME),
    imageUnderTest: image && { service: image.service, id: image.id }
  });
  const project = new ComposeProject(seams.exec, cli, {
    name: request.project,
    files: [...files.paths, override],
    env: { ...seams.env ?? process.env, ...request.env },
    cwd: request.workspace
  });
  const model = await readComposeModel(project, files);
  const testService = "service" in tests ? tests.service : void 0;
  const services = stackServices(model, enabledProfiles(project.spec.env), testService);
  reporter.info(`Compose ${cli.version}, project ${project.name}, services: ${services.join(", ")}`);
  if (image) reporter.info(`Image under test: ${image.ref} (${image.id}) as service ${image.service}`);
  return { project, cli, services, image };
}
async function exerciseStack(stack, request, seams, reporter, progress) {
  const clock = seams.clock ?? systemClock;
  const { exec, signal } = seams;
  try {
    progress.services = await reporter.group(
      "Start the stack and wait until it is ready",
      () => startStack(stack.project, exec, {
        services: stack.services,
        timeoutMs: request.waitTimeoutMs,
        clock,
        signal,
        reporter
      })
    );
  } catch (error) {
    if (error instanceof StackNotReadyError) {
      progress.diagnoses = error.diagnoses;
      for (const diagnosis of error.diagnoses) await showDiagnosis(diagnosis, reporter);
    }
    throw error;
  }
  const options = { clock, signal, onLine: reporter.info };
  const { tests } = request;
  const testRun = await reporter.group(
    `Run the tests (${describeRunner(tests)})`,
    () => "service" in tests ? runTestService(stack.project, exec, tests.service, options) : runTestCommand(exec, tests.command, testCommandEnvironment(stack.project, request), options)
  );
  progress.testRun = testRun;
  const { reports } = request;
  if (reports) {
    const where = { exec, workspace: request.workspace, workDir: request.workDir };
    progress.report = await reporter.group(
      "Read the JUnit reports",
      () => collectTestReport(reports, testRun, where, reporter)
    );
  }
}
async function showDiagnosis(diagnosis, reporter) {
  await reporter.group(`${diagnosis.service} ${diagnosis.why}`, async () => {
    for (const check of diagnosis.healthLog)
      reporter.info(`health check exited ${check.exitCode}: ${check.output.trim()}`);
    reporter.info(`last ${diagnosis.logTail.length} log lines of ${diagnosis.container}:`);
    for (const line of diagnosis.logTail) reporter.info(line);
  });
}
function testCommandEnvironment(project, request) {
  return {
    cwd: request.workspace,
    env: {
      ...project.spec.env,
      COMPOSE_PROJECT_NAME: project.name,
      COMPOSE_FILE: project.spec.files.join(delimiter)
    }
  };
}
async function saveLogs(stack, progress, failed, dir, reporter) {
  const { testRun } = progress;
  const logs = testRun ? [saveLog(dir, "service" in testRun.runner ? testRun.runner.service : "test-command", testRun.log)] : [];
  if (!failed) return logs;
  const serviceLogs = await Promise.all(stack.services.map((service) => serviceLog(stack.project, service)));
  for (const [index, service] of stack.services.entries()) {
    const lines = serviceLogs[index] ?? [];
    logs.push(saveLog(dir, service, lines));
    await reporter.group(`Logs of ${service}`, async () => {
      for (const line of lines) reporter.info(line);
    });
  }
  return logs;
}
function keepUp(stack, reporter) {
  const { project } = stack;
  const shellService = stack.image?.service ?? stack.services[0] ?? "SERVICE";
  const commands = [
    project.commandLine(["ps", "--all"]),
    project.commandLine(["logs", "--follow"]),
    project.commandLine(["exec", shellService, "sh"]),
    project.commandLine(["down", "--volumes", "--remove-orphans"])
  ];
  reporter.warning(
    `keep-on-failure: the stack ${project.name} is left up; the commands to reach it and remove it are in the log and the job summary`
  );
  for (const command of commands) reporter.info(command);
  return commands;
}

export {
  nodeExec,
  cleanUpRun,
  describeRunner,
  ACTION_NAME,
  runComposeTests
};
