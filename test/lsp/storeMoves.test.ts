// The quick fix for the real stores over a real JSON-RPC connection to dist/server.js: the title names the
// store, choosing it writes the store first (@dotenvx/dotenvx in the server process; pass with a throwaway
// GPG key) and then sends the source edit; a store that cannot be written greys the action out.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { CodeAction } from 'vscode-languageserver-protocol';
import { createExampleGen } from '../../engine/examples';
import { SCAN_TEXT_METHOD, type ScanTextParams, type ScanTextResult } from '../../protocol/messages';
import { LspClient, ROOT, VSCODE_CODE_ACTION_CAPS, type LspClientOptions } from '../support/lspClient';
import { snapshot } from '../support/fixProject';
import { tempDir, tempTree } from '../support/tempTree';

const g = createExampleGen(1904);
const VSCODE: LspClientOptions = { codeAction: VSCODE_CODE_ACTION_CAPS, applyEdit: true };
const DOTENVX = join(ROOT, 'node_modules', '.bin', 'dotenvx');

async function withClient(root: string, options: LspClientOptions, fn: (c: LspClient) => Promise<void>): Promise<void> {
  const c = new LspClient(root, { ...VSCODE, ...options });
  try {
    await c.initialize();
    await fn(c);
  } finally {
    await c.dispose();
  }
}

async function moveActionFor(c: LspClient, path: string, text: string): Promise<CodeAction> {
  const uri = c.open(path, text, 'javascript');
  const [d] = await c.diagnostics(uri, (p) => p.diagnostics.length === 1);
  const actions = await c.codeActions(uri, [d!]);
  const move = actions.find((a) => a.title.startsWith('Move to '));
  assert.ok(move, `a Move action among ${JSON.stringify(actions.map((a) => a.title))}`);
  return move;
}

