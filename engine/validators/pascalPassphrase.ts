// Two to four capitalised words run together (`WalnutBadgerOtter`, `PurpleMonkeyDishwasher`): a passphrase people
// set, when it stands as data under a password's own name (secretValue.ts asks only then). Not the words of a form
// or a message (`EnterPassword`, `ConfirmNewValue`), which name the field rather than fill it.

/** Words of forms, fields, messages and types: a compound with one of them is a label or an identifier. */
const FIELD_WORD =
  /^(?:field|input|label|enter|your|my|confirm|current|reset|forgot|value|string|type|form|text|button|placeholder|hint|required|invalid|error|message|title|display|show|hide|new|old|user|name|login|account|credential|credentials|auth|hash|encoded|encrypted|plain|base|provider|manager|service|handler|factory|config|setting|settings|option|options|changed|change|update|updated|generated|random|strong|weak|policy|length|match|mismatch|expired|expiry|none|null|empty|missing)$/;

/**
 * Whether the value is two to four capitalised words of 3 to 12 letters (and up to two digits after them), 10 to 40
 * characters in all, none of them a
 * field's word; `dummy` says whether a word is a dummy's or a product's part (secretValue.ts's lists).
 */
export function isPascalPassphrase(value: string, dummy: (lowerWord: string) => boolean): boolean {
  // A digit or two after the words (`CobaltGlacierMangoCactus1`): what a site that wants a digit gets.
  if (value.length < 10 || value.length > 40 || !/^(?:[A-Z][a-z]{2,11}){2,4}\d{0,2}$/.test(value)) return false;
  const words = value.match(/[A-Z][a-z]+/g)!.map((w) => w.toLowerCase());
  return words.every((w) => !FIELD_WORD.test(w) && !dummy(w)) && new Set(words).size === words.length;
}

/** Words of code and lookups: a lower camelCase value made of them (`readFromFile`, `envVarRef`) names a step, not a password. */
const CODE_WORD =
  /^(?:get|set|read|load|from|file|path|env|var|vars|ref|key|keys|lookup|fetch|resolve|secret|secrets|default|param|params|arg|args|prop|props|item|data|object|list|map|func|call|this|self|inherit|use|via|with|system|rand|alpha|alnum|num)$/;

/**
 * The same passphrase in lower camelCase (`violetBiscuit`, `lakehousePenguin`): two to four words of 4 to 12 letters,
 * the first lower-case, none a field's, a dummy's or code's word (not Helm's `randAlphaNum`, not unattend.xml's
 * `oobeSystem` pass).
 */
export function isCamelPassphrase(value: string, dummy: (lowerWord: string) => boolean): boolean {
  // Words of four letters or more: a three-letter hump is an abbreviation of code (`randAlphaNum`, `toStr`).
  if (!/^[a-z]{4,12}(?:[A-Z][a-z]{3,11}){1,3}$/.test(value)) return false;
  const pascal = value.charAt(0).toUpperCase() + value.slice(1);
  return isPascalPassphrase(pascal, dummy) && pascal.match(/[A-Z][a-z]+/g)!.every((w) => !CODE_WORD.test(w.toLowerCase()));
}
