import { createRequire as __quaiCreateRequire } from "node:module";
import { dirname as __quaiDirname } from "node:path";
import { fileURLToPath as __quaiFileURLToPath } from "node:url";
const require = __quaiCreateRequire(import.meta.url);
const __filename = __quaiFileURLToPath(import.meta.url);
const __dirname = __quaiDirname(__filename);
import {
  InvalidValueError,
  UserError,
  __commonJS,
  __require,
  __toESM,
  firstLine
} from "./chunk-UQTKVT6Y.js";

// node_modules/events-universal/default.js
var require_default = __commonJS({
  "node_modules/events-universal/default.js"(exports, module) {
    module.exports = __require("events");
  }
});

// node_modules/fast-fifo/fixed-size.js
var require_fixed_size = __commonJS({
  "node_modules/fast-fifo/fixed-size.js"(exports, module) {
    module.exports = class FixedFIFO {
      constructor(hwm) {
        if (!(hwm > 0) || (hwm - 1 & hwm) !== 0) throw new Error("Max size for a FixedFIFO should be a power of two");
        this.buffer = new Array(hwm);
        this.mask = hwm - 1;
        this.top = 0;
        this.btm = 0;
        this.next = null;
      }
      clear() {
        this.top = this.btm = 0;
        this.next = null;
        this.buffer.fill(void 0);
      }
      push(data) {
        if (this.buffer[this.top] !== void 0) return false;
        this.buffer[this.top] = data;
        this.top = this.top + 1 & this.mask;
        return true;
      }
      shift() {
        const last = this.buffer[this.btm];
        if (last === void 0) return void 0;
        this.buffer[this.btm] = void 0;
        this.btm = this.btm + 1 & this.mask;
        return last;
      }
      peek() {
        return this.buffer[this.btm];
      }
      isEmpty() {
        return this.buffer[this.btm] === void 0;
      }
    };
  }
});

// node_modules/fast-fifo/index.js
var require_fast_fifo = __commonJS({
  "node_modules/fast-fifo/index.js"(exports, module) {
    var FixedFIFO = require_fixed_size();
    module.exports = class FastFIFO {
      constructor(hwm) {
        this.hwm = hwm || 16;
        this.head = new FixedFIFO(this.hwm);
        this.tail = this.head;
        this.length = 0;
      }
      clear() {
        this.head = this.tail;
        this.head.clear();
        this.length = 0;
      }
      push(val) {
        this.length++;
        if (!this.head.push(val)) {
          const prev = this.head;
          this.head = prev.next = new FixedFIFO(2 * this.head.buffer.length);
          this.head.push(val);
        }
      }
      shift() {
        if (this.length !== 0) this.length--;
        const val = this.tail.shift();
        if (val === void 0 && this.tail.next) {
          const next = this.tail.next;
          this.tail.next = null;
          this.tail = next;
          return this.tail.shift();
        }
        return val;
      }
      peek() {
        const val = this.tail.peek();
        if (val === void 0 && this.tail.next) return this.tail.next.peek();
        return val;
      }
      isEmpty() {
        return this.length === 0;
      }
    };
  }
});

// node_modules/b4a/index.js
var require_b4a = __commonJS({
  "node_modules/b4a/index.js"(exports, module) {
    function isBuffer(value) {
      return Buffer.isBuffer(value) || value instanceof Uint8Array;
    }
    function isEncoding(encoding) {
      return Buffer.isEncoding(encoding);
    }
    function alloc(size, fill2, encoding) {
      return Buffer.alloc(size, fill2, encoding);
    }
    function allocUnsafe(size) {
      return Buffer.allocUnsafe(size);
    }
    function allocUnsafeSlow(size) {
      return Buffer.allocUnsafeSlow(size);
    }
    function byteLength(string, encoding) {
      return Buffer.byteLength(string, encoding);
    }
    function compare(a, b) {
      return Buffer.compare(a, b);
    }
    function concat(buffers, totalLength) {
      return Buffer.concat(buffers, totalLength);
    }
    function copy(source, target, targetStart, start, end) {
      return toBuffer(source).copy(target, targetStart, start, end);
    }
    function equals(a, b) {
      return toBuffer(a).equals(b);
    }
    function fill(buffer2, value, offset, end, encoding) {
      return toBuffer(buffer2).fill(value, offset, end, encoding);
    }
    function from(value, encodingOrOffset, length) {
      return Buffer.from(value, encodingOrOffset, length);
    }
    function includes(buffer2, value, byteOffset, encoding) {
      return toBuffer(buffer2).includes(value, byteOffset, encoding);
    }
    function indexOf(buffer2, value, byfeOffset, encoding) {
      return toBuffer(buffer2).indexOf(value, byfeOffset, encoding);
    }
    function lastIndexOf(buffer2, value, byteOffset, encoding) {
      return toBuffer(buffer2).lastIndexOf(value, byteOffset, encoding);
    }
    function swap16(buffer2) {
      return toBuffer(buffer2).swap16();
    }
    function swap32(buffer2) {
      return toBuffer(buffer2).swap32();
    }
    function swap64(buffer2) {
      return toBuffer(buffer2).swap64();
    }
    function toBuffer(buffer2) {
      if (Buffer.isBuffer(buffer2)) return buffer2;
      return Buffer.from(buffer2.buffer, buffer2.byteOffset, buffer2.byteLength);
    }
    function toString(buffer2, encoding, start, end) {
      return toBuffer(buffer2).toString(encoding, start, end);
    }
    function toHex(buffer2, start, end) {
      return toBuffer(buffer2).toString("hex", start, end);
    }
    function write(buffer2, string, offset, length, encoding) {
      return toBuffer(buffer2).write(string, offset, length, encoding);
    }
    function readDoubleBE(buffer2, offset) {
      return toBuffer(buffer2).readDoubleBE(offset);
    }
    function readDoubleLE(buffer2, offset) {
      return toBuffer(buffer2).readDoubleLE(offset);
    }
    function readFloatBE(buffer2, offset) {
      return toBuffer(buffer2).readFloatBE(offset);
    }
    function readFloatLE(buffer2, offset) {
      return toBuffer(buffer2).readFloatLE(offset);
    }
    function readInt32BE(buffer2, offset) {
      return toBuffer(buffer2).readInt32BE(offset);
    }
    function readInt32LE(buffer2, offset) {
      return toBuffer(buffer2).readInt32LE(offset);
    }
    function readUInt32BE(buffer2, offset) {
      return toBuffer(buffer2).readUInt32BE(offset);
    }
    function readUInt32LE(buffer2, offset) {
      return toBuffer(buffer2).readUInt32LE(offset);
    }
    function writeDoubleBE(buffer2, value, offset) {
      return toBuffer(buffer2).writeDoubleBE(value, offset);
    }
    function writeDoubleLE(buffer2, value, offset) {
      return toBuffer(buffer2).writeDoubleLE(value, offset);
    }
    function writeFloatBE(buffer2, value, offset) {
      return toBuffer(buffer2).writeFloatBE(value, offset);
    }
    function writeFloatLE(buffer2, value, offset) {
      return toBuffer(buffer2).writeFloatLE(value, offset);
    }
    function writeInt32BE(buffer2, value, offset) {
      return toBuffer(buffer2).writeInt32BE(value, offset);
    }
    function writeInt32LE(buffer2, value, offset) {
      return toBuffer(buffer2).writeInt32LE(value, offset);
    }
    function writeUInt32BE(buffer2, value, offset) {
      return toBuffer(buffer2).writeUInt32BE(value, offset);
    }
    function writeUInt32LE(buffer2, value, offset) {
      return toBuffer(buffer2).writeUInt32LE(value, offset);
    }
    module.exports = {
      isBuffer,
      isEncoding,
      alloc,
      allocUnsafe,
      allocUnsafeSlow,
      byteLength,
      compare,
      concat,
      copy,
      equals,
      fill,
      from,
      includes,
      indexOf,
      lastIndexOf,
      swap16,
      swap32,
      swap64,
      toBuffer,
      toString,
      toHex,
      write,
      readDoubleBE,
      readDoubleLE,
      readFloatBE,
      readFloatLE,
      readInt32BE,
      readInt32LE,
      readUInt32BE,
      readUInt32LE,
      writeDoubleBE,
      writeDoubleLE,
      writeFloatBE,
      writeFloatLE,
      writeInt32BE,
      writeInt32LE,
      writeUInt32BE,
      writeUInt32LE
    };
  }
});

// node_modules/text-decoder/lib/pass-through-decoder.js
var require_pass_through_decoder = __commonJS({
  "node_modules/text-decoder/lib/pass-through-decoder.js"(exports, module) {
    var b4a = require_b4a();
    module.exports = class PassThroughDecoder {
      constructor(encoding) {
        this.encoding = encoding;
      }
      get remaining() {
        return 0;
      }
      decode(data) {
        return b4a.toString(data, this.encoding);
      }
      flush() {
        return "";
      }
    };
  }
});

// node_modules/text-decoder/lib/utf8-decoder.js
var require_utf8_decoder = __commonJS({
  "node_modules/text-decoder/lib/utf8-decoder.js"(exports, module) {
    var b4a = require_b4a();
    module.exports = class UTF8Decoder {
      constructor() {
        this._reset();
      }
      get remaining() {
        return this.bytesSeen;
      }
      decode(data) {
        if (data.byteLength === 0) return "";
        if (this.bytesNeeded === 0 && trailingIncomplete(data, 0) === 0) {
          this.bytesSeen = trailingBytesSeen(data);
          return b4a.toString(data, "utf8");
        }
        let result = "";
        let start = 0;
        if (this.bytesNeeded > 0) {
          while (start < data.byteLength) {
            const byte = data[start];
            if (byte < this.lowerBoundary || byte > this.upperBoundary) {
              result += "\uFFFD";
              this._reset();
              break;
            }
            this.lowerBoundary = 128;
            this.upperBoundary = 191;
            this.codePoint = this.codePoint << 6 | byte & 63;
            this.bytesSeen++;
            start++;
            if (this.bytesSeen === this.bytesNeeded) {
              result += String.fromCodePoint(this.codePoint);
              this._reset();
              break;
            }
          }
          if (this.bytesNeeded > 0) return result;
        }
        const trailing = trailingIncomplete(data, start);
        const end = data.byteLength - trailing;
        if (end > start) result += b4a.toString(data, "utf8", start, end);
        for (let i = end; i < data.byteLength; i++) {
          const byte = data[i];
          if (this.bytesNeeded === 0) {
            if (byte <= 127) {
              this.bytesSeen = 0;
              result += String.fromCharCode(byte);
            } else if (byte >= 194 && byte <= 223) {
              this.bytesNeeded = 2;
              this.bytesSeen = 1;
              this.codePoint = byte & 31;
            } else if (byte >= 224 && byte <= 239) {
              if (byte === 224) this.lowerBoundary = 160;
              else if (byte === 237) this.upperBoundary = 159;
              this.bytesNeeded = 3;
              this.bytesSeen = 1;
              this.codePoint = byte & 15;
            } else if (byte >= 240 && byte <= 244) {
              if (byte === 240) this.lowerBoundary = 144;
              else if (byte === 244) this.upperBoundary = 143;
              this.bytesNeeded = 4;
              this.bytesSeen = 1;
              this.codePoint = byte & 7;
            } else {
              this.bytesSeen = 1;
              result += "\uFFFD";
            }
            continue;
          }
          if (byte < this.lowerBoundary || byte > this.upperBoundary) {
            result += "\uFFFD";
            i--;
            this._reset();
            continue;
          }
          this.lowerBoundary = 128;
          this.upperBoundary = 191;
          this.codePoint = this.codePoint << 6 | byte & 63;
          this.bytesSeen++;
          if (this.bytesSeen === this.bytesNeeded) {
            result += String.fromCodePoint(this.codePoint);
            this._reset();
          }
        }
        return result;
      }
      flush() {
        const result = this.bytesNeeded > 0 ? "\uFFFD" : "";
        this._reset();
        return result;
      }
      _reset() {
        this.codePoint = 0;
        this.bytesNeeded = 0;
        this.bytesSeen = 0;
        this.lowerBoundary = 128;
        this.upperBoundary = 191;
      }
    };
    function trailingIncomplete(data, start) {
      const len = data.byteLength;
      if (len <= start) return 0;
      const limit = Math.max(start, len - 4);
      let i = len - 1;
      while (i > limit && (data[i] & 192) === 128) i--;
      if (i < start) return 0;
      const byte = data[i];
      let needed;
      if (byte <= 127) return 0;
      if (byte >= 194 && byte <= 223) needed = 2;
      else if (byte >= 224 && byte <= 239) needed = 3;
      else if (byte >= 240 && byte <= 244) needed = 4;
      else return 0;
      const available = len - i;
      return available < needed ? available : 0;
    }
    function trailingBytesSeen(data) {
      const len = data.byteLength;
      if (len === 0) return 0;
      const last = data[len - 1];
      if (last <= 127) return 0;
      if ((last & 192) !== 128) return 1;
      const limit = Math.max(0, len - 4);
      let i = len - 2;
      while (i >= limit && (data[i] & 192) === 128) i--;
      if (i < 0) return 1;
      const first = data[i];
      let needed;
      if (first >= 194 && first <= 223) needed = 2;
      else if (first >= 224 && first <= 239) needed = 3;
      else if (first >= 240 && first <= 244) needed = 4;
      else return 1;
      if (len - i !== needed) return 1;
      if (needed >= 3) {
        const second = data[i + 1];
        if (first === 224 && second < 160) return 1;
        if (first === 237 && second > 159) return 1;
        if (first === 240 && second < 144) return 1;
        if (first === 244 && second > 143) return 1;
      }
      return 0;
    }
  }
});

