// Shortcut (formerly Clubhouse) project management: UUID API tokens. `shortcut` is also an everyday word (keyboard shortcuts), so the key must name a credential too.
import type { Rule } from '../../types';
import { UUID, contextRule } from '../ruleBuilders';
import { namesACredential } from './credentialKeyName';

export const shortcutRules: Rule[] = [
  contextRule({
    id: 'shortcut-api-token',
    provider: 'Shortcut',
    family: 'saas',
    description: 'Shortcut (formerly Clubhouse) API token',
    names: ['shortcut', 'clubhouse[_-]?api[_-]?token'],
    keywords: ['shortcut', 'clubhouse'],
    value: UUID,
    validate: (_, ctx) => namesACredential(ctx.keyName),
    envName: 'SHORTCUT_API_TOKEN',
    docsUrl: 'https://developer.shortcut.com/api/rest/v3#Authentication',
    revocationUrl: null,
    revocationNote: 'Regenerate the API token in Shortcut → Settings → API Tokens (delete the old one).',
    sample: (g) => g.uuid(),
  }),
];
