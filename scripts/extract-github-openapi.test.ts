import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type ExtractedDescription, extract } from "./extract-github-openapi";

const committed = JSON.parse(
  readFileSync(new URL("../test/fixtures/github-openapi/operations.json", import.meta.url), "utf8"),
) as ExtractedDescription;

describe("the extracted GitHub OpenAPI operations", () => {
  it("say where they come from", () => {
    expect(committed).toMatchObject({ package: "@octokit/openapi", version: "23.0.2", openapi: "3.0.3" });
    expect(committed.source).toContain("api.github.com.json");
  });

  it("hold what the ledger and the auto-rollback bot call, with every schema they reference", () => {
    expect(Object.keys(committed.operations)).toEqual(
      expect.arrayContaining([
        "repos/create-deployment",
        "repos/create-deployment-status",
        "issues/create",
        "pulls/create",
        "git/update-ref",
        "repos/create-or-update-file-contents",
        "issues/add-labels",
      ]),
    );
    const references = JSON.stringify(committed).match(/#\/components\/schemas\/[^"]+/g) ?? [];
    for (const reference of references) {
      expect(committed.components.schemas).toHaveProperty([reference.split("/").at(-1) ?? ""]);
    }
  });
});

describe("extract", () => {
  // A description in miniature: one operation, parameters and responses behind $refs.
  const description = {
    openapi: "3.0.3",
    paths: {
      "/repos/{owner}/{repo}/deployments": {
        post: {
          operationId: "repos/create-deployment",
          summary: "Create a deployment",
          externalDocs: { url: "https://docs.github.com/rest/deployments" },
          parameters: [{ $ref: "#/components/parameters/owner" }],
          requestBody: {
            required: true,
            content: {
              "application/json": {
                schema: {
                  type: "object",
                  properties: { description: { type: "string", description: "prose" } },
                },
                examples: { simple: { value: {} } },
              },
            },
          },
          responses: {
            "201": { $ref: "#/components/responses/created" },
            "409": { description: "Conflict" },
          },
        },
      },
    },
    components: {
      parameters: { owner: { name: "owner", in: "path", required: true, schema: { type: "string" } } },
      responses: {
        created: { content: { "application/json": { schema: { $ref: "#/components/schemas/deployment" } } } },
      },
      schemas: {
        deployment: {
          type: "object",
          example: {},
          properties: { creator: { $ref: "#/components/schemas/user" } },
        },
        user: { type: "object", description: "A user" },
        unused: { type: "string" },
      },
    },
  };

  it("keeps schemas, resolves parameters and responses, and drops prose and examples", () => {
    const extracted = extract(description, "0.0.0", ["repos/create-deployment"]);
    expect(extracted.operations).toEqual({
      "repos/create-deployment": {
        method: "post",
        path: "/repos/{owner}/{repo}/deployments",
        documentationUrl: "https://docs.github.com/rest/deployments",
        parameters: [{ name: "owner", in: "path", required: true, schema: { type: "string" } }],
        requestBody: {
          required: true,
          schema: { type: "object", properties: { description: { type: "string" } } },
        },
        responses: { "201": { $ref: "#/components/schemas/deployment" }, "409": null },
      },
    });
    expect(extracted.components.schemas).toEqual({
      deployment: { type: "object", properties: { creator: { $ref: "#/components/schemas/user" } } },
      user: { type: "object" },
    });
  });

  it("fails on an operation the description does not have", () => {
    expect(() => extract(description, "0.0.0", ["repos/delete-everything"])).toThrow(/No operation/);
  });
});
