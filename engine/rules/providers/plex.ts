// Plex: plex authentication token (X-Plex-Token), recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const plexRules: Rule[] = [
  contextRule({
    id: 'plex-token',
    provider: 'Plex',
    family: 'infrastructure',
    description: 'Plex authentication token (X-Plex-Token)',
    names: ['plex[_.-]?token', 'x[_.-]?plex[_.-]?token'],
    keywords: ['plextoken', 'plex_token', 'plex-token', 'plex.token'],
    value: '[A-Za-z0-9_-]{20}',
    envName: 'PLEX_TOKEN',
    docsUrl: 'https://support.plex.tv/articles/204059436-finding-an-authentication-token-x-plex-token/',
    revocationUrl: null,
    revocationNote: 'Sign out of all devices on plex.tv (Account → Authorized Devices) and change the password, which invalidates the token.',
    sample: (g) => g.base64url(20),
  }),
];
