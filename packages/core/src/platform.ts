import { InvalidValueError } from "./errors";

/** An image platform as OCI writes it: `linux/arm64/v8` is { os: linux, architecture: arm64, variant: v8 }. */
export interface Platform {
  os: string;
  architecture: string;
  variant?: string;
}

const PART = /^[a-z0-9_]+$/;

/** What uname and Docker's info call an architecture, in GOARCH terms as images name it. */
const ARCHITECTURE_ALIASES: Record<string, Platform["architecture"]> = {
  x86_64: "amd64",
  x86: "386",
  i386: "386",
  i686: "386",
  aarch64: "arm64",
  armhf: "arm",
  armel: "arm",
  armv7l: "arm",
  armv6l: "arm",
  ppc64el: "ppc64le",
};

/** Variants a platform has when none is written: arm64 is v8 (as containerd's matcher reads it). */
const DEFAULT_VARIANTS: Record<string, string> = { arm64: "v8" };

/** `os/architecture[/variant]`, as `platforms` inputs and `docker --platform` take it. */
export function parsePlatform(text: string, input = "platform"): Platform {
  const parts = text.trim().toLowerCase().split("/");
  const [os, architecture, variant, ...rest] = parts;
  if (!os || !architecture || rest.length > 0 || !parts.every((part) => PART.test(part))) {
    throw new InvalidValueError(input, text, "a platform is os/architecture[/variant]", {
      hint: "Write it as Docker does, for example linux/amd64 or linux/arm64/v8",
    });
  }
  return { os, architecture: ARCHITECTURE_ALIASES[architecture] ?? architecture, variant };
}

export function formatPlatform(platform: Platform): string {
  return [platform.os, platform.architecture, platform.variant].filter(Boolean).join("/");
}

/** The platform an engine runs, from its info (OSType linux, Architecture x86_64). */
export function enginePlatform(info: { OSType?: string; Architecture?: string }): Platform {
  const architecture = info.Architecture ?? "amd64";
  const normalized = ARCHITECTURE_ALIASES[architecture] ?? architecture;
  return {
    os: info.OSType ?? "linux",
    architecture: normalized,
    variant: architecture.startsWith("armv") ? architecture.slice(3, 5) : undefined,
  };
}

/** Whether two platforms name the same thing, a missing variant being the architecture's default. */
export function samePlatform(a: Platform, b: Platform): boolean {
  const variant = (platform: Platform) => platform.variant ?? DEFAULT_VARIANTS[platform.architecture];
  return a.os === b.os && a.architecture === b.architecture && variant(a) === variant(b);
}
