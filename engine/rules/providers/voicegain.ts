// Voicegain: voicegain API JWT, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const voicegainRules: Rule[] = [
  contextRule({
    id: 'voicegain-api-token',
    provider: 'Voicegain',
    family: 'ai',
    description: 'Voicegain API JWT',
    names: ['voicegain'],
    keywords: ['voicegain'],
    value: 'eyJ[A-Za-z0-9_-]{30,40}\\.eyJ[A-Za-z0-9_-]{100,120}\\.[A-Za-z0-9_-]{43}',
    envName: 'VOICEGAIN_API_TOKEN',
    docsUrl: 'https://console.voicegain.ai/',
    revocationUrl: null,
    revocationNote: 'Delete the JWT in the Voicegain console (Settings → API Security) and create a new one.',
    sample: (g) => `eyJ${g.base64url(33)}.eyJ${g.base64url(105)}.${g.base64url(43)}`,
  }),
];
