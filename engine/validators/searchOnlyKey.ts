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
  return /\bindex_?[nN]ame["'`]?\s{0,3}[:=]/.test(near) || /\bdocsearch\s{0,2}\(/.test(near);
}