// node_modules/text-decoder/index.js
var require_text_decoder = __commonJS({
  "node_modules/text-decoder/index.js"(exports, module) {
    var PassThroughDecoder = require_pass_through_decoder();
    var UTF8Decoder = require_utf8_decoder();
    module.exports = class TextDecoder {
      constructor(encoding = "utf8") {
        this.encoding = normalizeEncoding(encoding);
        switch (this.encoding) {
          case "utf8":
            this.decoder = new UTF8Decoder();
            break;
          case "utf16le":
          case "base64":
            throw new Error("Unsupported encoding: " + this.encoding);
          default:
            this.decoder = new PassThroughDecoder(this.encoding);
        }
      }
      get remaining() {
        return this.decoder.remaining;
      }
      push(data) {
        if (typeof data === "string") return data;
        return this.decoder.decode(data);
      }
      // For Node.js compatibility
      write(data) {
        return this.push(data);
      }
      end(data) {
        let result = "";
        if (data) result = this.push(data);
        result += this.decoder.flush();
        return result;
      }
    };
    function normalizeEncoding(encoding) {
      encoding = encoding.toLowerCase();
      switch (encoding) {
        case "utf8":
        case "utf-8":
          return "utf8";
        case "ucs2":
        case "ucs-2":
        case "utf16le":
        case "utf-16le":
          return "utf16le";
        case "latin1":
        case "binary":
          return "latin1";
        case "base64":
        case "ascii":
        case "hex":
          return encoding;
        default:
          throw new Error("Unknown encoding: " + encoding);
      }
    }
  }
});

// node_modules/streamx/lib/errors.js
var require_errors = __commonJS({
  "node_modules/streamx/lib/errors.js"(exports, module) {
    module.exports = class StreamError extends Error {
      constructor(msg, code, fn = StreamError) {
        super(msg);
        this.code = code;
        if (Error.captureStackTrace) {
          Error.captureStackTrace(this, fn);
        }
      }
      static isStreamDestroyed(err) {
        return err && err.code === "STREAM_DESTROYED";
      }
      static isPrematureClose(err) {
        return err && err.code === "PREMATURE_CLOSE";
      }
      static isAborted(err) {
        return err && err.code === "ABORTED";
      }
      static isBadArgument(err) {
        return err && err.code === "BAD_ARGUMENT";
      }
      get name() {
        return "StreamError";
      }
      static STREAM_DESTROYED() {
        return new StreamError("Stream was destroyed", "STREAM_DESTROYED", StreamError.STREAM_DESTROYED);
      }
      static PREMATURE_CLOSE(msg = "Premature close") {
        return new StreamError(msg, "PREMATURE_CLOSE", StreamError.PREMATURE_CLOSE);
      }
      static ABORTED() {
        return new StreamError("Stream aborted", "ABORTED", StreamError.ABORTED);
      }
      static BAD_ARGUMENT(msg = "Bad argument") {
        return new StreamError(msg, "BAD_ARGUMENT", StreamError.BAD_ARGUMENT);
      }
    };
  }
});

