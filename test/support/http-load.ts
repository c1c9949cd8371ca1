// Bounded HTTP load on an environment's published 127.0.0.1 port (autocannon): few connections,
// a fixed rate, and a hard end, whatever happens to what it watches.
import autocannon from "autocannon";

export interface LoadCount {
  requests: number;
  /** Answers of 400 and over, and requests with no answer. */
  failed: number;
}

export interface SteadyLoad {
  /** What the load has seen so far. */
  readonly count: LoadCount;
  stop(): LoadCount;
}

export function steadyLoad(
  port: number,
  { connections = 2, ratePerSecond = 40, maxSeconds = 90, path = "/" } = {},
): SteadyLoad {
  const count: LoadCount = { requests: 0, failed: 0 };
  // Counted from the events: stop() ends the load without calling autocannon's own callback.
  const load = autocannon(
    {
      url: `http://127.0.0.1:${port}${path}`,
      connections,
      overallRate: ratePerSecond,
      duration: maxSeconds,
      timeout: 5,
    },
    () => {},
  );
  load.on("reqError", () => {
    count.requests++;
    count.failed++;
  });
  load.on("response", (_client: unknown, status: number) => {
    count.requests++;
    if (status >= 400) count.failed++;
  });
  return {
    count,
    stop() {
      load.stop();
      return { ...count };
    },
  };
}
