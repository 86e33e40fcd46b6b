// Where a named group's text lies in a match, without the regex's `d` flag. With `d`, V8 builds an array of every
// group's span on each match (a call into the runtime: ~0.6 µs, several times a match without it), and a scan
// makes hundreds of thousands of matches that its checks then reject. A group captured outside every
// look-around lies inside the match, so when its text occurs only once there, that occurrence is its span;
// otherwise (`groupsOutsideLookarounds` says no, or the text repeats) the caller asks a `d` copy of the
// regex, tried at the same position (regexWindow.ts).

const outsideCache = new WeakMap<RegExp, ReadonlySet<string>>();

/** The names of the regex's named groups that sit outside every look-around (its source parsed once). */
export function groupsOutsideLookarounds(regex: RegExp): ReadonlySet<string> {
  let names = outsideCache.get(regex);
  if (names === undefined) outsideCache.set(regex, (names = parseGroups(regex.source, regex.flags)));
  return names;
}

const GROUP_NAME = /^\(\?<([A-Za-z_$][\w$]*)>/;

/**
 * A walk over the source that knows escapes, character classes and group openers; anything it does not expect
 * (the `v` flag's nested classes) makes every group "unknown", which only costs the `d` copy.
 */
function parseGroups(source: string, flags: string): ReadonlySet<string> {
  const outside = new Set<string>();
  if (flags.includes('v')) return outside;
  // Per open group: 1 when it is a look-around.
  const stack: number[] = [];
  let lookarounds = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '[') {
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
      continue;
    }
    if (c === ')') {
      lookarounds -= stack.pop() ?? 0;
      continue;
    }
    if (c !== '(') continue;
    const look = source.startsWith('(?=', i) || source.startsWith('(?!', i) || source.startsWith('(?<=', i) || source.startsWith('(?<!', i) ? 1 : 0;
    stack.push(look);
    lookarounds += look;
    const name = look === 0 ? GROUP_NAME.exec(source.slice(i, i + 80))?.[1] : undefined;
    if (name !== undefined && lookarounds === 0) outside.add(name);
  }
  return outside;
}

/**
 * The span, in offsets of `match` (a match's text), of `group` (that match's capture of a group outside every
 * look-around, non-empty), when its text occurs there exactly once; else undefined.
 */
export function uniqueSpan(match: string, group: string): number | undefined {
  const at = match.indexOf(group);
  return at >= 0 && match.indexOf(group, at + 1) < 0 ? at : undefined;
}
