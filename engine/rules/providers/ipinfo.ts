// IPinfo access tokens: 14 hex digits, named by the provider.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const ipinfoRules: Rule[] = [
  contextRule({
    id: 'ipinfo-access-token',
    provider: 'IPinfo',
    family: 'saas',
    description: 'IPinfo access token',
    names: ['ipinfo[_-]?(?:token|api|access|key)'],
    keywords: ['ipinfo-access', 'ipinfo-api', 'ipinfo-key', 'ipinfo-token', 'ipinfo_access', 'ipinfo_api', 'ipinfo_key', 'ipinfo_token', 'ipinfoaccess', 'ipinfoapi', 'ipinfokey', 'ipinfotoken'],
    value: '[a-fA-F0-9]{14}',
    minEntropy: 2,
    envName: 'IPINFO_TOKEN',
    docsUrl: 'https://ipinfo.io/developers#authentication',
    revocationUrl: 'https://ipinfo.io/account/token',
    sample: (g) => g.hex(14),
    negatives: (g) => [
      `IPINFO_TOKEN="${g.hex(17)}"`, // too long
      `IPINFO_TOKEN="${g.hex(13)}g"`, // outside the hex alphabet
    ],
  }),
];
