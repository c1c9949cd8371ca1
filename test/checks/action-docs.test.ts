import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ACTIONS_DIR, documentedReadme, inputsTable, withSection } from "../../scripts/action-docs";

describe("action READMEs", () => {
  it.each(readdirSync(ACTIONS_DIR))(
    "%s documents exactly the inputs and outputs of its action.yml",
    (action) => {
      const { current, expected } = documentedReadme(join(ACTIONS_DIR, action));
      // On failure: npx tsx scripts/action-docs.ts
      expect(current).toBe(expected);
    },
  );

  it("renders an input row with its default and escapes table characters", () => {
    const table = inputsTable({
      inputs: { tags: { description: "Rules | one per line", default: "{{version}}\nlatest\n" } },
    });
    expect(table.split("\n")[2]).toBe("| `tags` | no | `{{version}}<br>latest` | Rules \\| one per line |");
  });

  it("refuses a README without the generated section", () => {
    expect(() => withSection("# x\n", "inputs", "table")).toThrowError(
      "README has no <!-- inputs --> … <!-- /inputs --> section",
    );
  });
});
