// Credentials in the config files tools read: .npmrc, .pypirc, .netrc, docker config.json, kubeconfig,
// Maven settings.xml, NuGet.config, wp-config.php.
import type { ExampleGen, Rule } from '../types';
import { LOWER_DIGITS } from './alphabets';
import { contextRule, tokenRule } from './ruleBuilders';

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

const userPass = (g: ExampleGen) => btoa(`${g.lower(8)}:${g.alnum(20)}`);

export const credentialFileRules: Rule[] = [
  {
    id: 'npmrc-auth-token',
    provider: 'npm',
    family: 'credential-file',
    priority: 'context',
    description: '.npmrc registry auth token (_authToken)',
    keywords: ['_authtoken'],
    pattern: /(?<![A-Za-z0-9_])_authToken\s{0,4}=\s{0,4}["']?(?<secret>[A-Za-z0-9_.+/=:-]{8,400})(?![A-Za-z0-9_.+/=:-])/,
    minEntropy: 3,
    envName: 'NPM_TOKEN',
    docsUrl: 'https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration',
    revocationUrl: 'https://www.npmjs.com/settings/~/tokens',
    revocationNote: 'For a private registry, revoke the token in that registry (GitHub Packages, Artifactory, Azure Artifacts…).',
    examples: {
      positives: (g) => [`//registry.npmjs.org/:_authToken=${g.s(g.alnum(36))}`, `//npm.pkg.github.com/:_authToken="${g.s(g.base64url(40))}"`],
      negatives: () => ['//registry.npmjs.org/:_authToken=${NPM_TOKEN}', '//registry.npmjs.org/:_authToken=xxxxxxxxxxxxxxxx'],
    },
  },
  {
    id: 'npmrc-basic-auth',
    provider: 'npm',
    family: 'credential-file',
    priority: 'context',
    description: '.npmrc base64 credentials (_auth / _password)',
    keywords: ['_auth', '_password'],
    pattern: /(?<![A-Za-z0-9_])_(?:auth|password)\s{0,4}=\s{0,4}["']?(?<secret>[A-Za-z0-9+/]{8,400}={0,2})(?![A-Za-z0-9+/=])/,
    validate: (s, ctx) => (/_auth\s{0,4}=/.test(ctx.text.slice(Math.max(0, ctx.start - 12), ctx.start)) ? isBase64UserPass(s) : decodeBase64Text(s) !== undefined),
    envName: 'NPM_AUTH',
    docsUrl: 'https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration',
    revocationUrl: null,
    revocationNote: 'Change the password of the account these credentials belong to (they decode to user:password), then use a token instead.',
    examples: {
      positives: (g) => [`_auth=${g.s(userPass(g))}`, `//registry.example.com/:_password="${g.s(btoa(g.alnum(18)))}"`],
      negatives: (g) => [`_auth=${g.alnum(24)}`, '_auth=${NPM_AUTH}'],
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
      positives: (g) => [`[distutils]\nindex-servers =\n  pypi\n\n[pypi]\nusername = ${g.lower(8)}\npassword = ${g.s(g.alnum(24))}\n`, `[testpypi]\nrepository = https://test.pypi.org/legacy/\nusername = ${g.lower(6)}\npassword: ${g.s(g.alnum(30))}\n`],
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
    pattern: /(?<![^\s])machine\s{1,10}[^\s]{1,253}\s{1,10}login\s{1,10}[^\s]{1,200}\s{1,10}password\s{1,10}(?<secret>[^\s]{4,400})/,
    minEntropy: 2.5,
    envName: 'NETRC_PASSWORD',
    docsUrl: 'https://everything.curl.dev/usingcurl/netrc.html',
    revocationUrl: null,
    revocationNote: 'Change the password (or revoke the token) at the host the machine line names.',
    examples: {
      positives: (g) => [`machine api.github.com\n  login ${g.lower(8)}\n  password ${g.s(g.alnum(36))}\n`, `machine example.org login bot password ${g.s(g.alnum(20))}`],
      negatives: () => ['machine example.org login bot password $PASSWORD', 'the state machine has a login form'],
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
      positives: (g) => [`{\n  "auths": {\n    "https://index.docker.io/v1/": {\n      "auth": "${g.s(userPass(g))}"\n    }\n  }\n}`, `{"auths":{"ghcr.io":{"auth":"${g.s(userPass(g))}"},"registry.gitlab.com":{"auth":"${g.s(userPass(g))}"}}}`],
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
    validate: (s) => /PRIVATE KEY/.test(decodeBase64Text(s.slice(0, 80).replace(/=+$/, '').slice(0, 76)) ?? ''),
    skipPlaceholderCheck: true,
    envName: 'KUBECONFIG_CLIENT_KEY',
    maskPrefix: /^LS0tLS1CRUdJTi/,
    docsUrl: 'https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/',
    revocationUrl: null,
    revocationNote: 'Client certificates cannot be revoked in Kubernetes: rotate the cluster CA or remove the RBAC bindings of that user, then issue a new certificate.',
    examples: {
      positives: (g) => [`users:\n- name: admin\n  user:\n    client-certificate-data: ${btoa('-----BEGIN CERTIFICATE-----\n')}\n    client-key-data: ${g.s(btoa(`-----BEGIN RSA PRIVATE KEY-----\n${g.base64(64)}\n${g.base64(64)}\n-----END RSA PRIVATE KEY-----\n`))}\n`, `    client-key-data: "${g.s(btoa(`-----BEGIN EC PRIVATE KEY-----\n${g.base64(64)}\n${g.base64(32)}\n-----END EC PRIVATE KEY-----\n`))}"`],
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
    // `{…}` values are encrypted with the settings-security master password.
    validate: (s) => !s.startsWith('{'),
    minEntropy: 2.5,
    envName: 'MAVEN_PASSWORD',
    docsUrl: 'https://maven.apache.org/settings.html#servers',
    revocationUrl: null,
    revocationNote: 'Change the repository password or revoke the token at the repository manager (Sonatype Central, Nexus, Artifactory…).',
    examples: {
      positives: (g) => [`<servers>\n  <server>\n    <id>central</id>\n    <username>${g.lower(8)}</username>\n    <password>${g.s(g.alnum(24))}</password>\n  </server>\n</servers>`, `<server><id>nexus</id><username>deploy</username><password>${g.s(`${g.alnum(16)}!${g.digits(3)}`)}</password></server>`],
      negatives: (g) => ['<password>${env.MAVEN_PASSWORD}</password>', `<password>{${g.base64(32)}}</password>`],
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
    id: 'wordpress-config-secret',
    provider: 'WordPress',
    family: 'credential-file',
    priority: 'context',
    description: 'wp-config.php database password or auth key/salt',
    keywords: ['db_password', 'auth_key', 'secure_auth', 'logged_in_key', 'nonce_key', 'auth_salt', 'logged_in_salt', 'nonce_salt'],
    pattern: /define\(\s{0,4}['"](?<key>DB_PASSWORD|AUTH_KEY|SECURE_AUTH_KEY|LOGGED_IN_KEY|NONCE_KEY|AUTH_SALT|SECURE_AUTH_SALT|LOGGED_IN_SALT|NONCE_SALT)['"][ \t]{0,4},[ \t]{0,20}'(?<secret>[^'\n]{6,200})'/,
    minEntropy: 2.5,
    envName: 'WORDPRESS_DB_PASSWORD',
    docsUrl: 'https://developer.wordpress.org/apis/wp-config-php/#security-keys',
    revocationUrl: 'https://api.wordpress.org/secret-key/1.1/salt/',
    revocationNote: 'Change the database password; replace keys and salts with new ones (this logs every user out).',
    examples: {
      positives: (g) => [`define( 'DB_PASSWORD', '${g.s(g.alnum(20))}' );`, `define('AUTH_KEY',         '${g.s(g.base64(60))}');`],
      negatives: () => ["define( 'AUTH_KEY', 'put your unique phrase here' );", "define( 'DB_PASSWORD', 'password_here' );"],
    },
  },
];
