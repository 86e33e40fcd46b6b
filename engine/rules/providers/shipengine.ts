// ShipEngine: shipEngine API key, recognised by the provider named in the key.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const shipengineRules: Rule[] = [
  contextRule({
    id: 'shipengine-api-key',
    provider: 'ShipEngine',
    family: 'payments',
    description: 'ShipEngine API key',
    names: ['shipengine'],
    keywords: ['shipengine'],
    value: '(?:TEST_)?[A-Za-z0-9+/]{43}',
    end: 'A-Za-z0-9_+/=-',
    envName: 'SHIPENGINE_API_KEY',
    docsUrl: 'https://www.shipengine.com/docs/auth/',
    revocationUrl: 'https://app.shipengine.com/#/portal/apimanagement',
    sample: (g) => `TEST_${g.base64(43)}`,
  }),
];
