// n8n public API keys: JWTs that n8n issues with `iss: "n8n"` and `aud: "public-api"`.
import type { Rule } from '../../types';
import { tokenRule } from '../ruleBuilders';
import { jwtClaims } from '../tokenShapes';
import { exampleJwt } from './exampleJwt';

export const n8nRules: Rule[] = [
  tokenRule({
    id: 'n8n-api-key',
    provider: 'n8n',
    family: 'infrastructure',
    description: 'n8n public API key',
    prefix: 'eyJ',
    body: '[A-Za-z0-9_-]{10,300}\\.eyJ[A-Za-z0-9_-]{10,2000}\\.[A-Za-z0-9_-]{16,700}',
    validate: (token) => jwtClaims(token)?.iss === 'n8n',
    envName: 'N8N_API_KEY',
    docsUrl: 'https://docs.n8n.io/api/authentication/',
    revocationUrl: null,
    revocationNote: 'Delete the key in n8n (Settings → n8n API) and create a new one.',
    sample: (g) => exampleJwt(g, { alg: 'HS256', typ: 'JWT' }, { sub: g.uuid(), iss: 'n8n', aud: 'public-api', iat: 1735689600 }),
    negatives: (g) => [`N8N_API_KEY=${exampleJwt(g, { alg: 'HS256', typ: 'JWT' }, { sub: g.uuid(), iss: 'example', aud: 'public-api' })}`],
  }),
];
