// Where business-integration tools take a password with no secret-named key before it (found while tuning on rw-dev14's
// biz part): Informatica's command lines (`pmcmd … -p X`, `infacmd … -pd X`, `pmrep connect … -x X`), SSRS's key
// backup (`rskeymgmt -e -f F -p X`), Oracle E-Business Suite loaders given `apps/X` first (`FNDLOAD apps/X 0 Y …`),
// SSIS `.dtsConfig` entries whose Path ends in a connection's `Properties[Password]`, Crystal Reports'
// `SetDatabaseLogon("user", "X", …)` and MuleSoft's secure-properties key (`<mule.key>X</mule.key>`, `-Dmule.key=X`);
// and a passphrase of several words quoted after a passphrase flag (`gpg --batch --passphrase 'four words here#'`, the
// way payment files are signed before they go to the bank), which the one-word flag rules cannot take.
import type { Rule } from '../types';
import { positionalRule, quotedConsistently, toolFlagRule } from './cliRuleBuilder';
import { shellSafePassword } from './humanPasswords';
import { isLiteralPassword, isLiteralToken } from '../validators/literalArgument';
import { isPlaceholder } from '../validators/placeholder';

/** Words of a stand-in passphrase in documentation (`--passphrase 'your passphrase here'`). */
const STAND_IN_WORDS = /\b(?:your|my|secret|passphrase|password|example|here|changeme|xxx+|foo|bar)\b/i;

/** A password that sits in a shell word or an XML text node as written: no blanks, quotes or markup. */

