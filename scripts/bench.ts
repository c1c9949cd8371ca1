/**
 * npm run bench -- <name>: measures quai against a plain baseline (the Docker tools doing the same
 * work; `node -e 0` for a start), in one run, and prints ratios. Benchmarks live in
 * scripts/bench/<name>.ts and export `bench()`.
 */
import { readdirSync } from "node:fs";
import { useRunScratch } from "../test/support/run-scratch";

const available = readdirSync(new URL("./bench", import.meta.url))
  .filter((file) => file.endsWith(".ts") && file !== "support.ts")
  .map((file) => file.replace(/\.ts$/, ""));
const names = process.argv.slice(2);
const unknown = names.filter((name) => !available.includes(name));
if (names.length === 0 || unknown.length > 0) {
  console.error(
    `bench: name one or more of: ${available.join(", ")}${unknown.length ? ` (unknown: ${unknown.join(", ")})` : ""}`,
  );
  process.exit(2);
}
const removeScratch = useRunScratch();
try {
  for (const name of names) {
    const module = (await import(`./bench/${name}.ts`)) as { bench: () => Promise<boolean> };
    const met = await module.bench();
    if (!met) process.exitCode = 1;
  }
} finally {
  removeScratch();
}
