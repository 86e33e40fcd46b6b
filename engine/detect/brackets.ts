// Bracket walks shared by the rules that read the literal a value sits in (maps, rows, records).

/**
 * The opening bracket (`{`, `[` or `(`) of the literal that `at` sits in, skipping nested ones, looking back at
 * most `reach` characters; -1 when none is that near.
 */
export function openerBefore(text: string, at: number, reach: number): number {
  let depth = 0;
  const stop = Math.max(0, at - reach);
  for (let i = at - 1; i >= stop; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x7d || c === 0x5d || c === 0x29)
      depth++; // } ] )
    else if (c === 0x7b || c === 0x5b || c === 0x28) {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}
