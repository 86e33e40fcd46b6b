// Looking back for the start of a line, never further than a floor: on a minified one-line file
// `lastIndexOf('\n', at)` walks the whole line, and doing that once per candidate was quadratic.

/** Start of the line containing `at`, or `floor` if the line starts before it. */
export function lineStartNear(text: string, at: number, floor: number): number {
  const lo = Math.max(0, floor);
  let i = at;
  while (i > lo && text.charCodeAt(i - 1) !== 10) i--;
  return Math.max(i, lo);
}

/** End of the line containing `at` (its `\n`, or the text's end), or `ceiling` if the line runs past it. */
export function lineEndNear(text: string, at: number, ceiling: number): number {
  const hi = Math.min(text.length, ceiling);
  let i = at;
  while (i < hi && text.charCodeAt(i) !== 10) i++;
  return i;
}
