// Classes found while tuning on rw-dev14's biz part (business integrations): config files the path names by their
// integration tool (SAP JCo destinations, SSIS configurations, crontabs), MuleSoft's encrypted properties, public
// client keys of Worldpay and Shopify apps, and a log line's logger name before its message. Values are generated.
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';
import { ruleAssertions } from '../../../support/ruleAssertions';

const scanner = createScanner();
const g = createExampleGen(0xb12_2014);
const { assertFinds, assertQuiet } = ruleAssertions(scanner, 'config/app.txt');

const human = () => `${g.pick(['Sommer', 'Harbor', 'Kontor', 'Verano'])}${g.digits(4)}${g.pick(['!', '#', '.'])}`;

describe('dev14 biz classes', () => {
  it('reads NAME=value lines of a SAP JCo destination file and of a crontab as config', () => {
    assertFinds([(v) => `jco.client.lang=de\njco.client.client=100\njco.client.passwd=${v}\njco.client.user=RFC_USER\n`], human, 'connector/ABAP_AS.jcoDestination');
    assertFinds(
      [(v) => `MAILTO=ops@example.com\nBANK_SFTP_PASSWORD=${v}\n0 6 * * 1-5 /opt/bin/fetch.sh\n`, (v) => `SHELL=/bin/bash\nPGP_PASSPHRASE=${v}\n30 2 * * * /opt/bin/upload.sh\n`],
      () => g.alnum(16),
      'deploy/crontab.treasury',
    );
    assertFinds([(v) => `API_TOKEN=${v}\n*/5 * * * * root /usr/local/bin/sync\n`], () => g.alnum(32), 'etc/cron.d/erp-sync');
  });

  it('leaves MuleSoft secure properties (![…]) alone: the mule.key opens them', () => {
    assertQuiet([`sap:\n  jco:\n    user: "MULE_RFC"\n    password: "![${g.base64(24)}==]"\n`], 'src/main/resources/config/prod.yaml');
    assertQuiet([`db.password=![${g.base64(44)}]\n`], 'src/main/resources/secure-prod.properties');
  });

  it('leaves public client keys alone: Worldpay L_C_/T_C_ keys and a Shopify app API key (client id)', () => {
    assertQuiet([`{ "clientKey": "L_C_${g.uuid()}", "installationId": "1234567" }\n`, `worldpay:\n  client_key: T_C_${g.uuid()}\n`], 'config/worldpay.json');
    assertQuiet([`SHOPIFY_API_KEY=${g.hex(32)}\nSCOPES=read_orders\n`], 'shopify-app/.env');
    assertFinds([(v) => `SHOPIFY_API_KEY=${g.hex(32)}\nSHOPIFY_API_SECRET=${v}\n`], () => g.hex(32), 'shopify-app/.env');
    assertFinds([(v) => `"serviceKey": "${v}"`], () => `L_S_${g.uuid()}`, 'config/worldpay.json');
  });

  it('does not read a log line logger name as a password named after it', () => {
    assertQuiet(
      [
        '2024-11-04 09:20:30.420 ERROR [pool-3-thread-4] SettlementJob - SFTP login failed for user settle_acme (password=********)\n',
        '2024-11-04 09:21:00 WARN  ReconcileTask - wrong password for bank user\n',
      ],
      'logs/payment-gateway.log',
    );
  });
});
