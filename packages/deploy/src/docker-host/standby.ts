// The record of an environment's standby: the previous release, kept running after a blue-green
// switch until its window ends. Labels cannot change after a container is made, so the record is
// a file in the proxy, beside the configuration that names what serves: written at the switch,
// emptied when the standby is retired or takes traffic back.
import type { HostApi } from "./engine-api";

export const STANDBY_RECORD_PATH = "/etc/quai/standby.json";

export interface StandbyRecord {
  /** The standby container's id. */
  container: string;
  version: string;
  /** ISO time its window ends. */
  until: string;
  /** How many stopped releases the deploy that made it retains: retiring it prunes to that. */
  retain: number;
}

export async function readStandbyRecord(api: HostApi, proxyId: string): Promise<StandbyRecord | undefined> {
  const text = await api.readFile(proxyId, STANDBY_RECORD_PATH);
  if (!text) return undefined;
  try {
    return JSON.parse(text) as StandbyRecord;
  } catch {
    // Someone edited it by hand: a standby with no readable window is retired as if it had ended.
    return undefined;
  }
}

export async function writeStandbyRecord(
  api: HostApi,
  proxyId: string,
  record: StandbyRecord,
): Promise<void> {
  await api.writeFile(proxyId, STANDBY_RECORD_PATH, `${JSON.stringify(record)}\n`);
}

/** The engine cannot delete a file in a container: an empty record is none. */
export async function clearStandbyRecord(api: HostApi, proxyId: string): Promise<void> {
  await api.writeFile(proxyId, STANDBY_RECORD_PATH, "");
}
