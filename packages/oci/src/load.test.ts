import { Readable } from "node:stream";
import { text } from "node:stream/consumers";
import { UserError } from "@quai/core";
import { describe, expect, it } from "vitest";
import { type ImageLoader, loadImage } from "./load";

/** An engine that reads the whole archive, then answers with these lines. */
function engine(lines: string[]): ImageLoader & { received: string[] } {
  const received: string[] = [];
  return {
    received,
    loadImage: async (archive) => {
      received.push(await text(archive));
      return Readable.from([lines.join("\n")]);
    },
  };
}

function archive(): Readable {
  return Readable.from([Buffer.from("tar bytes")]);
}

describe("loadImage", () => {
  it("sends the archive and accepts an answer without errors", async () => {
    const api = engine([
      '{"status":"Loading layer","progressDetail":{"current":512,"total":1024},"id":"abc"}',
      '{"stream":"Loaded image: quai-test/oci:1\\n"}',
      "",
    ]);
    await loadImage(api, archive());
    expect(api.received).toEqual(["tar bytes"]);
  });

  it("fails with the engine's message when an error comes in a 200 answer", async () => {
    const api = engine([
      '{"status":"Loading layer","progressDetail":{},"id":"abc"}',
      '{"errorDetail":{"message":"unexpected EOF"},"error":"unexpected EOF"}',
    ]);
    const loading = loadImage(api, archive());
    await expect(loading).rejects.toThrowError(UserError);
    await expect(loading).rejects.toThrowError("The Docker engine could not load the image (unexpected EOF)");
  });

  it("takes the message from errorDetail when there is no error field", async () => {
    const loading = loadImage(engine(['{"errorDetail":{"message":"no space left on device"}}']), archive());
    await expect(loading).rejects.toThrowError("could not load the image (no space left on device)");
  });

  it("fails with the first line of the engine's refusal", async () => {
    const api: ImageLoader = {
      loadImage: async () => {
        throw new Error("(HTTP code 500) server error - invalid tar header\nmore detail");
      },
    };
    await expect(loadImage(api, archive())).rejects.toThrowError(
      "The Docker engine refused to load the image ((HTTP code 500) server error - invalid tar header)",
    );
  });
});
