// A map named for secrets filled by calls instead of a literal: `SERVICE_PASSWORDS.put("billing", "…")` (Java, in a
// static block), `apiKeys.set("acme", "…")` (a JS Map), `Secrets.Add("acme", "…")` (C#), and Rust's lazy_static whose
// block fills a local (`SERVICE_PASSWORDS: HashMap<…> = { let mut m = HashMap::new(); m.insert("billing", "…"); m }`).
// As with the literal (secretMaps.ts), each entry's key names a service and only the map's name says what the values
// are (rw-dev7).
import { fileKind, isApiExamples } from '../../validators/fileKind';
import { readSecretName, type SecretNameReading } from '../../validators/secretName';
import { namedValueVerdict } from '../../validators/secretValue';
import { wordCoverage } from '../../validators/valueStats';
import type { MatchContext, Rule } from '../../types';
import { mapReading } from './secretMaps';

/** How far back a Rust block's name may be from the insert. */
const BLOCK_BACK = 600;

/**
 * The name a local map's block gives it: `NAME: HashMap<…> = {` (lazy_static, once_cell) or `fn NAME(…) -> HashMap<…> {`,
 * its first statement `let mut <local> = HashMap::new()` (or `BTreeMap`, `with_capacity(…)`).
 */
const LOCAL_MAP = /let[ \t]{1,4}(?:mut[ \t]{1,4})?([a-z]\w{0,5})\b[^=\n]{0,80}=[ \t]{0,4}(?:Hash|BTree|Index)Map::(?:new|with_capacity)\(/g;
const BLOCK_OPENER = /(?:\b([A-Za-z_]\w{0,60})[ \t]{0,2}:[^=\n]{1,120}=[ \t]{0,2}|\bfn[ \t]{1,4}([A-Za-z_]\w{0,60})[ \t]{0,2}\([^)\n]{0,120}\)[ \t]{0,2}->[^{\n]{1,120})\{[ \t]{0,4}\r?\n[ \t]{0,40}$/;

function blockName(text: string, local: string, at: number): string | undefined {
  const before = text.slice(Math.max(0, at - BLOCK_BACK), at);
  let letAt = -1;
  LOCAL_MAP.lastIndex = 0;
  for (let m = LOCAL_MAP.exec(before); m; m = LOCAL_MAP.exec(before)) if (m[1] === local) letAt = m.index;
  if (letAt < 0) return undefined;
  const m = BLOCK_OPENER.exec(before.slice(Math.max(0, letAt - 300), letAt));
  return m ? (m[1] ?? m[2]) : undefined;
}

function validate(value: string, ctx: MatchContext): boolean {
  const kind = fileKind(ctx.path);
  if (kind === 'lockfile' || kind === 'minified' || kind === 'example' || kind === 'prose' || isApiExamples(ctx.path)) return false;
  const call = /([A-Za-z_$][\w$]{0,60})[ \t]{0,2}(?:\.|::)[ \t]{0,2}\w{2,12}[ \t]{0,2}\([ \t]{0,4}&?["']([^"'\\\n]{1,60})["'][^,\n]{0,20},[ \t]{0,4}$/.exec(
    ctx.text.slice(Math.max(0, ctx.start - 200), ctx.start - 1),
  );
  if (!call) return false;
  const [, receiver, entry] = call as unknown as [string, string, string];
  // An entry whose key names a secret itself (`props.put("password", …)`) is another rule's; here only the map's name speaks.
  if (readSecretName(entry) !== undefined) return false;
  let name = receiver;
  let reading: SecretNameReading | undefined = mapReading(receiver);
  if (!reading && /^[a-z]\w{0,5}$/.test(receiver)) {
    name = blockName(ctx.text, receiver, ctx.start) ?? '';
    reading = name ? mapReading(name) : undefined;
  }
  if (!reading) return false;
  // Nothing but the map's name says these are tokens: ask for a generated-looking value, not a word.
  if (reading.kind !== 'password' && (value.length < 16 || wordCoverage(value) >= 0.6)) return false;
  return namedValueVerdict(value, name, reading, { strict: kind === 'test', quote: ctx.text.charAt(ctx.start - 1) }) === undefined;
}

export const secretMapInsertRule: Rule = {
  id: 'generic-secret-map-insert',
  provider: 'Generic',
  family: 'generic',
  priority: 'generic',
  description: 'Hard-coded token, key or password put into a map named for them (`PASSWORDS.put("billing", …)`, `m.insert(…)`)',
  keywords: ['.insert(', '.put(', '.set(', '.add(', '.putifabsent(', '.tryadd('],
  keywordWindow: { before: 70, after: 290 },
  pattern:
    /(?<![\w$])[A-Za-z_$][\w$]{0,60}[ \t]{0,2}\.[ \t]{0,2}(?:insert|put|set|Set|add|Add|putIfAbsent|TryAdd)[ \t]{0,2}\([ \t]{0,4}&?["'][^"'\\\n]{1,60}["'](?:\.(?:to_string|to_owned|into)\(\))?[ \t]{0,4},[ \t]{0,4}["'](?<secret>[^"'\\\n]{4,200})["']/,
  validate,
  envName: 'SECRET',
  severity: 'warning',
  docsUrl: 'https://cwe.mitre.org/data/definitions/798.html',
  revocationUrl: null,
  revocationNote: 'Revoke each token in the map where it was issued (or change each password), and load the map from a secret store or the environment.',
  examples: {
    positives: (g) => [
      `lazy_static! {\n    pub static ref SERVICE_PASSWORDS: HashMap<&'static str, &'static str> = {\n        let mut m = HashMap::new();\n        m.insert("billing", "${g.s(`${g.pick(['Harbor', 'Falcon'])}-${g.pick(['Maple', 'Copper'])}-${g.digits(2)}`)}");\n        m.insert("search", "${g.s(g.alnum(18))}");\n        m\n    };\n}`,
      `static final Map<String, String> PARTNER_API_KEYS = new HashMap<>();\nstatic {\n    PARTNER_API_KEYS.put("acme", "${g.s(g.alnum(32))}");\n}`,
      `const webhookSecrets = new Map();\nwebhookSecrets.set('stripe', '${g.s(g.alnum(32))}');`,
    ],
    negatives: (g) => [
      `headers.put("X-Request-Id", "${g.alnum(20)}");`,
      `PASSWORDS.put("billing", System.getenv("BILLING_PASSWORD"));\nPASSWORDS.put("search", "changeme");`,
      `let mut m = HashMap::new();\nm.insert("billing", "${g.alnum(18)}");`,
      `apiKeys.set('acme', 'partner-acme');\nsecretKeys.add("${g.lower(6)}", "${g.lower(8)}");`,
    ],
  },
};
