// DevCycle server SDK keys start with `dvc_server_` (client and mobile keys are public by design).
import type { Rule } from '../../types';
import { tokenRule } from '../ruleBuilders';

export const devcycleRules: Rule[] = [
  tokenRule({
    id: 'devcycle-server-sdk-key',
    provider: 'DevCycle',
    family: 'observability',
    description: 'DevCycle server SDK key',
    prefix: 'dvc_server_',
    body: '[A-Za-z0-9_-]{36,100}',
    envName: 'DEVCYCLE_SERVER_SDK_KEY',
    docsUrl: 'https://docs.devcycle.com/essentials/keys',
    revocationUrl: null,
    revocationNote: 'Rotate the key in the DevCycle dashboard (Settings → Environments → Keys), then invalidate the old one.',
    sample: (g) => `dvc_server_${g.uuid().replace(/-/g, '_')}_${g.hex(7)}`,
  }),
];
