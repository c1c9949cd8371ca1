// The two programs of quai's probe container, written here as Linux machine code: an HTTP probe
// and an idle loop. quai carries them rather than an image, so a probe never depends on a
// registry the target may not reach, nor on an HTTP client in the app's image (distroless and
// scratch images have none). Each is a static ELF of a few hundred bytes that makes system calls
// only, for linux/amd64 and linux/arm64.
//
// The HTTP probe is made for one address and one request, baked in as data, so the code parses
// nothing: it connects, sends the request, copies the first bytes of the answer to stdout and
// exits 0; a failing system call exits with its errno (111: connection refused). The caller reads
// the status line (probe-verdict.ts). Made with an expected status, it also exits 1 when the
// status differs, for a HEALTHCHECK (Swarm's), where the exit code is the verdict.

import { UserError } from "@quai/core";

/** The processor architectures the programs exist for, as the Engine API's `Architecture` names them. */
export type ProbeArchitecture = "x86_64" | "aarch64";

/** The programs' architecture for an engine's or node's (`docker info` says x86_64 or aarch64). */
export function probeArchitecture(engineArchitecture: string): ProbeArchitecture {
  if (engineArchitecture === "x86_64" || engineArchitecture === "amd64") return "x86_64";
  if (engineArchitecture === "aarch64" || engineArchitecture === "arm64") return "aarch64";
  throw new UserError(`quai's HTTP probe has no program for ${engineArchitecture} Docker hosts`, {
    hint: "Use health: image (the image's HEALTHCHECK) or a health command on this host",
  });
}

export interface HttpProbeTarget {
  /** IPv4 address of the container on the network the probe shares with it. */
  address: string;
  port: number;
  /** The raw request, sent as is. */
  request: string;
  /** Bounds connecting, sending and waiting for the answer, each. */
  timeoutMs: number;
  /** When given, any other status exits 1. */
  expectedStatus?: number;
}

/** Where the status code starts in an answer: after `HTTP/1.1 ` (or `HTTP/1.0 `). */
const STATUS_OFFSET = 9;
/** The exit code of an answer with another status than the expected one. */
export const OTHER_STATUS_EXIT_CODE = 1;

/** How much of the answer is copied out: enough for the status line and headers. */
const ANSWER_BYTES = 4096;
/** Where the kernel maps the program (a fixed, non-PIE address, as static executables use). */
const LOAD_ADDRESS = 0x400000;
const ELF_HEADER_SIZE = 64;
const PROGRAM_HEADER_SIZE = 56;
const CODE_START = LOAD_ADDRESS + ELF_HEADER_SIZE + PROGRAM_HEADER_SIZE;

const AF_INET = 2;
const SOCK_STREAM = 1;
const SOL_SOCKET = 1;
const SO_RCVTIMEO = 20;
const SO_SNDTIMEO = 21;

/** A health path as a request path: quai.yml may write `health` for `/health`. */
export function probePath(path: string): string {
  return path.startsWith("/") ? path : `/${path}`;
}

/** The GET request a probe sends for `path`: HTTP/1.1, closed after the answer. */
export function httpGetRequest(address: string, port: number, path: string): string {
  return `GET ${path} HTTP/1.1\r\nHost: ${address}:${port}\r\nUser-Agent: quai-probe\r\nAccept: */*\r\nConnection: close\r\n\r\n`;
}

/** The HTTP probe for one target, as an executable file's bytes. */
export function httpProbeProgram(architecture: ProbeArchitecture, target: HttpProbeTarget): Buffer {
  const data = probeData(target);
  const emit = architecture === "x86_64" ? x86HttpProbe : armHttpProbe;
  // Instruction sizes do not depend on the addresses they load, so one pass with dummy
  // addresses measures the code, and the second places the data right after it.
  const status = target.expectedStatus === undefined ? undefined : statusWord(target.expectedStatus);
  const codeSize = emit({ timeval: 0, sockaddr: 0, request: 0, requestLength: 0, answer: 0, status }).length;
  const dataStart = CODE_START + codeSize;
  const code = emit({
    timeval: dataStart,
    sockaddr: dataStart + 16,
    request: dataStart + 32,
    requestLength: data.length - 32,
    answer: dataStart + data.length,
    status,
  });
  return elf(architecture, Buffer.concat([code, data]), ANSWER_BYTES);
}

/** A program that waits forever doing nothing: the probe container's main process. */
export function idleProgram(architecture: ProbeArchitecture): Buffer {
  return elf(architecture, architecture === "x86_64" ? x86Idle() : armIdle(), 0);
}

