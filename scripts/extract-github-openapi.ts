// Extracts the GitHub REST operations quai talks to from GitHub's official OpenAPI description
// into test/fixtures/github-openapi/operations.json, which the local GitHub API test server
// (test/support/github-api-server.ts) validates every request and response against.
// @octokit/openapi is far too large to be a dependency (hundreds of MB), so this packs it into a
// temporary folder, reads api.github.com.json there and keeps only what the operations reference.
//
//   npx tsx scripts/extract-github-openapi.ts [version]
//
// To add an operation: add its operationId to OPERATION_IDS and run the script again.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const PACKAGE = "@octokit/openapi";
const DEFAULT_VERSION = "23.0.2";
const DESCRIPTION_FILE = "package/generated/api.github.com.json";
const OUTPUT = fileURLToPath(new URL("../test/fixtures/github-openapi/operations.json", import.meta.url));

/** The ledger's operations, and the rollback report's (the repository, issues, pulls, refs, files). */
const OPERATION_IDS = [
  "repos/create-deployment",
  "repos/list-deployments",
  "repos/get-deployment",
  "repos/create-deployment-status",
  "repos/list-deployment-statuses",
  "repos/get-deployment-status",
  "issues/create",
  "issues/get",
  "issues/update",
  "issues/list-for-repo",
  "issues/create-comment",
  "issues/list-comments",
  "issues/add-labels",
  "issues/set-labels",
  "issues/remove-label",
  "issues/list-labels-on-issue",
  "pulls/create",
  "pulls/get",
  "pulls/list",
  "git/get-ref",
  "git/create-ref",
  "git/update-ref",
  "repos/get-content",
  "repos/create-or-update-file-contents",
  "repos/get",
  "pulls/request-reviewers",
  "issues/add-assignees",
];

// Examples and prose make up most of the description and validate nothing.
const DROPPED_KEYWORDS = new Set(["example", "examples", "description", "summary", "externalDocs"]);
const SCHEMA_REF = "#/components/schemas/";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

interface Parameter {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required: boolean;
  schema: Json;
}

export interface ExtractedOperation {
  method: string;
  /** OpenAPI path template: `/repos/{owner}/{repo}/deployments`. */
  path: string;
  documentationUrl: string;
  parameters: Parameter[];
  /** The JSON body's schema, when the operation takes one. */
  requestBody?: { required: boolean; schema: Json };
  /** Status code → the JSON body's schema (null: the response has no body). */
  responses: Record<string, Json>;
}

export interface ExtractedDescription {
  source: string;
  package: string;
  version: string;
  openapi: string;
  extractedBy: string;
  operations: Record<string, ExtractedOperation>;
  /** The schemas the operations reference (`#/components/schemas/…`), with theirs in turn. */
  components: { schemas: Record<string, Json> };
}

/** Follows a `$ref` inside the description (`#/components/parameters/owner`). */
function resolve(description: JsonObject, node: Json): Json {
  if (!isObject(node) || typeof node.$ref !== "string") return node;
  const target = node.$ref
    .replace(/^#\//, "")
    .split("/")
    .reduce<Json>((at, part) => (isObject(at) ? (at[part] ?? null) : null), description);
  if (target === null) throw new Error(`Unresolvable $ref ${node.$ref}`);
  return resolve(description, target);
}

function isObject(node: Json | undefined): node is JsonObject {
  return typeof node === "object" && node !== null && !Array.isArray(node);
}

/** A copy without prose and examples; property names (`properties.description`) are kept. */
function slim(node: Json): Json {
  if (Array.isArray(node)) return node.map(slim);
  if (!isObject(node)) return node;
  const copy: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === "properties" && isObject(value)) {
      copy[key] = Object.fromEntries(Object.entries(value).map(([name, schema]) => [name, slim(schema)]));
    } else if (!DROPPED_KEYWORDS.has(key) && !key.startsWith("x-")) {
      copy[key] = slim(value);
    }
  }
  return copy;
}

