// Passwords and tokens given to Windows-side remote administration tools on their command lines (rw-dev9's
// batch files and cheat sheets): PuTTY's `plink` / `pscp` / `psftp -pw X` (also run through a `%PLINK%` variable or a
// quoted `…\plink.exe` path), the Jenkins CLI's `-auth user:token`, and a Chocolatey package's password parameter
// (`choco install pkg --params "'/Password:X'"`), and Faronics Deep Freeze's command line control (`DFC.exe X /BOOTTHAWED`).
// Each tool's own flag or place, so the value needs no name of its own.
import { isLiteralPassword } from '../validators/literalArgument';
import type { ExampleGen, MatchContext, Rule } from '../types';
import { ARG_VALUE, quotedConsistently } from './cliRuleBuilder';
import { humanPassword, passphrase } from './humanPasswords';

const host = (g: ExampleGen) => `${g.pick(['root', 'admin', 'pi', 'deploy'])}@10.${g.digits(1)}.0.${g.digits(1)}`;

/** A literal written as one shell word, not a variable, a file reference (`@file`) or a stand-in. */
function literalWord(secret: string, ctx: MatchContext): boolean {
  return !/^[-@%$]/.test(secret) && quotedConsistently(ctx) && isLiteralPassword(secret);
}

/**
 * Chocolatey package parameter names that hold a password or key (`/Password:`, `/AdminPassword:`, `/DbPwd=`); SQL
 * Server's own `/SAPWD:` and `/SQLSVCPASSWORD:` are cli-sqlserver-setup-password's.
 */
/** Deep Freeze command line control's commands that follow the password (`DFC X /BOOTTHAWED`, `DFC X /CFG=…`). */
const DFC_COMMAND = '(?:(?:BOOTTHAWED(?:NOINPUT)?|BOOTFROZEN|THAWNEXTBOOT|FREEZENEXTBOOT|THAWLOCKNEXTBOOT|LOCK|UNLOCK|WU|PW)(?![A-Za-z])|CFG=|UPDATE=)';

const CHOCO_SECRET_PARAM = '[A-Za-z]{0,20}(?:Password|Passwd|Pwd|Passphrase|Secret|Token|ApiKey)';

