// A secret given as `the previous value ('X') is still accepted`, `The value that was committed (X) is revoked`, `The
// staging value is X`, `القيمة الحالية هي X`: `value` stands for the password or secret named in the sentence or the
// lines before (`… fails with "invalid password" …`, `Reads WEBHOOK_SECRET from the environment`). People write it so
// in PR descriptions, vendor notes and reviews; the keyed rules want the password word itself before the value.
import { lineStartNear } from '../detect/lineStartNear';
import type { MatchContext, Rule } from '../types';
import { isPlaceholder } from '../validators/placeholder';
import { humanPassword } from './humanPasswords';
import { base, lineAround, proseApplies, prosePassword, strictlyRandom, strongLooking, VALUE } from './prose';
import { chatPath, NOT_A_VALUE_LINE, PASSWORD_CONTEXT, passwordShaped, TOKEN_CONTEXT } from './proseFollowup';

/** `value` told apart as the one in use, replaced or leaked, in English, French, Spanish, Portuguese, German and Arabic. */
const WHICH_VALUE =
  '(?:(?:previous|old|former|current|new|staging|production|prod|real|actual|committed|leaked|exposed)[ \\t]{1,2}value|value[ \\t]{1,2}that[ \\t]{1,2}was[ \\t]{1,2}(?:committed|leaked|pasted|exposed|posted)|valeur[ \\t]{1,2}(?:actuelle|pr[ée]c[ée]dente)|ancienne[ \\t]{1,2}valeur|valor[ \\t]{1,2}(?:actual|anterior|antiguo)|(?:alte|aktuelle|neue)[rn]?[ \\t]{1,2}wert|القيمة[ \\t]{1,2}(?:الحالية|السابقة|القديمة))';
const COPULA = '(?:is|was|est|était|es|era|é|ist|war|هي|هو)';

/** The text of the value's line before it and of up to six lines above it (bounded: never the whole text). */
function textAbove(text: string, lineStart: number): string {
  const from = lineStartNear(text, Math.max(0, lineStart - 800), lineStart - 1000);
  return text.slice(Math.max(0, from), lineStart).split('\n').slice(-6).join('\n');
}

function validateValueGiven(value: string, ctx: MatchContext): boolean {
  if (!chatPath(ctx.path, true) || !proseApplies(ctx) || isPlaceholder(value) || value.length > 64) return false;
  const { line, lineStart } = lineAround(ctx.text, ctx.start, ctx.end);
  // The phrase itself may say `committed`; nothing else on the line speaks of hashes, policies or examples.
  const phrase = ctx.keyName ?? '';
  if (NOT_A_VALUE_LINE.test(line.replace(phrase, ' '))) return false;
  const context = textAbove(ctx.text, lineStart) + '\n' + line.slice(0, ctx.start - lineStart);
  const aboveClean = !NOT_A_VALUE_LINE.test(context.split('\n').slice(-3).join('\n').replace(phrase, ' '));
  // Chosen-looking as a person's password is (letters with digits and a symbol or a capital), the password named above.
  if (PASSWORD_CONTEXT.test(context) && aboveClean && passwordShaped(value) && strongLooking(value) && prosePassword(value, ctx)) return true;
  // A token or secret: generated beyond doubt, named above. Hex only where the phrase says it leaked (`the value that was
  // committed (<hex>)`): a previous or current hex value may be a digest or a commit.
  const leaked = /committed|leaked|exposed|pasted|posted/i.test(phrase) && /^[0-9a-f]{32,64}$/i.test(value);
  return TOKEN_CONTEXT.test(context) && aboveClean && value.length >= 20 && /^[\x21-\x7e]+$/.test(value) && (strictlyRandom(value) || leaked);
}

export const proseValueGivenRules: Rule[] = [
  {
    ...base,
    id: 'prose-value-given-secret',
    appliesToPath: (path) => chatPath(path, true),
    description: 'Password or secret given as `the previous value (X)`, `the value that was committed (X)`, `the staging value is X` after it is named',
    keywords: [
      ...['previous value', 'old value', 'former value', 'current value', 'new value', 'staging value', 'production value', 'prod value'],
      ...['real value', 'actual value', 'committed value', 'leaked value', 'exposed value', 'value that was'],
      ...['valeur actuelle', 'valeur pr', 'ancienne valeur', 'valor actual', 'valor anterior', 'valor antiguo', ' wert', 'القيمة'],
    ],
    keywordWindow: { before: 40, after: 100 },
    pattern: new RegExp(
      `(?<![\\p{L}])(?<key>${WHICH_VALUE}(?:[ \\t]{1,2}${COPULA})?)[ \\t]{1,3}\\(?(?:\\*\\*|[\`"'“«])?(?<secret>${VALUE})(?=[\`"'”»)*]|[ \\t]{0,3}(?:$|[\\r\\n]|[.,;!?،)](?:[ \\t\\r\\n]|$)|[ \\t][(–—-]))`,
      'iu',
    ),
    validate: validateValueGiven,
    examples: {
      positives: (g) => [
        `If the import fails with "invalid password", someone changed it through the UI (the ERP lets any\nadmin do that). The previous value ('${g.s(humanPassword(g))}') is still accepted by the SOAP endpoint.`,
        `- Reads \`WEBHOOK_SECRET\` from the environment instead of the config file.\n- The value that was committed (${g.s(g.hex(40))}) is revoked in the provider dashboard.`,
        `The webhook secret moves to the vault in this PR.\n\n### Notes for reviewers\n\nThe staging value is ${g.s(g.alnum(40))} — staging only, fine to share inside the team.`,
        `كلمة المرور في ملف الإعداد يجب ألا تكون هنا. القيمة الحالية هي \`${g.s(humanPassword(g))}\`، يرجى نقلها إلى المخزن السري.`,
      ],
      negatives: (g) => [
        // No password or secret named: a setting's value.
        `The timeout moved to the config. The previous value (${g.alnum(12)}X!) was too short.`,
        // A hash, a checksum or an example, a placeholder, a plain word or a version.
        `The password hash changed; the previous value (${g.hex(64)}) is kept for a week.`,
        `Password example: the new value is ${humanPassword(g)}.`,
        'The password field: the current value is <your-password>.',
        'The password rotated; the new value is in the vault.',
        'The API token scope changed; the previous value was v2.1.0.',
        `The token counter reset; the current value is ${g.digits(12)}.`,
      ],
    },
  },
];
