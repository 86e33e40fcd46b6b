// A login kept as a constant pair under a name that says it is one: `CVAT_AUTH = ("annotator-bot", "…")`,
// `ERP_AUTH = ("sync", "…")`, `MIXPANEL_SERVICE_ACCOUNT = ("export-bot…", "…")`, later handed to `auth=`. The first
// literal is the user, the second the password.
import { fileKind } from '../../validators/fileKind';
import { passwordVerdict } from '../../validators/secretValue';
import type { MatchContext, Rule } from '../../types';

function validateAuthTuple(value: string, ctx: MatchContext): boolean {
  const kind = fileKind(ctx.path);
  if (kind === 'lockfile' || kind === 'minified' || kind === 'example') return false;
  return passwordVerdict(value, 'password', { quote: ctx.text[ctx.start - 1] }) === undefined;
}

export const authTupleRule: Rule = {
  id: 'generic-tuple-login-password',
  provider: 'Generic',
  family: 'generic',
  priority: 'generic',
  description: 'Login pair assigned to a name ending in AUTH, CREDENTIALS, CREDS or SERVICE_ACCOUNT: its second literal',
  // The pair's word and the opening of the pair, as written in Python, Ruby and JavaScript constants.
  keywords: ['auth = (', 'auth=(', 'auth = [', 'auth=[', 'creds = (', 'creds=(', 'credentials = (', 'credentials=(', 'account = (', 'account=('],
  keywordWindow: { before: 40, after: 220 },
  // The name ends in the pair's word (`CVAT_AUTH`, `erpCreds`, `SMTP_CREDENTIALS`), then a tuple or list of two
  // literals: the user (no path or URL) and the password.
  pattern:
    /(?<![\w.])[A-Za-z][A-Za-z0-9]{0,30}_?(?:AUTH|[Aa]uth|CREDENTIALS|[Cc]redentials|CREDS|[Cc]reds|SERVICE_ACCOUNT|[Ss]ervice_?[Aa]ccount)[ \t]?=[ \t]?[([][ \t]{0,2}(?:"[^"\n/:]{1,64}"|'[^'\n/:]{1,64}')[ \t]{0,2},[ \t]{0,2}["'](?<secret>[^"'\n]{4,128})["'][ \t]{0,2}[)\]]/,
  validate: validateAuthTuple,
  envName: 'SERVICE_PASSWORD',
  severity: 'warning',
  docsUrl: 'https://requests.readthedocs.io/en/latest/user/authentication/',
  revocationUrl: null,
  revocationNote: "Change the account's password and read the pair from the environment or a secret store (`auth=(os.environ['SVC_USER'], os.environ['SVC_PASSWORD'])`).",
  examples: {
    positives: (g) => [
      `CVAT_AUTH = ("annotator-bot", "${g.s(`${g.pick(['Kestrel', 'Harbor'])}${g.digits(4)}`)}")`,
      `ERP_AUTH = ("sync", "${g.s(`${g.pick(['Gorilla', 'Mango'])}.${g.pick(['Lemon', 'Pepper'])}${g.digits(2)}!`)}")  # usuario técnico`,
      `MIXPANEL_SERVICE_ACCOUNT = ("export-bot.${g.digits(6)}.mp-service-account", "${g.s(g.alnum(32))}")`,
    ],
    negatives: () => [
      'CVAT_AUTH = (os.environ["CVAT_USER"], os.environ["CVAT_PASSWORD"])',
      'OAUTH_SCOPES = ("read", "write")',
      'ERP_AUTH = ("sync", "changeme")',
      'BASIC_AUTH = ("https://erp.example/api", "v2")',
    ],
  },
};
