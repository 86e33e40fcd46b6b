// Credentials in the formats of bank and trading back offices, where the format's position says what a value is:
// FIX Logon messages (tag 554 Password, 925 NewPassword) in engine logs, Connect:Direct processes
// (`SNODEID=(user,password)`), SSIS packages (a variable or property marked `Sensitive`, stored in clear under
// ProtectionLevel DontSaveSensitive only when someone typed it into the XML) and `dtexec /DECRYPT`, and dislocker's
// `-u<password>` for a BitLocker volume. rw-dev21.
import { isLiteralPassword, isStandIn } from '../validators/literalArgument';
import { lineEndNear, lineStartNear } from '../detect/lineStartNear';
import { humanPassword } from './humanPasswords';
import type { ExampleGen, MatchContext, Rule } from '../types';

const base = {
  provider: 'Finance back office',
  family: 'generic',
  priority: 'context',
  skipPlaceholderCheck: false,
  severity: 'error',
  revocationUrl: null,
} as const;

/** Masked (`*****`, `xxxx`), a stand-in, or no password at all. */
function isPasswordValue(value: string): boolean {
  return !/^(?:\*+|x+|X+|#+)$/.test(value) && !isStandIn(value) && isLiteralPassword(value);
}

/** FIX field delimiters as logs print them: SOH, `|`, `^A`, `^`. */
const FIX_DELIM = '(?:\\x01|\\||\\^A|\\^)';

/** A FIX message on the value's line: it begins `8=FIX` (or FIXT) and carries its message type. */
function onFixMessageLine(ctx: MatchContext): boolean {
  const from = lineStartNear(ctx.text, ctx.start, ctx.start - 2000);
  const to = lineEndNear(ctx.text, ctx.end, ctx.end + 2000);
  const line = ctx.text.slice(from, to);
  return /(?:^|[^0-9])8=FIXT?\.\d/.test(line) && /(?:^|\x01|\||\^A?)35=A(?:\x01|\||\^)/.test(line);
}

const fixMessage = (g: ExampleGen, tags: string, sep = '|') =>
  `8=FIX.4.4${sep}9=${g.digits(3)}${sep}35=A${sep}34=1${sep}49=ACMEOMS${sep}52=20260304-07:59:58.111${sep}56=LMAX_TRD${sep}553=acme_trd01${sep}${tags}${sep}98=0${sep}108=30${sep}10=${g.digits(3)}${sep}`;

const safePassword = (g: ExampleGen) => `${g.alnum(6)}${g.digits(3)}${g.upper(3)}`;

export const financeIntegrationRules: Rule[] = [
  {
    ...base,
    id: 'fix-logon-password',
    description: 'Password (tag 554) or new password (tag 925) of a FIX Logon message (35=A) in an engine log or a captured message',
    keywords: ['554=', '925='],
    keywordWindow: { before: 8, after: 140 },
    pattern: new RegExp(`(?<=${FIX_DELIM})(?:554|925)=(?<secret>[^\\x01|^\\s]{1,128})(?=${FIX_DELIM})`),
    validate: (value, ctx) => isPasswordValue(value) && onFixMessageLine(ctx),
    envName: 'FIX_PASSWORD',
    docsUrl: 'https://www.onixs.biz/fix-dictionary/4.4/tagnum_554.html',
    revocationNote: 'Ask the venue or broker to reset the FIX session password, and have the engine mask tags 554 and 925 in its message logs.',
    examples: {
      positives: (g) => [
        `20260304-07:59:58.112: ${fixMessage(g, `554=${g.s(safePassword(g))}`)}`,
        `${fixMessage(g, `554=${g.s(safePassword(g))}^925=${g.s(safePassword(g))}`, '^')}`,
        `<- ${fixMessage(g, `554=${g.s(humanPassword(g).replace(/[|^]/g, '!'))}`, '^A')}`,
      ],
      negatives: (g) => [
        `${fixMessage(g, '554=*****')}`,
        // A Logout or a market data message with a field numbered 554 in another dialect: no Logon, no password.
        `8=FIX.4.4|9=${g.digits(3)}|35=5|34=2|49=A|56=B|58=bye|10=${g.digits(3)}|`,
        `8=FIX.4.4|9=${g.digits(3)}|35=W|34=7|49=A|56=B|554=${g.alnum(10)}|10=${g.digits(3)}|`,
        'price=554=12|qty=9|',
      ],
    },
  },
  {
    ...base,
    id: 'connect-direct-node-password',
    description: 'Password of a Connect:Direct process given with the remote or local node user (SNODEID=(user,password), PNODEID=…)',
    keywords: ['snodeid', 'pnodeid'],
    keywordWindow: { before: 2, after: 160 },
    // `SNODEID=(user,password[,newpassword])`; blanks may stand around the parts.
    pattern: /(?<![A-Za-z0-9])[SsPp][Nn][Oo][Dd][Ee][Ii][Dd][ \t]{0,3}=[ \t]{0,3}\([ \t]{0,3}[^\s,()]{1,64}[ \t]{0,3},[ \t]{0,3}(?<secret>[^\s,()]{1,64})[ \t]{0,3}(?:,[ \t]{0,3}[^\s,()]{1,64}[ \t]{0,3})?\)/,
    // `&PASS` is a symbolic variable the process is given when it is submitted.
    validate: (value) => !value.startsWith('&') && isPasswordValue(value),
    envName: 'CONNECT_DIRECT_PASSWORD',
    docsUrl: 'https://www.ibm.com/docs/en/connect-direct/6.3.0?topic=statement-process-parameters',
    revocationNote: "Change the node user's password on the remote node, and pass it as a symbolic variable (&PASS) or from the secure plus store instead of the process text.",
    examples: {
      positives: (g) => [
        `SENDBACS PROCESS SNODE=BACSBUREAU.NDM\n  SNODEID=(ACMEBACS,${g.s(`${g.digits(2)}${g.upper(4)}${g.digits(2)}`)})\n`,
        `PAYRUN PROCESS SNODE=BANK.NDM PNODEID=(cdadmin, ${g.s(humanPassword(g))})\n`,
      ],
      negatives: () => ['SENDBACS PROCESS SNODE=BACSBUREAU.NDM\n  SNODEID=(ACMEBACS,&PASS)\n', '  SNODEID=(ACMEBACS,********)\n', 'SNODEID=(user,password)'],
    },
  },
  {
    ...base,
    id: 'ssis-sensitive-value',
    description: 'Value of an SSIS package variable or property marked Sensitive, stored in clear text in the .dtsx file',
    keywords: ['sensitive="'],
    keywordWindow: { before: 200, after: 420 },
    // `<DTS:Variable … DTS:Sensitive="True"><DTS:VariableValue DTS:DataType="8">v</DTS:VariableValue>`, and a
    // connection manager's `<DTS:Password DTS:Name="Password" Sensitive="1">v</DTS:Password>`.
    pattern:
      /<(?:DTS:)?[A-Za-z]{1,40}\b[^<>]{0,200}\b(?:DTS:)?Sensitive="(?:True|true|1)"[^<>]{0,200}>[ \t]{0,8}(?:\r?\n[ \t]{0,40})?(?:<(?:DTS:)?VariableValue\b[^<>]{0,120}>)?(?<secret>[^<>\s][^<>\r\n]{0,127}?)<\//,
    validate: (value, ctx) => {
      // With an encrypting ProtectionLevel the element says `Encrypted="1"` and holds ciphertext.
      const head = ctx.text.slice(Math.max(0, ctx.start - 600), ctx.start);
      if (/\bEncrypted="1"/.test(head.slice(Math.max(0, head.lastIndexOf('<')))) || /\bEncrypted="1"[^<>]{0,200}>[^<>]{0,20}(?:<(?:DTS:)?VariableValue\b[^<>]{0,120}>)?$/.test(head)) return false;
      return isPasswordValue(value.trim());
    },
    envName: 'SSIS_SENSITIVE_VALUE',
    docsUrl: 'https://learn.microsoft.com/en-us/sql/integration-services/security/access-control-for-sensitive-data-in-packages',
    revocationNote: 'Change the password the package carries, and give it at run time from a sensitive parameter or environment in the SSIS catalog instead of the package XML.',
    examples: {
      positives: (g) => [
        `  <DTS:Variables>\n    <DTS:Variable DTS:ObjectName="PackagePassword" DTS:Sensitive="True"><DTS:VariableValue DTS:DataType="8">${g.s(g.alnum(24))}</DTS:VariableValue></DTS:Variable>\n`,
        `<DTS:Variable DTS:ObjectName="BankPortalLogon" DTS:Sensitive="True">\n  <DTS:VariableValue DTS:DataType="8">${g.s(humanPassword(g))}</DTS:VariableValue>\n</DTS:Variable>\n`,
      ],
      negatives: (g) => [
        `<DTS:Password DTS:Name="Password" Sensitive="1" Encrypted="1">${g.base64(120)}</DTS:Password>`,
        `<DTS:Variable DTS:ObjectName="LedgerId"><DTS:VariableValue DTS:DataType="3">${g.digits(4)}</DTS:VariableValue></DTS:Variable>`,
        `<DTS:Variable DTS:ObjectName="ApiKey" DTS:Sensitive="True"><DTS:VariableValue DTS:DataType="8"></DTS:VariableValue></DTS:Variable>`,
      ],
    },
  },
  {
    ...base,
    id: 'dtexec-decrypt-password',
    description: 'Package password given to dtexec on its command line (/DECRYPT password, /De password)',
    keywords: ['dtexec'],
    keywordWindow: { before: 0, after: 420 },
    pattern: /\bdtexec(?:\.exe)?["']?[ \t][^\r\n]{0,300}?[ \t][/-](?:[Dd][Ee][Cc][Rr][Yy][Pp][Tt]|[Dd][Ee])[ \t:]{1,3}"?(?<secret>[^\s"/]{1,128})/i,
    validate: isPasswordValue,
    envName: 'SSIS_PACKAGE_PASSWORD',
    docsUrl: 'https://learn.microsoft.com/en-us/sql/integration-services/packages/dtexec-utility',
    revocationNote: "Re-protect the package with a new password, and give it from a SQL Agent proxy or the SSIS catalog rather than a job step's command text.",
    examples: {
      positives: (g) => [
        `@command = N'dtexec /F "D:\\SSIS\\BankRecon.dtsx" /DECRYPT ${g.s(safePassword(g))} /SET \\Package.Variables[User::Run].Value;1';`,
        `dtexec.exe /f C:\\etl\\load.dtsx /De "${g.s(humanPassword(g))}" /Rep E`,
      ],
      negatives: () => ['dtexec /F "D:\\SSIS\\BankRecon.dtsx" /DECRYPT %PKG_PASSWORD% /Rep E', 'dtexec /F load.dtsx /Rep E /Set \\Package.Variables[User::Mode].Value;Decrypt'],
    },
  },
  {
    ...base,
    id: 'dislocker-user-password',
    description: 'BitLocker user password given to dislocker on its command line (-u<password>, --user-password=<password>)',
    keywords: ['dislocker'],
    keywordWindow: { before: 0, after: 260 },
    // `-u` alone makes dislocker prompt for the password: only a value glued on (or after `=`) is one.
    pattern: /\bdislocker(?:-fuse|-file)?[ \t][^\r\n]{0,200}?[ \t](?:-u|--user-password=)(?<secret>[^\s'"]{1,128})/,
    validate: isPasswordValue,
    envName: 'BITLOCKER_PASSWORD',
    docsUrl: 'https://github.com/Aorimn/dislocker',
    revocationNote: "Change the volume's BitLocker password (manage-bde -changepassword), and let dislocker prompt for it instead of writing it on the command line.",
    examples: {
      positives: (g) => [
        `dislocker -V /mnt/ewf/ewf1 -u${g.s(`${g.upper(2)}${g.lower(4)}#${g.digits(2)}`)} -- /mnt/dislocker`,
        `sudo dislocker -r -V /dev/sdb1 --user-password=${g.s(humanPassword(g))} -- /mnt/bl`,
      ],
      negatives: () => ['dislocker -V /dev/sdb1 -u -- /mnt/dislocker', 'dislocker -V /dev/sdb1 -u"$BL_PASS" -- /mnt/dislocker'],
    },
  },
];
