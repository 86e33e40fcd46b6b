// Memo tables outlive the text they were asked about. In V8 a slice of 13 or more characters is a view that
// keeps its whole source string alive, so a name read off a file (`text.slice(…)`) stored as a key would hold
// that file's text for as long as the entry lives: 4,096 entries could pin hundreds of MB of scanned files.

/**
 * `s` as a string of its own (no view into a longer one), for keys of tables that outlive a scan. Joining makes a
 * new string that slicing then flattens into fresh memory; the result refers to that copy only.
 */
export function ownString(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}
