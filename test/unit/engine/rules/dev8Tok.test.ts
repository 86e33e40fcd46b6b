// Classes of tokens without a provider prefix found while tuning on rw-dev8's tokens part: secret names whose
// qualifier is also a UI or pagination word (`SYNC_API_KEY`, `SEARCH_ADMIN_KEY`), and the syntaxes and look-alikes
// below. Each case says what must be found and what must stay quiet; values are generated from a seed at test time.
import assert from 'node:assert/strict';
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';
import { ruleAssertions } from '../../../support/ruleAssertions';

const scanner = createScanner();
const g = createExampleGen(0xd15c_0de8);

const { found: values } = ruleAssertions(scanner);

describe('rw-dev8 classes: tokens without a prefix', () => {
  describe('secret names', () => {
    it('reads a service noun before `api` as whose API key it is (`SYNC_API_KEY`, `RENDER_API_KEY`)', () => {
      const a = g.alnum(32);
      const b = g.upper(32);
      assert.deepEqual(values(`<?php\ndefine('ACME_SYNC_API_KEY', '${b}');\n`, 'plugin/acme.php'), [b]);
      assert.deepEqual(values(`FROM node:20\nENV RENDER_API_KEY=${a}\n`, 'Dockerfile'), [a]);
    });

    it('reads a sync secret as a secret, a sync token still as a pagination cursor', () => {
      const a = g.hex(40);
      const b = g.alnum(32);
      assert.deepEqual(values(`SYNC_SECRET = "${a}"\n`, 'src/settings.py'), [a]);
      assert.deepEqual(values(`nextSyncToken = "${b}"\n`, 'src/calendar.py'), []);
      assert.deepEqual(values(`const syncToken = "${b}";\n`, 'src/calendar.js'), []);
    });

    it('reads a search key named admin or write as the secret one, a search key alone as search-only', () => {
      const a = g.hex(32);
      assert.deepEqual(values(`SEARCH_ADMIN_KEY=${a}\n`, 'apps/web/.env.production'), [a]);
      assert.deepEqual(values(`searchWriteKey: "${a}"\n`, 'config/search.yml'), [a]);
      assert.deepEqual(values(`SEARCH_KEY=${a}\n`, 'apps/web/.env.production'), []);
    });
  });
  describe('syntaxes', () => {
    it('reads CloudFormation `ParameterKey`/`ParameterValue` and Beanstalk `OptionName`/`Value` pairs', () => {
      const a = g.alnum(40);
      const b = g.hex(32);
      const text = `[\n  { "ParameterKey": "PartnerApiKey", "ParameterValue": "${a}" },\n  { "ParameterKey": "VpcId", "ParameterValue": "vpc-${g.hex(17)}" }\n]\n`;
      assert.deepEqual(values(text, 'infra/cfn/params-prod.json'), [a]);
      assert.deepEqual(values(`{ "Namespace": "aws:elasticbeanstalk:application:environment", "OptionName": "WEBHOOK_SECRET", "Value": "${b}" }\n`, 'eb/options.json'), [b]);
      assert.deepEqual(values(`{ "OptionName": "InstanceType", "Value": "t3.large" }\n`, 'eb/options.json'), []);
    });

    it('reads every random `--from-literal` of `kubectl create secret` as a secret, whatever its key, on one line or continued', () => {
      const a = g.hex(32);
      assert.deepEqual(values(`kubectl create secret generic search --from-literal=user=indexer --from-literal=key=${a}\n`, 'run.sh'), [a]);
      const b = g.alnum(40);
      assert.deepEqual(values(`kubectl -n search create secret generic search-admin \\\n  --from-literal=dsn=${b} --dry-run=client -o yaml | kubectl apply -f -\n`, 'runbooks/rotate.md'), [b]);
      assert.deepEqual(values('kubectl create secret generic app --from-literal=region=eu-west-1 --from-literal=user=deploy\n', 'run.sh'), []);
      assert.deepEqual(values(`kubectl create configmap app --from-literal=key=${g.hex(32)}\n`, 'run.sh'), []);
    });
  });

  describe('API clients built with their endpoint and a key', () => {
    it('finds the opaque literal after the endpoint (a URL literal or a name that says URL, endpoint or host)', () => {
      const a = g.alnum(40);
      assert.deepEqual(values(`client = Client("https://crm.example.com/api", "${a}")\n`, 'scripts/sync.py'), [a]);
      const b = g.uuid();
      assert.deepEqual(values(`\treturn NewClient(defaultBaseURL, "${b}", 10*time.Second)\n`, 'internal/partner/client.go'), [b]);
      const c = g.hex(32);
      assert.deepEqual(values(`$c = new Acme_Client('https://sync.acme.dev', '${c}');\n`, 'plugin.php'), [c]);
      const d = g.base64(32);
      assert.deepEqual(values(`var client = new ShippingClient(BASE_URL, ACCOUNT_ID, "${d}");\n`, 'src/Ship.java'), [d]);
    });

    it('leaves references, names, checksums of downloads and calls without an endpoint alone', () => {
      assert.deepEqual(values('client = Client("https://crm.example.com/api", os.environ["CRM_KEY"])\n', 'a.py'), []);
      assert.deepEqual(values('client = HttpClient("https://api.example.com", "ProductionReportsClientName")\n', 'a.py'), []);
      assert.deepEqual(values(`dl = DownloadClient("https://cdn.example.com/tool.tar.gz", "${g.hex(64)}")\n`, 'a.py'), []);
      assert.deepEqual(values(`client = ApiClient(timeout, "${g.alnum(32)}")\n`, 'a.py'), []);
    });
  });

  describe('look-alikes', () => {
    it('leaves a key the sentence calls public', () => {
      const text = `1. Revoke the old key.\n2. The search-only key (${g.hex(32)}) is public and stays.\n`;
      assert.deepEqual(values(text, 'runbooks/rotate-search-key.md'), []);
    });

    it('leaves a `?key=` that says it is public (`pub_`, `pk_`)', () => {
      assert.deepEqual(values(`<script src="https://js.example-analytics.com/v1?key=pub_${g.alnum(20)}"></script>\n`, 'web/index.html'), []);
      const a = g.alnum(32);
      assert.deepEqual(values(`<script src="https://maps.example.com/v1?key=${a}"></script>\n`, 'web/index.html'), [a]);
    });

    it("leaves a provider's prefix with a dummy word for its body (`whsec_test`)", () => {
      assert.deepEqual(values("export const FIXTURES = {\n  webhookSecret: 'whsec_test',\n  apiKey: 'sk_live_example',\n};\n", 'src/fixtures.ts'), []);
    });

    it("leaves a cookie's or storage slot's dotted name under a key's name", () => {
      assert.deepEqual(values("export const SESSION_KEY = 'acme.sid';\nexport const TOKEN_KEY = 'auth:token';\n", 'src/cache/keys.ts'), []);
      const a = g.alnum(32);
      assert.deepEqual(values(`export const SESSION_KEY = '${a}';\n`, 'src/cache/keys.ts'), [a]);
    });
  });
  describe('builders and licence keys', () => {
    it("reads snake_case builder calls as setters (Rust's and Python's `.api_key(\"v\")`), a basic-auth call's user still not", () => {
      const a = g.alnum(32);
      assert.deepEqual(values(`    Telemetry::builder()\n        .endpoint(INGEST_URL)\n        .api_key("${a}")\n        .build()\n`, 'src/telemetry.rs'), [a]);
      const pw = `${g.pick(['Harbor', 'Falcon'])}${g.digits(4)}${g.pick(['!', '#'])}`;
      assert.deepEqual(values(`    .basic_auth("sync-bot", Some("${pw}"))\n`, 'src/bin/sync.rs'), [pw]);
      assert.deepEqual(values(`    .get_api_key("${g.alnum(32)}")\n`, 'src/lookup.rs'), []);
    });

    it('finds licence keys (dashed groups of letters and digits) under a licence name, not formats or licence names', () => {
      const grp = (n: number) => g.chars('ABCDEFGHJKMNPQRSTVWXYZ', 2) + g.digits(1) + g.chars('ABCDEFGHJKMNPQRSTVWXYZ0123456789', n - 3);
      const a = [5, 5, 5, 5, 5].map(grp).join('-');
      const b = [4, 4, 4, 4].map(grp).join('-');
      assert.deepEqual(values(`[ -z "$LICENSE" ] && LICENSE=${a}\n`, 'scripts/bootstrap.sh'), [a]);
      assert.deepEqual(values(`@echo off\nset LICENSE=${b}\nimporter.exe --license %LICENSE%\n`, 'tools/run.bat'), [b]);
      assert.deepEqual(values(`REPORTS_LICENSE=${b}\n`, 'deploy/env/worker.env'), [b]);
      assert.deepEqual(values('LICENSE=MIT\nLICENSE_KEY=XXXXX-XXXXX-XXXXX-XXXXX-XXXXX\n', 'deploy/env/worker.env'), []);
      assert.deepEqual(values(`ORDER_NUMBER=${b}\n`, 'deploy/env/worker.env'), []);
    });
  });
});
