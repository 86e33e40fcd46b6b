// A login written into an address without a scheme: `user:password@host:port/db` as Nakama's `database.address`
// takes it (`- "nakama:<password>@cockroachdb-public:26257/nakama"`, rw-dev18), Telegraf's IPMI input's `servers =
// ["<user>:<password>@lan(bmc-cn001)"]` (rw-dev16). url-password needs a scheme; these tools' address keys say what it is.
import { fileKind } from '../../validators/fileKind';
import { passwordVerdict } from '../../validators/secretValue';
import type { MatchContext, Rule } from '../../types';

/** Keys whose value is a list of addresses: the quoted item may follow on the next line (a YAML list) or in brackets. */
const ADDRESS_KEY = `(?<![A-Za-z0-9_])(?:address(?:es)?|servers|hosts|dsn)["']?[ \\t]{0,4}[:=][ \\t]{0,4}(?:\\[[ \\t]{0,4}|\\r?\\n[ \\t]{0,16}-[ \\t]{1,4})?`;
/** The host after the `@`: a name (port and path may follow) or ipmitool's interface form `lan(host)` / `lanplus(host)`. */
const HOST = `(?:[A-Za-z0-9][A-Za-z0-9.-]{0,120}(?::\\d{2,5})?(?=[/?"'])|lan(?:plus)?\\()`;

function validate(value: string, ctx: MatchContext): boolean {
  const kind = fileKind(ctx.path);
  if (kind === 'lockfile' || kind === 'minified' || kind === 'example') return false;
  return passwordVerdict(value, 'password', { quote: '"', strict: kind === 'test', compoundWords: kind !== 'test' }) === undefined;
}

export const schemelessLoginAddressRule: Rule = {
  id: 'schemeless-login-address',
  provider: 'Generic',
  family: 'generic',
  priority: 'generic',
  description: 'Password in a user:password@host address written without a scheme (Nakama database.address, Telegraf IPMI servers)',
  keywords: ['address', 'servers', 'hosts', 'dsn'],
  keywordWindow: { before: 0, after: 260 },
  pattern: new RegExp(`${ADDRESS_KEY}["'][A-Za-z0-9_.-]{1,40}:(?<secret>[^\\s"'@:/\\\\]{4,64})@${HOST}`, 'i'),
  validate,
  skipPlaceholderCheck: false,
  envName: 'DB_PASSWORD',
  severity: 'warning',
  docsUrl: 'https://cwe.mitre.org/data/definitions/798.html',
  revocationUrl: null,
  revocationNote: 'Change the password of that account, then pass it to the tool from the environment or a secret store.',
  examples: {
    positives: (g) => [
      `database:\n  address:\n    - "nakama:${g.s(`${g.lower(6)}${g.digits(4)}`)}@cockroachdb-public:26257/nakama?sslmode=verify-full"`,
      `[[inputs.ipmi_sensor]]\n  servers = ["ipmi_ro:${g.s(`${g.alnum(10)}`)}@lan(bmc-cn001)"]`,
    ],
    negatives: (g) => [
      'database:\n  address:\n    - "root@cockroachdb-public:26257"',
      'servers = ["ADMIN:${IPMI_PASSWORD}@lan(bmc-cn001)"]',
      `address: "git@github.com:org/${g.lower(6)}.git"`,
      'servers = ["USERID:PASSW0RD@lan(192.168.1.1)"]',
    ],
  },
};
