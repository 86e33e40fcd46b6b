// Credentials written as one `user:password` string under a name that says so (`npmAuthIdent: "u:p"`, HCL
// `auth = "u:p"`, curlrc `user = "u:p"`), and secret flags followed by their value in exec-form argument lists
// (`args: ["--db-password", "v"]`, Docker `CMD [...]`, a logged `sys.argv`). Config and credential-file syntax,
// not code: the value is a literal in both.
import { fileKind } from '../validators/fileKind';
import { isLiteralPassword, isLiteralToken } from '../validators/literalArgument';
import { readSecretName } from '../validators/secretName';
import { passwordVerdict } from '../validators/secretValue';
import type { MatchContext, Rule } from '../types';
import { humanPassword } from './humanPasswords';

/** curl reads `user = "name:password"` from its config file. */
const CURLRC = /(?:^|[\\/])[._]?curlrc$/i;
/** The nearest line above naming a dotfile (`# ~/.curlrc`, `==> .curlrc <==`): a README or dotfiles dump's section. */
const DOTFILE_HEADING = /^[ \t]{0,4}(?:#+|==>|---|\/\/|;)[ \t]{0,4}(?:~\/|\$HOME\/|%USERPROFILE%\\)?[._]([a-z]{2,12}rc)\b[^\n]{0,40}$/gim;

/** The value sits in curl's config file: by its path, or under a heading naming `.curlrc` in a file that collects several. */
function inCurlrc(text: string, at: number, path: string | undefined): boolean {
  if (CURLRC.test(path ?? '.curlrc')) return true;
  let last: string | undefined;
  for (const m of text.slice(Math.max(0, at - 2000), at).matchAll(DOTFILE_HEADING)) last = m[1];
  return last?.toLowerCase() === 'curlrc';
}

function validatePair(value: string, ctx: MatchContext): boolean {
  // Test data of URL and auth libraries is full of such pairs (and of escapes in them).
  const kind = fileKind(ctx.path);
  if (kind === 'test' || kind === 'minified' || /\\/.test(value)) return false;
  const key = ctx.keyName ?? '';
  // The name ends in the word (`npmAuthIdent`, `basic_auth`); `Authorization`, `author` and the like go on past it.
  const at = ctx.text.lastIndexOf(key, ctx.start);
  if (at < 0 || /[A-Za-z]/.test(ctx.text.charAt(at + key.length))) return false;
  // `user` holds `name:group` in compose files and Dockerfiles; only curl's config gives it a password (`user = "u:p"`,
  // or the long option itself: `--user "u:p"`). Only `user` is written without `=` or `:`.
  const spaced = /^["']?[ \t]{1,4}["']/.test(ctx.text.slice(at + key.length, ctx.start));
  if (/^user$/i.test(key) && (!inCurlrc(ctx.text, at, ctx.path) || /[\w.]/.test(ctx.text.charAt(at - 1)) || (ctx.text.charAt(at - 1) === '-' && ctx.text.slice(at - 2, at) !== '--'))) return false;
  if (spaced && !(/^user$/i.test(key) && ctx.text.slice(at - 2, at) === '--' && /(?:^|\n)[ \t]{0,4}$/.test(ctx.text.slice(Math.max(0, at - 8), at - 2)))) return false;
  const user = /([^"'\s:]{1,64}):$/.exec(ctx.text.slice(Math.max(0, ctx.start - 65), ctx.start))?.[1];
  if (!user || user === value || /^\d+$/.test(user)) return false;
  return isLiteralPassword(value) && passwordVerdict(value, 'password') === undefined;
}

/** YAML files, where a flow sequence's items may be plain (unquoted) scalars. */
const YAML_PATH = /\.ya?ml$/i;

/**
 * A quoted flag has a quoted value (any file); a plain flag is a YAML flow sequence's item (`args: [--requirepass, v,
 * --appendonly, "yes"]`; path-less text alike), its value plain or quoted; a plain flag in any other syntax is no list item.
 */
function consistentArgvQuotes(ctx: MatchContext): boolean {
  const key = ctx.keyName ?? '';
  const keyAt = ctx.text.lastIndexOf(key, ctx.start);
  const keyQuoted = /["']/.test(ctx.text.charAt(keyAt - 1));
  const valueQuoted = /["']/.test(ctx.text.charAt(ctx.start - 1));
  if (keyQuoted) return valueQuoted;
  return (ctx.path === undefined || YAML_PATH.test(ctx.path)) && /\[[^\]\n]{0,256}$/.test(ctx.text.slice(Math.max(0, keyAt - 256), keyAt));
}

/** What an exec-form flag names (`--db-password` → password); its value must look like one. */
function validateArgvValue(value: string, ctx: MatchContext): boolean {
  // The next option after a flag (`--verbose`) is no value.
  if (value.startsWith('-')) return false;
  const flag = (ctx.keyName ?? '').replace(/^-+/, '');
  // Redis's `--requirepass` / `--masterauth` (`args: [--requirepass, v]`) name its passwords.
  const reading = /^(?:requirepass|masterauth)$/i.test(flag) ? ({ kind: 'password', word: 'pass' } as const) : readSecretName(flag);
  if (!reading || reading.kind === 'credential') return false;
  if (reading.kind === 'password') return isLiteralPassword(value) && passwordVerdict(value, 'password') === undefined;
  return isLiteralToken(value.replace(/=+$/, ''), 16);
}

export const credentialPairRules: Rule[] = [
  {
    id: 'user-password-pair',
    provider: 'Generic',
    family: 'generic',
    priority: 'generic',
    description: 'User and password written as one `user:password` string under an auth name (npmAuthIdent, auth, basicAuth, userpass, credentials, proxy-user)',
    // `user` only as curl's config writes it (`user = "…"`): as a bare word it is everywhere.
    keywords: ['auth', 'userpass', 'user_pass', 'user-pass', 'credential', 'user =', 'user=', '--user "', "--user '"],
    keywordWindow: { before: 40, after: 240 },
    pattern:
      /(?<key>[aA]uth[iI]dent|[aA][uU][tT][hH]|[uU]ser[_-]?[pP]ass(?:word)?|[cC]redentials?|[pP]roxy[_-]?[uU]ser|[uU]ser)["']?(?:[ \t]{0,4}[=:][ \t]{0,4}|[ \t]{1,4})["'][^"'\s:/@]{1,64}:(?<secret>[^"'\s]{3,128})["']/,
    validate: validatePair,
    skipPlaceholderCheck: false,
    envName: 'AUTH_PASSWORD',
    severity: 'warning',
    docsUrl: 'https://www.rfc-editor.org/rfc/rfc7617',
    revocationUrl: null,
    revocationNote: "Change the account's password at the service it signs in to, and read the pair from the environment.",
    examples: {
      positives: (g) => [
        `    npmAuthIdent: "deployer:${g.s(humanPassword(g))}"`,
        `provider "grafana" {\n  auth = "grafana-sync:${g.s(humanPassword(g))}"\n}`,
        `  "basicAuth": "svc-sync:${g.s(g.alnum(16))}",`,
        `proxy-user = "mirror:${g.s(humanPassword(g))}"`,
        `# ~/.curlrc\nuser-agent = "acme-scripts/1.0"\nuser = "ops:${g.s(g.alnum(16))}"`,
        `==> .curlrc <==\n--user "mirror:${g.s(humanPassword(g))}"\nsilent`,
      ],
      negatives: (g) => [
        'user: "1000:1000"',
        `auth "svc:${g.alnum(14)}"`,
        'user: "node:node"',
        'auth = "admin:${ADMIN_PASSWORD}"',
        'npmAuthIdent: "user:password"',
        'auth: "localhost:8080"',
        'credentials = "include:same"',
        "userinfo: 'us\\xA0er:pa\\uD7FFss'",
        `docker run --user "1000:1000" app`,
      ],
    },
  },
  {
    id: 'argv-list-secret',
    provider: 'Generic',
    family: 'generic',
    priority: 'generic',
    description: 'Secret flag followed by its value in an exec-form argument list (`["--db-password", "v"]`)',
    // Quoted (`["--db-password", "v"]`, JSON, Dockerfile) or a YAML flow sequence's plain scalars (`[--requirepass, v]`).
    keywords: ['"--', "'--", '[--', ', --', ',--'],
    keywordWindow: { before: 2, after: 260 },
    // A JSON dump prints one item a line (`docker inspect`'s `"Args": [\n "--requirepass",\n "v"\n]`).
    pattern:
      /(?:\\?["']|(?<=\[[ \t]{0,4}|,[ \t]{0,4}))(?<key>--[A-Za-z][\w-]{1,40})(?:\\?["'])?[ \t]{0,4},(?:[ \t]{0,4}|[ \t]{0,2}\r?\n[ \t]{0,40})(?:\\?["'])?(?<secret>[^"'\s\\,[\]]{3,200})(?:\\?["']|(?=[ \t]{0,4}[,\]]))/,
    validate: (value, ctx) => validateArgvValue(value, ctx) && consistentArgvQuotes(ctx),
    envName: 'SECRET',
    severity: 'warning',
    docsUrl: 'https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/',
    revocationUrl: null,
    revocationNote: 'Change the password or revoke the token at its service, and pass it from a Secret or an environment variable.',
    examples: {
      positives: (g) => [
        `        args: ["--db-password", "${g.s(humanPassword(g))}", "--port", "8080"]`,
        `CMD ["/app/server", "--api-token", "${g.s(g.alnum(32))}"]`,
        `"sys.argv": ["worker.py", "--db-password", "${g.s(g.alnum(20))}"]`,
        `          args: [--requirepass, ${g.s(humanPassword(g))}, --appendonly, "yes"]`,
        `        "Args": [\n            "--requirepass",\n            "${g.s(humanPassword(g))}"\n        ],`,
      ],
      negatives: () => [
        'args: ["--db-password", "$(DB_PASSWORD)"]',
        'CMD ["/app/server", "--password-file", "/run/secrets/pw"]',
        'args: ["--token", "changeme"]',
        '["--password", "--verbose"]',
        'args: [--requirepass, $(REDIS_PASSWORD)]',
        'run(--password, input)',
      ],
    },
  },
  {
    id: 'argv-list-user-password',
    provider: 'Generic',
    family: 'generic',
    priority: 'generic',
    description: 'Login and password given to curl-style `-u` / `--user` as one `user:password` item of an exec-form argument list',
    keywords: ['"-u"', "'-u'", '"--user"', "'--user'"],
    keywordWindow: { before: 2, after: 200 },
    // `args: ["-fsS", "-u", "notify:v", "https://…"]` (a Kubernetes job, a Dockerfile's exec form): the item after the
    // flag is the pair; without a colon (`-u root`, mysql's) it is a login alone.
    pattern: /(?<=["'])(?<key>-u|--user)["'][ \t]{0,4},[ \t]{0,4}["'][^"'\s:/@$]{1,64}:(?<secret>[^"'\s]{3,128})["']/,
    validate: (value, ctx) => {
      const kind = fileKind(ctx.path);
      if (kind === 'test' || kind === 'minified' || /\\/.test(value)) return false;
      // A list item: the flag follows `[` or a comma.
      const keyAt = ctx.text.lastIndexOf(ctx.keyName ?? '-u', ctx.start);
      if (!/(?:\[|,)[ \t]{0,4}["']$/.test(ctx.text.slice(Math.max(0, keyAt - 8), keyAt))) return false;
      return isLiteralPassword(value) && passwordVerdict(value, 'password') === undefined;
    },
    envName: 'AUTH_PASSWORD',
    severity: 'warning',
    docsUrl: 'https://curl.se/docs/manpage.html#-u',
    revocationUrl: null,
    revocationNote: "Change the account's password at the service, and pass it from a Secret or an environment variable.",
    examples: {
      positives: (g) => [
        `              args: ["-fsS", "-u", "notify:${g.s(g.alnum(32))}", "https://hooks.example.io/done"]`,
        `CMD ["curl", "--user", "svc-backup:${g.s(humanPassword(g))}", "https://files.example.io/"]`,
      ],
      negatives: () => ['args: ["-u", "notify:$(NOTIFY_PASSWORD)"]', 'CMD ["mysql", "-u", "root", "-p"]', 'args: ["-u", "1000:1000"]', 'args: ["-u", "user:password"]'],
    },
  },
];
