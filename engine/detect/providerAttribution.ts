// A generic finding whose value has a context-only provider's format, with that provider named on its line or the
// line above (`mail: { smtp: "smtp.mailgun.org", key: "…" }`, `# Datadog` over `apikey  …`), is that provider's
// credential: reporting it under the provider's rule gives the incident its revocation page, validity check and
// env name. Only generic findings are renamed; nothing is added or dropped, so precision cannot change.
import { envNameAt } from '../fix/envName';
import { fingerprint } from '../fingerprint';
import { maskSecret } from '../mask';
import type { Finding, Rule } from '../types';

interface Candidate {
  rule: Rule;
  keywords: readonly string[];
  anchored?: RegExp;
}

/** How far before the value's line the provider's word may stand: the line above and the value's own line. */
const LINES_BEFORE = 1;
const MAX_REACH = 400;

/**
 * Word characters of a provider keyword's neighbours: `mailgun` in `smtp.mailgun.org`, not in `notmailgunny` nor in a
 * name such as `probablyazure_storage_key` (there `storage` is part of the name).
 */
const isWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95;

/**
 * The generic rules whose findings may be renamed: names, values and prose. Command-line rules name their tool
 * (`vault login …`) and keep their own finding.
 */
const RENAMED_PROVIDERS = new Set(['Generic', 'Prose', 'Logs']);

function containsWord(haystack: string, word: string): boolean {
  for (let at = haystack.indexOf(word); at >= 0; at = haystack.indexOf(word, at + 1)) {
    if (!isWordChar(haystack.charCodeAt(at - 1)) && !isWordChar(haystack.charCodeAt(at + word.length))) return true;
  }
  return false;
}

/** The text from the start of the line above `start` to the end of the value's line, lower case. */
function neighbourhood(text: string, start: number, end: number): string {
  let from = start;
  for (let lines = 0; from > 0 && start - from < MAX_REACH; from--) {
    if (text.charCodeAt(from - 1) === 10 && ++lines > LINES_BEFORE) break;
  }
  let to = end;
  while (to < text.length && to - end < 200 && text.charCodeAt(to) !== 10) to++;
  return text.slice(from, to).toLowerCase();
}

export type ProviderAttribution = (text: string, findings: Finding[]) => Finding[];

/** Builds the renaming for a rule set: its context-only provider rules (a value format, keywords naming the provider). */
export function providerAttribution(rules: readonly Rule[]): ProviderAttribution | undefined {
  const candidates: Candidate[] = rules
    .filter((r) => r.priority === 'context' && r.secretPattern !== undefined && r.family !== 'generic' && r.family !== 'custom' && r.severity !== 'info' && r.parts === undefined)
    // (An information-level rule names an identifier public by design: it would turn a credential into a note. A
    // multi-part rule would fold other findings into this one as its parts.)
    // Keywords of 4+ letters only: a short one (`mc_`, `do_`) names nothing on its own.
    .map((rule) => ({ rule, keywords: rule.keywords.filter((k) => /^[a-z][a-z0-9]{3,}$/.test(k)) }))
    .filter((c) => c.keywords.length > 0);
  if (candidates.length === 0) return undefined;
  // Every context provider rule's words, multi-part ones included (Twilio's token rule carries its SID): what a
  // value's own name may say about its provider.
  const namers = rules
    .filter((r) => r.priority === 'context' && r.family !== 'generic' && r.family !== 'custom')
    .map((r) => ({ provider: r.provider, keywords: r.keywords.filter((k) => /^[a-z][a-z0-9]{3,}$/.test(k)) }))
    .filter((c) => c.keywords.length > 0);

  function providerFor(value: string, near: string, keyName: string): Rule | undefined {
    // The value's own name may name a provider (`twilio.auth-token` under a `datadog.api-key` line): then a word
    // on the line above belongs to another key, and only that provider could be claimed (by its own rule).
    const own = namers.filter((c) => c.keywords.some((k) => keyName.includes(k))).map((c) => c.provider);
    let chosen: Rule | undefined;
    for (const c of candidates) {
      if (own.length > 0 && !own.includes(c.rule.provider)) continue;
      // The provider in the value's own name (`"github": …`, `SEGMENT_KEY`) is the context rule's to read: if it did
      // not report the value, the name says another kind of credential (a webhook secret, not a client secret).
      if (!c.keywords.some((k) => containsWord(near, k) && !keyName.includes(k))) continue;
      c.anchored ??= new RegExp(`^(?:${c.rule.secretPattern!.source})$`, c.rule.secretPattern!.flags.replace(/[gy]/g, ''));
      if (!c.anchored.test(value)) continue;
      // Two providers named with a value that fits both: the name does not decide, so neither is claimed.
      if (chosen !== undefined && chosen.provider !== c.rule.provider) return undefined;
      chosen ??= c.rule;
    }
    return chosen;
  }

  return (text, findings) => {
    if (!findings.some((f) => f.family === 'generic')) return findings;
    return findings.map((f) => {
      if (f.family !== 'generic' || !RENAMED_PROVIDERS.has(f.provider) || f.related !== undefined) return f;
      const value = text.slice(f.start, f.end);
      const rule = providerFor(value, neighbourhood(text, f.start, f.end), (f.keyName ?? '').toLowerCase());
      if (rule === undefined) return f;
      return {
        ...f,
        ruleId: rule.id,
        provider: rule.provider,
        family: rule.family,
        description: rule.description,
        severity: rule.severity ?? 'error',
        fingerprint: fingerprint(rule.id, value),
        masked: maskSecret(value, rule.maskPrefix),
        envName: envNameAt(text, f.start, f.keyName, rule),
      };
    });
  };
}
