// quai completion bash|zsh: a completion script made from the command tree itself, so it never
// lags behind a new command or flag. zsh runs the bash function through bashcompinit.
import type { Command } from "commander";
import type { CliContext } from "../context";
import { EXIT, type ExitCode, UsageError } from "../exit-codes";

const SHELLS = ["bash", "zsh"];

export async function completionCommand(
  context: CliContext,
  shell: string,
  root: Command,
): Promise<ExitCode> {
  if (!SHELLS.includes(shell)) {
    throw new UsageError(
      `quai completes bash and zsh, not ${shell}`,
      "Run quai completion bash, or quai completion zsh",
    );
  }
  const script = bashCompletion(root);
  context.io.stdout.write(
    shell === "zsh" ? `autoload -U +X bashcompinit && bashcompinit\n${script}` : script,
  );
  return EXIT.ok;
}

/** Every command path ("", "lock", "lock status") with its subcommands and flags. */
function commandPaths(command: Command, path = ""): { path: string; children: string[]; flags: string[] }[] {
  const children = command.commands.map((child) => child.name());
  const flags = command.options.flatMap((option) =>
    [option.short, option.long].filter((flag) => flag !== undefined),
  );
  return [
    { path, children, flags },
    ...command.commands.flatMap((child) =>
      commandPaths(child, path ? `${path} ${child.name()}` : child.name()),
    ),
  ];
}

export function bashCompletion(root: Command): string {
  const paths = commandPaths(root);
  const globalFlags = paths[0]?.flags.join(" ") ?? "";
  const cases = (pick: (entry: (typeof paths)[number]) => string[]) =>
    paths.map((entry) => `    "${entry.path}") echo "${pick(entry).join(" ")}" ;;`).join("\n");
  return `# quai completion for bash: source <(quai completion bash)
_quai_children() {
  case "$1" in
${cases((entry) => entry.children)}
  esac
}
_quai_flags() {
  case "$1" in
${cases((entry) => entry.flags)}
  esac
}
_quai() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" path="" word
  for word in "\${COMP_WORDS[@]:1:COMP_CWORD-1}"; do
    case " $(_quai_children "$path") " in
      *" $word "*) path="\${path:+$path }$word" ;;
    esac
  done
  COMPREPLY=($(compgen -W "$(_quai_children "$path") $(_quai_flags "$path") ${globalFlags}" -- "$cur"))
}
complete -F _quai quai
`;
}