/** timeval (16 bytes), sockaddr_in (16 bytes), then the request. */
function probeData(target: HttpProbeTarget): Buffer {
  const octets = target.address.split(".").map(Number);
  if (octets.length !== 4 || octets.some((octet) => !Number.isInteger(octet) || octet < 0 || octet > 255)) {
    throw new Error(`Not an IPv4 address: ${target.address}`);
  }
  const timeval = Buffer.alloc(16);
  timeval.writeBigInt64LE(BigInt(Math.floor(target.timeoutMs / 1000)), 0);
  timeval.writeBigInt64LE(BigInt((target.timeoutMs % 1000) * 1000), 8);
  const sockaddr = Buffer.alloc(16);
  sockaddr.writeUInt16LE(AF_INET, 0);
  sockaddr.writeUInt16BE(target.port, 2);
  Buffer.from(octets).copy(sockaddr, 4);
  return Buffer.concat([timeval, sockaddr, Buffer.from(target.request, "latin1")]);
}

interface DataAddresses {
  timeval: number;
  sockaddr: number;
  request: number;
  requestLength: number;
  answer: number;
  /** The expected status as statusWord gives it, when there is one. */
  status?: number;
}

/**
 * The three digits of a status as the 32-bit little-endian word the code compares with the four
 * bytes at STATUS_OFFSET shifted left by 8: the shift drops the fourth byte, whatever it is.
 */
function statusWord(status: number): number {
  if (!Number.isInteger(status) || status < 100 || status > 599)
    throw new Error(`Not an HTTP status: ${status}`);
  const digits = Buffer.from(String(status), "latin1");
  return ((digits[0] ?? 0) << 8) | ((digits[1] ?? 0) << 16) | (((digits[2] ?? 0) << 24) >>> 0);
}

/** One PT_LOAD segment (read, write, execute) holding the file, plus `zeroBytes` of zeroed memory. */
function elf(architecture: ProbeArchitecture, body: Buffer, zeroBytes: number): Buffer {
  const size = ELF_HEADER_SIZE + PROGRAM_HEADER_SIZE + body.length;
  const header = Buffer.alloc(ELF_HEADER_SIZE + PROGRAM_HEADER_SIZE);
  Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]).copy(header, 0); // ELF, 64-bit, little-endian, v1
  header.writeUInt16LE(2, 16); // ET_EXEC
  header.writeUInt16LE(architecture === "x86_64" ? 62 : 183, 18); // EM_X86_64 / EM_AARCH64
  header.writeUInt32LE(1, 20); // EV_CURRENT
  header.writeBigUInt64LE(BigInt(CODE_START), 24); // entry point
  header.writeBigUInt64LE(BigInt(ELF_HEADER_SIZE), 32); // program headers' offset
  header.writeUInt16LE(ELF_HEADER_SIZE, 52);
  header.writeUInt16LE(PROGRAM_HEADER_SIZE, 54);
  header.writeUInt16LE(1, 56); // one program header
  header.writeUInt16LE(64, 58); // section header size (there are none)
  const program = ELF_HEADER_SIZE;
  header.writeUInt32LE(1, program); // PT_LOAD
  header.writeUInt32LE(7, program + 4); // PF_R | PF_W | PF_X
  header.writeBigUInt64LE(0n, program + 8); // from the file's start
  header.writeBigUInt64LE(BigInt(LOAD_ADDRESS), program + 16);
  header.writeBigUInt64LE(BigInt(LOAD_ADDRESS), program + 24);
  header.writeBigUInt64LE(BigInt(size), program + 32);
  header.writeBigUInt64LE(BigInt(size + zeroBytes), program + 40);
  header.writeBigUInt64LE(0x10000n, program + 48); // aligned for 4 KiB and 64 KiB pages alike
  return Buffer.concat([header, body]);
}

// x86-64: system call number in eax, arguments in rdi, rsi, rdx, r10, r8; result in rax.
const X86_SYSCALLS = { read: 0, write: 1, pause: 34, socket: 41, connect: 42, setsockopt: 54, exit: 60 };

/** Bytes with labels for the short forward jumps, resolved at the end. */
class X86Code {
  private readonly bytes: number[] = [];
  private readonly labels = new Map<string, number>();
  private readonly jumps: Array<{ at: number; label: string }> = [];

  /** mov r32, imm32 for eax (0), edx (2), esi (6), edi (7); r8d and r10d with a REX prefix. */
  mov(register: "eax" | "edx" | "esi" | "edi" | "r8d" | "r10d", value: number): this {
    const codes = {
      eax: [0xb8],
      edx: [0xba],
      esi: [0xbe],
      edi: [0xbf],
      r8d: [0x41, 0xb8],
      r10d: [0x41, 0xba],
    };
    this.bytes.push(...codes[register], ...uint32(value));
    return this;
  }

  raw(...bytes: number[]): this {
    this.bytes.push(...bytes);
    return this;
  }

