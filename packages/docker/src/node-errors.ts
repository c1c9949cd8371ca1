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

/** An error's message cut to its first line, to quote it inside a one-line UserError. */
export function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n", 1)[0]?.trim() ?? "";
}

/** The engine's answer, or undefined when it says 404: the container, image, service… is not there. */
export async function orUndefinedWhenMissing<T>(request: Promise<T>): Promise<T | undefined> {
  try {
    return await request;
  } catch (error) {
    if (httpStatus(error) === 404) return undefined;
    throw error;
  }
}
