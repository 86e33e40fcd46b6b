// Where the tools of public-sector IT take a password with no secret-named key before it (found while tuning on
// rw-dev18's gov part): RACF commands (`ALTUSER PAY0412 PASSWORD(X) RESUME`), IBM i CL variables declared for a
// password (`DCL VAR(&PWD) TYPE(*CHAR) LEN(10) VALUE('X')`), FTP command scripts (`ftp -s:file`, the FTP step of a
// JCL job: host, user and password on lines of their own), GAM's user commands (`gam create user … password X`),
// Nextcloud's occ (`occ ldap:set-config s01 ldapAgentPassword X`, `occ config:system:set mail_smtppassword --value=X`)
// and the ArcGIS API for Python's login by position (`GIS("https://…/portal", "user", "X")`); Keycloak's component
// configuration in a realm export, where every value is a one-element array (`"bindCredential": ["X"]`).
import type { ExampleGen, MatchContext, Rule } from '../types';
import { quotedConsistently } from './cliRuleBuilder';
import { shellSafePassword } from './humanPasswords';
import { isLiteralPassword } from '../validators/literalArgument';
import { readSecretName } from '../validators/secretName';

/** A password as written in a shell word or a quoted argument: no blanks, quotes or markup. */

/** A RACF or IBM i password: up to 8 (10 on IBM i) letters, digits and national characters. */
const hostPassword = (g: ExampleGen) => `${g.pick(['SPRING', 'WINTER', 'TAXES', 'PAYRL'])}${g.digits(2)}`;

