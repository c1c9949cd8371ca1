import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readQuaiFile } from "@quai/deploy";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { renderedSchema, SCHEMA_PATH } from "../../scripts/quai-schema";
import { REPO_ROOT } from "../harness/action-harness";

const EXAMPLE = join(REPO_ROOT, "workflows-examples/repository/quai.yml");

function validator() {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats.default(ajv);
  return ajv.compile(JSON.parse(readFileSync(SCHEMA_PATH, "utf8")));
}

describe("the published JSON Schema of quai.yml", () => {
  it("is the one the zod schema generates", () => {
    // On failure: npx tsx scripts/quai-schema.ts
    expect(readFileSync(SCHEMA_PATH, "utf8")).toBe(renderedSchema());
  });

  it("accepts the example quai.yml, which deploy-env accepts too", () => {
    const validate = validator();
    expect(validate(parse(readFileSync(EXAMPLE, "utf8"))), JSON.stringify(validate.errors)).toBe(true);
    expect(Object.keys(readQuaiFile(EXAMPLE, "quai.yml").file.environments)).toEqual([
      "staging",
      "qualification",
      "production",
    ]);
  });

  it("catches what an editor should flag: a misspelt key and a wrong strategy", () => {
    const validate = validator();
    const example = parse(readFileSync(EXAMPLE, "utf8"));
    example.environments.staging.stratgy = "blue-green";
    example.environments.production.strategy = "canary";
    expect(validate(example)).toBe(false);
    expect(validate.errors?.map((error) => `${error.instancePath} ${error.keyword}`)).toEqual(
      expect.arrayContaining([
        "/environments/staging additionalProperties",
        "/environments/production/strategy enum",
      ]),
    );
  });
});