// node_modules/streamx/index.js
var require_streamx = __commonJS({
  "node_modules/streamx/index.js"(exports, module) {
    var { EventEmitter } = require_default();
    var FIFO = require_fast_fifo();
    var TextDecoder = require_text_decoder();
    var StreamError = require_errors();
    var qmt = typeof queueMicrotask === "undefined" ? (fn) => global.process.nextTick(fn) : queueMicrotask;
    var MAX = (1 << 29) - 1;
    var OPENING = 1;
    var PREDESTROYING = 2;
    var DESTROYING = 4;
    var DESTROYED = 8;
    var NOT_OPENING = MAX ^ OPENING;
    var NOT_PREDESTROYING = MAX ^ PREDESTROYING;
    var READ_ACTIVE = 1 << 4;
    var READ_UPDATING = 2 << 4;
    var READ_PRIMARY = 4 << 4;
    var READ_QUEUED = 8 << 4;
    var READ_RESUMED = 16 << 4;
    var READ_PIPE_DRAINED = 32 << 4;
    var READ_ENDING = 64 << 4;
    var READ_EMIT_DATA = 128 << 4;
    var READ_EMIT_READABLE = 256 << 4;
    var READ_EMITTED_READABLE = 512 << 4;
    var READ_DONE = 1024 << 4;
    var READ_NEXT_TICK = 2048 << 4;
    var READ_NEEDS_PUSH = 4096 << 4;
    var READ_READ_AHEAD = 8192 << 4;
    var READ_FLOWING = READ_RESUMED | READ_PIPE_DRAINED;
    var READ_ACTIVE_AND_NEEDS_PUSH = READ_ACTIVE | READ_NEEDS_PUSH;
    var READ_PRIMARY_AND_ACTIVE = READ_PRIMARY | READ_ACTIVE;
    var READ_EMIT_READABLE_AND_QUEUED = READ_EMIT_READABLE | READ_QUEUED;
    var READ_RESUMED_READ_AHEAD = READ_RESUMED | READ_READ_AHEAD;
    var READ_NOT_ACTIVE = MAX ^ READ_ACTIVE;
    var READ_NON_PRIMARY = MAX ^ READ_PRIMARY;
    var READ_NON_PRIMARY_AND_PUSHED = MAX ^ (READ_PRIMARY | READ_NEEDS_PUSH);
    var READ_PUSHED = MAX ^ READ_NEEDS_PUSH;
    var READ_PAUSED = MAX ^ READ_RESUMED;
    var READ_NOT_QUEUED = MAX ^ (READ_QUEUED | READ_EMITTED_READABLE);
    var READ_NOT_ENDING = MAX ^ READ_ENDING;
    var READ_PIPE_NOT_DRAINED = MAX ^ READ_FLOWING;
    var READ_NOT_NEXT_TICK = MAX ^ READ_NEXT_TICK;
    var READ_NOT_UPDATING = MAX ^ READ_UPDATING;
    var READ_NO_READ_AHEAD = MAX ^ READ_READ_AHEAD;
    var READ_PAUSED_NO_READ_AHEAD = MAX ^ READ_RESUMED_READ_AHEAD;
    var WRITE_ACTIVE = 1 << 18;
    var WRITE_UPDATING = 2 << 18;
    var WRITE_PRIMARY = 4 << 18;
    var WRITE_QUEUED = 8 << 18;
    var WRITE_UNDRAINED = 16 << 18;
    var WRITE_DONE = 32 << 18;
    var WRITE_EMIT_DRAIN = 64 << 18;
    var WRITE_NEXT_TICK = 128 << 18;
    var WRITE_WRITING = 256 << 18;
    var WRITE_FINISHING = 512 << 18;
    var WRITE_CORKED = 1024 << 18;
    var WRITE_NOT_ACTIVE = MAX ^ (WRITE_ACTIVE | WRITE_WRITING);
    var WRITE_NON_PRIMARY = MAX ^ WRITE_PRIMARY;
    var WRITE_NOT_FINISHING = MAX ^ (WRITE_ACTIVE | WRITE_FINISHING);
    var WRITE_DRAINED = MAX ^ WRITE_UNDRAINED;
    var WRITE_NOT_QUEUED = MAX ^ WRITE_QUEUED;
    var WRITE_NOT_NEXT_TICK = MAX ^ WRITE_NEXT_TICK;
    var WRITE_NOT_UPDATING = MAX ^ WRITE_UPDATING;
    var WRITE_NOT_CORKED = MAX ^ WRITE_CORKED;
    var ACTIVE = READ_ACTIVE | WRITE_ACTIVE;
    var NOT_ACTIVE = MAX ^ ACTIVE;
    var DONE = READ_DONE | WRITE_DONE;
    var DESTROY_STATUS = DESTROYING | DESTROYED | PREDESTROYING;
    var OPEN_STATUS = DESTROY_STATUS | OPENING;
    var AUTO_DESTROY = DESTROY_STATUS | DONE;
    var NON_PRIMARY = WRITE_NON_PRIMARY & READ_NON_PRIMARY;
    var ACTIVE_OR_TICKING = WRITE_NEXT_TICK | READ_NEXT_TICK;
    var TICKING = ACTIVE_OR_TICKING & NOT_ACTIVE;
    var IS_OPENING = OPEN_STATUS | TICKING;
    var READ_PRIMARY_STATUS = OPEN_STATUS | READ_ENDING | READ_DONE;
    var READ_STATUS = OPEN_STATUS | READ_DONE | READ_QUEUED;
    var READ_ENDING_STATUS = OPEN_STATUS | READ_ENDING | READ_QUEUED;
    var READ_READABLE_STATUS = OPEN_STATUS | READ_EMIT_READABLE | READ_QUEUED | READ_EMITTED_READABLE;
    var SHOULD_NOT_READ = OPEN_STATUS | READ_ACTIVE | READ_ENDING | READ_DONE | READ_NEEDS_PUSH | READ_READ_AHEAD;
    var READ_BACKPRESSURE_STATUS = DESTROY_STATUS | READ_ENDING | READ_DONE;
    var READ_UPDATE_SYNC_STATUS = READ_UPDATING | OPEN_STATUS | READ_NEXT_TICK | READ_PRIMARY;
    var READ_NEXT_TICK_OR_OPENING = READ_NEXT_TICK | OPENING;
    var WRITE_PRIMARY_STATUS = OPEN_STATUS | WRITE_FINISHING | WRITE_DONE;
    var WRITE_QUEUED_AND_UNDRAINED = WRITE_QUEUED | WRITE_UNDRAINED;
    var WRITE_QUEUED_AND_ACTIVE = WRITE_QUEUED | WRITE_ACTIVE;
    var WRITE_DRAIN_STATUS = WRITE_QUEUED | WRITE_UNDRAINED | OPEN_STATUS | WRITE_ACTIVE;
    var WRITE_STATUS = OPEN_STATUS | WRITE_ACTIVE | WRITE_QUEUED | WRITE_CORKED;
    var WRITE_PRIMARY_AND_ACTIVE = WRITE_PRIMARY | WRITE_ACTIVE;
    var WRITE_ACTIVE_AND_WRITING = WRITE_ACTIVE | WRITE_WRITING;
    var WRITE_FINISHING_STATUS = OPEN_STATUS | WRITE_FINISHING | WRITE_QUEUED_AND_ACTIVE | WRITE_DONE;
    var WRITE_BACKPRESSURE_STATUS = WRITE_UNDRAINED | DESTROY_STATUS | WRITE_FINISHING | WRITE_DONE;
    var WRITE_UPDATE_SYNC_STATUS = WRITE_UPDATING | OPEN_STATUS | WRITE_NEXT_TICK | WRITE_PRIMARY;
    var WRITE_DROP_DATA = WRITE_FINISHING | WRITE_DONE | DESTROY_STATUS;
    var asyncIterator = Symbol.asyncIterator || /* @__PURE__ */ Symbol("asyncIterator");
    var WritableState = class {
      constructor(stream, { highWaterMark = 16384, map = null, mapWritable, byteLength, byteLengthWritable } = {}) {
        this.stream = stream;
        this.queue = new FIFO();
        this.highWaterMark = highWaterMark;
        this.buffered = 0;
        this.error = null;
        this.pipeline = null;
        this.drains = null;
        this.byteLength = byteLengthWritable || byteLength || defaultByteLength;
        this.map = mapWritable || map;
        this.afterWrite = afterWrite.bind(this);
        this.afterUpdateNextTick = updateWriteNT.bind(this);
      }
      get ending() {
        return (this.stream._duplexState & WRITE_FINISHING) !== 0;
      }
      get ended() {
        return (this.stream._duplexState & WRITE_DONE) !== 0;
      }
      push(data) {
        if ((this.stream._duplexState & WRITE_DROP_DATA) !== 0) return false;
        if (this.map !== null) data = this.map(data);
        this.buffered += this.byteLength(data);
        this.queue.push(data);
        if (this.buffered < this.highWaterMark) {
          this.stream._duplexState |= WRITE_QUEUED;
          return true;
        }
        this.stream._duplexState |= WRITE_QUEUED_AND_UNDRAINED;
        return false;
      }
      shift() {
        const data = this.queue.shift();
        this.buffered -= this.byteLength(data);
        if (this.buffered === 0) this.stream._duplexState &= WRITE_NOT_QUEUED;
        return data;
      }
      end(data) {
        if (typeof data === "function") {
          this.stream.once("finish", data);
        } else if (data !== void 0 && data !== null) {
          this.push(data);
        }
        this.stream._duplexState = (this.stream._duplexState | WRITE_FINISHING) & WRITE_NON_PRIMARY;
      }
      autoBatch(data, cb) {
        const buffer2 = [];
        const stream = this.stream;
        buffer2.push(data);
        while ((stream._duplexState & WRITE_STATUS) === WRITE_QUEUED_AND_ACTIVE) {
          buffer2.push(stream._writableState.shift());
        }
        if ((stream._duplexState & OPEN_STATUS) !== 0) return cb(null);
        stream._writev(buffer2, cb);
      }
      update() {
        const stream = this.stream;
        stream._duplexState |= WRITE_UPDATING;
        do {
          while ((stream._duplexState & WRITE_STATUS) === WRITE_QUEUED) {
            const data = this.shift();
            stream._duplexState |= WRITE_ACTIVE_AND_WRITING;
            stream._write(data, this.afterWrite);
          }
          if ((stream._duplexState & WRITE_PRIMARY_AND_ACTIVE) === 0) this.updateNonPrimary();
        } while (this.continueUpdate() === true);
        stream._duplexState &= WRITE_NOT_UPDATING;
      }
      updateNonPrimary() {
        const stream = this.stream;
        if ((stream._duplexState & WRITE_FINISHING_STATUS) === WRITE_FINISHING) {
          stream._duplexState = stream._duplexState | WRITE_ACTIVE;
          stream._final(afterFinal.bind(this));
          return;
        }
        if ((stream._duplexState & DESTROY_STATUS) === DESTROYING) {
          if ((stream._duplexState & ACTIVE_OR_TICKING) === 0) {
            stream._duplexState |= ACTIVE;
            stream._destroy(afterDestroy.bind(this));
          }
          return;
        }
        if ((stream._duplexState & IS_OPENING) === OPENING) {
          stream._duplexState = (stream._duplexState | ACTIVE) & NOT_OPENING;
          stream._open(afterOpen.bind(this));
        }
      }
      continueUpdate() {
        if ((this.stream._duplexState & WRITE_NEXT_TICK) === 0) return false;
        this.stream._duplexState &= WRITE_NOT_NEXT_TICK;
        return true;
      }
      updateCallback() {
        if ((this.stream._duplexState & WRITE_UPDATE_SYNC_STATUS) === WRITE_PRIMARY) {
          this.update();
        } else {
          this.updateNextTick();
        }
      }
      updateNextTick() {
        if ((this.stream._duplexState & WRITE_NEXT_TICK) !== 0) return;
        this.stream._duplexState |= WRITE_NEXT_TICK;
        if ((this.stream._duplexState & WRITE_UPDATING) === 0) qmt(this.afterUpdateNextTick);
      }
    };
    var ReadableState = class {
      constructor(stream, { highWaterMark = 16384, map = null, mapReadable, byteLength, byteLengthReadable } = {}) {
        this.stream = stream;
        this.queue = new FIFO();
        this.highWaterMark = highWaterMark === 0 ? 1 : highWaterMark;
        this.buffered = 0;
        this.readAhead = highWaterMark > 0;
        this.error = null;
        this.pipeline = null;
        this.byteLength = byteLengthReadable || byteLength || defaultByteLength;
        this.map = mapReadable || map;
        this.pipeTo = null;
        this.afterRead = afterRead.bind(this);
        this.afterUpdateNextTick = updateReadNT.bind(this);
      }
      get ending() {
        return (this.stream._duplexState & READ_ENDING) !== 0;
      }
      get ended() {
        return (this.stream._duplexState & READ_DONE) !== 0;
      }
      pipe(pipeTo, cb) {
        if (this.pipeTo !== null) throw StreamError.BAD_ARGUMENT("Can only pipe to one destination");
        if (typeof cb !== "function") cb = null;
        this.stream._duplexState |= READ_PIPE_DRAINED;
        this.pipeTo = pipeTo;
        this.pipeline = new Pipeline(this.stream, pipeTo, cb);
        if (cb) this.stream.on("error", noop);
        if (isStreamx(pipeTo)) {
          pipeTo._writableState.pipeline = this.pipeline;
          if (cb) pipeTo.on("error", noop);
          pipeTo.on("finish", this.pipeline.finished.bind(this.pipeline));
        } else {
          const onerror = this.pipeline.done.bind(this.pipeline, pipeTo);
          const onclose = this.pipeline.done.bind(this.pipeline, pipeTo, null);
          pipeTo.on("error", onerror);
          pipeTo.on("close", onclose);
          pipeTo.on("finish", this.pipeline.finished.bind(this.pipeline));
        }
        pipeTo.on("drain", afterDrain.bind(this));
        this.stream.emit("piping", pipeTo);
        pipeTo.emit("pipe", this.stream);
      }
      push(data) {
        const stream = this.stream;
        if (data === null) {
          this.highWaterMark = 0;
          stream._duplexState = (stream._duplexState | READ_ENDING) & READ_NON_PRIMARY_AND_PUSHED;
          return false;
        }
        if (this.map !== null) {
          data = this.map(data);
          if (data === null) {
            stream._duplexState &= READ_PUSHED;
            return this.buffered < this.highWaterMark;
          }
        }
        this.buffered += this.byteLength(data);
        this.queue.push(data);
        stream._duplexState = (stream._duplexState | READ_QUEUED) & READ_PUSHED;
        return this.buffered < this.highWaterMark;
      }
      shift() {
        const data = this.queue.shift();
        this.buffered -= this.byteLength(data);
        if (this.buffered === 0) {
          this.stream._duplexState &= READ_NOT_QUEUED;
        }
        return data;
      }
      unshift(data) {
        const pending = [this.map !== null ? this.map(data) : data];
        while (this.buffered > 0) pending.push(this.shift());
        for (let i = 0; i < pending.length - 1; i++) {
          const data2 = pending[i];
          this.buffered += this.byteLength(data2);
          this.queue.push(data2);
        }
        this.push(pending[pending.length - 1]);
      }
      read() {
        const stream = this.stream;
        if ((stream._duplexState & READ_STATUS) === READ_QUEUED) {
          const data = this.shift();
          if (this.pipeTo !== null && this.pipeTo.write(data) === false) {
            stream._duplexState &= READ_PIPE_NOT_DRAINED;
          }
          if ((stream._duplexState & READ_EMIT_DATA) !== 0) {
            stream.emit("data", data);
          }
          return data;
        }
        if (this.readAhead === false) {
          stream._duplexState |= READ_READ_AHEAD;
          this.updateNextTick();
        }
        return null;
      }
      drain() {
        const stream = this.stream;
        while ((stream._duplexState & READ_STATUS) === READ_QUEUED && (stream._duplexState & READ_FLOWING) !== 0) {
          const data = this.shift();
          if (this.pipeTo !== null && this.pipeTo.write(data) === false) {
            stream._duplexState &= READ_PIPE_NOT_DRAINED;
          }
          if ((stream._duplexState & READ_EMIT_DATA) !== 0) {
            stream.emit("data", data);
          }
        }
      }
      update() {
        const stream = this.stream;
        stream._duplexState |= READ_UPDATING;
        do {
          this.drain();
          while (this.buffered < this.highWaterMark && (stream._duplexState & SHOULD_NOT_READ) === READ_READ_AHEAD) {
            stream._duplexState |= READ_ACTIVE_AND_NEEDS_PUSH;
            stream._read(this.afterRead);
            this.drain();
          }
          if ((stream._duplexState & READ_READABLE_STATUS) === READ_EMIT_READABLE_AND_QUEUED) {
            stream._duplexState |= READ_EMITTED_READABLE;
            stream.emit("readable");
          }
          if ((stream._duplexState & READ_PRIMARY_AND_ACTIVE) === 0) {
            this.updateNonPrimary();
          }
        } while (this.continueUpdate() === true);
        stream._duplexState &= READ_NOT_UPDATING;
      }
      updateNonPrimary() {
        const stream = this.stream;
        if ((stream._duplexState & READ_ENDING_STATUS) === READ_ENDING) {
          stream._duplexState = (stream._duplexState | READ_DONE) & READ_NOT_ENDING;
          stream.emit("end");
          if ((stream._duplexState & AUTO_DESTROY) === DONE) {
            stream._duplexState |= DESTROYING;
          }
          if (this.pipeTo !== null) {
            this.pipeTo.end();
          }
        }
        if ((stream._duplexState & DESTROY_STATUS) === DESTROYING) {
          if ((stream._duplexState & ACTIVE_OR_TICKING) === 0) {
            stream._duplexState |= ACTIVE;
            stream._destroy(afterDestroy.bind(this));
          }
          return;
        }
        if ((stream._duplexState & IS_OPENING) === OPENING) {
          stream._duplexState = (stream._duplexState | ACTIVE) & NOT_OPENING;
          stream._open(afterOpen.bind(this));
        }
      }
      continueUpdate() {
        if ((this.stream._duplexState & READ_NEXT_TICK) === 0) return false;
        this.stream._duplexState &= READ_NOT_NEXT_TICK;
        return true;
      }
      updateCallback() {
        if ((this.stream._duplexState & READ_UPDATE_SYNC_STATUS) === READ_PRIMARY) {
          this.update();
        } else {
          this.updateNextTick();
        }
      }
      updateNextTickIfOpen() {
        if ((this.stream._duplexState & READ_NEXT_TICK_OR_OPENING) !== 0) return;
        this.stream._duplexState |= READ_NEXT_TICK;
        if ((this.stream._duplexState & READ_UPDATING) === 0) qmt(this.afterUpdateNextTick);
      }
      updateNextTick() {
        if ((this.stream._duplexState & READ_NEXT_TICK) !== 0) return;
        this.stream._duplexState |= READ_NEXT_TICK;
        if ((this.stream._duplexState & READ_UPDATING) === 0) qmt(this.afterUpdateNextTick);
      }
    };
    var TransformState = class {
      constructor(stream) {
        this.data = null;
        this.afterTransform = afterTransform.bind(stream);
        this.afterFinal = null;
      }
    };
    var Pipeline = class {
      constructor(src, dst, cb) {
        this.from = src;
        this.to = dst;
        this.afterPipe = cb;
        this.error = null;
        this.pipeToFinished = false;
      }
      finished() {
        this.pipeToFinished = true;
      }
      done(stream, err) {
        if (err) this.error = err;
        if (stream === this.to) {
          this.to = null;
          if (this.from !== null) {
            if ((this.from._duplexState & READ_DONE) === 0 || !this.pipeToFinished) {
              this.from.destroy(this.error || StreamError.PREMATURE_CLOSE("Writable stream closed"));
            }
            return;
          }
        }
        if (stream === this.from) {
          this.from = null;
          if (this.to !== null) {
            if ((stream._duplexState & READ_DONE) === 0) {
              this.to.destroy(this.error || StreamError.PREMATURE_CLOSE("Readable stream closed"));
            }
            return;
          }
        }
        if (this.afterPipe !== null) this.afterPipe(this.error);
        this.to = this.from = this.afterPipe = null;
      }
    };
    function afterDrain() {
      this.stream._duplexState |= READ_PIPE_DRAINED;
      this.updateCallback();
    }
    function afterFinal(err) {
      const stream = this.stream;
      if (err) stream.destroy(err);
      if ((stream._duplexState & DESTROY_STATUS) === 0) {
        stream._duplexState |= WRITE_DONE;
        stream.emit("finish");
      }
      if ((stream._duplexState & AUTO_DESTROY) === DONE) {
        stream._duplexState |= DESTROYING;
      }
      stream._duplexState &= WRITE_NOT_FINISHING;
      if ((stream._duplexState & WRITE_UPDATING) === 0) {
        this.update();
      } else {
        this.updateNextTick();
      }
    }
    function afterDestroy(err) {
      const stream = this.stream;
      if (!err && !StreamError.isStreamDestroyed(this.error)) err = this.error;
      if (err) stream.emit("error", err);
      stream._duplexState |= DESTROYED;
      stream.emit("close");
      const rs = stream._readableState;
      const ws = stream._writableState;
      if (rs !== null && rs.pipeline !== null) {
        rs.pipeline.done(stream, err);
      }
      if (ws !== null) {
        while (ws.drains !== null && ws.drains.length > 0) {
          ws.drains.shift().resolve(false);
        }
        if (ws.pipeline !== null) {
          ws.pipeline.done(stream, err);
        }
      }
    }
    function afterWrite(err) {
      const stream = this.stream;
      if (err) stream.destroy(err);
      stream._duplexState &= WRITE_NOT_ACTIVE;
      if (this.drains !== null) tickDrains(this.drains);
      if ((stream._duplexState & WRITE_DRAIN_STATUS) === WRITE_UNDRAINED) {
        stream._duplexState &= WRITE_DRAINED;
        if ((stream._duplexState & WRITE_EMIT_DRAIN) === WRITE_EMIT_DRAIN) {
          stream.emit("drain");
        }
      }
      this.updateCallback();
    }
    function afterRead(err) {
      if (err) this.stream.destroy(err);
      this.stream._duplexState &= READ_NOT_ACTIVE;
      if (this.readAhead === false && (this.stream._duplexState & READ_RESUMED) === 0) {
        this.stream._duplexState &= READ_NO_READ_AHEAD;
      }
      this.updateCallback();
    }
    function updateReadNT() {
      if ((this.stream._duplexState & READ_UPDATING) === 0) {
        this.stream._duplexState &= READ_NOT_NEXT_TICK;
        this.update();
      }
    }
    function updateWriteNT() {
      if ((this.stream._duplexState & WRITE_UPDATING) === 0) {
        this.stream._duplexState &= WRITE_NOT_NEXT_TICK;
        this.update();
      }
    }
    function tickDrains(drains) {
      for (let i = 0; i < drains.length; i++) {
        if (--drains[i].writes === 0) {
          drains.shift().resolve(true);
          i--;
        }
      }
    }
    function afterOpen(err) {
      const stream = this.stream;
      if (err) stream.destroy(err);
      if ((stream._duplexState & DESTROYING) === 0) {
        if ((stream._duplexState & READ_PRIMARY_STATUS) === 0) {
          stream._duplexState |= READ_PRIMARY;
        }
        if ((stream._duplexState & WRITE_PRIMARY_STATUS) === 0) {
          stream._duplexState |= WRITE_PRIMARY;
        }
        stream.emit("open");
      }
      stream._duplexState &= NOT_ACTIVE;
      if (stream._writableState !== null) {
        stream._writableState.updateCallback();
      }
      if (stream._readableState !== null) {
        stream._readableState.updateCallback();
      }
    }
    function afterTransform(err, data) {
      if (data !== void 0 && data !== null) this.push(data);
      this._writableState.afterWrite(err);
    }
    function newListener(name) {
      if (this._readableState !== null) {
        if (name === "data") {
          this._duplexState |= READ_EMIT_DATA | READ_RESUMED_READ_AHEAD;
          this._readableState.updateNextTick();
        }
        if (name === "readable") {
          this._duplexState |= READ_EMIT_READABLE;
          this._readableState.updateNextTick();
        }
      }
      if (this._writableState !== null) {
        if (name === "drain") {
          this._duplexState |= WRITE_EMIT_DRAIN;
          this._writableState.updateNextTick();
        }
      }
    }
    var Stream = class extends EventEmitter {
      constructor(opts) {
        super();
        this._duplexState = 0;
        this._readableState = null;
        this._writableState = null;
        if (opts) {
          if (opts.open) this._open = opts.open;
          if (opts.destroy) this._destroy = opts.destroy;
          if (opts.predestroy) this._predestroy = opts.predestroy;
          if (opts.signal) opts.signal.addEventListener("abort", abort.bind(this));
        }
        this.on("newListener", newListener);
      }
      _open(cb) {
        cb(null);
      }
      _destroy(cb) {
        cb(null);
      }
      _predestroy() {
      }
      get readable() {
        return this._readableState !== null ? true : void 0;
      }
      get writable() {
        return this._writableState !== null ? true : void 0;
      }
      get destroyed() {
        return (this._duplexState & DESTROYED) !== 0;
      }
      get destroying() {
        return (this._duplexState & DESTROY_STATUS) !== 0;
      }
      destroy(err) {
        if ((this._duplexState & DESTROY_STATUS) === 0) {
          if (!err) err = StreamError.STREAM_DESTROYED();
          this._duplexState = (this._duplexState | DESTROYING) & NON_PRIMARY;
          if (this._readableState !== null) {
            this._readableState.highWaterMark = 0;
            this._readableState.error = err;
          }
          if (this._writableState !== null) {
            this._writableState.highWaterMark = 0;
            this._writableState.error = err;
          }
          this._duplexState |= PREDESTROYING;
          this._predestroy();
          this._duplexState &= NOT_PREDESTROYING;
          if (this._readableState !== null) {
            this._readableState.updateNextTick();
          }
          if (this._writableState !== null) {
            this._writableState.updateNextTick();
          }
        }
      }
    };
    var Readable3 = class _Readable extends Stream {
      constructor(opts) {
        super(opts);
        this._duplexState |= OPENING | WRITE_DONE | READ_READ_AHEAD;
        this._readableState = new ReadableState(this, opts);
        if (opts) {
          if (this._readableState.readAhead === false) this._duplexState &= READ_NO_READ_AHEAD;
          if (opts.read) this._read = opts.read;
          if (opts.eagerOpen) this._readableState.updateNextTick();
          if (opts.encoding) this.setEncoding(opts.encoding);
        }
      }
      static deferred(fn, opts) {
        const out = new PassThrough(opts);
        fn().then((src) => {
          if (src === null) return out.end();
          if (out.destroying) return;
          pipeline2(src, out, noop);
        }).catch((err) => out.destroy(err));
        return out;
      }
      setEncoding(encoding) {
        const dec = new TextDecoder(encoding);
        const map = this._readableState.map || echo;
        this._readableState.map = mapOrSkip;
        return this;
        function mapOrSkip(data) {
          const next = dec.push(data);
          return next === "" && (data.byteLength !== 0 || dec.remaining > 0) ? null : map(next);
        }
      }
      _read(cb) {
        cb(null);
      }
      pipe(dest, cb) {
        this._readableState.updateNextTick();
        this._readableState.pipe(dest, cb);
        return dest;
      }
      read() {
        this._readableState.updateNextTick();
        return this._readableState.read();
      }
      push(data) {
        this._readableState.updateNextTickIfOpen();
        return this._readableState.push(data);
      }
      unshift(data) {
        this._readableState.updateNextTickIfOpen();
        return this._readableState.unshift(data);
      }
      resume() {
        this._duplexState |= READ_RESUMED_READ_AHEAD;
        this._readableState.updateNextTick();
        return this;
      }
      pause() {
        this._duplexState &= this._readableState.readAhead === false ? READ_PAUSED_NO_READ_AHEAD : READ_PAUSED;
        return this;
      }
      static _fromAsyncIterator(ite, opts) {
        let destroy;
        const rs = new _Readable({
          ...opts,
          read(cb) {
            ite.next().then(push).then(cb.bind(null, null)).catch(cb);
          },
          predestroy() {
            destroy = ite.return();
          },
          destroy(cb) {
            if (!destroy) return cb(null);
            destroy.then(cb.bind(null, null)).catch(cb);
          }
        });
        return rs;
        function push(data) {
          if (data.done) rs.push(null);
          else rs.push(data.value);
        }
      }
      static from(data, opts) {
        if (isReadStreamx(data)) return data;
        if (data[asyncIterator]) return this._fromAsyncIterator(data[asyncIterator](), opts);
        if (!Array.isArray(data)) data = data === void 0 ? [] : [data];
        let i = 0;
        return new _Readable({
          ...opts,
          read(cb) {
            this.push(i === data.length ? null : data[i++]);
            cb(null);
          }
        });
      }
      static isBackpressured(rs) {
        return (rs._duplexState & READ_BACKPRESSURE_STATUS) !== 0 || rs._readableState.buffered >= rs._readableState.highWaterMark;
      }
      static isPaused(rs) {
        return (rs._duplexState & READ_RESUMED) === 0;
      }
      [asyncIterator]() {
        const stream = this;
        let error = null;
        let promiseResolve = null;
        let promiseReject = null;
        this.on("error", (err) => {
          error = err;
        });
        this.on("readable", onreadable);
        this.on("close", onclose);
        return {
          [asyncIterator]() {
            return this;
          },
          next() {
            return new Promise(function(resolve2, reject) {
              promiseResolve = resolve2;
              promiseReject = reject;
              const data = stream.read();
              if (data !== null) ondata(data);
              else if ((stream._duplexState & DESTROYED) !== 0) ondata(null);
            });
          },
          return() {
            return destroy(null);
          },
          throw(err) {
            return destroy(err);
          }
        };
        function onreadable() {
          if (promiseResolve !== null) ondata(stream.read());
        }
        function onclose() {
          if (promiseResolve !== null) ondata(null);
        }
        function ondata(data) {
          if (promiseReject === null) return;
          if (error) {
            promiseReject(error);
          } else if (data === null && (stream._duplexState & READ_DONE) === 0) {
            promiseReject(StreamError.STREAM_DESTROYED());
          } else {
            promiseResolve({ value: data, done: data === null });
          }
          promiseReject = promiseResolve = null;
        }
        function destroy(err) {
          stream.destroy(err);
          return new Promise((resolve2, reject) => {
            if (stream._duplexState & DESTROYED) return resolve2({ value: void 0, done: true });
            stream.once("close", function() {
              if (err) reject(err);
              else resolve2({ value: void 0, done: true });
            });
          });
        }
      }
    };
    var Writable = class extends Stream {
      constructor(opts) {
        super(opts);
        this._duplexState |= OPENING | READ_DONE;
        this._writableState = new WritableState(this, opts);
        if (opts) {
          if (opts.writev) this._writev = opts.writev;
          if (opts.write) this._write = opts.write;
          if (opts.final) this._final = opts.final;
          if (opts.eagerOpen) this._writableState.updateNextTick();
        }
      }
      cork() {
        this._duplexState |= WRITE_CORKED;
      }
      uncork() {
        this._duplexState &= WRITE_NOT_CORKED;
        this._writableState.updateNextTick();
      }
      _writev(batch, cb) {
        cb(null);
      }
      _write(data, cb) {
        this._writableState.autoBatch(data, cb);
      }
      _final(cb) {
        cb(null);
      }
      static isBackpressured(ws) {
        return (ws._duplexState & WRITE_BACKPRESSURE_STATUS) !== 0;
      }
      static drained(ws) {
        if (ws.destroyed) return Promise.resolve(false);
        const state = ws._writableState;
        const pending = isWritev(ws) ? Math.min(1, state.queue.length) : state.queue.length;
        const writes = pending + (ws._duplexState & WRITE_WRITING ? 1 : 0);
        if (writes === 0) return Promise.resolve(true);
        if (state.drains === null) state.drains = [];
        return new Promise((resolve2) => {
          state.drains.push({ writes, resolve: resolve2 });
        });
      }
      write(data) {
        this._writableState.updateNextTick();
        return this._writableState.push(data);
      }
      end(data) {
        this._writableState.updateNextTick();
        this._writableState.end(data);
        return this;
      }
    };
    var Duplex = class extends Readable3 {
      // and Writable
      constructor(opts) {
        super(opts);
        this._duplexState = OPENING | this._duplexState & READ_READ_AHEAD;
        this._writableState = new WritableState(this, opts);
        if (opts) {
          if (opts.writev) this._writev = opts.writev;
          if (opts.write) this._write = opts.write;
          if (opts.final) this._final = opts.final;
        }
      }
      cork() {
        this._duplexState |= WRITE_CORKED;
      }
      uncork() {
        this._duplexState &= WRITE_NOT_CORKED;
        this._writableState.updateNextTick();
      }
      _writev(batch, cb) {
        cb(null);
      }
      _write(data, cb) {
        this._writableState.autoBatch(data, cb);
      }
      _final(cb) {
        cb(null);
      }
      write(data) {
        this._writableState.updateNextTick();
        return this._writableState.push(data);
      }
      end(data) {
        this._writableState.updateNextTick();
        this._writableState.end(data);
        return this;
      }
    };
    var Transform = class extends Duplex {
      constructor(opts) {
        super(opts);
        this._transformState = new TransformState(this);
        if (opts) {
          if (opts.transform) this._transform = opts.transform;
          if (opts.flush) this._flush = opts.flush;
        }
      }
      _write(data, cb) {
        if (this._readableState.buffered >= this._readableState.highWaterMark) {
          this._transformState.data = data;
        } else {
          this._transform(data, this._transformState.afterTransform);
        }
      }
      _read(cb) {
        if (this._transformState.data !== null) {
          const data = this._transformState.data;
          this._transformState.data = null;
          cb(null);
          this._transform(data, this._transformState.afterTransform);
        } else {
          cb(null);
        }
      }
      destroy(err) {
        super.destroy(err);
        if (this._transformState.data !== null) {
          this._transformState.data = null;
          this._transformState.afterTransform();
        }
      }
      _transform(data, cb) {
        cb(null, data);
      }
      _flush(cb) {
        cb(null);
      }
      _final(cb) {
        this._transformState.afterFinal = cb;
        this._flush(transformAfterFlush.bind(this));
      }
    };
    var PassThrough = class extends Transform {
    };
    function transformAfterFlush(err, data) {
      const cb = this._transformState.afterFinal;
      if (err) return cb(err);
      if (data !== null && data !== void 0) this.push(data);
      this.push(null);
      cb(null);
    }
    function pipelinePromise(...streams) {
      return new Promise((resolve2, reject) => {
        return pipeline2(...streams, (err) => {
          if (err) return reject(err);
          resolve2();
        });
      });
    }
    function pipeline2(stream, ...streams) {
      const all = Array.isArray(stream) ? [...stream, ...streams] : [stream, ...streams];
      const done = all.length && typeof all[all.length - 1] === "function" ? all.pop() : null;
      if (all.length < 2) throw StreamError.BAD_ARGUMENT("Pipeline requires at least 2 streams");
      let src = all[0];
      let dest = null;
      let error = null;
      for (let i = 1; i < all.length; i++) {
        dest = all[i];
        if (isStreamx(src)) {
          src.pipe(dest, onerror);
        } else {
          errorHandle(src, true, i > 1, onerror);
          src.pipe(dest);
        }
        src = dest;
      }
      if (done) {
        let fin = false;
        const autoDestroy = isStreamx(dest) || !!(dest._writableState && dest._writableState.autoDestroy);
        dest.on("error", (err) => {
          if (error === null) error = err;
        });
        dest.on("finish", () => {
          fin = true;
          if (!autoDestroy) done(error);
        });
        if (autoDestroy) {
          dest.on("close", () => done(error || (fin ? null : StreamError.PREMATURE_CLOSE())));
        }
      }
      return dest;
      function errorHandle(s, rd, wr, onerror2) {
        s.on("error", onerror2);
        s.on("close", onclose);
        function onclose() {
          if (rd && s._readableState && !s._readableState.ended) {
            return onerror2(StreamError.PREMATURE_CLOSE());
          }
          if (wr && s._writableState && !s._writableState.ended) {
            return onerror2(StreamError.PREMATURE_CLOSE());
          }
        }
      }
      function onerror(err) {
        if (!err || error) return;
        error = err;
        for (const s of all) {
          s.destroy(err);
        }
      }
    }
    function echo(s) {
      return s;
    }
    function isStream(stream) {
      return !!stream._readableState || !!stream._writableState;
    }
    function isStreamx(stream) {
      return typeof stream._duplexState === "number" && isStream(stream);
    }
    function isEnding(stream) {
      return !!stream._readableState && stream._readableState.ending;
    }
    function isEnded(stream) {
      return !!stream._readableState && stream._readableState.ended;
    }
    function isFinishing(stream) {
      return !!stream._writableState && stream._writableState.ending;
    }
    function isFinished(stream) {
      return !!stream._writableState && stream._writableState.ended;
    }
    function getStreamError(stream, opts = {}) {
      const err = stream._readableState && stream._readableState.error || stream._writableState && stream._writableState.error;
      return !opts.all && StreamError.isStreamDestroyed(err) ? null : err;
    }
    function isReadStreamx(stream) {
      return isStreamx(stream) && stream.readable;
    }
    function isDisturbed(stream) {
      return (stream._duplexState & OPENING) !== OPENING || (stream._duplexState & DESTROYING) === DESTROYING || (stream._duplexState & ACTIVE_OR_TICKING) !== 0;
    }
    function isTypedArray(data) {
      return typeof data === "object" && data !== null && typeof data.byteLength === "number";
    }
    function defaultByteLength(data) {
      return isTypedArray(data) ? data.byteLength : 1024;
    }
    function noop() {
    }
    function abort() {
      this.destroy(StreamError.ABORTED());
    }
    function isWritev(s) {
      return s._writev !== Writable.prototype._writev && s._writev !== Duplex.prototype._writev;
    }
    module.exports = {
      pipeline: pipeline2,
      pipelinePromise,
      isStream,
      isStreamx,
      isEnding,
      isEnded,
      isFinishing,
      isFinished,
      isDisturbed,
      getStreamError,
      Stream,
      Writable,
      Readable: Readable3,
      Duplex,
      Transform,
      // Export PassThrough for compatibility with Node.js core's stream module
      PassThrough
    };
  }
});

