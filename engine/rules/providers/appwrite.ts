// Appwrite: Appwrite API key.
import type { Rule } from '../../types';
import { tokenRule } from '../ruleBuilders';

export const appwriteRules: Rule[] = [
  tokenRule({
    id: 'appwrite-api-key',
    provider: 'Appwrite',
    family: 'infrastructure',
    description: 'Appwrite API key',
    prefix: 'standard_',
    body: '[a-f0-9]{256}',
    envName: 'APPWRITE_API_KEY',
    docsUrl: 'https://appwrite.io/docs/advanced/platform/api-keys',
    revocationUrl: null,
    revocationNote: 'Delete the key under the project → Overview → Integrations → API keys in the Appwrite console, and create a new one with the needed scopes.',
    sample: (g) => `standard_${g.hex(256)}`,
  }),
];
