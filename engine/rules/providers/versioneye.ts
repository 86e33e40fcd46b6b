// VersionEye: versionEye API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const versioneyeRules: Rule[] = [
  contextRule({
    id: 'versioneye-api-key',
    provider: 'VersionEye',
    family: 'saas',
    description: 'VersionEye API key',
    names: ['versioneye'],
    keywords: ['versioneye'],
    value: '[A-Za-z0-9-]{40}',
    envName: 'VERSIONEYE_API_KEY',
    docsUrl: 'https://github.com/versioneye/versioneye_api',
    revocationUrl: null,
    revocationNote: 'VersionEye was shut down: remove the key; if the account still exists, delete it.',
    sample: (g) => g.alnum(40),
  }),
];