// packages/oci/node_modules/tar-stream/headers.js
var require_headers = __commonJS({
  "packages/oci/node_modules/tar-stream/headers.js"(exports) {
    var b4a = require_b4a();
    var ZEROS = "0000000000000000000";
    var SEVENS = "7777777777777777777";
    var ZERO_OFFSET = "0".charCodeAt(0);
    var USTAR_MAGIC = b4a.from([117, 115, 116, 97, 114, 0]);
    var USTAR_VER = b4a.from([ZERO_OFFSET, ZERO_OFFSET]);
    var GNU_MAGIC = b4a.from([117, 115, 116, 97, 114, 32]);
    var GNU_VER = b4a.from([32, 0]);
    var MASK = 4095;
    var MAGIC_OFFSET = 257;
    var VERSION_OFFSET = 263;
    exports.decodeLongPath = function decodeLongPath(buf, encoding) {
      return decodeStr(buf, 0, buf.length, encoding);
    };
    exports.encodePax = function encodePax(opts) {
      let result = "";
      if (opts.name) result += addLength(" path=" + opts.name + "\n");
      if (opts.linkname) result += addLength(" linkpath=" + opts.linkname + "\n");
      const pax = opts.pax;
      if (pax) {
        for (const key in pax) {
          result += addLength(" " + key + "=" + pax[key] + "\n");
        }
      }
      return b4a.from(result);
    };
    exports.decodePax = function decodePax(buf) {
      const result = {};
      while (buf.length) {
        let i = 0;
        while (i < buf.length && buf[i] !== 32) i++;
        const len = parseInt(b4a.toString(buf.subarray(0, i)), 10);
        if (!len) return result;
        const b = b4a.toString(buf.subarray(i + 1, len - 1));
        const keyIndex = b.indexOf("=");
        if (keyIndex === -1) return result;
        result[b.slice(0, keyIndex)] = b.slice(keyIndex + 1);
        buf = buf.subarray(len);
      }
      return result;
    };
    exports.encode = function encode(opts) {
      const buf = b4a.alloc(512);
      let name = opts.name;
      let prefix = "";
      if (opts.typeflag === 5 && name[name.length - 1] !== "/") name += "/";
      if (b4a.byteLength(name) !== name.length) return null;
      while (b4a.byteLength(name) > 100) {
        const i = name.indexOf("/");
        if (i === -1) return null;
        prefix += prefix ? "/" + name.slice(0, i) : name.slice(0, i);
        name = name.slice(i + 1);
      }
      if (b4a.byteLength(name) > 100 || b4a.byteLength(prefix) > 155) return null;
      if (opts.linkname && b4a.byteLength(opts.linkname) > 100) return null;
      b4a.write(buf, name);
      b4a.write(buf, encodeOct(opts.mode & MASK, 6), 100);
      b4a.write(buf, encodeOct(opts.uid, 6), 108);
      b4a.write(buf, encodeOct(opts.gid, 6), 116);
      encodeSize(opts.size, buf, 124);
      b4a.write(buf, encodeOct(opts.mtime.getTime() / 1e3 | 0, 11), 136);
      buf[156] = ZERO_OFFSET + toTypeflag(opts.type);
      if (opts.linkname) b4a.write(buf, opts.linkname, 157);
      b4a.copy(USTAR_MAGIC, buf, MAGIC_OFFSET);
      b4a.copy(USTAR_VER, buf, VERSION_OFFSET);
      if (opts.uname) b4a.write(buf, opts.uname, 265);
      if (opts.gname) b4a.write(buf, opts.gname, 297);
      b4a.write(buf, encodeOct(opts.devmajor || 0, 6), 329);
      b4a.write(buf, encodeOct(opts.devminor || 0, 6), 337);
      if (prefix) b4a.write(buf, prefix, 345);
      b4a.write(buf, encodeOct(cksum(buf), 6), 148);
      return buf;
    };
    exports.decode = function decode(buf, filenameEncoding, allowUnknownFormat) {
      let typeflag = buf[156] === 0 ? 0 : buf[156] - ZERO_OFFSET;
      let name = decodeStr(buf, 0, 100, filenameEncoding);
      const mode = decodeOct(buf, 100, 8);
      const uid = decodeOct(buf, 108, 8);
      const gid = decodeOct(buf, 116, 8);
      const size = decodeOct(buf, 124, 12);
      const mtime = decodeOct(buf, 136, 12);
      const type = toType(typeflag);
      const linkname = buf[157] === 0 ? null : decodeStr(buf, 157, 100, filenameEncoding);
      const uname = decodeStr(buf, 265, 32);
      const gname = decodeStr(buf, 297, 32);
      const devmajor = decodeOct(buf, 329, 8);
      const devminor = decodeOct(buf, 337, 8);
      const c = cksum(buf);
      if (c === 8 * 32) return null;
      if (c !== decodeOct(buf, 148, 8)) throw new Error("Invalid tar header. Maybe the tar is corrupted or it needs to be gunzipped?");
      if (isUSTAR(buf)) {
        if (buf[345]) name = decodeStr(buf, 345, 155, filenameEncoding) + "/" + name;
      } else if (isGNU(buf)) {
      } else {
        if (!allowUnknownFormat) {
          throw new Error("Invalid tar header: unknown format.");
        }
      }
      if (typeflag === 0 && name && name[name.length - 1] === "/") typeflag = 5;
      return {
        name,
        mode,
        uid,
        gid,
        size,
        byteOffset: 0,
        mtime: new Date(1e3 * mtime),
        type,
        linkname,
        uname,
        gname,
        devmajor,
        devminor,
        pax: null
      };
    };
    function isUSTAR(buf) {
      return b4a.equals(USTAR_MAGIC, buf.subarray(MAGIC_OFFSET, MAGIC_OFFSET + 6));
    }
    function isGNU(buf) {
      return b4a.equals(GNU_MAGIC, buf.subarray(MAGIC_OFFSET, MAGIC_OFFSET + 6)) && b4a.equals(GNU_VER, buf.subarray(VERSION_OFFSET, VERSION_OFFSET + 2));
    }
    function clamp(index, len, defaultValue) {
      if (typeof index !== "number") return defaultValue;
      index = ~~index;
      if (index >= len) return len;
      if (index >= 0) return index;
      index += len;
      if (index >= 0) return index;
      return 0;
    }
    function toType(flag) {
      switch (flag) {
        case 0:
          return "file";
        case 1:
          return "link";
        case 2:
          return "symlink";
        case 3:
          return "character-device";
        case 4:
          return "block-device";
        case 5:
          return "directory";
        case 6:
          return "fifo";
        case 7:
          return "contiguous-file";
        case 72:
          return "pax-header";
        case 55:
          return "pax-global-header";
        case 27:
          return "gnu-long-link-path";
        case 28:
        case 30:
          return "gnu-long-path";
      }
      return null;
    }
    function toTypeflag(flag) {
      switch (flag) {
        case "file":
          return 0;
        case "link":
          return 1;
        case "symlink":
          return 2;
        case "character-device":
          return 3;
        case "block-device":
          return 4;
        case "directory":
          return 5;
        case "fifo":
          return 6;
        case "contiguous-file":
          return 7;
        case "pax-header":
          return 72;
      }
      return 0;
    }
    function indexOf(block, num, offset, end) {
      for (; offset < end; offset++) {
        if (block[offset] === num) return offset;
      }
      return end;
    }
    function cksum(block) {
      let sum = 8 * 32;
      for (let i = 0; i < 148; i++) sum += block[i];
      for (let j = 156; j < 512; j++) sum += block[j];
      return sum;
    }
    function encodeOct(val, n) {
      val = val.toString(8);
      if (val.length > n) return SEVENS.slice(0, n) + " ";
      return ZEROS.slice(0, n - val.length) + val + " ";
    }
    function encodeSizeBin(num, buf, off) {
      buf[off] = 128;
      for (let i = 11; i > 0; i--) {
        buf[off + i] = num & 255;
        num = Math.floor(num / 256);
      }
    }
    function encodeSize(num, buf, off) {
      if (num.toString(8).length > 11) {
        encodeSizeBin(num, buf, off);
      } else {
        b4a.write(buf, encodeOct(num, 11), off);
      }
    }
    function parse256(buf) {
      let positive;
      if (buf[0] === 128) positive = true;
      else if (buf[0] === 255) positive = false;
      else return null;
      const tuple = [];
      let i;
      for (i = buf.length - 1; i > 0; i--) {
        const byte = buf[i];
        if (positive) tuple.push(byte);
        else tuple.push(255 - byte);
      }
      let sum = 0;
      const l = tuple.length;
      for (i = 0; i < l; i++) {
        sum += tuple[i] * Math.pow(256, i);
      }
      return positive ? sum : -1 * sum;
    }
    function decodeOct(val, offset, length) {
      val = val.subarray(offset, offset + length);
      offset = 0;
      if (val[offset] & 128) {
        return parse256(val);
      } else {
        while (offset < val.length && val[offset] === 32) offset++;
        const end = clamp(indexOf(val, 32, offset, val.length), val.length, val.length);
        while (offset < end && val[offset] === 0) offset++;
        if (end === offset) return 0;
        return parseInt(b4a.toString(val.subarray(offset, end)), 8);
      }
    }
    function decodeStr(val, offset, length, encoding) {
      return b4a.toString(val.subarray(offset, indexOf(val, 0, offset, offset + length)), encoding);
    }
    function addLength(str) {
      const len = b4a.byteLength(str);
      let digits = Math.floor(Math.log(len) / Math.log(10)) + 1;
      if (len + digits >= Math.pow(10, digits)) digits++;
      return len + digits + str;
    }
  }
});

