// Wiz: wiz service account client secret, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const wizRules: Rule[] = [
  contextRule({
    id: 'wiz-client-secret',
    provider: 'Wiz',
    family: 'cloud',
    description: 'Wiz service account client secret',
    names: ['wiz[_.-]?client[_.-]?secret', 'wiz[_.-]?secret'],
    keywords: [
      'wizclientsecret',
      'wizclient_secret',
      'wizclient-secret',
      'wizclient.secret',
      'wiz_clientsecret',
      'wiz_client_secret',
      'wiz_client-secret',
      'wiz_client.secret',
      'wiz-clientsecret',
      'wiz-client_secret',
      'wiz-client-secret',
      'wiz-client.secret',
      'wiz.clientsecret',
      'wiz.client_secret',
      'wiz.client-secret',
      'wiz.client.secret',
      'wizsecret',
      'wiz_secret',
      'wiz-secret',
      'wiz.secret',
    ],
    value: '[A-Za-z0-9]{64}',
    envName: 'WIZ_CLIENT_SECRET',
    docsUrl: 'https://docs.wiz.io/wiz-docs/docs/using-the-wiz-api',
    revocationUrl: 'https://app.wiz.io/settings/service-accounts',
    sample: (g) => g.alnum(64),
  }),
];