export const integrationToolRules: Rule[] = [
  toolFlagRule({
    id: 'cli-informatica-password',
    description: 'Informatica PowerCenter / Data Integration password on the command line (pmcmd -p, infacmd -pd, pmrep connect -x)',
    envName: 'INFA_PASSWORD',
    docsUrl: 'https://docs.informatica.com/data-integration/powercenter/10-5/command-reference.html',
    tools: ['pmcmd', 'pmrep', 'infacmd', 'infacmd.sh', 'infasetup', 'infasetup.sh'],
    flag: '-p|-pd|-x|-password|-Password',
    value: 'spaced',
    kind: 'password',
    positives: (g) => [
      `pmcmd startworkflow -sv IS_PROD -d Domain_Prod -u Administrator -p '${g.s(shellSafePassword(g))}' -f SALES -wait wf_load`,
      `infacmd.sh isp ListServices -dn Domain_Prod -un Administrator -pd ${g.s(shellSafePassword(g))}`,
      `pmrep connect -r REP_PROD -d Domain_Prod -n admin -x ${g.s(g.alnum(14))}`,
    ],
    // -pv names an environment variable; a variable or prompt is no literal.
    negatives: () => [
      'pmcmd startworkflow -sv IS -d D -u admin -pv INFA_PASSWORD -f F wf',
      'infacmd.sh isp ListServices -dn D -un admin -pd "$INFA_PW"',
      'pmcmd getservicedetails -sv IS -d D -u admin -p ${PW}',
    ],
  }),
  toolFlagRule({
    id: 'cli-rskeymgmt-password',
    description: 'Password protecting an SSRS encryption-key backup (rskeymgmt -e / -a … -p)',
    envName: 'SSRS_KEY_PASSWORD',
    docsUrl: 'https://learn.microsoft.com/en-us/sql/reporting-services/tools/rskeymgmt-utility-ssrs',
    tools: ['rskeymgmt'],
    flag: '-p',
    value: 'spaced',
    kind: 'password',
    positives: (g) => [`rskeymgmt -e -f D:\\Backup\\rs_key.snk -p ${g.s(shellSafePassword(g))}`, `rskeymgmt -a -f "D:\\Backup\\rs.snk" -p "${g.s(shellSafePassword(g))}"`],
    negatives: () => ['rskeymgmt -e -f D:\\Backup\\rs_key.snk -p %RS_KEY_PW%', 'rskeymgmt -l', 'rskeymgmt -e -f key.snk -p <password>'],
  }),
  positionalRule({
    id: 'oracle-ebs-loader-password',
    provider: 'Oracle E-Business Suite',
    description: 'Oracle E-Business Suite APPS password given to a loader as user/password (FNDLOAD, WFLOAD, FNDCPASS, XDOLoader, AKLOAD)',
    envName: 'APPS_PASSWORD',
    docsUrl: 'https://docs.oracle.com/cd/E26401_01/doc.122/e22952/T335505T335510.htm',
    keywords: ['fndload', 'wfload', 'fndcpass', 'akload'],
    lead: '(?:FNDLOAD|WFLOAD|FNDCPASS|AKLOAD)[ \\t]{1,4}[A-Za-z][\\w$#]{0,29}/',
    kind: 'password',
    positives: (g) => [
      `FNDLOAD apps/${g.s(shellSafePassword(g).replace(/[/@]/g, '!'))} 0 Y UPLOAD $FND_TOP/patch/115/import/afcpprog.lct XX_PROG.ldt`,
      `WFLOAD apps/${g.s(g.alnum(12))} 0 Y UPLOAD $FND_TOP/patch/115/import/XXNW_APPROVAL.wft`,
    ],
    negatives: () => ['FNDLOAD apps/$APPS_PWD 0 Y DOWNLOAD $FND_TOP/patch/115/import/afcpprog.lct x.ldt', 'FNDLOAD apps/<apps_pwd> 0 Y UPLOAD x.lct x.ldt', 'WFLOAD apps/${APPS_PW} 0 Y UPLOAD x.wft'],
  }),
  {
    id: 'cli-quoted-passphrase',
    provider: 'Command line',
    family: 'generic',
    priority: 'generic',
    description: 'Passphrase of several words quoted after a passphrase or password flag of gpg, 7z or openssl',
    keywords: ['--passphrase', '--password', '--passwd'],
    keywordWindow: { before: 0, after: 220 },
    pattern: /(?<=[\s"'])--(?:passphrase|password|passwd)(?:=|[ \t]{1,4})["'](?<secret>[^\s"'$`\\]{1,60}(?:[ ][^\s"'$`\\]{1,60}){1,6})["']/,
    skipPlaceholderCheck: true,
    validate: (secret, ctx) => quotedConsistently(ctx) && !STAND_IN_WORDS.test(secret) && !isPlaceholder(secret) && !/^[<{[(%]|[>}\])%]$/.test(secret) && secret.trim().length >= 10,
    envName: 'PASSPHRASE',
    severity: 'error',
    docsUrl: 'https://www.gnupg.org/documentation/manuals/gnupg/GPG-Esoteric-Options.html',
    revocationUrl: null,
    revocationNote: 'Change the passphrase of the key or archive it protects; give it through --passphrase-file or an agent instead of the command line, where shell history and process lists keep it.',
    examples: {
      positives: (g) => [
        `gpg --batch --yes --pinentry-mode loopback --passphrase '${g.s(`${g.pick(['orchid', 'copper', 'maple'])} ${g.pick(['harbor', 'tulip', 'granite'])} ${g.pick(['ledger', 'walnut', 'beacon'])}${g.digits(2)}`)}' --sign pain001.xml`,
        `gpg --batch --passphrase "${g.s(`${g.pick(['Kaas', 'Fiets', 'Zomer'])} ${g.pick(['rood', 'blauw'])} ${g.digits(4)}!`)}" -d statement.pgp`,
      ],
      negatives: () => [
        "gpg --batch --passphrase 'your passphrase here' -c f",
        'gpg --batch --passphrase "$GPG_PASSPHRASE" -c f',
        'gpg --passphrase-file /run/secrets/pgp -d f.pgp',
        'tool --password "<the admin password>"',
      ],
    },
  },
  {
    id: 'ssis-dtsconfig-password',
    provider: 'SQL Server Integration Services',
    family: 'generic',
    priority: 'context',
    description: "SSIS package configuration (.dtsConfig) setting a connection's Password or ServerPassword property",
    keywords: ['configuredvalue'],
    keywordWindow: { before: 200, after: 200 },
    pattern: /\.Properties\[(?:Password|ServerPassword|ProxyPassword)\]"[^<>\n]{0,80}>\s{0,40}<ConfiguredValue>(?<secret>[^<>\s]{1,128})<\/ConfiguredValue>/,
    validate: (secret) => isLiteralPassword(secret),
    envName: 'SSIS_CONNECTION_PASSWORD',
    severity: 'error',
    docsUrl: 'https://learn.microsoft.com/en-us/sql/integration-services/packages/package-configurations',
    revocationUrl: null,
    revocationNote: 'Change the password at the database or server the connection logs in to; give it to the package through a protected parameter or an environment instead of a configuration file.',
    examples: {
      positives: (g) => [
        `<Configuration ConfiguredType="Property" Path="\\Package.Connections[ERP].Properties[Password]" ValueType="String">\n    <ConfiguredValue>${g.s(shellSafePassword(g))}</ConfiguredValue>\n  </Configuration>`,
        `<Configuration ConfiguredType="Property" Path="\\Package.Connections[FTP].Properties[ServerPassword]" ValueType="String"><ConfiguredValue>${g.s(g.alnum(16))}</ConfiguredValue></Configuration>`,
      ],
      negatives: () => [
        '<Configuration ConfiguredType="Property" Path="\\Package.Connections[ERP].Properties[UserName]" ValueType="String"><ConfiguredValue>etl_user</ConfiguredValue></Configuration>',
        '<Configuration ConfiguredType="Property" Path="\\Package.Connections[ERP].Properties[Password]" ValueType="String"><ConfiguredValue></ConfiguredValue></Configuration>',
        '<Configuration ConfiguredType="Property" Path="\\Package.Connections[ERP].Properties[Password]" ValueType="String"><ConfiguredValue>********</ConfiguredValue></Configuration>',
      ],
    },
  },
  {
    id: 'crystal-reports-database-logon',
    provider: 'Crystal Reports',
    family: 'generic',
    priority: 'context',
    description: 'Database password given to Crystal Reports by position: SetDatabaseLogon("user", "password", …)',
    keywords: ['setdatabaselogon'],
    keywordWindow: { before: 0, after: 260 },
    pattern: /\bSetDatabaseLogon\(\s{0,4}(?:@?"[^"\n]{1,64}"|'[^'\n]{1,64}')\s{0,4},\s{0,4}@?["'](?<secret>[^"'\n]{1,128})["']/,
    validate: (secret, ctx) => isLiteralPassword(secret) && quotedConsistently(ctx),
    envName: 'REPORT_DB_PASSWORD',
    severity: 'error',
    docsUrl: 'https://help.sap.com/docs/SAP_CRYSTAL_REPORTS',
    revocationUrl: null,
    revocationNote: "Change the report user's password at the database; read it from the application's protected configuration instead of the source.",
    examples: {
      positives: (g) => [`report.SetDatabaseLogon("crystal_ro", "${g.s(shellSafePassword(g))}", "sql-prod", "ERP");`, `rpt.SetDatabaseLogon("sa", "${g.s(g.alnum(14))}")`],
      negatives: () => [
        'report.SetDatabaseLogon(user, password, server, db);',
        'report.SetDatabaseLogon("crystal_ro", ConfigurationManager.AppSettings["RptPwd"]);',
        'report.SetDatabaseLogon("crystal_ro", "");',
      ],
    },
  },
  {
    id: 'mule-secure-properties-key',
    provider: 'MuleSoft',
    family: 'infrastructure',
    priority: 'context',
    description: 'MuleSoft secure-properties key (mule.key), which opens every ![…] encrypted property of the application',
    keywords: ['mule.key'],
    keywordWindow: { before: 16, after: 90 },
    pattern: /(?:<mule\.key>|(?:(?<=-D)|(?<![\w.]))mule\.key["']?[ \t]{0,2}[=:][ \t]{0,2}["']?)(?<secret>[^\s"'<>{}$]{8,64})(?![^\s"'<>])/,
    validate: (secret) => isLiteralToken(secret, 8),
    envName: 'MULE_KEY',
    severity: 'error',
    docsUrl: 'https://docs.mulesoft.com/mule-runtime/latest/secure-configuration-properties',
    revocationUrl: null,
    revocationNote: 'Choose a new key, re-encrypt every secure property with it, and give it to the runtime as a hidden deployment property instead of keeping it in the project.',
    examples: {
      positives: (g) => [
        `<secureProperties>\n  <mule.key>${g.s(g.alnum(16))}</mule.key>\n</secureProperties>`,
        `mvn deploy -DmuleDeploy -Dmule.key=${g.s(g.alnum(16))} -Denv=prod`,
        `mule.key=${g.s(g.alnum(32))}`,
      ],
      negatives: () => ['<mule.key>${mule.key}</mule.key>', 'mvn deploy -Dmule.key=$MULE_KEY', 'key: "${mule.key}"', '<mule.key>changeme</mule.key>'],
    },
  },
];
