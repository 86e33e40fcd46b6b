// WooCommerce REST API keys: the `ck_` consumer key and `cs_` consumer secret, 40 hex digits each.
import type { Rule } from '../../types';
import { tokenRule } from '../ruleBuilders';

export const woocommerceRules: Rule[] = [
  tokenRule({
    id: 'woocommerce-consumer-key',
    provider: 'WooCommerce',
    family: 'payments',
    description: 'WooCommerce REST API consumer key',
    prefix: 'ck_',
    body: '[a-f0-9]{40}',
    envName: 'WOOCOMMERCE_CONSUMER_KEY',
    docsUrl: 'https://woocommerce.github.io/woocommerce-rest-api-docs/#authentication',
    revocationUrl: null,
    revocationNote: 'Revoke the key pair in WordPress admin (WooCommerce → Settings → Advanced → REST API).',
    sample: (g) => `ck_${g.hex(40)}`,
  }),
  tokenRule({
    id: 'woocommerce-consumer-secret',
    provider: 'WooCommerce',
    family: 'payments',
    description: 'WooCommerce REST API consumer secret',
    prefix: 'cs_',
    body: '[a-f0-9]{40}',
    envName: 'WOOCOMMERCE_CONSUMER_SECRET',
    docsUrl: 'https://woocommerce.github.io/woocommerce-rest-api-docs/#authentication',
    revocationUrl: null,
    revocationNote: 'Revoke the key pair in WordPress admin (WooCommerce → Settings → Advanced → REST API).',
    sample: (g) => `cs_${g.hex(40)}`,
  }),
];
