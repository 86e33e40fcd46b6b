// Amplitude: Amplitude project secret key.
import type { Rule } from '../../types';
import { contextRule, namedPart } from '../ruleBuilders';

export const amplitudeRules: Rule[] = [
  contextRule({
    id: 'amplitude-secret-key',
    provider: 'Amplitude',
    family: 'observability',
    description: 'Amplitude project secret key',
    names: ['amplitude[a-z_-]{0,12}secret'],
    keywords: ['amplitude'],
    value: '[a-f0-9]{32}',
    envName: 'AMPLITUDE_SECRET_KEY',
    docsUrl: 'https://amplitude.com/docs/apis/authentication',
    revocationUrl: null,
    revocationNote: 'Create a new API key pair under Organization settings → Projects → the project → General, then delete the leaked one.',
    sample: (g) => g.hex(32),
    parts: [namedPart({ id: 'api-key', label: 'API key', names: ['amplitude[_-]?api[_-]?key'], value: '[a-f0-9]{32}', envName: 'AMPLITUDE_API_KEY' })],
    positives: (g) => [`AMPLITUDE_API_KEY=${g.p(g.hex(32))}\nAMPLITUDE_SECRET_KEY=${g.s(g.hex(32))}\n`],
  }),
];
