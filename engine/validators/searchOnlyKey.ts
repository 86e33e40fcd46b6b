// Keys that are public by design because of where they sit: the search-only key of an Algolia search config.
import type { MatchContext } from '../types';

/**
 * An Algolia search config (Docusaurus `themeConfig.algolia`, VitePress `search.options`, `docsearch({…})`): its
 * `apiKey` sits beside `indexName` and is the search-only key the browser sends, public by design. A key named
 * admin, write or secret stays a secret wherever it sits.
 */
export function isSearchOnlyApiKey(ctx: MatchContext): boolean {
  if (/admin|write|secret/i.test(ctx.keyName ?? '')) return false;
  const near = ctx.text.slice(Math.max(0, ctx.start - 300), Math.min(ctx.text.length, ctx.end + 300));
  return /\bindex_?[nN]ame["'`]?\s{0,3}[:=]/.test(near) || /\bdocsearch\s{0,2}\(/.test(near) || lineCallsKeyPublic(ctx.text, ctx.start, ctx.end);
}

/**
 * The value's line calls its key search-only (`| Search-only key | … |`), or a remark after the value calls it public
 * (`… (search-only key, public)`, `# public`); `public` before the value is as often a code modifier (`Public ReadOnly
 * ApiKey As String = …`, `public static final String API_KEY = …`).
 */
const SEARCH_ONLY = /search[ \t-]only/i;
/** `public` in a remark after the value (a bracket, a comment, a table cell, a dash), not in a URL or a path (`/public/`). */
const SAID_PUBLIC_AFTER = /(?:\(|#|\/\/|\||[—–]|[ \t]-[ \t])[^\n]{0,80}?(?<!\bnot[ \t]|\bnon[ \t-]?|[/.])\bpublic\b(?![/.\w-])/i;
/** A row or remark that also names the key admin or write: the one that changes the index. */
const SAID_ADMIN = /\b(?:admin|write)\b/i;

function lineCallsKeyPublic(text: string, start: number, end: number): boolean {
  let from = start;
  while (from > 0 && start - from < 300 && text.charCodeAt(from - 1) !== 10) from--;
  let to = end;
  while (to < text.length && to - end < 300 && text.charCodeAt(to) !== 10) to++;
  const before = text.slice(from, start);
  const after = text.slice(end, to);
  if (SAID_ADMIN.test(before) || SAID_ADMIN.test(after)) return false;
  return SEARCH_ONLY.test(before) || SEARCH_ONLY.test(after) || SAID_PUBLIC_AFTER.test(after);
}
