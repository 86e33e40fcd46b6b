// Worldline (formerly Ingenico ePayments / Ogone): the SHA-IN and SHA-OUT passphrases a shop signs its payment
// requests with and checks the answers by. The merchant chooses them, so they read as passwords; shops keep them as
// `sha_in` / `sha_out` beside their PSPID.
import type { MatchContext, Rule } from '../../types';
import { contextRule } from '../ruleBuilders';
import { passwordVerdict } from '../../validators/secretValue';

const SHA_KEY = /^(?:(?:ogone|worldline|ingenico)[_.-]?)?sha1?[_.-]?(?:in|out)(?:[_.-]?(?:pass(?:phrase)?|key|signature))?$/i;
const PROVIDER_WORD = /ogone|worldline|ingenico/i;
/** The integration's other settings near a bare `sha_in`: its PSPID or provider, or the pair of passphrases. */
const INTEGRATION_NEAR = /pspid|ogone|worldline|ingenico/i;
const SHA_IN_KEY = /\bsha1?[_.-]?in\s{0,4}[=:]/i;
const SHA_OUT_KEY = /\bsha1?[_.-]?out\s{0,4}[=:]/i;
const ASSIGNED_BEFORE = /(?:[=:>,(]|=>)[ \t]{0,8}["']?$/;

function shaPassphrase(secret: string, ctx: MatchContext): boolean {
  const key = ctx.keyName ?? '';
  if (!SHA_KEY.test(key) || passwordVerdict(secret, 'password') !== undefined) return false;
  // Assigned, not named in passing: a list of the setting's spellings (`sha_in` `sha-in` in a table) or prose about the
  // passphrases has no separator before the value.
  if (!ASSIGNED_BEFORE.test(ctx.text.slice(Math.max(0, ctx.start - 12), ctx.start))) return false;
  if (PROVIDER_WORD.test(key)) return true;
  const near = ctx.text.slice(Math.max(0, ctx.start - 400), Math.min(ctx.text.length, ctx.end + 200));
  return INTEGRATION_NEAR.test(near) || (SHA_IN_KEY.test(near) && SHA_OUT_KEY.test(near));
}

export const worldlineShaPassphraseRules: Rule[] = [
  contextRule({
    id: 'worldline-sha-passphrase',
    provider: 'Worldline (Ogone)',
    family: 'payments',
    description: 'Worldline / Ogone SHA-IN or SHA-OUT passphrase',
    names: ['(?:ogone|worldline|ingenico)[_-]?sha1?[_-]?(?:in|out)', 'sha1?[_-]?(?:in|out)'],
    keywords: ['sha_in', 'sha-in', 'shain', 'sha_out', 'sha-out', 'shaout', 'sha1in', 'sha1out'],
    value: '[!#-&(-~]{8,64}',
    end: '!#-&(-~',
    minEntropy: 0,
    envName: 'OGONE_SHA_IN',
    docsUrl: 'https://support.direct.ingenico.com/en/integration-solutions/hosted-payment-page/security',
    revocationUrl: null,
    revocationNote: 'Set new SHA-IN / SHA-OUT passphrases in the Worldline back office (Configuration → Technical information → Data and origin verification) and in the shop at the same time.',
    validate: shaPassphrase,
    sample: (g) => `${g.alnum(10)}*${g.alnum(6)}`,
    positives: (g) => [`pspid = SHOP${g.digits(3)}\nsha_in = ${g.s(`${g.alnum(8)}-${g.alnum(6)}`)}\nsha_out = ${g.s(`${g.alnum(7)}%${g.alnum(7)}`)}`],
    // A passphrase cut short is still a passphrase: the standard truncated near miss does not apply.
    noStandardNegatives: true,
    negatives: (g) => [
      `const value = "${g.alnum(10)}*${g.alnum(6)}";`,
      `probablyogone_sha_in="${g.alnum(10)}*${g.alnum(6)}"`,
      // A digest's input and output in hashing code: no payment settings near.
      `sha_in = "${g.alnum(12)}"`,
      `pspid = SHOP${g.digits(3)}\nsha_in = changeme`,
      '| `worldline-sha-passphrase` | `sha_in` `sha-in` `shain` `sha_out` `sha-out` `shaout` `sha1in` `sha1out` |',
      `PSPID beside Worldline/Ogone SHA-IN/SHA-OUT passphrases, ThingSpeak keys beside a channel id`,
    ],
  }),
];
