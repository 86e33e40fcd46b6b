// Recorded Future: recorded Future API token, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const recordedFutureRules: Rule[] = [
  contextRule({
    id: 'recorded-future-api-token',
    provider: 'Recorded Future',
    family: 'saas',
    description: 'Recorded Future API token',
    names: ['recorded[_.-]?future'],
    keywords: ['recordedfuture', 'recorded_future', 'recorded-future', 'recorded.future'],
    value: '[a-f0-9]{32}',
    envName: 'RECORDED_FUTURE_API_TOKEN',
    docsUrl: 'https://support.recordedfuture.com/hc/en-us/articles/115002151148-Recorded-Future-API-Token',
    revocationUrl: null,
    revocationNote: 'Ask your Recorded Future administrator (or support) to revoke the token and issue a new one.',
    sample: (g) => g.hex(32),
  }),
];
