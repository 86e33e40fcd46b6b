// Wallet passphrases given to a node's own commands, as node operators type them and shell histories keep them:
// Bitcoin Core's `bitcoin-cli walletpassphrase "X" 60` (and encryptwallet) and geth's console
// `personal.unlockAccount(eth.accounts[0], 'X', 300)` (and personal.newAccount('X')). Found while tuning on rw-dev24.
import type { MatchContext, Rule } from '../types';
import { isLiteralPassword } from '../validators/literalArgument';
import { isPassphraseArgument } from '../validators/symbolPassphrase';
import { passphrase } from './humanPasswords';

/** A literal passphrase: blanks only between a passphrase's words (inside quotes), no shell variable. */
function walletPassphrase(value: string, ctx: MatchContext): boolean {
  if (value.includes('$') && ctx.text.charAt(ctx.start - 1) !== "'") return false;
  return /\s/.test(value) ? isPassphraseArgument(value) : isLiteralPassword(value);
}

const chosen = (g: { pick<T>(items: readonly T[]): T; digits(n: number): string }) => `${g.pick(['Harbor', 'Lantern', 'Walrus'])}_${g.digits(4)}${g.pick(['!', '#', '%'])}`;

export const walletUnlockCommandRules: Rule[] = [
  {
    id: 'bitcoin-cli-wallet-passphrase',
    provider: 'Bitcoin Core',
    family: 'generic',
    priority: 'context',
    description: 'Wallet passphrase given to bitcoin-cli walletpassphrase or encryptwallet (the shell history keeps it)',
    keywords: ['walletpassphrase', 'encryptwallet'],
    keywordWindow: { before: 300, after: 160 },
    // Any coin's Bitcoin Core fork (`litecoin-cli`, `dogecoin-cli`), its options before the command.
    pattern:
      /(?<![\w.-])[a-z]{0,12}coin-cli(?:\.exe)?(?:[ \t]{1,4}-[\w.=/:-]{1,120}){0,8}[ \t]{1,4}(?:walletpassphrase|encryptwallet)[ \t]{1,4}(?<q>["']?)(?<secret>(?<=["'])[^"'\n]{4,128}(?=["'])|[^\s"'`]{4,128})\k<q>/,
    skipPlaceholderCheck: false,
    validate: walletPassphrase,
    envName: 'WALLET_PASSPHRASE',
    severity: 'error',
    docsUrl: 'https://developer.bitcoin.org/reference/rpc/walletpassphrase.html',
    revocationUrl: null,
    revocationNote: 'Move the funds to a wallet with a new passphrase (walletpassphrasechange does not protect copies of the old wallet file); unlock from a prompt, not the command line.',
    examples: {
      positives: (g) => [
        `bitcoin-cli -rpcwallet=hot walletpassphrase "${g.s(`${g.pick(['copper', 'meadow'])} ${g.pick(['lantern', 'harbor'])} ${g.pick(['falcon', 'granite'])}${g.digits(2)}`)}" 60`,
        `bitcoin-cli encryptwallet '${g.s(chosen(g))}'`,
        `litecoin-cli walletpassphrase ${g.s(passphrase(g))} 120`,
      ],
      negatives: () => ['bitcoin-cli walletpassphrase "$WALLET_PASS" 60', 'bitcoin-cli walletpassphrase "<passphrase>" 60', 'bitcoin-cli walletlock'],
    },
  },
  {
    id: 'geth-console-account-password',
    provider: 'Ethereum (geth)',
    family: 'generic',
    priority: 'context',
    description: "Account password given to geth's console personal.unlockAccount(address, password, seconds) or personal.newAccount(password)",
    keywords: ['personal.unlockaccount', 'personal.newaccount'],
    keywordWindow: { before: 0, after: 260 },
    pattern: /personal\.(?:unlockAccount\([^,()\n]{1,120},|newAccount\()[ \t]{0,4}(?<q>["'])(?<secret>[^"'\n]{1,128})\k<q>/,
    skipPlaceholderCheck: false,
    validate: walletPassphrase,
    envName: 'ACCOUNT_PASSWORD',
    severity: 'error',
    docsUrl: 'https://geth.ethereum.org/docs/interacting-with-geth/rpc/ns-personal',
    revocationUrl: null,
    revocationNote:
      "Move the account's funds to a new key with a new password (the keystore file stays encrypted with the old one wherever it was copied); use Clef, or point geth's password-file option at a protected file.",
    examples: {
      positives: (g) => [`geth attach /data/geth/geth.ipc --exec "personal.unlockAccount(eth.accounts[0], '${g.s(chosen(g))}', 300)"`, `> personal.newAccount("${g.s(passphrase(g))}")`],
      negatives: () => ['personal.unlockAccount(eth.accounts[0], process.env.PASSWORD, 300)', 'personal.unlockAccount(eth.accounts[0], "<password>", 0)', 'personal.newAccount()'],
    },
  },
];
