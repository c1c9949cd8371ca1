import { InvalidValueError, UserError } from "@quai/core";

/** A process the image can start by name: `web: node server.js` (the Procfile convention). */
export interface Process {
  name: string;
  command: string;
}

const PROCESS_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_-]*$/;
// Entrypoint words that cannot also be process names.
const RESERVED = ["shell", "run"];

interface Origin {
  /** The Procfile's path (for annotations), or undefined when the lines came from the `processes` input. */
  file?: string;
}

function problem(origin: Origin, line: number, text: string, why: string): UserError {
  if (origin.file === undefined) return new InvalidValueError("processes", text, `line ${line}: ${why}`);
  return new UserError(`${origin.file} line ${line} ${why}: ${JSON.stringify(text)}`, {
    hint: "Each line is NAME: COMMAND, for example web: node server.js",
    location: { file: origin.file, line },
  });
}

/** Reads Procfile lines; blank lines and `#` comments are skipped. */
export function parseProcesses(text: string, origin: Origin = {}): Process[] {
  const processes: Process[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (!line || line.startsWith("#")) return;
    const colon = line.indexOf(":");
    const name = colon > 0 ? line.slice(0, colon).trim() : "";
    const command = line.slice(colon + 1).trim();
    if (!PROCESS_NAME.test(name) || !command) throw problem(origin, index + 1, line, "is not NAME: COMMAND");
    if (RESERVED.includes(name)) throw problem(origin, index + 1, line, `uses the reserved name ${name}`);
    if (processes.some((process) => process.name === name)) {
      throw problem(origin, index + 1, line, `declares ${name} a second time`);
    }
    processes.push({ name, command });
  });
  return processes;
}

/** The Procfile as the image carries it, one `name: command` per line. */
export function formatProcesses(processes: readonly Process[]): string {
  return processes.map((process) => `${process.name}: ${process.command}\n`).join("");
}