// packages/oci/node_modules/tar-stream/extract.js
var require_extract = __commonJS({
  "packages/oci/node_modules/tar-stream/extract.js"(exports, module) {
    var { Writable, Readable: Readable3, getStreamError } = require_streamx();
    var FIFO = require_fast_fifo();
    var b4a = require_b4a();
    var headers = require_headers();
    var EMPTY = b4a.alloc(0);
    var MAX_HEADER_SIZE = 4 * 1024 * 1024;
    var BufferList = class {
      constructor() {
        this.buffered = 0;
        this.shifted = 0;
        this.queue = new FIFO();
        this._offset = 0;
      }
      push(buffer2) {
        this.buffered += buffer2.byteLength;
        this.queue.push(buffer2);
      }
      shiftFirst(size) {
        return this.buffered === 0 ? null : this._next(size);
      }
      shift(size) {
        if (size > this.buffered) return null;
        if (size === 0) return EMPTY;
        let chunk = this._next(size);
        if (size === chunk.byteLength) return chunk;
        const chunks = [chunk];
        while ((size -= chunk.byteLength) > 0) {
          chunk = this._next(size);
          chunks.push(chunk);
        }
        return b4a.concat(chunks);
      }
      _next(size) {
        const buf = this.queue.peek();
        const rem = buf.byteLength - this._offset;
        if (size >= rem) {
          const sub = this._offset ? buf.subarray(this._offset, buf.byteLength) : buf;
          this.queue.shift();
          this._offset = 0;
          this.buffered -= rem;
          this.shifted += rem;
          return sub;
        }
        this.buffered -= size;
        this.shifted += size;
        return buf.subarray(this._offset, this._offset += size);
      }
    };
    var Source = class extends Readable3 {
      constructor(self, header2, offset) {
        super();
        this.header = header2;
        this.offset = offset;
        this._parent = self;
      }
      _read(cb) {
        if (this.header.size === 0) {
          this.push(null);
        }
        if (this._parent._stream === this) {
          this._parent._update();
        }
        cb(null);
      }
      _predestroy() {
        this._parent.destroy(getStreamError(this));
      }
      _detach() {
        if (this._parent._stream === this) {
          this._parent._stream = null;
          this._parent._missing = overflow(this.header.size);
          this._parent._update();
        }
      }
      _destroy(cb) {
        this._detach();
        cb(null);
      }
    };
    var Extract = class extends Writable {
      constructor(opts) {
        super(opts);
        if (!opts) opts = {};
        this._buffer = new BufferList();
        this._offset = 0;
        this._header = null;
        this._stream = null;
        this._missing = 0;
        this._longHeader = false;
        this._callback = noop;
        this._locked = false;
        this._finished = false;
        this._pax = null;
        this._paxGlobal = null;
        this._gnuLongPath = null;
        this._gnuLongLinkPath = null;
        this._filenameEncoding = opts.filenameEncoding || "utf-8";
        this._allowUnknownFormat = !!opts.allowUnknownFormat;
        this._unlockBound = this._unlock.bind(this);
      }
      _unlock(err) {
        this._locked = false;
        if (err) {
          this.destroy(err);
          this._continueWrite(err);
          return;
        }
        this._update();
      }
      _consumeHeader() {
        if (this._locked) return false;
        this._offset = this._buffer.shifted;
        try {
          this._header = headers.decode(this._buffer.shift(512), this._filenameEncoding, this._allowUnknownFormat);
        } catch (err) {
          this._continueWrite(err);
          return false;
        }
        if (!this._header) return true;
        this._header.byteOffset = this._buffer.shifted;
        switch (this._header.type) {
          case "gnu-long-path":
          case "gnu-long-link-path":
          case "pax-global-header":
          case "pax-header":
            this._longHeader = true;
            this._missing = this._header.size;
            if (this._missing > MAX_HEADER_SIZE) {
              this._continueWrite(new Error("Header exceeds max size"));
              return false;
            }
            return true;
        }
        this._locked = true;
        this._applyLongHeaders();
        if (!(this._header.size >= 0)) {
          this._continueWrite(new Error("Invalid header"));
          return false;
        }
        if (this._header.size === 0 || this._header.type === "directory") {
          this.emit("entry", this._header, this._createStream(), this._unlockBound);
          return true;
        }
        this._stream = this._createStream();
        this._missing = this._header.size;
        this.emit("entry", this._header, this._stream, this._unlockBound);
        return true;
      }
      _applyLongHeaders() {
        if (this._gnuLongPath) {
          this._header.name = this._gnuLongPath;
          this._gnuLongPath = null;
        }
        if (this._gnuLongLinkPath) {
          this._header.linkname = this._gnuLongLinkPath;
          this._gnuLongLinkPath = null;
        }
        if (this._pax) {
          if (this._pax.path) this._header.name = this._pax.path;
          if (this._pax.linkpath) this._header.linkname = this._pax.linkpath;
          if (this._pax.size) this._header.size = parseInt(this._pax.size, 10);
          this._header.pax = this._pax;
          this._pax = null;
        }
      }
      _decodeLongHeader(buf) {
        switch (this._header.type) {
          case "gnu-long-path":
            this._gnuLongPath = headers.decodeLongPath(buf, this._filenameEncoding);
            break;
          case "gnu-long-link-path":
            this._gnuLongLinkPath = headers.decodeLongPath(buf, this._filenameEncoding);
            break;
          case "pax-global-header":
            this._paxGlobal = headers.decodePax(buf);
            break;
          case "pax-header":
            this._pax = this._paxGlobal === null ? headers.decodePax(buf) : Object.assign({}, this._paxGlobal, headers.decodePax(buf));
            break;
        }
      }
      _consumeLongHeader() {
        this._longHeader = false;
        this._missing = overflow(this._header.size);
        const buf = this._buffer.shift(this._header.size);
        try {
          this._decodeLongHeader(buf);
        } catch (err) {
          this._continueWrite(err);
          return false;
        }
        return true;
      }
      _consumeStream() {
        const buf = this._buffer.shiftFirst(this._missing);
        if (buf === null) return false;
        this._missing -= buf.byteLength;
        const drained = this._stream.push(buf);
        if (this._missing === 0) {
          this._stream.push(null);
          if (drained) this._stream._detach();
          return drained && this._locked === false;
        }
        return drained;
      }
      _createStream() {
        return new Source(this, this._header, this._offset);
      }
      _update() {
        while (this._buffer.buffered > 0 && !this.destroying) {
          if (this._missing > 0) {
            if (this._stream !== null) {
              if (this._consumeStream() === false) return;
              continue;
            }
            if (this._longHeader === true) {
              if (this._missing > this._buffer.buffered) break;
              if (this._consumeLongHeader() === false) return false;
              continue;
            }
            const ignore = this._buffer.shiftFirst(this._missing);
            if (ignore !== null) this._missing -= ignore.byteLength;
            continue;
          }
          if (this._buffer.buffered < 512) break;
          if (this._stream !== null || this._consumeHeader() === false) return;
        }
        this._continueWrite(null);
      }
      _continueWrite(err) {
        const cb = this._callback;
        this._callback = noop;
        cb(err);
      }
      _write(data, cb) {
        this._callback = cb;
        this._buffer.push(data);
        this._update();
      }
      _final(cb) {
        this._finished = this._missing === 0 && this._buffer.buffered === 0;
        cb(this._finished ? null : new Error("Unexpected end of data"));
      }
      _predestroy() {
        this._continueWrite(null);
      }
      _destroy(cb) {
        if (this._stream) this._stream.destroy(getStreamError(this));
        cb(null);
      }
      [Symbol.asyncIterator]() {
        let error = null;
        let promiseResolve = null;
        let promiseReject = null;
        let entryStream = null;
        let entryCallback = null;
        const extract = this;
        this.on("entry", onentry);
        this.on("error", (err) => {
          error = err;
        });
        this.on("close", onclose);
        return {
          [Symbol.asyncIterator]() {
            return this;
          },
          next() {
            return new Promise(onnext);
          },
          return() {
            return destroy(null);
          },
          throw(err) {
            return destroy(err);
          }
        };
        function consumeCallback(err) {
          if (!entryCallback) return;
          const cb = entryCallback;
          entryCallback = null;
          cb(err);
        }
        function onnext(resolve2, reject) {
          if (error) {
            return reject(error);
          }
          if (entryStream) {
            resolve2({ value: entryStream, done: false });
            entryStream = null;
            return;
          }
          promiseResolve = resolve2;
          promiseReject = reject;
          consumeCallback(null);
          if (extract._finished && promiseResolve) {
            promiseResolve({ value: void 0, done: true });
            promiseResolve = promiseReject = null;
          }
        }
        function onentry(header2, stream, callback) {
          entryCallback = callback;
          stream.on("error", noop);
          if (promiseResolve) {
            promiseResolve({ value: stream, done: false });
            promiseResolve = promiseReject = null;
          } else {
            entryStream = stream;
          }
        }
        function onclose() {
          consumeCallback(error);
          if (!promiseResolve) return;
          if (error) promiseReject(error);
          else promiseResolve({ value: void 0, done: true });
          promiseResolve = promiseReject = null;
        }
        function destroy(err) {
          extract.destroy(err);
          consumeCallback(err);
          return new Promise((resolve2, reject) => {
            if (extract.destroyed) return resolve2({ value: void 0, done: true });
            extract.once("close", function() {
              if (err) reject(err);
              else resolve2({ value: void 0, done: true });
            });
          });
        }
      }
    };
    module.exports = function extract(opts) {
      return new Extract(opts);
    };
    function noop() {
    }
    function overflow(size) {
      size &= 511;
      return size && 512 - size;
    }
  }
});

