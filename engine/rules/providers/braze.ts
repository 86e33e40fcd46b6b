// Braze: Braze REST API key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const brazeRules: Rule[] = [
  contextRule({
    id: 'braze-rest-api-key',
    provider: 'Braze',
    family: 'messaging',
    description: 'Braze REST API key',
    names: ['braze[a-z_-]{0,12}(?:key|token)'],
    keywords: ['braze'],
    value: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    envName: 'BRAZE_REST_API_KEY',
    docsUrl: 'https://www.braze.com/docs/api/basics/#rest-api-key',
    revocationUrl: 'https://dashboard.braze.com/app_settings/developer_console',
    revocationNote: 'Delete the key in the Braze dashboard under Settings → APIs and Identifiers, after creating its replacement.',
    sample: (g) => g.uuid(),
  }),
];
