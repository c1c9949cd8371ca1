// Configuration drift (issue #16): variables, labels, ports, networks or the proxy's nginx config
// changed since quai wrote them. Said at once, and only said: a change made by hand is a person's
// decision, which a rollback would undo without telling them why.
import type { Observe } from "./release-signals";
import type { Reading, SampleWindow, Signal } from "./signal";

export const CONFIGURATION_DRIFT = "configuration drift";

export function configurationDriftSignal(observe: Observe): Signal {
  return {
    name: CONFIGURATION_DRIFT,
    threshold: "variables, labels, ports, networks and nginx config as quai wrote them",
    async read(window: SampleWindow): Promise<Reading> {
      const { serving, configuration } = await observe(window);
      if (!serving) return { kind: "no-data", detail: "nothing serves the environment to compare" };
      if (configuration === undefined) {
        return {
          kind: "no-data",
          detail:
            "quai kept no record of what it wrote here (an earlier quai deployed it); the next deploy does",
        };
      }
      if (configuration.length === 0) return { kind: "pass", value: 0, detail: "as quai wrote it" };
      return { kind: "fail", now: true, value: configuration.length, detail: configuration.join("; ") };
    },
  };
}
