// Credentials in the config files tools read: .npmrc, .pypirc, .netrc, docker config.json, kubeconfig,
// Maven settings.xml, NuGet.config, wp-config.php.
import { saltedHashElement } from '../validators/declaredDigest';
import type { ExampleGen, MatchContext, Rule } from '../types';
import { WORDPRESS_CONFIG_NOTE } from './revocationNotes';
import { LOWER_DIGITS } from './alphabets';
import { humanPassword } from './humanPasswords';
import { contextRule, tokenRule } from './ruleBuilders';
import { keyPathAt } from '../detect/keyedSyntax';
import { lineStartNear } from '../detect/lineStartNear';
import { readSecretName } from '../validators/secretName';
import { isLiteralPassword } from '../validators/literalArgument';
import { passwordVerdict, tokenVerdict } from '../validators/secretValue';
import { isHashOrEncrypted } from '../validators/storedHash';
import { isChosenWordPassword } from '../validators/chosenWord';
import { isPlaceholder, isStandIn } from '../validators/placeholder';

/** Decodes base64 (standard alphabet); undefined when it is not valid base64 of printable text. */
export function decodeBase64Text(value: string): string | undefined {
  try {
    const text = atob(value);
    return /^[\x20-\x7e\t\r\n]+$/.test(text) ? text : undefined;
  } catch {
    return undefined;
  }
}

/** `user:password` with both parts present, as npm `_auth`, docker `auth` and Basic headers carry. */
export function isBase64UserPass(value: string): boolean {
  const text = decodeBase64Text(value);
  return text !== undefined && /^[^:\s]{1,200}:[^\s]{3,}/.test(text);
}

/** The format line people copy from the libpq docs to the top of a pgpass file. */
const PGPASS_HEADER = /^[ \t]{0,4}#[ \t]{0,4}host(?:name)?:port:database:user(?:name)?:password\b/m;

/**
 * A pgpass line with a port number outside a pgpass file, under a mention of the file: pasted in a chat or a doc
 * (`put this in ~/.pgpass`), or written by a script (`cat > ~/.pgpass <<EOF`).
 */
function pgpassLinesNamed(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  return /^[ \t]{0,8}[^:\s#]{1,253}:\d{2,5}:/.test(text.slice(lineStart, start)) && /\.pgpass\b/.test(text.slice(Math.max(0, lineStart - 1200), lineStart));
}

const userPass = (g: ExampleGen) => btoa(`${g.lower(8)}:${g.alnum(20)}`);

/**
 * A value under `data:` of a `kind: Secret` manifest: decoded, it is a password (under a secret's name), a
 * random token, or a URL with a password. Reported on the base64 value, as written.
 */
function validateSecretData(value: string, ctx: MatchContext): boolean {
  const docStart = ctx.text.lastIndexOf('\n---', ctx.start);
  const doc = ctx.text.slice(docStart < 0 ? 0 : docStart, ctx.start);
  if (!/^kind:[ \t]{0,4}Secret\b/m.test(doc + ctx.text.slice(ctx.end, ctx.end + 2000).split('\n---')[0]) || keyPathAt(ctx.text, ctx.text.lastIndexOf(ctx.keyName ?? '', ctx.start))[0] !== 'data') return false;
  const decoded = decodeBase64Text(value.length % 4 === 0 ? value : value.padEnd(Math.ceil(value.length / 4) * 4, '='));
  if (decoded === undefined) return false;
  const text = decoded.replace(/\r?\n$/, '');
  if (/:\/\/[^:/@\s]{0,100}:[^@/\s]{3,200}@/.test(text)) return true;
  // `.dockerconfigjson` / `.dockercfg`: registry credentials (`"auth": base64(user:password)` or a password).
  if (/^\s*\{/.test(text) && /"auths?"\s*:/.test(text)) {
    const auth = /"auth"\s*:\s*"([A-Za-z0-9+/]{8,}={0,2})"/.exec(text)?.[1];
    const password = /"password"\s*:\s*"([^"\\]{4,200})"/.exec(text)?.[1];
    const authPassword = auth === undefined ? undefined : /^[^:]{1,200}:(.{3,})$/.exec(decodeBase64Text(auth) ?? '')?.[1];
    const pw = authPassword ?? password;
    return pw !== undefined && passwordVerdict(pw, 'password') === undefined;
  }
  const reading = readSecretName(ctx.keyName ?? '');
  if (reading?.kind === 'password') return passwordVerdict(text, ctx.keyName ?? 'password') === undefined;
  if (reading) return tokenVerdict(text, ctx.keyName ?? 'token', reading.kind) === undefined;
  return false;
}

/** The WordPress salt generator's output (api.wordpress.org/secret-key): 64 characters of its alphabet, letters of both
 * cases, digits and symbols mixed. */
