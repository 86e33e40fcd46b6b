// Nothing leaks: distinct secrets built at run time go through every output path on main (CLI text, JSON,
// SARIF and --output files, --history, --staged, redact, config error messages; the language server's
// diagnostics, hovers, code action titles and commands incl. the incident checklist, every notification
// and its stderr; the ignore entry written to .hush.json). Every byte is searched for each raw value and
// for any 12-character piece of its random part. The value may appear only in its own source file and in
// the .env edit the user asked for.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as ts from 'typescript';
import type { CodeAction, Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { createExampleGen } from '../../engine/examples';
import { runCli } from '../cli/runCli';
import { TempRepo } from '../support/gitRepo';
import { LspClient } from '../support/lspClient';

const g = createExampleGen(4242);

interface Planted {
  name: string;
  value: string;
  /** Length of the public format prefix that masks may show (`ghp_`, `sk_live_`). */
  publicPrefix: number;
}

const planted: Planted[] = [
  { name: 'github', value: g.crc32Token('ghp_', 30), publicPrefix: 4 },
  { name: 'stripe', value: `sk_live_${g.alnum(32)}`, publicPrefix: 8 },
  { name: 'aws-id', value: `AKIA${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`, publicPrefix: 4 },
  { name: 'aws-secret', value: g.base64(40), publicPrefix: 0 },
  { name: 'password', value: `${g.alnum(14)}#${g.digits(3)}`, publicPrefix: 0 },
];

/** Every place in `output` where a planted value, or a 12-character piece of its random part, appears. */
function leaks(label: string, output: string): string[] {
  const found: string[] = [];
  for (const p of planted) {
    if (output.includes(p.value)) {
      found.push(`${label}: raw ${p.name} value`);
      continue;
    }
    const random = p.value.slice(p.publicPrefix);
    for (let i = 0; i + 12 <= random.length; i++) {
      if (output.includes(random.slice(i, i + 12))) {
        found.push(`${label}: 12 characters of the ${p.name} value (offset ${i})`);
        break;
      }
    }
  }
  return found;
}

const [github, stripe, awsId, awsSecret, password] = planted.map((p) => p.value) as [string, string, string, string, string];
const sources: Record<string, string> = {
  'src/app.js': `const token = "${github}";\nconst stripeKey = '${stripe}';\n`,
  'deploy/aws.env': `AWS_ACCESS_KEY_ID=${awsId}\nAWS_SECRET_ACCESS_KEY=${awsSecret}\n`,
  'config/db.py': `db_password = "${password}"\n`,
};

describe('nothing leaks', function () {
  this.timeout(60_000);
  const problems: string[] = [];
  let repo: TempRepo;

  before(() => {
    repo = TempRepo.init();
    for (const [path, text] of Object.entries(sources)) repo.write(path, text);
    repo.commit('add config');
    repo.pushToBareRemote('origin', 'main');
  });

  it('CLI: scan in every format, --output, --history, --staged, redact', () => {
    const cli = (args: string[], input?: string) => {
      const r = runCli(args, repo.dir, input);
      problems.push(...leaks(`hush ${args.join(' ')} (stdout)`, r.stdout), ...leaks(`hush ${args.join(' ')} (stderr)`, r.stderr));
      return r;
    };
    for (const format of ['text', 'json', 'sarif']) assert.equal(cli(['scan', '.', '--format', format]).code, 1);
    cli(['scan', '.', '--format', 'sarif', '--output', 'out.sarif']);
    problems.push(...leaks('--output file', readFileSync(join(repo.dir, 'out.sarif'), 'utf8')));
    assert.equal(cli(['scan', '--history', '--format', 'json']).code, 1);
    cli(['scan', '--history']);
    repo.write('new.js', `const again = "${github}";\n`);
    repo.git('add', 'new.js');
    assert.equal(cli(['scan', '--staged']).code, 1);
    cli(['scan', '--staged', '--format', 'json']);
    const redacted = cli(['redact'], Object.values(sources).join('\n'));
    assert.equal(redacted.code, 0);
    assert.deepEqual(problems, []);
  });

  it('CLI: config errors never echo a value written in the wrong place', () => {
    const configs = [
      JSON.stringify({ ignore: [{ fingerprint: github, reason: 'x' }] }),
      JSON.stringify({ disabledRules: stripe }),
      JSON.stringify({ [awsSecret]: true }),
      JSON.stringify({ rules: [{ id: 'x', pattern: password }] }),
      `{ "exclude": ["a"], "token": "${github}" `,
      `{ "exclude": ${stripe} }`,
    ];
    configs.forEach((text, i) => {
      repo.write(`bad${i}.json`, text);
      const r = runCli(['scan', 'src', '--config', `bad${i}.json`], repo.dir);
      assert.equal(r.code, 2, `config #${i}: ${r.stderr}`);
      assert.match(r.stderr, /invalid config|not valid JSON|must/, `config #${i}`);
      problems.push(...leaks(`config #${i} error`, r.stdout + r.stderr));
    });
    assert.deepEqual(problems, []);
  });

  it('language server: diagnostics, hovers, actions (incl. the incident checklist), notifications, logs, ignore entries', async () => {
    const c = new LspClient(repo.dir, { settings: { trace: { server: 'verbose' } } });
    const isIncident = (p: PublishDiagnosticsParams) => p.diagnostics.length > 0 && p.diagnostics.every((d) => String(d.message).includes('in git history'));
    try {
      await c.initialize();
      const seen: string[] = [];
      for (const [path, text] of Object.entries(sources)) {
        const uri = c.open(path, text, path.endsWith('.py') ? 'python' : path.endsWith('.js') ? 'javascript' : 'dotenv', false);
        const diags = (await c.diagnostics(uri, isIncident, 20_000)) as Diagnostic[];
        seen.push(JSON.stringify(diags));
        for (const d of diags) {
          seen.push(JSON.stringify(await c.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: d.range.start })));
          const actions = (await c.codeActions(uri, [d])) as CodeAction[];
          assert.ok(
            actions.some((a) => /incident checklist/.test(a.title)),
            `${path}: no checklist action`,
          );
          for (const a of actions) {
            const { edit, ...rest } = a;
            seen.push(JSON.stringify(rest));
            // An edit may carry the value only into a .env file (the store the user chose), never elsewhere.
            for (const change of edit?.documentChanges ?? []) {
              if ('kind' in change) continue;
              if (/\/\.env$/.test(change.textDocument.uri)) continue;
              seen.push(JSON.stringify(change));
            }
          }
        }
      }
      // Ignore this value everywhere: the entry goes to .hush.json.
      const appUri = c.uri('src/app.js');
      const diag = (await c.diagnostics(appUri))[0]!;
      const ignore = ((await c.codeActions(appUri, [diag])) as CodeAction[]).find((a) => /Ignore this value everywhere/.test(a.title));
      assert.ok(ignore?.edit, 'an "Ignore this value everywhere" action');
      c.applyEdit(ignore.edit);
      const written = c.read('.hush.json') ?? '';
      assert.match(written, /"fingerprint"/);
      problems.push(...leaks('.hush.json after an ignore action', written));
      problems.push(...leaks('diagnostics, hovers and actions', seen.join('\n')));
      problems.push(...leaks('notifications', JSON.stringify(c.notifications)));
      problems.push(...leaks('server stderr', c.stderr));
      assert.ok(seen.length > 10, 'the server answered');
    } finally {
      await c.dispose();
    }
    assert.deepEqual(problems, []);
  });
});

