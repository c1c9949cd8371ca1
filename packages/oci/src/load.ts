import { text } from "node:stream/consumers";
import { firstLine, UserError } from "@quai/core";
import { isRecord } from "./parse-json";

/**
 * The part of dockerode that loading needs. Dockerode fits it; a test fakes it without the callback
 * overloads `Pick<Dockerode, "loadImage">` would bring.
 */
export interface ImageLoader {
  loadImage(archive: NodeJS.ReadableStream): Promise<NodeJS.ReadableStream>;
}

const HINT = "Check the engine's free disk space and its log (journalctl -u docker)";

/**
 * Loads a `docker save` archive (see dockerArchive) into the engine. The engine answers 200 as soon
 * as it starts reading, then reports progress and failure alike as JSON messages in the body, so
 * the body is read to the end and an `error` message there fails the load too.
 */
export async function loadImage(api: ImageLoader, archive: NodeJS.ReadableStream): Promise<void> {
  let response: NodeJS.ReadableStream;
  try {
    response = await api.loadImage(archive);
  } catch (error) {
    throw new UserError(`The Docker engine refused to load the image (${firstLine(error)})`, {
      hint: HINT,
      cause: error,
    });
  }
  const failure = loadError(await text(response));
  if (failure !== undefined) {
    throw new UserError(`The Docker engine could not load the image (${failure})`, { hint: HINT });
  }
}

/** The first error among the engine's messages, one JSON object per line. */
function loadError(body: string): string | undefined {
  for (const line of body.split("\n")) {
    const message = parseLine(line);
    if (!isRecord(message)) continue;
    if (typeof message.error === "string") return message.error;
    if (isRecord(message.errorDetail) && typeof message.errorDetail.message === "string") {
      return message.errorDetail.message;
    }
  }
  return undefined;
}

function parseLine(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    // Blank lines between messages, or text from an engine that does not speak JSON here.
    return undefined;
  }
}
