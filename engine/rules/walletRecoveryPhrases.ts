import { sha256Bytes } from '../fingerprint';
import type { Rule } from '../types';
import { BIP39_ENGLISH, BIP39_INDEX } from './bip39English';

// A BIP-39 recovery phrase is a private key written in words: 12–24 words of the standard list whose last bits are
// a SHA-256 checksum of the others. The regex finds runs of short lower-case words (spaced, comma-separated, one per
// line, numbered `1. word`); the validator keeps a run only when it holds a whole phrase with a valid checksum, so
// prose made of list words (1 in 16 passes for 12 words, 1 in 256 for 24) and the shortened samples docs show do not.

// Each word ends where the letters end (no retrying shorter words), so a run of ordinary words fails fast.
const WORD = '[a-z]{3,8}(?![a-z])';
// Blanks, then at most one comma or line break (a blank line between), then a list number: no two ways to read one gap.
const SEP = String.raw`[ \t]{0,12}(?:,[ \t]{0,4}|\r?\n(?:[ \t]{0,4}\r?\n)?[ \t]{0,12})?(?:\d{1,2}[.):][ \t]{0,3})?`;
const LENGTHS = [24, 21, 18, 15, 12];

/** True when `words` (all in the list) form a phrase whose checksum bits match: what a wallet generates. */
export function bip39ChecksumOk(words: readonly string[]): boolean {
  const n = words.length;
  if (!LENGTHS.includes(n)) return false;
  const bits = words.map((w) => BIP39_INDEX.get(w)!.toString(2).padStart(11, '0')).join('');
  const csBits = n / 3;
  const entropy = bits.slice(0, bits.length - csBits);
  const bytes = Buffer.from(entropy.match(/.{8}/g)!.map((b) => parseInt(b, 2)));
  const digest = sha256Bytes(bytes);
  const expected = (digest[0]! >> (8 - csBits)).toString(2).padStart(csBits, '0');
  return bits.slice(-csBits) === expected;
}

/**
 * An excerpt of the word list itself (a wordlist file, a library's data, docs quoting it): the words in the list's
 * order. A generated phrase has about half its neighbours in order; almost all in order is the list.
 */
function inListOrder(words: readonly string[]): boolean {
  let ascending = 0;
  for (let i = 1; i < words.length; i++) if (BIP39_INDEX.get(words[i]!)! > BIP39_INDEX.get(words[i - 1]!)!) ascending++;
  return ascending >= words.length - 3;
}

/**
 * A whole phrase inside a run of words: a window of 12–24 consecutive list words with a valid checksum. Phrases that
 * repeat words are the documented samples (Hardhat/Anvil's `test … junk`, the `abandon … about` and `zoo … wrong`
 * vectors, `legal winner thank …`): a generated phrase repeats at most one or two words.
 */
export function containsRecoveryPhrase(run: string): boolean {
  const words = run.match(/[a-z]+/g) ?? [];
  let from = 0;
  for (let i = 0; i <= words.length; i++) {
    if (i < words.length && BIP39_INDEX.has(words[i]!)) continue;
    const span = words.slice(from, i);
    for (const n of LENGTHS) {
      for (let s = 0; s + n <= span.length; s++) {
        const phrase = span.slice(s, s + n);
        if (new Set(phrase).size >= n - 2 && !inListOrder(phrase) && bip39ChecksumOk(phrase)) return true;
      }
    }
    from = i + 1;
  }
  return false;
}

/** A phrase of `n` list words with a valid checksum, built from the generator (rule examples). */
export function examplePhrase(g: { hex(n: number): string }, n: 12 | 24 = 12): string {
  const entropy = Buffer.from(g.hex((n * 8) / 3), 'hex');
  const cs = sha256Bytes(entropy)[0]!;
  const csBits = n / 3;
  const bits = [...entropy].map((b) => b.toString(2).padStart(8, '0')).join('') + cs.toString(2).padStart(8, '0').slice(0, csBits);
  return bits
    .match(/.{11}/g)!
    .map((b) => BIP39_ENGLISH[parseInt(b, 2)]!)
    .join(' ');
}

export const walletRecoveryPhraseRules: Rule[] = [
  {
    id: 'bip39-recovery-phrase',
    provider: 'Cryptocurrency wallet',
    family: 'private-key',
    priority: 'checksum',
    description: 'BIP-39 wallet recovery phrase (mnemonic seed words)',
    keywords: ['mnemonic', 'seed', 'phrase', 'recovery', 'wallet', 'suri', 'bip39', 'metamask', 'trezor'],
    // A phrase is at most 31 words (~300 characters); the word that names it stands a few lines before or after.
    keywordWindow: { before: 700, after: 1200 },
    pattern: new RegExp(String.raw`(?<![A-Za-z0-9_-])(?<secret>${WORD}(?:${SEP}${WORD}){11,30})(?![A-Za-z0-9_-])`),
    validate: (secret) => containsRecoveryPhrase(secret),
    skipPlaceholderCheck: true,
    envName: 'WALLET_MNEMONIC',
    docsUrl: 'https://github.com/bitcoin/bips/blob/master/bip-0039.mediawiki',
    revocationUrl: null,
    revocationNote: 'A leaked recovery phrase cannot be revoked: move every fund to a wallet with a new phrase immediately.',
    examples: {
      positives: (g) => [
        `const MNEMONIC = process.env.MNEMONIC ?? "${g.s(examplePhrase(g))}";`,
        `Save this seed phrase to recover your new keypair:\n${g.s(examplePhrase(g))}\n`,
        // The finding starts at the first word, after its list number.
        `RECOVERY SHEET\n\n1. ${g.s(
          examplePhrase(g, 24)
            .split(' ')
            .map((w, i) => (i === 0 ? w : `${i + 1}. ${w}`))
            .join('\n'),
        )}\n`,
        `ok here: ${g.s(examplePhrase(g))} if that helps with the wallet`,
      ],
      negatives: (g) => [
        `accounts: { mnemonic: "test test test test test test test test test test test junk" }`,
        `mnemonic: abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about`,
        // Six words of a phrase are a sample, not a wallet.
        `seed phrase example: "${examplePhrase(g).split(' ').slice(0, 6).join(' ')}"`,
        // The word list itself (a wordlist file beside a wallet library): words in the list's order.
        `// bip39 wordlist\n${BIP39_ENGLISH.slice(0, 24).join('\n')}\n`,
        `the wallet words are stored in the vault and never written down on paper or typed into a chat window again`,
      ],
    },
  },
];
