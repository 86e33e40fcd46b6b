// Derives the name a secret is known by in its source (`stripeKey`, `"api_key":`) and turns it into an
// environment variable name (`STRIPE_KEY`, `API_KEY`).

/** Names too vague to stand alone as an environment variable. */
const VAGUE = new Set(['KEY', 'VALUE', 'SECRET', 'TOKEN', 'PASSWORD', 'PASS', 'PWD', 'AUTH', 'DATA', 'VAL', 'X', 'S', 'T']);

const ASSIGNMENT_TAIL =
  /(?:^|[^\w$.-])([A-Za-z_$][\w$.-]{0,80})["'`\]]?\s{0,4}(?::=|=>|\?\?=|\|\|=|[=:,])\s{0,4}(?:[A-Za-z@]{1,3}(?=["'`]))?["'`]{0,3}$/;

/** `token: string = "…"` (TypeScript, Python annotations): the name is before the type, not the type. */
const ANNOTATED_TAIL = /([A-Za-z_$][\w$]{0,80})\??[ \t]{0,4}:[ \t]{0,4}[A-Za-z_$][\w$.<>\[\]|, \t]{0,60}=[ \t]{0,4}["'`]{0,3}$/;

/** The assigned name immediately before `start` on the same line, if the context shows one. */
export function keyNameBefore(text: string, start: number): string | undefined {
  let lineStart = start;
  const limit = Math.max(0, start - 200);
  while (lineStart > limit && text.charCodeAt(lineStart - 1) !== 10 && text.charCodeAt(lineStart - 1) !== 13) lineStart--;
  const before = text.slice(lineStart, start);
  const flag = /--([A-Za-z][\w-]{0,60})[= ]["']?$/.exec(before);
  if (flag) return flag[1];
  const annotated = ANNOTATED_TAIL.exec(before);
  if (annotated) return annotated[1];
  const m = ASSIGNMENT_TAIL.exec(before);
  if (!m) return undefined;
  const name = m[1]!.split('.').pop()!;
  return name.replace(/^\$/, '') || undefined;
}

/** `stripeKey` → `STRIPE_KEY`, `api-key` → `API_KEY`; undefined when nothing usable is left. */
export function toEnvName(name: string): string | undefined {
  const snake = name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toUpperCase();
  if (!snake || /^[0-9]/.test(snake)) return undefined;
  return snake;
}

/** The variable name to propose: from the source context when specific enough, else the rule's. */
export function suggestEnvName(keyName: string | undefined, ruleEnvName: string): string {
  const fromKey = keyName ? toEnvName(keyName) : undefined;
  if (fromKey && !VAGUE.has(fromKey)) return fromKey;
  return ruleEnvName;
}
