// Moosend: moosend API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule, UUID } from '../ruleBuilders';

export const moosendRules: Rule[] = [
  contextRule({
    id: 'moosend-api-key',
    provider: 'Moosend',
    family: 'messaging',
    description: 'Moosend API key',
    names: ['moosend'],
    keywords: ['moosend'],
    value: UUID,
    envName: 'MOOSEND_API_KEY',
    docsUrl: 'https://docs.moosend.com/developers/api-documentation/en/index-en.html',
    revocationUrl: null,
    revocationNote: 'Moosend has no public revocation link: regenerate (reset) the key in your Moosend settings (API key), then update every place that uses it.',
    sample: (g) => g.uuid(),
  }),
];