describe('store quick fixes over LSP', function () {
  this.timeout(60_000);

  it('dotenvx (from .hush.json): "Move to encrypted .env (dotenvx) as NAME", the value encrypted before the source edit; dotenvx get returns it', async () => {
    const token = g.crc32Token('ghp_', 30);
    const root = tempTree({ '.hush.json': '{ "store": "dotenvx" }\n' }, 'hush-lsp-dotenvx-');
    await withClient(root, {}, async (c) => {
      const move = await moveActionFor(c, 'app.js', `const githubToken = "${token}";\n`);
      assert.equal(move.title, 'Move to encrypted .env (dotenvx) as GITHUB_TOKEN (run the app with dotenvx run -- …)');
      assert.ok(move.command, 'runs as a server command');
      await c.executeCommand(move.command.command, move.command.arguments);
      assert.equal(c.read('app.js'), 'const githubToken = process.env.GITHUB_TOKEN;\n');
      assert.match(c.read('.gitignore') ?? '', /^\.env\.keys$/m);
      const got = spawnSync(DOTENVX, ['get', 'GITHUB_TOKEN'], { cwd: root, encoding: 'utf8' });
      assert.equal(got.stdout.trim(), token);
      for (const [path, text] of snapshot(root)) assert.ok(!text.includes(token), `${path} holds the value in clear`);
      const said = c.notifications.filter((n) => n.method === 'window/showMessage').map((n) => (n.params as { message: string }).message);
      assert.ok(
        said.some((m) => /stored GITHUB_TOKEN in \.env \(encrypted.*the store entry remains/.test(m)),
        said.join('\n'),
      );
    });
  });

  it('a store that cannot be written: the action is greyed out with the reason, nothing changes', async () => {
    const token = g.crc32Token('ghp_', 30);
    const root = tempTree({}, 'hush-lsp-dotenvx-');
    mkdirSync(join(root, '.env'));
    await withClient(root, { settings: { store: 'dotenvx' } }, async (c) => {
      const move = await moveActionFor(c, 'app.js', `const githubToken = "${token}";\n`);
      assert.ok(move.disabled, 'greyed out');
      assert.match(move.disabled.reason, /\.env/);
      assert.equal(move.command, undefined);
    });
  });

  it('a committed .envrc symlink pointing outside the folder: the pass fix is greyed out, nothing is written there', async () => {
    const token = g.crc32Token('ghp_', 30);
    const outside = tempTree({ profile: '# shell profile\n' }, 'hush-outside-');
    const root = tempTree({}, 'hush-lsp-pass-');
    symlinkSync(join(outside, 'profile'), join(root, '.envrc'));
    await withClient(root, { settings: { store: 'pass' } }, async (c) => {
      const move = await moveActionFor(c, 'app.js', `const githubToken = "${token}";\n`);
      assert.ok(move.disabled, 'greyed out');
      assert.match(move.disabled.reason, /^\.envrc .*outside the workspace folder/);
      assert.equal(readFileSync(join(outside, 'profile'), 'utf8'), '# shell profile\n');
    });
  });

  it('the paste guard follows the store: with pass no reference paste is planned (a paste cannot write the store), the reason names it', async () => {
    const token = g.crc32Token('ghp_', 30);
    const root = tempTree({ '.hush.json': '{ "store": "pass" }\n' }, 'hush-lsp-paste-');
    await withClient(root, {}, async (c) => {
      const documentText = 'const githubToken = "";\n';
      const uri = c.open('app.js', documentText, 'javascript');
      const params: ScanTextParams = { uri, languageId: 'javascript', text: token, documentText, insertStart: 21, insertEnd: 21 };
      const r: ScanTextResult = await c.connection.sendRequest(SCAN_TEXT_METHOD, params);
      assert.equal(r.findings.length, 1);
      assert.equal(r.plan, undefined);
      assert.equal(r.noPlanReason, 'store-needs-command');
      assert.equal(r.noPlanDetail, 'pass');
      assert.ok(!JSON.stringify(r).includes(token), 'the reply holds no raw value');
      assert.deepEqual([...snapshot(root).keys()].sort(), ['.hush.json', 'app.js'], 'no store file written');
    });
  });

  const passReady = spawnSync('pass', ['version'], { stdio: 'ignore' }).status === 0 && spawnSync('gpg', ['--version'], { stdio: 'ignore' }).status === 0;
  (passReady ? it : it.skip)(
    `pass (from the hush.store setting): "Move to pass: <folder>/NAME", pass show returns the value, .envrc reads it${passReady ? '' : ' (skipped: pass or gpg is not installed)'}`,
    async () => {
      const gnupg = tempDir('hush-gpg-');
      const env = { ...process.env, GNUPGHOME: gnupg, PASSWORD_STORE_DIR: tempDir('hush-pass-') };
      try {
        spawnSync('gpg', ['--batch', '--passphrase', '', '--quick-gen-key', 'Hush Test <hush@example.invalid>', 'default', 'default', 'never'], { env });
        const fpr = /^fpr:+([0-9A-F]+):/m.exec(spawnSync('gpg', ['--list-keys', '--with-colons'], { env, encoding: 'utf8' }).stdout)![1]!;
        assert.equal(spawnSync('pass', ['init', fpr], { env }).status, 0);
        const token = g.crc32Token('ghp_', 30);
        const root = tempTree({}, 'hush-lsp-pass-');
        const prefix = basename(root);
        await withClient(root, { settings: { store: 'pass' }, env }, async (c) => {
          const move = await moveActionFor(c, 'app.js', `const githubToken = "${token}";\n`);
          assert.equal(move.title, `Move to pass: ${prefix}/GITHUB_TOKEN (direnv loads it from .envrc)`);
          await c.executeCommand(move.command!.command, move.command!.arguments);
          assert.equal(c.read('app.js'), 'const githubToken = process.env.GITHUB_TOKEN;\n');
          assert.equal(spawnSync('pass', ['show', `${prefix}/GITHUB_TOKEN`], { env, encoding: 'utf8' }).stdout, token);
          assert.equal(c.read('.envrc'), `export GITHUB_TOKEN="$(pass show ${prefix}/GITHUB_TOKEN)"\n`);
        });
      } finally {
        spawnSync('gpgconf', ['--kill', 'gpg-agent'], { env });
      }
    },
  );
});
