// Tines webhook URLs: the tenant host, the webhook path and its secret in the URL.
import type { Rule } from '../../types';

const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';

export const tinesRules: Rule[] = [
  {
    id: 'tines-webhook-url',
    provider: 'Tines',
    family: 'infrastructure',
    priority: 'prefix',
    description: 'Tines webhook URL (path and secret)',
    keywords: ['.tines.com/webhook/'],
    pattern: /(?<secret>https:\/\/[a-z0-9-]{1,63}\.tines\.com\/webhook\/[a-z0-9]{32}\/[a-z0-9]{32})(?![A-Za-z0-9_-])/,
    minEntropy: 3,
    envName: 'TINES_WEBHOOK_URL',
    maskPrefix: /^https:\/\/[a-z0-9-]{1,63}\.tines\.com\/webhook\//,
    docsUrl: 'https://www.tines.com/docs/actions/types/webhook/',
    revocationUrl: null,
    revocationNote: "Change the webhook action's secret (and path) in the Tines story, then update every sender.",
    examples: {
      positives: (g) => [
        `TINES_WEBHOOK_URL=${g.s(`https://acme-${g.lower(4)}.tines.com/webhook/${g.chars(LOWER_ALNUM, 32)}/${g.chars(LOWER_ALNUM, 32)}`)}`,
        `requests.post("${g.s(`https://tenant.tines.com/webhook/${g.chars(LOWER_ALNUM, 32)}/${g.chars(LOWER_ALNUM, 32)}`)}", json=event)`,
      ],
      negatives: (g) => [`https://tenant.tines.com/webhook/${g.chars(LOWER_ALNUM, 32)}/`, 'https://tenant.tines.com/webhook/<path>/<secret>'],
    },
  },
];
