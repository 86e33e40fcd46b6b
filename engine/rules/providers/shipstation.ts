// ShipStation: shipStation API secret, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';
import { namesACredential } from './credentialKeyName';

export const shipstationRules: Rule[] = [
  contextRule({
    id: 'shipstation-api-secret',
    provider: 'ShipStation',
    family: 'payments',
    description: 'ShipStation API secret',
    names: ['shipstation'],
    keywords: ['shipstation'],
    value: '[a-f0-9]{32}',
    validate: (_, ctx) => namesACredential(ctx.keyName),
    envName: 'SHIPSTATION_API_SECRET',
    docsUrl: 'https://www.shipstation.com/docs/api/requirements/',
    revocationUrl: 'https://ship.shipstation.com/settings/api',
    sample: (g) => g.hex(32),
  }),
];
