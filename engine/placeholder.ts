// Values that look like secrets by shape but are placeholders, templates, references or documented
// examples. Shared by every rule unless it opts out.

const TEMPLATE = /\$\{[^}]*\}|\{\{[^}]*\}\}|%\([^)]*\)s|<[^>]{1,60}>|\$\([^)]*\)|^\$[A-Za-z_][A-Za-z0-9_]*$|^%[A-Za-z_][A-Za-z0-9_]*%$/;

const REFERENCE = /^(?:process\.env|os\.environ|os\.getenv|System\.getenv|ENV\[|getenv\(|env\(|secrets\.|vault:|op:\/\/|arn:aws:secretsmanager)/i;

const PLACEHOLDER_WORDS =
  /(?:^|[^a-z])(?:your|my|example|examples|sample|dummy|fake|placeholder|changeme|change[_-]?me|replace[_-]?me|insert|redacted|todo|fixme|xxx|test[_-]?(?:key|token|secret|password)|not[_-]?a[_-]?(?:real|secret)|secret[_-]?here|password[_-]?here|token[_-]?here|key[_-]?here|enter[_-]?your)(?:[^a-z]|$)/i;

/** Documented example credentials that providers publish in their docs. */
const DOCUMENTED_EXAMPLES = new Set([
  'AKIAIOSFODNN7EXAMPLE',
  'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY',
]);

/** True when the value is a placeholder, template, reference or a documented example. */
export function isPlaceholder(value: string): boolean {
  if (DOCUMENTED_EXAMPLES.has(value)) return true;
  if (/EXAMPLE/.test(value)) return true;
  if (TEMPLATE.test(value) || REFERENCE.test(value)) return true;
  if (PLACEHOLDER_WORDS.test(value)) return true;
  // Masked or filler values: xxxx, ****, ...., 0000, abcabc
  if (/^(.)\1{5,}$/.test(value) || /([*xX.#_-])\1{3,}/.test(value)) return true;
  if (/^(?:abc|123|0123|1234|qwerty|password|secret|token|null|none|undefined|true|false)/i.test(value) && value.length < 16) return true;
  return false;
}
