// The table of validity checks in docs/incidents.md, rendered from engine/verify/verifiers.ts (a test keeps
// the two equal): provider, the rules it checks, the documented call, what else it needs, its caveat.
import { inputsOf, VERIFIERS } from '../engine/verify';

export const TABLE_START = '<!-- verifiers:start (generated from engine/verify/verifiers.ts; test/unit/incidentsDoc.test.ts) -->';
export const TABLE_END = '<!-- verifiers:end -->';

const cell = (s: string) => s.replace(/\|/g, '\\|');

export function verifierTableMarkdown(): string {
  const rows = VERIFIERS.map((v) => {
    const url = new URL(v.url.replace(/\{(\w+)\}/g, (_, n: string) => (n === 'secret' ? 'KEY' : n.toUpperCase())));
    const needs = inputsOf(v);
    return `| ${cell(v.provider)} | ${v.ruleIds.map((r) => `\`${r}\``).join(', ')} | [${cell(v.call)}](${v.docsUrl}): \`${v.method} ${url.host}${decodeURI(url.pathname)}\` | ${needs.length > 0 ? cell(needs.join(', ')) : '—'} | ${v.caveat ? cell(v.caveat) : ''} |`;
  });
  return [TABLE_START, '', '| Provider | Rules | Documented call | Also needs (found next to the key) | Caveat |', '|---|---|---|---|---|', ...rows, '', TABLE_END].join('\n');
}
