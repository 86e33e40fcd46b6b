// Mixpanel: mixpanel service account secret or API secret, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';
import { namesACredential } from './credentialKeyName';

export const mixpanelRules: Rule[] = [
  contextRule({
    id: 'mixpanel-service-account-secret',
    provider: 'Mixpanel',
    family: 'observability',
    description: 'Mixpanel service account secret or API secret',
    names: ['mixpanel'],
    keywords: ['mixpanel'],
    value: '[A-Za-z0-9]{32}',
    // Mixpanel's project token (`MIXPANEL_TOKEN`, `MIXPANEL_PROJECT_TOKEN`, `mixpanel.init(token)`) ships in every web
    // and app build: public by design. The API secret and the service account's secret are the credentials.
    validate: (_, ctx) => namesACredential(ctx.keyName) && !/^mixpanel[_.-]?(?:project[_.-]?)?token$/i.test(ctx.keyName ?? ''),
    envName: 'MIXPANEL_API_SECRET',
    docsUrl: 'https://docs.mixpanel.com/docs/orgs-and-projects/service-accounts',
    revocationUrl: 'https://mixpanel.com/settings/org#serviceaccounts',
    sample: (g) => g.alnum(32),
  }),
];
