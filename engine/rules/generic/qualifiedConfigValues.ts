// Config lines whose key or value carries a qualifier the shared keyed grammar does not read (rw-dev18):
// - a key with a bracketed qualifier, Liferay's per-instance properties (`saml.keystore.credential.password[spid-sp]=v`);
// - a value with a source prefix, CKAN's `string:` (`api_token.jwt.encode.secret = string:v`; `file:` names a path);
// - Zope's initial manager login in a Plone buildout (`user = admin:v` under a `plone.recipe.zope2instance` part).
import { fileKind } from '../../validators/fileKind';
import { readSecretName } from '../../validators/secretName';
import { namedValueVerdict, passwordVerdict } from '../../validators/secretValue';
import type { MatchContext, Rule } from '../../types';

const CONFIG_PATH = /\.(?:properties|ini|cfg|conf)$/i;

const inConfig = (path: string | undefined) => path === undefined || CONFIG_PATH.test(path);
const buildoutPath = (path: string | undefined) => path === undefined || /\.cfg$/i.test(path);

/** CKAN's JWT secrets (`api_token.jwt.encode.secret`): `encode` before `secret` otherwise names a function or a step. */
const JWT_SECRET_KEY = /(?:^|[._-])jwt[._-](?:en|de)code[._-]secret$/i;

function namedValue(value: string, ctx: MatchContext): boolean {
  if (!inConfig(ctx.path) || fileKind(ctx.path) === 'example') return false;
  const key = ctx.keyName;
  const reading = key === undefined ? undefined : (readSecretName(key) ?? (JWT_SECRET_KEY.test(key) ? { kind: 'secret' as const, word: 'secret' } : undefined));
  if (key === undefined || reading === undefined) return false;
  return namedValueVerdict(value, key, reading, { config: true, compoundWords: reading.kind === 'password' }) === undefined;
}

const common = {
  provider: 'Generic',
  family: 'generic' as const,
  priority: 'generic' as const,
  envName: 'SECRET',
  severity: 'warning' as const,
  revocationUrl: null,
  revocationNote: 'Change the secret where it is issued, then read it from the environment or a secret store.',
};

export const qualifiedConfigValueRules: Rule[] = [
  {
    ...common,
    id: 'bracketed-key-secret',
    description: 'Secret under a config key with a bracketed qualifier (Liferay `…password[instance]=v`)',
    keywords: ['password[', 'secret[', 'key[', 'token['],
    keywordWindow: { before: 80, after: 260 },
    pattern: /^[ \t]{0,8}(?<key>[A-Za-z_][\w.-]{0,80})\[[\w.:-]{1,40}\][ \t]{0,4}=[ \t]{0,4}(?<secret>[^\s"'`\\]{4,200})[ \t]*\r?$/m,
    appliesToPath: inConfig,
    validate: namedValue,
    docsUrl: 'https://learn.liferay.com/w/dxp/installation-and-upgrades/reference/portal-properties',
    examples: {
      positives: (g) => [`saml.keystore.credential.password[spid-sp]=${g.s(`${g.alnum(10)}9`)}`, `jdbc.default.password[shard${g.digits(1)}]=${g.s(`${g.alnum(12)}4`)}`],
      negatives: (g) => [`saml.keystore.credential.password[spid-sp]=\${env:SAML_KEY_PASSWORD}`, `module.framework.properties.key[${g.lower(4)}]=lpkg`],
    },
  },
  {
    ...common,
    id: 'string-prefixed-secret',
    description: "Secret given with CKAN's `string:` source prefix (`api_token.jwt.encode.secret = string:v`)",
    keywords: ['string:'],
    keywordWindow: { before: 120, after: 220 },
    pattern: /(?<![\w.-])(?<key>[A-Za-z_][\w.-]{0,80})[ \t]{0,4}=[ \t]{0,4}string:(?<secret>[^\s"'`\\]{8,200})[ \t]*\r?$/m,
    appliesToPath: inConfig,
    validate: namedValue,
    docsUrl: 'https://docs.ckan.org/en/latest/maintaining/configuration.html#api-token-jwt-encode-secret',
    examples: {
      positives: (g) => [`api_token.jwt.encode.secret = string:${g.s(g.base64url(32))}`, `api_token.jwt.encode.secret=string:${g.s(g.hex(64))}`],
      negatives: () => ['api_token.jwt.encode.secret = file:/etc/ckan/jwt.key', 'api_token.jwt.decode.secret = string:changeme'],
    },
  },
  {
    ...common,
    id: 'plone-zope-instance-user',
    description: "Zope manager password in a Plone buildout's `user = admin:v`",
    keywords: ['user'],
    keywordWindow: { before: 0, after: 220 },
    pattern: /^[ \t]{0,8}user[ \t]{0,8}=[ \t]{0,8}[\w.@-]{1,40}:(?<secret>[^\s"'`\\]{4,128})[ \t]*\r?$/m,
    appliesToPath: buildoutPath,
    // Only in a buildout that makes a Zope instance: `user =` means other things in other .cfg files.
    appliesToText: (text) => text.includes('zope2instance') || text.includes('plone.recipe'),
    validate: (value, ctx) =>
      buildoutPath(ctx.path) && /zope2instance|plone\.recipe/.test(ctx.text) && fileKind(ctx.path) !== 'example' && passwordVerdict(value, 'password', { compoundWords: true }) === undefined,
    docsUrl: 'https://pypi.org/project/plone.recipe.zope2instance/',
    examples: {
      positives: (g) => [
        `[instance]\nrecipe = plone.recipe.zope2instance\nhttp-address = 8080\nuser = manager:${g.s(`${g.alnum(10)}7`)}`,
        `[buildout]\nparts = instance\n\n[instance]\nrecipe = plone.recipe.zope2instance\nuser = admin:${g.s(`${g.alnum(9)}3`)}\neggs = Plone`,
      ],
      negatives: (g) => [`[instance]\nrecipe = plone.recipe.zope2instance\nuser = admin:admin`, `[server]\nuser = deploy:${g.alnum(10)}`],
    },
  },
];
