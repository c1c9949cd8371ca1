// How a release's container is confined: it gains no privileges (no-new-privileges: a setuid
// binary in the image does not make anyone root), holds no capabilities but those quai.yml gives
// back (cap_add), and has a process limit (pids), optionally a memory limit and a read-only root
// filesystem. The nginx proxy on a Docker host is not confined this way.

/** What quai.yml says of the confinement, resolved; no-new-privileges and dropping every capability always apply. */
export interface Confinement {
  /** Capabilities given back, as the engine names them: CAP_NET_BIND_SERVICE. */
  capAdd: string[];
  /** A read-only root filesystem (on a Docker host /tmp stays writable: a tmpfs). */
  readOnly: boolean;
  /** The memory limit in bytes; undefined for none. */
  memoryBytes?: number;
  /** Most processes (threads included) the container may have at once: a fork bomb stops there. */
  pids: number;
}

/** quai.yml's pids when it says nothing. */
export const DEFAULT_PIDS = 4096;

/** The capabilities of Linux (capabilities(7), up to 6.x), without their CAP_ prefix. */
export const LINUX_CAPABILITIES = [
  "AUDIT_CONTROL",
  "AUDIT_READ",
  "AUDIT_WRITE",
  "BLOCK_SUSPEND",
  "BPF",
  "CHECKPOINT_RESTORE",
  "CHOWN",
  "DAC_OVERRIDE",
  "DAC_READ_SEARCH",
  "FOWNER",
  "FSETID",
  "IPC_LOCK",
  "IPC_OWNER",
  "KILL",
  "LEASE",
  "LINUX_IMMUTABLE",
  "MAC_ADMIN",
  "MAC_OVERRIDE",
  "MKNOD",
  "NET_ADMIN",
  "NET_BIND_SERVICE",
  "NET_BROADCAST",
  "NET_RAW",
  "PERFMON",
  "SETFCAP",
  "SETGID",
  "SETPCAP",
  "SETUID",
  "SYS_ADMIN",
  "SYS_BOOT",
  "SYS_CHROOT",
  "SYS_MODULE",
  "SYS_NICE",
  "SYS_PACCT",
  "SYS_PTRACE",
  "SYS_RAWIO",
  "SYS_RESOURCE",
  "SYS_TIME",
  "SYS_TTY_CONFIG",
  "SYSLOG",
  "WAKE_ALARM",
] as const;

/** For editors (the JSON Schema); capabilityProblem decides. */
export const CAPABILITY_PATTERN = `^(?:CAP_)?(?:${LINUX_CAPABILITIES.join("|")})$`;

export const CAPABILITY_HINT =
  "Name a Linux capability the app needs, such as NET_BIND_SERVICE (with or without CAP_); see capabilities(7)";

/** Why `name` is not a capability cap_add can give back; undefined when it is. */
export function capabilityProblem(name: string): string | undefined {
  const bare = name.replace(/^CAP_/, "");
  if (bare === "ALL") return "ALL would give back every capability: name the ones the app needs";
  if ((LINUX_CAPABILITIES as readonly string[]).includes(bare)) return undefined;
  const upper = name.toUpperCase().replace(/^CAP_/, "");
  if ((LINUX_CAPABILITIES as readonly string[]).includes(upper)) {
    return `capability names are upper-case: ${upper}`;
  }
  return "not a Linux capability";
}

/** CAP_NET_BIND_SERVICE for NET_BIND_SERVICE or CAP_NET_BIND_SERVICE. */
export function capabilityName(name: string): string {
  return name.startsWith("CAP_") ? name : `CAP_${name}`;
}

/** The engine refuses a memory limit below 6 MiB. */
export const MINIMUM_MEMORY_BYTES = 6 * 1024 * 1024;

/** For editors; memoryProblem decides. */
export const SIZE_PATTERN = "^\\d+(?:\\.\\d+)?[kKmMgG][bB]?$";

export const MEMORY_HINT = "Write a size with its unit, as docker run --memory takes it: 512m, 1g or 1.5g";

const UNITS: Record<string, number> = { k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/** 512m, 1g, 1.5g, 64k (binary multiples, as Docker reads them) in bytes; undefined when it is no size. */
export function parseSize(text: string): number | undefined {
  const match = new RegExp(SIZE_PATTERN).test(text) ? /^([\d.]+)([kmg])/i.exec(text) : null;
  const unit = match && UNITS[(match[2] ?? "").toLowerCase()];
  return match && unit ? Math.floor(Number(match[1]) * unit) : undefined;
}

/** Why `text` is not a memory limit the engine takes; undefined when it is. */
export function memoryProblem(text: string): string | undefined {
  const bytes = parseSize(text);
  if (bytes === undefined) return "expected a size such as 512m or 1g";
  if (bytes < MINIMUM_MEMORY_BYTES) return "the engine's smallest memory limit is 6m";
  return undefined;
}
