// Pterodactyl game-server panel API keys: `ptlc_` client keys and `ptla_` application keys.
import type { Rule } from '../../types';
import { tokenRule } from '../ruleBuilders';

export const pterodactylRules: Rule[] = [
  tokenRule({
    id: 'pterodactyl-client-api-key',
    provider: 'Pterodactyl',
    family: 'infrastructure',
    description: 'Pterodactyl client API key',
    prefix: 'ptlc_',
    body: '[A-Za-z0-9]{43}',
    envName: 'PTERODACTYL_CLIENT_API_KEY',
    docsUrl: 'https://pterodactyl.io/panel/1.0/getting_started.html',
    revocationUrl: null,
    revocationNote: 'Delete the key in your panel (Account → API Credentials) and create a new one.',
    sample: (g) => `ptlc_${g.alnum(43)}`,
  }),
  tokenRule({
    id: 'pterodactyl-application-api-key',
    provider: 'Pterodactyl',
    family: 'infrastructure',
    description: 'Pterodactyl application API key',
    prefix: 'ptla_',
    body: '[A-Za-z0-9]{43}',
    envName: 'PTERODACTYL_APPLICATION_API_KEY',
    docsUrl: 'https://pterodactyl.io/panel/1.0/getting_started.html',
    revocationUrl: null,
    revocationNote: 'Delete the key in your panel (Admin → Application API) and create a new one.',
    sample: (g) => `ptla_${g.alnum(43)}`,
  }),
];
