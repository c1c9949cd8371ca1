// For tests: tars written the way other tools write them, with whatever headers they like.
import { buffer } from "node:stream/consumers";
import tarStream, { type Header } from "tar-stream";

/** A header plus the PAX records (atime, ctime…) that tar-stream writes but does not declare. */
export type MessyHeader = Partial<Header> & { name: string; pax?: Record<string, string> };

export async function messyTar(
  entries: Array<{ header: MessyHeader; content?: string | Buffer }>,
): Promise<Buffer> {
  const pack = tarStream.pack();
  for (const { header, content } of entries) pack.entry(header, content ?? "");
  pack.finalize();
  return buffer(pack);
}
