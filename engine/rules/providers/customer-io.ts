// Customer.io: App API keys (32 hex digits, bearer) and Track API keys (20 hex digits, with a site ID).
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';

export const customerIoRules: Rule[] = [
  contextRule({
    id: 'customerio-app-api-key',
    provider: 'Customer.io',
    family: 'messaging',
    description: 'Customer.io App API key',
    names: ['customer[_-]?io[_-]?app[_-]?(?:api[_-]?)?key', 'cio[_-]app[_-]api[_-]key'],
    keywords: ['customerio', 'customer_io', 'customer-io', 'cio_app', 'cio-app'],
    value: '[a-fA-F0-9]{32}',
    envName: 'CUSTOMERIO_APP_API_KEY',
    docsUrl: 'https://docs.customer.io/integrations/api/app/',
    revocationUrl: 'https://fly.customer.io/settings/api_credentials',
    sample: (g) => g.hex(32),
    negatives: (g) => [
      `CUSTOMERIO_APP_API_KEY="${g.hex(35)}"`, // too long
      `CUSTOMERIO_APP_API_KEY="${g.hex(31)}g"`, // outside the hex alphabet
    ],
  }),
  contextRule({
    id: 'customerio-track-api-key',
    provider: 'Customer.io',
    family: 'messaging',
    description: 'Customer.io Track API key',
    names: ['customer[_-]?io[_-]?(?:track[_-]?)?api[_-]?key'],
    keywords: ['customerio', 'customer_io', 'customer-io'],
    value: '[a-fA-F0-9]{20}',
    minEntropy: 2.5, // a short hex value often repeats digits
    envName: 'CUSTOMERIO_TRACK_API_KEY',
    docsUrl: 'https://docs.customer.io/integrations/api/track/',
    revocationUrl: 'https://fly.customer.io/settings/api_credentials',
    sample: (g) => g.hex(20),
    negatives: (g) => [
      `CUSTOMERIO_TRACK_API_KEY="${g.hex(23)}"`, // too long
      `CUSTOMERIO_TRACK_API_KEY="${g.hex(19)}g"`, // outside the hex alphabet
    ],
  }),
];
