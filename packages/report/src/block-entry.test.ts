import { describe, expect, it } from "vitest";
import { addBlockEntry } from "./block-entry";

const ENTRY = { version: "1.4.2", reason: "5xx share in production: 7.9% for 3 samples" };

describe("addBlockEntry", () => {
  it("appends the release to blocked:, keeping every comment, the key order and the formatting", () => {
    const text = [
      "# The environments of shop",
      "app: shop",
      "",
      "environments:",
      "  production:",
      "    target: ssh://deploy@shop.example # the host",
      "",
      "# Releases no environment may run again",
      "blocked:",
      "  - version: 1.0.3",
      "    reason: corrupts counters on restart # found by QA",
      "",
    ].join("\n");
    const edit = addBlockEntry(text, ENTRY);
    expect(edit).toEqual({
      edited: true,
      text: `${text}  - version: 1.4.2\n    reason: "5xx share in production: 7.9% for 3 samples"\n`,
    });
  });

  it("adds a blocked: list at the end when quai.yml has none, or fills an empty one", () => {
    expect(addBlockEntry("# shop\napp: shop\n", ENTRY)).toEqual({
      edited: true,
      text: '# shop\napp: shop\nblocked:\n  - version: 1.4.2\n    reason: "5xx share in production: 7.9% for 3 samples"\n',
    });
    expect(addBlockEntry("app: shop\nblocked: []\n", { version: "1.0", reason: "bad" })).toEqual({
      edited: true,
      text: 'app: shop\nblocked: [ { version: "1.0", reason: bad } ]\n',
    });
  });

  it("refuses a blocked: list with anchors or aliases, one that already lists the release, or one that is not a list", () => {
    const anchored = "app: shop\nreason: &why corrupts data\nblocked: [{ version: 1.0.3, reason: *why }]\n";
    expect(addBlockEntry(anchored, ENTRY)).toEqual({
      edited: false,
      why: "quai.yml's blocked: list uses YAML anchors or aliases, which an edit could break",
    });
    expect(addBlockEntry("app: shop\nblocked:\n  - version: 1.4.2\n    reason: x\n", ENTRY)).toEqual({
      edited: false,
      why: "quai.yml's blocked: list already has 1.4.2",
    });
    expect(addBlockEntry("app: shop\nblocked: 1.4.2\n", ENTRY)).toEqual({
      edited: false,
      why: "quai.yml's blocked: is not a list",
    });
    expect(addBlockEntry("app: [shop\n", ENTRY)).toMatchObject({
      edited: false,
      why: expect.stringMatching(/^quai.yml is not valid YAML/),
    });
  });

  it("refuses a file the yaml library would not write back as it is", () => {
    expect(addBlockEntry("app:    shop\nenvironments: {a: {}}\n", ENTRY)).toEqual({
      edited: false,
      why: "the yaml library would rewrite more of quai.yml than the blocked: entry",
    });
  });
});