function jsonSchemaOf(description: JsonObject, holder: Json): Json {
  const content = resolve(description, holder);
  if (!isObject(content) || !isObject(content.content)) return null;
  const media = content.content["application/json"];
  return isObject(media) && media.schema !== undefined ? slim(media.schema) : null;
}

function extractOperation(description: JsonObject, operationId: string): ExtractedOperation {
  const paths = description.paths as Record<string, Record<string, JsonObject>>;
  for (const [path, item] of Object.entries(paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (operation.operationId !== operationId) continue;
      const parameters = ((operation.parameters as Json[] | undefined) ?? []).map((parameter) => {
        const { name, in: location, required, schema } = resolve(description, parameter) as JsonObject;
        return { name, in: location, required: required === true, schema: slim(schema ?? {}) } as Parameter;
      });
      const body =
        operation.requestBody === undefined ? undefined : resolve(description, operation.requestBody);
      const responses = Object.fromEntries(
        Object.entries(operation.responses as JsonObject).map(([status, response]) => [
          status,
          jsonSchemaOf(description, response),
        ]),
      );
      return {
        method,
        path,
        documentationUrl: String((operation.externalDocs as JsonObject | undefined)?.url ?? ""),
        parameters,
        ...(isObject(body)
          ? { requestBody: { required: body.required === true, schema: jsonSchemaOf(description, body) } }
          : {}),
        responses,
      };
    }
  }
  throw new Error(`No operation ${operationId} in the description`);
}

/** Every schema the operations reference, directly or through other schemas. */
function referencedSchemas(description: JsonObject, roots: Json[]): Record<string, Json> {
  const all = (description.components as JsonObject).schemas as JsonObject;
  const schemas: Record<string, Json> = {};
  const visit = (node: Json): void => {
    if (typeof node !== "object" || node === null) return;
    const ref = isObject(node) ? node.$ref : undefined;
    if (typeof ref === "string" && ref.startsWith(SCHEMA_REF)) {
      const name = ref.slice(SCHEMA_REF.length);
      if (!(name in schemas)) {
        const schema = all[name];
        if (schema === undefined) throw new Error(`Unresolvable $ref ${ref}`);
        schemas[name] = slim(schema);
        visit(schemas[name]);
      }
    }
    Object.values(node).forEach(visit);
  };
  roots.forEach(visit);
  return Object.fromEntries(Object.entries(schemas).sort(([a], [b]) => a.localeCompare(b)));
}

export function extract(
  description: JsonObject,
  version: string,
  operationIds: string[] = OPERATION_IDS,
): ExtractedDescription {
  const operations = Object.fromEntries(operationIds.map((id) => [id, extractOperation(description, id)]));
  return {
    source: `GitHub's REST API description (github/rest-api-description) as npm ${PACKAGE}@${version}, ${DESCRIPTION_FILE.replace("package/", "")}`,
    package: PACKAGE,
    version,
    openapi: String(description.openapi),
    extractedBy: "npx tsx scripts/extract-github-openapi.ts",
    operations,
    components: { schemas: referencedSchemas(description, Object.values(operations) as unknown as Json[]) },
  };
}

function readPackedDescription(version: string): JsonObject {
  const folder = mkdtempSync(join(tmpdir(), "quai-github-openapi-"));
  try {
    const tarball = execFileSync("npm", ["pack", `${PACKAGE}@${version}`, "--pack-destination", folder], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    })
      .trim()
      .split("\n")
      .at(-1);
    execFileSync("tar", ["-xzf", join(folder, tarball ?? ""), "-C", folder, DESCRIPTION_FILE]);
    return JSON.parse(readFileSync(join(folder, DESCRIPTION_FILE), "utf8")) as JsonObject;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const version = process.argv[2] ?? DEFAULT_VERSION;
  const extracted = extract(readPackedDescription(version), version);
  writeFileSync(OUTPUT, JSON.stringify(extracted));
  // In the repository's own format, so that `npm run lint` passes on the committed file.
  execFileSync("npx", ["biome", "format", "--write", OUTPUT], { stdio: "ignore" });
  console.log(
    `${OUTPUT}: ${Object.keys(extracted.operations).length} operations, ${Object.keys(extracted.components.schemas).length} schemas`,
  );
}
