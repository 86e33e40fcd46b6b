// Classes of non-prose misses found while tuning on rw-dev2..rw-dev8 (issue 15): curl's config file quoted in a
// dotfiles README, exec-form argument lists printed one item a line or given curl's `-u user:password`, credential
// headers of Fluent Bit and VCR cassettes, rows of seed data aligned by hand. Values are generated at test time.
import assert from 'node:assert/strict';
import { createScanner } from '../../../../engine';
import { createExampleGen } from '../../../../engine/examples';
import { ruleAssertions } from '../../../support/ruleAssertions';

const scanner = createScanner();
const g = createExampleGen(0x17b_2026);

const { found: values } = ruleAssertions(scanner);

describe('tune17b classes: non-prose misses of rw-dev2..rw-dev8', () => {
  describe("curl's config file", () => {
    it('reads `user = "u:p"` and `--user "u:p"` under a heading naming .curlrc in a file that collects dotfiles', () => {
      const a = g.alnum(16);
      const b = `${g.lower(8)}${g.digits(3)}`;
      assert.deepEqual(values(`# ~/.wgetrc\nhttp_user = mirror\n\n# ~/.curlrc\nuser-agent = "acme/1.0"\nuser = "ops:${a}"\n`, 'dotfiles/net/rc-files.txt'), [a]);
      assert.deepEqual(values(`==> .curlrc <==\n--user "mirror:${b}"\nsilent\n`, 'dotfiles/README.txt'), [b]);
    });

    it('leaves `user` under another dotfile, a compose `user:` and a command line --user', () => {
      const a = g.alnum(16);
      assert.deepEqual(values(`# ~/.curlrc\nsilent\n\n# ~/.wgetrc\nuser = "ops:${a}"\n`, 'dotfiles/rc-files.txt'), []);
      assert.deepEqual(values(`# ~/.curlrc\nsilent\n\n# ~/.bashrc\nuser = "app:${a}"\n`, 'dotfiles/rc-files.txt'), []);
      assert.deepEqual(values('services:\n  app:\n    user: "1000:1000"\n', 'docker-compose.yml'), []);
      assert.deepEqual(values(`# ~/.curlrc\ndocker run --user "svc:${a}" app\n`, 'notes/run.txt'), []);
    });
  });

  describe('exec-form argument lists', () => {
    it("reads `docker inspect`'s one-item-a-line Args and curl's `-u user:password` item", () => {
      const a = `${g.upper(3)}${g.digits(3)}${g.lower(3)}~${g.alnum(5)}`;
      const b = g.alnum(32);
      assert.deepEqual(values(`{\n  "Args": [\n    "--requirepass",\n    "${a}"\n  ]\n}\n`, 'notes/inspect.json'), [a]);
      assert.deepEqual(values(`          args: ["-fsS", "-u", "notify:${b}", "https://hooks.example.io/done"]\n`, 'k8s/jobs/export.yaml'), [b]);
    });

    it('leaves a login alone, a uid:gid pair and a reference', () => {
      assert.deepEqual(values('CMD ["mysql", "-u", "root", "-p"]\n', 'Dockerfile'), []);
      assert.deepEqual(values('args: ["-u", "1000:1000"]\n', 'k8s/job.yaml'), []);
      assert.deepEqual(values('args: ["-u", "notify:$(NOTIFY_PASSWORD)"]\n', 'k8s/job.yaml'), []);
      assert.deepEqual(values(`{\n  "Args": [\n    "--port",\n    "6380"\n  ]\n}\n`, 'notes/inspect.json'), []);
    });
  });

  describe('credential headers', () => {
    it("reads Fluent Bit's aligned `Header Name v` and a VCR cassette's `Name:` / `- v`", () => {
      const a = g.uuid();
      const b = g.hex(32);
      assert.deepEqual(values(`[OUTPUT]\n    Name        http\n    URI         /v1/ingest\n    Header      X-Ingest-Key ${a}\n`, 'ops/logging/fluent-bit.conf'), [a]);
      assert.deepEqual(values(`  request:\n    headers:\n      X-Partner-Secret:\n      - ${b}\n`, 'spec/cassettes/orders.yml'), [b]);
    });

    it('leaves request ids, placeholders and a value that is another header', () => {
      assert.deepEqual(values(`    Header      X-Request-Key ${g.uuid()}\n`, 'fluent-bit.conf'), []);
      assert.deepEqual(values(`      X-Api-Key:\n      - <your-api-key>\n`, 'spec/cassettes/a.yml'), []);
      assert.deepEqual(values(`      X-Api-Key:\n      - name: Accept\n`, 'spec/cassettes/a.yml'), []);
    });
  });

  describe('rows aligned by hand', () => {
    it("reads a seed row's password after blanks that align its columns", () => {
      const a = g.alnum(20);
      const text = `INSERT INTO accounts (id, login, email, password, created_at) VALUES\n  (1002, 'etl_writer',    'etl@corp.example',     '${a}', now());\n`;
      assert.deepEqual(values(text, 'db/migrations/0042_seed.sql'), [a]);
    });

    it('leaves an aligned column that is not the password', () => {
      const text = `INSERT INTO accounts (id, login, email, role) VALUES\n  (1002, 'etl_writer',    'etl@corp.example',     '${g.alnum(20)}');\n`;
      assert.deepEqual(values(text, 'db/migrations/0042_seed.sql'), []);
    });
  });

  describe('passwords fed on stdin', () => {
    it("reads a literal echoed into openfortivpn or smbpasswd -s, and printf '%s' as an echo", () => {
      const a = `${g.lower(6)}_${g.lower(6)}${g.digits(2)}`;
      const b = g.alnum(24);
      assert.deepEqual(values(`    echo '${a}' | sudo openfortivpn fw.acme.io:443 -u contractor --pinentry=none\n`, 'docs/it/laptop-setup.md'), [a]);
      assert.deepEqual(values(`echo '${a}' | smbpasswd -s -a backup\n`, 'setup.sh'), [a]);
      assert.deepEqual(values(`printf '%s' '${b}' | helm registry login ghcr.io -u bot --password-stdin\n`, 'ci/release.sh'), [b]);
    });

    it('leaves a variable echoed into openfortivpn and a printf of a variable', () => {
      assert.deepEqual(values('echo "$VPN_PASSWORD" | sudo openfortivpn fw.acme.io:443 -u contractor\n', 'vpn.sh'), []);
      assert.deepEqual(values(`printf '%s' "$TOKEN" | helm registry login ghcr.io --password-stdin\n`, 'ci/release.sh'), []);
    });
  });

  describe("Twilio's client built with literals", () => {
    it('reads the token after a literal account SID', () => {
      const a = g.hex(32);
      assert.deepEqual(values(`\`\`\`js\nconst client = require('twilio')('AC${g.hex(32)}', '${a}');\n\`\`\`\n`, 'sms/README.md'), [a]);
    });

    it('leaves variables and a SID alone', () => {
      assert.deepEqual(values(`const client = require('twilio')('AC${g.hex(32)}', authToken);\n`, 'sms/send.js'), []);
    });
  });

  describe('shell history', () => {
    it('reads an unquoted password assigned on a history line, exported or before its command', () => {
      const a = `${g.alnum(4)}${g.upper(3)}.${g.alnum(10)}`;
      const b = `${g.digits(1)}${g.lower(3)}@${g.upper(3)}${g.digits(2)}`;
      assert.deepEqual(values(`ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub\nexport PGPASSWORD=${a}\npsql -h db -U app\n`, 'home/ops/.bash_history'), [a]);
      assert.deepEqual(values(`: 1726764452:0;PGPASSWORD=${b} psql -h db-ro -U ro app -c 'select 1'\n`, 'home/.zsh_history'), [b]);
    });

    it('leaves references and command substitutions on history lines', () => {
      assert.deepEqual(values('export PGPASSWORD=$(vault kv get -field=password secret/db)\n', 'home/ops/.bash_history'), []);
      assert.deepEqual(values('export PGPASSWORD=$DB_PASSWORD\n', 'home/ops/.bash_history'), []);
    });
  });

  describe('pgpass lines quoted in a document', () => {
    it('reads an indented pgpass line under a mention of ~/.pgpass', () => {
      const a = g.alnum(12);
      assert.deepEqual(values(`~/.pgpass\n\n    db.internal:5432:*:report:${a}\n`, 'ops/dotfiles.md'), [a]);
    });
  });
});
