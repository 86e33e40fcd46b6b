// One engine path: on texts of the real-world categories (human-made passwords in config and code, defaults in
// code, SQL, XML, value holders, passwords passed to calls, URLs of any scheme, Kubernetes Secret data, command
// lines, prose and tables, logs, credential files, and an information-level note), the paste guard, live
// diagnostics, `hush scan --staged`, `hush scan` and Scan Workspace report exactly what the engine finds: the
// same rules on the same spans.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createScanner, LineIndex } from '../../engine';
import { createExampleGen } from '../../engine/examples';
import { SCAN_TEXT_METHOD, type ScanTextParams, type ScanTextResult, type ScanWorkspaceResult } from '../../protocol/messages';
import { CLI } from '../cli/runCli';
import { git, initRepo } from '../support/gitRepo';
import { tempTree, writeFile } from '../support/tempTree';
import { LspClient } from '../support/lspClient';

const g = createExampleGen(1515);
const human = () => `${g.pick(['Harbor', 'Falcon', 'Maple', 'Copper', 'Dolphin'])}${g.digits(4)}${g.pick(['!', '#', '%', '+'])}`;

/** Path → text, with languageId for the editor. Values are generated at run time. */
const DOCS: { path: string; languageId: string; text: string }[] = [
  { path: '.env', languageId: 'dotenv', text: `APP_ENV=production\nDB_PASSWORD=${human()}\nSMTP_PW=${human()}\nAPI_KEY=your_api_key_here\n` },
  { path: 'src/main/resources/application.properties', languageId: 'properties', text: `server.port=8080\nspring.datasource.password=${human()}\n` },
  { path: 'app/config.py', languageId: 'python', text: `import os\n\nDB_PASSWORD = os.environ.get("DB_PASSWORD") or "${human()}"\nSECRET_KEY = "${g.alnum(40)}"\nLABEL = "Enter your password"\n` },
  { path: 'db/init.sql', languageId: 'sql', text: `CREATE USER app WITH PASSWORD '${human()}';\nALTER USER 'report'@'%' IDENTIFIED BY '${human()}';\n` },
  { path: 'conf/server.xml', languageId: 'xml', text: `<config>\n  <dbPassword>${human()}</dbPassword>\n  <add key="ApiToken" value="${g.alnum(32)}" />\n</config>\n` },
  { path: 'infra/variables.tf', languageId: 'terraform', text: `variable "db_password" {\n  type    = string\n  default = "${human()}"\n}\n` },
  { path: 'src/Mail.cs', languageId: 'csharp', text: `var cred = new NetworkCredential("mailer", "${human()}");\n` },
  { path: 'src/Db.java', languageId: 'java', text: `Connection c = DriverManager.getConnection("jdbc:postgresql://pg01/sales", "sales", "${human()}");\n` },
  { path: 'config/integrations.yml', languageId: 'yaml', text: `nats_url: nats://orders:${g.alnum(12)}@nats:4222\nsentry_dsn: https://${g.hex(32)}@o${g.digits(6)}.ingest.sentry.io/${g.digits(7)}\n` },
  { path: 'k8s/secret.yaml', languageId: 'yaml', text: `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app\ndata:\n  DB_PASSWORD: ${btoa(human())}\n  username: ${btoa('app')}\n` },
  // Command lines, prose, tables, logs and credential files: where most leaked passwords are written.
  {
    path: 'scripts/backup.sh',
    languageId: 'shellscript',
    text: `#!/bin/sh\nset -e\nmysqldump -u root -p'${human()}' shop > /tmp/shop.sql\ncurl -fsS -u deploy:${human()} https://ci.internal.example/upload -T /tmp/shop.sql\n`,
  },
  { path: 'docs/runbook.md', languageId: 'markdown', text: `# Staging\n\nLog in to the admin console:\n\n- Username: admin\n- Password: ${human()}\n\nAsk #ops for production access.\n` },
  { path: 'docs/accounts.md', languageId: 'markdown', text: `| Service | User | Password |\n|---|---|---|\n| Grafana | admin | ${human()} |\n| Jenkins | build | ${human()} |\n` },
  {
    path: 'logs/app.log',
    languageId: 'log',
    text: `2026-01-04T10:00:01Z INFO request started\n2026-01-04T10:00:01Z DEBUG > Authorization: Basic ${btoa(`svc-report:${human()}`)}\n2026-01-04T10:00:02Z INFO done\n`,
  },
  { path: '.netrc', languageId: 'plaintext', text: `machine api.example.org\n  login ci-bot\n  password ${human()}\n` },
];