export function generatedWordPressKey(value: string): boolean {
  return (
    /^[A-Za-z0-9!@#$%^&*()\-_ [\]{}<>~`+=,.;:/?|]{64}$/.test(value) &&
    /[a-z]/.test(value) &&
    /[A-Z]/.test(value) &&
    /[0-9]/.test(value) &&
    (value.match(/[^A-Za-z0-9]/g)?.length ?? 0) >= 6 &&
    !/(.)\1{3}/.test(value)
  );
}

/** A line of `npm config set` (or pnpm's, yarn's) up to the value of the key it sets: the key and value are space-separated there. */
const NPM_CONFIG_SET = /\b(?:npm|pnpm|yarn)[ \t]{1,4}(?:config[ \t]{1,4})?set[ \t]{1,4}["']?[^\s"']{0,300}["']?[ \t]{1,4}["']?$/;

export const credentialFileRules: Rule[] = [
  {
    id: 'npmrc-auth-token',
    provider: 'npm',
    family: 'credential-file',
    priority: 'context',
    description: '.npmrc registry auth token (_authToken)',
    keywords: ['_authtoken'],
    // `npm config set //host/:_authToken <token>` writes the same line from a script or a Dockerfile.
    pattern: /(?<![A-Za-z0-9_])_authToken(?:\s{0,4}=\s{0,4}|["']?[ \t]{1,4})["']?(?<secret>[A-Za-z0-9_.+/=:-]{8,400})(?![A-Za-z0-9_.+/=:-])/,
    minEntropy: 3,
    validate: (_s, ctx) => {
      const gap = ctx.text.slice(ctx.text.lastIndexOf('_authToken', ctx.start) + 10, ctx.start);
      if (gap.includes('=')) return true;
      const line = ctx.text.slice(Math.max(0, ctx.text.lastIndexOf('\n', ctx.start) + 1, ctx.start - 400), ctx.start);
      return NPM_CONFIG_SET.test(line);
    },
    envName: 'NPM_TOKEN',
    docsUrl: 'https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration',
    revocationUrl: 'https://www.npmjs.com/settings/~/tokens',
    revocationNote: 'For a private registry, revoke the token in that registry (GitHub Packages, Artifactory, Azure Artifacts…).',
    examples: {
      positives: (g) => [
        `//registry.npmjs.org/:_authToken=${g.s(g.alnum(36))}`,
        `//npm.pkg.github.com/:_authToken="${g.s(g.base64url(40))}"`,
        `RUN npm config set //npm.example.com/:_authToken ${g.s(g.uuid())} && npm ci`,
        `npm config set "//npm.pkg.github.com/:_authToken" "${g.s(g.alnum(36))}"`,
      ],
      negatives: () => ['//registry.npmjs.org/:_authToken=${NPM_TOKEN}', '//registry.npmjs.org/:_authToken=xxxxxxxxxxxxxxxx', 'echo _authToken 9f2c1e7a4b8d6f3e0a5c written to the registry log'],
    },
  },
  {
    id: 'npmrc-basic-auth',
    provider: 'npm',
    family: 'credential-file',
    priority: 'context',
    description: '.npmrc base64 credentials (_auth / _password)',
    keywords: ['_auth', '_password'],
    // `npm config set //host/:_password <base64>` writes the same line from a script.
    pattern: /(?<![A-Za-z0-9_])_(?:auth|password)(?:\s{0,4}=\s{0,4}|["']?[ \t]{1,4})["']?(?<secret>[A-Za-z0-9+/]{8,400}={0,2})(?![A-Za-z0-9+/=])/,
    validate: (s, ctx) => {
      const before = ctx.text.slice(Math.max(0, ctx.start - 14), ctx.start);
      if (!/=[ \t"']{0,4}$/.test(before) && !NPM_CONFIG_SET.test(ctx.text.slice(lineStartNear(ctx.text, ctx.start, ctx.start - 400), ctx.start))) return false;
      return /_auth["']?[\s=]/.test(before) ? isBase64UserPass(s) : decodeBase64Text(s) !== undefined;
    },
    envName: 'NPM_AUTH',
    docsUrl: 'https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration',
    revocationUrl: null,
    revocationNote: 'Change the password of the account these credentials belong to (they decode to user:password), then use a token instead.',
    examples: {
      positives: (g) => [
        `_auth=${g.s(userPass(g))}`,
        `//registry.example.com/:_password="${g.s(btoa(g.alnum(18)))}"`,
        `npm config set //registry.example.com/:_password ${g.s(btoa(g.alnum(14)))}`,
        `npm config set _auth ${g.s(userPass(g))}`,
      ],
      negatives: (g) => [`_auth=${g.alnum(24)}`, '_auth=${NPM_AUTH}', `echo _password ${btoa(g.alnum(14))} was in the log`],
    },
  },
  {
    id: 'pypirc-password',
    provider: 'PyPI',
    family: 'credential-file',
    priority: 'context',
    description: '.pypirc repository password',
    keywords: ['[pypi]', '[testpypi]', '[distutils]'],
    pattern: /^[ \t]{0,8}password[ \t]{0,4}[=:][ \t]{0,4}(?<secret>[^\s#;]{6,400})/m,
    // Only inside a repository section of a .pypirc (a [pypi]-like header above the line).
    validate: (_s, ctx) => {
      const before = ctx.text.slice(0, ctx.start);
      const header = /\[([A-Za-z0-9_.-]{1,60})\][^[]*$/.exec(before);
      return header !== null && (/pypi/i.test(header[1]!) || /\[distutils\]/.test(before));
    },
    envName: 'TWINE_PASSWORD',
    docsUrl: 'https://packaging.python.org/en/latest/specifications/pypirc/',
    revocationUrl: 'https://pypi.org/manage/account/#api-tokens',
    examples: {
      positives: (g) => [
        `[distutils]\nindex-servers =\n  pypi\n\n[pypi]\nusername = ${g.lower(8)}\npassword = ${g.s(g.alnum(24))}\n`,
        `[testpypi]\nrepository = https://test.pypi.org/legacy/\nusername = ${g.lower(6)}\npassword: ${g.s(g.alnum(30))}\n`,
      ],
      negatives: (g) => [`[pypi]\nusername = __token__\npassword = <your token>\n`, `[mysql]\npassword = ${g.alnum(20)}\n`],
    },
  },
  {
    id: 'netrc-password',
    provider: 'netrc',
    family: 'credential-file',
    priority: 'context',
    description: '.netrc machine password',
    keywords: ['machine'],
    // The line may be echoed into the file from a script (`echo "machine h login u password p" > ~/.netrc`): a quote ends it.
    // An `account` (or `port`) token may come before or after `login` (`machine h account A-1 login u password p`).
    pattern:
      /(?<![^\s"'])machine\s{1,10}[^\s]{1,253}(?:\s{1,10}(?:account|port)\s{1,10}[^\s]{1,200})?\s{1,10}login\s{1,10}[^\s]{1,200}(?:\s{1,10}(?:account|port)\s{1,10}[^\s]{1,200})?\s{1,10}password\s{1,10}(?<secret>[^\s"'`]{4,400})/,
    minEntropy: 2.5,
    // Anonymous FTP logins take an e-mail address (or anything) as their conventional password.
    validate: (s, ctx) =>
      !/^\$[{(]/.test(s) &&
      isStandIn(s) === undefined &&
      !/^(?:anonymous|ftp)$/i.test(/login\s{1,10}(\S{1,200})(?:\s{1,10}(?:account|port)\s{1,10}\S{1,200})?\s{1,10}password\s{1,10}$/.exec(ctx.text.slice(Math.max(0, ctx.start - 430), ctx.start))?.[1] ?? ''),
    envName: 'NETRC_PASSWORD',
    docsUrl: 'https://everything.curl.dev/usingcurl/netrc.html',
    revocationUrl: null,
    revocationNote: 'Change the password (or revoke the token) at the host the machine line names.',
    examples: {
      positives: (g) => [
        `machine api.github.com\n  login ${g.lower(8)}\n  password ${g.s(g.alnum(36))}\n`,
        `machine example.org login bot password ${g.s(g.alnum(20))}`,
        `RUN echo "machine git.example.com login ci password ${g.s(`${g.lower(6)}-${g.lower(6)}-${g.lower(5)}`)}" > ~/.netrc`,
        `machine files.partner.example account ACME-${g.digits(4)} login acme password ${g.s(g.alnum(14))}`,
      ],
      negatives: () => [
        'machine example.org login bot password $PASSWORD',
        'machine example.org login bot password yourpassword',
        'the state machine has a login form',
        'machine ftp.example.org login anonymous password guest@example.org',
      ],
    },
  },
  {
    id: 'docker-config-auth',
    provider: 'Docker',
    family: 'credential-file',
    priority: 'context',
    description: 'Docker config.json registry auth (base64 user:password)',
    keywords: ['"auth"'],
    pattern: /"auth"\s{0,4}:\s{0,4}"(?<secret>[A-Za-z0-9+/]{8,2000}={0,2})"/,
    validate: isBase64UserPass,
    envName: 'DOCKER_AUTH_CONFIG',
    docsUrl: 'https://docs.docker.com/reference/cli/docker/login/#credential-stores',
    revocationUrl: null,
    revocationNote: 'Change the registry password or revoke the access token it decodes to, then log in with a credential helper.',
    examples: {
      positives: (g) => [
        `{\n  "auths": {\n    "https://index.docker.io/v1/": {\n      "auth": "${g.s(userPass(g))}"\n    }\n  }\n}`,
        `{"auths":{"ghcr.io":{"auth":"${g.s(userPass(g))}"},"registry.gitlab.com":{"auth":"${g.s(userPass(g))}"}}}`,
      ],
      negatives: (g) => [`{ "auths": { "ghcr.io": { "auth": "${g.alnum(24)}" } } }`, `{ "auth": "${btoa(g.lower(10))}" }`],
    },
  },
  tokenRule({
    id: 'docker-swarm-join-token',
    provider: 'Docker',
    family: 'infrastructure',
    description: 'Docker Swarm join token',
    prefix: 'SWMTKN-1-',
    body: '[a-z0-9]{50}-[a-z0-9]{25}',
    envName: 'SWARM_JOIN_TOKEN',
    docsUrl: 'https://docs.docker.com/reference/cli/docker/swarm/join-token/',
    revocationUrl: null,
    revocationNote: 'Rotate it with `docker swarm join-token --rotate worker` (or `manager`); nodes already joined are not affected.',
    sample: (g) => `SWMTKN-1-${g.chars(LOWER_DIGITS, 50)}-${g.chars(LOWER_DIGITS, 25)}`,
    negatives: (g) => [
      `SWARM_JOIN_TOKEN="swmtkn-1-${g.chars(LOWER_DIGITS, 50)}-${g.chars(LOWER_DIGITS, 25)}"`, // prefix in the wrong case
    ],
  }),
  tokenRule({
    id: 'docker-swarm-unlock-key',
    provider: 'Docker',
    family: 'infrastructure',
    description: 'Docker Swarm unlock key',
    prefix: 'SWMKEY-1-',
    body: '[A-Za-z0-9+/]{43}',
    end: 'A-Za-z0-9_+/=-',
    envName: 'SWARM_UNLOCK_KEY',
    docsUrl: 'https://docs.docker.com/engine/swarm/swarm_manager_locking/',
    revocationUrl: null,
    revocationNote: 'Rotate it with `docker swarm unlock-key --rotate` and store the new key in a password manager.',
    sample: (g) => `SWMKEY-1-${g.base64(43)}`,
    negatives: (g) => [
      `SWARM_UNLOCK_KEY="swmkey-1-${g.base64(43)}"`, // prefix in the wrong case
    ],
  }),
  {
    id: 'kubeconfig-client-key',
    provider: 'Kubernetes',
    family: 'credential-file',
    priority: 'context',
    description: 'kubeconfig client private key (client-key-data)',
    keywords: ['client-key-data'],
    pattern: /client-key-data:\s{0,4}["']?(?<secret>LS0tLS1CRUdJTi[A-Za-z0-9+/]{40,20000}={0,2})/,
    // Only the PEM header line is read (48 characters hold `-----BEGIN ENCRYPTED PRIVATE KEY`): what follows it need
    // not decode to text in a pasted or cut value, and the header says what the data is (rw-dev23's k3s kubeconfig).
    validate: (s) => /PRIVATE KEY/.test(decodeBase64Text(s.slice(0, 48)) ?? ''),
    skipPlaceholderCheck: true,
    envName: 'KUBECONFIG_CLIENT_KEY',
    maskPrefix: /^LS0tLS1CRUdJTi/,
    docsUrl: 'https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/',
    revocationUrl: null,
    revocationNote: 'Client certificates cannot be revoked in Kubernetes: rotate the cluster CA or remove the RBAC bindings of that user, then issue a new certificate.',
    examples: {
      positives: (g) => [
        `users:\n- name: admin\n  user:\n    client-certificate-data: ${btoa('-----BEGIN CERTIFICATE-----\n')}\n    client-key-data: ${g.s(btoa(`-----BEGIN RSA PRIVATE KEY-----\n${g.base64(64)}\n${g.base64(64)}\n-----END RSA PRIVATE KEY-----\n`))}\n`,
        `    client-key-data: "${g.s(btoa(`-----BEGIN EC PRIVATE KEY-----\n${g.base64(64)}\n${g.base64(32)}\n-----END EC PRIVATE KEY-----\n`))}"`,
        // The header's base64 run on into key bytes (a value cut from a k3s kubeconfig).
        `    client-key-data: ${g.s(`${btoa('-----BEGIN EC PRIVATE KEY-----\nMHcCAQEE').replace(/=+$/, '')}${g.base64(220)}`)}`,
      ],
      negatives: (g) => [`    client-key-data: ${btoa(`-----BEGIN CERTIFICATE-----\n${g.base64(64)}\n-----END CERTIFICATE-----\n`)}`, '    client-key-data: LS0tLS1CRUdJTi...'],
    },
  },
  contextRule({
    id: 'kubernetes-bootstrap-token',
    provider: 'Kubernetes',
    family: 'credential-file',
    description: 'Kubernetes bootstrap token (kubeadm)',
    names: ['bootstrap[_-]?token', 'kubeadm[_-]?(?:join[_-]?)?token', 'join[_-]?token'],
    keywords: ['bootstrap-token', 'bootstrap_token', 'bootstraptoken', 'join-token', 'join_token', 'jointoken', 'kubeadm-token', 'kubeadm_token', 'kubeadmtoken'],
    value: '[a-z0-9]{6}\\.[a-z0-9]{16}',
    minEntropy: 2.8,
    envName: 'KUBEADM_TOKEN',
    docsUrl: 'https://kubernetes.io/docs/reference/access-authn-authz/bootstrap-tokens/',
    revocationUrl: null,
    revocationNote: 'Delete it with `kubeadm token delete <id>` (or delete the bootstrap-token-<id> Secret in kube-system) and create a short-lived one when needed.',
    sample: (g) => `${g.chars(LOWER_DIGITS, 6)}.${g.chars(LOWER_DIGITS, 16)}`,
    negatives: (g) => [
      `KUBEADM_TOKEN="${g.chars(LOWER_DIGITS, 6)}${g.chars(LOWER_DIGITS, 16)}"` /* no dot */,
      `KUBEADM_TOKEN="${g.chars(LOWER_DIGITS, 6)}.${g.chars(LOWER_DIGITS, 16).toUpperCase()}"` /* upper case */,
    ],
  }),
  {
    id: 'maven-settings-password',
    provider: 'Maven',
    family: 'credential-file',
    priority: 'context',
    description: 'Maven settings.xml server password',
    keywords: ['<password>'],
    pattern: /<password>(?<secret>[^<\s]{4,400})<\/password>/,
    // `{…}` values are encrypted with the settings-security master password; a stored verifier (Syncthing's GUI
    // `<password>$2a$10$…</password>`, other apps' bcrypt or crypt hashes) is no password either.
    // HiveMQ's file RBAC extension keeps hashed passwords in the same element as `base64 salt:base64 hash` (rw-dev20).
    validate: (s, ctx) => !s.startsWith('{') && !isHashOrEncrypted(s) && !saltedHashElement(s, ctx.text, ctx.start),
    minEntropy: 2.5,
    envName: 'MAVEN_PASSWORD',
    docsUrl: 'https://maven.apache.org/settings.html#servers',
    revocationUrl: null,
    revocationNote: 'Change the repository password or revoke the token at the repository manager (Sonatype Central, Nexus, Artifactory…).',
    examples: {
      positives: (g) => [
        `<servers>\n  <server>\n    <id>central</id>\n    <username>${g.lower(8)}</username>\n    <password>${g.s(g.alnum(24))}</password>\n  </server>\n</servers>`,
        `<server><id>nexus</id><username>deploy</username><password>${g.s(`${g.alnum(16)}!${g.digits(3)}`)}</password></server>`,
      ],
      negatives: (g) => [
        '<password>${env.MAVEN_PASSWORD}</password>',
        // A template's substitution token, replaced at install (Koha's koha-conf.xml).
        '<smtp_server>\n  <password>__SMTP_PASSWORD__</password>\n</smtp_server>',
        `<password>{${g.base64(32)}}</password>`,
        `<gui enabled="true">\n  <user>admin</user>\n  <password>$2a$10$${g.base64(53).replace(/[+]/g, '.')}</password>\n</gui>`,
        // HiveMQ file RBAC with hashed passwords: base64 salt, a colon, base64 hash (rw-dev20).
        `<user>\n  <name>monitoring</name>\n  <password>${g.base64(24)}:${g.base64(64)}</password>\n</user>`,
      ],
    },
  },
  {
    id: 'xml-password-element-attributes',
    provider: 'XML config',
    family: 'credential-file',
    priority: 'context',
    description: 'Password in an XML element that carries attributes or a namespace (`<wsse:Password Type="…#PasswordText">`, `<password encrypted="false">`)',
    keywords: ['password>'],
    keywordWindow: { before: 600, after: 40 },
    pattern: /<(?<key>(?:[A-Za-z][\w.-]{0,30}:)?[pP]assword)(?:[ \t]{1,4}[^<>]{1,400})?>(?<secret>[^<>\s]{1,128})<\/\k<key>>/,
    validate: (value, ctx) => {
      const open = ctx.text.slice(ctx.text.lastIndexOf('<', ctx.start), ctx.start);
      // Plain `<password>` is the generic and settings.xml rules'; a digest or an encrypted value is no password.
      if (!/^<[\w.-]+:|\s/.test(open) || /PasswordDigest|encrypted\s*=\s*["']?(?:true|yes|1)|encoding\s*=/i.test(open)) return false;
      return isLiteralPassword(value) && passwordVerdict(value, 'password') === undefined;
    },
    skipPlaceholderCheck: false,
    envName: 'XML_PASSWORD',
    docsUrl: 'https://docs.oasis-open.org/wss-m/wss/v1.1.1/os/wss-UsernameTokenProfile-v1.1.1-os.html',
    revocationUrl: null,
    revocationNote: 'Change the password of the account at the service, and send a PasswordDigest or a token instead of PasswordText.',
    examples: {
      positives: (g) => [
        `<wsse:UsernameToken>\n  <wsse:Username>erp</wsse:Username>\n  <wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">${g.s(humanPassword(g))}</wsse:Password>\n</wsse:UsernameToken>`,
        `<Password encrypted="false">${g.s(g.alnum(16))}</Password>`,
      ],
      negatives: (g) => [
        `<wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordDigest">${g.base64(28)}=</wsse:Password>`,
        `<Password encrypted="true">${g.base64(44)}</Password>`,
        '<wsse:Password Type="#PasswordText">${SOAP_PASSWORD}</wsse:Password>',
      ],
    },
  },
  {
    id: 'nuget-config-password',
    provider: 'NuGet',
    family: 'credential-file',
    priority: 'context',
    description: 'NuGet.config clear-text package source password',
    keywords: ['cleartextpassword'],
    pattern: /<add\s{1,4}key="ClearTextPassword"\s{1,4}value="(?<secret>[^"]{4,400})"/,
    minEntropy: 2.5,
    envName: 'NUGET_PASSWORD',
    docsUrl: 'https://learn.microsoft.com/en-us/nuget/reference/nuget-config-file#packagesourcecredentials',
    revocationUrl: null,
    revocationNote: 'Revoke the token or change the password at the package source (Azure Artifacts, GitHub Packages, …).',
    examples: {
      positives: (g) => [
        `<packageSourceCredentials>\n  <github>\n    <add key="Username" value="bot" />\n    <add key="ClearTextPassword" value="${g.s(g.alnum(30))}" />\n  </github>\n</packageSourceCredentials>`,
        `<add key="ClearTextPassword"  value="${g.s(g.alnum(52))}" />`,
      ],
      negatives: (g) => ['<add key="ClearTextPassword" value="%NUGET_PASSWORD%" />', `<add key="Password" value="${g.base64(120)}" />`],
    },
  },
  {
    id: 'filezilla-password',
    provider: 'FileZilla',
    family: 'credential-file',
    priority: 'context',
    description: 'FileZilla saved site password (sitemanager.xml, recentservers.xml; plain or base64)',
    keywords: ['<pass>', '<pass encoding='],
    pattern: /<Pass(?:[ \t]{1,4}encoding="(?:base64|crypt)")?>(?<secret>[^<\s]{3,400})<\/Pass>/,
    validate: (value, ctx) => {
      // `encoding="crypt"` is encrypted with a master password; base64 is only an encoding.
      const encoding = /encoding="(\w+)"[ \t]*>$/.exec(ctx.text.slice(Math.max(0, ctx.start - 24), ctx.start))?.[1];
      if (encoding === 'crypt') return false;
      const text = encoding === 'base64' ? decodeBase64Text(value) : value.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
      return text !== undefined && passwordVerdict(text, 'Pass') === undefined;
    },
    skipPlaceholderCheck: true,
    envName: 'FTP_PASSWORD',
    docsUrl: 'https://wiki.filezilla-project.org/Site_Manager',
    revocationUrl: null,
    revocationNote: 'Change the FTP/SFTP account password on the server; FileZilla stores saved passwords readable by anyone with the file.',
    examples: {
      positives: (g) => [
        `<Server>\n  <Host>ftp.acme.example</Host>\n  <User>deploy</User>\n  <Pass encoding="base64">${g.s(btoa(humanPassword(g)))}</Pass>\n</Server>`,
        `<Server><Host>files.acme.example</Host><User>web</User><Pass>${g.s(`${g.pick(['Laker', 'Tiger', 'Maple'])}${g.digits(1)}&amp;${g.digits(1)}`)}</Pass></Server>`,
      ],
      negatives: (g) => [`<Pass encoding="crypt">${g.base64(64)}</Pass>`, `<Pass encoding="base64">${btoa('password')}</Pass>`, '<Pass>changeme</Pass>'],
    },
  },
  {
    id: 'wordpress-config-secret',
    provider: 'WordPress',
    family: 'credential-file',
    priority: 'context',
    description: 'wp-config.php database password or auth key/salt',
    keywords: ['db_password', 'auth_key', 'secure_auth', 'logged_in_key', 'nonce_key', 'auth_salt', 'logged_in_salt', 'nonce_salt'],
    pattern: /define\(\s{0,4}['"](?<key>DB_PASSWORD|AUTH_KEY|SECURE_AUTH_KEY|LOGGED_IN_KEY|NONCE_KEY|AUTH_SALT|SECURE_AUTH_SALT|LOGGED_IN_SALT|NONCE_SALT)['"][ \t]{0,4},[ \t]{0,20}'(?<secret>[^'\n]{6,200})'/,
    minEntropy: 2.5,
    // The salt generator's symbols make `<…>`, `${…}` or `$(…)` by chance (one key in 25): read as a template by the
    // shared check, so the check runs here, after a generated key has been recognised.
    skipPlaceholderCheck: true,
    // wp-config-sample.php of every locale puts a sentence where a key goes (`put your unique phrase here`,
    // `mettez une phrase unique ici`, `pon aquí tu frase aleatoria`): words and single spaces, no digit or
    // symbol, never what the salt generator writes.
    validate: (s, ctx) => (/_(?:KEY|SALT)$/.test(ctx.keyName ?? '') ? generatedWordPressKey(s) || (!isPlaceholder(s) && !/^[\p{L}\p{M}'’]+(?: [\p{L}\p{M}'’]+){2,}$/u.test(s)) : !isPlaceholder(s)),
    envName: 'WORDPRESS_DB_PASSWORD',
    docsUrl: 'https://developer.wordpress.org/apis/wp-config-php/#security-keys',
    revocationUrl: 'https://api.wordpress.org/secret-key/1.1/salt/',
    revocationNote: WORDPRESS_CONFIG_NOTE,
    examples: {
      positives: (g) => [
        `define( 'DB_PASSWORD', '${g.s(g.alnum(20))}' );`,
        `define('AUTH_KEY',         '${g.s(g.base64(60))}');`,
        // What the generator writes when its symbols happen to close a `<…>` and a `${…}`.
        `define( 'NONCE_SALT',       '${g.s(`${g.alnum(12)}<${g.alnum(6)}>${g.alnum(14)}\${${g.alnum(5)}}#${g.alnum(7)}!${g.alnum(13)}`)}' );`,
      ],
      negatives: (g) => [
        "define( 'AUTH_KEY', 'put your unique phrase here' );",
        "define( 'DB_PASSWORD', 'password_here' );",
        "define( 'AUTH_SALT', '<your unique phrase>' );",
        `define( 'SECURE_AUTH_KEY', '\${WORDPRESS_SECURE_AUTH_KEY}' );`,
        // A 64-character run of one kind: no generated key.
        `define( 'LOGGED_IN_KEY', '${'x'.repeat(64)}' );`,
        `define( 'DB_PASSWORD', '<db password ${g.digits(2)}>' );`,
      ],
    },
  },
  {
    id: 'pgpass-password',
    provider: 'PostgreSQL',
    family: 'credential-file',
    priority: 'context',
    description: '.pgpass password (host:port:database:user:password)',
    keywords: [':543', ':*:', ':6432:'],
    // Fields may escape `:` and `\` with a backslash (libpq reads `pa\:ss` as `pa:ss`).
    // A pgpass line quoted in a document may be indented (a Markdown code block).
    pattern: /^[ \t]{0,8}[^:\s#]{1,253}:(?:\d{1,5}|\*):(?:[^:\s\\]|\\[:\\]){1,64}:(?:[^:\s\\]|\\[:\\]){1,64}:(?<secret>(?:[^\s"'`\\]|\\[:\\]){1,200})$/m,
    // A pgpass file under any name (`.pgpass`, `pgpass.txt`, `pgpass.prod`), or a file that says it holds that format.
    // The last field is the password and nothing else: words run together, or a single word, are a passphrase there.
    validate: (s, ctx) =>
      (/pgpass[^\\/]*$/i.test(ctx.path ?? '.pgpass') || PGPASS_HEADER.test(ctx.text) || pgpassLinesNamed(ctx.text, ctx.start)) &&
      (passwordVerdict(s.replace(/\\([:\\])/g, '$1'), 'password', { compoundWords: true }) === undefined || isChosenWordPassword(s)),
    skipPlaceholderCheck: true,
    envName: 'PGPASSWORD',
    docsUrl: 'https://www.postgresql.org/docs/current/libpq-pgpass.html',
    revocationUrl: null,
    revocationNote: "Change the database user's password (ALTER ROLE … PASSWORD), then keep .pgpass out of the repository.",
    examples: {
      positives: (g) => [
        `db01.internal:5432:app:app_rw:${g.s(`${g.alnum(9)}#${g.digits(2)}`)}\n*:*:reporting:report_ro:${g.s(`${g.alnum(12)}`)}\n`,
        `localhost:5432:*:postgres:${g.s(g.hex(32))}\n`,
        `pg01:5432:*:app:${g.s(`${humanPassword(g)}\\:${g.digits(2)}`)}\n`,
        `put this in ~/.pgpass and chmod 600\n\`\`\`\ndb-replica.internal:5432:*:reporting:${g.s(humanPassword(g))}\n\`\`\`\n`,
        `~/.pgpass\n\n    db.internal:5432:*:report:${g.s(g.alnum(12))}\n`,
        // The field holds the password and nothing else: a single word is one there (rw-dev9).
        `db-prod-01.int.lan:5432:billing:billing_ro:${g.s(g.pick(['kolibri', 'holunder', 'Zander']))}\n`,
      ],
      negatives: () => ['localhost:5432:*:postgres:changeme\n', 'db:5432:app:app:*\n', 'localhost:5432:*:postgres:postgres\n'],
    },
  },
  {
    id: 'pgbouncer-userlist-password',
    provider: 'PgBouncer',
    family: 'credential-file',
    priority: 'context',
    description: 'PgBouncer userlist.txt password',
    keywords: ['" "'],
    keywordWindow: { before: 80, after: 220 },
    pattern: /^"[^"\n]{1,64}"[ \t]{1,8}"(?<secret>[^"\n]{1,200})"/m,
    // Hashes (md5…, SCRAM-SHA-256$…) are what the file should hold. The second field is the password and nothing else:
    // words run together, or a single word, are one there.
    validate: (s, ctx) => /userlist[^\\/]*\.txt$/i.test(ctx.path ?? 'userlist.txt') && (passwordVerdict(s, 'password', { compoundWords: true }) === undefined || isChosenWordPassword(s)),
    skipPlaceholderCheck: true,
    envName: 'PGBOUNCER_PASSWORD',
    docsUrl: 'https://www.pgbouncer.org/config.html#authentication-file-format',
    revocationUrl: null,
    revocationNote: 'Change the password of that database user and store an md5 or SCRAM hash in userlist.txt instead.',
    examples: {
      positives: (g) => [
        `"pgbouncer" "${g.s(`${g.alnum(10)}#${g.digits(2)}`)}"\n"app" "${g.s(g.alnum(20))}"\n`,
        `"stats" "${g.s(`${g.lower(6)}${g.digits(3)}!`)}"\n`,
        `"analytics" "${g.s(g.pick(['kolibrizander', 'holunderbirke']))}"\n`,
      ],
      negatives: (g) => [`"app" "md5${g.hex(32)}"\n`, `"app" "SCRAM-SHA-256$4096:${g.base64(24)}$${g.base64(44)}:${g.base64(44)}"\n`],
    },
  },
  {
    id: 'haproxy-password',
    provider: 'HAProxy',
    family: 'credential-file',
    priority: 'context',
    description: 'HAProxy clear-text password (userlist insecure-password, stats auth)',
    keywords: ['insecure-password', 'stats auth'],
    pattern: /(?:\binsecure-password[ \t]{1,8}|\bstats[ \t]{1,8}auth[ \t]{1,8}[^:\s]{1,64}:)(?<secret>[^\s#"'`\\]{1,200})/,
    validate: (s) => passwordVerdict(s, 'password') === undefined,
    skipPlaceholderCheck: true,
    envName: 'HAPROXY_PASSWORD',
    docsUrl: 'https://docs.haproxy.org/2.8/configuration.html#3.4',
    revocationUrl: null,
    revocationNote: 'Change the password and use `password <crypt hash>` in the userlist instead of insecure-password.',
    examples: {
      positives: (g) => [`userlist admins\n    user admin insecure-password ${g.s(`${g.alnum(8)}!${g.digits(2)}`)}\n`, `listen stats\n    stats auth ops:${g.s(`${g.lower(7)}${g.digits(2)}`)}\n`],
      negatives: () => ['    user admin password $6$abcdefgh$ijklmnop\n', '    stats auth admin:admin\n'],
    },
  },
  {
    id: 'network-device-password',
    provider: 'Network device',
    family: 'credential-file',
    priority: 'context',
    description: 'Clear-text password, SNMP community or TACACS+/RADIUS key in a network device configuration',
    keywords: ['password 0 ', 'password 7 ', 'secret 0 ', 'snmp-server community', 'enable password', 'enable secret', 'key '],
    keywordWindow: { before: 40, after: 220 },
    // Type 0 is clear text and type 7 Cisco's reversible obfuscation (it decodes with a public table, so it is the
    // password too); `crypto isakmp key` is an IKEv1 pre-shared key. `enable secret X` without a type is the clear
    // text typed at the prompt (a console log, a setup script: rw-dev15); the device stores it as `enable secret 9 $9$…`,
    // whose one-digit type the value's four characters never match.
    pattern:
      /(?:\bpassword[ \t]{1,4}[07][ \t]{1,4}|\bsecret[ \t]{1,4}0[ \t]{1,4}|\bsnmp-server[ \t]{1,4}community[ \t]{1,4}|\benable[ \t]{1,4}password[ \t]{1,4}|\benable[ \t]{1,4}secret[ \t]{1,4}(?:0[ \t]{1,4})?(?!level\b)|\bcrypto[ \t]{1,4}isakmp[ \t]{1,4}key[ \t]{1,4}(?:0[ \t]{1,4})?|^[ \t]{0,8}(?:tacacs-server[ \t]{1,4}|radius-server[ \t]{1,4})?key[ \t]{1,4}(?:[07][ \t]{1,4})?)(?<secret>[^\s"'`\\]{4,200})/m,
    validate: (s, ctx) => {
      const line = ctx.text.slice(Math.max(0, ctx.text.lastIndexOf('\n', ctx.start - 1) + 1), ctx.start);
      const type7 = /(?:password|key)[ \t]{1,4}7[ \t]{1,4}$/.test(line);
      // Type 7: a two-digit offset into the table (00 to 15), then the password's bytes in hex.
      if (type7 && !/^(?:0\d|1[0-5])(?:[0-9A-Fa-f]{2}){2,100}$/.test(s)) return false;
      // A bare `key X` line belongs to a `tacacs server` / `radius server` block just above it.
      if (/^[ \t]{0,8}key\b/.test(line) && !/(?:tacacs|radius)[^\n]{0,60}\n(?:[^\n]{0,120}\n){0,4}[ \t]{0,8}key\b[^\n]{0,20}$/i.test(ctx.text.slice(Math.max(0, ctx.start - 600), ctx.start))) return false;
      // ASA writes stored forms with a trailing word (`enable password 8Ry2YjIyt7RRXU24 encrypted`, `… pbkdf2`).
      if (/^[ \t]{1,4}(?:encrypted|pbkdf2|nt-encrypted)\b/.test(ctx.text.slice(ctx.end, ctx.end + 20))) return false;
      return type7 || passwordVerdict(s, 'password') === undefined;
    },
    skipPlaceholderCheck: true,
    envName: 'DEVICE_PASSWORD',
    docsUrl: 'https://www.cisco.com/c/en/us/support/docs/security-vpn/remote-authentication-dial-user-service-radius/107614-64.html',
    revocationUrl: null,
    revocationNote: 'Change the password, community string or shared key on the device (and on the TACACS+/RADIUS server), and store only hashed secrets (secret 9 / 8).',
    examples: {
      positives: (g) => [
        `username netadmin privilege 15 password 0 ${g.s(`${g.alnum(6)}_${g.digits(4)}`)}\n`,
        `snmp-server community ${g.s(g.alnum(12))} RO 10\n`,
        `tacacs server TAC1\n address ipv4 10.0.0.5\n key ${g.s(`${g.alnum(6)}.${g.alnum(3)}`)}\n`,
        `line vty 0 4\n password 7 ${g.s(`0${g.digits(1)}${g.hex(20).toUpperCase()}`)}\n login local\n`,
        `crypto isakmp key ${g.s(g.alnum(20))} address 203.0.113.17\n`,
        `rtr-mad-02#configure terminal\nrtr-mad-02(config)#enable secret ${g.s(`${g.digits(1)}${g.lower(4)}${g.digits(3)}`)}\nrtr-mad-02(config)#end\n`,
      ],
      negatives: () => [
        'enable secret 9 $9$abcdefgh$ijklmnopqrstuv\n',
        'snmp-server community public RO\n',
        'crypto key generate rsa modulus 2048\n',
        'enable password 8Ry2YjIyt7RRXU24 pbkdf2\n',
        'enable secret 5 $1$mERr$hx5rVt7rPNoS4wqbXKX7m0\n',
        'enable secret level 15 5 $1$mERr$hx5rVt7rPNoS4wqbXKX7m0\n',
        'enable secret <password>\n',
      ],
    },
  },
  {
    id: 'ipsec-secrets-psk',
    provider: 'IPsec',
    family: 'credential-file',
    priority: 'context',
    description: 'ipsec.secrets pre-shared key or EAP/XAUTH password',
    keywords: ['psk "', 'eap "', 'xauth "', 'ntlm "'],
    keywordWindow: { before: 16, after: 220 },
    pattern: /:[ \t]{0,4}(?:PSK|EAP|XAUTH|NTLM)[ \t]{1,4}"(?<secret>[^"\n]{1,200})"/,
    validate: (s) => passwordVerdict(s, 'password') === undefined,
    skipPlaceholderCheck: true,
    envName: 'IPSEC_PSK',
    docsUrl: 'https://docs.strongswan.org/docs/5.9/swanctl/swanctlConf.html#_secrets',
    revocationUrl: null,
    revocationNote: 'Replace the pre-shared key on both peers (or the user password on the EAP server) and keep ipsec.secrets out of version control.',
    examples: {
      positives: (g) => [`203.0.113.10 198.51.100.20 : PSK "${g.s(`${g.lower(6)}-${g.lower(6)}-${g.lower(6)}`)}"\n`, `jdoe : EAP "${g.s(`${g.alnum(8)}+${g.digits(2)}`)}"\n`],
      negatives: () => [': PSK "changeme"\n', ': RSA moon.key\n'],
    },
  },
  {
    id: 'kubernetes-secret-data',
    provider: 'Kubernetes',
    family: 'credential-file',
    priority: 'context',
    description: 'Kubernetes Secret data value (base64 of a password, token or connection string)',
    keywords: ['kind: secret'],
    pattern: /^[ \t]{1,8}(?<key>[\w.-]{1,64}):[ \t]{1,4}["']?(?<secret>[A-Za-z0-9+/]{4,4000}={0,2})["']?[ \t]*$/m,
    validate: validateSecretData,
    skipPlaceholderCheck: true,
    envName: 'KUBERNETES_SECRET',
    docsUrl: 'https://kubernetes.io/docs/concepts/configuration/secret/',
    revocationUrl: null,
    revocationNote: 'base64 is no encryption: rotate the credential it holds, then keep it in a sealed or external secret (Sealed Secrets, SOPS, External Secrets).',
    examples: {
      positives: (g) => [
        `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app\ntype: Opaque\ndata:\n  DB_PASSWORD: ${g.s(btoa(`${g.alnum(10)}!${g.digits(2)}`))}\n  API_TOKEN: ${g.s(btoa(g.alnum(32)))}\n  REDIS_URL: ${g.s(btoa(`redis://:${g.alnum(16)}@redis:6379/0`))}\n`,
        `---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ndata:\n  password: ${g.s(btoa(`${g.alnum(8)}#${g.digits(3)}`))}\n`,
      ],
      negatives: (g) => [
        `kind: Secret\ndata:\n  username: ${btoa('admin')}\n  password: ${btoa('changeme')}\n`,
        `kind: ConfigMap\ndata:\n  password: ${btoa(g.alnum(16))}\n`,
        `kind: Secret\ntype: kubernetes.io/dockerconfigjson\ndata:\n  .dockerconfigjson: ${btoa(JSON.stringify({ auths: { 'ghcr.io': { auth: btoa('user:password') } } }))}\n`,
      ],
    },
  },
  {
    id: 'erlang-cookie',
    provider: 'Erlang / RabbitMQ',
    family: 'credential-file',
    priority: 'context',
    description: 'Erlang distribution cookie (RabbitMQ clusters: RABBITMQ_ERLANG_COOKIE, Helm erlangCookie)',
    keywords: ['erlang'],
    keywordWindow: { before: 60, after: 200 },
    // Anyone holding the cookie can join the cluster and run code on its nodes.
    // Runbooks and notes write it as words with a remark before the colon: `Erlang cookie (needed to join nodes): X`.
    pattern:
      /(?<![A-Za-z0-9])(?<key>[\w.-]{0,30}[eE][rR][lL][aA][nN][gG][ _.-]?[cC][oO][oO][kK][iI][eE])["']?(?:[ \t]{1,3}\([^()\n]{1,60}\))?[ \t]{0,4}[=:][ \t]{0,4}["'`]?(?<secret>[A-Za-z0-9+/=_-]{16,256})(?![A-Za-z0-9+/=_-])/,
    // In words (`erlang cookie`), only the shape RabbitMQ generates: 20 upper-case letters.
    validate: (value, ctx) => (/ /.test(ctx.keyName ?? '') ? /^[A-Z]{20}$/.test(value) && !/^(.)\1+$/.test(value) : tokenVerdict(value, 'cookie_secret', 'secret') === undefined || /^[A-Z]{16,}$/.test(value)),
    envName: 'RABBITMQ_ERLANG_COOKIE',
    docsUrl: 'https://www.rabbitmq.com/docs/clustering#erlang-cookie',
    revocationUrl: null,
    revocationNote: 'Set a new cookie on every node (and CLI host) and restart them; a leaked cookie lets anyone join the cluster.',
    examples: {
      positives: (g) => [
        `rabbitmq:\n  auth:\n    erlangCookie: ${g.s(g.upper(20))}\n`,
        `RABBITMQ_ERLANG_COOKIE=${g.s(g.alnum(32))}`,
        `3. Erlang cookie (needed to join nodes): ${g.s(g.upper(20))}\n`,
        `- erlang cookie (must be identical on all nodes): \`${g.s(g.upper(20))}\`\n`,
      ],
      negatives: (g) => [
        'erlangCookie: ${ERLANG_COOKIE}',
        'RABBITMQ_ERLANG_COOKIE=changeme',
        'erlang_cookie_file: /var/lib/rabbitmq/.erlang.cookie',
        `Erlang cookie (see the vault): ${g.lower(20)}\n`,
        'Erlang cookie: XXXXXXXXXXXXXXXXXXXX\n',
      ],
    },
  },
  {
    id: 'erlang-term-cookie',
    provider: 'Erlang / RabbitMQ',
    family: 'credential-file',
    priority: 'context',
    description: "Erlang distribution cookie in Erlang terms or node arguments ({cookie, 'X'} in sys.config, -setcookie X in vm.args, erlang:set_cookie(node(), 'X'))",
    keywords: ['cookie,', 'cookie ,', '-setcookie', 'set_cookie('],
    keywordWindow: { before: 40, after: 300 },
    // An atom is quoted with `'`; vm.args takes the bare word. Anyone holding the cookie can run code on the nodes.
    pattern: /(?:\{[ \t]{0,4}(?:[a-z]{1,20}_)?cookie[ \t]{0,4},[ \t]{0,4}'|(?<![\w-])-setcookie[ \t]{1,4}'?|\bset_cookie\([^,\n]{0,40},[ \t]{0,4}')(?<secret>[A-Za-z0-9_@.+=-]{8,256})(?=['\s]|$)/,
    validate: (value) => !/cookie|secret|change|example|placeholder|xxxx|^(.)\1+$/i.test(value) && (tokenVerdict(value, 'cookie_secret', 'secret') === undefined || /^[A-Za-z]{8,}$/.test(value)),
    envName: 'RELEASE_COOKIE',
    docsUrl: 'https://www.erlang.org/doc/system/distributed.html#security',
    revocationUrl: null,
    revocationNote: 'Set a new cookie on every node (and CLI host) and restart them; a leaked cookie lets anyone join the cluster.',
    examples: {
      positives: (g) => [`[{kernel, [\n   {cluster_cookie, '${g.s(g.alnum(20))}'},\n   {node_id, "n1"}\n]}].\n`, `-name chat@10.0.0.5\n-setcookie ${g.s(g.upper(20))}\n+K true\n`],
      negatives: () => ["{cookie, 'changeme'}", '-setcookie ${RELEASE_COOKIE}', "{cookie_file, '/var/lib/app/.erlang.cookie'}"],
    },
  },
  {
    id: 'composer-auth-host-token',
    provider: 'Composer',
    family: 'credential-file',
    priority: 'context',
    severity: 'warning',
    description: 'Token keyed by host in Composer auth (`"bearer"`, `"gitlab-token"`, `"gitlab-oauth"`, `"github-oauth"` maps of auth.json)',
    keywords: ['bearer', 'gitlab-token', 'gitlab-oauth', 'github-oauth'],
    keywordWindow: { before: 8, after: 1200 },
    pattern: /"(?<key>[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}(?::\d{1,5})?)"[ \t]{0,4}:[ \t]{0,4}"(?<secret>[A-Za-z0-9_.~+/=-]{16,400})"/,
    // The host's entry sits in a map named for the kind of token (the host alone names no secret).
    validate: (value, ctx) => {
      if (ctx.path !== undefined && !/(?:^|[\\/])(?:auth|composer)\.json$/i.test(ctx.path)) return false;
      const keyStart = ctx.text.lastIndexOf(`"${ctx.keyName ?? ''}"`, ctx.start);
      return /^(?:bearer|gitlab-token|gitlab-oauth|github-oauth)$/.test(keyPathAt(ctx.text, keyStart + 1, undefined, 1)[0] ?? '') && tokenVerdict(value, 'token', 'token') === undefined;
    },
    envName: 'COMPOSER_AUTH',
    docsUrl: 'https://getcomposer.org/doc/articles/authentication-for-private-packages.md',
    revocationUrl: null,
    revocationNote: 'Revoke the token at the host it is keyed by (the private repository, GitLab or GitHub) and keep auth.json out of the repository.',
    examples: {
      positives: (g) => [`{\n    "bearer": {\n        "packages.example.com": "${g.s(g.alnum(40))}"\n    }\n}\n`, `{\n  "gitlab-token": {\n    "gitlab.example.org": "${g.s(g.base64url(24))}"\n  }\n}\n`],
      negatives: (g) => [`{\n  "repositories": {\n    "packages.example.com": "${g.alnum(40)}"\n  }\n}\n`, '{\n    "bearer": {\n        "packages.example.com": "your-token-goes-here"\n    }\n}\n'],
    },
  },
  {
    id: 'consul-gossip-key',
    provider: 'HashiCorp Consul',
    family: 'credential-file',
    priority: 'context',
    description: 'Consul / Nomad / Serf gossip encryption key (`encrypt = "…"`, 32 bytes in base64)',
    keywords: ['encrypt'],
    keywordWindow: { before: 40, after: 120 },
    pattern: /(?<![\w.-])(?<key>encrypt(?:[_-]?key)?|CONSUL_ENCRYPT(?:_KEY)?|NOMAD_ENCRYPT(?:_KEY)?|SERF_ENCRYPT_KEY)["']?[ \t]{0,24}[=:][ \t]{0,4}["']?(?<secret>[A-Za-z0-9+/]{43}=)(?![A-Za-z0-9+/=])/,
    validate: (value) => tokenVerdict(value, 'encrypt_key', 'key') === undefined,
    envName: 'CONSUL_ENCRYPT_KEY',
    docsUrl: 'https://developer.hashicorp.com/consul/docs/security/encryption/gossip',
    revocationUrl: null,
    revocationNote: 'Rotate the gossip key (consul keyring -install / -use / -remove) and keep the new one out of the config file.',
    examples: {
      positives: (g) => [`datacenter = "eu1"\nencrypt    = "${g.s(`${g.base64(43)}=`)}"\n`, `"encrypt": "${g.s(`${g.base64(43)}=`)}",`],
      negatives: () => ['encrypt = true', 'encrypt = "${gossip_key}"', 'encrypt_verify_incoming = true'],
    },
  },
  {
    id: 'consul-agent-config-token',
    provider: 'HashiCorp Consul',
    family: 'credential-file',
    priority: 'context',
    description: 'Consul ACL token in an agent config (`acl { tokens { initial_management = "…" } }`, acl_master_token)',
    keywords: ['initial_management', 'agent_recovery', 'acl_master_token', 'acl_token', 'agent_master', 'replication', 'agent', 'default'],
    keywordWindow: { before: 40, after: 120 },
    pattern:
      /(?<![\w.-])(?<key>initial_management|agent_recovery|agent_master|master|agent|default|replication|config_file_service_registration|dns|acl_master_token|acl_agent_token|acl_agent_master_token|acl_token|acl_replication_token)["']?[ \t]{0,24}[=:][ \t]{0,4}["'](?<secret>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})["']/,
    validate: (_value, ctx) => {
      if ((ctx.keyName ?? '').startsWith('acl_')) return true;
      // The short names are tokens only inside `acl { tokens { … } }`.
      const at = ctx.text.lastIndexOf(ctx.keyName ?? '', ctx.start);
      return keyPathAt(ctx.text, at, undefined, 2)[0] === 'tokens';
    },
    skipPlaceholderCheck: true,
    envName: 'CONSUL_HTTP_TOKEN',
    docsUrl: 'https://developer.hashicorp.com/consul/docs/agent/config/config-files#acl_tokens',
    revocationUrl: null,
    revocationNote: 'Create a new token (consul acl token create / bootstrap reset for the management token), delete this one, and load tokens from a file or Vault.',
    examples: {
      positives: (g) => [`acl {\n  enabled = true\n  tokens {\n    initial_management = "${g.s(g.uuid())}"\n    agent              = "${g.s(g.uuid())}"\n  }\n}\n`, `acl_master_token = "${g.s(g.uuid())}"`],
      negatives: (g) => [`services {\n  default = "${g.uuid()}"\n}\n`, `node_id = "${g.uuid()}"`],
    },
  },
];
