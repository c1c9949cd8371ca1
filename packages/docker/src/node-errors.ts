import { firstLine, UserError } from "@quai/core";

/** The errno-style code Node puts on system errors (`ENOENT`, `EACCES`, `ECONNREFUSED`…). */
export function errorCode(error: unknown): string | undefined {
  return error instanceof Error && "code" in error && typeof error.code === "string" ? error.code : undefined;
}

/** The HTTP status docker-modem puts on an engine's error answer (404 for "no such …"). */
export function httpStatus(error: unknown): number | undefined {
  return error instanceof Error && "statusCode" in error && typeof error.statusCode === "number"
    ? error.statusCode
    : undefined;
}

/** Whether the engine answered 404: the container, image, service… is not there. */
export function isMissing(error: unknown): boolean {
  return httpStatus(error) === 404;
}

/**
 * What the engine says when the host under it is broken rather than anything quai or the user
 * asked: a missing default bridge (deleted by another dockerd), a full disk. Said as a UserError
 * naming the fix; undefined for anything else.
 */
export function engineHostProblem(error: unknown, doing: string): UserError | undefined {
  const message = firstLine(error);
  if (/could not find bridge docker0|bridge docker0.*no such network interface/i.test(message)) {
    return new UserError(
      `The Docker engine could not ${doing}: its default bridge docker0 is missing (${message})`,
      {
        hint: "Restart dockerd, which makes docker0 again (a second dockerd with its own address pools can delete it on restart)",
        cause: error,
      },
    );
  }
  if (/no space left on device/i.test(message)) {
    return new UserError(`The Docker engine could not ${doing}: its disk is full (${message})`, {
      hint: "Free space on the Docker host (docker system prune removes unused images and build cache)",
      cause: error,
    });
  }
  return undefined;
}

// Where the engine's adapters have long imported it from.
export { firstLine } from "@quai/core";

/** The engine's answer, or undefined when it says 404: the container, image, service… is not there. */
export async function orUndefinedWhenMissing<T>(request: Promise<T>): Promise<T | undefined> {
  try {
    return await request;
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw error;
  }
}
