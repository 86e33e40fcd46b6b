// A .NET SecureString filled from a string literal one character at a time: the SharePoint/CSOM samples' idiom
// `foreach (char c in "pw") securePassword.AppendChar(c);` (C#) and PowerShell's
// `"pw".ToCharArray() | ForEach-Object { $ss.AppendChar($_) }`. A SecureString holds a password; the literal is it.
import { fileKind } from '../../validators/fileKind';
import { passwordVerdict } from '../../validators/secretValue';
import type { MatchContext, Rule } from '../../types';
import { madeUpPassword } from '../humanPasswords';

/**
 * The literal, then how the loop takes it: as its collection (C#'s `foreach (var ch in "pw")`, `in "pw".ToCharArray())`,
 * PowerShell's `foreach ($c in "pw".ToCharArray())`) or piped (`"pw".ToCharArray() | ForEach-Object {`); then the
 * loop's body appends to a SecureString.
 */
const LITERAL_LOOP =
  /["'](?<secret>[^"'\\\n]{4,128})["'](?:(?:\.ToCharArray\(\))?[ \t]{0,2}\)[ \t\r\n]{0,4}\{?|\.ToCharArray\(\)[ \t]{0,2}\|[ \t]{0,2}(?:ForEach-Object|foreach|%)[ \t]{0,2}\{)(?=[ \t\r\n]{0,24}[\w$.]{1,60}\.AppendChar\()/;

/** A loop's collection: the literal follows `foreach (… in`. */
const LOOP_IN_BEFORE = /\bforeach[ \t]{0,2}\([^()\n]{1,40}[ \t]in[ \t]{1,4}$/;

function validate(value: string, ctx: MatchContext): boolean {
  const kind = fileKind(ctx.path);
  if (kind === 'lockfile' || kind === 'example' || kind === 'minified') return false;
  const piped = /^["'][ \t]{0,2}\.ToCharArray\(\)[ \t]{0,2}\|/.test(ctx.text.slice(ctx.end, ctx.end + 24));
  if (!piped && !LOOP_IN_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 80), ctx.start - 1))) return false;
  return passwordVerdict(value, 'password', { strict: kind === 'test', quote: '"' }) === undefined;
}

export const secureStringLiteralRule: Rule = {
  id: 'secure-string-literal-password',
  provider: 'Generic',
  family: 'generic',
  priority: 'generic',
  description: 'Hard-coded password copied into a .NET SecureString character by character (AppendChar in a loop over a literal)',
  keywords: ['appendchar'],
  keywordWindow: { before: 240, after: 20 },
  pattern: LITERAL_LOOP,
  validate,
  envName: 'PASSWORD',
  severity: 'warning',
  docsUrl: 'https://cwe.mitre.org/data/definitions/798.html',
  revocationUrl: null,
  revocationNote: 'Change the password of the account it logs in as, then read it from a credential store (Windows Credential Manager, Key Vault) instead of the code.',
  examples: {
    positives: (g) => {
      const pw = () => madeUpPassword(g, 3, ['!', '#', '&']);
      return [
        `var secure = new SecureString();\nforeach (var ch in "${g.s(pw())}") secure.AppendChar(ch);`,
        `SecureString securePassword = new SecureString();\nforeach (char c in "${g.s(pw())}".ToCharArray())\n{\n    securePassword.AppendChar(c);\n}`,
        `$ss = New-Object System.Security.SecureString\n"${g.s(pw())}".ToCharArray() | ForEach-Object { $ss.AppendChar($_) }`,
        `foreach ($c in '${g.s(pw())}'.ToCharArray()) { $secure.AppendChar($c) }`,
      ];
    },
    negatives: () => [
      // From a variable or the console.
      'foreach (var ch in password) secure.AppendChar(ch);',
      'foreach (char c in Console.ReadLine()) secure.AppendChar(c);',
      // A placeholder.
      'foreach (var ch in "changeme") secure.AppendChar(ch);',
      // Characters appended to something else.
      'foreach (var ch in "Harbor42!x") sb.Append(ch);',
    ],
  },
};

export const secureStringLiteralRules: Rule[] = [secureStringLiteralRule];
