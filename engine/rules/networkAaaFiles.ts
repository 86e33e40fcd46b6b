// Files network teams keep their device logins and AAA secrets in (found while tuning on rw-dev15's network
// part): tac_plus users' `login = cleartext "X"` and its `key = X`, a FreeRADIUS `client … { secret = X }` block,
// a Windows NPS export's `<Shared_Secret>`, an unquoted ipsec.secrets PSK, Oxidized's `router.db`
// (`host:model:user:password[:enable]`) and RANCID's `.cloginrc` (`add password GLOB {X} {Y}`). The syntax
// says it is the secret, so word-made passwords people set on devices count (`Company2023!`).
import type { MatchContext, Rule } from '../types';
import { humanPassword } from './humanPasswords';
import { passwordVerdict } from '../validators/secretValue';
import { isHashOrEncrypted } from '../validators/storedHash';

const SP = '[ \\t]{1,8}';
/** Columns aligned with runs of blanks (`add password    rtr-*           X`). */
const COL = '[ \\t]{1,40}';
const VALUE = `(?<secret>[^\\s"'{}:;<>]{4,128})`;

/** The text from the start of the value's line to the value. */
const lineBefore = (ctx: MatchContext) => ctx.text.slice(ctx.text.lastIndexOf('\n', ctx.start - 1) + 1, ctx.start);

/** Oxidized's (and RANCID's) device list. */
const ROUTER_DB = /(?:^|[\\/])router\.db$/;

const isDevicePassword = (secret: string) => !isHashOrEncrypted(secret) && !/^\$/.test(secret) && passwordVerdict(secret, 'password') === undefined;

/** tac_plus's own words (shrubbery tac_plus, tac_plus-ng), for its bare `key = X`. */
const TACACS_FILE = /\b(?:tac_plus|spawnd|accounting[ \t]file|service[ \t]*=[ \t]*exec|priv-lvl|default[ \t]service)\b/;

