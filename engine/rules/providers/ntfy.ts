// ntfy: ntfy access token, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';

export const ntfyRules: Rule[] = [
  contextRule({
    id: 'ntfy-access-token',
    provider: 'ntfy',
    family: 'messaging',
    description: 'ntfy access token',
    names: ['ntfy'],
    keywords: ['ntfy'],
    value: 'tk_[a-z0-9]{29}',
    maskPrefix: /^tk_/,
    envName: 'NTFY_TOKEN',
    docsUrl: 'https://docs.ntfy.sh/config/#access-tokens',
    revocationUrl: null,
    revocationNote: 'Delete the token with `ntfy token remove` or in the ntfy web app (Account → Access tokens), then create a new one.',
    sample: (g) => `tk_${g.chars(LOWER_ALNUM, 29)}`,
  }),
];
