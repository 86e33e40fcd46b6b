// Product licence keys: dashed groups of upper-case letters and digits (`ABCDE-12345-…`, `1M7X-Z55E-QMWX-6S9Y`)
// assigned to a name that says licence (`LICENSE=`, `REPORTS_LICENSE=`, `licenseKey: …`, `set LICENSE=…`). The
// word alone is not a secret's name (`LICENSE=MIT`), nor is the shape alone (order numbers, serials): both are.
import { isPlaceholder } from '../../validators/placeholder';
import { fileKind } from '../../validators/fileKind';
import type { MatchContext, Rule } from '../../types';

function validateLicenseKey(value: string, ctx: MatchContext): boolean {
  const kind = fileKind(ctx.path);
  if (kind === 'lockfile' || kind === 'minified' || kind === 'example') return false;
  if (isPlaceholder(value) || !/\d/.test(value) || !/[A-Z]/.test(value)) return false;
  const groups = value.split('-');
  // `XXXXX-XXXXX-…`, `AAAAA-BBBBB-…`: a format shown; a key's groups differ and mix letters and digits.
  if (new Set(groups).size < groups.length || groups.every((g) => /^(.)\1*$/.test(g))) return false;
  return groups.filter((g) => /\d/.test(g) && /[A-Z]/.test(g)).length >= Math.ceil(groups.length / 2);
}

export const licenseKeyRule: Rule = {
  id: 'license-key-assignment',
  provider: 'Generic',
  family: 'generic',
  priority: 'generic',
  description: 'Product licence key (dashed groups of letters and digits) assigned to a licence name',
  keywords: ['license', 'licence'],
  keywordWindow: { before: 48, after: 120 },
  pattern:
    /(?<![A-Za-z0-9_.-])(?<key>(?:[A-Za-z_][A-Za-z0-9_.-]{0,40})?[lL][iI][cC][eE][nN][cCsS][eE](?:[_.-]?(?:[kK][eE][yY]|[cC][oO][dD][eE]|[sS][eE][rR][iI][aA][lL]))?)["']?[ \t]{0,4}(?:=|:|=>)[ \t]{0,4}["']?(?<secret>[A-Z0-9]{4,8}(?:-[A-Z0-9]{4,8}){3,7})(?![A-Za-z0-9-])/,
  validate: validateLicenseKey,
  envName: 'LICENSE_KEY',
  severity: 'warning',
  docsUrl: 'https://owasp.org/Top10/A07_2021-Identification_and_Authentication_Failures/',
  revocationUrl: null,
  revocationNote: 'A licence key: ask the vendor to reissue it (a leaked key can be used by anyone) and read it from the environment or a secret store.',
  examples: {
    positives: (g) => {
      const grp = (n: number) => g.chars('ABCDEFGHJKMNPQRSTVWXYZ', 2) + g.digits(1) + g.chars('ABCDEFGHJKMNPQRSTVWXYZ0123456789', n - 3);
      return [
        `LICENSE=${g.s([5, 5, 5, 5, 5].map(grp).join('-'))}`,
        `set LICENSE=${g.s([4, 4, 4, 4].map(grp).join('-'))}`,
        `REPORTS_LICENSE=${g.s([4, 4, 4, 4].map(grp).join('-'))}`,
        `  license: "${g.s([5, 5, 5, 5].map(grp).join('-'))}"`,
      ];
    },
    negatives: () => ['LICENSE=MIT', 'LICENSE_KEY=XXXXX-XXXXX-XXXXX-XXXXX-XXXXX', '"settings.license.format": "XXXX-XXXX-XXXX-XXXX"', 'LICENSE_KEY=AAAAA-BBBBB-CCCCC-DDDDD-EEEEE', 'license: ${LICENSE_KEY}'],
  },
};
