// Magento (Adobe Commerce): the integration access token (the provider named in the key), the store's crypt key as
// app/etc/env.php and Magento 1's local.xml hold it, and secrets given to `bin/magento config:set`.
import type { Rule } from '../../types';
import { contextRule } from '../ruleBuilders';
import { namesACredential } from './credentialKeyName';
import { isLiteralPassword, isLiteralToken } from '../../validators/literalArgument';

const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** A config path whose last segment names a secret (`payment/braintree/private_key`, `carriers/dhl/password`). */
const SECRET_SETTING = /(?:^|[/_])(?:password|passwd|pass|pwd|secret|private_?key|api_?key|access_?key|license_?key|hmac_?key|token|signature)$/i;
/** A setting that names a password: its value may be a human one; the others want a generated token's shape. */
const PASSWORD_SETTING = /(?:password|passwd|pass|pwd)$/i;

export const magentoRules: Rule[] = [
  contextRule({
    id: 'magento-access-token',
    provider: 'Magento (Adobe Commerce)',
    family: 'payments',
    description: 'Magento integration access token',
    names: ['magento'],
    keywords: ['magento'],
    value: '[a-z0-9]{32}',
    validate: (_, ctx) => namesACredential(ctx.keyName),
    envName: 'MAGENTO_ACCESS_TOKEN',
    docsUrl: 'https://developer.adobe.com/commerce/webapi/get-started/authentication/gs-authentication-token/',
    revocationUrl: null,
    revocationNote: 'Reauthorize the integration in the Magento admin (System → Integrations → Reauthorize) to issue new tokens, or delete the integration.',
    sample: (g) => g.chars(LOWER_ALNUM, 32),
  }),
  {
    // `'crypt' => ['key' => '…']` in env.php (32 hex digits, or `base64` + 32 bytes since 2.4.7), `<crypt><key><![CDATA[…]]>`
    // in Magento 1's local.xml: the key that encrypts every stored payment and carrier secret.
    id: 'magento-crypt-key',
    provider: 'Magento (Adobe Commerce)',
    family: 'payments',
    priority: 'context',
    description: 'Magento crypt key (app/etc/env.php, local.xml)',
    // `crypt` with what the pattern reads after it: the bare word is in every crypto library (`crypto`, `encrypt`).
    keywords: ["crypt'", 'crypt"', 'crypt ', 'crypt\t', 'crypt=', 'crypt>'],
    pattern:
      /\bcrypt['"]?[ \t]{0,8}(?:=>[ \t]{0,8}(?:\[|array[ \t]{0,2}\()\s{0,60}['"]key['"][ \t]{0,8}=>[ \t]{0,8}['"]|>\s{0,60}<key>(?:<!\[CDATA\[)?)(?<secret>[0-9a-f]{32}|base64[A-Za-z0-9+/]{43}=)(?![A-Za-z0-9+/=])/,
    minEntropy: 3,
    envName: 'MAGENTO_CRYPT_KEY',
    docsUrl: 'https://experienceleague.adobe.com/en/docs/commerce-admin/systems/security/encryption-key',
    revocationUrl: null,
    revocationNote: 'Generate a new key (bin/magento encryption:key:change), which re-encrypts the stored secrets; then rotate the payment and carrier secrets the old key could open.',
    maskPrefix: /^(?:base64)?/,
    examples: {
      positives: (g) => [
        `<?php\nreturn [\n    'crypt' => [\n        'key' => '${g.s(g.hex(32))}'\n    ],\n    'db' => [],\n];`,
        `'crypt' => array ( 'key' => "${g.s(`base64${g.base64(43)}=`)}" ),`,
        `<global>\n    <crypt>\n        <key><![CDATA[${g.s(g.hex(32))}]]></key>\n    </crypt>\n</global>`,
      ],
      negatives: (g) => [
        `'crypt' => [\n    'key' => ''\n],`,
        `<crypt>\n    <key><![CDATA[]]></key>\n</crypt>`,
        `'crypt' => ['key' => '${'0'.repeat(32)}'],`,
        `$encrypted = $this->encryptor->encrypt($value); // key '${g.hex(32)}' is the cache id`,
      ],
    },
  },
  {
    // `bin/magento config:set payment/braintree/private_key <value>`, `config:sensitive:set`, n98-magerun's
    // `config:store:set`: the secret is the argument after a setting path that names one.
    id: 'magento-config-set-secret',
    provider: 'Magento (Adobe Commerce)',
    family: 'payments',
    priority: 'context',
    description: 'Secret given to bin/magento config:set (payment, carrier or API setting)',
    keywords: ['config:set', 'config:sensitive:set', 'config:store:set'],
    pattern:
      /\bconfig:(?:sensitive:set|store:set|set)[ \t]{1,4}(?:--[\w-]{1,30}(?:=[\w.-]{1,60})?[ \t]{1,4}){0,4}(?<key>[A-Za-z0-9_]{1,60}(?:\/[A-Za-z0-9_]{1,60}){1,4})[ \t]{1,4}['"]?(?<secret>[^\s'"]{4,200})['"]?(?![^\s;&|])/,
    validate: (secret, ctx) => {
      const key = ctx.keyName ?? '';
      if (!SECRET_SETTING.test(key)) return false;
      return PASSWORD_SETTING.test(key) ? isLiteralPassword(secret) : isLiteralToken(secret, 8);
    },
    minEntropy: 0,
    envName: 'MAGENTO_CONFIG_SECRET',
    docsUrl: 'https://experienceleague.adobe.com/en/docs/commerce-operations/configuration-guide/cli/set-configuration-values',
    revocationUrl: null,
    revocationNote: 'Rotate the credential at the provider it belongs to (payment gateway, carrier), then set the new one with config:sensitive:set from an environment variable instead of the command line.',
    examples: {
      positives: (g) => [
        `bin/magento config:set payment/braintree/private_key ${g.s(g.hex(32))}`,
        `php bin/magento config:sensitive:set carriers/dhl/password '${g.s(`Versand${g.digits(4)}!`)}'`,
        `n98-magerun2 config:store:set --scope=websites --scope-id=1 carriers/ups/password ${g.s(g.alnum(14))}`,
      ],
      negatives: (g) => [
        `bin/magento config:set payment/braintree/private_key "$BRAINTREE_PRIVATE_KEY"`,
        `bin/magento config:set web/secure/base_url https://shop.example.com/`,
        `bin/magento config:set payment/braintree/merchant_id ${g.chars(LOWER_ALNUM, 16)}`,
        `bin/magento config:sensitive:set carriers/dhl/password <password>`,
      ],
    },
  },
];
