// A gitleaks-style regex set for ripgrep's default engine (Rust regex: no look-around, no back-references),
// the yardstick of `bench:cli`: the token formats named by a public prefix or checksum, taken from Hush's own
// catalogue (rules of priority `checksum` or `prefix`) with their look-arounds dropped, plus generic
// keyword = value rules written here. Such a set is what a regex-list scanner runs; ripgrep runs it as one
// alternation with its literal prefilter, line by line.
import { RegExpParser, visitRegExpAST } from '@eslint-community/regexpp';

/** Generic keyed rules, as a regex-list scanner has them: a secret word in the name, an assignment, a value. */
export const GENERIC_PATTERNS = [
  // name = value in code and config: `db_password = "…"`, `apiKey: '…'`, `SECRET_TOKEN=…` (the name's head
  // is left out: ripgrep reports lines, and a pattern led by its key words keeps the literal prefilter on)
  String.raw`(?i)(?:passw(?:or)?d|secret|token|api[_.-]?key|access[_.-]?key|auth|credential|private[_.-]?key)[\w.-]{0,20}[ \t]{0,3}["']?[ \t]{0,3}(?:=|:=|:|=>|\|\|)[ \t]{0,5}["'\x60]?[\w.=+/-]{8,150}`,
  // command-line flags: `--password X`, `--token=X`
  String.raw`(?i)--(?:password|passwd|pass|token|secret|api-key)(?:=|[ \t]{1,4})["']?[^\s"']{6,128}`,
  // URLs with credentials: `scheme://user:pass@host`
  String.raw`://[^\s:@/]{1,64}:[^\s:@/]{3,128}@[^\s/]{3,}`,
  // PEM private key headers
  String.raw`-----BEGIN[ A-Z0-9_-]{0,100}PRIVATE KEY( BLOCK)?-----`,
];

/**
 * A rule's JS regex in Rust syntax, or undefined when it cannot be written there (back-references, a
 * construct the parser rejects). Look-arounds are dropped and long bounded repeats made unbounded, which can
 * only widen what the rule matches; named groups become plain groups.
 */
export function toRustRegex(re) {
  let ast;
  try {
    ast = new RegExpParser({ ecmaVersion: 2024 }).parsePattern(re.source, 0, re.source.length, { unicode: re.flags.includes('u'), unicodeSets: re.flags.includes('v') });
  } catch {
    return undefined;
  }
  const cuts = [];
  let unsupported = false;
  visitRegExpAST(ast, {
    onAssertionEnter(node) {
      if (node.kind === 'lookahead' || node.kind === 'lookbehind') cuts.push([node.start, node.end]);
    },
    onBackreferenceEnter() {
      unsupported = true;
    },
    // ripgrep 13's regex escapes only its meta characters: `\/` is written `/`.
    onCharacterEnter(node) {
      if (/^\\[^A-Za-z0-9\\.+*?()|[\]{}^$#&~-]$/.test(node.raw)) cuts.push([node.start, node.end, node.raw.slice(1)]);
    },
    // A long bounded repeat (`{10,4000}`) multiplies the states of Rust's lazy DFA, which then thrashes on
    // the union of every rule: written unbounded, as regex-list scanners write them.
    onQuantifierEnter(node) {
      const q = /\{(\d+),(\d+)\}\??$/.exec(node.raw);
      if (q && Number(q[2]) >= 100) cuts.push([node.end - q[0].length, node.end, `{${q[1]},}`]);
    },
    // One alternation of every rule cannot repeat a group name (and ripgrep 13 reads only `(?P<…>`).
    onCapturingGroupEnter(node) {
      if (node.name) cuts.push([node.start, node.start + node.name.length + 4, '(?:']);
    },
  });
  if (unsupported) return undefined;
  // Outermost look-arounds only (a nested one goes with its parent).
  cuts.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  let source = '';
  let at = 0;
  for (const [start, end, insert = ''] of cuts) {
    if (start < at) continue;
    source += re.source.slice(at, start) + insert;
    at = end;
  }
  source += re.source.slice(at);
  const flags = ['i', 'm', 's'].filter((f) => re.flags.includes(f)).join('');
  return flags ? `(?${flags}:${source})` : source;
}

/**
 * The literal a Rust-syntax pattern starts with (after group openers; the first alternative's), unescaped.
 * The set keeps only rules led by one of at least 3 characters, as regex-list scanners' token rules are:
 * ripgrep's literal prefilter then skips most of the text, and a rule led by a character class (an Azure
 * key's 76 base64 characters before its marker) would make the whole union run its DFA on every byte.
 */
export function leadingLiteral(source) {
  let rest = source;
  for (let m; (m = /^\(\?[ims]*:/.exec(rest));) rest = rest.slice(m[0].length);
  const lit = /^(?:[A-Za-z0-9_"'=:@!#%,;<>/ ~-]|\\[.+*?()|[\]{}^$#&~-])+/.exec(rest);
  return lit ? lit[0].replace(/\\(.)/g, '$1') : '';
}