/** A value with a letter and a digit or national character: what a host password is, not a word or a keyword. */
const HOST_PASSWORD = /^(?=[^\n]{0,9}[A-Za-z])(?=[^\n]{0,9}[0-9#@$])[A-Za-z0-9#@$]{4,10}$/;

/** The FTP commands that follow the login in a command script: the line after the password is one of them. */
const FTP_COMMAND = /^[ \t]*(?:binary|bin|ascii|cd|lcd|put|mput|get|mget|prompt|passive|quote|site|type|ls|dir|bye|quit|close|hash|mkdir|delete|rename|epsv|locsite|mode)\b/i;

function validateFtpScript(secret: string, ctx: MatchContext): boolean {
  if (!isLiteralPassword(secret) || FTP_COMMAND.test(secret)) return false;
  // An anonymous login gives an e-mail address as its password, by convention.
  if (/(?:^|\n)[ \t]*(?:user[ \t]+)?(?:anonymous|ftp)[ \t]*\r?\n[ \t]*$/i.test(ctx.text.slice(Math.max(0, ctx.start - 80), ctx.start))) return false;
  // The next line is an FTP command: the three lines before were the login.
  const rest = ctx.text.slice(ctx.end, ctx.end + 80).replace(/^[ \t]*\r?\n/, '');
  return FTP_COMMAND.test(rest);
}

export const publicSectorToolRules: Rule[] = [
  {
    id: 'racf-user-password',
    provider: 'IBM RACF',
    family: 'generic',
    priority: 'context',
    description: 'Password set by a RACF command (ALTUSER / ADDUSER … PASSWORD(…)) in a runbook, a job or a script',
    keywords: ['altuser', 'adduser'],
    keywordWindow: { before: 0, after: 200 },
    pattern: /\b(?:ALTUSER|ADDUSER)[ \t]{1,4}[A-Za-z0-9#@$]{1,8}(?:[ \t]{1,4}[A-Za-z]{1,12}(?:\([^()\n]{0,40}\))?){0,4}[ \t]{1,4}PASSWORD\((?<secret>[^()\s]{1,10})\)/i,
    validate: (secret) => HOST_PASSWORD.test(secret) && isLiteralPassword(secret),
    envName: 'RACF_PASSWORD',
    severity: 'error',
    docsUrl: 'https://www.ibm.com/docs/en/zos/3.1.0?topic=syntax-altuser-alter-user-profile',
    revocationUrl: null,
    revocationNote: "Reset the user's password again (ALTUSER … PASSWORD(…) EXPIRED) and give the new one by a channel that is not kept: a ticket, a wiki or a job listing.",
    examples: {
      positives: (g) => [`   ALTUSER PAY0412 PASSWORD(${g.s(hostPassword(g))}) RESUME`, `ADDUSER BATCHTX DFLTGRP(BATCH) OWNER(SYS1) PASSWORD(${g.s(hostPassword(g))}) NOEXPIRED`],
      negatives: () => ['ALTUSER userid PASSWORD(temppw) RESUME', 'PASSWORD USER(DMV0087) INTERVAL(90)', 'ALTUSER PAY0412 NOPASSWORD', 'ALTUSER PAY0412 PASSWORD(&NEWPW)'],
    },
  },
  {
    id: 'ibmi-cl-password-variable',
    provider: 'IBM i',
    family: 'generic',
    priority: 'context',
    description: "Password in an IBM i CL variable declared for it (DCL VAR(&PWD) TYPE(*CHAR) … VALUE('…'))",
    keywords: ['dcl'],
    keywordWindow: { before: 0, after: 160 },
    pattern: /\bDCL[ \t]{1,12}VAR\(&[A-Z0-9_#@$]{0,8}(?:PWD|PASS|PASSWORD|PSWD|PW)[A-Z0-9_#@$]{0,8}\)[^\n]{0,60}?[ \t]VALUE\('(?<secret>[^'\n]{4,32})'\)/i,
    validate: (secret) => !secret.startsWith('*') && !secret.startsWith('&') && isLiteralPassword(secret),
    envName: 'IBMI_PASSWORD',
    severity: 'error',
    docsUrl: 'https://www.ibm.com/docs/en/i/7.5?topic=commands-declare-cl-variable-dcl',
    revocationUrl: null,
    revocationNote: "Change the user profile's password (CHGUSRPRF) and let the program read it from a validation list or a data area only the job's profile can read.",
    examples: {
      positives: (g) => [`             DCL        VAR(&PWD) TYPE(*CHAR) LEN(10) VALUE('${g.s(hostPassword(g))}')`, `DCL VAR(&FTPPASS) TYPE(*CHAR) LEN(20) VALUE('${g.s(shellSafePassword(g))}')`],
      negatives: () => ["DCL VAR(&PWD) TYPE(*CHAR) LEN(10) VALUE('*BLANK')", "DCL VAR(&USER) TYPE(*CHAR) LEN(10) VALUE('MUNIPAY')", 'DCL VAR(&PWD) TYPE(*CHAR) LEN(10)'],
    },
  },
  {
    id: 'ftp-script-password',
    provider: 'FTP',
    family: 'generic',
    priority: 'context',
    // The user and the password may share a line: `user NAME PW` of a `ftp -n` script, `NAME PW` in a z/OS FTP step's
    // input (rw-dev13).
    description: 'Password in an FTP command script (ftp -s:file, a JCL FTP step): host, user, password (on its own line or after the user), then FTP commands',
    keywords: ['open ', 'pgm=ftp'],
    keywordWindow: { before: 2, after: 400 },
    pattern:
      /(?:^|\n)(?:[ \t]{0,8}open[ \t]{1,4}[A-Za-z0-9.-]{1,100}(?:[ \t]{1,4}[0-9]{1,5})?|\/\/[A-Z0-9#@$]{1,8}[ \t]{1,8}DD[ \t]{1,8}\*[ \t]*\r?\n[ \t]{0,8}[A-Za-z0-9.-]{1,100}\.[A-Za-z]{2,24})[ \t]*\r?\n[ \t]{0,8}(?:user[ \t]{1,4})?(?!user[ \t])[A-Za-z0-9_.\\@#$-]{1,64}(?:[ \t]*\r?\n[ \t]{0,8}|[ \t]{1,4})(?<secret>[^\s]{4,64})[ \t]*(?=\r?\n)/,
    validate: validateFtpScript,
    envName: 'FTP_PASSWORD',
    severity: 'error',
    docsUrl: 'https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/ftp',
    revocationUrl: null,
    revocationNote: "Change the FTP account's password and move the transfer to SFTP with a key, or read the password at run time from a store the job's account can read.",
    examples: {
      positives: (g) => [
        `open ftp.assessor.example\nassessor_upload\n${g.s(shellSafePassword(g))}\nbinary\nput cama.csv\nbye\n`,
        `//STEP01   EXEC PGM=FTP,PARM='(EXIT'\n//INPUT    DD *\nftp.revenue.example\nCNTY047\n${g.s(hostPassword(g))}\nBINARY\nPUT 'PROD.TAXROLL' TAXROLL.DAT\nQUIT\n`,
        `//STEP01   EXEC PGM=FTP,PARM='(EXIT'\n//INPUT    DD *\nsftp.bank-edi.example\nCONTOSO01 ${g.s(hostPassword(g))}\nBINARY\nPUT 'PROD.PAYMENT.DAILY' PAYMENT.DAT\nQUIT\n`,
        `open ftp.assessor.example\nuser assessor_upload ${g.s(shellSafePassword(g))}\nbinary\nput cama.csv\nbye\n`,
      ],
      negatives: () => [
        'open ftp.example.com\nanonymous\nguest@example.com\nls\n',
        'open ftp.example.com\nuser deploy\n%FTP_PASSWORD%\nbinary\n',
        'open the file\nthen read it\ncarefully\nand close it\n',
        'open ftp.example.com\nuser deploy %FTP_PASSWORD%\nbinary\n',
        'open ftp.example.com\nuser deploy\nbinary\nput x.csv\n',
      ],
    },
  },
  {
    id: 'gam-user-password',
    provider: 'Google Workspace (GAM)',
    family: 'generic',
    priority: 'context',
    description: 'Password set by GAM for a Google Workspace user (gam create|update user … password …)',
    keywords: ['gam create', 'gam update', 'gam add'],
    keywordWindow: { before: 0, after: 300 },
    pattern: /\bgam[ \t]{1,4}(?:create|update|add)[ \t]{1,4}user[ \t][^\n]{0,240}?[ \t]password[ \t]{1,4}(?<secret>[^\s'"]{4,64})/i,
    validate: (secret, ctx) => !/^(?:~|random$|uniquerandom$|blockrandom$|hash$|nohash$)/i.test(secret) && isLiteralPassword(secret) && quotedConsistently(ctx),
    envName: 'GAM_USER_PASSWORD',
    severity: 'error',
    docsUrl: 'https://github.com/GAM-team/GAM/wiki/Users',
    revocationUrl: null,
    revocationNote: "Reset the user's password in the Google Admin console (or with gam update user … password random changepassword on) and tell the user by a channel that is not kept.",
    examples: {
      positives: (g) => [
        `gam create user j.moreau@district.example firstname Julie lastname Moreau password ${g.s(shellSafePassword(g))} changepassword on org "/Staff"`,
        `gam update user k.lind@district.example password ${g.s(g.alnum(14))} changepassword on`,
      ],
      negatives: () => [
        'gam csv students.csv gam create user ~email password ~birthdate org /Students',
        'gam update user k.lind@district.example password random changepassword on',
        'gam info user k.lind@district.example',
      ],
    },
  },
  {
    id: 'nextcloud-occ-password',
    provider: 'Nextcloud',
    family: 'generic',
    priority: 'context',
    description: "Password given to Nextcloud's occ: ldap:set-config … ldapAgentPassword …, config:system|app:set …password --value=…",
    keywords: ['ldapagentpassword', '--value'],
    keywordWindow: { before: 120, after: 160 },
    pattern:
      /\bocc[ \t]{1,4}(?:ldap:set-config[ \t]{1,4}[A-Za-z0-9]{1,12}[ \t]{1,4}ldapAgentPassword[ \t]{1,4}|config:(?:system|app):set[ \t]{1,4}(?:[A-Za-z0-9_.-]{1,40}[ \t]{1,4}){0,2}[A-Za-z0-9_.-]{0,40}(?:password|passwd|secret)[A-Za-z0-9_.-]{0,20}[ \t]{1,4}(?:--type=string[ \t]{1,4})?--value[= ])["']?(?<secret>[^\s"']{4,128})/i,
    validate: (secret, ctx) => isLiteralPassword(secret) && quotedConsistently(ctx),
    envName: 'NEXTCLOUD_LDAP_PASSWORD',
    severity: 'error',
    docsUrl: 'https://docs.nextcloud.com/server/latest/admin_manual/configuration_server/occ_command.html',
    revocationUrl: null,
    revocationNote: "Change the bind account's (or mail account's) password in the directory or mail server, then set the new one with occ from a prompt or a variable that is not kept in a script.",
    examples: {
      positives: (g) => [`sudo -u www-data php occ ldap:set-config s01 ldapAgentPassword "${g.s(shellSafePassword(g))}"`, `php occ config:system:set mail_smtppassword --value="${g.s(shellSafePassword(g))}"`],
      negatives: () => [
        'sudo -u www-data php occ ldap:set-config s01 ldapAgentPassword "$LDAP_PW"',
        'php occ config:system:set mail_smtpmode --value="smtp"',
        'php occ ldap:set-config s01 ldapHost "ldaps://dc01"',
      ],
    },
  },
  {
    id: 'arcgis-gis-login-password',
    provider: 'ArcGIS',
    family: 'generic',
    priority: 'context',
    description: 'Password given by position to the ArcGIS API for Python (GIS("https://…/portal", "user", "…"), the URL and user also as variables)',
    keywords: ['gis('],
    keywordWindow: { before: 0, after: 360 },
    pattern:
      /\bGIS\(\s{0,4}(?:url\s{0,2}=\s{0,2})?(?:["'][^"'\n]{1,200}["']|[A-Za-z_][\w.]{0,60})\s{0,4},\s{0,4}(?:username\s{0,2}=\s{0,2})?(?:["'][^"'\n]{1,64}["']|[A-Za-z_][\w.]{0,60})\s{0,4},\s{0,4}(?:password\s{0,2}=\s{0,2})?["'](?<secret>[^"'\n]{1,128})["']/,
    validate: (secret, ctx) => isLiteralPassword(secret) && quotedConsistently(ctx),
    envName: 'ARCGIS_PASSWORD',
    severity: 'error',
    docsUrl: 'https://developers.arcgis.com/python/latest/guide/working-with-different-authentication-schemes/',
    revocationUrl: null,
    revocationNote: "Change the ArcGIS account's password in the portal and log in from a stored profile (GIS(profile=…)) or a prompt instead.",
    examples: {
      positives: (g) => [
        `gis = GIS("https://portal.city.example/portal", "svc_publisher", "${g.s(shellSafePassword(g))}", verify_cert=False)`,
        `gis = GIS('https://www.arcgis.com', 'gis_admin', '${g.s(g.alnum(16))}')`,
        // The portal's URL and the user held in variables (rw-dev20).
        `PORTAL = "https://gis.utility.example/portal"\ngis = GIS(PORTAL, "gis_sync", "${g.s(shellSafePassword(g))}", verify_cert=False)`,
        `gis = GIS(cfg.portal_url, ARCGIS_USER, '${g.s(g.alnum(16))}')`,
      ],
      negatives: () => [
        'gis = GIS("https://portal.city.example/portal", "svc_publisher", os.environ["ARCGIS_PW"])',
        'gis = GIS(profile="city_portal")',
        'gis = GIS("https://www.arcgis.com", "gis_admin", "")',
        'gis = GIS(PORTAL, USER, PASSWORD)',
      ],
    },
  },
  {
    id: 'keycloak-component-secret',
    provider: 'Keycloak',
    family: 'generic',
    priority: 'context',
    description: 'Password or secret in a Keycloak realm export\'s component configuration, a one-element array ("bindCredential": ["…"])',
    keywords: ['credential', 'password', 'secret'],
    keywordWindow: { before: 40, after: 180 },
    pattern: /"(?<key>[A-Za-z][A-Za-z0-9.]{0,60})"[ \t]{0,2}:[ \t]{0,2}\[[ \t]{0,2}"(?<secret>[^"\\\n]{4,128})"[ \t]{0,2}\]/,
    validate: (secret, ctx) => readSecretName(ctx.keyName ?? '')?.kind === 'password' && isLiteralPassword(secret) && !/^\*+$/.test(secret),
    envName: 'KEYCLOAK_LDAP_BIND_PASSWORD',
    severity: 'error',
    docsUrl: 'https://www.keycloak.org/server/importExport',
    revocationUrl: null,
    revocationNote: "Change the bind account's password in the directory, set it in the realm's User Federation page, and export realms without secrets (or with a vault reference: ${vault.key}).",
    examples: {
      positives: (g) => [`          "bindCredential": ["${g.s(shellSafePassword(g))}"],`, `"config": { "bindDn": ["CN=svc,DC=example"], "bindCredential": [ "${g.s(g.alnum(16))}" ] }`],
      negatives: () => ['          "bindCredential": ["**********"],', '          "bindCredential": ["${vault.ldap_bind}"],', '          "usersDn": ["OU=Staff,DC=example,DC=local"],'],
    },
  },
  {
    id: 'oracle-ebs-fndcpass-system-password',
    provider: 'Oracle E-Business Suite',
    family: 'generic',
    priority: 'context',
    description: 'The SYSTEM password given to FNDCPASS after the APPS login (FNDCPASS apps/… 0 Y system/… SYSTEM APPLSYS …)',
    keywords: ['fndcpass'],
    keywordWindow: { before: 0, after: 200 },
    pattern: /\bFNDCPASS[ \t]{1,4}[A-Za-z][\w$#]{0,29}\/[^\s/@]{1,64}(?:@[\w.-]{1,40})?[ \t]{1,4}0[ \t]{1,4}Y[ \t]{1,4}[A-Za-z][\w$#]{0,29}\/(?<secret>[^\s/@]{1,64})/i,
    validate: (secret) => isLiteralPassword(secret) && !/^[<$%{]/.test(secret),
    envName: 'SYSTEM_PASSWORD',
    severity: 'error',
    docsUrl: 'https://docs.oracle.com/cd/E26401_01/doc.122/e22952/T335505T335510.htm',
    revocationUrl: null,
    revocationNote: 'Change the SYSTEM password of the database (and APPS if it was on the same line) and run FNDCPASS from a prompt or a wallet, not a line kept in notes or history.',
    examples: {
      positives: (g) => [
        `FNDCPASS apps/$APPS_PW 0 Y system/${g.s(shellSafePassword(g).replace(/[/@]/g, '!'))} SYSTEM APPLSYS NEWAPPS1`,
        `FNDCPASS apps/$APPS_PW 0 Y SYSTEM/${g.s(g.alnum(12))} USER SYSADMIN $NEW_PW`,
      ],
      negatives: () => ['FNDCPASS apps/$APPS_PW 0 Y system/$SYSTEM_PW SYSTEM APPLSYS $NEW_PW', 'FNDCPASS apps/<apps_pwd> 0 Y system/<system_pwd> USER SYSADMIN <new_pwd>'],
    },
  },
];
