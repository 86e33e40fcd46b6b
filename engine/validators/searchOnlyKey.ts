// Keys that are public by design because of where they sit: the search-only key of an Algolia search config.
import { lineStartNear } from '../detect/lineStartNear';
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

/**
 * A remark after the value on its line calls it public (`# public, in the web snippet`, `// public`), not `NOT public`:
 * the writer's word on a provider key that has a public and a secret kind (Segment's browser write key, Mixpanel's
 * project token).
 */
export function remarkCallsValuePublic(text: string, end: number, start?: number): boolean {
  let to = end;
  while (to < text.length && to - end < 200 && text.charCodeAt(to) !== 10) to++;
  const after = text.slice(end, to);
  if (SAID_PUBLIC_AFTER.test(after) && !SAID_ADMIN.test(after)) return true;
  return start !== undefined && (labelCallsValuePublic(text, start) || commentAboveCallsValuePublic(text, start));
}

/**
 * A comment line right above the value's line calls it a public token or key (`// public token (published content) —
 * fine in the client bundle` over a Storyblok `accessToken:`, rw-dev19): the writer's word, as after the value.
 */
const PUBLIC_TOKEN_COMMENT = /^[ \t]*(?:\/\/|#|--|\/?\*)[^\n]{0,40}?(?<!\bnot[ \t]|\bnon[ \t-]?)\bpublic[ \t-]+(?:(?:access|api|delivery|read-only|client)[ \t-]+)?(?:token|key)\b[^\n]*$/i;
export function commentAboveCallsValuePublic(text: string, start: number): boolean {
  // Both lines looked for within their bounds only (a minified line is neither).
  const own = lineStartNear(text, start, start - 301);
  if (own <= 1 || text.charCodeAt(own - 1) !== 10) return false;
  const lineStart = own - 1;
  if (start - lineStart > 300) return false;
  const aboveStart = lineStartNear(text, lineStart, lineStart - 201);
  if (lineStart - aboveStart > 200) return false;
  const above = text.slice(aboveStart, lineStart);
  return PUBLIC_TOKEN_COMMENT.test(above) && !SAID_ADMIN.test(above) && !/secret|private/i.test(above);
}

/** A label's remark in brackets right before the value calls it public (`reCAPTCHA key (public, in the HTML): …`), in the writer's language. */
export function labelCallsValuePublic(text: string, start: number): boolean {
  const window = text.slice(Math.max(0, start - 120), start);
  return PUBLIC_REMARK_BEFORE.test(window.slice(window.lastIndexOf('\n') + 1));
}

/** A bracketed remark calling what follows public (`(public, in the HTML):`, `(publiczny)`, `(öffentlich)`), right before it. */
const PUBLIC_REMARK_BEFORE =
  /\((?:[^()\n]{0,30}[ ,])?(?<!\bnot[ \t]|\bnon[ \t-]?|\bnicht[ \t]|\bnie[ \t])(?:public|publiczny|publiczna|öffentlich|publique|público|pública|pubblica|openbaar|offentlig|julkinen|genel)(?![\p{L}])[^()\n]{0,40}\)[^\n()]{0,24}$/iu;

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

/**
 * An error tracker's event payload as its notifier sends it (Bugsnag's `{"apiKey": …, "payloadVersion": "5",
 * "notifier": {…}, "events": […]}`): the `apiKey` is the project's notifier key, built into every app that reports
 * errors and public by design. The data-access auth token is another key (bugsnag-api-key reads its names).
 */
export function isNotifierPayloadKey(ctx: MatchContext): boolean {
  if (!/^"?api_?key"?$/i.test(ctx.keyName ?? '')) return false;
  const near = ctx.text.slice(Math.max(0, ctx.start - 200), Math.min(ctx.text.length, ctx.end + 300));
  return /"notifier"[ \t]{0,4}:[ \t]{0,4}\{/.test(near) && /"(?:events|payloadVersion)"[ \t]{0,4}:/.test(near);
}
