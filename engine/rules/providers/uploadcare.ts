// Uploadcare: uploadcare secret key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';
import { namesACredential } from './credentialKeyName';

export const uploadcareRules: Rule[] = [
  contextRule({
    id: 'uploadcare-secret-key',
    provider: 'Uploadcare',
    family: 'saas',
    description: 'Uploadcare secret key',
    names: ['uploadcare'],
    keywords: ['uploadcare'],
    value: '[a-f0-9]{20}',
    validate: (_, ctx) => namesACredential(ctx.keyName),
    envName: 'UPLOADCARE_SECRET_KEY',
    docsUrl: 'https://uploadcare.com/docs/api_reference/rest/accepting_uploads/#authentication',
    revocationUrl: 'https://app.uploadcare.com/projects/-/api-keys/',
    sample: (g) => g.hex(20),
  }),
];
