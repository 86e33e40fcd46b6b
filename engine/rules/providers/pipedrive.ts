// Pipedrive: pipedrive personal API token, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const pipedriveRules: Rule[] = [
  contextRule({
    id: 'pipedrive-api-token',
    provider: 'Pipedrive',
    family: 'saas',
    description: 'Pipedrive personal API token',
    names: ['pipedrive'],
    keywords: ['pipedrive'],
    value: '[a-f0-9]{40}',
    envName: 'PIPEDRIVE_API_TOKEN',
    docsUrl: 'https://pipedrive.readme.io/docs/how-to-find-the-api-token',
    revocationUrl: 'https://app.pipedrive.com/settings/api',
    sample: (g) => g.hex(40),
  }),
];
