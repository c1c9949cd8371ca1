// The Prometheus signals, for teams that have Prometheus: each query of quai.yml's watch block is
// a signal of its own, failing a sample whose result is above its max. A Prometheus that does not
// answer, or refuses the query, is a measurement error, never a failure.
import { UserError } from "@quai/core";
import type { WatchSettings } from "@quai/deploy";
import type { PrometheusApi, PromSample } from "./prometheus-api";
import type { Reading, SampleWindow, Signal } from "./signal";

type PrometheusQuery = NonNullable<WatchSettings["prometheus"]>["queries"][number];

/** One signal per query, named after it; none when quai.yml has no prometheus block. */
export function prometheusSignals(api: PrometheusApi, prometheus: WatchSettings["prometheus"]): Signal[] {
  return (prometheus?.queries ?? []).map((query) => prometheusSignal(api, query));
}

function prometheusSignal(api: PrometheusApi, { name, query, max }: PrometheusQuery): Signal {
  return {
    name,
    threshold: `> ${max}`,
    async read(window: SampleWindow): Promise<Reading> {
      let samples: PromSample[];
      try {
        samples = await api.query(query, window.endMs);
      } catch (error) {
        if (error instanceof UserError) return { kind: "error", detail: error.message };
        throw error;
      }
      if (samples.length === 0) {
        return {
          kind: "no-data",
          detail: "no series: nothing to judge yet (no traffic, or nothing scraped)",
        };
      }
      const numbers = samples.filter((sample) => !Number.isNaN(sample.value));
      if (numbers.length === 0) {
        return { kind: "no-data", detail: "NaN: nothing to divide by yet (0/0, no traffic in the range)" };
      }
      // The worst series decides: one bad instance among good ones is a bad release.
      const highest = numbers.reduce((worst, sample) => (sample.value > worst.value ? sample : worst));
      const where = describeSeries(highest, samples.length);
      if (highest.value > max) {
        return { kind: "fail", value: highest.value, detail: `${shown(highest.value)} > ${max}${where}` };
      }
      return { kind: "pass", value: highest.value, detail: `${shown(highest.value)} ≤ ${max}${where}` };
    },
  };
}

/** " on {instance="a"} (highest of 3 series)": which series, when the result has labels or several. */
function describeSeries(sample: PromSample, seriesCount: number): string {
  const labels = Object.entries(sample.labels)
    .map(([label, value]) => `${label}=${JSON.stringify(value)}`)
    .join(", ");
  const on = labels ? ` on {${labels}}` : "";
  return seriesCount > 1 ? `${on} (highest of ${seriesCount} series)` : on;
}

/** Four significant digits are plenty to read a share or a latency off the summary. */
function shown(value: number): string {
  return Number.isFinite(value) ? String(Number(value.toPrecision(4))) : String(value);
}