/** Inside a FreeRADIUS `client NAME {` block (no `}` closing it between). */
function inRadiusClient(ctx: MatchContext): boolean {
  const before = ctx.text.slice(Math.max(0, ctx.start - 600), ctx.start);
  const open = before.search(/(?:^|\n)[ \t]*client[ \t]+[^\s{]{1,80}[ \t]*\{[^}]*$/);
  return open >= 0;
}

const base = {
  provider: 'Network device',
  family: 'credential-file',
  priority: 'context',
  skipPlaceholderCheck: true,
  revocationUrl: null,
  revocationNote: 'Change the password or shared secret on the devices and on the AAA server, and keep these files out of repositories (their tools read credentials from a vault or environment).',
} as const;

export const networkAaaFileRules: Rule[] = [
  {
    ...base,
    id: 'aaa-server-secret',
    description: 'tac_plus clear-text login or key, FreeRADIUS client secret, NPS shared secret or unquoted ipsec.secrets PSK',
    keywords: ['cleartext', '= clear', 'key =', 'key=', 'secret =', 'secret=', 'shared_secret', ': psk'],
    keywordWindow: { before: 60, after: 200 },
    pattern: new RegExp(
      `(?:\\b(?:login|enable|pap|chap|arap|opap|global)[ \\t]{0,4}=[ \\t]{0,4}(?:cleartext|clear)${SP}|\\bpassword${SP}(?:login|pap|chap)[ \\t]{0,4}=[ \\t]{0,4}(?:cleartext|clear)${SP}|(?:^|\\n)[ \\t]{0,12}(?:key|secret)[ \\t]{0,4}=[ \\t]{0,4}|<Shared_Secret(?:[ \\t][^>]{0,40})?>|(?:^|\\n)[^\\n#]{1,120}?:[ \\t]{0,4}PSK${SP}(?=[^"\\s]))"?${VALUE}`,
    ),
    validate: (secret, ctx) => {
      const line = lineBefore(ctx);
      if (/^[ \t]*(?:key|secret)[ \t]*=/.test(line) && !(/^[ \t]*key/.test(line) ? TACACS_FILE.test(ctx.text.slice(0, 30000)) : inRadiusClient(ctx))) return false;
      return isDevicePassword(secret);
    },
    envName: 'AAA_SHARED_SECRET',
    docsUrl: 'https://www.freeradius.org/documentation/freeradius-server/4.0.0/reference/raddb/clients.conf.html',
    examples: {
      positives: (g) => [
        `key = "${g.s(g.alnum(24))}"\n\ngroup = netadmins {\n\tdefault service = permit\n}\nuser = svc {\n\tlogin = cleartext "${g.s(humanPassword(g))}"\n}\n`,
        `user breakglass {\n\tpassword login = clear ${g.s(humanPassword(g))}\n}\n`,
        `client core-switches {\n\tipaddr = 10.0.0.0/24\n\tsecret = ${g.s(humanPassword(g))}\n}\n`,
        `<Client name="WLC"><Properties><Shared_Secret dt:dt="string">${g.s(g.alnum(20))}</Shared_Secret></Properties></Client>\n`,
        `roadwarrior-group : PSK ${g.s(humanPassword(g))}\n`,
      ],
      negatives: (g) => [
        `user = jdoe {\n\tlogin = des ${g.alnum(13)}\n}\n`,
        `[api]\nkey = ${g.alnum(24)}\n`,
        `client localhost {\n\tsecret = {{ radius_secret }}\n}\n`,
        `[database]\nsecret = ${humanPassword(g)}\n`,
        `user monitor {\n\tpassword login = crypt $1$${g.alnum(4)}$${g.alnum(22)}\n}\n`,
      ],
    },
  },
  {
    ...base,
    id: 'oxidized-router-db-password',
    description: "Device password in Oxidized's router.db (host:model:username:password[:enable])",
    appliesToPath: (path) => path === undefined || ROUTER_DB.test(path),
    keywords: [
      ':ios:',
      ':iosxr:',
      ':nxos:',
      ':junos:',
      ':eos:',
      ':asa:',
      ':routeros:',
      ':fortios:',
      ':procurve:',
      ':comware:',
      ':vyos:',
      ':edgeos:',
      ':panos:',
      ':pfsense:',
      ':opnsense:',
      ':aoscx:',
      ':aosw:',
      ':ironware:',
      ':screenos:',
      ':airos:',
    ],
    keywordWindow: { before: 120, after: 280 },
    // The password, and the enable secret after it: the line's head is looked behind, so both are matched.
    pattern: /(?<=(?:^|\n)[^\s:#]{1,100}:[a-z][\w-]{1,30}:[^\s:]{0,64}:(?:[^\s:]{1,128}:)?)(?<secret>[^\s:]{4,128})/,
    // The path gate is repeated here: a gate only saves work.
    validate: (secret, ctx) => (ctx.path === undefined || ROUTER_DB.test(ctx.path)) && /^(?:[^\s:#]{1,100}:){3}(?:[^\s:]{1,128}:)?$/.test(lineBefore(ctx)) && isDevicePassword(secret),
    envName: 'DEVICE_PASSWORD',
    docsUrl: 'https://github.com/ytti/oxidized/blob/master/docs/Sources.md',
    examples: {
      positives: (g) => [
        `rtr-ber-01:ios:oxidized:${g.s(humanPassword(g))}\nleaf-07:nxos:svc:${g.s(g.alnum(20))}\n`,
        `mx-01:junos:oxidized-ro:${g.s(g.alnum(16))}:\n`,
        `rtr-ber-02:ios:oxidized:${g.s(humanPassword(g))}:${g.s(humanPassword(g))}\n`,
      ],
      negatives: () => ['fw-lab:pfsense:::\n', 'sw-01:ios:oxidized:$OXIDIZED_PASSWORD\n'],
    },
  },
  {
    ...base,
    id: 'rancid-cloginrc-password',
    description: "Device password or enable password in RANCID's .cloginrc (add password GLOB {PASSWORD} {ENABLE})",
    keywords: ['add password'],
    keywordWindow: { before: 10, after: 300 },
    pattern: new RegExp(`(?:^|\\n)[ \\t]{0,8}add${COL}password${COL}[^\\s]{1,100}${COL}\\{?${VALUE}`),
    validate: (secret) => isDevicePassword(secret),
    envName: 'DEVICE_PASSWORD',
    docsUrl: 'https://www.shrubbery.net/rancid/man/cloginrc.5.html',
    examples: {
      positives: (g) => [`add user * rancid\nadd password rtr-* ${g.s(humanPassword(g))} ${humanPassword(g)}\n`, `add password dc1-* {${g.s(g.alnum(20))}}\n`],
      negatives: () => ['add password *.lab.* {lab} {lab}\n', 'add cyphertype * aes256-ctr\n'],
    },
  },
  {
    ...base,
    id: 'rancid-cloginrc-enable-password',
    description: 'Enable password (the second value) of a RANCID .cloginrc `add password` line',
    keywords: ['add password'],
    keywordWindow: { before: 10, after: 300 },
    pattern: new RegExp(`(?:^|\\n)[ \\t]{0,8}add${COL}password${COL}[^\\s]{1,100}${COL}(?:\\{[^}\\n]{1,128}\\}|[^\\s{}]{1,128})${COL}\\{?${VALUE}`),
    validate: (secret) => isDevicePassword(secret),
    envName: 'DEVICE_ENABLE_PASSWORD',
    docsUrl: 'https://www.shrubbery.net/rancid/man/cloginrc.5.html',
    examples: {
      positives: (g) => [`add password rtr-* ${humanPassword(g)} ${g.s(humanPassword(g))}\n`, `add password sw-* {${g.alnum(12)}} {${g.s(g.alnum(16))}}\n`],
      negatives: () => ['add password *.lab.* {lab} {lab}\n', 'add password sw-* {$env(PW)} {$env(ENPW)}\n'],
    },
  },
];
