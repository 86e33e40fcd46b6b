// Imgur API client secrets: 40 hex digits.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const imgurRules: Rule[] = [
  contextRule({
    id: 'imgur-client-secret',
    provider: 'Imgur',
    family: 'saas',
    description: 'Imgur client secret',
    names: ['imgur[_-]?(?:client[_-]?)?secret'],
    keywords: [
      'imgur-client-secret',
      'imgur-client_secret',
      'imgur-clientsecret',
      'imgur-secret',
      'imgur_client-secret',
      'imgur_client_secret',
      'imgur_clientsecret',
      'imgur_secret',
      'imgurclient-secret',
      'imgurclient_secret',
      'imgurclientsecret',
      'imgursecret',
    ],
    value: '[a-fA-F0-9]{40}',
    envName: 'IMGUR_CLIENT_SECRET',
    docsUrl: 'https://apidocs.imgur.com/#authorization-and-oauth',
    revocationUrl: 'https://imgur.com/account/settings/apps',
    sample: (g) => g.hex(40),
    negatives: (g) => [
      `IMGUR_CLIENT_SECRET="${g.hex(43)}"`, // too long
      `IMGUR_CLIENT_SECRET="${g.hex(39)}g"`, // outside the hex alphabet
    ],
  }),
];
