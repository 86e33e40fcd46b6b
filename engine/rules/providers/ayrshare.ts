// Ayrshare: Ayrshare social API key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

const UPPER_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

export const ayrshareRules: Rule[] = [
  contextRule({
    id: 'ayrshare-api-key',
    provider: 'Ayrshare',
    family: 'saas',
    description: 'Ayrshare social API key',
    names: ['ayrshare'],
    keywords: ['ayrshare'],
    value: '[A-Z0-9]{8}-[A-Z0-9]{8}-[A-Z0-9]{8}-[A-Z0-9]{8}',
    envName: 'AYRSHARE_API_KEY',
    docsUrl: 'https://www.ayrshare.com/docs/apis/overview',
    revocationUrl: 'https://app.ayrshare.com/api-key',
    sample: (g) => `${g.chars(UPPER_DIGITS, 8)}-${g.chars(UPPER_DIGITS, 8)}-${g.chars(UPPER_DIGITS, 8)}-${g.chars(UPPER_DIGITS, 8)}`,
  }),
];
