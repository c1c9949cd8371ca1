// For unit tests: a "billion laughs" YAML document, nine levels of nine aliases of the level
// before (9^9 copies of "lol" once expanded), as top-level keys `<prefix>1` to `<prefix>9`.
// The second key, on the second line of the text, is the first anchor of aliases.
export function billionLaughs(prefix: string): string {
  const lines = [`${prefix}1: &l1 [${Array(9).fill('"lol"').join(", ")}]`];
  for (let level = 2; level <= 9; level++) {
    lines.push(
      `${prefix}${level}: &l${level} [${Array(9)
        .fill(`*l${level - 1}`)
        .join(", ")}]`,
    );
  }
  return `${lines.join("\n")}\n`;
}
