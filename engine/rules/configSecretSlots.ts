// Secrets in the slots a tool's own format gives them, under names that do not say secret: Tomcat's shutdown
// command word (`<Server port="8005" shutdown="…">`: whoever can reach the port and knows it stops the server),
// Postfix's inline `static:user:password` SASL map, Nacos' server identity value (the shared secret between cluster
// members), a Gemfury deploy token given as the user name of a Poetry/pip basic-auth entry, and a value fed to a
// password-file or secret-file option through a process substitution (`--data-file=<(echo -n '…')`). rw-dev9.
import { isLiteralPassword, isLiteralToken } from '../validators/literalArgument';
import { humanPassword, passphrase } from './humanPasswords';
import type { Rule } from '../types';

const base = {
  family: 'generic',
  priority: 'context',
  severity: 'error',
} as const;

export const configSecretSlotRules: Rule[] = [
  {
    ...base,
    id: 'tomcat-shutdown-command',
    provider: 'Apache Tomcat',
    description: 'Tomcat shutdown command word set in server.xml (anyone who reaches the port and sends it stops the server)',
    keywords: ['shutdown='],
    keywordWindow: { before: 60, after: 140 },
    pattern: /<Server\b[^>\n]{0,60}?\bshutdown=["'](?<secret>[^"'\s<>]{8,128})["']/,
    // The default word, and a word or name someone wrote: only a generated-looking value is a secret.
    validate: (value) => value.toUpperCase() !== 'SHUTDOWN' && isLiteralToken(value, 12),
    envName: 'TOMCAT_SHUTDOWN_COMMAND',
    docsUrl: 'https://tomcat.apache.org/tomcat-10.1-doc/config/server.html',
    revocationUrl: null,
    revocationNote: 'Set a new random shutdown word in server.xml (or port="-1" to disable the port) and restart Tomcat.',
    examples: {
      positives: (g) => [`<Server port="8005" shutdown="${g.s(g.alnum(20))}">\n`, `<Server shutdown='${g.s(g.alnum(24))}' port="8005">`],
      negatives: () => ['<Server port="8005" shutdown="SHUTDOWN">\n', '<Server port="-1" shutdown="${tomcat.shutdown.word}">\n', '<Server port="8005" shutdown="stop-the-server">\n'],
    },
  },
  {
    ...base,
    id: 'postfix-static-sasl-map',
    provider: 'Postfix',
    description: "Relay password inline in Postfix's smtp_sasl_password_maps (static:user:password)",
    keywords: ['smtp_sasl_password_maps'],
    keywordWindow: { before: 0, after: 300 },
    pattern: /smtp_sasl_password_maps[ \t]{0,4}=[ \t]{0,4}static:[^\s:"']{1,128}:(?<secret>[^\s"']{4,128})/,
    validate: (value) => isLiteralPassword(value),
    envName: 'SMTP_RELAY_PASSWORD',
    docsUrl: 'https://www.postfix.org/postconf.5.html#smtp_sasl_password_maps',
    revocationUrl: null,
    revocationNote: 'Change the relay account password, then keep it in a hash: map (sasl_passwd, mode 600) instead of main.cf.',
    examples: {
      positives: (g) => [
        `postconf -e "smtp_sasl_password_maps = static:alerts@example.org:${g.s(passphrase(g).replace(/ /g, '-'))}"\n`,
        `sudo postconf -e 'smtp_sasl_password_maps = static:relay@mail.example.net:${g.s(passphrase(g).replace(/ /g, '.'))}'\n`,
      ],
      negatives: () => ['smtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd\n', 'smtp_sasl_password_maps = static:relay:${RELAY_PASSWORD}\n'],
    },
  },
  {
    ...base,
    id: 'nacos-server-identity-value',
    provider: 'Nacos',
    description: "Nacos server identity value (the cluster's shared secret beside nacos.core.auth.server.identity.key)",
    keywords: ['server.identity.value'],
    keywordWindow: { before: 30, after: 160 },
    pattern: /nacos\.core\.auth\.server\.identity\.value[ \t]{0,4}[=:][ \t]{0,4}["']?(?<secret>[^\s"'#]{8,128})/,
    validate: (value) => isLiteralToken(value, 8) && !/^(?:security|example|nacos)$/i.test(value),
    envName: 'NACOS_AUTH_IDENTITY_VALUE',
    docsUrl: 'https://nacos.io/en/docs/latest/guide/user/auth/',
    revocationUrl: null,
    revocationNote: 'Set a new identity value on every Nacos server of the cluster and restart them.',
    examples: {
      positives: (g) => [
        `nacos.core.auth.server.identity.key=serverIdentity\nnacos.core.auth.server.identity.value=${g.s(g.alnum(16))}\n`,
        `NACOS_AUTH_IDENTITY_KEY=serverIdentity  # mirrors nacos.core.auth.server.identity.value=${g.s(g.alnum(24))}\n`,
      ],
      negatives: () => ['nacos.core.auth.server.identity.value=security\n', 'nacos.core.auth.server.identity.value=${NACOS_AUTH_IDENTITY_VALUE}\n'],
    },
  },
  {
    ...base,
    id: 'gemfury-token-username',
    provider: 'Gemfury',
    description: 'Gemfury deploy token given as the user name of a basic-auth entry (Gemfury takes the token as the user)',
    keywords: ['gemfury', 'fury.io'],
    keywordWindow: { before: 60, after: 240 },
    pattern: /(?:http-basic\.[\w-]{0,40}gemfury[\w-]{0,40}\]|fury\.io\S{0,80})[^\n]{0,40}\r?\n(?:[^\n]{0,80}\r?\n){0,2}[ \t]{0,8}username[ \t]{0,4}=[ \t]{0,4}["'](?<secret>[A-Za-z0-9_-]{16,64})["']/,
    validate: (value) => isLiteralToken(value, 16),
    envName: 'GEMFURY_TOKEN',
    docsUrl: 'https://gemfury.com/help/tokens/',
    revocationUrl: 'https://manage.fury.io/manage/tokens',
    examples: {
      positives: (g) => [`[http-basic.gemfury]\nusername = "${g.s(g.alnum(20))}"\npassword = ""\n`, `[http-basic.gemfury-private]\nusername = '${g.s(g.alnum(24))}'\n`],
      negatives: (g) => [`[http-basic.gemfury]\nusername = "deploy-bot"\npassword = ""\n`, `[http-basic.internal]\nusername = "${g.alnum(20)}"\n`],
    },
  },
  {
    ...base,
    id: 'process-substitution-secret-file',
    provider: 'Command line',
    description: "Secret echoed into a password or secret file option through a process substitution (`--data-file=<(echo -n '…')`)",
    keywords: ['<(echo', '<(printf'],
    keywordWindow: { before: 200, after: 160 },
    // The option names a password, passphrase or secret file, or the command stores a secret (`gcloud secrets …`).
    pattern:
      /(?:--[\w-]{0,30}(?:pass(?:word|phrase)?|secret|key|token)[\w-]{0,10}-file|gcloud[ \t]{1,4}secrets[ \t]{1,4}(?:create|versions[ \t]{1,4}add)[^\n]{0,120}?--data-file)(?:=|[ \t]{1,4})<\((?:echo|printf)(?:[ \t]{1,4}-[ne]{1,2})?(?:[ \t]{1,4}(?:'%s'|"%s"))?[ \t]{1,4}(?<q>['"]?)(?<secret>[^\s'"()$`]{4,128})\k<q>[ \t]{0,4}\)/,
    validate: (value) => isLiteralPassword(value),
    envName: 'SECRET_VALUE',
    docsUrl: 'https://cloud.google.com/secret-manager/docs/add-secret-version',
    revocationUrl: null,
    revocationNote: 'The echoed value is in the shell history: rotate it, and read it from a file or a prompt instead.',
    examples: {
      positives: (g) => [
        `gcloud secrets versions add smtp-pass --data-file=<(echo -n '${g.s(humanPassword(g))}')\n`,
        `gcloud secrets versions add ldap-bind --data-file=<(echo -n '${g.s(`${g.alnum(14)}#7`)}')\n`,
      ],
      negatives: () => [
        'gcloud secrets versions add smtp-pass --data-file=<(echo -n "$SMTP_PASS")\n',
        'ansible-playbook site.yml --vault-password-file <(echo "$VAULT_PASS")\n',
        'diff <(echo hello) <(echo world)\n',
      ],
    },
  },
];
