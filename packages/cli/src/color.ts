// Colour follows NO_COLOR (https://no-color.org) and FORCE_COLOR, else whether stdout is a terminal.
const CODES = { red: 31, green: 32, yellow: 33, dim: 2, bold: 1 } as const;
export type ColorName = keyof typeof CODES;

export function colorEnabled(env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== "0" && env.FORCE_COLOR !== "false";
  return isTTY;
}

export function colorizer(
  env: NodeJS.ProcessEnv,
  isTTY: boolean,
): (color: ColorName, text: string) => string {
  const enabled = colorEnabled(env, isTTY);
  return (color, text) => (enabled && text ? `\x1b[${CODES[color]}m${text}\x1b[0m` : text);
}