interface Span {
  file: string;
  ruleId: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

const key = (s: Span) => `${s.file} ${s.ruleId} ${s.line}:${s.column}-${s.endLine}:${s.endColumn}`;
const sorted = (spans: Span[]) => spans.map(key).sort();

/** What the engine finds, as 1-based lines and columns (the CLI's and the protocol's shape). */
function engineSpans(): Span[] {
  const scanner = createScanner();
  return DOCS.flatMap((d) => {
    const lines = new LineIndex(d.text);
    return scanner.scan(d.text, { path: d.path }).map((f) => {
      const a = lines.position(f.start);
      const b = lines.position(f.end);
      return { file: d.path, ruleId: f.ruleId, line: a.line + 1, column: a.character + 1, endLine: b.line + 1, endColumn: b.character + 1 };
    });
  });
}

function cliSpans(cwd: string, args: string[]): Span[] {
  const r = spawnSync(process.execPath, [CLI, 'scan', ...args, '--format', 'json'], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  assert.ok(r.status === 0 || r.status === 1, r.stderr);
  const report = JSON.parse(r.stdout) as { findings: Span[] };
  return report.findings.map((f) => ({ file: f.file, ruleId: f.ruleId, line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn }));
}

function diagnosticSpans(file: string, diagnostics: { code?: string | number; range: { start: { line: number; character: number }; end: { line: number; character: number } } }[]): Span[] {
  return diagnostics.map((d) => ({ file, ruleId: String(d.code), line: d.range.start.line + 1, column: d.range.start.character + 1, endLine: d.range.end.line + 1, endColumn: d.range.end.character + 1 }));
}

describe('one engine path for the real-world categories', function () {
  this.timeout(60_000);
  const expected = engineSpans();

  it('the texts exercise the new detectors and an information-level note', () => {
    const rules = new Set(expected.map((s) => s.ruleId));
    for (const id of ['generic-secret-assignment', 'generic-secret-value', 'generic-password-argument', 'url-password', 'kubernetes-secret-data', 'sentry-dsn']) assert.ok(rules.has(id), id);
    for (const id of ['mysql-cli-password', 'cli-user-password-argument', 'prose-table-password', 'http-basic-auth-header', 'netrc-password']) assert.ok(rules.has(id), id);
    for (const d of DOCS)
      assert.ok(
        expected.some((s) => s.file === d.path),
        `${d.path} has a finding`,
      );
    assert.ok(expected.length >= 21, `${expected.length} findings`);
  });

  it('hush scan and hush scan --staged report the same findings', () => {
    const root = initRepo();
    for (const d of DOCS) writeFile(root, d.path, d.text);
    assert.deepEqual(sorted(cliSpans(root, ['.'])), sorted(expected));
    git(root, 'add', '-A');
    assert.deepEqual(sorted(cliSpans(root, ['--staged'])), sorted(expected));
  });

  it('live diagnostics and the paste guard report the same findings', async () => {
    const c = new LspClient(tempTree({}));
    try {
      await c.initialize();
      const live: Span[] = [];
      const pasted: Span[] = [];
      for (const d of DOCS) {
        const uri = c.open(d.path, d.text, d.languageId);
        live.push(...diagnosticSpans(d.path, await c.diagnosticsFor(uri, 1)));
        // The whole text pasted into an empty document of the same file.
        const params: ScanTextParams = { uri, languageId: d.languageId, text: d.text, documentText: '', insertStart: 0, insertEnd: 0 };
        const result: ScanTextResult = await c.connection.sendRequest(SCAN_TEXT_METHOD, params);
        const lines = new LineIndex(d.text);
        pasted.push(
          ...result.findings.map((f) => {
            const a = lines.position(f.start);
            const b = lines.position(f.end);
            return { file: d.path, ruleId: f.ruleId, line: a.line + 1, column: a.character + 1, endLine: b.line + 1, endColumn: b.character + 1 };
          }),
        );
      }
      assert.deepEqual(sorted(live), sorted(expected));
      assert.deepEqual(sorted(pasted), sorted(expected));
    } finally {
      await c.dispose();
    }
  });

  it('Scan Workspace reports the same findings', async () => {
    const files: Record<string, string> = {};
    for (const d of DOCS) files[d.path] = d.text;
    const c = new LspClient(tempTree(files));
    try {
      await c.initialize();
      const summary = await c.connection.sendRequest<ScanWorkspaceResult>('hush/scanWorkspace', {});
      assert.equal(summary.findings, expected.length);
      const scanned: Span[] = [];
      for (const path of new Set(expected.map((s) => s.file))) scanned.push(...diagnosticSpans(path, await c.diagnostics(c.uri(path), (p: { diagnostics: unknown[] }) => p.diagnostics.length > 0)));
      assert.deepEqual(sorted(scanned), sorted(expected));
    } finally {
      await c.dispose();
    }
  });
});
