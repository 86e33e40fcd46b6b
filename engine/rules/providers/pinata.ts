// Pinata (IPFS) credentials: the API JWT (claims carry `userInformation`) and the API secret named by the provider.
import type { Rule } from '../../types';
import { contextRule, tokenRule } from '../ruleBuilders';
import { jwtClaims } from '../tokenShapes';
import { exampleJwt } from './exampleJwt';

export const pinataRules: Rule[] = [
  tokenRule({
    id: 'pinata-jwt',
    provider: 'Pinata',
    family: 'infrastructure',
    description: 'Pinata API JWT',
    prefix: 'eyJ',
    body: '[A-Za-z0-9_-]{10,300}\\.eyJ[A-Za-z0-9_-]{10,3000}\\.[A-Za-z0-9_-]{16,700}',
    validate: (token) => typeof jwtClaims(token)?.userInformation === 'object',
    envName: 'PINATA_JWT',
    docsUrl: 'https://docs.pinata.cloud/account-management/api-keys',
    revocationUrl: 'https://app.pinata.cloud/developers/api-keys',
    sample: (g) => exampleJwt(g, { alg: 'HS256', typ: 'JWT' }, { userInformation: { id: g.uuid(), email: 'dev@example.com' }, authenticationType: 'scopedKey', scopedKeyKey: g.hex(20), iat: 1735689600 }),
    negatives: (g) => [`PINATA_JWT=${exampleJwt(g, { alg: 'HS256', typ: 'JWT' }, { sub: g.uuid() })}`],
  }),
  contextRule({
    id: 'pinata-api-secret',
    provider: 'Pinata',
    family: 'infrastructure',
    description: 'Pinata API secret',
    names: ['pinata'],
    keywords: ['pinata'],
    value: '[a-f0-9]{64}',
    envName: 'PINATA_API_SECRET',
    docsUrl: 'https://docs.pinata.cloud/account-management/api-keys',
    revocationUrl: 'https://app.pinata.cloud/developers/api-keys',
    sample: (g) => g.hex(64),
  }),
];
