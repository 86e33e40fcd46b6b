// A remark on the value's own line that says the value is not a secret (`# not secret, just avoids collisions`,
// `apiKey (…) is public by design.`, `# public widget token, shown in the browser`, `// safe to commit`, `# test only, regenerated every run`, `-- already hashed`): the writer's word, where a name alone cannot tell. Docs
// that show a value's shape say so on its line too: a JSDoc/TSDoc `@example` tag, `A token looks something like
// this: …`, `It will be like ops_{…}`.
const REMARK =
  /\b(?:not (?:a )?secret|non-secret|no secret|(?:is|are)n['’]?t (?:a )?secret|public by design|public(?:ly)? (?:on purpose|anyway)|public (?:widget|web|browser|client|front-?end) (?:token|key)|(?:shown|exposed|visible) (?:in|to) the (?:browser|front-?end)|safe to (?:share|commit|publish|expose)|not sensitive|tests? only|test-only|(?:only )?for (?:unit )?tests only|already hashed|(?:is|are|was|were|stored|kept) (?:already )?hashed|(?:sha-?(?:1|224|256|384|512)|md5|bcrypt|argon2(?:id)?|scrypt|pbkdf2|hmac|hash|digest)(?:[ -]hash)? of (?:the|a|an|its|their|this|that|each) (?:\w+ )?(?:secret|password|key|token|value|passphrase)s?|looks? something like|it will (?:be|look) like)\b|(?:^|[\s*])@example\b/i;

/** Whether the line holding text[start, end) says its value is not a secret (bounded on long lines). */
export function lineSaysNotSecret(text: string, start: number, end: number): boolean {
  let from = start;
  while (from > 0 && start - from < 300 && text.charCodeAt(from - 1) !== 10) from--;
  let to = end;
  while (to < text.length && to - end < 300 && text.charCodeAt(to) !== 10) to++;
  return REMARK.test(text.slice(from, to));
}
