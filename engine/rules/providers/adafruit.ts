// Adafruit IO: Adafruit IO key.
import type { Rule } from '../../types';
import { tokenRule } from '../ruleBuilders';

export const adafruitRules: Rule[] = [
  tokenRule({
    id: 'adafruit-io-key',
    provider: 'Adafruit IO',
    family: 'infrastructure',
    description: 'Adafruit IO key',
    prefix: 'aio_',
    body: '[A-Za-z0-9]{28}',
    envName: 'ADAFRUIT_IO_KEY',
    docsUrl: 'https://io.adafruit.com/api/docs/#authentication',
    revocationUrl: null,
    revocationNote: 'Regenerate the key on io.adafruit.com (My Key → Regenerate key); every device using it must be updated.',
    sample: (g) => `aio_${g.alnum(28)}`,
  }),
];
