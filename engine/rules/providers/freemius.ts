// Freemius SDK secret keys: `sk_` + 29 printable characters (punctuation included), set as `secret_key` in the
// `fs_dynamic_init(array(…))` call of a WordPress plugin or in its deployment settings. The `pk_` public key beside
// it is public by design.
import type { Rule } from '../../types';
import { tokenRule } from '../ruleBuilders';

export const freemiusRules: Rule[] = [
  tokenRule({
    id: 'freemius-secret-key',
    provider: 'Freemius',
    family: 'saas',
    priority: 'context',
    description: 'Freemius SDK secret key',
    prefix: ['sk_'],
    body: `[!#-&(-~]{29}`,
    keywords: ['sk_'],
    validate: (secret, ctx) => {
      // Stripe's secret and restricted keys share the prefix: `sk_live_`/`sk_test_` are theirs.
      if (/^sk_(?:live|test)_/.test(secret)) return false;
      // The 29 characters end at a quote, a space or the line's end; a longer run is some other `sk_` token.
      if (/[!#-&(-~]/.test(ctx.text.charAt(ctx.end))) return false;
      return /secret_?key$/i.test(ctx.keyName ?? '');
    },
    envName: 'FREEMIUS_SECRET_KEY',
    docsUrl: 'https://freemius.com/help/documentation/wordpress-sdk/integrating-freemius-sdk/',
    revocationUrl: 'https://dashboard.freemius.com/',
    sample: (g) => `sk_${g.alnum(12)}}<${g.alnum(8)};${g.alnum(5)}.`,
    positives: (g) => [
      `$my_fs = fs_dynamic_init( array(\n    'id'          => '${g.digits(4)}',\n    'slug'        => 'my-plugin',\n    'public_key'  => 'pk_${g.hex(29)}',\n    'secret_key'  => '${g.s(`sk_${g.alnum(10)}(${g.alnum(9)}]${g.alnum(8)}`)}',\n) );`,
      `define( 'WP_FS__my_plugin_SECRET_KEY', '${g.s(`sk_${g.alnum(12)}-${g.alnum(16)}`)}' );`,
    ],
    negatives: (g) => [`'public_key' => 'pk_${g.hex(29)}',`, `'secret_key' => 'sk_test_${g.alnum(21)}',`, `'secret_key' => 'sk_XXXXXXXXXXXXXXXXXXXXXXXXXXXXX',`],
  }),
];
