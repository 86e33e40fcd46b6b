// Home-lab and self-hosting tools' own ways of writing a secret (found while tuning on rw-dev23): the plain pass
// phrase left as a comment above the derived key (written so by wpa_passphrase) (`#psk="…"`), Pi-hole's web password set from
// the shell (`pihole -a -p X`, `pihole setpassword X`), and a Gotify app token in a notification URL
// (`gotify://host/<token>`, as Watchtower's shoutrrr and Apprise take it), and davfs2's secrets file (a mount point
// or URL, the user, the password on each line).
import type { Rule } from '../types';
import { passwordVerdict } from '../validators/secretValue';
import { positionalRule } from './cliRuleBuilder';
import { humanPassword } from './humanPasswords';
import { isStandIn } from '../validators/placeholder';

export const homeLabSecretRules: Rule[] = [
  {
    id: 'wpa-passphrase-comment-psk',
    provider: 'wpa_supplicant',
    family: 'infrastructure',
    priority: 'context',
    description: 'Wi-Fi pass phrase left in wpa_supplicant.conf as a `#psk="…"` comment above the derived key, as written by wpa_passphrase',
    keywords: ['#psk="'],
    keywordWindow: { before: 40, after: 80 },
    pattern: /(?:^|\n)[ \t]{0,8}#psk="(?<secret>[^"\n]{8,63})"[ \t]*(?=\r?\n|$)/,
    validate: (secret) => isStandIn(secret) === undefined && !/^[$<{%]/.test(secret),
    envName: 'WIFI_PASSPHRASE',
    severity: 'error',
    docsUrl: 'https://w1.fi/cgit/hostap/plain/wpa_supplicant/README',
    revocationUrl: null,
    revocationNote: 'Change the Wi-Fi pass phrase on the access point, and delete the `#psk` comment (wpa_supplicant needs only the hex psk).',
    examples: {
      positives: (g) => [`network={\n\tssid="Home-${g.digits(4)}"\n\t#psk="${g.s(humanPassword(g))}"\n\tpsk=${g.hex(64)}\n}\n`, `network={\n  #psk="${g.s(`${g.digits(4)} ${g.digits(4)} ${g.digits(4)}`)}"\n}`],
      negatives: (g) => [`network={\n\tssid="Home"\n\tpsk=${g.hex(64)}\n}\n`, 'network={\n\t#psk="<your passphrase>"\n}', 'network={\n\t#psk="changeme"\n}'],
    },
  },
  positionalRule({
    id: 'cli-pihole-web-password',
    description: 'Pi-hole web interface password set from the shell (pihole -a -p X, pihole setpassword X)',
    family: 'infrastructure',
    envName: 'PIHOLE_WEBPASSWORD',
    docsUrl: 'https://docs.pi-hole.net/main/pihole-command/',
    keywords: ['pihole'],
    lead: `pihole[ \\t]{1,4}(?:-a[ \\t]{1,4}-p|setpassword)[ \\t]{1,4}`,
    kind: 'password',
    positives: (g) => [`sudo pihole -a -p '${g.s(humanPassword(g))}'`, `pihole setpassword ${g.s(humanPassword(g))}`],
    negatives: () => ['pihole -a -p', 'pihole -a -p "$WEBPASSWORD"', 'pihole -up'],
  }),
  {
    id: 'gotify-url-app-token',
    provider: 'Gotify',
    family: 'observability',
    priority: 'context',
    description: 'Gotify application token in a notification URL (gotify://host/<token>: Watchtower/shoutrrr, Apprise)',
    keywords: ['gotify://'],
    keywordWindow: { before: 0, after: 400 },
    // App tokens are 15 characters and start with A (client tokens with C).
    pattern: /gotify:\/\/[^\s/"'@]{1,253}(?:\/[^\s/"'?#]{1,64}){0,3}\/(?<secret>[AC][A-Za-z0-9._-]{14})(?![A-Za-z0-9._-])/,
    validate: (secret) => /[a-z]/.test(secret) && /[A-Z].*[A-Z]/.test(secret.slice(1)) && isStandIn(secret) === undefined,
    envName: 'GOTIFY_TOKEN',
    docsUrl: 'https://containrrr.dev/shoutrrr/v0.8/services/gotify/',
    revocationUrl: null,
    revocationNote: 'Delete the application (or client) in the Gotify web UI and create a new one.',
    examples: {
      positives: (g) => [
        `WATCHTOWER_NOTIFICATION_URL=gotify://gotify.example.net/${g.s(`A${g.upper(3)}${g.lower(4)}${g.alnum(7)}`)}`,
        `apprise -b done "gotify://push.home.arpa:8443/${g.s(`A${g.upper(3)}${g.lower(4)}${g.alnum(7)}`)}"`,
      ],
      negatives: () => ['gotify://gotify.example.net/AppToken', 'gotify://gotify.example.net/<token>', 'gotify://${GOTIFY_HOST}/${GOTIFY_TOKEN}'],
    },
  },
  {
    id: 'davfs2-secrets-password',
    provider: 'davfs2',
    family: 'credential-file',
    priority: 'context',
    description: "WebDAV password in davfs2's secrets file (/etc/davfs2/secrets, ~/.davfs2/secrets: mount point or URL, user, password)",
    // No word on the line says so: the file's path does.
    keywords: [],
    // Without a path (a pasted file), its own header must name it.
    appliesToPath: (path) => path === undefined || DAVFS2_SECRETS_PATH.test(path),
    appliesToText: (text) => text.length <= 64_000,
    pattern: /(?:^|\n)[ \t]{0,8}(?:\/|https?:\/\/)[^\s#]{0,300}[ \t]{1,40}(?:"[^"\n]{1,100}"|[^\s"#]{1,100})[ \t]{1,40}(?<q>"?)(?<secret>[^\s"]{4,128})\k<q>[ \t]*(?=\r?\n|$)/,
    validate: (secret, ctx) =>
      (ctx.path !== undefined ? DAVFS2_SECRETS_PATH.test(ctx.path) : /^#[^\n]{0,40}davfs2[^\n]{0,40}secrets/.test(ctx.text.slice(0, 200))) && passwordVerdict(secret, 'password') === undefined,
    envName: 'WEBDAV_PASSWORD',
    severity: 'error',
    docsUrl: 'https://manpages.debian.org/stable/davfs2/davfs2.conf.5.en.html',
    revocationUrl: null,
    revocationNote: 'Change the WebDAV (or app) password at the server, and keep the file mode 600.',
    examples: {
      positives: (g) => [`# davfs2 secrets file\n/mnt/cloud ${g.lower(6)} "${g.s(humanPassword(g))}"\n`, `# davfs2 secrets, mode 600\nhttps://dav.example.org/remote.php/dav/files/me/ me ${g.s(g.alnum(20))}\n`],
      // Any other file's line of a path, a word and a value; the header's own column names.
      negatives: (g) => [`/mnt/cloud ${g.lower(6)} ${g.alnum(20)}\n`, '# davfs2 secrets file\n# mount point / URL  user  password\n/mnt/cloud me <password>\n'],
    },
  },
];

/** davfs2's secrets files: the system one and a user's. */
const DAVFS2_SECRETS_PATH = /(?:^|[\\/])\.?davfs2[\\/]secrets$/;
