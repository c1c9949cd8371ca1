// What quai wrote on a release container (Docker host) or service (Swarm), recorded in a label
// when it writes it, so that the drift watcher can tell a change made by hand from quai's own.
//
// Why a record, not a re-rendering of the plan: the watcher has no plan (no secrets, maybe another
// quai.yml than the one deployed, another quai version whose defaults moved), and the engine adds
// to what quai set (the image's ENV and LABELs). Only what quai set, as it set it, is compared.
// Values are kept as a sha256 prefix, never as themselves, so the label stays short and repeats no
// value; secret variables are in the environment only as NAME_FILE paths, so no secret is in it.
import { createHash } from "node:crypto";
import { LABEL_PREFIX } from "./contract";

/** The label holding the record (compact JSON of WrittenConfiguration). */
export const CONFIGURATION_LABEL = `${LABEL_PREFIX}.configuration`;

/** What quai set, as the engine shows it back. */
export interface AppliedConfiguration {
  /** `NAME=value`, as in a container's or service's Env. */
  env: string[];
  labels: Record<string, string>;
  /** Published ports, as portDescription() writes them. */
  ports: string[];
  /** Network names (Swarm: as the spec names them). */
  networks: string[];
}

interface WrittenConfiguration {
  /** Variable name → sha256 prefix of its value. */
  env: Record<string, string>;
  /** quai's own labels (LABEL_PREFIX), name → sha256 prefix of the value. */
  labels: Record<string, string>;
  ports: string[];
  networks: string[];
}

/** The label's value for what quai sets now; `labels` without the record itself. */
export function configurationRecord(applied: AppliedConfiguration): string {
  const written: WrittenConfiguration = {
    env: Object.fromEntries(parseEnv(applied.env).map(([name, value]) => [name, fingerprint(value)])),
    labels: Object.fromEntries(
      ownLabels(applied.labels).map(([name, value]) => [
        name.slice(LABEL_PREFIX.length + 1),
        fingerprint(value),
      ]),
    ),
    ports: [...applied.ports].sort(),
    networks: [...applied.networks].sort(),
  };
  return JSON.stringify(written);
}

export interface CompareOptions {
  /**
   * Whether a variable quai did not set is a difference. Not on a Docker host: a container's
   * environment holds its image's ENV too, which quai never set and cannot tell apart.
   */
  extraVariables: boolean;
}

/**
 * Each way `actual` differs from the record its labels carry, as a line a person reads; undefined
 * when there is no record (made before quai kept one) or it cannot be read.
 */
export function configurationDifferences(
  actual: AppliedConfiguration,
  options: CompareOptions,
): string[] | undefined {
  const written = readRecord(actual.labels[CONFIGURATION_LABEL]);
  if (!written) return undefined;
  const differences: string[] = [];
  const env = new Map(parseEnv(actual.env));
  for (const [name, recorded] of Object.entries(written.env)) {
    const value = env.get(name);
    if (value === undefined) differences.push(`variable ${name} removed outside quai`);
    else if (fingerprint(value) !== recorded) differences.push(`variable ${name} differs from what quai set`);
  }
  if (options.extraVariables) {
    for (const name of env.keys()) {
      if (!(name in written.env)) differences.push(`variable ${name} added outside quai`);
    }
  }
  const labels = new Map(
    ownLabels(actual.labels).map(([name, value]) => [name.slice(LABEL_PREFIX.length + 1), value]),
  );
  for (const [name, recorded] of Object.entries(written.labels)) {
    const value = labels.get(name);
    if (value === undefined) differences.push(`label ${LABEL_PREFIX}.${name} removed outside quai`);
    else if (fingerprint(value) !== recorded)
      differences.push(`label ${LABEL_PREFIX}.${name} differs from what quai set`);
  }
  for (const name of labels.keys()) {
    if (!(name in written.labels)) differences.push(`label ${LABEL_PREFIX}.${name} added outside quai`);
  }
  differences.push(...listDifferences("port", written.ports, actual.ports, "published", "unpublished"));
  differences.push(
    ...listDifferences("network", written.networks, actual.networks, "connected", "disconnected"),
  );
  return differences;
}

/** A published port as both targets describe it: `127.0.0.1:8080->8080/tcp`. */
export function portDescription(port: {
  hostIp?: string;
  hostPort: number;
  containerPort: number;
  protocol?: string;
}): string {
  const host = port.hostIp ? `${port.hostIp}:${port.hostPort}` : String(port.hostPort);
  return `${host}->${port.containerPort}/${port.protocol ?? "tcp"}`;
}

function listDifferences(
  what: string,
  recorded: string[],
  actual: string[],
  added: string,
  removed: string,
): string[] {
  return [
    ...actual
      .filter((item) => !recorded.includes(item))
      .map((item) => `${what} ${item} ${added} outside quai`),
    ...recorded
      .filter((item) => !actual.includes(item))
      .map((item) => `${what} ${item} ${removed} outside quai`),
  ];
}

/** quai's own labels but the record itself, which cannot record its own value. */
function ownLabels(labels: Record<string, string>): Array<[string, string]> {
  return Object.entries(labels).filter(
    ([name]) => name.startsWith(`${LABEL_PREFIX}.`) && name !== CONFIGURATION_LABEL,
  );
}

function parseEnv(env: string[]): Array<[string, string]> {
  return env.map((entry) => {
    const equals = entry.indexOf("=");
    return equals < 0 ? [entry, ""] : [entry.slice(0, equals), entry.slice(equals + 1)];
  });
}

/** Enough of a sha256 to tell a changed value. */
function fingerprint(value: string): string {
  return createHash("sha256").update(value).digest("hex").slice(0, 12);
}

function readRecord(label: string | undefined): WrittenConfiguration | undefined {
  if (!label) return undefined;
  try {
    const parsed = JSON.parse(label) as Partial<WrittenConfiguration>;
    if (!parsed.env || !parsed.labels || !parsed.ports || !parsed.networks) return undefined;
    return parsed as WrittenConfiguration;
  } catch {
    return undefined;
  }
}
