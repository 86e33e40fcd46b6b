// Voiceflow API keys: `VF.` (with `DM.` or `WS.` for Dialog Manager and workspace keys), 24 hex digits and 16 alphanumerics.
import type { Rule } from '../../types';
import { tokenRule } from '../ruleBuilders';

export const voiceflowRules: Rule[] = [
  tokenRule({
    id: 'voiceflow-api-key',
    provider: 'Voiceflow',
    family: 'ai',
    description: 'Voiceflow API key',
    prefix: ['VF.DM.', 'VF.WS.', 'VF.'],
    body: '[a-fA-F0-9]{24}\\.[A-Za-z0-9]{16}',
    envName: 'VOICEFLOW_API_KEY',
    docsUrl: 'https://docs.voiceflow.com/reference/authentication',
    revocationUrl: null,
    revocationNote: 'Regenerate the key in the Voiceflow project (Integrations → Dialog API) or workspace settings.',
    sample: (g) => `VF.DM.${g.hex(24)}.${g.alnum(16)}`,
  }),
];
