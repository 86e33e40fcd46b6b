// Agora: Agora app certificate.
import type { Rule } from '../../types';
import { contextRule, namedPart } from '../ruleBuilders';

export const agoraRules: Rule[] = [
  contextRule({
    id: 'agora-app-certificate',
    provider: 'Agora',
    family: 'messaging',
    description: 'Agora app certificate',
    names: ['agora[_-]?(?:app[_-]?)?certificate', 'agora[_-]?(?:customer[_-]?)?secret'],
    keywords: ['agora'],
    value: '[a-f0-9]{32}',
    envName: 'AGORA_APP_CERTIFICATE',
    docsUrl: 'https://docs.agora.io/en/video-calling/get-started/manage-agora-account',
    revocationUrl: 'https://console.agora.io/projects',
    revocationNote: 'Enable a secondary certificate under the project → Security, switch servers to it, then delete the leaked one.',
    sample: (g) => g.hex(32),
    parts: [namedPart({ id: 'app-id', label: 'app ID', names: ['agora[_-]?app[_-]?id'], value: '[a-f0-9]{32}', envName: 'AGORA_APP_ID' })],
    positives: (g) => [`AGORA_APP_ID=${g.p(g.hex(32))}\nAGORA_APP_CERTIFICATE=${g.s(g.hex(32))}\n`],
  }),
];