// packages/oci/node_modules/tar-stream/constants.js
var require_constants = __commonJS({
  "packages/oci/node_modules/tar-stream/constants.js"(exports, module) {
    var constants = {
      // just for envs without fs
      S_IFMT: 61440,
      S_IFDIR: 16384,
      S_IFCHR: 8192,
      S_IFBLK: 24576,
      S_IFIFO: 4096,
      S_IFLNK: 40960
    };
    try {
      module.exports = __require("fs").constants || constants;
    } catch {
      module.exports = constants;
    }
  }
});

// packages/oci/node_modules/tar-stream/pack.js
var require_pack = __commonJS({
  "packages/oci/node_modules/tar-stream/pack.js"(exports, module) {
    var { Readable: Readable3, Writable, getStreamError } = require_streamx();
    var b4a = require_b4a();
    var constants = require_constants();
    var headers = require_headers();
    var DMODE = 493;
    var FMODE = 420;
    var END_OF_TAR = b4a.alloc(1024);
    var Sink = class extends Writable {
      constructor(pack, header2, callback) {
        super({ mapWritable, eagerOpen: true });
        this.written = 0;
        this.header = header2;
        this._callback = callback;
        this._linkname = null;
        this._isLinkname = header2.type === "symlink" && !header2.linkname;
        this._isVoid = header2.type !== "file" && header2.type !== "contiguous-file";
        this._finished = false;
        this._pack = pack;
        this._openCallback = null;
        if (this._pack._stream === null) this._pack._stream = this;
        else this._pack._pending.push(this);
      }
      _open(cb) {
        this._openCallback = cb;
        if (this._pack._stream === this) this._continueOpen();
      }
      _continuePack(err) {
        if (this._callback === null) return;
        const callback = this._callback;
        this._callback = null;
        callback(err);
      }
      _continueOpen() {
        if (this._pack._stream === null) this._pack._stream = this;
        const cb = this._openCallback;
        this._openCallback = null;
        if (cb === null) return;
        if (this._pack.destroying) return cb(new Error("pack stream destroyed"));
        if (this._pack._finalized) return cb(new Error("pack stream is already finalized"));
        this._pack._stream = this;
        if (!this._isLinkname) {
          this._pack._encode(this.header);
        }
        if (this._isVoid) {
          this._finish();
          this._continuePack(null);
        }
        cb(null);
      }
      _write(data, cb) {
        if (this._isLinkname) {
          this._linkname = this._linkname ? b4a.concat([this._linkname, data]) : data;
          return cb(null);
        }
        if (this._isVoid) {
          if (data.byteLength > 0) {
            return cb(new Error("No body allowed for this entry"));
          }
          return cb();
        }
        this.written += data.byteLength;
        if (this._pack.push(data)) return cb();
        this._pack._drain = cb;
      }
      _finish() {
        if (this._finished) return;
        this._finished = true;
        if (this._isLinkname) {
          this.header.linkname = this._linkname ? b4a.toString(this._linkname, "utf-8") : "";
          this._pack._encode(this.header);
        }
        overflow(this._pack, this.header.size);
        this._pack._done(this);
      }
      _final(cb) {
        if (this.written !== this.header.size) {
          return cb(new Error("Size mismatch"));
        }
        this._finish();
        cb(null);
      }
      _getError() {
        return getStreamError(this) || new Error("tar entry destroyed");
      }
      _predestroy() {
        this._pack.destroy(this._getError());
      }
      _destroy(cb) {
        this._pack._done(this);
        this._continuePack(this._finished ? null : this._getError());
        cb();
      }
    };
    var Pack = class extends Readable3 {
      constructor(opts) {
        super(opts);
        this._drain = noop;
        this._finalized = false;
        this._finalizing = false;
        this._pending = [];
        this._stream = null;
      }
      entry(header2, buffer2, callback) {
        if (this._finalized || this.destroying) throw new Error("already finalized or destroyed");
        if (typeof buffer2 === "function") {
          callback = buffer2;
          buffer2 = null;
        }
        if (!callback) callback = noop;
        if (!header2.size || header2.type === "symlink") header2.size = 0;
        if (!header2.type) header2.type = modeToType(header2.mode);
        if (!header2.mode) header2.mode = header2.type === "directory" ? DMODE : FMODE;
        if (!header2.uid) header2.uid = 0;
        if (!header2.gid) header2.gid = 0;
        if (!header2.mtime) header2.mtime = /* @__PURE__ */ new Date();
        if (typeof buffer2 === "string") buffer2 = b4a.from(buffer2);
        const sink = new Sink(this, header2, callback);
        if (b4a.isBuffer(buffer2)) {
          header2.size = buffer2.byteLength;
          sink.write(buffer2);
          sink.end();
          return sink;
        }
        if (sink._isVoid) {
          return sink;
        }
        return sink;
      }
      finalize() {
        if (this._stream || this._pending.length > 0) {
          this._finalizing = true;
          return;
        }
        if (this._finalized) return;
        this._finalized = true;
        this.push(END_OF_TAR);
        this.push(null);
      }
      _done(stream) {
        if (stream !== this._stream) return;
        this._stream = null;
        if (this._finalizing) this.finalize();
        if (this._pending.length) this._pending.shift()._continueOpen();
      }
      _encode(header2) {
        if (!header2.pax) {
          const buf = headers.encode(header2);
          if (buf) {
            this.push(buf);
            return;
          }
        }
        this._encodePax(header2);
      }
      _encodePax(header2) {
        const paxHeader = headers.encodePax({
          name: header2.name,
          linkname: header2.linkname,
          pax: header2.pax
        });
        const newHeader = {
          name: "PaxHeader",
          mode: header2.mode,
          uid: header2.uid,
          gid: header2.gid,
          size: paxHeader.byteLength,
          mtime: header2.mtime,
          type: "pax-header",
          linkname: header2.linkname && "PaxHeader",
          uname: header2.uname,
          gname: header2.gname,
          devmajor: header2.devmajor,
          devminor: header2.devminor
        };
        this.push(headers.encode(newHeader));
        this.push(paxHeader);
        overflow(this, paxHeader.byteLength);
        newHeader.size = header2.size;
        newHeader.type = header2.type;
        this.push(headers.encode(newHeader));
      }
      _doDrain() {
        const drain = this._drain;
        this._drain = noop;
        drain();
      }
      _predestroy() {
        const err = getStreamError(this);
        if (this._stream) this._stream.destroy(err);
        while (this._pending.length) {
          const stream = this._pending.shift();
          stream.destroy(err);
          stream._continueOpen();
        }
        this._doDrain();
      }
      _read(cb) {
        this._doDrain();
        cb();
      }
    };
    module.exports = function pack(opts) {
      return new Pack(opts);
    };
    function modeToType(mode) {
      switch (mode & constants.S_IFMT) {
        case constants.S_IFBLK:
          return "block-device";
        case constants.S_IFCHR:
          return "character-device";
        case constants.S_IFDIR:
          return "directory";
        case constants.S_IFIFO:
          return "fifo";
        case constants.S_IFLNK:
          return "symlink";
      }
      return "file";
    }
    function noop() {
    }
    function overflow(self, size) {
      size &= 511;
      if (size) self.push(END_OF_TAR.subarray(0, 512 - size));
    }
    function mapWritable(buf) {
      return b4a.isBuffer(buf) ? buf : b4a.from(buf);
    }
  }
});

// packages/oci/node_modules/tar-stream/index.js
var require_tar_stream = __commonJS({
  "packages/oci/node_modules/tar-stream/index.js"(exports) {
    exports.extract = require_extract();
    exports.pack = require_pack();
  }
});