  syscall(name: keyof typeof X86_SYSCALLS): this {
    return this.mov("eax", X86_SYSCALLS[name]).raw(0x0f, 0x05);
  }

  /** A conditional jump (rel8) to a label defined later: 0x78 js, 0x75 jne, 0x7e jle. */
  jump(opcode: number, label: string): this {
    this.jumps.push({ at: this.bytes.length + 1, label });
    return this.raw(opcode, 0);
  }

  label(name: string): this {
    this.labels.set(name, this.bytes.length);
    return this;
  }

  done(): Buffer {
    for (const { at, label } of this.jumps) {
      const target = this.labels.get(label);
      if (target === undefined) throw new Error(`no label ${label}`);
      this.bytes[at] = (target - (at + 1)) & 0xff;
    }
    return Buffer.from(this.bytes);
  }
}

const X86 = {
  testRax: [0x48, 0x85, 0xc0],
  movR12Rax: [0x49, 0x89, 0xc4],
  movRdiR12: [0x4c, 0x89, 0xe7],
  movRdxRax: [0x48, 0x89, 0xc2],
  movRdiRax: [0x48, 0x89, 0xc7],
  negRax: [0x48, 0xf7, 0xd8],
  xorEdiEdi: [0x31, 0xff],
  js: 0x78,
  jne: 0x75,
  jle: 0x7e,
};

function uint32(value: number): number[] {
  const bytes = Buffer.alloc(4);
  bytes.writeUInt32LE(value >>> 0);
  return [...bytes];
}

function x86HttpProbe(at: DataAddresses): Buffer {
  const code = new X86Code();
  // fd = socket(AF_INET, SOCK_STREAM, 0), kept in r12
  code.mov("edi", AF_INET).mov("esi", SOCK_STREAM).mov("edx", 0).syscall("socket");
  code
    .raw(...X86.testRax)
    .jump(X86.js, "fail")
    .raw(...X86.movR12Rax);
  // setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO / SO_SNDTIMEO, &timeval, 16): connect obeys the latter
  for (const option of [SO_RCVTIMEO, SO_SNDTIMEO]) {
    code
      .raw(...X86.movRdiR12)
      .mov("esi", SOL_SOCKET)
      .mov("edx", option);
    code.mov("r10d", at.timeval).mov("r8d", 16).syscall("setsockopt");
  }
  // connect(fd, &sockaddr, 16)
  code
    .raw(...X86.movRdiR12)
    .mov("esi", at.sockaddr)
    .mov("edx", 16)
    .syscall("connect");
  code.raw(...X86.testRax).jump(X86.js, "fail");
  // write(fd, request, length)
  code
    .raw(...X86.movRdiR12)
    .mov("esi", at.request)
    .mov("edx", at.requestLength)
    .syscall("write");
  code.raw(...X86.testRax).jump(X86.js, "fail");
  // n = read(fd, answer, ANSWER_BYTES); nothing read is a failure too (exit 0 with no output)
  code
    .raw(...X86.movRdiR12)
    .mov("esi", at.answer)
    .mov("edx", ANSWER_BYTES)
    .syscall("read");
  code.raw(...X86.testRax).jump(X86.jle, "fail");
  // write(1, answer, n)
  code
    .raw(...X86.movRdxRax)
    .mov("edi", 1)
    .mov("esi", at.answer)
    .syscall("write");
  if (at.status !== undefined) {
    // eax = the 4 bytes at the status (mov eax, [abs32]), shl eax, 8; another status exits 1
    code.raw(0x8b, 0x04, 0x25, ...uint32(at.answer + STATUS_OFFSET), 0xc1, 0xe0, 0x08);
    code.raw(0x3d, ...uint32(at.status)).jump(X86.jne, "other-status");
  }
  // exit(0)
  code.raw(...X86.xorEdiEdi).syscall("exit");
  if (at.status !== undefined) code.label("other-status").mov("edi", OTHER_STATUS_EXIT_CODE).syscall("exit");
  // exit(-result): the errno of the call that failed
  code
    .label("fail")
    .raw(...X86.negRax, ...X86.movRdiRax)
    .syscall("exit");
  return code.done();
}

function x86Idle(): Buffer {
  // loop: pause(); jmp loop (the jump back over the 7 bytes of mov + syscall, and its own 2)
  return new X86Code().syscall("pause").raw(0xeb, 0xf7).done();
}

// AArch64: system call number in x8, arguments in x0..x4, result in x0; fixed 4-byte instructions.
const ARM_SYSCALLS = { ppoll: 73, read: 63, write: 64, socket: 198, connect: 203, setsockopt: 208, exit: 93 };

class ArmCode {
  private readonly words: number[] = [];
  private readonly labels = new Map<string, number>();
  private readonly branches: Array<{ at: number; label: string; condition: number }> = [];

