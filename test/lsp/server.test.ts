import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { createExampleGen } from '../../engine/examples';
import { parseDotenv } from '../../engine/fix/stores';
import { parseError, type ParseCheck } from '../support/parsers';
import { LspClient } from '../support/lspClient';
import { tempTree } from '../support/tempTree';
import { git, hasGit, initRepo } from '../support/gitRepo';

const g = createExampleGen(11);
const ghp = () => g.crc32Token('ghp_', 30);
const stripe = () => `sk_live_${g.alnum(32)}`;
const nonEmpty = (p: { diagnostics: Diagnostic[] }) => p.diagnostics.length > 0;

async function withClient(files: Record<string, string>, fn: (c: LspClient) => Promise<void>, settings: Record<string, unknown> = {}, pull = true): Promise<void> {
  const c = new LspClient(tempTree(files), { settings, pullConfiguration: pull });
  try {
    await c.initialize();
    await fn(c);
  } finally {
    await c.dispose();
  }
}

function action(actions: CodeAction[], title: RegExp): CodeAction {
  const a = actions.find((x) => title.test(x.title));
  assert.ok(a, `an action matching ${title} among ${JSON.stringify(actions.map((x) => x.title))}`);
  return a;
}

describe('language server over stdio', function () {
  this.timeout(30_000);

  it('publishes a diagnostic on the value: source, code, docs link, masked message, never the value', async () => {
    await withClient({}, async (c) => {
      const key = stripe();
      const text = `// pay\nconst stripeKey = "${key}";\n`;
      const uri = c.open('src/pay.js', text, 'javascript');
      const [d, ...rest] = await c.diagnostics(uri, nonEmpty);
      assert.equal(rest.length, 0);
      assert.deepEqual(d!.range, { start: { line: 1, character: 19 }, end: { line: 1, character: 19 + key.length } });
      assert.equal(d!.source, 'hush');
      assert.equal(d!.code, 'stripe-live-secret-key');
      assert.match(d!.codeDescription!.href, /^https:\/\/docs\.stripe\.com\//);
      assert.equal(String(d!.message), `Stripe live secret key (sk_live_…${key.slice(-4)}) hard-coded: move it to .env`);
      assert.ok(!JSON.stringify(d).includes(key));
    });
  });

  it('in the .env store itself, says to keep the file out of git rather than "move it to .env", and offers no move', async () => {
    await withClient({}, async (c) => {
      const key = stripe();
      const uri = c.open('.env', `STRIPE_SECRET_KEY=${key}\n`, 'dotenv');
      const [d] = await c.diagnostics(uri, nonEmpty);
      assert.match(String(d!.message), /^Stripe live secret key \(sk_live_…\w{4}\) in a secret store file: keep it out of git/);
      const actions = await c.codeActions(uri, [d!]);
      assert.ok(!actions.some((a) => /^Move to/.test(a.title)), JSON.stringify(actions.map((a) => a.title)));
    });
  });

  describe('Move to .env, applied to real files', () => {
    const cases: Array<{ path: string; lang: string; text: (v: string) => string; parse?: ParseCheck; ref: RegExp }> = [
      { path: 'app.js', lang: 'javascript', text: (v) => `const token = "${v}";\nconsole.log(token);\n`, parse: 'js', ref: /process\.env\.GITHUB_TOKEN/ },
      { path: 'app.tsx', lang: 'typescriptreact', text: (v) => `export const h = { Authorization: \`token ${v}\` };\n`, ref: /`token \$\{process\.env\.GITHUB_TOKEN\}`/ },
      { path: 'app.py', lang: 'python', text: (v) => `import sys\n\nTOKEN = "${v}"\nprint(TOKEN, sys.argv)\n`, parse: 'python', ref: /os\.environ\["GITHUB_TOKEN"\]/ },
      { path: 'main.go', lang: 'go', text: (v) => `package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("${v}")\n}\n`, ref: /os\.Getenv\("GITHUB_TOKEN"\)/ },
      { path: 'App.java', lang: 'java', text: (v) => `class App {\n  String t = "${v}";\n}\n`, ref: /System\.getenv\("GITHUB_TOKEN"\)/ },
      { path: 'App.kt', lang: 'kotlin', text: (v) => `val t = "${v}"\n`, ref: /System\.getenv\("GITHUB_TOKEN"\)/ },
      { path: 'Program.cs', lang: 'csharp', text: (v) => `var t = "${v}";\n`, ref: /Environment\.GetEnvironmentVariable\("GITHUB_TOKEN"\)/ },
      { path: 'app.rb', lang: 'ruby', text: (v) => `token = "${v}"\n`, ref: /ENV\["GITHUB_TOKEN"\]/ },
      { path: 'index.php', lang: 'php', text: (v) => `<?php\n$token = '${v}';\n`, ref: /getenv\('GITHUB_TOKEN'\)/ },
      { path: 'main.rs', lang: 'rust', text: (v) => `fn main() {\n    let t = "${v}";\n    println!("{}", t);\n}\n`, parse: 'rust', ref: /std::env::var\("GITHUB_TOKEN"\)/ },
      { path: 'deploy.sh', lang: 'shellscript', text: (v) => `#!/bin/bash\ncurl -H "Authorization: token ${v}" https://api.github.com\n`, parse: 'shell', ref: /"Authorization: token \$GITHUB_TOKEN"/ },
      { path: 'compose.yaml', lang: 'yaml', text: (v) => `services:\n  web:\n    environment:\n      GH_PAT: ${v}\n`, parse: 'yaml', ref: /GH_PAT: \$\{GH_PAT\}/ },
      {
        path: '.github/workflows/ci.yml',
        lang: 'yaml',
        text: (v) => `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: gh release list\n        env:\n          GH_TOKEN: ${v}\n`,
        parse: 'yaml',
        ref: /GH_TOKEN: \$\{\{ secrets\.GH_TOKEN \}\}/,
      },
      { path: 'src/main/resources/application.properties', lang: 'properties', text: (v) => `github.token=${v}\n`, ref: /github\.token=\$\{GITHUB_TOKEN\}/ },
      { path: 'Dockerfile', lang: 'dockerfile', text: (v) => `FROM alpine\nRUN wget --header="Authorization: token ${v}" https://x\n`, ref: /RUN --mount=type=secret,id=GITHUB_TOKEN,env=GITHUB_TOKEN wget/ },
      { path: 'main.tf', lang: 'terraform', text: (v) => `provider "github" {\n  token = "${v}"\n}\n`, parse: 'terraform', ref: /token = var\.github_token/ },
      { path: 'settings.json', lang: 'json', text: (v) => `{ "token": "${v}" }\n`, parse: 'json', ref: /"token": "\$\{GITHUB_TOKEN\}"/ },
    ];

    it('every language: literal gone, .env holds the value, .gitignore covers .env, file still parses', async function () {
      this.timeout(60_000);
      await withClient({}, async (c) => {
        for (const k of cases) {
          const value = ghp();
          const uri = c.open(k.path, k.text(value), k.lang);
          const diags = await c.diagnostics(uri, nonEmpty);
          const actions = await c.codeActions(uri, diags);
          const move = action(actions, /^Move to \.env as /);
          assert.equal(move.isPreferred, true, k.path);
          c.applyEdit(move.edit!);
          const after = c.read(k.path)!;
          assert.ok(!after.includes(value), `${k.path}: literal removed\n${after}`);
          // Names accumulate in the shared .env (GITHUB_TOKEN, GITHUB_TOKEN_2, …).
          const ref = new RegExp(k.ref.source.replace(/(GITHUB_TOKEN|GH_TOKEN|GH_PAT|github_token|TOKEN)/g, '$1(?:_\\d+)?'));
          assert.match(after, ref, `${k.path}:\n${after}`);
          const env = parseDotenv(c.read('.env')!);
          assert.ok([...env.values()].includes(value), `${k.path}: .env holds the value`);
          assert.match(c.read('.gitignore')!, /^\.env$/m);
          if (k.parse) {
            const err = parseError(k.parse, after, k.path.split('/').pop());
            if (err !== undefined) assert.equal(err, '', `${k.path} parses`);
          }
          // The server sees the edited document and drops the diagnostic.
          await c.diagnostics(uri, (p) => p.diagnostics.length === 0);
        }
        // .gitignore got one line, not one per move.
        assert.equal(c.read('.gitignore')!.match(/^\.env$/gm)!.length, 1);
      });
    });

    it('creates .env in one edit, appends byte for byte (CRLF, no final newline) and fills .env.example', async () => {
      await withClient({ '.env': 'A=1\r\nB=2', '.env.example': 'A=\r\nB=\r\n', '.gitignore': 'node_modules\n.env\n' }, async (c) => {
        const value = ghp();
        const uri = c.open('a.js', `const githubToken = '${value}';\n`, 'javascript');
        const move = action(await c.codeActions(uri, await c.diagnostics(uri, nonEmpty)), /Move to/);
        assert.equal(move.title, 'Move to .env as GITHUB_TOKEN');
        c.applyEdit(move.edit!);
        assert.equal(c.read('.env'), `A=1\r\nB=2\r\nGITHUB_TOKEN=${value}\r\n`);
        assert.equal(c.read('.env.example'), 'A=\r\nB=\r\nGITHUB_TOKEN=\r\n');
        assert.equal(c.read('.gitignore'), 'node_modules\n.env\n');
      });
    });

    it('asks git whether .env is ignored', async function () {
      if (!hasGit()) this.skip();
      await withClient({ '.gitignore': '*.local\n' }, async (c) => {
        initRepo(c.root);
        writeFileSync(join(c.root, '.git', 'info', 'exclude'), '.env\n');
        const uri = c.open('a.py', `T = "${ghp()}"\n`, 'python');
        const move = action(await c.codeActions(uri, await c.diagnostics(uri, nonEmpty)), /Move to/);
        const touched = move.edit!.documentChanges!.map((d) => ('kind' in d ? ('uri' in d ? d.uri : '') : d.textDocument.uri));
        assert.ok(!touched.some((u) => u.endsWith('/.gitignore')), 'git says .env is ignored (info/exclude): .gitignore untouched');
      });
    });

    it('reuses the name when .env already has the value; never overwrites another', async () => {
      const value = ghp();
      await withClient({ '.env': `EXISTING=${value}\nGITHUB_TOKEN=other\n` }, async (c) => {
        const uri = c.open('a.js', `const t = "${value}";\nconst githubToken = "${ghp()}";\n`, 'javascript');
        const diags = await c.diagnostics(uri, (p) => p.diagnostics.length === 2);
        const first = action(await c.codeActions(uri, [diags[0]!]), /Move to/);
        assert.equal(first.title, 'Move to .env as EXISTING');
        const second = action(await c.codeActions(uri, [diags[1]!]), /Move to/);
        assert.equal(second.title, 'Move to .env as GITHUB_TOKEN_2');
      });
    });
  });

  describe('ignore actions', () => {
    it('Ignore this occurrence adds hush:allow and the diagnostic goes away', async () => {
      await withClient({}, async (c) => {
        const uri = c.open('a.py', `def f():\n    return "${ghp()}"\n`, 'python');
        const ignore = action(await c.codeActions(uri, await c.diagnostics(uri, nonEmpty)), /Ignore this occurrence/);
        c.applyEdit(ignore.edit!);
        assert.match(c.text(uri), /return "ghp_\w+"  ?# hush:allow\n/);
        await c.diagnostics(uri, (p) => p.diagnostics.length === 0);
      });
    });

    it('Ignore this value everywhere writes the fingerprint (never the value) to .hush.json', async () => {
      await withClient({ '.hush.json': '{\n  "exclude": ["vendor/"]\n}\n' }, async (c) => {
        const value = ghp();
        const uri = c.open('a.js', `const t = "${value}";\n`, 'javascript');
        const diags = await c.diagnostics(uri, nonEmpty);
        const ignore = action(await c.codeActions(uri, diags), /Ignore this value everywhere/);
        c.applyEdit(ignore.edit!);
        const config = c.read('.hush.json')!;
        assert.ok(!config.includes(value));
        const parsed = JSON.parse(config);
        assert.deepEqual(parsed.exclude, ['vendor/']);
        assert.equal(parsed.ignore[0].fingerprint, (diags[0]!.data as { fingerprint: string }).fingerprint);
        void c.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: c.uri('.hush.json'), type: 2 }] });
        await c.diagnostics(uri, (p) => p.diagnostics.length === 0);
      });
    });
  });

  describe('typing', () => {
    it('raises a diagnostic when the token is completed and clears it when it is broken', async () => {
      await withClient({}, async (c) => {
        const value = ghp();
        const prefix = 'const a = 1;\nconst value = "';
        const uri = c.open('t.js', `${prefix}${value.slice(0, -1)}";\n`, 'javascript');
        assert.deepEqual(await c.diagnosticsFor(uri, 1), []);
        const at = prefix.length + value.length - 1;
        let v = c.edit(uri, at, at, value.slice(-1));
        const [d] = await c.diagnosticsFor(uri, v);
        assert.deepEqual(d!.range, { start: { line: 1, character: 15 }, end: { line: 1, character: 15 + value.length } });
        v = c.edit(uri, prefix.length + 5, prefix.length + 6, '');
        assert.deepEqual(await c.diagnosticsFor(uri, v), []);
      });
    });

    it('moves ranges with edits above and never leaves a stale range', async () => {
      await withClient({}, async (c) => {
        const values = [ghp(), ghp(), ghp()];
        const lines = Array.from({ length: 60 }, (_, i) => (i % 20 === 5 ? `const t${i} = "${values[i / 20 - 0.25]}";` : `const x${i} = ${i};`));
        const uri = c.open('m.js', lines.join('\n') + '\n', 'javascript');
        await c.diagnostics(uri, (p) => p.diagnostics.length === 3);
        const expected = () =>
          values.map((val) => {
            const off = c.text(uri).indexOf(val);
            const doc = c.docs.get(uri)!;
            return { start: doc.positionAt(off), end: doc.positionAt(off + val.length) };
          });
        // Insert lines at the top, split a line in the middle, type on a secret's line.
        let v = c.edit(uri, 0, 0, '// header\n// more\n');
        assert.deepEqual(
          (await c.diagnosticsFor(uri, v)).map((d) => d.range),
          expected(),
        );
        const mid = c.text(uri).indexOf('const x30');
        v = c.edit(uri, mid, mid, '\n\n');
        assert.deepEqual(
          (await c.diagnosticsFor(uri, v)).map((d) => d.range),
          expected(),
        );
        const second = c.text(uri).indexOf(values[1]!);
        c.edit(uri, second - 1, second - 1, ' ');
        v = c.edit(uri, second - 1, second, '');
        assert.deepEqual(
          (await c.diagnosticsFor(uri, v)).map((d) => d.range),
          expected(),
        );
        // Several changes in one notification.
        const doc = c.docs.get(uri)!;
        v = c.change(uri, [
          { range: { start: doc.positionAt(0), end: doc.positionAt(0) }, text: 'x\n' },
          { range: { start: { line: 10, character: 0 }, end: { line: 10, character: 0 } }, text: 'y\n' },
        ]);
        assert.deepEqual(
          (await c.diagnosticsFor(uri, v)).map((d) => d.range),
          expected(),
        );
      });
    });

    it('edits inside a PEM block rescan the whole block', async () => {
      await withClient({}, async (c) => {
        const body = Array.from({ length: 20 }, () => g.base64(64)).join('\n');
        const text = `x = 1\nKEY = """-----BEGIN RSA PRIVATE KEY-----\n${body}\n-----END RSA PRIVATE KEY-----"""\n`;
        const uri = c.open('k.py', text, 'python');
        const [d] = await c.diagnostics(uri, nonEmpty);
        assert.equal(d!.code, 'private-key');
        assert.deepEqual([d!.range.start.line, d!.range.end.line], [1, 22]);
        // Change a character deep in the body: still one diagnostic spanning the whole block.
        const mid = text.indexOf('\n', text.indexOf(body) + 64 * 10) - 3;
        let v = c.edit(uri, mid, mid + 1, 'Q');
        const again = await c.diagnosticsFor(uri, v);
        assert.equal(again.length, 1);
        assert.deepEqual([again[0]!.range.start.line, again[0]!.range.end.line], [1, 22]);
        // Break the END marker: the block is no longer a key.
        const endAt = c.text(uri).indexOf('-----END');
        v = c.edit(uri, endAt, endAt + 5, '');
        assert.deepEqual(await c.diagnosticsFor(uri, v), []);
      });
    });
  });

  describe('incidents', () => {
    it('a committed secret becomes an error that says so, and revoking leads the actions', async function () {
      if (!hasGit()) this.skip();
      const value = ghp();
      await withClient({ 'app.js': `const githubToken = "${value}";\n` }, async (c) => {
        initRepo(c.root);
        git(c.root, 'add', 'app.js');
        git(c.root, 'commit', '-qm', 'add app');
        const uri = c.open('app.js', `const githubToken = "${value}";\n`, 'javascript', false);
        const [d] = await c.diagnostics(uri, (p) => p.diagnostics.some((x) => /git history/.test(String(x.message))), 15_000);
        assert.equal(d!.severity, 1);
        assert.ok(!String(d!.message).includes(value));
        const actions = await c.codeActions(uri, [d!]);
        assert.match(actions[0]!.title, /^1\. Revoke/);
        assert.ok(actions.some((a) => /^2\. After rotating it: move to \.env/.test(a.title)));
        assert.equal(actions.filter((a) => a.isPreferred).length, 1);
      });
    });
  });

  describe('settings, config and robustness', () => {
    it('honours enable, severity and exclude per resource', async () => {
      await withClient({}, async (c) => {
        c.settings = { severity: 'hint', exclude: ['vendor/**'] };
        const a = c.open('a.js', `const t = "${ghp()}";\n`, 'javascript');
        const [d] = await c.diagnostics(a, nonEmpty);
        assert.equal(d!.severity, 4);
        const v = c.open('vendor/lib.js', `const t = "${ghp()}";\n`, 'javascript');
        assert.deepEqual(await c.diagnosticsFor(v, 1), []);
        c.settings = { enable: false };
        void c.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
        await c.diagnostics(a, (p) => p.diagnostics.length === 0);
      });
    });

    it('works for clients without workspace/configuration (initializationOptions, didChangeConfiguration push)', async () => {
      await withClient(
        {},
        async (c) => {
          const a = c.open('a.js', `const t = "${ghp()}";\n`, 'javascript');
          const [d] = await c.diagnostics(a, nonEmpty);
          assert.equal(d!.severity, 1);
          void c.connection.sendNotification('workspace/didChangeConfiguration', { settings: { hush: { disabledRules: ['github-personal-access-token'] } } });
          await c.diagnostics(a, (p) => p.diagnostics.length === 0);
        },
        { severity: 'error' },
        false,
      );
    });

    it('reports a malformed .hush.json on the offending field', async () => {
      await withClient({ '.hush.json': '{\n  "disabledRules": "all",\n  "colour": 1\n}\n' }, async (c) => {
        c.open('a.js', 'const x = 1;\n', 'javascript');
        const diags = await c.diagnostics(c.uri('.hush.json'), nonEmpty);
        const bad = diags.find((d) => String(d.message).startsWith('.hush.json disabledRules:'))!;
        assert.equal(bad.range.start.line, 1);
        assert.ok(diags.some((d) => String(d.message).includes('colour') && d.range.start.line === 2));
      });
    });

    it('bounds the scan of huge documents with a visible notice; minified lines stay incremental', async () => {
      await withClient(
        {},
        async (c) => {
          const secret = ghp();
          const filler = 'let a = 1; '.repeat(60_000); // ~660 KB, one line
          const uri = c.open('min.js', `var k="${secret}";${filler}\n${'x'.repeat(500_000)}\n`, 'javascript');
          const diags = await c.diagnostics(uri, nonEmpty);
          assert.ok(diags.some((d) => d.code === 'scan-limited' && /first 0\.\d MB/.test(String(d.message))));
          assert.ok(diags.some((d) => d.code === 'github-personal-access-token'));
          // Typing inside the long line rescans a small window and keeps the finding.
          const v = c.edit(uri, 2000, 2000, ' ');
          const after = await c.diagnosticsFor(uri, v);
          assert.ok(after.some((d) => d.code === 'github-personal-access-token'));
        },
        { maxScanSizeMB: 0.8 },
      );
    });

    it('answers bad requests with an error or an empty result and keeps serving', async () => {
      await withClient({}, async (c) => {
        const actions = await c.connection.sendRequest('textDocument/codeAction', {
          textDocument: { uri: 'file:///nope.js' },
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
          context: { diagnostics: [] },
        });
        assert.deepEqual(actions, []);
        const hover = await c.connection.sendRequest('textDocument/hover', { textDocument: { uri: 'file:///nope.js' }, position: { line: 0, character: 0 } });
        assert.equal(hover, null);
        const uri = c.open('a.js', `const t = "${ghp()}";\n`, 'javascript');
        const [d] = await c.diagnostics(uri, nonEmpty);
        const h = (await c.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: d!.range.start })) as { contents: { value: string } };
        assert.match(h.contents.value, /GitHub personal access token.*ghp_…/);
        assert.match(h.contents.value, /github-personal-access-token/);
      });
    });
  });
});

describe('language server over Node IPC', function () {
  this.timeout(20_000);
  it('speaks LSP over --node-ipc (the VS Code client transport)', async () => {
    const c = new LspClient(tempTree(), { transport: 'ipc' });
    try {
      await c.initialize();
      const uri = c.open('a.py', `t = "${ghp()}"\n`, 'python');
      const [d] = await c.diagnostics(uri, nonEmpty);
      assert.equal(d!.code, 'github-personal-access-token');
    } finally {
      await c.dispose();
    }
  });
});