describe('no network', () => {
  /** Modules that may appear, and the only code allowed to use them. */
  const ALLOWED: Record<string, RegExp> = {
    // vscode-jsonrpc's IPC / named-pipe / --socket transports: local, chosen by the client that starts the server.
    net: /node_modules\/vscode-(?:jsonrpc|languageserver|languageclient)\//,
    // The opt-in validity check (`--verify`, "Check if this key is live"): one module, sent only after the
    // user confirmed the endpoint it names.
    https: /^verify\/httpsRequest\.ts$/,
  };

  it('no bundle in dist/ calls fetch or loads http, https, http2, net, tls or dgram (except the LSP transport and the confirmed validity check)', function () {
    this.timeout(60_000);
    const dist = resolve(__dirname, '../../../dist');
    const bundles = readdirSync(dist).filter((f) => f.endsWith('.js'));
    assert.ok(bundles.includes('cli.js') && bundles.includes('server.js'), `bundles: ${bundles}`);
    const uses: string[] = [];
    let requires = 0;
    for (const file of bundles) {
      const code = readFileSync(join(dist, file), 'utf8');
      // esbuild marks where each bundled module starts: `// node_modules/pkg/file.js`.
      const markers = [...code.matchAll(/^\/\/ (\S+\.[cm]?[jt]s)$/gm)].map((m) => ({ at: m.index!, module: m[1]! }));
      const moduleAt = (pos: number) => markers.filter((m) => m.at < pos).pop()?.module ?? '(bundle head)';
      const src = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
      const visit = (node: ts.Node): void => {
        if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
          const name = node.expression.text;
          if (name === 'fetch' || name === 'XMLHttpRequest' || name === 'WebSocket') uses.push(`${file}: ${name}() in ${moduleAt(node.pos)}`);
          const arg = node.arguments[0];
          if (name === 'require' && arg && ts.isStringLiteral(arg)) {
            requires++;
            const mod = arg.text.replace(/^node:/, '');
            if (['http', 'https', 'http2', 'net', 'tls', 'dgram'].includes(mod) && !ALLOWED[mod]?.test(moduleAt(node.pos))) uses.push(`${file}: require("${mod}") in ${moduleAt(node.pos)}`);
          }
        }
        if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && ['XMLHttpRequest', 'WebSocket'].includes(node.expression.text)) uses.push(`${file}: new ${node.expression.text}`);
        ts.forEachChild(node, visit);
      };
      visit(src);
    }
    assert.ok(requires > 10, `${requires} require() calls seen`);
    assert.deepEqual(uses, []);
  });
});
