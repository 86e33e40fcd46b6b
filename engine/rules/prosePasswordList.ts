// A file kept as a list of passwords (`passwörter.txt`, `passwords.md`, `Kennwörter.txt`): each line names a
// service and gives its password, in either order (`amazon X`, `ebay - X`, `X = gmx`, `X (paypal)`). The file's name
// is the label; the value must look chosen (a digit with letters, and a capital or a symbol) so that the other
// notes in such a file (a phone number, `tel. handwerker`) stay quiet.
import { chatPath, passwordShaped } from './proseFollowup';
import type { ExampleGen, MatchContext, Rule } from '../types';
import { humanPassword } from './humanPasswords';
import { base, proseApplies, prosePassword } from './prose';

/** A file name that says the file lists passwords (its last part, folded to ASCII letters). */
const LIST_NAME =
  /(?:^|[\\/])[^\\/]*(?:passw(?:o|oe|ö)r(?:d|t)(?:s|er|e)?|kennw(?:o|oe|ö)rter|pwds?|contrase(?:n|ñ)as|senhas|wachtwoorden|hasla|has(?:l|ł)a|mots[ _-]de[ _-]passe|l(?:o|ö)senord)[^\\/]*\.(?:txt|md|rtf|note|org)$/i;

export function passwordListPath(path: string | undefined): boolean {
  return path !== undefined && LIST_NAME.test(path) && chatPath(path, false);
}

const SERVICE = '[\\p{L}\\p{N}][\\p{L}\\p{N}._@-]{1,29}';
const LIST_LINE = new RegExp(
  `^[ \\t]{0,8}(?:[-*•][ \\t]{1,3})?(?:(?<service>${SERVICE})[ \\t]{1,3}(?:(?:[-–—:=→]|->)[ \\t]{1,3})?)?(?<secret>[^\\s]{6,64})(?<named>[ \\t]{1,3}(?:\\([^()\\n]{2,30}\\)|=[ \\t]{1,3}${SERVICE}))?[ \\t]*$`,
  'mu',
);

/** A first line that titles the text as a list of passwords (`Passwörter`, `## Passwords`, `Kennwörter:`). */
const LIST_TITLE = /^[ \t#*]{0,6}(?:passw(?:o|ö)r(?:d|t)(?:s|er|e)?|kennw(?:o|ö)rter|contrase(?:n|ñ)as|senhas|wachtwoorden|has(?:l|ł)a|mots de passe|l(?:o|ö)senord)[ \t:*]{0,4}\r?\n/i;

/** Named as a list of passwords: by the file's name, or (text without a path: a paste) by its first line. */
const isPasswordList = (ctx: MatchContext) => passwordListPath(ctx.path) || (ctx.path === undefined && LIST_TITLE.test(ctx.text.slice(0, 40)));

function validateListLine(value: string, ctx: MatchContext): boolean {
  if (!isPasswordList(ctx) || !proseApplies(ctx)) return false;
  const m = LIST_LINE.exec(ctx.text.slice(ctx.text.lastIndexOf('\n', ctx.start - 1) + 1, ctx.text.indexOf('\n', ctx.end) < 0 ? ctx.text.length : ctx.text.indexOf('\n', ctx.end)));
  // A service on one side of the value, not both, not neither.
  if (!m || (m.groups!.service === undefined) === (m.groups!.named === undefined)) return false;
  if (!prosePassword(value, ctx) || /@|^https?:|^[0-9+ ./()-]+$/.test(value)) return false;
  return passwordShaped(value) && /[0-9]/.test(value) && /[A-Za-z]/.test(value);
}

const service = (g: ExampleGen) => g.pick(['amazon', 'ebay', 'gmx', 'netflix', 'paypal']);

export const prosePasswordListRules: Rule[] = [
  {
    ...base,
    id: 'prose-password-list-line',
    appliesToPath: (path) => path === undefined || passwordListPath(path),
    description: 'A line of a file kept as a list of passwords (passwörter.txt: amazon X, ebay - X, X = gmx, X (paypal))',
    // The file's name or its title is the label (the validator reads them); the separators of its lines, or the
    // title's word, wake the rule, which then reads every line.
    keywords: [' - ', ' = ', 'passw', 'kennw', 'senha', 'contrase', 'wachtwoord', 'senord', 'mots de passe'],
    pattern: LIST_LINE,
    validate: validateListLine,
    examples: {
      positives: (g) => [`Passwörter\n\n${service(g)} ${g.s(humanPassword(g))}\n`, `## Passwords\n${service(g)} - ${g.s(humanPassword(g))}\n`, `Passwörter:\n${g.s(humanPassword(g))} = ${service(g)}\n`],
      negatives: (g) => [`Passwörter\ntel. handwerker 0171 ${g.digits(7)}\n`, `Einkauf\namazon ${humanPassword(g)}\n`, `Passwörter\nebay - ${g.lower(8)}\n`],
    },
  },
];
