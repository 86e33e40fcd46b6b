// Where healthcare integration tools take a password with no secret-named key before it (found while tuning on
// rw-dev17's health part): DICOM command lines (DCMTK's `storescu --use-passwd X` for its TLS key, dcm4che's
// `--key-store-pass X` / `--key-pass X` / `--trust-store-pass X` / `--user-pass X`), Mirth Connect's CLI
// (`mccommand -a URL -u admin -p X`), and InterSystems IRIS / HealthShare ObjectScript that sets a password by position
// (`##class(Ens.Config.Credentials).SetCredential("id", "user", "X", 1)`, `##class(Security.Users).ChangePassword("u", "X")`)
// or in a subscripted property array (`set props("Password")="X"`, as `Security.Users.Create` and `Modify` take it).
import type { Rule } from '../types';
import { quotedConsistently, toolFlagRule } from './cliRuleBuilder';
import { shellSafePassword } from './humanPasswords';
import { isLiteralPassword } from '../validators/literalArgument';

/** A password as written in a shell word or an ObjectScript string: no blanks, quotes or markup. */

/** DCMTK's network tools (TLS options) and dcm4che's command-line tools of the same names. */
const DICOM_TOOLS = ['storescu', 'storescp', 'findscu', 'movescu', 'getscu', 'echoscu', 'dcmqrscp', 'wlmscpfs', 'dcmpsrcv', 'dcmpssnd', 'stgcmtscu', 'mppsscu', 'ianscu'];

