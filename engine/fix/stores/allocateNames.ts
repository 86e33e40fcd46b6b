// How every store names the values it receives: a value it already holds keeps that name, and a new value
// gets its preferred name, or the first free `NAME_2`, `NAME_3`, … (a name holding another value is never reused).

/** Real line breaks normalised, so a PEM read from CRLF and LF files compares equal. */
export function normaliseStoredValue(value: string): string {
  return value.replace(/\r\n?/g, '\n');
}

export interface NameAllocation {
  names: string[];
  /** Whether each name was already holding that value. */
  reused: boolean[];
}

/**
 * `byValue`: normalised value → the name already holding it; `taken`: every name in use. Both grow with
 * each new entry. `promised` may name a new value first (a name reserved for it by an edit not yet written).
 */
export function allocateNames(
  entries: ReadonlyArray<{ preferredName: string; value: string }>,
  byValue: Map<string, string>,
  taken: Set<string>,
  promised: (normalisedValue: string) => string | undefined = () => undefined,
): NameAllocation {
  const names: string[] = [];
  const reused: boolean[] = [];
  for (const { preferredName, value } of entries) {
    const normalised = normaliseStoredValue(value);
    const same = byValue.get(normalised);
    if (same !== undefined) {
      names.push(same);
      reused.push(true);
      continue;
    }
    let name = promised(normalised);
    if (name === undefined) {
      name = preferredName;
      for (let n = 2; taken.has(name); n++) name = `${preferredName}_${n}`;
    }
    taken.add(name);
    byValue.set(normalised, name);
    names.push(name);
    reused.push(false);
  }
  return { names, reused };
}
