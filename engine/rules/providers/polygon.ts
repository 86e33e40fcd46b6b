// Polygon.io (Massive): polygon.io market data API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';
import { namesACredential } from './credentialKeyName';

export const polygonRules: Rule[] = [
  contextRule({
    id: 'polygon-api-key',
    provider: 'Polygon.io (Massive)',
    family: 'payments',
    description: 'Polygon.io market data API key',
    names: ['polygon[_.-]?io', 'polygon[_.-]?api'],
    keywords: ['polygonio', 'polygon_io', 'polygon-io', 'polygon.io', 'polygonapi', 'polygon_api', 'polygon-api', 'polygon.api'],
    value: '[A-Za-z0-9_]{32}',
    validate: (_, ctx) => namesACredential(ctx.keyName),
    envName: 'POLYGON_API_KEY',
    docsUrl: 'https://polygon.io/docs/rest/quickstart',
    revocationUrl: 'https://polygon.io/dashboard/keys',
    sample: (g) => g.alnum(32),
  }),
];
