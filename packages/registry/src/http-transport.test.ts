import { createServer, type Socket } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { httpTransport } from "./http-transport";

const sockets: Socket[] = [];
const server = createServer((socket) => sockets.push(socket));

afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  await new Promise((resolve) => server.close(resolve));
});

describe("httpTransport", () => {
  it("gives up on a server that accepts the connection and never answers, after the socket timeout", async () => {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as { port: number };
    const transport = httpTransport({ socketTimeoutMs: 100 });

    const failure = await transport({ method: "GET", url: `http://127.0.0.1:${port}/v2/` }).catch(
      (error: unknown) => error,
    );

    expect(failure).toMatchObject({ message: "socket timeout", code: "ETIMEDOUT" });
    expect(sockets).toHaveLength(1);
  });
});
