// SignalWire: signalWire API token, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const signalwireRules: Rule[] = [
  contextRule({
    id: 'signalwire-api-token',
    provider: 'SignalWire',
    family: 'messaging',
    description: 'SignalWire API token',
    names: ['signalwire'],
    keywords: ['signalwire'],
    value: 'PT[a-f0-9]{48}',
    maskPrefix: /^PT/,
    envName: 'SIGNALWIRE_TOKEN',
    docsUrl: 'https://developer.signalwire.com/guides/your-signalwire-api-space/',
    revocationUrl: null,
    revocationNote: 'Delete the API token in the SignalWire space (API → API Tokens) and create a new one.',
    sample: (g) => `PT${g.hex(48)}`,
  }),
];
