// Windows passwords passed to Sysinternals PsExec (`psexec \\host -u user -p password`).
import type { Rule } from '../../types';

export const psexecRules: Rule[] = [
  {
    id: 'psexec-password',
    provider: 'PsExec (Sysinternals)',
    family: 'infrastructure',
    priority: 'context',
    description: 'Windows account password on a PsExec command line',
    keywords: ['psexec'],
    pattern: /psexec(?:64)?(?:\.exe)?\b[^\r\n]{0,150}?\s-u\s{1,4}[^\s]{1,100}\s{1,4}-p\s{1,4}(?<q>['"]?)(?<secret>[^\s'"%$]{4,100})\k<q>(?![^\s'"])/i,
    minEntropy: 2,
    envName: 'PSEXEC_PASSWORD',
    docsUrl: 'https://learn.microsoft.com/en-us/sysinternals/downloads/psexec',
    revocationUrl: null,
    revocationNote: 'Change the Windows account password on the domain or host, and stop passing it with -p (omit -p to be prompted).',
    examples: {
      positives: (g) => [`psexec \\\\srv01 -u CORP\\admin -p ${g.s(g.alnum(12))} cmd /c whoami`, `PsExec64.exe \\\\10.0.0.5 -u svc -p "${g.s(`${g.alnum(6)}!${g.alnum(6)}`)}" -s ipconfig`],
      negatives: () => ['psexec \\\\srv01 -u CORP\\admin -p %ADMIN_PASSWORD% cmd', 'psexec \\\\srv01 -u admin cmd /c whoami', 'psexec \\\\srv01 -u admin -p <password> cmd'],
    },
  },
];
