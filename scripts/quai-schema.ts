/**
 * Writes schemas/quai.schema.json, the published JSON Schema of quai.yml, from its zod schema.
 *   npx tsx scripts/quai-schema.ts
 * test/checks/quai-schema.test.ts fails when the committed file is out of date.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { quaiFileJsonSchema } from "@quai/deploy";

export const SCHEMA_PATH = fileURLToPath(new URL("../schemas/quai.schema.json", import.meta.url));

export function renderedSchema(): string {
  return `${JSON.stringify(quaiFileJsonSchema(), null, 2)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(SCHEMA_PATH, renderedSchema());
  console.log(`wrote ${SCHEMA_PATH}`);
}