// packages/oci/src/canonical-json.ts
function canonicalJson(value) {
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item ?? null)).join(",")}]`;
  if (value !== null && typeof value === "object") return canonicalObject(value);
  if (typeof value === "number" && !Number.isFinite(value)) throw new Error(`JSON has no ${value}`);
  return JSON.stringify(value ?? null);
}
function canonicalObject(object) {
  const members = Object.keys(object).filter((key) => object[key] !== void 0).sort().map((key) => `${JSON.stringify(key)}:${canonicalJson(object[key])}`);
  return `{${members.join(",")}}`;
}

// packages/oci/src/digest.ts
import { createHash } from "node:crypto";

// packages/core/src/platform.ts
var DEFAULT_VARIANTS = { arm64: "v8" };
function formatPlatform(platform) {
  return [platform.os, platform.architecture, platform.variant].filter(Boolean).join("/");
}
function samePlatform(a, b) {
  const variant = (platform) => platform.variant ?? DEFAULT_VARIANTS[platform.architecture];
  return a.os === b.os && a.architecture === b.architecture && variant(a) === variant(b);
}

// packages/oci/src/digest.ts
var SHA256_DIGEST = /^sha256:([0-9a-f]{64})$/;
function sha256Digest(content) {
  return `sha256:${createHash("sha256").update(content).digest("hex")}`;
}
async function streamDigest(stream) {
  const hash = createHash("sha256");
  for await (const chunk of stream) hash.update(chunk);
  return `sha256:${hash.digest("hex")}`;
}
function digestHex(digest) {
  const hex = SHA256_DIGEST.exec(digest)?.[1];
  if (hex === void 0) throw new UserError(`Not a sha256 digest: ${digest}`);
  return hex;
}

// packages/oci/src/parse-json.ts
function parseJson(text2, what, isExpected) {
  let value;
  try {
    value = JSON.parse(text2);
  } catch (error) {
    throw new UserError(`${what} is not valid JSON (${firstLine(error)})`, { cause: error });
  }
  if (!isExpected(value)) throw new UserError(`${what} does not have the fields it should`);
  return value;
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function isStringArray(value) {
  return Array.isArray(value) && value.every((item) => typeof item === "string");
}

// packages/oci/src/descriptor.ts
function descriptorOf(mediaType, content) {
  return { mediaType, digest: sha256Digest(content), size: content.byteLength };
}
function jsonBlob(mediaType, document) {
  const bytes = Buffer.from(canonicalJson(document), "utf8");
  return { bytes, descriptor: descriptorOf(mediaType, bytes) };
}
function isDescriptor(value) {
  return isRecord(value) && typeof value.mediaType === "string" && typeof value.digest === "string" && Number.isSafeInteger(value.size);
}

// packages/oci/src/docker-archive.ts
import { posix as posix2 } from "node:path";
import { promisify as promisify2 } from "node:util";
import { gunzip } from "node:zlib";

// packages/oci/src/epoch.ts
var LATEST_EPOCH = 2 ** 31 - 1;
function epochDate(seconds) {
  if (!Number.isInteger(seconds) || seconds < 0 || seconds > LATEST_EPOCH) {
    throw new InvalidValueError(
      "SOURCE_DATE_EPOCH",
      String(seconds),
      `must be whole seconds from 0 to ${LATEST_EPOCH}`,
      { hint: "Use the commit time, e.g. $(git log -1 --format=%ct)" }
    );
  }
  return new Date(seconds * 1e3);
}
function epochTimestamp(seconds) {
  return epochDate(seconds).toISOString().replace(".000Z", "Z");
}

// packages/oci/src/media-types.ts
var MEDIA_TYPES = {
  layer: "application/vnd.oci.image.layer.v1.tar+gzip",
  config: "application/vnd.oci.image.config.v1+json",
  manifest: "application/vnd.oci.image.manifest.v1+json",
  index: "application/vnd.oci.image.index.v1+json"
};
var DOCKER_MANIFEST_LIST = "application/vnd.docker.distribution.manifest.list.v2+json";
function isIndexMediaType(mediaType) {
  return mediaType === MEDIA_TYPES.index || mediaType === DOCKER_MANIFEST_LIST;
}

// packages/oci/src/image-config.ts
function buildImageConfig(options) {
  const created = epochTimestamp(options.epoch);
  const document = {
    created,
    architecture: options.platform.architecture,
    os: options.platform.os,
    ...options.platform.variant ? { variant: options.platform.variant } : {},
    config: options.config,
    rootfs: { type: "layers", diff_ids: options.layers.map((layer) => layer.diffId) },
    history: options.layers.map((layer) => ({
      created,
      created_by: layer.createdBy,
      comment: layer.comment
    }))
  };
  return jsonBlob(MEDIA_TYPES.config, document);
}
function isImageConfig(value) {
  return isRecord(value) && isRecord(value.rootfs) && isStringArray(value.rootfs.diff_ids);
}
function configPlatform(config) {
  return { os: config.os ?? "linux", architecture: config.architecture ?? "amd64", variant: config.variant };
}

// packages/oci/src/layer.ts
import { promisify } from "node:util";
import { gzip } from "node:zlib";
var gzipAsync = promisify(gzip);
var GZIP_LEVEL = 6;
var GZIP_OS_OFFSET = 9;
var GZIP_OS_UNKNOWN = 255;
async function createLayer(tar) {
  const compressed = await deterministicGzip(tar);
  return {
    tar,
    gzip: compressed,
    diffId: sha256Digest(tar),
    digest: sha256Digest(compressed),
    size: compressed.byteLength,
    uncompressedSize: tar.byteLength,
    mediaType: MEDIA_TYPES.layer
  };
}
async function deterministicGzip(content) {
  const compressed = await gzipAsync(content, { level: GZIP_LEVEL });
  compressed[GZIP_OS_OFFSET] = GZIP_OS_UNKNOWN;
  return compressed;
}

// packages/oci/src/tar-read.ts
import { posix } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
var import_tar_stream = __toESM(require_tar_stream(), 1);
var PERMISSION_BITS = 4095;
var FEED_CHUNK_BYTES = 1 << 20;
async function readTarEntries(tar) {
  const extract = import_tar_stream.default.extract();
  const source = Buffer.isBuffer(tar) ? Readable.from(chunksOf(tar)) : tar;
  const [entries] = await Promise.all([collectEntries(extract), pipeline(source, extract)]);
  return entries;
}
function* chunksOf(tar) {
  for (let offset = 0; offset < tar.length; offset += FEED_CHUNK_BYTES) {
    yield tar.subarray(offset, offset + FEED_CHUNK_BYTES);
  }
}
function collectEntries(extract) {
  const entries = [];
  return new Promise((resolve2, reject) => {
    extract.on("entry", (header2, stream, next) => {
      const chunks = [];
      stream.on("data", (chunk) => chunks.push(chunk));
      stream.on("end", () => {
        entries.push({
          header: header2,
          content: chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)
        });
        next();
      });
    });
    extract.on("finish", () => resolve2(entries));
    extract.on("error", reject);
  });
}
function normalizeTarPath(path) {
  return posix.normalize(`/${path}`).slice(1).replace(/\/$/, "");
}
async function listTar(tar) {
  return (await readTarEntries(tar)).map(({ header: header2 }) => ({
    path: normalizeTarPath(header2.name),
    type: header2.type,
    size: header2.size,
    mode: header2.mode & PERMISSION_BITS,
    uid: header2.uid,
    gid: header2.gid,
    ...header2.linkname ? { linkname: header2.linkname } : {}
  }));
}
async function readTarFile(tar, path) {
  const entries = entriesByPath(await readTarEntries(tar));
  const entry = entries.get(normalizeTarPath(path));
  if (entry?.header.type === "link") return hardlinkedFile(entry, entries).content;
  return entry?.header.type === "file" ? entry.content : void 0;
}
function entriesByPath(entries) {
  return new Map(entries.map((entry) => [normalizeTarPath(entry.header.name), entry]));
}
function hardlinkedFile(link, entries) {
  const seen = /* @__PURE__ */ new Set();
  let entry = link;
  while (entry.header.type === "link") {
    seen.add(entry);
    const target = entries.get(normalizeTarPath(entry.header.linkname ?? ""));
    if (target === void 0 || seen.has(target)) {
      throw new UserError(
        `Hardlink ${link.header.name} points to ${entry.header.linkname}, which is not a file in the archive`,
        { hint: "Archive the hardlink together with the file it links to" }
      );
    }
    entry = target;
  }
  return entry;
}

// packages/oci/src/tar-write.ts
import { Readable as Readable2 } from "node:stream";
import { buffer } from "node:stream/consumers";
var import_tar_stream2 = __toESM(require_tar_stream(), 1);
var FILE_TYPE_BITS = { file: 32768, directory: 16384, symlink: 40960 };
var LARGEST_ID = 262143;
function packTar(records, mtime) {
  const date = epochDate(mtime);
  const pack = import_tar_stream2.default.pack();
  const firstOfGroup = /* @__PURE__ */ new Map();
  for (const record of inPathOrder(records)) {
    const entryHeader = header(record, date);
    const group = record.hardlinkGroup;
    const firstPath = group === void 0 ? void 0 : firstOfGroup.get(group);
    if (firstPath === void 0) {
      if (group !== void 0) firstOfGroup.set(group, record.path);
      pack.entry(entryHeader, record.content);
    } else {
      pack.entry({ ...entryHeader, type: "link", size: 0, linkname: firstPath });
    }
  }
  pack.finalize();
  return Readable2.from(pack);
}
async function packTarBuffer(records, mtime) {
  return buffer(packTar(records, mtime));
}
function inPathOrder(records) {
  const byPath = new Map(records.map((record) => [record.path, record]));
  return [...byPath.values()].sort((a, b) => a.path < b.path ? -1 : 1);
}
function header(record, mtime) {
  checkIds(record);
  return {
    // A trailing slash marks directories, as GNU tar and Docker write them.
    name: record.type === "directory" ? `${record.path}/` : record.path,
    type: record.type,
    mode: FILE_TYPE_BITS[record.type] | record.mode,
    uid: record.uid,
    gid: record.gid,
    size: record.type === "file" ? record.content.byteLength : 0,
    mtime,
    linkname: record.linkname ?? "",
    uname: "",
    gname: "",
    devmajor: 0,
    devminor: 0
  };
}
function checkIds(record) {
  if (record.uid > LARGEST_ID || record.gid > LARGEST_ID) {
    throw new UserError(`Owner ${record.uid}:${record.gid} of ${record.path} is too large for a tar header`, {
      hint: `Give the layer an owner below ${LARGEST_ID + 1}`
    });
  }
}

// packages/oci/src/docker-archive.ts
var UnreadableArchiveError = class extends UserError {
};
var MANIFEST_FILE = "manifest.json";
var OCI_INDEX_FILE = "index.json";
var GZIP_MAGIC = Buffer.from([31, 139]);
var ZSTD_MAGIC = Buffer.from([40, 181, 47, 253]);
var gunzipAsync = promisify2(gunzip);
var ARCHIVE_MTIME = 0;
var HELD_BY_ENGINE = Buffer.alloc(0);
var MAX_SYMLINK_HOPS = 8;
function dockerArchive(image) {
  const config = archiveRecord(`${digestHex(sha256Digest(image.config))}.json`, image.config);
  const inEngine = image.layersInEngine ?? 0;
  const needed = new Set(image.layers.slice(inEngine).map((layer) => layer.diffId));
  const layers = image.layers.map(
    (layer, position) => archiveRecord(
      `${digestHex(layer.diffId)}/layer.tar`,
      position < inEngine && !needed.has(layer.diffId) ? HELD_BY_ENGINE : layer.tar
    )
  );
  const manifest = [
    { Config: config.path, RepoTags: image.repoTags, Layers: layers.map((layer) => layer.path) }
  ];
  return packTar(
    [archiveRecord(MANIFEST_FILE, Buffer.from(canonicalJson(manifest))), config, ...layers],
    ARCHIVE_MTIME
  );
}
function archiveRecord(path, content) {
  return { path, type: "file", mode: 420, uid: 0, gid: 0, content };
}
async function readDockerArchive(stream, options = {}) {
  const entries = entriesByPath(await readTarEntries(stream));
  const image = options.platform && entries.has(OCI_INDEX_FILE) ? imageOfPlatform(entries, options.platform) : manifestImage(entries);
  const config = archiveFile(entries, image.Config);
  const configJson = parseJson(
    config.toString("utf8"),
    `The config ${image.Config} of the docker archive`,
    isImageConfig
  );
  const platform = configPlatform(configJson);
  if (options.platform && !samePlatform(platform, options.platform)) {
    throw new UnreadableArchiveError(
      `The image is ${formatPlatform(platform)}, not ${formatPlatform(options.platform)}`,
      { hint: `Pull or build it for ${formatPlatform(options.platform)}` }
    );
  }
  const layers = await Promise.all(
    image.Layers.map((path) => archiveLayer(archiveFile(entries, path), path))
  );
  checkDiffIds(configJson.rootfs.diff_ids, layers, image.Layers);
  return { config, configJson, layers, repoTags: image.RepoTags ?? [], platform };
}
async function layerOfArchive(layer) {
  if (!layer.gzip) return createLayer(layer.tar);
  return {
    tar: layer.tar,
    gzip: layer.gzip,
    diffId: sha256Digest(layer.tar),
    digest: sha256Digest(layer.gzip),
    size: layer.gzip.byteLength,
    uncompressedSize: layer.tar.byteLength,
    mediaType: MEDIA_TYPES.layer
  };
}
function manifestImage(entries) {
  const manifest = parseJson(
    archiveFile(entries, MANIFEST_FILE).toString("utf8"),
    `${MANIFEST_FILE} of the docker archive`,
    isDockerManifest
  );
  const [image, ...others] = manifest;
  if (image === void 0 || others.length > 0) {
    throw new UserError(`The docker archive holds ${manifest.length} images; expected one`, {
      hint: "Save one image at a time"
    });
  }
  return image;
}
function imageOfPlatform(entries, platform) {
  const images = indexImages(entries, OCI_INDEX_FILE, 0);
  const match = images.find((candidate) => samePlatform(candidate.platform, platform));
  if (match) return match.image;
  const offered = images.map((candidate) => formatPlatform(candidate.platform)).join(", ") || "none";
  throw new UnreadableArchiveError(
    `The image has no ${formatPlatform(platform)} image in this engine: it holds ${offered}`,
    {
      hint: `Pull it for that platform (docker pull --platform ${formatPlatform(platform)}), or build for one it holds`
    }
  );
}
function indexImages(entries, path, depth) {
  const blob = optionalFile(entries, path);
  if (!blob || depth > MAX_SYMLINK_HOPS) return [];
  const document = JSON.parse(blob.toString("utf8"));
  return (document.manifests ?? []).flatMap((descriptor) => {
    const descriptorPath = blobPath(descriptor.digest);
    if (isIndexMediaType(descriptor.mediaType)) return indexImages(entries, descriptorPath, depth + 1);
    const manifestBlob = optionalFile(entries, descriptorPath);
    if (!manifestBlob) return [];
    const manifest = JSON.parse(manifestBlob.toString("utf8"));
    if (!manifest.config || !manifest.layers) return [];
    const config = optionalFile(entries, blobPath(manifest.config.digest));
    if (!config) return [];
    const platform = descriptor.platform ?? configPlatform(JSON.parse(config.toString("utf8")));
    if (platform.os === "unknown") return [];
    return [
      {
        platform,
        image: {
          Config: blobPath(manifest.config.digest),
          Layers: manifest.layers.map(({ digest }) => blobPath(digest))
        }
      }
    ];
  });
}
function blobPath(digest) {
  return `blobs/sha256/${digestHex(digest)}`;
}
async function archiveLayer(file, path) {
  if (file.subarray(0, 2).equals(GZIP_MAGIC)) return { tar: await gunzipAsync(file), gzip: file };
  if (file.subarray(0, 4).equals(ZSTD_MAGIC)) {
    throw new UnreadableArchiveError(
      `Layer ${path} of the docker archive is zstd-compressed, which quai cannot read yet`,
      {
        hint: "Keep the image's layers in gzip: pull it from a registry that serves gzip, or build it without compression=zstd"
      }
    );
  }
  return { tar: file };
}
function optionalFile(entries, path) {
  return entries.has(normalizeTarPath(path)) ? archiveFile(entries, path) : void 0;
}
function archiveFile(entries, path) {
  let current = normalizeTarPath(path);
  for (let hop = 0; hop <= MAX_SYMLINK_HOPS; hop++) {
    const entry = entries.get(current);
    if (entry?.header.type === "symlink") {
      current = normalizeTarPath(posix2.join(posix2.dirname(current), entry.header.linkname ?? ""));
      continue;
    }
    if (entry?.header.type === "link") return hardlinkedFile(entry, entries).content;
    if (entry?.header.type === "file") return entry.content;
    break;
  }
  throw new UserError(`The docker archive has no file ${path}`, {
    hint: "Check that it was made by docker save"
  });
}
function checkDiffIds(diffIds, layers, paths) {
  if (diffIds.length !== layers.length) {
    throw new UnreadableArchiveError(
      `The docker archive has ${layers.length} layers, but its config lists ${diffIds.length}`
    );
  }
  layers.forEach((layer, position) => {
    const digest = sha256Digest(layer.tar);
    if (digest !== diffIds[position]) {
      throw new UnreadableArchiveError(
        `Layer ${paths[position]} of the docker archive hashes to ${digest}, not the config's ${diffIds[position]}`
      );
    }
  });
}
function isDockerManifest(value) {
  return Array.isArray(value) && value.every(
    (image) => isRecord(image) && typeof image.Config === "string" && (image.RepoTags === null || image.RepoTags === void 0 || isStringArray(image.RepoTags)) && isStringArray(image.Layers)
  );
}

