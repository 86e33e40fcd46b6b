// Stripo: stripo plugin / API JWT, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const stripoRules: Rule[] = [
  contextRule({
    id: 'stripo-api-key',
    provider: 'Stripo',
    family: 'messaging',
    description: 'Stripo plugin / API JWT',
    names: ['stripo'],
    keywords: ['stripo'],
    value: 'eyJhbGciOiJIUzI1NiJ9\\.[A-Za-z0-9_-]{100,200}\\.[A-Za-z0-9_-]{43}',
    envName: 'STRIPO_API_KEY',
    docsUrl: 'https://api.stripo.email/reference/authentication',
    revocationUrl: null,
    revocationNote: 'Regenerate the plugin secret key in your Stripo account (Plugin → API & keys) and issue new tokens.',
    sample: (g) => `eyJhbGciOiJIUzI1NiJ9.${g.base64url(130)}.${g.base64url(43)}`,
  }),
];
