// Bitwarden: Bitwarden Secrets Manager machine account access token, Bitwarden personal / organization API key client secret.
import type { Rule } from '../../types';
import { contextRule, namedPart } from '../ruleBuilders';

export const bitwardenRules: Rule[] = [
  contextRule({
    id: 'bitwarden-secrets-manager-access-token',
    provider: 'Bitwarden',
    family: 'infrastructure',
    description: 'Bitwarden Secrets Manager machine account access token',
    names: ['bws[_-]?(?:access[_-]?)?token', 'bitwarden[a-z_-]{0,20}token'],
    keywords: ['bws_', 'bwstoken', 'bwsaccess', 'bws-', 'bitwarden'],
    value: '0\\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.[A-Za-z0-9]{30}:[A-Za-z0-9+/]{22}==',
    envName: 'BWS_ACCESS_TOKEN',
    docsUrl: 'https://bitwarden.com/help/access-tokens/',
    revocationUrl: null,
    revocationNote: 'Revoke the access token under the machine account → Access tokens in Bitwarden Secrets Manager.',
    sample: (g) => `0.${g.uuid()}.${g.alnum(30)}:${g.base64(22)}==`,
  }),
  contextRule({
    id: 'bitwarden-api-client-secret',
    provider: 'Bitwarden',
    family: 'infrastructure',
    description: 'Bitwarden personal / organization API key client secret',
    names: ['bw[_-]?client[_-]?secret', 'bitwarden[a-z_-]{0,20}secret'],
    keywords: ['bw_client', 'bwclient', 'bw-client', 'bitwarden'],
    value: '[A-Za-z0-9]{30}',
    envName: 'BW_CLIENTSECRET',
    docsUrl: 'https://bitwarden.com/help/personal-api-key/',
    revocationUrl: null,
    revocationNote: 'Rotate the API key under Account settings → Security → Keys → View API key → Rotate (organization keys: Admin Console → Settings).',
    sample: (g) => g.alnum(30),
    parts: [
      namedPart({
        id: 'client-id',
        label: 'client ID',
        names: ['bw[_-]?client[_-]?id', 'bitwarden[a-z_-]{0,20}client[_-]?id'],
        value: '(?:user|organization)\\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
        envName: 'BW_CLIENTID',
      }),
    ],
    positives: (g) => [`BW_CLIENTID=${g.p(`user.${g.uuid()}`)}\nBW_CLIENTSECRET=${g.s(g.alnum(30))}\n`],
  }),
];