// packages/oci/src/load.ts
import { text } from "node:stream/consumers";
var HINT = "Check the engine's free disk space and its log (journalctl -u docker)";
async function loadImage(api, archive) {
  let response;
  try {
    response = await api.loadImage(archive);
  } catch (error) {
    throw new UserError(`The Docker engine refused to load the image (${firstLine(error)})`, {
      hint: HINT,
      cause: error
    });
  }
  const failure = loadError(await text(response));
  if (failure !== void 0) {
    throw new UserError(`The Docker engine could not load the image (${failure})`, { hint: HINT });
  }
}
function loadError(body) {
  for (const line of body.split("\n")) {
    const message = parseLine(line);
    if (!isRecord(message)) continue;
    if (typeof message.error === "string") return message.error;
    if (isRecord(message.errorDetail) && typeof message.errorDetail.message === "string") {
      return message.errorDetail.message;
    }
  }
  return void 0;
}
function parseLine(line) {
  try {
    return JSON.parse(line);
  } catch {
    return void 0;
  }
}

// packages/oci/src/manifest.ts
function buildManifest(options) {
  const document = {
    schemaVersion: 2,
    mediaType: MEDIA_TYPES.manifest,
    config: options.config,
    layers: options.layers.map(({ mediaType, digest, size }) => ({ mediaType, digest, size })),
    annotations: options.annotations
  };
  return jsonBlob(MEDIA_TYPES.manifest, document);
}
function isImageManifest(value) {
  return isRecord(value) && value.mediaType === MEDIA_TYPES.manifest && isDescriptor(value.config) && Array.isArray(value.layers) && value.layers.every(isDescriptor);
}

// packages/oci/src/oci-layout.ts
import { createReadStream } from "node:fs";
import { chmod, mkdir, mkdtemp, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
var REF_NAME_ANNOTATION = "org.opencontainers.image.ref.name";
var BASE_NAME_ANNOTATION = "org.opencontainers.image.base.name";
var LAYOUT_FILE = "oci-layout";
var INDEX_FILE = "index.json";
var LAYOUT_VERSION = "1.0.0";
var REBUILD_HINT = "The layout was damaged or changed after the build; build the image again";
async function writeOciLayout(dir, image) {
  const target = resolve(dir);
  await mkdir(dirname(target), { recursive: true });
  const staging = await mkdtemp(join(dirname(target), `.${basename(target)}.partial-`));
  try {
    const manifestDigest = await writeLayoutFiles(staging, image);
    await chmod(staging, 493);
    await moveIntoPlace(staging, target);
    return { manifestDigest, indexPath: join(target, INDEX_FILE) };
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}
async function writeLayoutFiles(dir, image) {
  await mkdir(join(dir, "blobs", "sha256"), { recursive: true });
  const blobs = [image.config, ...image.layers.map((layer) => layer.gzip), image.manifest];
  for (const blob of blobs) await writeFile(blobFile(dir, sha256Digest(blob)), blob);
  const manifest = descriptorOf(MEDIA_TYPES.manifest, image.manifest);
  const annotations = image.refName === void 0 ? void 0 : { [REF_NAME_ANNOTATION]: image.refName };
  const index = {
    schemaVersion: 2,
    mediaType: MEDIA_TYPES.index,
    manifests: [{ ...manifest, annotations }]
  };
  await writeFile(join(dir, LAYOUT_FILE), canonicalJson({ imageLayoutVersion: LAYOUT_VERSION }));
  await writeFile(join(dir, INDEX_FILE), canonicalJson(index));
  return manifest.digest;
}
async function moveIntoPlace(staging, target) {
  try {
    await rename(staging, target);
  } catch (error) {
    if (!hasCode(error, "ENOTEMPTY", "EEXIST", "ENOTDIR")) throw error;
    throw new UserError(
      `Cannot write the OCI layout to ${target}: it already exists and is not an empty directory`,
      {
        hint: "Remove it, or choose another output directory",
        cause: error
      }
    );
  }
}
async function readOciLayout(dir) {
  const root = resolve(dir);
  await checkLayoutVersion(root);
  const index = parseJson(await readLayoutFile(root, INDEX_FILE), `${INDEX_FILE} in ${root}`, isImageIndex);
  const [manifestDescriptor, ...others] = index.manifests;
  if (manifestDescriptor === void 0 || others.length > 0) {
    throw new UserError(
      `The OCI layout at ${root} holds ${index.manifests.length} images; quai reads layouts of one`
    );
  }
  const manifest = await readJsonBlob(root, manifestDescriptor, "manifest", isImageManifest);
  const config = await readJsonBlob(root, manifest.config, "config", isImageConfig);
  return {
    dir: root,
    index,
    manifestDescriptor,
    manifest,
    config,
    blobPath: (digest) => blobFile(root, digest),
    openBlob: (digest) => createReadStream(blobFile(root, digest))
  };
}
async function verifyLayoutBlobs(layout, blobs) {
  for (const blob of blobs) {
    const role = blobRole(layout, blob.digest);
    const size = await blobSize(layout.dir, blob, role);
    checkBlob(layout.dir, blob, role, { size, digest: await streamDigest(layout.openBlob(blob.digest)) });
  }
}
function blobRole(layout, digest) {
  if (digest === layout.manifest.config.digest) return "config";
  const { layers } = layout.manifest;
  return `layer ${layers.findIndex((layer) => layer.digest === digest) + 1} of ${layers.length}`;
}
async function checkLayoutVersion(root) {
  const layout = parseJson(await readLayoutFile(root, LAYOUT_FILE), `${LAYOUT_FILE} in ${root}`, isRecord);
  if (layout.imageLayoutVersion !== LAYOUT_VERSION) {
    throw new UserError(
      `The OCI layout at ${root} has version ${JSON.stringify(layout.imageLayoutVersion)}; quai reads ${LAYOUT_VERSION}`
    );
  }
}
async function readLayoutFile(root, name) {
  try {
    return await readFile(join(root, name), "utf8");
  } catch (error) {
    if (!hasCode(error, "ENOENT", "ENOTDIR")) throw error;
    throw new UserError(`No OCI layout at ${root} (it has no ${name})`, {
      hint: "Point to the directory build-minimal-image wrote",
      cause: error
    });
  }
}
async function readJsonBlob(root, descriptor, role, isExpected) {
  await blobSize(root, descriptor, role);
  const bytes = await readFile(blobFile(root, descriptor.digest));
  checkBlob(root, descriptor, role, { size: bytes.byteLength, digest: sha256Digest(bytes) });
  return parseJson(bytes.toString("utf8"), `The ${role} of the OCI layout at ${root}`, isExpected);
}
async function blobSize(root, descriptor, role) {
  try {
    return (await stat(blobFile(root, descriptor.digest))).size;
  } catch (error) {
    if (!hasCode(error, "ENOENT")) throw error;
    throw new UserError(`The OCI layout at ${root} lacks blob ${descriptor.digest} (${role})`, {
      hint: REBUILD_HINT,
      cause: error
    });
  }
}
function checkBlob(root, expected, role, actual) {
  const blob = `Blob ${expected.digest} (${role}) of the OCI layout at ${root}`;
  if (actual.size !== expected.size) {
    throw new UserError(`${blob} is ${actual.size} bytes, not the ${expected.size} its descriptor says`, {
      hint: REBUILD_HINT
    });
  }
  if (actual.digest !== expected.digest) {
    throw new UserError(`${blob} does not match its digest: its content hashes to ${actual.digest}`, {
      hint: REBUILD_HINT
    });
  }
}
function blobFile(root, digest) {
  return join(root, "blobs", "sha256", digestHex(digest));
}
function isImageIndex(value) {
  return isRecord(value) && Array.isArray(value.manifests) && value.manifests.every(isDescriptor);
}
function hasCode(error, ...codes) {
  return error instanceof Error && "code" in error && typeof error.code === "string" && codes.includes(error.code);
}

// packages/oci/src/tar-normalize.ts
async function normalizeTar(input, options) {
  const entries = entriesByPath(await readTarEntries(input));
  const groups = hardlinkGroups(entries);
  const records = [];
  for (const [path, entry] of entries) {
    if (options.exclude?.(path)) continue;
    const layerPath = normalizeTarPath(`${options.prefix ?? ""}/${path}`);
    if (layerPath === "") continue;
    const file = entry.header.type === "link" ? hardlinkedFile(entry, entries) : entry;
    records.push({ ...recordOf(file, layerPath, options.owner), hardlinkGroup: groups.get(path) });
  }
  return packTarBuffer(records, options.mtime);
}
async function tarFromEntries(entries, mtime) {
  return packTarBuffer(entries.map(recordOfLayerEntry), mtime);
}
function hardlinkGroups(entries) {
  const groups = /* @__PURE__ */ new Map();
  for (const [path, entry] of entries) {
    if (entry.header.type !== "link") continue;
    const group = normalizeTarPath(hardlinkedFile(entry, entries).header.name);
    groups.set(path, group);
    groups.set(group, group);
  }
  return groups;
}
function recordOf(entry, path, owner) {
  const { header: header2 } = entry;
  return {
    path,
    type: layerType(header2.type, path),
    mode: header2.mode & PERMISSION_BITS,
    uid: owner?.uid ?? header2.uid,
    gid: owner?.gid ?? header2.gid,
    content: entry.content,
    linkname: header2.type === "symlink" ? header2.linkname : void 0
  };
}
function layerType(type, path) {
  if (type === "file" || type === "contiguous-file") return "file";
  if (type === "directory" || type === "symlink") return type;
  throw new UserError(`${path} is a ${type}; an application layer holds only files, directories and links`, {
    hint: "Leave it out of the layer with exclude"
  });
}
function recordOfLayerEntry(entry) {
  const path = normalizeTarPath(entry.path);
  if (path === "") {
    throw new UserError(`A layer entry needs a path below /, not ${JSON.stringify(entry.path)}`);
  }
  if (entry.type === "symlink" && !entry.linkname) throw new UserError(`Symlink ${path} needs a linkname`);
  return {
    path,
    type: entry.type,
    mode: entry.mode & PERMISSION_BITS,
    uid: entry.uid ?? 0,
    gid: entry.gid ?? 0,
    content: entry.type === "file" ? Buffer.from(entry.content ?? "") : Buffer.alloc(0),
    linkname: entry.type === "symlink" ? entry.linkname : void 0
  };
}

export {
  canonicalJson,
  sha256Digest,
  streamDigest,
  digestHex,
  jsonBlob,
  epochTimestamp,
  MEDIA_TYPES,
  DOCKER_MANIFEST_LIST,
  isIndexMediaType,
  buildImageConfig,
  configPlatform,
  createLayer,
  readTarEntries,
  listTar,
  readTarFile,
  UnreadableArchiveError,
  dockerArchive,
  readDockerArchive,
  layerOfArchive,
  loadImage,
  buildManifest,
  REF_NAME_ANNOTATION,
  BASE_NAME_ANNOTATION,
  writeOciLayout,
  readOciLayout,
  verifyLayoutBlobs,
  normalizeTar,
  tarFromEntries
};