export const healthcareToolRules: Rule[] = [
  toolFlagRule({
    id: 'cli-dicom-tool-password',
    description: "Password given to a DICOM network tool: DCMTK's TLS key password (--use-passwd), dcm4che's key store, key, trust store or user identity password",
    envName: 'DICOM_TLS_PASSWORD',
    docsUrl: 'https://support.dcmtk.org/docs/storescu.html',
    tools: DICOM_TOOLS,
    flag: '--use-passwd|--key-store-pass|--key-pass|--trust-store-pass|--user-pass',
    value: 'spaced',
    kind: 'password',
    positives: (g) => [
      `storescu --enable-tls ./tls/modality.key ./tls/modality.crt --add-cert-file ca.pem --use-passwd ${g.s(shellSafePassword(g))} -aet CT_WEST -aec ARCH pacs.example 2762 study/*.dcm`,
      `findscu --tls --key-store key.p12 --key-store-pass '${g.s(g.alnum(16))}' -c ARCH@pacs.example:11112 -m StudyDate=20240101`,
      `storescu -c TELERAD@telerad.example:11112 --user nsh_ct --user-pass ${g.s(shellSafePassword(g))} /data/outbox/`,
    ],
    // DCMTK's null and standard password options take no value; a variable is no literal.
    negatives: () => [
      'storescu --enable-tls key.pem cert.pem --null-passwd -aet A -aec B pacs 2762 x.dcm',
      'storescu --enable-tls key.pem cert.pem --std-passwd pacs 2762 x.dcm', // hush:allow: a negative example password-flag misreads (--std-passwd takes no value)
      'findscu --tls --key-store-pass "$KS_PASS" -c ARCH@pacs:11112',
      'storescu --use-passwd ${DICOM_KEY_PW} pacs 2762 x.dcm',
    ],
  }),
  toolFlagRule({
    id: 'cli-mirth-connect-password',
    description: 'Mirth Connect (NextGen Connect) administrator password given to its CLI (mccommand -p)',
    envName: 'MIRTH_PASSWORD',
    docsUrl: 'https://docs.nextgen.com/bundle/Mirth_User_Guide_4_4_0/page/connect/connect/topics/c_Mirth_Connect_Command_Line_Interface_connect_ug.html',
    tools: ['mccommand'],
    flag: '-p',
    value: 'spaced',
    kind: 'password',
    positives: (g) => [`./mccommand -a https://localhost:8443 -u admin -p ${g.s(shellSafePassword(g))}`, `mccommand.exe -a https://mirth01:8443 -u svc_deploy -p "${g.s(g.alnum(18))}" -s deploy.txt`],
    negatives: () => [
      './mccommand -a https://localhost:8443 -u admin -p "$MIRTH_PW"',
      './mccommand -a https://localhost:8443 -u admin -p %MIRTH_PW% -s deploy.txt',
      'mccommand -a https://localhost:8443 -v 4.4.2',
    ],
  }),
  {
    id: 'objectscript-password-argument',
    provider: 'InterSystems',
    family: 'generic',
    priority: 'context',
    description: 'Password set by position in InterSystems ObjectScript: SetCredential("id", "user", "password", …), ChangePassword("user", "password")',
    keywords: ['setcredential', 'changepassword'],
    keywordWindow: { before: 0, after: 280 },
    pattern: /(?:\bSetCredential\(\s{0,4}"[^"\n]{1,64}"\s{0,4},\s{0,4}"[^"\n]{0,64}"|\bChangePassword\(\s{0,4}"[^"\n]{1,64}")\s{0,4},\s{0,4}"(?<secret>[^"\n]{1,128})"/,
    // ADO's `conn.Properties("Password") = "…"` is directory-bind-call-password's (an LDAP bind in VBScript).
    validate: (secret, ctx) =>
      isLiteralPassword(secret) && quotedConsistently(ctx) && !/\.Properties\s{0,2}\(\s{0,2}"[A-Za-z]{1,12}"\s{0,2}\)\s{0,2}=\s{0,2}"$/i.test(ctx.text.slice(Math.max(0, ctx.start - 60), ctx.start)),
    envName: 'IRIS_PASSWORD',
    severity: 'error',
    docsUrl: 'https://docs.intersystems.com/irislatest/csp/documatic/%25CSP.Documatic.cls?LIBRARY=ENSLIB&CLASSNAME=Ens.Config.Credentials',
    revocationUrl: null,
    revocationNote:
      "Change the account's password (the IRIS user, or the system the production's credential logs into) and set it from the Management Portal's Credentials page or a secret store instead of source.",
    examples: {
      positives: (g) => [
        `    Set sc = ##class(Ens.Config.Credentials).SetCredential("EpicSFTP", "hs_epic_ftp", "${g.s(shellSafePassword(g))}", 1)`,
        `%SYS>write ##class(Security.Users).ChangePassword("_SYSTEM","${g.s(shellSafePassword(g))}")`,
      ],
      negatives: () => [
        '    Set sc = ##class(Ens.Config.Credentials).SetCredential("EpicSFTP", "hs_epic_ftp", pPassword, 1)', // hush:allow: a negative example generic-password-argument misreads
        '    Set sc = ##class(Ens.Config.Credentials).SetCredential("EpicSFTP", "hs_epic_ftp", "", 1)', // hush:allow: a negative example generic-password-argument misreads
        '%SYS>write ##class(Security.Users).ChangePassword("_SYSTEM",newPwd)',
      ],
    },
  },
  {
    id: 'objectscript-password-property',
    provider: 'InterSystems',
    family: 'generic',
    priority: 'context',
    description: 'Password in an ObjectScript property array: set props("Password")="…" (Security.Users.Create / Modify)',
    keywords: ['password")'],
    keywordWindow: { before: 24, after: 150 },
    pattern: /\b[A-Za-z%][\w.]{0,30}\(\s{0,2}"(?:Password|PassWord|password)"\s{0,2}\)\s{0,2}=\s{0,2}"(?<secret>[^"\n]{1,128})"/,
    // ADO's `conn.Properties("Password") = "…"` is directory-bind-call-password's (an LDAP bind in VBScript).
    validate: (secret, ctx) =>
      isLiteralPassword(secret) && quotedConsistently(ctx) && !/\.Properties\s{0,2}\(\s{0,2}"[A-Za-z]{1,12}"\s{0,2}\)\s{0,2}=\s{0,2}"$/i.test(ctx.text.slice(Math.max(0, ctx.start - 60), ctx.start)),
    envName: 'IRIS_PASSWORD',
    severity: 'error',
    docsUrl: 'https://docs.intersystems.com/irislatest/csp/documatic/%25CSP.Documatic.cls?LIBRARY=%25SYS&CLASSNAME=Security.Users',
    revocationUrl: null,
    revocationNote: "Change the user's password in the Management Portal (or with Security.Users.Modify from a prompt) and keep it out of routines and notes.",
    examples: {
      positives: (g) => [`%SYS>set props("Password")="${g.s(shellSafePassword(g))}"`, ` Set tProps("Password") = "${g.s(g.alnum(16))}"`],
      negatives: (g) => ['%SYS>set props("Password")=pwd', ' Set tProps("Password") = ""', 'set props("PasswordExternal")="1"', `objConnection.Properties("Password") = "${shellSafePassword(g)}"`],
    },
  },
];
