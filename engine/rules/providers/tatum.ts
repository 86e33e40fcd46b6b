// Tatum: tatum blockchain API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule, UUID } from '../ruleBuilders';
import { namesACredential } from './credentialKeyName';

export const tatumRules: Rule[] = [
  contextRule({
    id: 'tatum-api-key',
    provider: 'Tatum',
    family: 'infrastructure',
    description: 'Tatum blockchain API key',
    names: ['tatum'],
    keywords: ['tatum'],
    value: `t-[a-f0-9]{24}-[a-f0-9]{32}|${UUID}`,
    validate: (_, ctx) => namesACredential(ctx.keyName),
    envName: 'TATUM_API_KEY',
    docsUrl: 'https://docs.tatum.io/docs/authentication',
    revocationUrl: 'https://dashboard.tatum.io/',
    sample: (g) => `t-${g.hex(24)}-${g.hex(32)}`,
  }),
];
