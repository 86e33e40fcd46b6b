// Mollie API keys (`live_` or `test_` + 30 letters and digits) where Mollie is named near the value rather than in
// its key: a plugin's settings row (`woocommerce_mollie_settings … "live_api";s:35:"live_…"`), a handover note
// (`Mollie: … Live-Key live_…`). A key named after Mollie is payments.ts's mollie-api-key.
import type { Rule } from '../../types';
import { tokenRule } from '../ruleBuilders';

/** Mollie named on the value's line or within the few lines before it. */
function mollieNamedNear(text: string, start: number): boolean {
  return /mollie/i.test(text.slice(Math.max(0, start - 400), start));
}

export const mollieRules: Rule[] = [
  tokenRule({
    id: 'mollie-key-near-name',
    provider: 'Mollie',
    family: 'payments',
    priority: 'context',
    description: 'Mollie API key (live or test) beside the provider’s name',
    prefix: ['live_', 'test_'],
    body: '[A-Za-z0-9]{30}',
    // File-level context: the name may sit a few lines above the value, so no window around it.
    keywords: ['mollie'],
    validate: (secret, ctx) => {
      // A random key holds digits and both cases; `test_createPaymentWithMollieX…` is a test's name.
      const body = secret.slice(5);
      if (!/[0-9]/.test(body) || !/[a-z]/.test(body) || !/[A-Z]/.test(body)) return false;
      // A live key under a Mollie-named key is mollie-api-key's.
      if (secret.startsWith('live_') && /mollie/i.test(ctx.keyName ?? '')) return false;
      return mollieNamedNear(ctx.text, ctx.start);
    },
    envName: 'MOLLIE_TEST_API_KEY',
    docsUrl: 'https://docs.mollie.com/reference/authentication',
    revocationUrl: 'https://my.mollie.com/dashboard/developers/api-keys',
    sample: (g) => `test_${g.alnum(27)}${g.digits(1)}${g.upper(1)}${g.lower(1)}`,
    positives: (g) => [
      `(3013, 'woocommerce_mollie_settings', 'a:2:{s:8:"live_api";s:35:"${g.s(`live_${g.alnum(27)}7Qa`)}";s:9:"test_mode";s:2:"no";}', 'yes'),`,
      `Mollie: Profil pfl_${g.alnum(10)}, Live-Key ${g.s(`live_${g.alnum(27)}4Zk`)}`,
    ],
    negatives: (g) => [
      `# Mollie\ndef test_${'createpaymentwithmolliecheckou'}():\n    pass`,
      `Mollie test key: test_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
      `ADYEN_CLIENT_KEY=live_${g.upper(16)}${g.digits(16)} # not mollie: 32 characters`,
    ],
  }),
];
