import { randomInt } from "node:crypto";
import { createServer } from "node:net";

// Below Linux's ephemeral range (32768-60999): a port picked there could be taken, between the
// pick and the engine's bind, as the local end of one of the many connections a load test opens.
const LOWEST = 20_000;
const HIGHEST = 32_000;

/** A port nothing listens on now, on 127.0.0.1, for a test to publish an environment on. */
export async function freePort(): Promise<number> {
  for (;;) {
    const port = randomInt(LOWEST, HIGHEST);
    if (await listenable(port)) return port;
  }
}

function listenable(port: number): Promise<boolean> {
  const server = createServer();
  return new Promise((resolve) => {
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}