export const remoteAdminToolRules: Rule[] = [
  {
    id: 'cli-putty-password',
    provider: 'Command line',
    family: 'generic',
    priority: 'context',
    severity: 'error',
    description: 'Password given to PuTTY tools (plink, pscp, psftp) with -pw',
    keywords: ['plink', 'pscp', 'psftp'],
    keywordWindow: { before: 0, after: 400 },
    // The tool (maybe `plink.exe`, a path ending in it or `%PLINK%`), then its other arguments on the same command.
    pattern: new RegExp(`(?<![\\w-])(?:plink|pscp|psftp)(?:\\.exe)?%?["']?(?=[ \\t])[^\\n|;&]{0,300}?[ \\t]-pw[ \\t]{1,4}["']?(?<secret>${ARG_VALUE})`, 'i'),
    skipPlaceholderCheck: true,
    validate: literalWord,
    envName: 'SSH_PASSWORD',
    docsUrl: 'https://the.earth.li/~sgtatham/putty/0.81/htmldoc/Chapter7.html#plink-usage',
    revocationUrl: null,
    revocationNote: 'Change the account password on that host; use an SSH key (Pageant or -i key.ppk) instead of -pw, which leaves the password in the batch file and the process list.',
    examples: {
      positives: (g) => [
        `plink -ssh -batch -pw ${g.s(humanPassword(g))} ${host(g)} "reboot"`,
        `"C:\\Program Files\\PuTTY\\pscp.exe" -pw ${g.s(passphrase(g))} backup.zip ${host(g)}:/srv/in/`,
        `%PLINK% -batch -pw "${g.s(humanPassword(g))}" ${host(g)} -m cmds.txt`,
      ],
      negatives: (g) => [
        `plink -ssh -batch -pw %SSH_PW% ${host(g)} "reboot"`,
        `pscp -i C:\\keys\\deploy.ppk backup.zip ${host(g)}:/srv/in/`,
        'plink -pw <password> root@host',
        `psftp -pw $env:SFTP_PASSWORD ${host(g)}`,
      ],
    },
  },
  {
    id: 'cli-jenkins-cli-auth',
    provider: 'Command line',
    family: 'generic',
    priority: 'context',
    severity: 'error',
    description: 'Jenkins API token or password given to jenkins-cli.jar with -auth user:secret',
    keywords: ['jenkins-cli'],
    keywordWindow: { before: 0, after: 400 },
    // `-auth @file` reads the pair from a file; the user before the colon is not a variable.
    pattern: new RegExp(`jenkins-cli(?:\\.jar)?(?=[ \\t"'])[^\\n|;&]{0,300}?[ \\t]-auth[ \\t]{1,4}["']?[^\\s:"'@$%]{1,64}:(?<secret>${ARG_VALUE})`),
    skipPlaceholderCheck: true,
    validate: literalWord,
    envName: 'JENKINS_API_TOKEN',
    docsUrl: 'https://www.jenkins.io/doc/book/managing/cli/#http-connection-mode',
    revocationUrl: null,
    revocationNote: "Revoke the API token in the user's Jenkins settings (Security > API Token) and pass `-auth @file` or JENKINS_USER_ID / JENKINS_API_TOKEN instead.",
    examples: {
      positives: (g) => [
        `java -jar jenkins-cli.jar -s https://jenkins.example.org/ -auth ops:${g.s(`11${g.hex(32)}`)} list-jobs`,
        `java -jar jenkins-cli.jar -s http://ci:8080/ -webSocket -auth "admin:${g.s(humanPassword(g))}" safe-restart`,
      ],
      negatives: () => [
        'java -jar jenkins-cli.jar -s https://jenkins.example.org/ -auth @/var/lib/jenkins/cli-auth list-jobs',
        'java -jar jenkins-cli.jar -s https://jenkins.example.org/ -auth $JENKINS_USER:$JENKINS_TOKEN list-jobs',
        'java -jar jenkins-cli.jar -auth admin:<api-token> help',
      ],
    },
  },
  {
    id: 'cli-chocolatey-package-password',
    provider: 'Command line',
    family: 'generic',
    priority: 'context',
    severity: 'error',
    description: "Password or key given to a Chocolatey package's parameters (`--params \"'/Password:X'\"`)",
    keywords: ['--params', '--package-parameters', '-params'],
    keywordWindow: { before: 0, after: 300 },
    // The parameters' own quoting (`"'/A:x /Password:X'"`, `="/Password=X"`), then a secret-named `/NAME:` or `/NAME=`.
    pattern: new RegExp(`(?:--params|--package-parameters|-params)(?:=|[ \\t]{1,4})["']{1,2}[^"'\\n]{0,200}?/(?!SAPWD|[A-Za-z]{2,8}SVCPASSWORD)${CHOCO_SECRET_PARAM}[:=](?<secret>[^\\s"']{3,128})`, 'i'),
    skipPlaceholderCheck: true,
    validate: (secret) => !/^[%$<{[]/.test(secret) && isLiteralPassword(secret),
    envName: 'PACKAGE_PASSWORD',
    docsUrl: 'https://docs.chocolatey.org/en-us/create/parse-packageparameters-argument/',
    revocationUrl: null,
    revocationNote: 'Change the password the package set up (the service or database account) and pass parameters from a file or the environment.',
    examples: {
      positives: (g) => [
        `choco install -y postgresql16 --params '/Password:${g.s(humanPassword(g))}'`,
        `choco install mysql --params "'/Port:3307 /RootPassword:${g.s(humanPassword(g))}'" -y`,
        `choco install jenkins-agent --package-parameters="/ApiToken=${g.s(g.hex(32))}"`,
      ],
      negatives: () => [
        "choco install -y postgresql16 --params '/Password:%PG_PASSWORD%'",
        'choco install -y postgresql16 --params "/Password:$env:PG_PASSWORD"',
        "choco install git --params '/GitAndUnixToolsOnPath /NoAutoCrlf'",
        "choco install -y postgresql16 --params '/Password:<password>'",
      ],
    },
  },
  {
    id: 'cli-deep-freeze-password',
    provider: 'Command line',
    family: 'generic',
    priority: 'context',
    severity: 'error',
    description: "Password given to Faronics Deep Freeze's command line control (`DFC.exe X /BOOTTHAWED`)",
    keywords: ['dfc'],
    keywordWindow: { before: 0, after: 200 },
    // DFC's password is its first argument, before the command (maybe `DFC.exe` or a quoted path ending in it).
    pattern: new RegExp(`(?<![\\w-])DFC(?:\\.exe)?["']?[ \\t]{1,4}["']?(?<secret>${ARG_VALUE})["']?[ \\t]{1,4}/${DFC_COMMAND}`, 'i'),
    skipPlaceholderCheck: true,
    validate: (secret, ctx) => literalWord(secret, ctx) && !/^\//.test(secret),
    envName: 'DEEP_FREEZE_PASSWORD',
    docsUrl: 'https://www.faronics.com/document-library/document/deep-freeze-enterprise-user-guide',
    revocationUrl: null,
    revocationNote: "Change the Deep Freeze command line password in the workstation configuration and redeploy it; pass it from a protected script, not a batch file's text.",
    examples: {
      positives: (g) => [
        `DFC.exe ${g.s(`${g.lower(5)}${g.digits(4)}`)} /BOOTTHAWED`,
        `"C:\\Windows\\SysWOW64\\DFC.exe" ${g.s(`${g.upper(1)}${g.lower(5)}${g.digits(3)}!`)} /BOOTFROZEN`,
        `dfc ${g.s(`${g.upper(1)}${g.lower(5)}${g.digits(3)}!`)} /CFG=C:\\Temp\\lab.rdx`,
      ],
      negatives: () => ['DFC.exe %DF_PASSWORD% /BOOTTHAWED', 'DFC.exe <password> /BOOTTHAWED', 'DFC get /ISFROZEN', 'DFC.exe $env:DFPW /THAWNEXTBOOT'],
    },
  },
];
