// Tools of course projects and teaching infrastructure whose secrets no key name announces (rw-dev14): .NET's
// `dotnet user-secrets set NAME VALUE` pasted into a README, and the credential files of DOMjudge, the judge of
// programming contests (`restapi.secret`: `<id> <api url> <user> <password>`; `dbpasswords.secret`:
// `dummy:host:db:user:password[:port]`).
import type { Rule } from '../types';
import { passwordVerdict } from '../validators/secretValue';
import { positionalRule } from './cliRuleBuilder';
import { humanPassword } from './humanPasswords';

/** A DOMjudge secret file: the name the judge reads (`restapi.secret`, `dbpasswords.secret`), maybe with a prefix. */
const DOMJUDGE_RESTAPI_PATH = /restapi\.secret$/i;
const DOMJUDGE_DBPASSWORDS_PATH = /dbpasswords\.secret$/i;
/** The format line DOMjudge writes at the top of each file: what decides for text without a path (a paste). */
const RESTAPI_HEADER = /<API url>[ \t]{1,4}<user>[ \t]{1,4}<password>/;
const DBPASSWORDS_HEADER = /dummy:<db_host>:<db_name>:<user>:<password>/;

/** Whether the file is the one named, by its path or, without one, by its format line near the top. */
function isDomjudgeFile(path: string | undefined, text: string, name: RegExp, header: RegExp): boolean {
  return path !== undefined ? name.test(path) : header.test(text.slice(0, 2000));
}

export const classroomToolRules: Rule[] = [
  positionalRule({
    id: 'cli-dotnet-user-secrets-set',
    description: 'Secret stored with dotnet user-secrets set under a secret-named key (Jwt:Key, Stripe:SecretKey, Db:Password)',
    envName: 'USER_SECRET',
    docsUrl: 'https://learn.microsoft.com/aspnet/core/security/app-secrets',
    keywords: ['user-secrets'],
    ignoreCase: true,
    // The key's last segment names a secret; `Smtp:Host` or `ConnectionStrings:Default` are other settings.
    lead: `dotnet[ \\t]{1,4}user-secrets[ \\t]{1,4}set[ \\t]{1,4}["']?(?:[\\w-]{1,40}:){0,4}[\\w-]{0,30}(?:key|secret|password|pwd|token)["']?[ \\t]{1,4}`,
    kind: 'password',
    positives: (g) => [
      `dotnet user-secrets set "Jwt:Key" "${g.s(g.hex(32))}"`,
      `   dotnet user-secrets set Payments:SecretKey ${g.s(g.base64url(32))}`,
      `dotnet user-secrets set "Database:Password" "${g.s(humanPassword(g))}" --project src/Api`,
    ],
    negatives: (g) => [
      'dotnet user-secrets set "SendGrid:ApiKey" "<ask the team lead>"',
      `dotnet user-secrets set "Smtp:Host" "smtp.example.com"`,
      'dotnet user-secrets set "Jwt:Key" "$JWT_KEY"',
      `dotnet user-secrets list --id ${g.uuid()}`,
    ],
  }),
  {
    id: 'domjudge-restapi-secret',
    provider: 'DOMjudge',
    family: 'credential-file',
    priority: 'context',
    description: "DOMjudge restapi.secret: a judgehost's API password (<id> <api url> <user> <password>)",
    keywords: ['http'],
    appliesToPath: (path) => path === undefined || DOMJUDGE_RESTAPI_PATH.test(path),
    pattern: /^[^\s#]{1,40}[ \t]{1,8}https?:\/\/[^\s]{1,200}[ \t]{1,8}[^\s]{1,64}[ \t]{1,8}(?<secret>[^\s]{4,128})[ \t]*$/m,
    validate: (s, ctx) => isDomjudgeFile(ctx.path, ctx.text, DOMJUDGE_RESTAPI_PATH, RESTAPI_HEADER) && passwordVerdict(s, 'password') === undefined,
    skipPlaceholderCheck: true,
    envName: 'JUDGEDAEMON_PASSWORD',
    docsUrl: 'https://www.domjudge.org/docs/manual/main/config-advanced.html',
    revocationUrl: null,
    revocationNote: "Change the judgehost user's password in the DOMjudge web interface, then update restapi.secret on the judgehosts.",
    examples: {
      positives: (g) => [
        `# Format: '<ID> <API url> <user> <password>'\ndefault\thttp://domserver/api\tjudgehost\t${g.s(g.alnum(32))}\n`,
        `# Format: '<ID> <API url> <user> <password>'\ndefault http://10.0.0.2/domjudge/api judgehost ${g.s(g.alnum(24))}\n`,
      ],
      negatives: (g) => [
        "# Format: '<ID> <API url> <user> <password>'\ndefault\thttp://domserver/api\tjudgehost\t<password>\n",
        // Without the format line or the file's name, four columns are any table.
        `default\thttp://domserver/api\tjudgehost\t${g.alnum(32)}\n`,
      ],
    },
  },
  {
    id: 'domjudge-dbpasswords-secret',
    provider: 'DOMjudge',
    family: 'credential-file',
    priority: 'context',
    description: "DOMjudge dbpasswords.secret: the database user's password (dummy:host:db:user:password[:port])",
    keywords: ['dummy:'],
    appliesToPath: (path) => path === undefined || DOMJUDGE_DBPASSWORDS_PATH.test(path),
    pattern: /^dummy:[^:\s]{1,253}:[^:\s]{1,64}:[^:\s]{1,64}:(?<secret>[^:\s]{4,128})(?::\d{1,5})?[ \t]*$/m,
    validate: (s, ctx) => isDomjudgeFile(ctx.path, ctx.text, DOMJUDGE_DBPASSWORDS_PATH, DBPASSWORDS_HEADER) && passwordVerdict(s, 'password') === undefined,
    skipPlaceholderCheck: true,
    envName: 'DOMJUDGE_DB_PASSWORD',
    docsUrl: 'https://www.domjudge.org/docs/manual/main/install-domserver.html',
    revocationUrl: null,
    revocationNote: "Change the domjudge database user's password (ALTER USER), then update dbpasswords.secret on the domserver.",
    examples: {
      positives: (g) => [
        `# Format: 'dummy:<db_host>:<db_name>:<user>:<password>:<db_port>'\ndummy:localhost:domjudge:domjudge:${g.s(g.alnum(32))}:3306\n`,
        `# Format: 'dummy:<db_host>:<db_name>:<user>:<password>'\ndummy:mariadb:domjudge:domjudge:${g.s(g.alnum(16))}\n`,
      ],
      negatives: (g) => ["# Format: 'dummy:<db_host>:<db_name>:<user>:<password>'\ndummy:localhost:domjudge:domjudge:<password>:3306\n", `dummy:localhost:domjudge:domjudge:${g.alnum(32)}:3306\n`],
    },
  },
];
