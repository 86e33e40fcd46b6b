// Classes found while tuning on rw-dev16's shop part (e-commerce operations): Magento's stored password hashes and
// crypt key, secrets given to bin/magento config:set, CDATA-wrapped XML values, Mollie keys named on the line, a
// prefixed Redis requirepass, and Shopify's public app key and payload tokens. Values are generated.
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';
import { ruleAssertions } from '../../../support/ruleAssertions';

const scanner = createScanner();
const g = createExampleGen(0x5_40_2016);
const { assertFinds, assertQuiet } = ruleAssertions(scanner, 'shop/notes.txt');
const CRYPT = './0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

describe('dev16 shop classes', () => {
  it('reads a Magento 2 hash:salt:version as a stored hash, in a CSV export and in an SQL row', () => {
    const hash = () => `${g.hex(64)}:${g.alnum(32)}:${g.pick(['1', '2', '3_32_2_67108864'])}`;
    assertQuiet([`entity_id;email;password_hash;country\n1001;kunde@example.com;${hash()};DE\n1002;b@example.com;${hash()};AT\n`], 'exports/customers.csv');
    assertQuiet([`INSERT INTO \`admin_user\` (\`user_id\`, \`username\`, \`password\`, \`is_active\`) VALUES\n(1,'jberg','${hash()}',1),\n(2,'agentur','${hash()}',1);\n`], 'exports/admin_user.sql');
  });

  it('finds the Magento crypt key, config:set secrets, CDATA passwords and a prefixed requirepass', () => {
    assertFinds([(v) => `<?php\nreturn [\n    'crypt' => [\n        'key' => '${v}'\n    ],\n];\n`, (v) => `<crypt>\n    <key><![CDATA[${v}]]></key>\n</crypt>\n`], () => g.hex(32), 'app/etc/env.php');
    assertFinds([(v) => `bin/magento config:set payment/braintree/private_key ${v}\n`], () => g.hex(32), 'notes/install.sh');
    assertFinds(
      [(v) => `bin/magento config:sensitive:set carriers/dhl/password '${v}'\n`, (v) => `<connection>\n    <password><![CDATA[${v}]]></password>\n</connection>\n`],
      () => `Versand${g.digits(4)}#${g.upper(2)}`,
      'app/etc/local.xml',
    );
    assertFinds([(v) => `redis_requirepass: ${v}\n`], () => g.alnum(20), 'ansible/group_vars/shop.yml');
  });

  it('finds a Mollie key whose line names Mollie, not a test name or an Adyen client key', () => {
    assertFinds(
      [(v) => `(3013, 'woocommerce_mollie_settings', 'a:1:{s:8:"live_api";s:35:"${v}";}', 'yes'),\n`, (v) => `Mollie: Profil pfl_${g.alnum(10)}, Live-Key ${v}\n`],
      () => `live_${g.alnum(27)}${g.digits(1)}${g.upper(1)}${g.lower(1)}`,
      'exports/options.sql',
    );
    assertQuiet([`# Mollie checkout\nADYEN_CLIENT_KEY=live_${g.upper(16)}${g.digits(16)}\n`]);
  });

  it('leaves a Shopify app API key, payload tokens and config:set of a public setting alone', () => {
    assertQuiet(
      [
        `const shopify = shopifyApi({\n  apiKey: '${g.hex(32)}',\n  apiSecretKey: process.env.SHOPIFY_API_SECRET || '',\n  scopes: ['read_products'],\n});\n`,
        `{\n  "id": ${g.digits(13)},\n  "admin_graphql_api_id": "gid://shopify/Order/${g.digits(13)}",\n  "cart_token": "${g.hex(32)}",\n  "checkout_token": "${g.hex(32)}",\n  "token": "${g.hex(32)}"\n}\n`,
        `bin/magento config:set payment/braintree/merchant_id ${g.lower(16)}\nbin/magento config:set web/secure/base_url https://shop.example.com/\n`,
        `<crypt><key><![CDATA[]]></key></crypt>\n<password><![CDATA[\${DB_PASSWORD}]]></password>\n`,
        `admin:$P$B${g.chars(CRYPT, 30)}\n`,
      ],
      'test/fixtures/shopify.json',
    );
  });
});
