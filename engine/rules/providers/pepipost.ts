// Pepipost (Netcore Email): pepipost (Netcore Email) API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const pepipostRules: Rule[] = [
  contextRule({
    id: 'pepipost-api-key',
    provider: 'Pepipost (Netcore Email)',
    family: 'messaging',
    description: 'Pepipost (Netcore Email) API key',
    names: ['pepipost', 'netcore'],
    keywords: ['pepipost', 'netcore'],
    value: '[A-Za-z0-9]{32}',
    envName: 'PEPIPOST_API_KEY',
    docsUrl: 'https://docs.netcorecloud.com/docs/emailapi-authentication',
    revocationUrl: null,
    revocationNote: 'Pepipost (Netcore Email) has no public revocation link: regenerate (reset) the key in your Netcore Email settings (Integrations → API), then update every place that uses it.',
    sample: (g) => g.alnum(32),
  }),
];
