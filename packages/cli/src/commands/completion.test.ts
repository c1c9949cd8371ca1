import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cliWorkspace } from "../testing";

/** What bash offers after `words`, the last one being completed, with quai's script sourced. */
function complete(script: string, folder: string, words: string[]): string[] {
  const file = join(folder, "quai.bash");
  writeFileSync(file, script);
  const program = `source ${file}; COMP_WORDS=(${words.map((word) => `'${word}'`).join(" ")}); COMP_CWORD=${words.length - 1}; _quai; echo "\${COMPREPLY[@]}"`;
  return execFileSync("bash", ["-c", program], { encoding: "utf8" }).trim().split(" ");
}

describe("quai completion", () => {
  it("prints a bash script that completes commands, subcommands and their flags", async () => {
    const { run, folder } = cliWorkspace();
    const result = await run(["completion", "bash"]);
    expect(result.code).toBe(0);
    expect(complete(result.stdout, folder, ["quai", "hi"])).toEqual(["history"]);
    expect(complete(result.stdout, folder, ["quai", "lock", ""])).toEqual(
      expect.arrayContaining(["status", "release", "--ledger"]),
    );
    expect(complete(result.stdout, folder, ["quai", "lock", "release", "staging", "--f"])).toEqual([
      "--force",
    ]);
  });

  it("wraps the same script for zsh, and refuses another shell with exit 2", async () => {
    const { run } = cliWorkspace();
    const zsh = await run(["completion", "zsh"]);
    expect(zsh.stdout).toMatch(/^autoload -U \+X bashcompinit && bashcompinit\n# quai completion/);
    expect(await run(["completion", "fish"])).toEqual({
      code: 2,
      stdout: "",
      stderr:
        "quai: quai completes bash and zsh, not fish. Run quai completion bash, or quai completion zsh\n",
    });
  });
});