  /** movz of a 16-bit value into x<register>. */
  mov(register: number, value: number): this {
    if (value > 0xffff) throw new Error(`${value} needs movWide`);
    this.words.push(0xd2800000 | (value << 5) | register);
    return this;
  }

  /** movz and movk of a 32-bit value, always two instructions: the code's size must not depend on it. */
  movWide(register: number, value: number): this {
    this.words.push(0xd2800000 | ((value & 0xffff) << 5) | register);
    this.words.push(0xf2800000 | (1 << 21) | ((value >>> 16) << 5) | register);
    return this;
  }

  /** mov x<to>, x<from> (orr x<to>, xzr, x<from>). */
  copy(to: number, from: number): this {
    this.words.push(0xaa0003e0 | (from << 16) | to);
    return this;
  }

  syscall(name: keyof typeof ARM_SYSCALLS): this {
    this.mov(8, ARM_SYSCALLS[name]);
    this.words.push(0xd4000001); // svc #0
    return this;
  }

  /** cmp x0, #0 */
  compareResult(): this {
    this.words.push(0xf100001f);
    return this;
  }

  /** b.<condition> to a label: 0x1 ne, 0xb lt, 0xd le; 0xe (always) is a plain b. */
  branch(condition: number, label: string): this {
    this.branches.push({ at: this.words.length, label, condition });
    this.words.push(0);
    return this;
  }

  raw(word: number): this {
    this.words.push(word);
    return this;
  }

  label(name: string): this {
    this.labels.set(name, this.words.length);
    return this;
  }

  done(): Buffer {
    for (const { at, label, condition } of this.branches) {
      const target = this.labels.get(label);
      if (target === undefined) throw new Error(`no label ${label}`);
      const offset = target - at;
      this.words[at] =
        condition === ARM.always
          ? (0x14000000 | (offset & 0x3ffffff)) >>> 0
          : (0x54000000 | ((offset & 0x7ffff) << 5) | condition) >>> 0;
    }
    const buffer = Buffer.alloc(this.words.length * 4);
    for (const [index, word] of this.words.entries()) buffer.writeUInt32LE(word >>> 0, index * 4);
    return buffer;
  }
}

const ARM = { ne: 0x1, lt: 0xb, le: 0xd, always: 0xe, negX0: 0xcb0003e0 };
/** The register that keeps the socket: x19, callee-saved. */
const ARM_FD = 19;

function armHttpProbe(at: DataAddresses): Buffer {
  const code = new ArmCode();
  code.mov(0, AF_INET).mov(1, SOCK_STREAM).mov(2, 0).syscall("socket");
  code.compareResult().branch(ARM.lt, "fail").copy(ARM_FD, 0);
  for (const option of [SO_RCVTIMEO, SO_SNDTIMEO]) {
    code
      .copy(0, ARM_FD)
      .mov(1, SOL_SOCKET)
      .mov(2, option)
      .movWide(3, at.timeval)
      .mov(4, 16)
      .syscall("setsockopt");
  }
  code.copy(0, ARM_FD).movWide(1, at.sockaddr).mov(2, 16).syscall("connect");
  code.compareResult().branch(ARM.lt, "fail");
  code.copy(0, ARM_FD).movWide(1, at.request).movWide(2, at.requestLength).syscall("write");
  code.compareResult().branch(ARM.lt, "fail");
  code.copy(0, ARM_FD).movWide(1, at.answer).mov(2, ANSWER_BYTES).syscall("read");
  code.compareResult().branch(ARM.le, "fail");
  code.copy(2, 0).mov(0, 1).movWide(1, at.answer).syscall("write");
  if (at.status !== undefined) {
    // w0 = the 4 bytes at the status (ldr w0, [x1]), lsl 8; compared with w2 (cmp w0, w2)
    code
      .movWide(1, at.answer + STATUS_OFFSET)
      .raw(0xb9400020)
      .raw(0x53185c00);
    code.movWide(2, at.status).raw(0x6b02001f).branch(ARM.ne, "other-status");
  }
  code.mov(0, 0).syscall("exit");
  if (at.status !== undefined) code.label("other-status").mov(0, OTHER_STATUS_EXIT_CODE).syscall("exit");
  code.label("fail").raw(ARM.negX0).syscall("exit");
  return code.done();
}

function armIdle(): Buffer {
  // loop: ppoll(NULL, 0, NULL, NULL) blocks until a signal; b loop
  return new ArmCode()
    .label("loop")
    .mov(0, 0)
    .mov(1, 0)
    .mov(2, 0)
    .mov(3, 0)
    .syscall("ppoll")
    .branch(ARM.always, "loop")
    .done();
}
