// Windows Installer public properties given on the command line (`msiexec /i agent.msi /qn APITOKEN=X`,
// `"%~dp0Agent.msi" SITE_TOKEN="X"`): RMM, EDR and remote-support agents are rolled out with their enrolment
// token or service password as a property (rw-dev13). Public properties are upper case by Windows Installer's
// own rule; the name must read as a secret's, or be NinjaOne's documented `TOKENID` (its installation token).
import type { Rule } from '../types';
import { namesAPassword, readSecretName } from '../validators/secretName';
import { literalOfKind, positionalRule, quotedConsistently } from './cliRuleBuilder';
import { humanPassword } from './humanPasswords';

/** Property names holding a secret word; the lead skips any other `NAME=value` before them on the line. */
const SECRET_PROPERTY = '[A-Z0-9_]{0,30}(?:TOKEN|KEY|SECRET|PASSWORD|PASSWD|PWD|PASS)[A-Z0-9_]{0,12}';

function secretProperty(name: string | undefined): boolean {
  return name === 'TOKENID' || (name !== undefined && readSecretName(name) !== undefined);
}

const base = positionalRule({
  id: 'msiexec-secret-property',
  description: 'Secret given to Windows Installer as a public property (msiexec /i agent.msi APITOKEN=…)',
  envName: 'INSTALLER_TOKEN',
  docsUrl: 'https://learn.microsoft.com/en-us/windows/win32/msi/command-line-options',
  keywords: ['msiexec', '.msi'],
  // The package (`msiexec`, or an `.msi` run directly), then other arguments, then the property.
  lead: `(?:msiexec(?:\\.exe)?|\\.msi)["']?[ \\t][^\\n]{0,300}?[ \\t"](?<key>${SECRET_PROPERTY})=`,
  wordStart: false,
  kind: 'token',
  positives: (g) => [
    `msiexec /i "%~dp0Agent.msi" /qn TOKENID=${g.s(g.uuid())}`,
    `"%~dp0Host.msi" CUSTOMCONFIGID=${g.alnum(7).toLowerCase()} APITOKEN=${g.s(`${g.digits(8)}-${g.alnum(20)}`)} /qn`,
    `msiexec.exe /i C:\\Temp\\backup-agent.msi /quiet SERVICE_PASSWORD="${g.s(humanPassword(g))}"`,
  ],
  negatives: (g) => [
    'msiexec /i agent.msi /qn APITOKEN=%RMM_TOKEN%',
    'msiexec /i agent.msi /qn SITE_TOKEN=<your-site-token>',
    `msiexec /i agent.msi /qn INSTALLDIR=C:\\Agent SERVERURL=https://rmm.example.com CUSTOMERID=${g.alnum(12)}`,
    'msiexec /i agent.msi TOKEN_URL=https://rmm.example.com/enrol /qn',
    `APITOKEN=${g.alnum(24)} is documented in the vendor's portal`,
  ],
});

export const installerPropertyRules: Rule[] = [
  {
    ...base,
    // A password property takes a chosen password; any other a generated token.
    validate: (secret, ctx) => secretProperty(ctx.keyName) && !secret.startsWith('-') && quotedConsistently(ctx) && literalOfKind(secret, namesAPassword(ctx.keyName!) ? 'password' : 'token'),
  },
];
