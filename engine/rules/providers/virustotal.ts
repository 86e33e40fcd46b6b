// VirusTotal: virusTotal API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const virustotalRules: Rule[] = [
  contextRule({
    id: 'virustotal-api-key',
    provider: 'VirusTotal',
    family: 'saas',
    description: 'VirusTotal API key',
    names: ['virustotal'],
    keywords: ['virustotal'],
    value: '[a-f0-9]{64}',
    envName: 'VIRUSTOTAL_API_KEY',
    docsUrl: 'https://docs.virustotal.com/reference/authentication',
    revocationUrl: 'https://www.virustotal.com/gui/my-apikey',
    sample: (g) => g.hex(64),
  }),
];
