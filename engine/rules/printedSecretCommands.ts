// Secrets a command prints alone on the lines under it in a pasted terminal session, where the command itself names
// what it prints: `terraform output -raw db_password`, `terraform output -json | jq -r '.a.value, .b.value'` (one
// line per field), Nextcloud's `occ config:system:get secret`, `heroku config:get X`, `printenv X`, a password
// manager's `bw get password`, Elasticsearch's enrollment token, `rails secret`, `cat /run/secrets/x`. secret-command-output (logOutput.ts) reads the secret stores whose
// field is the secret whatever its name; here the name decides which reading (password or token) the value gets.
import { lineStartNear } from '../detect/lineStartNear';
import { isLiteralPassword, isLiteralToken } from '../validators/literalArgument';
import { readSecretName, type SecretNameReading } from '../validators/secretName';
import { namedValueVerdict } from '../validators/secretValue';
import type { MatchContext, Rule } from '../types';
import { PRINTED_SECRET_NOTE } from './revocationNotes';
import { madeUpPassword } from './humanPasswords';

/** The line under a command is the next prompt (`$`, `#`, `>`, a `set -x` trace's `+`, PowerShell's `PS`) or a code fence, not its output. */
export const isPromptOrFence = (value: string) => /^(?:[$#%>+]|`{3}|~{3}|PS$)/.test(value);

/** A shell prompt (`$ `, `user@host:~/dir$ `, `# `, `PS C:\> `) or a `set -x` trace's `+ `, then the command. */
const PROMPT_LINE = /^[ \t]{0,8}(?:[\w.@~:/()-]{0,60}[$#%>]|PS[ \t][^>\n]{1,80}>|\+{1,3})[ \t]{1,4}(\S[^\n]{0,400})$/;

/** Names as a command line gives them: a setting's, an output's, a file's basename. */
const NAME = '([A-Za-z_][\\w.-]{1,80})';

/** Commands whose printed value is named by their argument, or by what they are (a fixed name). */
const COMMANDS: readonly { re: RegExp; names: (m: RegExpExecArray) => string[] }[] = [
  // Terraform: `output -raw NAME` (bare), `output NAME` (quoted), `output -json | jq -r '.a.value, .b.value'`.
  { re: new RegExp(`\\bterraform[ \\t]{1,4}output[ \\t]{1,4}(?:-(?:raw|json)[ \\t]{1,4})?${NAME}[ \\t]*$`), names: (m) => [m[1]!] },
  { re: /\bterraform[ \t]{1,4}output[ \t]{1,4}-json[ \t]{0,4}\|[ \t]{0,4}jq[ \t]{1,4}-r[ \t]{1,4}(['"])([^'"\n]{1,300})\1/, names: (m) => jqFields(m[2]!) },
  // Nextcloud's occ prints a system or app setting bare.
  { re: new RegExp(`\\bocc[ \\t]{1,4}config:(?:system|app):get[ \\t]{1,4}(?:[\\w-]{1,40}[ \\t]{1,4})?${NAME}[ \\t]*$`), names: (m) => [m[1]!] },
  // Platform config vars and the environment: `heroku config:get NAME [-a app]`, `dokku config:get app NAME`, `printenv NAME`.
  {
    re: new RegExp(
      `\\b(?:heroku[ \\t]{1,4}config:get|dokku[ \\t]{1,4}config:get[ \\t]{1,4}[\\w.-]{1,60}|printenv|wp[ \\t]{1,4}config[ \\t]{1,4}get)[ \\t]{1,4}${NAME}(?:[ \\t]{1,4}-{1,2}[\\w-]{1,20}(?:[ \\t=]{1,4}[\\w.-]{1,60})?)?[ \\t]*$`,
    ),
    names: (m) => [m[1]!],
  },
  // Password managers printing one field: Bitwarden, LastPass, KeePassXC, libsecret.
  {
    re: /\b(?:bw[ \t]{1,4}get[ \t]{1,4}password|lpass[ \t]{1,4}show[ \t]{1,4}(?:-[\w-]{1,20}[ \t]{1,4}){0,2}--password|keepassxc-cli[ \t]{1,4}show\b[^\n]{0,200}-a[ \t]{1,4}["']?password|secret-tool[ \t]{1,4}lookup)\b/i,
    names: () => ['password'],
  },
  // Argo CD's first admin password, Jenkins' unlock password (a file named for it), a Docker or Compose secret file.
  { re: /\bargocd[ \t]{1,4}admin[ \t]{1,4}initial-password\b/, names: () => ['password'] },
  { re: new RegExp(`\\bcat[ \\t]{1,4}\\S{0,200}/(?:secrets/)${NAME}[ \\t]*$`), names: (m) => [m[1]!] },
  // Generated keys: Elasticsearch's enrollment token, Rails' secret_key_base.
  { re: /\belasticsearch-create-enrollment-token\b/, names: () => ['enrollment_token'] },
  { re: /\b(?:rails|rake)[ \t]{1,4}secret[ \t]*$/, names: () => ['secret_key_base'] },
];

/** The fields a jq filter prints one per line: `.db_password.value, .api_token.value` → db_password, api_token. */
function jqFields(filter: string): string[] {
  return filter.split(',').map((part) => /^[ \t]*\.([A-Za-z_][\w-]{0,80})(?:\.value)?[ \t]*$/.exec(part)?.[1] ?? '');
}

/** Lines of output read back from a value to its command: the value may be the fourth a command printed. */
const MAX_LINES_UP = 4;

/** The name the command above gives the value on its `index`-th output line, or undefined when no command names it. */
function nameFromCommand(line: string, index: number): string | undefined {
  const prompt = PROMPT_LINE.exec(line.replace(/\r$/, ''));
  if (!prompt) return undefined;
  const command = prompt[1]!;
  for (const { re, names } of COMMANDS) {
    const m = re.exec(command);
    if (!m) continue;
    const all = names(m);
    return all[index] || undefined;
  }
  return undefined;
}

function validatePrinted(value: string, ctx: MatchContext): boolean {
  let lineStart = lineStartNear(ctx.text, ctx.start, ctx.start - 40);
  // Values printed above this one (single words on their own lines) are passed over, up to the command.
  for (let index = 0; index < MAX_LINES_UP && lineStart > 0; index++) {
    const above = lineStartNear(ctx.text, lineStart - 1, lineStart - 1 - 1200);
    const line = ctx.text.slice(above, lineStart - 1);
    const name = nameFromCommand(line, index);
    if (name !== undefined) return printedValueFits(value, name);
    // Only another bare value of the same output may stand between (a prompt or a sentence ends the output).
    if (!/^[ \t]{0,8}"?[^\s"]{4,1024}"?[ \t]*\r?$/.test(line) || PROMPT_LINE.test(line)) return false;
    lineStart = above;
  }
  return false;
}

/** Whether the value is what the name says: a password someone set, or a random token or key. */
function printedValueFits(value: string, name: string): boolean {
  const reading: SecretNameReading | undefined = readSecretName(name.replace(/^.*[./]/, ''));
  if (!reading) return false;
  if (reading.kind === 'password') return isLiteralPassword(value) && namedValueVerdict(value, name, reading, { compoundWords: true }) === undefined;
  return isLiteralToken(value.replace(/=+$/, ''), 16) && namedValueVerdict(value, name, reading, {}) === undefined;
}

export const printedSecretCommandRules: Rule[] = [
  {
    // Found while tuning on rw-dev9 and rw-dev10's logs (Nextcloud's occ, an enrollment token, terraform output piped to jq).
    id: 'named-secret-command-output',
    provider: 'Logs',
    family: 'generic',
    priority: 'generic',
    description: 'Secret printed under the command that names it (terraform output, occ config:system:get, heroku config:get, printenv) in a pasted terminal session',
    keywords: [
      'terraform output',
      'config:system:get',
      'config:app:get',
      'config:get',
      'printenv ',
      'wp config get',
      'bw get password',
      'lpass show',
      'keepassxc-cli show',
      'secret-tool lookup',
      'initial-password',
      '/secrets/',
      'enrollment-token',
      'rails secret',
      'rake secret',
    ],
    // The command's line, then up to four printed lines (an enrollment token is some 300 characters).
    keywordWindow: { before: 300, after: 2400 },
    // A value alone on its line, maybe in double quotes (`terraform output NAME` quotes strings).
    pattern: /^[ \t]{0,8}"?(?<secret>[^\s"]{4,1024})"?[ \t]*\r?$/m,
    validate: (value, ctx) => !isPromptOrFence(value) && validatePrinted(value, ctx),
    skipPlaceholderCheck: false,
    envName: 'SECRET',
    severity: 'error',
    docsUrl: 'https://owasp.org/Top10/A09_2021-Security_Logging_and_Monitoring_Failures/',
    revocationUrl: null,
    revocationNote: PRINTED_SECRET_NOTE,
    examples: {
      positives: (g) => {
        const human = () => madeUpPassword(g, 3, ['!', '#', '+', '%']);
        return [
          `$ terraform output -json | jq -r '.db_password.value, .api_token.value'\n${g.s(g.alnum(20))}\n${g.s(g.alnum(48))}\n$ terraform state list\n`,
          `$ terraform output -raw admin_password\n${g.s(human())}\n`,
          `www-data@cloud:/var/www/nextcloud$ php occ config:system:get secret\n${g.s(g.base64(48))}\n`,
          `www-data@cloud:/var/www/nextcloud$ php occ config:system:get passwordsalt\n${g.s(g.alnum(30))}\n`,
          `root@elk01:/usr/share/elasticsearch# bin/elasticsearch-create-enrollment-token -s kibana\n${g.s(g.base64(240))}\n`,
          `deploy@web1:~$ heroku config:get STRIPE_WEBHOOK_SECRET -a shop-prod\n${g.s(g.alnum(40))}\n`,
          `$ printenv SMTP_PASSWORD\n${g.s(human())}\n`,
          `$ bw get password "Grafana admin"\n${g.s(human())}\n`,
          `root@ci:~# cat /var/jenkins_home/secrets/initialAdminPassword\n${g.s(g.hex(32))}\n`,
        ];
      },
      negatives: (g) => [
        // Not a secret's name, a placeholder, a reference, a second command.
        `$ terraform output -raw bucket_name\nacme-prod-assets-${g.hex(8)}\n`,
        `www-data@cloud:/var/www/nextcloud$ php occ config:system:get instanceid\noc${g.alnum(10).toLowerCase()}\n`,
        '$ printenv DB_PASSWORD\n<set in vault>\n',
        '$ printenv DB_PASSWORD\nchangeme\n',
        '$ heroku config:get DATABASE_PASSWORD\n$ heroku config:get API_KEY\n',
        // A script (no prompt) and prose around the command.
        'terraform output -raw db_password\nterraform output -raw api_token\n',
        `Run \`terraform output -raw db_password\` to see it.\n${g.hex(40)}\n`,
        // A fifth line is too far from its command; a sentence ends the output.
        `$ terraform output -json | jq -r '.a.value, .db_password.value'\nfirst-value-here\nThe value below is old:\n${g.alnum(24)}\n`,
        `$ terraform output -json | jq -r '.region.value, .vpc_id.value'\neu-west-1\nvpc-${g.hex(17)}\n`,
      ],
    },
  },
];
