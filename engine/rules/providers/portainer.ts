// Portainer API access tokens: `ptr_` and the base64 of 32 random bytes.
import type { Rule } from '../../types';
import { tokenRule } from '../ruleBuilders';

export const portainerRules: Rule[] = [
  tokenRule({
    id: 'portainer-access-token',
    provider: 'Portainer',
    family: 'infrastructure',
    description: 'Portainer API access token',
    prefix: 'ptr_',
    body: '[A-Za-z0-9+/_-]{43}={0,1}',
    end: 'A-Za-z0-9_+/=-',
    envName: 'PORTAINER_API_TOKEN',
    docsUrl: 'https://docs.portainer.io/api/access',
    revocationUrl: null,
    revocationNote: 'Remove the token in Portainer (My account → Access tokens) and create a new one.',
    sample: (g) => `ptr_${g.base64(43)}=`,
  }),
];
