// BestTime: BestTime private API key (pri_…).
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const besttimeRules: Rule[] = [
  contextRule({
    id: 'besttime-private-api-key',
    provider: 'BestTime',
    family: 'saas',
    description: 'BestTime private API key (pri_…)',
    names: ['best[_-]?time'],
    keywords: ['besttime', 'best_time', 'best-time'],
    value: 'pri_[a-f0-9]{32}',
    envName: 'BESTTIME_API_KEY_PRIVATE',
    docsUrl: 'https://documentation.besttime.app/',
    revocationUrl: null,
    revocationNote: 'Regenerate the private key in the BestTime dashboard (API keys); public pub_ keys are meant to be shared.',
    sample: (g) => `pri_${g.hex(32)}`,
    negatives: (g) => [`BESTTIME_API_KEY_PUBLIC=pub_${g.hex(32)}`],
  }),
];
